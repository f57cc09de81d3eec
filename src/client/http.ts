/**
 * The sponsor's policy API over HTTP (ky). Only widgets given an `api-base` load this module,
 * so pages that run the bundled rules never download ky.
 */
import ky, { HTTPError, TimeoutError, type KyInstance } from 'ky';
import type {
  AssessmentInput,
  Enrollment,
  EnrollmentCreate,
  EnrollmentRefundRequest,
} from '../policy/enrollments.js';
import type { Certificate, CertificateEligibility } from '../policy/certificates.js';
import type { ImportCommitBody, ImportPreview, ImportQuery } from '../policy/imports.js';
import type { Locale } from '../policy/locale.js';
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
import {
  PolicyError,
  type CallOptions,
  type CertificatePage,
  type CertificateQuery,
  type ImportedEnrollments,
  type PolicyClient,
} from './policy-client.js';

export interface HttpPolicyClientOptions {
  /** Where the API lives; paths `v1/...` are resolved against it (`/`, `https://cpe.example.org/`). */
  apiBase: string;
  /** A JWT for learner, host and admin calls, sent as `Authorization: Bearer`. */
  token?: string;
  /** Per-attempt timeout in milliseconds; a timeout counts as a network failure. */
  timeoutMs?: number;
  /**
   * The language the API is asked to word its answers in (Accept-Language), read at each
   * call; without it the browser's own languages go, which may not be the page's.
   */
  locale?: () => Locale;
}

export class HttpPolicyClient implements PolicyClient {
  readonly mode = 'api' as const;
  private readonly http: KyInstance;

  constructor({ apiBase, token, timeoutMs = 15_000, locale }: HttpPolicyClientOptions) {
    this.http = ky.create({
      prefixUrl: apiBase,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      timeout: timeoutMs,
      // Only reads are safe to repeat; writes carry an Idempotency-Key and are the caller's call.
      retry: { limit: 2, methods: ['get'] },
      ...(locale
        ? {
            hooks: {
              beforeRequest: [(request) => request.headers.set('accept-language', locale())],
            },
          }
        : {}),
    });
  }

  getPolicy(options?: CallOptions): Promise<PolicyDocument> {
    return this.json('get', 'v1/policy', options);
  }

  computeCredits(input: CreditInput, options?: CallOptions): Promise<CreditResult> {
    return this.json('post', 'v1/credits', options, { json: input });
  }

  quoteRefund(input: RefundInput, options?: CallOptions): Promise<RefundResult> {
    return this.json('post', 'v1/refunds/quote', options, { json: input });
  }

  submitRefund(
    input: RefundSubmit,
    idempotencyKey: string,
    options?: CallOptions,
  ): Promise<StoredRefund> {
    return this.json('post', 'v1/refunds', options, {
      json: input,
      headers: { 'idempotency-key': idempotencyKey },
    });
  }

  getRefund(id: string, options?: CallOptions): Promise<StoredRefund> {
    return this.json('get', `v1/refunds/${segment(id)}`, options);
  }

  listRefunds(options?: CallOptions): Promise<StoredRefund[]> {
    return this.json('get', 'v1/refunds', options);
  }

  decideRefund(
    id: string,
    decision: RefundDecisionRequest,
    options?: CallOptions,
  ): Promise<StoredRefund> {
    return this.json('post', `v1/refunds/${segment(id)}/decision`, options, { json: decision });
  }

  getEvent(eventId: string, options?: CallOptions): Promise<PublicEvent> {
    return this.json('get', `v1/events/${segment(eventId)}`, options);
  }

  getCode(eventId: string, options?: CallOptions): Promise<CheckInCode> {
    return this.json('get', `v1/events/${segment(eventId)}/code`, options);
  }

  checkIn(
    eventId: string,
    request: CheckInRequest,
    idempotencyKey: string,
    options?: CallOptions,
  ): Promise<StoredCheckIn> {
    return this.json('post', `v1/events/${segment(eventId)}/check-ins`, options, {
      json: request,
      headers: { 'idempotency-key': idempotencyKey },
    });
  }

  myAttendance(eventId: string, options?: CallOptions): Promise<LearnerAttendance> {
    return this.json('get', `v1/events/${segment(eventId)}/attendance/me`, options);
  }

  roster(eventId: string, options?: CallOptions): Promise<Roster> {
    return this.json('get', `v1/events/${segment(eventId)}/attendance`, options);
  }

