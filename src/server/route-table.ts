/**
 * The routes of `/v1` (DESIGN.md §3), as plain data with no imports so that any side, the
 * browser's HTTP client included, can be checked against it. The OpenAPI document is built
 * from it; a test holds the Hono app's routes and the HTTP client's calls to it.
 */
export interface ApiRoute {
  method: 'get' | 'post' | 'put';
  /** `{name}` marks a path parameter, as in OpenAPI. */
  path: string;
  summary: string;
  /** Who may call it (a bearer token with one of these roles); anyone when absent. */
  roles?: readonly string[];
  /** The success status when it is not 200. */
  status?: number;
  /** Takes an `Idempotency-Key` header. */
  idempotent?: boolean;
  /** Answers CSV too, with `?format=csv`. */
  csv?: boolean;
  /** Takes a `text/csv` body instead of JSON. */
  csvBody?: boolean;
  /** Takes a report file as sent: `text/csv`, or `application/octet-stream` (UTF-16). */
  fileBody?: boolean;
  /** Optional query parameters it reads. */
  query?: readonly string[];
  /** The media type of a success that is not JSON (a PDF, a ZIP, a VC-JWT). */
  produces?: string;
}

export const apiRoutes = {
  health: {
    method: 'get',
    path: '/v1/health',
    summary: 'Liveness and version',
  },
  policy: {
    method: 'get',
    path: '/v1/policy',
    summary: 'The active policy document',
  },
  credits: {
    method: 'post',
    path: '/v1/credits',
    summary: 'Credit result for a program',
  },
  quoteRefund: {
    method: 'post',
    path: '/v1/refunds/quote',
    summary:
      'Refund decision, nothing stored: a what-if from given facts (anyone), or about an ' +
      'enrollment (`{ enrollmentId }`, its learner only)',
  },
  submitRefund: {
    method: 'post',
    path: '/v1/refunds',
    summary:
      'Store a refund request (received at the server clock): about an enrollment, judged ' +
      'from the record (409 with `existing` while another is open), or with claimed facts, ' +
      'kept for manual review (`unverified`)',
    roles: ['learner'],
    status: 201,
    idempotent: true,
  },
  listRefunds: {
    method: 'get',
    path: '/v1/refunds',
    summary:
      'Review queue, oldest first; ?limit= (100, at most 500) and ?cursor=, the next page in ' +
      'CPE-Next-Cursor and Link',
    roles: ['admin'],
  },
  getRefund: {
    method: 'get',
    path: '/v1/refunds/{id}',
    summary: 'A stored request, its decision and status',
    roles: ['learner (owner)', 'admin'],
  },
  decideRefund: {
    method: 'post',
    path: '/v1/refunds/{id}/decision',
    summary: 'Approve or deny with a note',
    roles: ['admin'],
  },
  createEvent: {
    method: 'post',
    path: '/v1/events',
    summary: 'Create an event',
    roles: ['admin'],
    status: 201,
  },
  getEvent: {
    method: 'get',
    path: '/v1/events/{id}',
    summary: 'Public event details',
  },
  getCode: {
    method: 'get',
    path: '/v1/events/{id}/code',
    summary: 'Current rotating check-in code, its expiry and the URL a QR code opens',
    roles: ['host', 'admin'],
  },
  rotateCode: {
    method: 'post',
    path: '/v1/events/{id}/code/rotate',
    summary: 'Rotate the check-in code now: the old code stops at once',
    roles: ['host', 'admin'],
  },
  checkIn: {
    method: 'post',
    path: '/v1/events/{id}/check-ins',
    summary:
      'Check in or out with the code (422 with rule ATTEND.CODE or ATTEND.WINDOW when refused; ' +
      '409 with rule ATTEND.ON_RECORD for an `in` while checked in or an `out` while not)',
    roles: ['learner'],
    status: 201,
    idempotent: true,
  },
  correct: {
    method: 'post',
    path: '/v1/events/{id}/corrections',
    summary: 'Correct a record: a new record pointing at the one it replaces (ATTEND.CORRECTION)',
    roles: ['host', 'admin'],
    status: 201,
  },
  issuePrompt: {
    method: 'post',
    path: '/v1/events/{id}/prompts',
    summary: 'Issue an engagement prompt now',
    roles: ['host', 'admin'],
    status: 201,
  },
  listPrompts: {
    method: 'get',
    path: '/v1/events/{id}/prompts',
    summary: 'Prompts issued so far (learners: with whether they answered)',
    roles: ['learner', 'host', 'admin'],
  },
  answerPrompt: {
    method: 'post',
    path: '/v1/events/{id}/prompts/{promptId}/responses',
    summary: 'Answer a prompt (the first answer stands)',
    roles: ['learner'],
    status: 204,
  },
  myAttendance: {
    method: 'get',
    path: '/v1/events/{id}/attendance/me',
    summary: "The learner's attendance evaluation and own records (corrections applied)",
    roles: ['learner'],
  },
  roster: {
    method: 'get',
    path: '/v1/events/{id}/attendance',
    summary:
      'Roster with minutes, credits and flags; ?limit= and ?cursor= as for refunds; ' +
      '?format=csv for CSV (every learner)',
    roles: ['host', 'admin'],
    csv: true,
  },
  createProgram: {
    method: 'post',
    path: '/v1/programs',
    summary: 'Create a program (version 1); credits offered are worked out by the engine',
    roles: ['admin'],
    status: 201,
  },
  listPrograms: {
    method: 'get',
    path: '/v1/programs',
    summary: 'The catalogue: published programs (admins: every program, `?status=`)',
    query: ['status'],
  },
  getProgram: {
    method: 'get',
    path: '/v1/programs/{id}',
    summary: 'A program, its newest version readable by the caller; `?version=N` for another',
    query: ['version'],
  },
  programEvents: {
    method: 'get',
    path: '/v1/programs/{id}/events',
    summary:
      'The program’s events (its sessions) as anyone sees them; 404 when the program is not readable',
  },
  updateProgram: {
    method: 'put',
    path: '/v1/programs/{id}',
    summary: 'Edit a program: a draft changes in place, a published one gets a new version',
    roles: ['admin'],
  },
  publishProgram: {
    method: 'post',
    path: '/v1/programs/{id}/publish',
    summary: 'Publish the newest version',
    roles: ['admin'],
  },
  enroll: {
    method: 'post',
    path: '/v1/programs/{id}/enrollments',
    summary:
      'Enroll a learner (201; 200 with the enrollment when the orderRef is on record with the ' +
      'same facts, 409 with other facts)',
    roles: ['admin'],
    status: 201,
  },
  importEnrollments: {
    method: 'post',
    path: '/v1/programs/{id}/enrollments/import',
    summary:
      'Enroll from a CSV file (sub,name,email,pricePaidCents,currency,purchasedAt,orderRef' +
      '[,eventId]): all rows or none, errors at `rows.<n>.<column>`',
    roles: ['admin'],
    csvBody: true,
  },
  programEnrollments: {
    method: 'get',
    path: '/v1/programs/{id}/enrollments',
    summary: "A program's enrollments, oldest first; ?limit= and ?cursor= as for refunds",
    roles: ['admin', 'host (of one of its events)'],
    query: ['limit', 'cursor'],
  },
  myEnrollments: {
    method: 'get',
    path: '/v1/enrollments/me',
    summary: "The learner's own enrollments, oldest first; ?limit= and ?cursor= as for refunds",
    roles: ['learner'],
    query: ['limit', 'cursor'],
  },
  getEnrollment: {
    method: 'get',
    path: '/v1/enrollments/{id}',
    summary: 'One enrollment',
    roles: ['learner (owner)', 'admin'],
  },
  recordAssessment: {
    method: 'post',
    path: '/v1/enrollments/{id}/assessment',
    summary: 'Record the final test score of an enrollment (passed at 70% or more)',
    roles: ['admin'],
  },
  orderWebhook: {
    method: 'post',
    path: '/v1/webhooks/orders',
    summary:
      'An order from the sponsor’s shop, signed: `CPE-Signature: t=<unix seconds>,v1=<hex ' +
      'HMAC-SHA256 of "<t>.<body>">` (CPE_WEBHOOK_SECRET; 5 minutes tolerance); idempotent ' +
      'on orderRef',
    status: 201,
  },
  previewImport: {
    method: 'post',
    path: '/v1/events/{id}/imports',
    summary:
      'Read a webinar platform report (Zoom participants, webinar or poll report, Teams, ' +
      'Webex, GoTo Webinar, or the generic CSV; up to 10 MB and 50,000 rows): the records it ' +
      'would store, per learner, and the unmatched people by row. Stores no record',
    roles: ['host (of the event)', 'admin'],
    fileBody: true,
    query: ['timeZone', 'format', 'dateOrder', 'includeStaff'],
  },
  commitImport: {
    method: 'post',
    path: '/v1/events/{id}/imports/{importId}/commit',
    summary:
      'Store a previewed report’s records with their provenance, all or nothing ' +
      '(`{ assign: [{ row, learnerId }] }` maps unmatched people); 201, or 200 with what the ' +
      'same file stored before',
    roles: ['host (of the event)', 'admin'],
    status: 201,
  },
  evaluateAttendance: {
    method: 'post',
    path: '/v1/attendance/evaluate',
    summary: "Evaluate one learner's records against an event (pure)",
  },
  closeEvent: {
    method: 'post',
    path: '/v1/events/{id}/close',
    summary:
      'Close an event now (early): its certificates are issued at once from the attendance on ' +
      'record, as the schedule does when the last segment ends; `{ id, closedAt, certificates }`',
    roles: ['host (of the event)', 'admin'],
  },
  listCertificates: {
    method: 'get',
    path: '/v1/certificates',
    summary:
      'Certificates, oldest issued first, as `{ items, nextCursor? }` (and the ' +
      'CPE-Next-Cursor/Link headers); learners get their own, admins filter by `programId`, ' +
      '`learnerId` and completion dates `from`/`to` (YYYY-MM-DD)',
    roles: ['learner (own)', 'admin'],
    query: ['programId', 'learnerId', 'from', 'to', 'limit', 'cursor'],
  },
  certificateEligibility: {
    method: 'get',
    path: '/v1/certificates/eligibility',
    summary:
      "The learner's certificate for `programId`: `{ status: 'issued', certificate }`, " +
      "`{ status: 'not-yet', missing }` or `{ status: 'none', reasons }`",
    roles: ['learner'],
    query: ['programId'],
  },
  exportCertificates: {
    method: 'get',
    path: '/v1/certificates/export',
    summary:
      'A streamed ZIP of the PDFs of a program (`programId`) or a completion date range ' +
      '(`from`, `to`), with manifest.csv',
    roles: ['admin'],
    query: ['programId', 'from', 'to'],
    produces: 'application/zip',
  },
  certificatePdf: {
    method: 'get',
    path: '/v1/certificates/{id}.pdf',
    summary: 'The certificate as a one-page, tagged PDF',
    roles: ['learner (own)', 'admin'],
    produces: 'application/pdf',
  },
  getCertificate: {
    method: 'get',
    path: '/v1/certificates/{id}',
    summary: 'One certificate',
    roles: ['learner (own)', 'admin'],
  },
  certificateCredential: {
    method: 'get',
    path: '/v1/certificates/{id}/credential',
    summary:
      'The certificate as an Open Badges 3.0 AchievementCredential, a VC-JWT (ES256) signed ' +
      'with the key of /.well-known/jwks.json',
    roles: ['learner (own)', 'admin'],
    produces: 'application/vc+jwt',
  },
  revokeCertificate: {
    method: 'post',
    path: '/v1/certificates/{id}/revoke',
    summary: 'Revoke a valid certificate with `{ reason }` (409 when it is not valid)',
    roles: ['admin'],
  },
  verifyCredential: {
    method: 'post',
    path: '/v1/credentials/verify',
    summary:
      'Check a VC-JWT `{ credential }`: signature, issuer, expiry, then status on record; ' +
      '`{ valid, failed?, reason, checks, certificateId?, status? }`',
  },
  registerLtiPlatform: {
    method: 'post',
    path: '/v1/lti/platforms',
    summary:
      'Register an LTI 1.3 platform by hand (active at once): issuer, client id, deployments ' +
      'and its endpoints; 409 when the issuer and client id are registered',
    roles: ['admin'],
    status: 201,
  },
  listLtiPlatforms: {
    method: 'get',
    path: '/v1/lti/platforms',
    summary: 'The registered LTI platforms, dynamic registrations pending until activated',
    roles: ['admin'],
  },
  activateLtiPlatform: {
    method: 'post',
    path: '/v1/lti/platforms/{id}/activate',
    summary: 'Activate a platform (a dynamic registration launches nothing before)',
    roles: ['admin'],
  },
  rotateLtiKey: {
    method: 'post',
    path: '/v1/lti/keys/rotate',
    summary: "Replace the tool's signing key; /lti/jwks keeps the old one for 24 hours",
    roles: ['admin'],
  },
  ltiRoster: {
    method: 'get',
    path: '/v1/lti/events/{id}/roster',
    summary:
      "Learners of the event's LMS courses (Names and Role Provisioning) who have not checked " +
      'in; cached 10 minutes, `?refresh=1` reads the platform again',
    roles: ['host (of the event)', 'admin'],
    query: ['refresh'],
  },
  openApi: {
    method: 'get',
    path: '/v1/openapi.json',
    summary: 'This document',
  },
} as const satisfies Record<string, ApiRoute>;

export type RouteName = keyof typeof apiRoutes;
