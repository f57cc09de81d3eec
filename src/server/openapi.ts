/** The OpenAPI 3.1 document of `/v1`, generated from the shared valibot schemas. */
import { toJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { PolicyDocument } from '../policy/policy.js';
import * as s from '../policy/schemas.js';
import { CheckInCorrection } from './routes/events.js';

interface Operation {
  method: 'get' | 'post';
  path: string;
  summary: string;
  roles?: string[];
  body?: v.GenericSchema;
  status?: number;
  response?: v.GenericSchema;
  idempotent?: boolean;
  csv?: boolean;
}

const eventId = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

const operations: Operation[] = [
  {
    method: 'get',
    path: '/v1/health',
    summary: 'Liveness and version',
    response: v.object({ status: v.literal('ok'), version: v.string() }),
  },
  {
    method: 'get',
    path: '/v1/policy',
    summary: 'The active policy document',
    response: PolicyDocument,
  },
  {
    method: 'post',
    path: '/v1/credits',
    summary: 'Credit result for a program',
    body: s.CreditInput,
    response: s.CreditResult,
  },
  {
    method: 'post',
    path: '/v1/refunds/quote',
    summary: 'Refund decision, nothing stored',
    body: s.RefundInput,
    response: s.RefundResult,
  },
  {
    method: 'post',
    path: '/v1/refunds',
    summary: 'Store a refund request (received at the server clock)',
    roles: ['learner'],
    body: s.RefundSubmit,
    status: 201,
    response: s.StoredRefund,
    idempotent: true,
  },
  {
    method: 'get',
    path: '/v1/refunds',
    summary: 'Review queue',
    roles: ['admin'],
    response: v.array(s.StoredRefund),
  },
  {
    method: 'get',
    path: '/v1/refunds/{id}',
    summary: 'A stored request, its decision and status',
    roles: ['learner (owner)', 'admin'],
    response: s.StoredRefund,
  },
  {
    method: 'post',
    path: '/v1/refunds/{id}/decision',
    summary: 'Approve or deny with a note',
    roles: ['admin'],
    body: s.RefundDecisionRequest,
    response: s.StoredRefund,
  },
  {
    method: 'post',
    path: '/v1/events',
    summary: 'Create an event',
    roles: ['admin'],
    body: s.EventCreate,
    status: 201,
    response: s.PublicEvent,
  },
  {
    method: 'get',
    path: '/v1/events/{id}',
    summary: 'Public event details',
    response: s.PublicEvent,
  },
  {
    method: 'get',
    path: '/v1/events/{id}/code',
    summary: 'Current rotating check-in code, its expiry and the URL a QR code opens',
    roles: ['host', 'admin'],
    response: s.CheckInCode,
  },
  {
    method: 'post',
    path: '/v1/events/{id}/check-ins',
    summary:
      'Check in or out with the code (422 with rule ATTEND.CODE or ATTEND.WINDOW when refused; ' +
      '409 with rule ATTEND.ON_RECORD for an `in` while checked in or an `out` while not)',
    roles: ['learner'],
    body: s.CheckInRequest,
    status: 201,
    response: s.StoredCheckIn,
    idempotent: true,
  },
  {
    method: 'post',
    path: '/v1/events/{id}/corrections',
    summary: 'Correct a record: a new record pointing at the one it replaces (ATTEND.CORRECTION)',
    roles: ['host', 'admin'],
    body: CheckInCorrection,
    status: 201,
    response: s.StoredCheckIn,
  },
  {
    method: 'post',
    path: '/v1/events/{id}/prompts',
    summary: 'Issue an engagement prompt now',
    roles: ['host', 'admin'],
    body: s.PromptCreate,
    status: 201,
    response: s.EventPrompt,
  },
  {
    method: 'get',
    path: '/v1/events/{id}/prompts',
    summary: 'Prompts issued so far (learners: with whether they answered)',
    roles: ['learner', 'host', 'admin'],
    response: v.array(v.union([s.LearnerPrompt, s.EventPrompt])),
  },
  {
    method: 'post',
    path: '/v1/events/{id}/prompts/{promptId}/responses',
    summary: 'Answer a prompt (the first answer stands)',
    roles: ['learner'],
    body: s.PromptAnswer,
    status: 204,
  },
  {
    method: 'get',
    path: '/v1/events/{id}/attendance/me',
    summary: "The learner's attendance evaluation and own records (corrections applied)",
    roles: ['learner'],
    response: s.LearnerAttendance,
  },
  {
    method: 'get',
    path: '/v1/events/{id}/attendance',
    summary: 'Roster with minutes, credits and flags; ?format=csv for CSV',
    roles: ['host', 'admin'],
    response: s.Roster,
    csv: true,
  },
  {
    method: 'post',
    path: '/v1/attendance/evaluate',
    summary: "Evaluate one learner's records against an event (pure)",
    body: s.AttendanceInput,
    response: s.AttendanceResult,
  },
];

const schema = (input: v.GenericSchema): object =>
  toJsonSchema(input, { target: 'draft-2020-12', errorMode: 'ignore' });

const problemResponse = {
  description: 'A problem (RFC 9457)',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

export function openApiDocument(version: string): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const op of operations) {
    const parameters = [
      ...[...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ ...eventId, name: m[1] })),
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
    ];
    const success = op.response
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