  rosterCsv(eventId: string, options?: CallOptions): Promise<string> {
    return this.send(
      'get',
      `v1/events/${segment(eventId)}/attendance`,
      options,
      { searchParams: { format: 'csv' }, headers: { accept: 'text/csv' } },
      (response) => response.text(),
    );
  }

  listPrompts(eventId: string, options?: CallOptions): Promise<LearnerPrompt[] | EventPrompt[]> {
    return this.json('get', `v1/events/${segment(eventId)}/prompts`, options);
  }

  issuePrompt(eventId: string, prompt: PromptCreate, options?: CallOptions): Promise<EventPrompt> {
    return this.json('post', `v1/events/${segment(eventId)}/prompts`, options, { json: prompt });
  }

  async answerPrompt(
    eventId: string,
    promptId: string,
    answer: string,
    options?: CallOptions,
  ): Promise<void> {
    await this.send(
      'post',
      `v1/events/${segment(eventId)}/prompts/${segment(promptId)}/responses`,
      options,
      { json: { answer } },
      () => Promise.resolve(),
    );
  }

  listPrograms(options?: CallOptions & { status?: Program['status'] }): Promise<Program[]> {
    return this.json('get', 'v1/programs', options, {
      ...(options?.status ? { searchParams: { status: options.status } } : {}),
    });
  }

  getProgram(id: string, options?: CallOptions & { version?: number }): Promise<Program> {
    return this.json('get', `v1/programs/${segment(id)}`, options, {
      ...(options?.version !== undefined
        ? { searchParams: { version: String(options.version) } }
        : {}),
    });
  }

  programEvents(id: string, options?: CallOptions): Promise<PublicEvent[]> {
    return this.json('get', `v1/programs/${segment(id)}/events`, options);
  }

  myEnrollments(options?: CallOptions): Promise<Enrollment[]> {
    return this.json('get', 'v1/enrollments/me', options);
  }

  quoteEnrollmentRefund(
    enrollmentId: string,
    request: Pick<EnrollmentRefundRequest, 'specialCircumstances'> = {},
    options?: CallOptions,
  ): Promise<RefundResult> {
    return this.json('post', 'v1/refunds/quote', options, {
      json: { ...request, enrollmentId },
    });
  }

  submitEnrollmentRefund(
    request: EnrollmentRefundRequest,
    idempotencyKey: string,
    options?: CallOptions,
  ): Promise<StoredRefund> {
    return this.json('post', 'v1/refunds', options, {
      json: request,
      headers: { 'idempotency-key': idempotencyKey },
    });
  }

  createProgram(program: ProgramWrite, options?: CallOptions): Promise<Program> {
    return this.json('post', 'v1/programs', options, { json: program });
  }

  updateProgram(id: string, program: ProgramWrite, options?: CallOptions): Promise<Program> {
    return this.json('put', `v1/programs/${segment(id)}`, options, { json: program });
  }

  publishProgram(id: string, options?: CallOptions): Promise<Program> {
    return this.json('post', `v1/programs/${segment(id)}/publish`, options);
  }

  createEvent(event: EventCreate, options?: CallOptions): Promise<PublicEvent> {
    return this.json('post', 'v1/events', options, { json: event });
  }

  enroll(programId: string, order: EnrollmentCreate, options?: CallOptions): Promise<Enrollment> {
    return this.json('post', `v1/programs/${segment(programId)}/enrollments`, options, {
      json: order,
    });
  }

  importEnrollments(
    programId: string,
    csv: string,
    options?: CallOptions,
  ): Promise<ImportedEnrollments> {
    return this.json('post', `v1/programs/${segment(programId)}/enrollments/import`, options, {
      body: csv,
      headers: { 'content-type': 'text/csv' },
    });
  }

