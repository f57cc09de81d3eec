/**
 * What the API keeps: programs (by version), enrollments, events, append-only attendance,
 * prompts, refund requests, idempotency.
 */
import type { CheckInDecision, CheckInRefusal } from '../../policy/attendance.js';
import type { Certificate } from '../../policy/certificates.js';
import type { Enrollment } from '../../policy/enrollments.js';
import type { Program, ProgramWrite } from '../../policy/programs.js';
import type {
  AttendanceResult,
  EventPrompt,
  PublicEvent,
  StoredCheckIn,
  StoredRefund,
} from '../../policy/schemas.js';
import type { LimitWindow } from '../rate-limit.js';
import type { LtiStore } from './lti-store.js';

/** Where a refund request sits in the list's order: a pagination cursor. */
/** The window of wrong check-in codes a learner may type in one event (see rate-limit.ts). */
export interface CodeMissLimit {
  bucket: string;
  limit: number;
  lockSeconds: number;
  at: Date;
}

/** The learner's writes per minute (rate-limit.ts), counted with a check-in it may refuse. */
export interface WriteLimit {
  bucket: string;
  windowSeconds: number;
  limit: number;
  at: Date;
}

/**
 * A learner's check-in that was not stored: refused by the decision, locked out, or past the
 * learner's writes per minute (`throttled`).
 */
export type CheckInRefused =
  | { kind: 'refused'; refusal: CheckInRefusal }
  | { kind: 'locked'; window: LimitWindow }
  | { kind: 'throttled'; window: LimitWindow };

export interface RefundPosition {
  receivedAt: string;
  id: string;
}

export interface StoredEvent extends PublicEvent {
  /** The HMAC key of the rotating check-in code; never leaves the server. */
  secret: string;
  createdBy: string;
}

/** `source` marks a record imported from a platform report (ImportCommit). */
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

/** A platform report as kept: pending after its preview, committed once its records are in. */
export interface StoredImport {
  id: string;
  eventId: string;
  /** SHA-256 of the file's bytes, hex. */
  fileHash: string;
  format: string;
  status: 'pending' | 'committed';
  /** How the file was read (zone, date order, staff rows): a commit reads it the same way. */
  options: Record<string, unknown>;
  /** The file as sent. */
  raw: Uint8Array;
  createdBy: string;
  createdAt: string;
  committedAt?: string;
  /** The commit's answer, given again when the same file is committed again. */
  summary?: unknown;
}

/** What committing an import writes, all in one transaction. */
export interface ImportCommit {
  importId: string;
  eventId: string;
  committedAt: string;
  summary: unknown;
  checkIns: CheckInRow[];
  prompts: { prompt: EventPrompt; issuedBy: string }[];
  responses: PromptResponseRow[];
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

/** One version of a program: the answer, and the body it was worked out from. */
export interface ProgramRecord {
  program: Program;
  /** Kept to work the credits out again when the program's events change. */
  input: ProgramWrite;
}

/** What a change of a program writes: an event of it, versions rewritten, a version added. */
export interface ProgramChange {
  event?: StoredEvent;
  replace?: ProgramRecord[];
  add?: ProgramRecord;
}

/** An enrollment to add, with a digest of its order facts (what makes a retry the same). */
export interface NewEnrollment {
  enrollment: Enrollment;
  factsHash: string;
}

/**
 * All added (or already there with the same facts), or nothing written: `conflicts` are the
 * indexes whose order reference is on record with other facts.
 */
export type EnrollmentsAdded =
  | { ok: true; added: { created: boolean; enrollment: Enrollment }[] }
  | { ok: false; conflicts: number[] };

/** Where an enrollment sits in its list's order: what a page cursor holds. */
export interface EnrollmentPosition {
  createdAt: string;
  id: string;
}

/**
 * What a certificate was issued from, copied at issue: the versions in force and the records
 * the engine read. The rows themselves stay too (deleting them within 5 years is refused).
 */
export interface CertificateSources {
  policyVersion: string;
  programVersion: number;
  eventId?: string;
  closedAt?: string;
  attendance?: {
    records: StoredCheckIn[];
    prompts: { id: string; at: string }[];
    responses: { promptId: string; at: string }[];
    evaluation: AttendanceResult;
  };
  assessment?: NonNullable<Enrollment['assessment']>;
}

export interface StoredCertificate {
  certificate: Certificate;
  sources: CertificateSources;
  /** The salt of the learner's hashed email in the credential (never shown). */
  identitySalt: string;
}

/** What a re-evaluation writes: nothing, a new certificate (superseding the valid one), or a revocation. */
export type CertificateChange =
  | { kind: 'keep' }
  | { kind: 'issue'; issue: StoredCertificate }
  | { kind: 'revoke'; at: string; reason: string };

/** Where a certificate sits in its list's order: what a page cursor holds. */
export interface CertificatePosition {
  issuedAt: string;
  id: string;
}

export interface CertificateFilter {
  learnerId?: string;
  programId?: string;
  /** Completion dates (YYYY-MM-DD), inclusive. */
  from?: string;
  to?: string;
  limit?: number;
  after?: CertificatePosition;
}

/** A key the server signs with, as JWKs (JSON text). */
export interface SigningKey {
  kid: string;
  privateJwk: string;
  publicJwk: string;
}

export interface Store {
  createEvent(event: StoredEvent): Promise<void>;
  getEvent(id: string): Promise<StoredEvent | undefined>;
  /** A program's events, oldest first. */
  listProgramEvents(programId: string): Promise<StoredEvent[]>;

