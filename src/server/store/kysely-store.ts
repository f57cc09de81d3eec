/**
 * The Store on Kysely: the same queries serve SQLite and PostgreSQL (sqlite.ts and
 * postgres.ts only choose the dialect and its durability settings).
 */
import { CompiledQuery, sql, type Kysely, type Transaction } from 'kysely';
import type { CheckInDecision } from '../../policy/attendance.js';
import type { Enrollment } from '../../policy/enrollments.js';
import type { EventPrompt, StoredRefund } from '../../policy/schemas.js';
import { KyselyLtiStore } from './lti-store.js';
import { migrate } from './migrations.js';
import { prepared } from './prepared.js';
import type { LimitWindow } from '../rate-limit.js';
import type {
  CertificateChange,
  CertificateFilter,
  CheckInRefused,
  CheckInRow,
  CodeMissLimit,
  EnrollmentPosition,
  EnrollmentsAdded,
  IdempotencyKey,
  IdempotentResult,
  ImportCommit,
  NewEnrollment,
  ProgramRecord,
  ProgramChange,
  PromptResponseRow,
  RefundPosition,
  SigningKey,
  Store,
  StoredCertificate,
  StoredEvent,
  StoredImport,
  StoredReply,
  WriteLimit,
} from './store.js';

interface Tables {
  events: {
    id: string;
    body: string;
    secret: string;
    created_by: string;
    program_id: string | null;
  };
  programs: {
    id: string;
    version: number;
    status: string;
    input: string;
    body: string;
    created_at: string;
  };
  enrollments: {
    id: string;
    program_id: string;
    program_version: number;
    learner_id: string;
    order_ref: string;
    facts_hash: string;
    status: string;
    body: string;
    created_at: string;
  };
  check_ins: {
    id: string;
    event_id: string;
    learner_id: string;
    learner_name: string | null;
    kind: string;
    at: string;
    replaces: string | null;
    corrected_by: string | null;
    correction_reason: string | null;
    client_address: string | null;
    import_id: string | null;
    source: string | null;
  };
  prompts: {
    id: string;
    event_id: string;
    at: string;
    body: string;
    issued_by: string;
    import_id: string | null;
  };
  prompt_responses: {
    prompt_id: string;
    learner_id: string;
    event_id: string;
    answer: string;
    at: string;
    import_id: string | null;
  };
  imports: {
    id: string;
    event_id: string;
    file_hash: string;
    format: string;
    status: string;
    options: string;
    raw: string;
    created_by: string;
    created_at: string;
    committed_at: string | null;
    summary: string | null;
  };
  refunds: {
    id: string;
    learner_id: string;
    received_at: string;
    status: string;
    body: string;
    enrollment_id: string | null;
  };
  idempotency_keys: {
    scope: string;
    subject: string;
    key: string;
    body_hash: string;
    status: number;
    reply: string;
    created_at: string;
  };
  rate_limits: { bucket: string; window_end: number | string; hits: number };
  code_rotations: { event_id: string; epoch: number };
  certificates: {
    id: string;
    enrollment_id: string;
    program_id: string;
    learner_id: string;
    status: string;
    completed_on: string;
    issued_at: string;
    superseded_by: string | null;
    body: string;
    sources: string;
    identity_salt: string;
  };
  certificate_jobs: {
    event_id: string;
    due_at: string;
    closed_at: string | null;
    claimed_until: number | string | null;
    done_at: string | null;
  };
  signing_keys: {
    purpose: string;
    kid: string;
    private_jwk: string;
    public_jwk: string;
    created_at: string;
  };
}

type Db = Kysely<Tables>;

export interface KyselyStoreOptions {
  /**
   * For SQLite, whose one connection fsyncs once per commit: idempotent writes that arrive
   * together share one transaction and so one fsync, each in its own savepoint.
   */
  groupCommit?: boolean;
  /**
   * For PostgreSQL, where transactions run side by side: a learner's check-ins in one event
   * take a transaction-scoped advisory lock, so each is decided after the one before commits.
   * SQLite needs none: its write transactions (BEGIN IMMEDIATE) already run one at a time.
   */
  advisoryLocks?: boolean;
}

export async function openKyselyStore(db: Db, options: KyselyStoreOptions = {}): Promise<Store> {
  await migrate(db as unknown as Kysely<unknown>);
  return new KyselyStore(db, options.groupCommit ?? false, options.advisoryLocks ?? false);
}

interface QueuedWrite {
  work: (trx: Transaction<Tables>) => Promise<boolean>;
  resolve: (won: boolean) => void;
  reject: (error: unknown) => void;
}

/** How many events stay in memory; the oldest read goes first. */
const EVENT_CACHE_LIMIT = 1_000;

class KyselyStore implements Store {
  /**
   * Events are never changed once created, so a copy read once serves every later check-in,
   * even with other processes on the same database. Only events found are kept.
   */
  private readonly events = new Map<string, StoredEvent>();

  /** Writes waiting for the next group commit. */
  private queued: QueuedWrite[] = [];

  readonly lti: KyselyLtiStore;

  constructor(
    private readonly db: Db,
    private readonly groupCommit: boolean,
    private readonly advisoryLocks: boolean,
  ) {
    this.lti = new KyselyLtiStore(db as unknown as Kysely<unknown>);
  }

  async createEvent(event: StoredEvent): Promise<void> {
    await insertEvent(this.db, event);
  }

  listProgramEvents(programId: string): Promise<StoredEvent[]> {
    return programEvents(this.db, programId);
  }

  async addProgram(record: ProgramRecord): Promise<void> {
    await insertProgram(this.db, record);
  }

