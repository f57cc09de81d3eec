/**
 * What a widget asks of the policy: the bundled rules (LocalPolicyClient) or the sponsor's
 * API (HttpPolicyClient) answer the same questions. A widget never knows which it has.
 */
import type { PolicyDocument } from '../policy/policy.js';
import type {
  CheckInCode,
  CheckInRequest,
  CreditInput,
  CreditResult,
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
}
