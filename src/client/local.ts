/**
 * The bundled rules in the browser: what a widget uses without an `api-base`. Its answers are
 * estimates (the browser's clock, nothing on record); anything that needs a written record
 * says so instead of pretending.
 */
import { computeCredits } from '../policy/credits.js';
import { evaluateRefund } from '../policy/refunds.js';
import type { Certificate, CertificateEligibility } from '../policy/certificates.js';
import type { Enrollment } from '../policy/enrollments.js';
import type { ImportPreview } from '../policy/imports.js';
import type { Locale } from '../policy/locale.js';
import { defaultPolicy, type PolicyDocument } from '../policy/policy.js';
import type { Program } from '../policy/programs.js';
import type {
  CheckInCode,
  CheckInRequest,
  CreditInput,
  CreditResult,
  EventPrompt,
  LearnerAttendance,
  LearnerPrompt,
  Parsed,
  PromptCreate,
  PublicEvent,
  RefundInput,
  RefundResult,
  Roster,
  StoredCheckIn,
  StoredRefund,
} from '../policy/schemas.js';
import type { LocalAttendance } from './local-attendance.js';
import {
  PolicyError,
  type CallOptions,
  type CertificatePage,
  type ImportedEnrollments,
  type PolicyClient,
} from './policy-client.js';
import { inLanguage, refusalIn, type ReasonDomain } from './reason-language.js';
import { settle } from './settle.js';

export interface LocalPolicyClientOptions {
  /** The rules to apply; the sponsor preset when omitted. */
  policy?: PolicyDocument;
  /** Where local attendance records live (defaults to the browser's localStorage). */
  storage?: Storage;
  /** The clock, for tests; refund quotes and check-ins read it. */
  now?: () => Date;
  /** The language of the reasons in its answers, read at each call (English when omitted). */
  locale?: () => Locale;
}

export class LocalPolicyClient implements PolicyClient {
  readonly mode = 'local' as const;
  readonly policy: PolicyDocument;
  private readonly now: () => Date;
  private readonly locale: () => Locale;
  private attendanceLoaded: Promise<LocalAttendance> | undefined;

  constructor(private readonly settings: LocalPolicyClientOptions = {}) {
    this.policy = settings.policy ?? defaultPolicy;
    this.now = settings.now ?? (() => new Date());
    this.locale = settings.locale ?? (() => 'en');
  }

  getPolicy(options?: CallOptions): Promise<PolicyDocument> {
    return settle(options, () => this.policy);
  }

  async computeCredits(input: CreditInput, options?: CallOptions): Promise<CreditResult> {
    const locale = this.locale();
    const result = await settle(options, () => unwrap(computeCredits(input, this.policy)));
    return this.worded(result, 'credits', locale, options);
  }

  /** The browser's clock stands in for the time the sponsor receives the request: an estimate. */
  async quoteRefund(input: RefundInput, options?: CallOptions): Promise<RefundResult> {
    const locale = this.locale();
    const quote = await settle(options, () =>
      unwrap(evaluateRefund(input, this.policy, this.now().toISOString())),
    );
    return this.worded(quote, 'refunds', locale, options);
  }

  submitRefund(): Promise<StoredRefund> {
    return Promise.reject(needsApi());
  }

  getRefund(): Promise<StoredRefund> {
    return Promise.reject(needsApi());
  }

  listRefunds(): Promise<StoredRefund[]> {
    return Promise.reject(needsApi());
  }

  decideRefund(): Promise<StoredRefund> {
    return Promise.reject(needsApi());
  }

  async getEvent(eventId: string, options?: CallOptions): Promise<PublicEvent> {
    return (await this.attendance()).getEvent(eventId, options);
  }

  async getCode(eventId: string, options?: CallOptions): Promise<CheckInCode> {
    return (await this.attendance()).getCode(eventId, options);
  }

  async checkIn(
    eventId: string,
    request: CheckInRequest,
    idempotencyKey: string,
    options?: CallOptions,
  ): Promise<StoredCheckIn> {
    const locale = this.locale();
    try {
      return await (await this.attendance()).checkIn(eventId, request, idempotencyKey, options);
    } catch (error) {
      throw await refusalIn(error, locale);
    }
  }

  async myAttendance(eventId: string, options?: CallOptions): Promise<LearnerAttendance> {
    const locale = this.locale();
    const attendance = await (await this.attendance()).myAttendance(eventId, options);
    return this.worded(attendance, 'attendance', locale, options);
  }

  async roster(eventId: string, options?: CallOptions): Promise<Roster> {
    return (await this.attendance()).roster(eventId, options);
  }

  async rosterCsv(eventId: string, options?: CallOptions): Promise<string> {
    return (await this.attendance()).rosterCsv(eventId, options);
  }

  async listPrompts(
    eventId: string,
    options?: CallOptions,
  ): Promise<LearnerPrompt[] | EventPrompt[]> {
    return (await this.attendance()).listPrompts(eventId, options);
  }