  changeProgram(
    programId: string,
    change: (current: { versions: ProgramRecord[]; events: StoredEvent[] }) => ProgramChange,
  ): Promise<void> {
    return this.db.transaction().execute(async (trx) => {
      // SQLite's write transactions already run one at a time (BEGIN IMMEDIATE).
      if (this.advisoryLocks) {
        const lock = `program ${programId}`;
        await sql`select pg_advisory_xact_lock(hashtextextended(${lock}, 0))`.execute(trx);
      }
      const [versions, events] = await Promise.all([
        programVersions(trx, programId),
        programEvents(trx, programId),
      ]);
      const { event, replace = [], add } = change({ versions, events });
      if (event) await insertEvent(trx, event);
      for (const record of replace) await updateProgram(trx, record);
      if (add) await insertProgram(trx, add);
    });
  }

  listProgramVersions(programId?: string): Promise<ProgramRecord[]> {
    return programVersions(this.db, programId);
  }

  async addEnrollments(items: NewEnrollment[]): Promise<EnrollmentsAdded> {
    try {
      return await this.db.transaction().execute(async (trx) => {
        const added: { created: boolean; enrollment: Enrollment }[] = [];
        const conflicts: number[] = [];
        for (const [index, { enrollment, factsHash }] of items.entries()) {
          // The order reference's unique index decides a race: the loser inserts nothing
          // and, once the winner commits, reads the winner's row.
          const inserted = await trx
            .insertInto('enrollments')
            .values({
              id: enrollment.id,
              program_id: enrollment.programId,
              program_version: enrollment.programVersion,
              learner_id: enrollment.learner.sub,
              order_ref: enrollment.orderRef,
              facts_hash: factsHash,
              status: enrollment.status,
              body: JSON.stringify(enrollment),
              created_at: enrollment.createdAt,
            })
            .onConflict((conflict) => conflict.column('order_ref').doNothing())
            .returning('id')
            .executeTakeFirst();
          if (inserted) {
            added.push({ created: true, enrollment });
            continue;
          }
          const existing = await trx
            .selectFrom('enrollments')
            .select(['facts_hash', 'body'])
            .where('order_ref', '=', enrollment.orderRef)
            .executeTakeFirstOrThrow();
          if (existing.facts_hash !== factsHash) conflicts.push(index);
          else added.push({ created: false, enrollment: JSON.parse(existing.body) as Enrollment });
        }
        // Thrown to roll the whole batch back: an import is all or nothing.
        if (conflicts.length > 0) throw new Conflicting(conflicts);
        return { ok: true, added };
      });
    } catch (error) {
      if (error instanceof Conflicting) return { ok: false, conflicts: error.indexes };
      throw error;
    }
  }

  async getEnrollment(id: string): Promise<Enrollment | undefined> {
    const row = await this.db
      .selectFrom('enrollments')
      .select('body')
      .where('id', '=', id)
      .executeTakeFirst();
    return row && (JSON.parse(row.body) as Enrollment);
  }

  async listEnrollments(filter: {
    learnerId?: string;
    programId?: string;
    limit?: number;
    after?: EnrollmentPosition;
  }): Promise<Enrollment[]> {
    const { learnerId, programId, limit, after } = filter;
    let query = this.db.selectFrom('enrollments').select('body');
    if (learnerId !== undefined) query = query.where('learner_id', '=', learnerId);
    if (programId !== undefined) query = query.where('program_id', '=', programId);
    // Keyset paging: rows after the cursor's (time, id), compared as one row value.
    if (after) {
      query = query.where((eb) =>
        eb(eb.refTuple('created_at', 'id'), '>', eb.tuple(after.createdAt, after.id)),
      );
    }
    query = query.orderBy('created_at').orderBy('id');
    if (limit !== undefined) query = query.limit(limit);
    const rows = await query.execute();
    return rows.map((row) => JSON.parse(row.body) as Enrollment);
  }