  previewImport(
    eventId: string,
    file: Blob,
    query: ImportQuery = {},
    options?: CallOptions,
  ): Promise<ImportPreview> {
    const searchParams = Object.fromEntries(
      Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    // The file's bytes as they are: a UTF-16 Teams export must not be decoded here.
    return this.json('post', `v1/events/${segment(eventId)}/imports`, options, {
      body: file,
      searchParams,
      headers: { 'content-type': 'application/octet-stream' },
    });
  }

  commitImport(
    eventId: string,
    importId: string,
    body: ImportCommitBody,
    options?: CallOptions,
  ): Promise<ImportPreview> {
    const path = `v1/events/${segment(eventId)}/imports/${segment(importId)}/commit`;
    return this.json('post', path, options, { json: body });
  }

  recordAssessment(
    enrollmentId: string,
    assessment: AssessmentInput,
    options?: CallOptions,
  ): Promise<Enrollment> {
    return this.json('post', `v1/enrollments/${segment(enrollmentId)}/assessment`, options, {
      json: assessment,
    });
  }

  programEnrollments(programId: string, options?: CallOptions): Promise<Enrollment[]> {
    return this.json('get', `v1/programs/${segment(programId)}/enrollments`, options);
  }

  listCertificates(query: CertificateQuery = {}, options?: CallOptions): Promise<CertificatePage> {
    const searchParams = Object.fromEntries(
      Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    return this.json('get', 'v1/certificates', options, { searchParams });
  }

  getCertificate(id: string, options?: CallOptions): Promise<Certificate> {
    return this.json('get', `v1/certificates/${segment(id)}`, options);
  }

  async myCertificateFor(
    programId: string,
    options?: CallOptions,
  ): Promise<Certificate | undefined> {
    const { items = [] } = await this.listCertificates({ programId }, options);
    return items.find((certificate) => certificate.status === 'valid');
  }

  certificateStatus(programId: string, options?: CallOptions): Promise<CertificateEligibility> {
    return this.json('get', 'v1/certificates/eligibility', options, {
      searchParams: { programId },
    });
  }

  certificatePdf(id: string, options?: CallOptions): Promise<Blob> {
    return this.send(
      'get',
      `v1/certificates/${segment(id)}.pdf`,
      options,
      { headers: { accept: 'application/pdf' } },
      (response) => response.blob(),
    );
  }

  certificateCredential(id: string, options?: CallOptions): Promise<string> {
    return this.send(
      'get',
      `v1/certificates/${segment(id)}/credential`,
      options,
      { headers: { accept: 'application/vc+jwt' } },
      (response) => response.text(),
    );
  }

  revokeCertificate(id: string, reason: string, options?: CallOptions): Promise<Certificate> {
    return this.json('post', `v1/certificates/${segment(id)}/revoke`, options, {
      json: { reason },
    });
  }

  private json<T>(
    method: Method,
    path: string,
    options: CallOptions | undefined,
    init: SendInit = {},
  ): Promise<T> {
    return this.send(method, path, options, init, (response) => response.json() as Promise<T>);
  }

  private async send<T>(
    method: Method,
    path: string,
    options: CallOptions | undefined,
    init: SendInit,
    read: (response: Response) => Promise<T>,
  ): Promise<T> {
    try {
      const response = await this.http(path, {
        method,
        ...init,
        ...(options?.signal ? { signal: options.signal } : {}),
      });
      return await read(response);
    } catch (error) {
      throw await toPolicyError(error, options?.signal);
    }
  }
}

type Method = 'get' | 'post' | 'put';

type SendInit = {
  json?: unknown;
  body?: string | Blob;
  headers?: Record<string, string>;
  searchParams?: Record<string, string>;
};

const segment = (value: string): string => encodeURIComponent(value);

/** Every failure becomes a PolicyError, except a caller's abort, which stays an AbortError. */
async function toPolicyError(error: unknown, signal: AbortSignal | undefined): Promise<unknown> {
  if (signal?.aborted) return signal.reason ?? error;
  if (error instanceof HTTPError) return fromResponse(error.response);
  if (error instanceof TimeoutError) {
    return new PolicyError(0, 'The policy API did not answer in time', 'The request timed out.');
  }
  // fetch rejects with a TypeError when the server is unreachable or CORS blocks the call.
  if (error instanceof TypeError) {
    return new PolicyError(0, 'The policy API could not be reached', error.message);
  }
  if (error instanceof SyntaxError) {
    return new PolicyError(
      502,
      'The policy API sent an answer that is not JSON',
      'Check that api-base points at the policy API.',
    );
  }
  return error;
}

async function fromResponse(response: Response): Promise<PolicyError> {
  const problem = await readProblem(response);
  const title = text(problem.title) ?? (response.statusText || `HTTP ${response.status}`);
  return new PolicyError(
    typeof problem.status === 'number' ? problem.status : response.status,
    title,
    text(problem.detail) ?? '',
    Array.isArray(problem.errors) ? problem.errors.filter(isFieldError) : [],
    text(problem.rule),
    problem,
  );
}

async function readProblem(response: Response): Promise<Record<string, unknown>> {
  try {
    const body: unknown = await response.json();
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value : undefined;

function isFieldError(value: unknown): value is FieldError {
  const item = value as Partial<FieldError> | null;
  return typeof item?.path === 'string' && typeof item.message === 'string';
}