  /** Adds a program's first version. */
  addProgram(record: ProgramRecord): Promise<void>;
  /**
   * Changes a program in one transaction, one change per program at a time: `change` is given
   * its versions and events as they stand and answers what to write. What it throws rolls
   * the transaction back and is thrown again.
   */
  changeProgram(
    programId: string,
    change: (current: { versions: ProgramRecord[]; events: StoredEvent[] }) => ProgramChange,
  ): Promise<void>;
  /** Every version of one program, or of all programs, by id then version. */
  listProgramVersions(programId?: string): Promise<ProgramRecord[]>;

  /** In one transaction; idempotent on each enrollment's `orderRef`. */
  addEnrollments(items: NewEnrollment[]): Promise<EnrollmentsAdded>;
  getEnrollment(id: string): Promise<Enrollment | undefined>;
  /** Oldest first. */
  /** Oldest first (by `createdAt`, then id); `after` and `limit` page through them. */
  listEnrollments(filter: {
    learnerId?: string;
    programId?: string;
    limit?: number;
    after?: EnrollmentPosition;
  }): Promise<Enrollment[]>;
  /** Writes the assessment of an enrollment; undefined when there is no such enrollment. */
  recordAssessment(
    id: string,
    assessment: NonNullable<Enrollment['assessment']>,
  ): Promise<Enrollment | undefined>;

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
   *
   * With `misses`, wrong codes are counted in the same serialized transaction: a learner
   * already at the limit is `locked` before anything is decided, and a wrong code is counted
   * (and commits) while its key does not, so a burst of guesses cannot outrun the lockout and
   * a retry of a right code is still answered from its key.
   *
   * With `writes`, the attempt is first counted as one of the learner's writes (the count
   * hitLimit keeps), in the same transaction, so a check-in waits for one commit, not two:
   * past the limit it is `throttled` before anything else. The hit commits whatever the
   * outcome; a retry answered from its key is not counted.
   */
  addLearnerCheckIn(
    record: CheckInRow,
    reply: StoredReply,
    key: IdempotencyKey | undefined,
    decide: (latest: CheckInRow | undefined, recordCount: number) => CheckInDecision,
    misses?: CodeMissLimit,
    writes?: WriteLimit,
  ): Promise<IdempotentResult | CheckInRefused>;
  getCheckIn(id: string): Promise<CheckInRow | undefined>;
  listCheckIns(eventId: string, learnerId?: string): Promise<CheckInRow[]>;

  addPrompt(eventId: string, prompt: EventPrompt, issuedBy: string): Promise<void>;
  listPrompts(eventId: string): Promise<EventPrompt[]>;
  /** False when the learner had already answered (the first answer stands). */
  addResponse(eventId: string, response: PromptResponseRow): Promise<boolean>;
  listResponses(eventId: string, learnerId?: string): Promise<PromptResponseRow[]>;