  recordAssessment(
    id: string,
    assessment: NonNullable<Enrollment['assessment']>,
  ): Promise<Enrollment | undefined> {
    return this.db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('enrollments')
        .select('body')
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return undefined;
      const updated: Enrollment = { ...(JSON.parse(row.body) as Enrollment), assessment };
      await trx
        .updateTable('enrollments')
        .set({ body: JSON.stringify(updated) })
        .where('id', '=', id)
        .execute();
      return updated;
    });
  }

  async getEvent(id: string): Promise<StoredEvent | undefined> {
    const cached = this.events.get(id);
    if (cached) return cached;
    const row = await this.db
      .selectFrom('events')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const event = toEvent(row);
    if (this.events.size >= EVENT_CACHE_LIMIT) {
      this.events.delete(this.events.keys().next().value as string);
    }
    this.events.set(id, event);
    return event;
  }

  async findReply(key: IdempotencyKey): Promise<IdempotentResult | undefined> {
    return replyUnder(this.db, key);
  }

  addCheckIn(record: CheckInRow, reply: StoredReply, key?: IdempotencyKey) {
    return this.once(key, reply, (trx) => insertCheckIn(trx, record));
  }

  async addLearnerCheckIn(
    record: CheckInRow,
    reply: StoredReply,
    key: IdempotencyKey | undefined,
    decide: (latest: CheckInRow | undefined, recordCount: number) => CheckInDecision,
    misses?: CodeMissLimit,
    writes?: WriteLimit,
  ): Promise<IdempotentResult | CheckInRefused> {
    let kept: CheckInRefused | undefined;
    try {
      const stored = await this.once(key, reply, async (trx) => {
        /** Not stored: the counts so far commit (the key does not), or with none, nothing. */
        const refuse = async (result: CheckInRefused, counted: boolean) => {
          if (!counted) throw new Refused(result);
          if (key) await forgetKey(trx, key);
          kept = result;
        };
        const { eventId, learnerId } = record;
        if (this.advisoryLocks) {
          // Held until commit. Two learners whose names hash alike merely wait for each other.
          const lock = `${eventId} ${learnerId}`;
          await sql`select pg_advisory_xact_lock(hashtextextended(${lock}, 0))`.execute(trx);
        }
        if (writes) {
          const { bucket, windowSeconds, limit, at } = writes;
          const window = await countHit(trx, bucket, windowSeconds, limit, at);
          if (window.hits > limit) return refuse({ kind: 'throttled', window }, true);
        }
        if (misses) {
          const window = await limitWindow(trx, misses.bucket, misses.at);
          if (window && window.hits >= misses.limit) {
            return refuse({ kind: 'locked', window }, writes !== undefined);
          }
        }
        const [latest, count] = await Promise.all([
          latestCheckIn(trx, eventId, learnerId),
          countCheckIns(trx, eventId, learnerId),
        ]);
        const decision = decide(latest, count);
        if (decision.ok) return insertCheckIn(trx, record);
        if (!misses || decision.refusal.rule !== 'ATTEND.CODE') {
          return refuse({ kind: 'refused', refusal: decision.refusal }, writes !== undefined);
        }
        // A wrong code must stay counted, so this one commits: the miss, without the key.
        const { bucket, lockSeconds, limit, at } = misses;
        const window = await countHit(trx, bucket, lockSeconds, limit, at);
        return refuse(
          window.hits >= limit
            ? { kind: 'locked', window }
            : { kind: 'refused', refusal: decision.refusal },
          true,
        );
      });
      return kept ?? stored;
    } catch (error) {
      if (error instanceof Refused) return error.result;
      throw error;
    }
  }

  async getCheckIn(id: string): Promise<CheckInRow | undefined> {
    const row = await this.db
      .selectFrom('check_ins')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toCheckIn(row);
  }

  async listCheckIns(eventId: string, learnerId?: string): Promise<CheckInRow[]> {
    let query = this.db.selectFrom('check_ins').selectAll().where('event_id', '=', eventId);
    if (learnerId !== undefined) query = query.where('learner_id', '=', learnerId);
    const rows = await query.orderBy('at').orderBy('id').execute();
    return rows.map(toCheckIn);
  }

  async addPrompt(eventId: string, prompt: EventPrompt, issuedBy: string): Promise<void> {
    await this.db
      .insertInto('prompts')
      .values(promptRow(eventId, prompt, issuedBy))
      .execute();
  }

  async listPrompts(eventId: string): Promise<EventPrompt[]> {
    const rows = await this.db
      .selectFrom('prompts')
      .select('body')
      .where('event_id', '=', eventId)
      .orderBy('at')
      .orderBy('id')
      .execute();
    return rows.map((row) => JSON.parse(row.body) as EventPrompt);
  }

  async addResponse(eventId: string, response: PromptResponseRow): Promise<boolean> {
    const inserted = await this.db
      .insertInto('prompt_responses')
      .values(responseRow(eventId, response))
      .onConflict((conflict) => conflict.columns(['prompt_id', 'learner_id']).doNothing())
      .returning('prompt_id')
      .executeTakeFirst();
    return inserted !== undefined;
  }

  async listResponses(eventId: string, learnerId?: string): Promise<PromptResponseRow[]> {
    let query = this.db.selectFrom('prompt_responses').selectAll().where('event_id', '=', eventId);
    if (learnerId !== undefined) query = query.where('learner_id', '=', learnerId);
    const rows = await query.orderBy('at').execute();
    return rows.map((row) => ({
      promptId: row.prompt_id,
      learnerId: row.learner_id,
      answer: row.answer,
      at: row.at,
    }));
  }

  async addRefund(
    refund: StoredRefund,
    reply: StoredReply,
    key?: IdempotencyKey,
  ): Promise<IdempotentResult | { kind: 'open'; existing: StoredRefund }> {
    const { enrollmentId } = refund;
    try {
      return await this.once(key, reply, async (trx) => {
        const open = enrollmentId && (await openRefund(trx, enrollmentId));
        if (open) throw new AlreadyOpen(open);
        await trx
          .insertInto('refunds')
          .values({
            id: refund.id,
            learner_id: refund.learnerId,
            received_at: refund.receivedAt,
            status: refund.status,
            body: JSON.stringify(refund),
            enrollment_id: enrollmentId ?? null,
          })
          .execute();
      });
    } catch (error) {
      if (error instanceof AlreadyOpen) return { kind: 'open', existing: error.existing };
      // Two requests at once on PostgreSQL both saw none open; the unique index kept one.
      const open = enrollmentId && (await openRefund(this.db, enrollmentId));
      if (open) return { kind: 'open', existing: open };
      throw error;
    }
  }

  async getRefund(id: string): Promise<StoredRefund | undefined> {
    const row = await this.db
      .selectFrom('refunds')
      .select('body')
      .where('id', '=', id)
      .executeTakeFirst();
    return row && (JSON.parse(row.body) as StoredRefund);
  }

  async findRefundsByIdPrefix(prefix: string): Promise<StoredRefund[]> {
    // Only hex digits reach here, so the pattern has no wildcard of the caller's.
    if (!/^[0-9a-f]+$/.test(prefix)) return [];
    const rows = await this.db
      .selectFrom('refunds')
      .select('body')
      .where('id', 'like', `${prefix}%`)
      .execute();
    return rows.map((row) => JSON.parse(row.body) as StoredRefund);
  }

  async listRefunds(
    page: { limit?: number; after?: RefundPosition; status?: string } = {},
  ): Promise<StoredRefund[]> {
    const { limit, after, status } = page;
    let query = this.db.selectFrom('refunds').select('body');
    if (status !== undefined) query = query.where('status', '=', status);
    // Keyset paging: rows after the cursor's (time, id), compared as one row value.
    if (after) {
      query = query.where((eb) =>
        eb(eb.refTuple('received_at', 'id'), '>', eb.tuple(after.receivedAt, after.id)),
      );
    }
    query = query.orderBy('received_at').orderBy('id');
    if (limit !== undefined) query = query.limit(limit);
    const rows = await query.execute();
    return rows.map((row) => JSON.parse(row.body) as StoredRefund);
  }

  decideRefund(
    id: string,
    status: 'approved' | 'denied',
    audit: StoredRefund['audit'][number],
  ): Promise<StoredRefund | undefined> {
    return this.db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('refunds')
        .select('body')
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      if (!row) return undefined;
      const current = JSON.parse(row.body) as StoredRefund;
      const decided: StoredRefund = { ...current, status, audit: [...current.audit, audit] };
      // The status guard makes a concurrent second decision update nothing.
      const updated = await trx
        .updateTable('refunds')
        .set({ status, body: JSON.stringify(decided) })
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      if (updated.numUpdatedRows === 0n) return undefined;
      if (status === 'approved' && current.enrollmentId) {
        await refundEnrollment(trx, current.enrollmentId);
      }
      return decided;
    });
  }

  async hitLimit(
    bucket: string,
    windowSeconds: number,
    limit: number,
    at: Date,
  ): Promise<LimitWindow> {
    let window: LimitWindow | undefined;
    // One statement, so concurrent hits from any process each count once. On SQLite it joins
    // the group commit: a flood of hits shares fsyncs instead of paying one each.
    await this.transact(async (trx) => {
      window = await countHit(trx, bucket, windowSeconds, limit, at);
      return true;
    });
    return window!;
  }

  peekLimit(bucket: string, at: Date): Promise<LimitWindow | undefined> {
    return limitWindow(this.db, bucket, at);
  }

  async sweepLimits(at: Date): Promise<number> {
    const result = await this.db
      .deleteFrom('rate_limits')
      .where('window_end', '<=', at.getTime())
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async codeEpoch(eventId: string): Promise<number> {
    const [row] = (await selectCodeEpoch(this.db, { eventId })).rows;
    return row ? Number(row.epoch) : 0;
  }

  async rotateCode(eventId: string): Promise<number> {
    const row = await this.db
      .insertInto('code_rotations')
      .values({ event_id: eventId, epoch: 1 })
      .onConflict((conflict) =>
        conflict.column('event_id').doUpdateSet({ epoch: sql<number>`code_rotations.epoch + 1` }),
      )
      .returning('epoch')
      .executeTakeFirstOrThrow();
    return Number(row.epoch);
  }

  async reviseCertificate(
    enrollmentId: string,
    change: (current: StoredCertificate | undefined) => CertificateChange,
  ): Promise<StoredCertificate | undefined> {
    return this.db.transaction().execute(async (trx) => {
      if (this.advisoryLocks) {
        const lock = `certificate ${enrollmentId}`;
        await sql`select pg_advisory_xact_lock(hashtextextended(${lock}, 0))`.execute(trx);
      }
      const row = await trx
        .selectFrom('certificates')
        .selectAll()
        .where('enrollment_id', '=', enrollmentId)
        .where('status', '=', 'valid')
        .executeTakeFirst();
      const current = row && toCertificate(row);
      const decided = change(current);
      if (decided.kind === 'keep') return current;
      if (decided.kind === 'revoke') {
        return current && (await revokeIn(trx, current, decided.at, decided.reason));
      }
      const next = decided.issue;
      if (current) {
        // The old one points at its successor; the unique index admits one valid at a time.
        const superseded: StoredCertificate = {
          ...current,
          certificate: {
            ...current.certificate,
            status: 'superseded',
            supersededBy: next.certificate.id,
          },
        };
        await trx
          .updateTable('certificates')
          .set({
            status: 'superseded',
            body: JSON.stringify(superseded.certificate),
          })
          .where('id', '=', current.certificate.id)
          .execute();
      }
      const { certificate } = next;
      await trx
        .insertInto('certificates')
        .values({
          id: certificate.id,
          enrollment_id: certificate.enrollmentId,
          program_id: certificate.programId,
          learner_id: certificate.learner.id,
          status: certificate.status,
          completed_on: certificate.completedOn,
          issued_at: certificate.issuedAt,
          superseded_by: null,
          body: JSON.stringify(certificate),
          sources: JSON.stringify(next.sources),
          identity_salt: next.identitySalt,
        })
        .execute();
      if (current) {
        await trx
          .updateTable('certificates')
          .set({ superseded_by: certificate.id })
          .where('id', '=', current.certificate.id)
          .execute();
      }
      return next;
    });
  }

  async getCertificate(id: string): Promise<StoredCertificate | undefined> {
    const row = await this.db
      .selectFrom('certificates')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toCertificate(row);
  }

  async listCertificates(filter: CertificateFilter): Promise<StoredCertificate[]> {
    const { limit, after } = filter;
    let query = certificatesWhere(this.db, filter).selectAll();
    if (after) {
      query = query.where((eb) =>
        eb(eb.refTuple('issued_at', 'id'), '>', eb.tuple(after.issuedAt, after.id)),
      );
    }
    query = query.orderBy('issued_at').orderBy('id');
    if (limit !== undefined) query = query.limit(limit);
    const rows = await query.execute();
    return rows.map(toCertificate);
  }

  async countCertificates(filter: CertificateFilter): Promise<number> {
    const row = await certificatesWhere(this.db, filter)
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  revokeCertificate(
    id: string,
    at: string,
    reason: string,
  ): Promise<StoredCertificate | undefined> {
    return this.db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('certificates')
        .selectAll()
        .where('id', '=', id)
        .where('status', '=', 'valid')
        .executeTakeFirst();
      return row && (await revokeIn(trx, toCertificate(row), at, reason));
    });
  }

  async scheduleCertificateJobs(dueOf: (event: StoredEvent) => string): Promise<void> {
    const rows = await this.db
      .selectFrom('events')
      .leftJoin('certificate_jobs', 'certificate_jobs.event_id', 'events.id')
      .selectAll('events')
      .where('events.program_id', 'is not', null)
      .where('certificate_jobs.event_id', 'is', null)
      .execute();
    for (const row of rows) {
      await this.db
        .insertInto('certificate_jobs')
        .values({ event_id: row.id, due_at: dueOf(toEvent(row)) })
        .onConflict((conflict) => conflict.column('event_id').doNothing())
        .execute();
    }
  }

  async claimCertificateJobs(now: Date, leaseMs: number): Promise<string[]> {
    const at = now.getTime();
    const due = await this.db
      .selectFrom('certificate_jobs')
      .select('event_id')
      .where('due_at', '<=', now.toISOString())
      .where('done_at', 'is', null)
      .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', at)]))
      .orderBy('due_at')
      .execute();
    const claimed: string[] = [];
    for (const { event_id } of due) {
      // Compare-and-set: of two processes claiming one job, the update matches for one.
      const result = await this.db
        .updateTable('certificate_jobs')
        .set({ claimed_until: at + leaseMs })
        .where('event_id', '=', event_id)
        .where('done_at', 'is', null)
        .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', at)]))
        .executeTakeFirst();
      if (result.numUpdatedRows === 1n) claimed.push(event_id);
    }
    return claimed;
  }

  async finishCertificateJob(eventId: string, at: string): Promise<void> {
    await this.db
      .updateTable('certificate_jobs')
      .set({ done_at: at })
      .where('event_id', '=', eventId)
      .execute();
  }

  closeEvent(eventId: string, at: string, dueOf: (event: StoredEvent) => string): Promise<string> {
    return this.db.transaction().execute(async (trx) => {
      const event = await trx
        .selectFrom('events')
        .selectAll()
        .where('id', '=', eventId)
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('certificate_jobs')
        .values({ event_id: eventId, due_at: dueOf(toEvent(event)) })
        .onConflict((conflict) => conflict.column('event_id').doNothing())
        .execute();
      const job = await trx
        .selectFrom('certificate_jobs')
        .select(['closed_at', 'due_at'])
        .where('event_id', '=', eventId)
        .executeTakeFirstOrThrow();
      if (job.closed_at) return job.closed_at;
      await trx
        .updateTable('certificate_jobs')
        .set({ closed_at: at, due_at: job.due_at < at ? job.due_at : at, done_at: null })
        .where('event_id', '=', eventId)
        .execute();
      return at;
    });
  }

  async eventClosedAt(eventId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('certificate_jobs')
      .select('closed_at')
      .where('event_id', '=', eventId)
      .executeTakeFirst();
    return row?.closed_at ?? undefined;
  }

  async signingKey(purpose: string, make: () => Promise<SigningKey>): Promise<SigningKey> {
    const stored = await signingKeyOf(this.db, purpose);
    if (stored) return stored;
    const made = await make();
    await this.db
      .insertInto('signing_keys')
      .values({
        purpose,
        kid: made.kid,
        private_jwk: made.privateJwk,
        public_jwk: made.publicJwk,
        created_at: new Date().toISOString(),
      })
      .onConflict((conflict) => conflict.column('purpose').doNothing())
      .execute();
    // Another process may have stored its key first: everyone signs with the stored one.
    return (await signingKeyOf(this.db, purpose))!;
  }

  async savePendingImport(pending: StoredImport, staleBefore: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .deleteFrom('imports')
        .where('status', '=', 'pending')
        .where('created_at', '<', staleBefore)
        .execute();
      const row = importRow(pending);
      await trx
        .insertInto('imports')
        .values(row)
        .onConflict((conflict) =>
          conflict
            .column('id')
            .doUpdateSet({ created_at: row.created_at, created_by: row.created_by }),
        )
        .execute();
    });
  }

  async getImport(eventId: string, id: string): Promise<StoredImport | undefined> {
    const row = await this.db
      .selectFrom('imports')
      .selectAll()
      .where('id', '=', id)
      .where('event_id', '=', eventId)
      .executeTakeFirst();
    return row && toImport(row);
  }

  committedImport(eventId: string, fileHash: string): Promise<StoredImport | undefined> {
    return committedImportOf(this.db, eventId, fileHash);
  }

  async commitImport(
    commit: ImportCommit,
  ): Promise<{ created: true } | { created: false; existing: StoredImport }> {
    const pending = await this.db
      .selectFrom('imports')
      .select(['file_hash'])
      .where('id', '=', commit.importId)
      .executeTakeFirstOrThrow();
    try {
      return await this.db.transaction().execute(async (trx) => {
        const earlier = await committedImportOf(trx, commit.eventId, pending.file_hash);
        if (earlier) return { created: false as const, existing: earlier };
        // The unique index on (event, file) decides a race between two commits of one file.
        await trx
          .updateTable('imports')
          .set({
            status: 'committed',
            committed_at: commit.committedAt,
            summary: JSON.stringify(commit.summary),
          })
          .where('id', '=', commit.importId)
          .execute();
        for (const chunk of chunks(commit.checkIns)) {
          await trx.insertInto('check_ins').values(chunk.map(checkInRow)).execute();
        }
        for (const { prompt, issuedBy } of commit.prompts) {
          await trx
            .insertInto('prompts')
            .values({ ...promptRow(commit.eventId, prompt, issuedBy), import_id: commit.importId })
            .execute();
        }
        for (const chunk of chunks(commit.responses)) {
          await trx
            .insertInto('prompt_responses')
            .values(
              chunk.map((response) => ({
                ...responseRow(commit.eventId, response),
                import_id: commit.importId,
              })),
            )
            .onConflict((conflict) => conflict.columns(['prompt_id', 'learner_id']).doNothing())
            .execute();
        }
        return { created: true as const };
      });
    } catch (error) {
      const existing = await committedImportOf(this.db, commit.eventId, pending.file_hash);
      if (existing) return { created: false, existing };
      throw error;
    }
  }

  close(): Promise<void> {
    return this.db.destroy();
  }

  /**
   * Writes the key row and the record in one transaction. The key's primary key decides a
   * race: the loser inserts nothing and reads the winner's reply once the winner commits.
   */
  private async once(
    key: IdempotencyKey | undefined,
    reply: StoredReply,
    write: (trx: Transaction<Tables>) => Promise<unknown>,
  ): Promise<IdempotentResult> {
    const won = await this.transact(async (trx) => {
      if (key) {
        const inserted = await insertKey(trx, {
          scope: key.scope,
          subject: key.subject,
          key: key.key,
          body_hash: key.bodyHash,
          status: reply.status,
          reply: JSON.stringify(reply.body),
          created_at: new Date().toISOString(),
        });
        if (inserted.rows.length === 0) return false;
      }
      await write(trx);
      return true;
    });
    if (won) return { kind: 'stored', reply };
    const earlier = key && (await replyUnder(this.db, key));
    if (!earlier) throw new Error('An idempotency key lost its race but has no stored reply');
    return earlier;
  }

  /** Runs `work` in a transaction: its own, or with group commit a share of the next one. */
  private transact(work: QueuedWrite['work']): Promise<boolean> {
    if (!this.groupCommit) return this.db.transaction().execute(work);
    return new Promise((resolve, reject) => {
      this.queued.push({ work, resolve, reject });
      // Writes that arrive in the same turn of the event loop join this commit.
      if (this.queued.length === 1) setImmediate(() => void this.commitQueued());
    });
  }

  /**
   * One transaction for every queued write, each in a savepoint: a write that fails is rolled
   * back alone and fails alone. Nobody is answered before the commit; if it fails, all fail.
   */
  private async commitQueued(): Promise<void> {
    const batch = this.queued;
    this.queued = [];
    const outcomes: ({ won: boolean } | { error: unknown })[] = [];
    try {
      await this.db.transaction().execute(async (trx) => {
        for (const write of batch) {
          if (batch.length === 1) {
            outcomes.push({ won: await write.work(trx) });
            continue;
          }
          await trx.executeQuery(SAVEPOINT);
          try {
            outcomes.push({ won: await write.work(trx) });
          } catch (error) {
            await trx.executeQuery(ROLLBACK_TO_SAVEPOINT);
            outcomes.push({ error });
          }
          await trx.executeQuery(RELEASE_SAVEPOINT);
        }
      });
    } catch (error) {
      for (const write of batch) write.reject(error);
      return;
    }
    batch.forEach((write, i) => {
      const outcome = outcomes[i]!;
      if ('won' in outcome) write.resolve(outcome.won);
      else write.reject(outcome.error);
    });
  }
}