  async issuePrompt(
    eventId: string,
    prompt: PromptCreate,
    options?: CallOptions,
  ): Promise<EventPrompt> {
    return (await this.attendance()).issuePrompt(eventId, prompt, options);
  }

  async answerPrompt(
    eventId: string,
    promptId: string,
    answer: string,
    options?: CallOptions,
  ): Promise<void> {
    return (await this.attendance()).answerPrompt(eventId, promptId, answer, options);
  }

  // Programs and enrollments are the sponsor's records: nothing in the browser holds them.
  listPrograms(): Promise<Program[]> {
    return Promise.reject(needsRecords());
  }

  getProgram(): Promise<Program> {
    return Promise.reject(needsRecords());
  }

  programEvents(): Promise<PublicEvent[]> {
    return Promise.reject(needsRecords());
  }

  myEnrollments(): Promise<Enrollment[]> {
    return Promise.reject(needsRecords());
  }

  quoteEnrollmentRefund(): Promise<RefundResult> {
    return Promise.reject(needsRecords());
  }

  submitEnrollmentRefund(): Promise<StoredRefund> {
    return Promise.reject(needsRecords());
  }

  createProgram(): Promise<Program> {
    return Promise.reject(needsRecords());
  }

  updateProgram(): Promise<Program> {
    return Promise.reject(needsRecords());
  }

  publishProgram(): Promise<Program> {
    return Promise.reject(needsRecords());
  }

  createEvent(): Promise<PublicEvent> {
    return Promise.reject(needsRecords());
  }

  enroll(): Promise<Enrollment> {
    return Promise.reject(needsRecords());
  }

  importEnrollments(): Promise<ImportedEnrollments> {
    return Promise.reject(needsRecords());
  }

  recordAssessment(): Promise<Enrollment> {
    return Promise.reject(needsRecords());
  }

  previewImport(): Promise<ImportPreview> {
    return Promise.reject(needsApiForImports());
  }

  commitImport(): Promise<ImportPreview> {
    return Promise.reject(needsApiForImports());
  }

  programEnrollments(): Promise<Enrollment[]> {
    return Promise.reject(needsRecords());
  }

  listCertificates(): Promise<CertificatePage> {
    return Promise.reject(needsRecords());
  }

  getCertificate(): Promise<Certificate> {
    return Promise.reject(needsRecords());
  }

  myCertificateFor(): Promise<Certificate | undefined> {
    return Promise.reject(needsRecords());
  }

  certificateStatus(): Promise<CertificateEligibility> {
    return Promise.reject(needsRecords());
  }

  certificatePdf(): Promise<Blob> {
    return Promise.reject(needsRecords());
  }

  certificateCredential(): Promise<string> {
    return Promise.reject(needsRecords());
  }

  revokeCertificate(): Promise<Certificate> {
    return Promise.reject(needsRecords());
  }

  /** `answer` in `locale`; a call aborted while its sentences loaded rejects, as any call. */
  private async worded<T>(
    answer: T,
    domain: ReasonDomain,
    locale: Locale,
    options: CallOptions | undefined,
  ): Promise<T> {
    const worded = await inLanguage(answer, domain, locale);
    options?.signal?.throwIfAborted();
    return worded;
  }

  /** Attendance code loads on first use, so the calculator and refund widgets never carry it. */
  private attendance(): Promise<LocalAttendance> {
    this.attendanceLoaded ??= import('./local-attendance.js').then(
      ({ LocalAttendance }) =>
        new LocalAttendance({
          policy: this.policy,
          ...(this.settings.storage ? { storage: this.settings.storage } : {}),
          ...(this.settings.now ? { now: this.settings.now } : {}),
        }),
    );
    return this.attendanceLoaded;
  }
}

function unwrap<T>(parsed: Parsed<T>): T {
  if (parsed.ok) return parsed.value;
  const [first] = parsed.errors;
  const detail = first ? `${first.path || 'input'} ${first.message}` : 'The input is not valid.';
  throw new PolicyError(400, 'Some of the input is not valid', detail, parsed.errors);
}

function needsApi(): PolicyError {
  return new PolicyError(
    501,
    'A written request needs the sponsor’s policy API',
    'This page runs the bundled rules only, so nothing can be filed or kept on record here. ' +
      'Open the course page that connects to the sponsor, or contact the sponsor directly.',
  );
}

function needsApiForImports(): PolicyError {
  return new PolicyError(
    501,
    'Importing a report needs the sponsor’s policy API',
    'A webinar platform’s report becomes attendance of record in the sponsor’s API; this page ' +
      'runs a local demo. Set api-base to the sponsor’s API to import one.',
  );
}

function needsRecords(): PolicyError {
  return new PolicyError(
    501,
    'Programs and enrollments need the sponsor’s policy API',
    'This page runs the bundled rules only; the catalogue and the orders of record are kept ' +
      'by the sponsor’s API. Set api-base to the sponsor’s API to use them.',
  );
}
