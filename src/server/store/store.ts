/** What the API keeps: events, append-only attendance, prompts, refund requests, idempotency. */
import type { CheckInDecision, CheckInRefusal } from '../../policy/attendance.js';
import type {
  EventPrompt,
  PublicEvent,
  StoredCheckIn,
  StoredRefund,
} from '../../policy/schemas.js';
import type { LimitWindow } from '../rate-limit.js';

/** Where a refund request sits in the list's order: a pagination cursor. */
export interface RefundPosition {
  receivedAt: string;
  id: string;
}

export interface StoredEvent extends PublicEvent {
  /** The HMAC key of the rotating check-in code; never leaves the server. */
  secret: string;
  createdBy: string;
}

export interface CheckInRow extends StoredCheckIn {
  learnerName?: string;
  /** A keyed hash of the address the learner checked in from (never the address itself). */
  clientAddress?: string;
}

export interface PromptResponseRow {
  promptId: string;
  learnerId: string;
  answer: string;
  at: string;
}

/** Who sent an Idempotency-Key on which route, and a digest of the body it came with. */
export interface IdempotencyKey {
  scope: string;
  subject: string;
  key: string;
  bodyHash: string;
}

export interface StoredReply {
  status: number;
  body: unknown;
}

export type IdempotentResult =
  | { kind: 'stored'; reply: StoredReply }
  | { kind: 'replayed'; reply: StoredReply }
  | { kind: 'conflict' };

export interface Store {
  createEvent(event: StoredEvent): Promise<void>;
  getEvent(id: string): Promise<StoredEvent | undefined>;

  /** The reply stored under a key, if any (`conflict` when the body differs). */
  findReply(key: IdempotencyKey): Promise<IdempotentResult | undefined>;
  /**
   * Appends a record. With a key, the key and the record are written in one transaction:
   * a concurrent retry gets the first reply back and no second record is written.
   */
  addCheckIn(
    record: CheckInRow,
    reply: StoredReply,
    key?: IdempotencyKey,
  ): Promise<IdempotentResult>;
  /**
   * Appends a learner's own check-in if `decide` allows it. `decide` runs inside the write
   * transaction, given the learner's latest record in force, with the learner's check-ins
   * serialized: of two concurrent attempts, the second is decided on the first's outcome.
   * With a key, a retry gets the first reply back without a second decision. `recordCount`
   * is how many records the learner has in the event (corrections included).
   */
  addLearnerCheckIn(
    record: CheckInRow,
    reply: StoredReply,
    key: IdempotencyKey | undefined,
    decide: (latest: CheckInRow | undefined, recordCount: number) => CheckInDecision,
  ): Promise<IdempotentResult | { kind: 'refused'; refusal: CheckInRefusal }>;
  getCheckIn(id: string): Promise<CheckInRow | undefined>;
  listCheckIns(eventId: string, learnerId?: string): Promise<CheckInRow[]>;

  addPrompt(eventId: string, prompt: EventPrompt, issuedBy: string): Promise<void>;
  listPrompts(eventId: string): Promise<EventPrompt[]>;
  /** False when the learner had already answered (the first answer stands). */
  addResponse(eventId: string, response: PromptResponseRow): Promise<boolean>;
  listResponses(eventId: string, learnerId?: string): Promise<PromptResponseRow[]>;

  addRefund(
    refund: StoredRefund,
    reply: StoredReply,
    key?: IdempotencyKey,
  ): Promise<IdempotentResult>;
  getRefund(id: string): Promise<StoredRefund | undefined>;
  /**
   * Requests oldest first (by `receivedAt`, then id); with `after` (a request's position), only
   * those after it; at most `limit` of them when given.
   */
  listRefunds(page?: {
    limit?: number;
    after?: RefundPosition;
    status?: string;
  }): Promise<StoredRefund[]>;
  /** Records an admin's decision on a pending request; undefined when it was not pending. */
  decideRefund(
    id: string,
    status: 'approved' | 'denied',
    audit: StoredRefund['audit'][number],
  ): Promise<StoredRefund | undefined>;

  /**
   * Counts a hit in a rate-limit window (rate-limit.ts): a window opens at its first hit and
   * lasts `windowSeconds`; the hit that makes `limit` opens a fresh window. Atomic across
   * processes: concurrent hits each count once.
   */
  hitLimit(bucket: string, windowSeconds: number, limit: number, at: Date): Promise<LimitWindow>;
  /** The open window of a bucket, without counting a hit; undefined when none is open. */
  peekLimit(bucket: string, at: Date): Promise<LimitWindow | undefined>;

  /** How many times the event's code was rotated on demand (0 if never). */
  codeEpoch(eventId: string): Promise<number>;
  /** Rotates the event's code: returns the new epoch, which every process sees at once. */
  rotateCode(eventId: string): Promise<number>;

  close(): Promise<void>;
}