const SAVEPOINT = CompiledQuery.raw('savepoint queued_write');
const ROLLBACK_TO_SAVEPOINT = CompiledQuery.raw('rollback to queued_write');
const RELEASE_SAVEPOINT = CompiledQuery.raw('release queued_write');

const selectCodeEpoch = prepared((db: Db, v: { eventId: string }) =>
  db.selectFrom('code_rotations').select('epoch').where('event_id', '=', v.eventId),
);

/** The key row, unless the key is already taken (then no row comes back). */
const insertKey = prepared((db: Db, row: Tables['idempotency_keys']) =>
  db
    .insertInto('idempotency_keys')
    .values({
      scope: row.scope,
      subject: row.subject,
      key: row.key,
      body_hash: row.body_hash,
      status: row.status,
      reply: row.reply,
      created_at: row.created_at,
    } satisfies Tables['idempotency_keys'])
    .onConflict((conflict) => conflict.columns(['scope', 'subject', 'key']).doNothing())
    .returning('key'),
);

const selectReply = prepared((db: Db, key: Pick<IdempotencyKey, 'scope' | 'subject' | 'key'>) =>
  db
    .selectFrom('idempotency_keys')
    .select(['body_hash', 'status', 'reply'])
    .where('scope', '=', key.scope)
    .where('subject', '=', key.subject)
    .where('key', '=', key.key),
);

