/**
 * What a widget asks of the policy: the bundled rules (LocalPolicyClient) or the sponsor's
 * API (HttpPolicyClient) answer the same questions. A widget never knows which it has.
 */
import type {
  AssessmentInput,
  Enrollment,
  EnrollmentCreate,
  EnrollmentRefundRequest,
} from '../policy/enrollments.js';
import type { Certificate, CertificateEligibility } from '../policy/certificates.js';
import type { ImportCommitBody, ImportPreview, ImportQuery } from '../policy/imports.js';
import type { PolicyDocument } from '../policy/policy.js';
import type { Program, ProgramWrite } from '../policy/programs.js';
import type {
  CheckInCode,
  CheckInRequest,
  CreditInput,
  CreditResult,
  EventCreate,
  EventPrompt,
  FieldError,
  LearnerAttendance,
  LearnerPrompt,
  PromptCreate,
  PublicEvent,
  RefundDecisionRequest,
  RefundInput,
  RefundResult,
  RefundSubmit,
  Roster,
  StoredCheckIn,
  StoredRefund,
} from '../policy/schemas.js';

/** A failed call, shaped like the API's problem+json whichever client made it. */
export class PolicyError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors: FieldError[] = [],
    /** RULES.md rule id when a rule refused the request (`ATTEND.CODE`, `ATTEND.WINDOW`). */
    readonly rule?: string,
    /** The problem body's other members, such as a 409's `existing` refund request. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail || title);
    this.name = 'PolicyError';
  }

  /** True when the server could not be reached at all (offline, DNS, CORS, timeout). */
  get isNetwork(): boolean {
    return this.status === 0;
  }
}

export interface CallOptions {
  signal?: AbortSignal;
}

/** `POST /v1/programs/{id}/enrollments/import`: what a CSV file enrolled. */
export interface ImportedEnrollments {
  created: number;
  existing: number;
  enrollments: Enrollment[];
}

/** `GET /v1/certificates` filters (admins; a learner's list is always their own). */
export interface CertificateQuery {
  programId?: string;
  /** Admins: one learner's (token `sub`). */
  learnerId?: string;
  /** Completion dates, YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  cursor?: string;
}

export interface CertificatePage {
  items: Certificate[];
  nextCursor?: string;
}

export interface PolicyClient {
  /** `local`: bundled rules, results are estimates. `api`: the sponsor's system of record. */
  readonly mode: 'local' | 'api';

  getPolicy(options?: CallOptions): Promise<PolicyDocument>;
  computeCredits(input: CreditInput, options?: CallOptions): Promise<CreditResult>;

  quoteRefund(input: RefundInput, options?: CallOptions): Promise<RefundResult>;
  submitRefund(
    input: RefundSubmit,
    idempotencyKey: string,
    options?: CallOptions,
  ): Promise<StoredRefund>;
  getRefund(id: string, options?: CallOptions): Promise<StoredRefund>;
  listRefunds(options?: CallOptions): Promise<StoredRefund[]>;
  decideRefund(
    id: string,
    decision: RefundDecisionRequest,
    options?: CallOptions,
  ): Promise<StoredRefund>;

  getEvent(eventId: string, options?: CallOptions): Promise<PublicEvent>;
  getCode(eventId: string, options?: CallOptions): Promise<CheckInCode>;
  checkIn(
    eventId: string,
    request: CheckInRequest,
    idempotencyKey: string,
    options?: CallOptions,
  ): Promise<StoredCheckIn>;
  /** The learner's evaluation and own records, so any device shows the same state. */
  myAttendance(eventId: string, options?: CallOptions): Promise<LearnerAttendance>;
  roster(eventId: string, options?: CallOptions): Promise<Roster>;
  rosterCsv(eventId: string, options?: CallOptions): Promise<string>;
  listPrompts(eventId: string, options?: CallOptions): Promise<LearnerPrompt[] | EventPrompt[]>;
  issuePrompt(eventId: string, prompt: PromptCreate, options?: CallOptions): Promise<EventPrompt>;
  answerPrompt(
    eventId: string,
    promptId: string,
    answer: string,
    options?: CallOptions,
  ): Promise<void>;