  /**
   * Stores a request. One about an enrollment is refused (`open`, with the earlier one) while
   * another request about it is pending.
   */
  addRefund(
    refund: StoredRefund,
    reply: StoredReply,
    key?: IdempotencyKey,
  ): Promise<IdempotentResult | { kind: 'open'; existing: StoredRefund }>;
  getRefund(id: string): Promise<StoredRefund | undefined>;
  /** Requests whose id starts with `prefix` (plain hex digits), for a look-up by reference. */
  findRefundsByIdPrefix(prefix: string): Promise<StoredRefund[]>;
  /**
   * Requests oldest first (by `receivedAt`, then id); with `after` (a request's position), only
   * those after it; at most `limit` of them when given.
   */
  listRefunds(page?: {
    limit?: number;
    after?: RefundPosition;
    status?: string;
  }): Promise<StoredRefund[]>;
  /**
   * Records an admin's decision on a pending request; undefined when it was not pending. An
   * approval marks the request's enrollment refunded in the same transaction.
   */
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
  /** Forgets windows that ended before `at` (one row per bucket would otherwise pile up). */
  sweepLimits(at: Date): Promise<number>;

  /** How many times the event's code was rotated on demand (0 if never). */
  codeEpoch(eventId: string): Promise<number>;
  /** Rotates the event's code: returns the new epoch, which every process sees at once. */
  rotateCode(eventId: string): Promise<number>;

  /**
   * Changes an enrollment's certificate in one transaction, one change per enrollment at a
   * time: `change` is given its valid certificate (if any) and answers what to write. A new
   * one supersedes the old; at most one is ever valid. Returns the valid one afterwards.
   */
  reviseCertificate(
    enrollmentId: string,
    change: (current: StoredCertificate | undefined) => CertificateChange,
  ): Promise<StoredCertificate | undefined>;
  getCertificate(id: string): Promise<StoredCertificate | undefined>;
  /** Oldest issued first (by `issuedAt`, then id); every state, superseded ones too. */
  listCertificates(filter: CertificateFilter): Promise<StoredCertificate[]>;
  /** How many `listCertificates` would list (`limit` and `after` aside). */
  countCertificates(filter: CertificateFilter): Promise<number>;
  /** Revokes a valid certificate; undefined when there is none by that id or it is not valid. */
  revokeCertificate(id: string, at: string, reason: string): Promise<StoredCertificate | undefined>;

  /** Adds an issuance job, due at `dueOf(event)`, for every program event that has none. */
  scheduleCertificateJobs(dueOf: (event: StoredEvent) => string): Promise<void>;
  /**
   * Claims the due jobs no live claim holds, for `leaseMs`: each is claimed by one caller
   * only, across processes; a claim that lapses (its process died) is claimed again.
   */
  claimCertificateJobs(now: Date, leaseMs: number): Promise<string[]>;
  finishCertificateJob(eventId: string, at: string): Promise<void>;
  /** Marks the event closed now (the first close stands) and its job due; the closing time. */
  closeEvent(eventId: string, at: string, dueOf: (event: StoredEvent) => string): Promise<string>;
  /** When a host closed the event early, if one did. */
  eventClosedAt(eventId: string): Promise<string | undefined>;

  /** The key of `purpose`, made by `make` on first use (the first process to store one wins). */
  signingKey(purpose: string, make: () => Promise<SigningKey>): Promise<SigningKey>;
  /** The LTI tool's records (lti-store.ts). */
  readonly lti: LtiStore;
  /**
   * Keeps an import's file until it is committed (a second preview of the same id replaces
   * it); pending imports created before `staleBefore` are dropped.
   */
  savePendingImport(pending: StoredImport, staleBefore: string): Promise<void>;
  getImport(eventId: string, id: string): Promise<StoredImport | undefined>;
  /** The committed import of this file in this event, if any. */
  committedImport(eventId: string, fileHash: string): Promise<StoredImport | undefined>;
  /**
   * Writes an import's records and marks it committed, all or nothing. When the same file was
   * already committed in the event (by this import or another), writes nothing and answers it.
   */
  commitImport(
    commit: ImportCommit,
  ): Promise<{ created: true } | { created: false; existing: StoredImport }>;

  close(): Promise<void>;
}