async function replyUnder(db: Db, key: IdempotencyKey): Promise<IdempotentResult | undefined> {
  const [row] = (await selectReply(db, key)).rows;
  if (!row) return undefined;
  if (row.body_hash !== key.bodyHash) return { kind: 'conflict' };
  return { kind: 'replayed', reply: { status: Number(row.status), body: JSON.parse(row.reply) } };
}

function toEvent(row: Tables['events']): StoredEvent {
  return Object.freeze({
    ...(JSON.parse(row.body) as object),
    secret: row.secret,
    createdBy: row.created_by,
  }) as StoredEvent;
}

async function insertEvent(db: Db | Transaction<Tables>, event: StoredEvent): Promise<void> {
  const { secret, createdBy, ...body } = event;
  await db
    .insertInto('events')
    .values({
      id: event.id,
      body: JSON.stringify(body),
      secret,
      created_by: createdBy,
      program_id: event.programId ?? null,
    })
    .execute();
}

async function programEvents(
  db: Db | Transaction<Tables>,
  programId: string,
): Promise<StoredEvent[]> {
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .where('program_id', '=', programId)
    .orderBy('id')
    .execute();
  return rows.map(toEvent);
}

async function insertProgram(
  db: Db | Transaction<Tables>,
  { program, input }: ProgramRecord,
): Promise<void> {
  await db
    .insertInto('programs')
    .values({
      id: program.id,
      version: program.version,
      status: program.status,
      input: JSON.stringify(input),
      body: JSON.stringify(program),
      created_at: program.createdAt,
    })
    .execute();
}