  /** The published catalogue (admins: every program, or those of `status`). */
  listPrograms(options?: CallOptions & { status?: Program['status'] }): Promise<Program[]>;
  /** A program's newest version the caller may read, or `version`. */
  getProgram(id: string, options?: CallOptions & { version?: number }): Promise<Program>;
  /** A program's events (its sessions), as anyone sees them. */
  programEvents(id: string, options?: CallOptions): Promise<PublicEvent[]>;
  /** The signed-in learner's enrollments. */
  myEnrollments(options?: CallOptions): Promise<Enrollment[]>;
  /** The refund decision for the learner's own enrollment, from the record; nothing stored. */
  quoteEnrollmentRefund(
    enrollmentId: string,
    request?: Pick<EnrollmentRefundRequest, 'specialCircumstances'>,
    options?: CallOptions,
  ): Promise<RefundResult>;
  /** A written refund request about the learner's own enrollment, judged from the record. */
  submitEnrollmentRefund(
    request: EnrollmentRefundRequest,
    idempotencyKey: string,
    options?: CallOptions,
  ): Promise<StoredRefund>;

  // The sponsor console's calls (admin).
  createProgram(program: ProgramWrite, options?: CallOptions): Promise<Program>;
  updateProgram(id: string, program: ProgramWrite, options?: CallOptions): Promise<Program>;
  publishProgram(id: string, options?: CallOptions): Promise<Program>;
  createEvent(event: EventCreate, options?: CallOptions): Promise<PublicEvent>;
  enroll(programId: string, order: EnrollmentCreate, options?: CallOptions): Promise<Enrollment>;
  /** A CSV file (columns in the README): every row enrolled, or none and a 422 per row. */
  importEnrollments(
    programId: string,
    csv: string,
    options?: CallOptions,
  ): Promise<ImportedEnrollments>;
  recordAssessment(
    enrollmentId: string,
    assessment: AssessmentInput,
    options?: CallOptions,
  ): Promise<Enrollment>;
  /** Admins, and hosts of one of the program's events. */
  programEnrollments(programId: string, options?: CallOptions): Promise<Enrollment[]>;

  // Certificates of completion.
  /** One page; `nextCursor` fetches the next. */
  listCertificates(query?: CertificateQuery, options?: CallOptions): Promise<CertificatePage>;
  getCertificate(id: string, options?: CallOptions): Promise<Certificate>;
  /** The signed-in learner's valid certificate for a program, or undefined. */
  myCertificateFor(programId: string, options?: CallOptions): Promise<Certificate | undefined>;
  /** Issued, or what is still missing ("Your check-out is not on record."), or why none. */
  certificateStatus(programId: string, options?: CallOptions): Promise<CertificateEligibility>;
  /** The certificate as its PDF, fetched with the token (never a link that carries it). */
  certificatePdf(id: string, options?: CallOptions): Promise<Blob>;
  /** The certificate as an Open Badges 3.0 VC-JWT (the compact JWS text). */
  certificateCredential(id: string, options?: CallOptions): Promise<string>;
  /** Admin: revoke a valid certificate, saying why. */
  revokeCertificate(id: string, reason: string, options?: CallOptions): Promise<Certificate>;
  // The host's report imports (hosts of the event, admins).
  /** Reads a platform report as exported (its bytes, unchanged): what it would store. */
  previewImport(
    eventId: string,
    file: Blob,
    query?: ImportQuery,
    options?: CallOptions,
  ): Promise<ImportPreview>;
  commitImport(
    eventId: string,
    importId: string,
    body: ImportCommitBody,
    options?: CallOptions,
  ): Promise<ImportPreview>;
}
