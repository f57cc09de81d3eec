/** The OpenAPI 3.1 document of `/v1`: the route table, with bodies from the shared valibot schemas. */
import { toJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { PolicyDocument } from '../policy/policy.js';
import * as e from '../policy/enrollments.js';
import * as p from '../policy/programs.js';
import * as s from '../policy/schemas.js';
import { apiRoutes, type ApiRoute, type RouteName } from './route-table.js';
import { RevokeRequest, VerifyRequest } from './routes/certificates.js';
import { LtiPlatformView, LtiRosterView, PlatformRegistration } from './lti/routes.js';
import { ImportCommitBody, ImportPreview } from '../policy/imports.js';
import { OrderWebhook } from './routes/webhooks.js';

/** The certificate's main members (src/policy/certificates.ts has the whole shape). */
const Certificate = v.looseObject({
  id: v.string(),
  status: v.picklist(['valid', 'revoked', 'superseded']),
  enrollmentId: v.string(),
  programId: v.string(),
  programVersion: v.number(),
  learner: v.object({ id: v.string(), name: v.string() }),
  completedOn: v.string(),
  credits: v.looseObject({ nasba: v.number(), icma: v.number() }),
  issuedAt: v.string(),
  verifyUrl: v.string(),
  links: v.object({ pdf: v.string(), credential: v.string() }),
});

/** What the OpenAPI document says of each route's bodies, beyond the route table. */
const schemas: Record<RouteName, { body?: v.GenericSchema; response?: v.GenericSchema }> = {
  health: {
    response: v.object({ status: v.literal('ok'), version: v.string() }),
  },
  policy: {
    response: PolicyDocument,
  },
  credits: {
    body: s.CreditInput,
    response: s.CreditResult,
  },
  quoteRefund: {
    body: e.RefundQuoteBody,
    response: s.RefundResult,
  },
  submitRefund: {
    body: e.RefundSubmitBody,
    response: s.StoredRefund,
  },
  listRefunds: {
    response: v.array(s.StoredRefund),
  },
  getRefund: {
    response: s.StoredRefund,
  },
  decideRefund: {
    body: s.RefundDecisionRequest,
    response: s.StoredRefund,
  },
  createEvent: {
    body: s.EventCreate,
    response: s.PublicEvent,
  },
  getEvent: {
    response: s.PublicEvent,
  },
  getCode: {
    response: s.CheckInCode,
  },
  rotateCode: {
    response: s.CheckInCode,
  },
  checkIn: {
    body: s.CheckInRequest,
    response: s.StoredCheckIn,
  },
  correct: {
    body: s.CheckInCorrection,
    response: s.StoredCheckIn,
  },
  issuePrompt: {
    body: s.PromptCreate,
    response: s.EventPrompt,
  },
  listPrompts: {
    response: v.array(v.union([s.LearnerPrompt, s.EventPrompt])),
  },
  answerPrompt: {
    body: s.PromptAnswer,
  },
  myAttendance: {
    response: s.LearnerAttendance,
  },
  roster: {
    response: s.Roster,
  },
  createProgram: { body: p.ProgramWrite, response: p.Program },
  listPrograms: { response: v.array(p.Program) },
  getProgram: { response: p.Program },
  programEvents: { response: v.array(s.PublicEvent) },
  updateProgram: { body: p.ProgramWrite, response: p.Program },
  publishProgram: { response: p.Program },
  enroll: { body: e.EnrollmentCreate, response: e.Enrollment },
  importEnrollments: {
    response: v.object({
      created: v.number(),
      existing: v.number(),
      enrollments: v.array(e.Enrollment),
    }),
  },
  programEnrollments: { response: v.array(e.Enrollment) },
  myEnrollments: { response: v.array(e.Enrollment) },
  getEnrollment: { response: e.Enrollment },
  recordAssessment: { body: e.AssessmentInput, response: e.Enrollment },
  orderWebhook: { body: OrderWebhook, response: e.Enrollment },
  previewImport: { response: ImportPreview },
  commitImport: { body: ImportCommitBody, response: ImportPreview },
  evaluateAttendance: {
    body: s.AttendanceInput,
    response: s.AttendanceResult,
  },
  registerLtiPlatform: { body: PlatformRegistration, response: LtiPlatformView },
  listLtiPlatforms: { response: v.array(LtiPlatformView) },
  activateLtiPlatform: { response: LtiPlatformView },
  rotateLtiKey: { response: v.object({ kid: v.string() }) },
  ltiRoster: { response: LtiRosterView },
  openApi: { response: v.looseObject({ openapi: v.literal('3.1.0') }) },
  closeEvent: {
    response: v.object({ id: v.string(), closedAt: v.string(), certificates: v.number() }),
  },
  listCertificates: {
    response: v.object({ items: v.array(Certificate), nextCursor: v.optional(v.string()) }),
  },
  certificateEligibility: {
    response: v.variant('status', [
      v.object({ status: v.literal('issued'), certificate: Certificate }),
      v.object({ status: v.literal('not-yet'), missing: v.array(s.Reason) }),
      v.object({ status: v.literal('none'), reasons: v.array(s.Reason) }),
    ]),
  },
  exportCertificates: {},
  certificatePdf: {},
  getCertificate: { response: Certificate },
  certificateCredential: {},
  revokeCertificate: { body: RevokeRequest, response: Certificate },
  verifyCredential: {
    body: VerifyRequest,
    response: v.looseObject({
      valid: v.boolean(),
      reason: v.string(),
      checks: v.array(v.looseObject({})),
    }),
  },
};

const pathParameter = { in: 'path', required: true, schema: { type: 'string' } };

const schema = (input: v.GenericSchema): object =>
  toJsonSchema(input, { target: 'draft-2020-12', errorMode: 'ignore' });

const problemResponse = {
  description: 'A problem (RFC 9457)',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

export function openApiDocument(version: string): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const [name, route] of Object.entries(apiRoutes) as [RouteName, ApiRoute][]) {
    const op = { ...route, ...schemas[name] };
    const parameters = [
      ...[...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], ...pathParameter })),
      ...(op.idempotent
        ? [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: false,
              schema: { type: 'string', maxLength: 200 },
            },
          ]
        : []),
      ...(op.csv
        ? [{ name: 'format', in: 'query', required: false, schema: { enum: ['csv'] } }]
        : []),
      ...(op.query ?? []).map((name) => ({
        name,
        in: 'query',
        required: false,
        schema: { type: 'string' },
      })),
    ];
    const success = op.produces
      ? { description: 'OK', content: { [op.produces]: { schema: { type: 'string' } } } }
      : op.response
        ? {
            description: 'OK',
            content: {
              'application/json': { schema: schema(op.response) },
              ...(op.csv ? { 'text/csv': { schema: { type: 'string' } } } : {}),
            },
          }
        : { description: 'Done' };
    (paths[op.path] ??= {})[op.method] = {
      summary: op.summary,
      ...(op.roles
        ? { security: [{ bearer: [] }], description: `Roles: ${op.roles.join(', ')}.` }
        : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(op.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: schema(op.body) } },
            },
          }
        : {}),
      ...(op.fileBody
        ? {
            requestBody: {
              required: true,
              content: {
                'text/csv': { schema: { type: 'string' } },
                'application/octet-stream': { schema: { type: 'string', format: 'binary' } },
              },
            },
          }
        : {}),
      ...(op.csvBody
        ? {
            requestBody: {
              required: true,
              content: { 'text/csv': { schema: { type: 'string' } } },
            },
          }
        : {}),
      responses: { [String(op.status ?? 200)]: success, default: problemResponse },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'CPE Kit policy API', version },
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            rule: { type: 'string' },
            opensAt: { type: 'string', format: 'date-time' },
            existing: { type: 'object' },
            errors: {
              type: 'array',
              items: {
                type: 'object',
                required: ['path', 'message'],
                properties: { path: { type: 'string' }, message: { type: 'string' } },
              },
            },
          },
        },
      },
    },
  };
}