async function programVersions(
  db: Db | Transaction<Tables>,
  programId?: string,
): Promise<ProgramRecord[]> {
  let query = db.selectFrom('programs').select(['input', 'body']);
  if (programId !== undefined) query = query.where('id', '=', programId);
  const rows = await query.orderBy('id').orderBy('version').execute();
  return rows.map((row) => ({
    program: JSON.parse(row.body) as ProgramRecord['program'],
    input: JSON.parse(row.input) as ProgramRecord['input'],
  }));
}

async function updateProgram(db: Db | Transaction<Tables>, record: ProgramRecord): Promise<void> {
  const { program, input } = record;
  await db
    .updateTable('programs')
    .set({ status: program.status, input: JSON.stringify(input), body: JSON.stringify(program) })
    .where('id', '=', program.id)
    .where('version', '=', program.version)
    .execute();
}

async function openRefund(
  db: Db | Transaction<Tables>,
  enrollmentId: string,
): Promise<StoredRefund | undefined> {
  const row = await db
    .selectFrom('refunds')
    .select('body')
    .where('enrollment_id', '=', enrollmentId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return row && (JSON.parse(row.body) as StoredRefund);
}

async function refundEnrollment(trx: Transaction<Tables>, id: string): Promise<void> {
  const row = await trx
    .selectFrom('enrollments')
    .select('body')
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return;
  const refunded: Enrollment = { ...(JSON.parse(row.body) as Enrollment), status: 'refunded' };
  await trx
    .updateTable('enrollments')
    .set({ status: 'refunded', body: JSON.stringify(refunded) })
    .where('id', '=', id)
    .execute();
}

/** The certificates a filter selects (its learner, program and completion dates). */
function certificatesWhere(db: Db, filter: CertificateFilter) {
  const { learnerId, programId, from, to } = filter;
  let query = db.selectFrom('certificates');
  if (learnerId !== undefined) query = query.where('learner_id', '=', learnerId);
  if (programId !== undefined) query = query.where('program_id', '=', programId);
  if (from !== undefined) query = query.where('completed_on', '>=', from);
  if (to !== undefined) query = query.where('completed_on', '<=', to);
  return query;
}

function toCertificate(row: Tables['certificates']): StoredCertificate {
  return {
    certificate: JSON.parse(row.body) as StoredCertificate['certificate'],
    sources: JSON.parse(row.sources) as StoredCertificate['sources'],
    identitySalt: row.identity_salt,
  };
}

async function revokeIn(
  trx: Transaction<Tables>,
  current: StoredCertificate,
  at: string,
  reason: string,
): Promise<StoredCertificate> {
  const revoked: StoredCertificate = {
    ...current,
    certificate: {
      ...current.certificate,
      status: 'revoked',
      revokedAt: at,
      revokedReason: reason,
    },
  };
  await trx
    .updateTable('certificates')
    .set({ status: 'revoked', body: JSON.stringify(revoked.certificate) })
    .where('id', '=', current.certificate.id)
    .execute();
  return revoked;
}

async function signingKeyOf(db: Db, purpose: string): Promise<SigningKey | undefined> {
  const row = await db
    .selectFrom('signing_keys')
    .selectAll()
    .where('purpose', '=', purpose)
    .executeTakeFirst();
  return row && { kid: row.kid, privateJwk: row.private_jwk, publicJwk: row.public_jwk };
}

class AlreadyOpen extends Error {
  constructor(readonly existing: StoredRefund) {
    super('A refund request about this enrollment is pending');
  }
}

class Conflicting extends Error {
  constructor(readonly indexes: number[]) {
    super('Order references on record with other facts');
  }
}

class Refused extends Error {
  constructor(readonly result: CheckInRefused) {
    super(result.kind);
  }
}

const upsertHit = prepared(
  (db: Db, v: { bucket: string; now: number; end: number; limit: number }) =>
    db
      .insertInto('rate_limits')
      .values({ bucket: v.bucket, window_end: v.end, hits: 1 })
      .onConflict((conflict) =>
        conflict.column('bucket').doUpdateSet({
          hits: sql<number>`case when rate_limits.window_end <= ${v.now} then 1 else rate_limits.hits + 1 end`,
          window_end: sql<number>`case when rate_limits.window_end <= ${v.now} or rate_limits.hits + 1 = ${v.limit} then ${v.end} else rate_limits.window_end end`,
        }),
      )
      .returning(['hits', 'window_end']),
);

/** One hit in a window: a new window once the old one has ended, extended at the limit. */
async function countHit(
  trx: Transaction<Tables>,
  bucket: string,
  windowSeconds: number,
  limit: number,
  at: Date,
): Promise<LimitWindow> {
  const now = at.getTime();
  const [row] = (await upsertHit(trx, { bucket, now, end: now + windowSeconds * 1000, limit }))
    .rows;
  return { hits: Number(row!.hits), resetAt: Number(row!.window_end) };
}

const selectWindow = prepared((db: Db, v: { bucket: string; now: number }) =>
  db
    .selectFrom('rate_limits')
    .select(['hits', 'window_end'])
    .where('bucket', '=', v.bucket)
    .where('window_end', '>', v.now),
);

async function limitWindow(
  db: Kysely<Tables>,
  bucket: string,
  at: Date,
): Promise<LimitWindow | undefined> {
  const [row] = (await selectWindow(db, { bucket, now: at.getTime() })).rows;
  return row && { hits: Number(row.hits), resetAt: Number(row.window_end) };
}

async function forgetKey(trx: Transaction<Tables>, key: IdempotencyKey): Promise<void> {
  await trx
    .deleteFrom('idempotency_keys')
    .where('scope', '=', key.scope)
    .where('subject', '=', key.subject)
    .where('key', '=', key.key)
    .execute();
}

const insertCheckInRow = prepared((db: Db, row: Tables['check_ins']) =>
  db.insertInto('check_ins').values({
    id: row.id,
    event_id: row.event_id,
    learner_id: row.learner_id,
    learner_name: row.learner_name,
    kind: row.kind,
    at: row.at,
    replaces: row.replaces,
    corrected_by: row.corrected_by,
    correction_reason: row.correction_reason,
    client_address: row.client_address,
    import_id: row.import_id,
    source: row.source,
  } satisfies Tables['check_ins']),
);

async function insertCheckIn(trx: Transaction<Tables>, record: CheckInRow): Promise<void> {
  await insertCheckInRow(trx, checkInRow(record));
}

function checkInRow(record: CheckInRow): Tables['check_ins'] {
  return {
    id: record.id,
    event_id: record.eventId,
    learner_id: record.learnerId,
    learner_name: record.learnerName ?? null,
    kind: record.kind,
    at: record.at,
    replaces: record.replaces ?? null,
    corrected_by: record.correctedBy ?? null,
    correction_reason: record.correctionReason ?? null,
    client_address: record.clientAddress ?? null,
    import_id: record.source?.importId ?? null,
    source: record.source ? JSON.stringify(record.source) : null,
  };
}

const promptRow = (eventId: string, prompt: EventPrompt, issuedBy: string) => ({
  id: prompt.id,
  event_id: eventId,
  at: prompt.at,
  body: JSON.stringify(prompt),
  issued_by: issuedBy,
});

const responseRow = (eventId: string, response: PromptResponseRow) => ({
  prompt_id: response.promptId,
  learner_id: response.learnerId,
  event_id: eventId,
  answer: response.answer,
  at: response.at,
});

/** Rows in batches of 500 per insert: far under either dialect's limit on bound parameters. */
function* chunks<T>(items: T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += 500) yield items.slice(i, i + 500);
}

