/**
 * The route table is the one list of `/v1` routes: the Hono app serves exactly its routes,
 * the OpenAPI document lists exactly them, and every call of the HTTP client is one of them.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HttpPolicyClient } from '../../src/client/http.js';
import { createApp } from '../../src/server/app.js';
import { openApiDocument } from '../../src/server/openapi.js';
import { apiRoutes, type ApiRoute } from '../../src/server/route-table.js';
import { openSqliteStore } from '../../src/server/store/sqlite.js';
import type { ProgramWrite } from '../../src/policy/programs.js';
import { eventBody, liveProgramBody, order, secret } from './helpers.js';

const program = liveProgramBody as ProgramWrite;

const tableRoutes = (Object.values(apiRoutes) as ApiRoute[])
  .map(({ method, path }) => `${method.toUpperCase()} ${path}`)
  .sort();

describe('the route table', () => {
  it('lists exactly the routes the app serves under /v1', async () => {
    const app = createApp({ store: await openSqliteStore(':memory:'), tokenSecret: secret });
    const served = new Set(
      app.routes
        .filter(({ method, path }) => method !== 'ALL' && path.startsWith('/v1/'))
        .map(
          ({ method, path }) =>
            // `:id{<pattern>\.pdf}` is the parameter `{id}` and a fixed `.pdf`.
            `${method} ${path.replace(/:(\w+)\{[^}]*\\\.(\w+)\}/g, '{$1}.$2').replace(/:(\w+)/g, '{$1}')}`,
        ),
    );
    expect([...served].sort()).toEqual(tableRoutes);
  });

  it('is what the OpenAPI document lists', () => {
    const doc = openApiDocument('test') as { paths: Record<string, Record<string, unknown>> };
    const listed = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(listed.sort()).toEqual(tableRoutes);
  });
});

describe('the HTTP client', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** One call of every method of the client, with ids that need escaping. */
  const calls: Record<string, (client: HttpPolicyClient) => Promise<unknown>> = {
    getPolicy: (client) => client.getPolicy(),
    computeCredits: (client) => client.computeCredits({ method: 'group-live', minutes: 50 }),
    quoteRefund: (client) =>
      client.quoteRefund({ product: 'self-study', priceCents: 100, currency: 'USD' }),
    submitRefund: (client) =>
      client.submitRefund({ product: 'self-study', priceCents: 100, currency: 'USD' }, 'k'),
    getRefund: (client) => client.getRefund('r 1'),
    listRefunds: (client) => client.listRefunds(),
    decideRefund: (client) => client.decideRefund('r 1', { decision: 'approve', note: 'ok' }),
    getEvent: (client) => client.getEvent('e/1'),
    getCode: (client) => client.getCode('e/1'),
    checkIn: (client) => client.checkIn('e/1', { kind: 'in', code: 'ABC123' }, 'k'),
    myAttendance: (client) => client.myAttendance('e/1'),
    roster: (client) => client.roster('e/1'),
    rosterCsv: (client) => client.rosterCsv('e/1'),
    listPrompts: (client) => client.listPrompts('e/1'),
    issuePrompt: (client) => client.issuePrompt('e/1', { question: 'Ready?' }),
    answerPrompt: (client) => client.answerPrompt('e/1', 'p 1', 'Yes'),
    listPrograms: (client) => client.listPrograms({ status: 'draft' }),
    getProgram: (client) => client.getProgram('p/1', { version: 2 }),
    programEvents: (client) => client.programEvents('p/1'),
    myEnrollments: (client) => client.myEnrollments(),
    quoteEnrollmentRefund: (client) =>
      client.quoteEnrollmentRefund('n 1', { specialCircumstances: true }),
    submitEnrollmentRefund: (client) => client.submitEnrollmentRefund({ enrollmentId: 'n 1' }, 'k'),
    createProgram: (client) => client.createProgram(program),
    updateProgram: (client) => client.updateProgram('p/1', program),
    publishProgram: (client) => client.publishProgram('p/1'),
    createEvent: (client) => client.createEvent({ ...eventBody, method: 'group-live' }),
    enroll: (client) => client.enroll('p/1', order('ada', 'o-1')),
    importEnrollments: (client) => client.importEnrollments('p/1', 'sub\nada'),
    recordAssessment: (client) => client.recordAssessment('n 1', { scorePercent: 80 }),
    programEnrollments: (client) => client.programEnrollments('p/1'),
    listCertificates: (client) => client.listCertificates({ programId: 'p/1', from: '2026-01-01' }),
    getCertificate: (client) => client.getCertificate('c/1'),
    myCertificateFor: (client) => client.myCertificateFor('p/1'),
    certificateStatus: (client) => client.certificateStatus('p/1'),
    certificatePdf: (client) => client.certificatePdf('c/1'),
    certificateCredential: (client) => client.certificateCredential('c/1'),
    revokeCertificate: (client) => client.revokeCertificate('c/1', 'Issued in error'),
    previewImport: (client) =>
      client.previewImport('e/1', new Blob(['name,join,leave']), { timeZone: 'Asia/Kolkata' }),
    commitImport: (client) => client.commitImport('e/1', 'i 1', {}),
  };

  it('is exercised here method by method', () => {
    const methods = Object.getOwnPropertyNames(HttpPolicyClient.prototype).filter(
      // The private helpers every call goes through.
      (name) => !['constructor', 'json', 'send'].includes(name),
    );
    expect(Object.keys(calls).sort()).toEqual(methods.sort());
  });

  it('calls only routes of the table, with the method the table gives', async () => {
    const sent: string[] = [];
    vi.stubGlobal('fetch', (request: Request) => {
      sent.push(`${request.method} ${new URL(request.url).pathname}`);
      return Promise.resolve(Response.json({}));
    });
    const client = new HttpPolicyClient({ apiBase: 'https://api.example.org/' });
    for (const call of Object.values(calls)) await call(client);

    const patterns = (Object.values(apiRoutes) as ApiRoute[]).map(({ method, path }) => {
      const segments = path.split(/\{\w+\}/).map((part) => part.replace(/[.]/g, '\\.'));
      return new RegExp(`^${method.toUpperCase()} ${segments.join('[^/]+')}$`);
    });
    expect(sent).toHaveLength(Object.keys(calls).length);
    expect(sent.filter((call) => !patterns.some((pattern) => pattern.test(call)))).toEqual([]);
  });
});
