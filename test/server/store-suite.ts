/** The store contract, run against every implementation (SQLite and PostgreSQL). */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckInDecision } from '../../src/policy/attendance.js';
import type { Enrollment } from '../../src/policy/enrollments.js';
import type { Program } from '../../src/policy/programs.js';
import type { StoredRefund } from '../../src/policy/schemas.js';
import type {
  IdempotencyKey,
  ProgramRecord,
  Store,
  StoredEvent,
} from '../../src/server/store/store.js';

export function storeSuite(name: string, open: () => Promise<Store>): void {
  describe(`${name} store`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(() => store?.close());

    const newEvent = (): StoredEvent => ({
      id: randomUUID(),
      title: 'Close',
      method: 'group-live',
      timeZone: 'America/New_York',
      segments: [{ start: '2026-03-02T14:00:00Z', end: '2026-03-02T16:00:00Z' }],
      breaks: [],
      secret: 's3cret',
      createdBy: 'root',
    });
    const checkIn = (eventId: string, learnerId: string, at: string) => ({
      id: randomUUID(),
      eventId,
      learnerId,
      kind: 'in' as const,
      at,
    });
    /** A host's correction of `replaced` to the time `at`, stored. */
    const correct = async (replaced: { id: string; eventId: string }, at: string) => {
      const correction = {
        ...checkIn(replaced.eventId, 'ada', at),
        replaces: replaced.id,
        correctedBy: 'grace',
        correctionReason: 'typo',
      };
      await store.addCheckIn(correction, { status: 201, body: correction });
      return correction;
    };
    const key = (k: string, bodyHash = 'h1'): IdempotencyKey => ({
      scope: 'check-ins',
      subject: 'ada',
      key: k,
      bodyHash,
    });

    it('keeps an event, its secret and who created it', async () => {
      const event = newEvent();
      await store.createEvent(event);
      expect(await store.getEvent(event.id)).toEqual(event);
      expect(await store.getEvent('missing')).toBeUndefined();
    });

    it('appends check-ins and lists them by event and learner, in time order', async () => {
      const event = newEvent();
      await store.createEvent(event);
      const late = { ...checkIn(event.id, 'ada', '2026-03-02T14:30:00.000Z'), learnerName: 'Ada' };
      const early = checkIn(event.id, 'ada', '2026-03-02T14:00:00.000Z');
      const other = checkIn(event.id, 'bob', '2026-03-02T14:10:00.000Z');
      for (const record of [late, early, other])
        await store.addCheckIn(record, { status: 201, body: record });
      expect(await store.listCheckIns(event.id, 'ada')).toEqual([early, late]);
      expect((await store.listCheckIns(event.id)).map((r) => r.learnerId)).toEqual([
        'ada',
        'bob',
        'ada',
      ]);
      const correction = await correct(late, '2026-03-02T14:20:00.000Z');
      expect(await store.getCheckIn(correction.id)).toEqual(correction);
    });

    it('refuses a check-in for an event that does not exist', async () => {
      const orphan = checkIn('no-such-event', 'ada', '2026-03-02T14:00:00.000Z');
      await expect(store.addCheckIn(orphan, { status: 201, body: orphan })).rejects.toThrow();
    });

    it('fails only the write that fails among concurrent ones, keeping neither its record nor its key', async () => {
      const event = newEvent();
      await store.createEvent(event);
      const writes = Array.from({ length: 9 }, (_, i) => {
        const record = checkIn(
          i === 4 ? 'no-such-event' : event.id,
          `l${i}`,
          '2026-03-02T14:00:00.000Z',
        );
        return store.addCheckIn(
          record,
          { status: 201, body: record },
          key(`batch-${event.id}-${i}`),
        );
      });
      const outcomes = await Promise.allSettled(writes);
      expect(outcomes.map((outcome) => outcome.status)).toEqual(
        outcomes.map((_, i) => (i === 4 ? 'rejected' : 'fulfilled')),
      );
      expect((await store.listCheckIns(event.id)).map((row) => row.learnerId).sort()).toEqual([
        'l0',
        'l1',
        'l2',
        'l3',
        'l5',
        'l6',
        'l7',
        'l8',
      ]);
      expect(await store.findReply(key(`batch-${event.id}-4`))).toBeUndefined();
      expect(await store.findReply(key(`batch-${event.id}-5`))).toMatchObject({ kind: 'replayed' });
    });

    it('stores one record for 20 concurrent writes under one key, and answers each the same', async () => {
      const event = newEvent();
      await store.createEvent(event);
      const k = key(randomUUID());
      const results = await Promise.all(
        Array.from({ length: 20 }, () => {
          const record = checkIn(event.id, 'ada', '2026-03-02T14:00:00.000Z');
          return store.addCheckIn(record, { status: 201, body: record }, k);
        }),
      );
      expect(results.filter((r) => r.kind === 'stored')).toHaveLength(1);
      const ids = new Set(
        results.map((r) =>
          r.kind === 'conflict' ? 'conflict' : (r.reply.body as { id: string }).id,
        ),
      );
      expect(ids.size).toBe(1);
      expect(await store.listCheckIns(event.id)).toHaveLength(1);
      expect(await store.findReply(k)).toMatchObject({ kind: 'replayed', reply: { status: 201 } });
      expect(await store.findReply({ ...k, bodyHash: 'other' })).toEqual({ kind: 'conflict' });
      const differentBody = checkIn(event.id, 'ada', '2026-03-02T14:01:00.000Z');
      expect(
        await store.addCheckIn(
          differentBody,
          { status: 201, body: differentBody },
          { ...k, bodyHash: 'other' },
        ),
      ).toEqual({ kind: 'conflict' });
      expect(await store.listCheckIns(event.id)).toHaveLength(1);
    });

    it('decides a learner check-in on their latest record in force, storing nothing when refused', async () => {
      const event = newEvent();
      await store.createEvent(event);
      const first = checkIn(event.id, 'ada', '2026-03-02T14:00:00.000Z');
      const late = checkIn(event.id, 'ada', '2026-03-02T14:30:00.000Z');
      const others = checkIn(event.id, 'bob', '2026-03-02T14:40:00.000Z');
      for (const record of [first, late, others])
        await store.addCheckIn(record, { status: 201, body: record });
      // The 14:30 record is corrected to 14:10: the latest in force is now the 14:10 one.
      const correction = await correct(late, '2026-03-02T14:10:00.000Z');
      const seen: unknown[] = [];
      const attempt = checkIn(event.id, 'ada', '2026-03-02T14:50:00.000Z');
      const refusal = {
        rule: 'ATTEND.ON_RECORD' as const,
        cause: 'checked-in' as const,
        status: 409 as const,
        title: 'Already checked in',
        detail: 'You are checked in; check out first.',
      };
      const k = key(randomUUID());
      const refused = await store.addLearnerCheckIn(
        attempt,
        { status: 201, body: attempt },
        k,
        (latest) => {
          seen.push(latest);
          return { ok: false, refusal };
        },
      );
      expect(refused).toEqual({ kind: 'refused', refusal });
      expect(seen).toEqual([correction]);
      expect(await store.findReply(k)).toBeUndefined();
      const stored = await store.addLearnerCheckIn(
        attempt,
        { status: 201, body: attempt },
        k,
        () => ({
          ok: true,
        }),
      );
      expect(stored).toEqual({ kind: 'stored', reply: { status: 201, body: attempt } });
      expect(await store.getCheckIn(attempt.id)).toEqual(attempt);
      const fresh = checkIn(event.id, 'cy', '2026-03-02T14:50:00.000Z');
      await store.addLearnerCheckIn(fresh, { status: 201, body: fresh }, undefined, (latest) => {
        seen.push(latest);
        return { ok: true };
      });
      expect(seen.at(-1)).toBeUndefined();
    });

    it('sweeps the windows that have ended and keeps the open ones', async () => {
      const at = new Date(Date.UTC(2026, 2, 2, 14, 0, 0));
      const ended = `test:${randomUUID()}`;
      const open = `test:${randomUUID()}`;
      await store.hitLimit(ended, 60, 5, at);
      await store.hitLimit(open, 600, 5, at);
      const later = new Date(at.getTime() + 120_000);
      expect(await store.sweepLimits(later)).toBeGreaterThanOrEqual(1);
      expect(await store.peekLimit(open, later)).toEqual({ hits: 1, resetAt: +at + 600_000 });
      expect(await store.sweepLimits(later)).toBe(0); // nothing ended is left
    });

    it('counts concurrent wrong codes in the check-in transaction: the limit, no more', async () => {
      const event = newEvent();
      await store.createEvent(event);
      const at = new Date('2026-03-02T14:20:00.000Z');
      const misses = { bucket: `code-misses:${randomUUID()}`, limit: 5, lockSeconds: 300, at };
      const refusal = {
        rule: 'ATTEND.CODE' as const,
        cause: 'code' as const,
        status: 422 as const,
        title: 'Wrong or expired code',
        detail: 'Type the code shown now.',
      };
      const results = await Promise.all(
        Array.from({ length: 12 }, () => {
          const guess = checkIn(event.id, 'ada', at.toISOString());
          const k = key(randomUUID());
          return store
            .addLearnerCheckIn(
              guess,
              { status: 201, body: guess },
              k,
              () => ({
                ok: false,
                refusal,
              }),
              misses,
            )
            .then(async (result) => ({ result, kept: await store.findReply(k) }));
        }),
      );
      const kinds = results.map(({ result }) => result.kind).sort();
      expect(kinds).toEqual([
        ...Array<string>(8).fill('locked'),
        ...Array<string>(4).fill('refused'),
      ]);
      expect(results.every(({ kept }) => kept === undefined)).toBe(true);
      expect(await store.peekLimit(misses.bucket, at)).toEqual({
        hits: 5,
        resetAt: at.getTime() + 300_000,
      });
      expect(await store.listCheckIns(event.id, 'ada')).toEqual([]);
    });

    it('counts each check-in as a write in its own transaction: refused ones too, replays not', async () => {
      const event = newEvent();
      await store.createEvent(event);
      const at = new Date('2026-03-02T14:20:00.000Z');
      const writes = { bucket: `writes:${randomUUID()}`, windowSeconds: 60, limit: 2, at };
      const refusal = {
        rule: 'ATTEND.ON_RECORD' as const,
        cause: 'checked-in' as const,
        status: 409 as const,
        title: 'Already checked in',
        detail: 'You are checked in; check out first.',
      };
      const attempt = (decision: CheckInDecision, k = key(randomUUID())) => {
        const record = checkIn(event.id, 'ada', at.toISOString());
        return store.addLearnerCheckIn(
          record,
          { status: 201, body: record },
          k,
          () => decision,
          undefined,
          writes,
        );
      };
      const k = key(randomUUID());
      expect((await attempt({ ok: true }, k)).kind).toBe('stored');
      // A retry under the same key is answered from it, and not counted.
      expect((await attempt({ ok: true }, k)).kind).toBe('replayed');
      const refusedKey = key(randomUUID());
      expect(await attempt({ ok: false, refusal }, refusedKey)).toEqual({
        kind: 'refused',
        refusal,
      });
      expect(await store.findReply(refusedKey)).toBeUndefined();
      const third = key(randomUUID());
      expect(await attempt({ ok: true }, third)).toEqual({
        kind: 'throttled',
        window: { hits: 3, resetAt: at.getTime() + 60_000 },
      });
      expect(await store.findReply(third)).toBeUndefined();
      expect(await store.listCheckIns(event.id, 'ada')).toHaveLength(1);
      // The count is the one hitLimit keeps: other writes of the learner share it.
      expect((await store.hitLimit(writes.bucket, 60, 2, at)).hits).toBe(4);
    });

    /** A previewed import of `file` in `eventId`, kept pending. */
    const pendingImport = async (eventId: string, id: string, file: string) => {
      const pending = {
        id,
        eventId,
        fileHash: `hash-of-${file}`,
        format: 'generic',
        status: 'pending' as const,
        options: { timeZone: 'America/New_York', includeStaff: false },
        raw: new TextEncoder().encode(file),
        createdBy: 'grace',
        createdAt: '2026-03-02T17:00:00.000Z',
      };
      await store.savePendingImport(pending, '2026-03-01T17:00:00.000Z');
      return pending;
    };
    const importCommit = (eventId: string, importId: string) => {
      const source = { importId, fileHash: 'hash-of-a', rows: [2] };
      const prompt = { id: randomUUID(), at: '2026-03-02T14:30:00.000Z', question: 'Poll 1' };
      return {
        importId,
        eventId,
        committedAt: '2026-03-02T17:05:00.000Z',
        summary: { id: importId, learners: [] },
        checkIns: [
          { ...checkIn(eventId, 'ada', '2026-03-02T14:00:00.000Z'), learnerName: 'Ada', source },
          {
            ...checkIn(eventId, 'ada', '2026-03-02T15:00:00.000Z'),
            kind: 'out' as const,
            source,
          },
        ],
        prompts: [{ prompt, issuedBy: `import:${importId}` }],
        responses: [
          { promptId: prompt.id, learnerId: 'ada', answer: 'x', at: '2026-03-02T14:31:00.000Z' },
        ],
      };
    };

    it('keeps an import pending with its file, then commits its records once, all together', async () => {
      const event = newEvent();
      await store.createEvent(event);
      const pending = await pendingImport(event.id, randomUUID(), 'a');
      expect(await store.getImport(event.id, pending.id)).toEqual(pending);
      expect(await store.getImport(randomUUID(), pending.id)).toBeUndefined();
      const commit = importCommit(event.id, pending.id);
      expect(await store.commitImport(commit)).toEqual({ created: true });
      const rows = await store.listCheckIns(event.id);
      expect(rows.map(({ source }) => source)).toEqual([
        commit.checkIns[0]!.source,
        commit.checkIns[0]!.source,
      ]);
      expect(await store.listResponses(event.id)).toHaveLength(1);
      expect((await store.committedImport(event.id, 'hash-of-a'))?.summary).toEqual(commit.summary);

      // The same file under another reading, committed too: nothing more is written.
      const second = await pendingImport(event.id, randomUUID(), 'a');
      const outcome = await store.commitImport(importCommit(event.id, second.id));
      expect(outcome).toMatchObject({ created: false, existing: { id: pending.id } });
      expect(await store.listCheckIns(event.id)).toHaveLength(2);
    });

    it('writes none of an import whose commit fails, and keeps it pending', async () => {
      const event = newEvent();
      await store.createEvent(event);
      const pending = await pendingImport(event.id, randomUUID(), 'b');
      const commit = importCommit(event.id, pending.id);
      // The check-ins go in first; the prompt, its id already taken, then fails the commit.
      const taken = commit.prompts[0]!;
      await store.addPrompt(event.id, taken.prompt, 'grace');
      await expect(store.commitImport(commit)).rejects.toThrow();
      expect(await store.listCheckIns(event.id)).toEqual([]);
      expect(await store.listResponses(event.id)).toEqual([]);
      expect((await store.getImport(event.id, pending.id))?.status).toBe('pending');
    });

    it('leaves imported records out of a learner’s live check-in state', async () => {
      const event = newEvent();
      await store.createEvent(event);
      const pending = await pendingImport(event.id, randomUUID(), 'c');
      await store.commitImport(importCommit(event.id, pending.id));
      const record = checkIn(event.id, 'ada', '2026-03-02T15:30:00.000Z');
      const seen: (string | undefined)[] = [];
      await store.addLearnerCheckIn(record, { status: 201, body: record }, undefined, (latest) => {
        seen.push(latest?.kind);
        return { ok: true };
      });
      expect(seen).toEqual([undefined]);
    });

    it('keeps prompts and the first answer of each learner', async () => {
      const event = newEvent();
      await store.createEvent(event);
      const prompt = {
        id: randomUUID(),
        at: '2026-03-02T14:20:00.000Z',
        question: 'Ready?',
        choices: ['Yes', 'No'],
      };
      await store.addPrompt(event.id, prompt, 'grace');
      expect(await store.listPrompts(event.id)).toEqual([prompt]);
      const answer = {
        promptId: prompt.id,
        learnerId: 'ada',
        answer: 'Yes',
        at: '2026-03-02T14:21:00.000Z',
      };
      expect(await store.addResponse(event.id, answer)).toBe(true);
      expect(await store.addResponse(event.id, { ...answer, answer: 'No' })).toBe(false);
      expect(await store.listResponses(event.id, 'ada')).toEqual([answer]);
      expect(await store.listResponses(event.id, 'bob')).toEqual([]);
    });

    it('keeps refund requests and lets exactly one of two concurrent decisions win', async () => {
      const refund: StoredRefund = {
        id: randomUUID(),
        learnerId: 'ada',
        receivedAt: '2026-03-02T14:00:00.000Z',
        request: { product: 'self-study', priceCents: 19_999, currency: 'USD' },
        decision: {
          outcome: 'eligible',
          refundCents: 17_999,
          feeCents: 2000,
          currency: 'USD',
          remedy: 'refund',
          policyVersion: 'v1',
          reasons: [],
        },
        policyVersion: 'v1',
        status: 'pending',
        audit: [{ at: '2026-03-02T14:00:00.000Z', by: 'ada', action: 'submitted' }],
      };
      const stored = await store.addRefund(
        refund,
        { status: 201, body: refund },
        { scope: 'refunds', subject: 'ada', key: randomUUID(), bodyHash: 'h' },
      );
      expect(stored.kind).toBe('stored');
      expect(await store.getRefund(refund.id)).toEqual(refund);
      expect((await store.listRefunds()).map((r) => r.id)).toContain(refund.id);
      // A look-up by reference reads the requests whose id starts with its prefix.
      expect(await store.findRefundsByIdPrefix(refund.id.slice(0, 7))).toEqual([refund]);
      expect(await store.findRefundsByIdPrefix('%')).toEqual([]);
      const entry = (action: string) => ({
        at: '2026-03-03T10:00:00.000Z',
        by: 'root',
        action,
        note: 'checked',
      });
      const [first, second] = await Promise.all([
        store.decideRefund(refund.id, 'approved', entry('approved')),
        store.decideRefund(refund.id, 'denied', entry('denied')),
      ]);
      const winners = [first, second].filter(Boolean);
      expect(winners).toHaveLength(1);
      const final = await store.getRefund(refund.id);
      expect(final).toEqual(winners[0]);
      expect(final!.audit).toHaveLength(2);
      expect(await store.decideRefund('missing', 'approved', entry('approved'))).toBeUndefined();
    });

    const programVersion = (id: string, version: number, title = 'Close'): ProgramRecord => {
      const body = {
        title,
        description: 'Closing the books.',
        objectives: ['Close on time'],
        deliveryMethod: 'group-live' as const,
        knowledgeLevel: 'Basic' as const,
        fieldsOfStudy: [{ field: 'Accounting' as const }],
        timeZone: 'America/New_York',
        product: 'live-event' as const,
        priceCents: 19_999,
        currency: 'USD',
      };
      const program: Program = {
        ...body,
        fieldsOfStudy: [{ field: 'Accounting', credits: 2 }],
        id,
        version,
        status: 'published',
        creditsOffered: { nasba: 2, icma: 2 },
        reasons: [],
        warnings: [],
        policyVersion: 'v1',
        createdAt: `2026-03-0${version}T10:00:00.000Z`,
      };
      return { program, input: { ...body, status: 'published' } };
    };
    const enrollment = (programId: string, sub: string, orderRef: string): Enrollment => ({
      learner: { sub, name: sub, email: `${sub}@example.org` },
      pricePaidCents: 19_999,
      currency: 'USD',
      purchasedAt: '2026-03-01T10:00:00Z',
      orderRef,
      id: randomUUID(),
      programId,
      programVersion: 1,
      status: 'active',
      createdAt: '2026-03-01T10:00:01.000Z',
    });

    it('keeps every version of a program, added and rewritten by changes of it', async () => {
      const id = randomUUID();
      await store.addProgram(programVersion(id, 1));
      await expect(store.addProgram(programVersion(id, 1, 'Again'))).rejects.toThrow();
      await store.changeProgram(id, () => ({ add: programVersion(id, 2, 'Second') }));
      const draft = programVersion(id, 2, 'Second, edited');
      draft.program.status = 'draft';
      await store.changeProgram(id, () => ({ replace: [draft] }));
      expect(await store.listProgramVersions(id)).toEqual([programVersion(id, 1), draft]);
      expect((await store.listProgramVersions()).filter((r) => r.program.id === id)).toHaveLength(
        2,
      );
      expect(await store.listProgramVersions('missing')).toEqual([]);
    });

    it('stores an event of a program with the versions it changes, or neither', async () => {
      const id = randomUUID();
      await store.addProgram(programVersion(id, 1));
      const event = { ...newEvent(), programId: id, hosts: ['grace'] };
      const recomputed = programVersion(id, 1);
      recomputed.program.creditsOffered = { nasba: 2.2, icma: 2.2 };
      const seen: unknown[] = [];
      await store.changeProgram(id, (current) => {
        seen.push(current);
        return { event, replace: [recomputed] };
      });
      expect(seen).toEqual([{ versions: [programVersion(id, 1)], events: [] }]);
      expect(await store.listProgramEvents(id)).toEqual([event]);
      expect(await store.listProgramVersions(id)).toEqual([recomputed]);
      // A failing event write (the same id again) leaves the program as it was.
      const unchanged = programVersion(id, 1, 'Not written');
      await expect(
        store.changeProgram(id, () => ({ replace: [unchanged], event })),
      ).rejects.toThrow();
      // What the change throws is thrown again, and nothing is written.
      const refusal = new Error('credits do not add up');
      const another = { ...newEvent(), programId: id };
      await expect(
        store.changeProgram(id, () => {
          throw refusal;
        }),
      ).rejects.toBe(refusal);
      expect(await store.getEvent(another.id)).toBeUndefined();
      expect(await store.listProgramVersions(id)).toEqual([recomputed]);
      expect(await store.listProgramEvents('no-program')).toEqual([]);
    });

    it('runs changes of one program one at a time: 10 concurrent events each see the others', async () => {
      const id = randomUUID();
      await store.addProgram(programVersion(id, 1));
      const counts: number[] = [];
      await Promise.all(
        Array.from({ length: 10 }, () =>
          store.changeProgram(id, ({ events }) => {
            counts.push(events.length);
            return { event: { ...newEvent(), programId: id } };
          }),
        ),
      );
      expect(counts.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    });

    it('enrolls once per order reference, and writes a batch with a conflict not at all', async () => {
      const programId = randomUUID();
      const first = enrollment(programId, 'ada', `o-${randomUUID()}`);
      const added = await store.addEnrollments([{ enrollment: first, factsHash: 'f1' }]);
      expect(added).toEqual({ ok: true, added: [{ created: true, enrollment: first }] });
      const retry = { ...first, id: randomUUID() };
      expect(await store.addEnrollments([{ enrollment: retry, factsHash: 'f1' }])).toEqual({
        ok: true,
        added: [{ created: false, enrollment: first }],
      });
      const fresh = enrollment(programId, 'bob', `o-${randomUUID()}`);
      expect(
        await store.addEnrollments([
          { enrollment: fresh, factsHash: 'f2' },
          { enrollment: retry, factsHash: 'other facts' },
        ]),
      ).toEqual({ ok: false, conflicts: [1] });
      expect(await store.getEnrollment(fresh.id)).toBeUndefined();
      expect(await store.listEnrollments({ programId })).toEqual([first]);
    });

    it('stores one enrollment for 10 concurrent copies of one order', async () => {
      const programId = randomUUID();
      const orderRef = `o-${randomUUID()}`;
      const outcomes = await Promise.all(
        Array.from({ length: 10 }, () =>
          store.addEnrollments([
            { enrollment: enrollment(programId, 'ada', orderRef), factsHash: 'same' },
          ]),
        ),
      );
      const created = outcomes.flatMap((o) => (o.ok ? o.added.filter((a) => a.created) : []));
      expect(created).toHaveLength(1);
      expect(await store.listEnrollments({ programId })).toHaveLength(1);
    });

    it('lists enrollments by learner and program, and records an assessment', async () => {
      const programId = randomUUID();
      const sub = `l-${randomUUID()}`;
      const mine = enrollment(programId, sub, `o-${randomUUID()}`);
      const other = enrollment(programId, 'bob', `o-${randomUUID()}`);
      await store.addEnrollments([
        { enrollment: mine, factsHash: 'a' },
        { enrollment: other, factsHash: 'b' },
      ]);
      expect(await store.listEnrollments({ learnerId: sub })).toEqual([mine]);
      expect(await store.listEnrollments({ programId })).toHaveLength(2);
      const assessment = { scorePercent: 80, passed: true, recordedAt: '2026-03-05T10:00:00Z' };
      expect(await store.recordAssessment(mine.id, assessment)).toEqual({ ...mine, assessment });
      expect(await store.getEnrollment(mine.id)).toEqual({ ...mine, assessment });
      expect(await store.recordAssessment('missing', assessment)).toBeUndefined();
    });

    it('keeps one open refund request per enrollment; an approval refunds the enrollment', async () => {
      const bought = enrollment(randomUUID(), 'ada', `o-${randomUUID()}`);
      await store.addEnrollments([{ enrollment: bought, factsHash: 'h' }]);
      const request = (): StoredRefund => ({
        id: randomUUID(),
        learnerId: 'ada',
        receivedAt: '2026-03-02T14:00:00.000Z',
        request: { product: 'live-event', priceCents: 19_999, currency: 'USD' },
        decision: {
          outcome: 'eligible',
          refundCents: 17_999,
          feeCents: 2000,
          currency: 'USD',
          remedy: 'refund',
          policyVersion: 'v1',
          reasons: [],
        },
        policyVersion: 'v1',
        status: 'pending',
        audit: [],
        enrollmentId: bought.id,
        programId: bought.programId,
        programVersion: 1,
      });
      const results = await Promise.all(
        [request(), request()].map((refund) =>
          store.addRefund(refund, { status: 201, body: refund }),
        ),
      );
      const stored = results.filter((r) => r.kind === 'stored');
      expect(stored).toHaveLength(1);
      const open = results.find((r) => r.kind === 'open');
      expect(open).toEqual({ kind: 'open', existing: stored[0]!.reply.body });
      const first = stored[0]!.reply.body as StoredRefund;
      const entry = { at: '2026-03-03T10:00:00.000Z', by: 'root', action: 'approved' };
      await store.decideRefund(first.id, 'approved', entry);
      expect((await store.getEnrollment(bought.id))?.status).toBe('refunded');
      // Decided, it is no longer open: another request about the enrollment may be stored.
      const later = request();
      expect((await store.addRefund(later, { status: 201, body: later })).kind).toBe('stored');
    });

    it('counts rate-limit hits atomically; the hit that makes the limit opens a fresh window', async () => {
      const bucket = `test:${randomUUID()}`;
      const at = (seconds: number) => new Date(Date.UTC(2026, 2, 2, 14, 0, seconds));
      expect(await store.peekLimit(bucket, at(0))).toBeUndefined();
      const hits = await Promise.all(
        Array.from({ length: 20 }, () => store.hitLimit(bucket, 60, 100, at(0))),
      );
      expect(hits.map((window) => window.hits).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 20 }, (_, i) => i + 1),
      );
      const other = `test:${randomUUID()}`;
      expect(await store.hitLimit(other, 60, 3, at(0))).toEqual({ hits: 1, resetAt: +at(60) });
      expect(await store.hitLimit(other, 60, 3, at(10))).toEqual({ hits: 2, resetAt: +at(60) });
      // The third (the limit) restarts the window: reaching it costs a whole window.
      expect(await store.hitLimit(other, 60, 3, at(50))).toEqual({ hits: 3, resetAt: +at(110) });
      expect(await store.hitLimit(other, 60, 3, at(55))).toEqual({ hits: 4, resetAt: +at(110) });
      expect(await store.peekLimit(other, at(109))).toEqual({ hits: 4, resetAt: +at(110) });
      expect(await store.peekLimit(other, at(110))).toBeUndefined();
      expect(await store.hitLimit(other, 60, 3, at(110))).toEqual({ hits: 1, resetAt: +at(170) });
    });

    it('rotates an event’s code epoch, seen by a second store at once', async () => {
      const event = newEvent();
      await store.createEvent(event);
      const second = await open();
      expect(await second.codeEpoch(event.id)).toBe(0);
      expect(await store.rotateCode(event.id)).toBe(1);
      expect(await store.rotateCode(event.id)).toBe(2);
      expect(await second.codeEpoch(event.id)).toBe(2);
      await second.close();
    });

    it('lists refund requests a page at a time, by status, after a position', async () => {
      const learnerId = `pager-${randomUUID()}`;
      const ids: string[] = [];
      for (let i = 0; i < 5; i += 1) {
        const refund: StoredRefund = {
          id: `${learnerId}-${i}`,
          learnerId,
          receivedAt: `2099-01-01T00:00:0${i}.000Z`,
          request: { product: 'self-study', priceCents: 100, currency: 'USD' },
          decision: {
            outcome: 'eligible',
            refundCents: 100,
            feeCents: 0,
            currency: 'USD',
            remedy: 'refund',
            policyVersion: 'v1',
            reasons: [],
          },
          policyVersion: 'v1',
          status: i === 2 ? 'denied' : 'pending',
          audit: [],
        };
        await store.addRefund(refund, { status: 201, body: refund });
        ids.push(refund.id);
      }
      const after = { receivedAt: '2099-01-01T00:00:00.000Z', id: ids[0]! };
      const page = await store.listRefunds({ limit: 2, after, status: 'pending' });
      expect(page.map((refund) => refund.id)).toEqual([ids[1], ids[3]]);
      const last = await store.listRefunds({
        after: { receivedAt: page[1]!.receivedAt, id: page[1]!.id },
      });
      expect(last.map((refund) => refund.id)).toEqual([ids[4]]);
    });

    it('runs its migrations once: a second store on the same database starts cleanly', async () => {
      const second = await open();
      const event = newEvent();
      await second.createEvent(event);
      expect(await store.getEvent(event.id)).toEqual(event);
      await second.close();
    });
  });
}