function importRow(record: StoredImport): Tables['imports'] {
  return {
    id: record.id,
    event_id: record.eventId,
    file_hash: record.fileHash,
    format: record.format,
    status: record.status,
    options: JSON.stringify(record.options),
    raw: Buffer.from(record.raw).toString('base64'),
    created_by: record.createdBy,
    created_at: record.createdAt,
    committed_at: record.committedAt ?? null,
    summary: record.summary === undefined ? null : JSON.stringify(record.summary),
  };
}

function toImport(row: Tables['imports']): StoredImport {
  return {
    id: row.id,
    eventId: row.event_id,
    fileHash: row.file_hash,
    format: row.format,
    status: row.status as StoredImport['status'],
    options: JSON.parse(row.options) as Record<string, unknown>,
    raw: new Uint8Array(Buffer.from(row.raw, 'base64')),
    createdBy: row.created_by,
    createdAt: row.created_at,
    ...(row.committed_at ? { committedAt: row.committed_at } : {}),
    ...(row.summary ? { summary: JSON.parse(row.summary) as unknown } : {}),
  };
}

async function committedImportOf(
  db: Db | Transaction<Tables>,
  eventId: string,
  fileHash: string,
): Promise<StoredImport | undefined> {
  const row = await db
    .selectFrom('imports')
    .selectAll()
    .where('event_id', '=', eventId)
    .where('file_hash', '=', fileHash)
    .where('status', '=', 'committed')
    .executeTakeFirst();
  return row && toImport(row);
}

/** How many records a learner has in an event, corrections included (the index serves). */
const selectCheckInCount = prepared((db: Db, v: { eventId: string; learnerId: string }) =>
  db
    .selectFrom('check_ins')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('event_id', '=', v.eventId)
    .where('learner_id', '=', v.learnerId),
);

async function countCheckIns(
  trx: Transaction<Tables>,
  eventId: string,
  learnerId: string,
): Promise<number> {
  const [row] = (await selectCheckInCount(trx, { eventId, learnerId })).rows;
  return Number(row!.count);
}

/**
 * The learner's latest record still in force: the last by time that no correction replaces
 * (a correction keeps the event and learner of the record it replaces, so the index serves).
 */
const selectLatestCheckIn = prepared((db: Db, v: { eventId: string; learnerId: string }) =>
  db
    .selectFrom('check_ins as record')
    .selectAll()
    .where('record.event_id', '=', v.eventId)
    .where('record.learner_id', '=', v.learnerId)
    // Imported records tell of a past report, not of the learner's live state.
    .where('record.import_id', 'is', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('check_ins as correction')
            .select('correction.id')
            .where('correction.event_id', '=', v.eventId)
            .where('correction.learner_id', '=', v.learnerId)
            .whereRef('correction.replaces', '=', 'record.id'),
        ),
      ),
    )
    .orderBy('record.at', 'desc')
    .orderBy('record.id', 'desc')
    .limit(1),
);

async function latestCheckIn(
  trx: Transaction<Tables>,
  eventId: string,
  learnerId: string,
): Promise<CheckInRow | undefined> {
  const [row] = (await selectLatestCheckIn(trx, { eventId, learnerId })).rows;
  return row && toCheckIn(row);
}

function toCheckIn(row: Tables['check_ins']): CheckInRow {
  return {
    id: row.id,
    eventId: row.event_id,
    learnerId: row.learner_id,
    kind: row.kind as CheckInRow['kind'],
    at: row.at,
    ...(row.learner_name ? { learnerName: row.learner_name } : {}),
    ...(row.replaces ? { replaces: row.replaces } : {}),
    ...(row.corrected_by ? { correctedBy: row.corrected_by } : {}),
    ...(row.correction_reason ? { correctionReason: row.correction_reason } : {}),
    ...(row.client_address ? { clientAddress: row.client_address } : {}),
    ...(row.source ? { source: JSON.parse(row.source) as NonNullable<CheckInRow['source']> } : {}),
  };
}
