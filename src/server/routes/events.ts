/**
 * Events and their attendance: creation (admin), public details, the rotating code (host),
 * check-ins (learner, with Idempotency-Key), corrections (host), prompts and responses,
 * the learner's own evaluation and the host's roster (JSON or CSV).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Hono, type MiddlewareHandler } from 'hono';
import * as v from 'valibot';
import type { CheckInRefusal } from '../../policy/attendance.js';
import { checkInCode, checkInWindow, decideCheckIn } from '../../policy/index.js';
import { buildRoster, rosterCsvLines } from '../../policy/roster.js';
import {
  CheckInCorrection,
  CheckInRequest,
  EventCreate,
  PromptAnswer,
  PromptCreate,
  type CheckInCode,
  type EventPrompt,
  type FieldError,
  type LearnerAttendance,
  type LearnerPrompt,
  type PublicEvent,
  type Roster,
  type StoredCheckIn,
} from '../../policy/schemas.js';
import { effectiveRecords, learnerEvaluation, rosterLearners } from '../attendance-records.js';
import { bearerIdentity, requireRole, type AuthEnv } from '../auth.js';
import { reevaluateEventLearner, scheduledEnd } from '../certificate-records.js';
import { runCertificateJob } from '../certificate-schedule.js';
import { eventOf as eventAccess } from '../event-access.js';
import { acceptsCheckInCode, codeSecret } from '../check-in-codes.js';
import { pathId } from '../ids.js';
import { reworkedWith } from '../program-records.js';
import type { AppContext } from '../context.js';
import { answer, idempotencyKey } from '../idempotency.js';
import { nextPage, pageQuery } from '../pagination.js';
import { ProblemError, invalid } from '../problem.js';
import {
  TooManyRequests,
  clientAddress,
  countLearnerWrite,
  learnerWrites,
  retryAfter,
  tooManyWrites,
  type LimitWindow,
} from '../rate-limit.js';
import { withReasonsIn } from '../reply-reasons.js';
import { replyLocale } from '../request-locale.js';
import { validBody } from '../request.js';
import { addressHash, sharedAddressLearners } from '../shared-address.js';
import type { CheckInRow, StoredEvent } from '../store/store.js';

export function eventRoutes(app: AppContext) {
  const { store, policy, tokens, now, limits } = app;
  const host = requireRole(tokens, 'host', 'admin');
  const learner = requireRole(tokens, 'learner');
  /** The secret today's codes of an event derive from: the stored one and its rotations. */
  const secretOf = async (event: StoredEvent) =>
    codeSecret(event.secret, await store.codeEpoch(event.id));
  /** The code of now, and the check-in URL a QR code of it opens. */
  const codeNow = async (event: StoredEvent): Promise<CheckInCode> => {
    const rotating = await checkInCode(await secretOf(event), now().getTime(), policy);
    // Never the request's Host: a forged one would put another site in the QR code.
    const page = new URL(app.checkInPage ?? '/', `${app.publicUrl}/`);
    page.searchParams.set('cpe-event', event.id);
    page.searchParams.set('cpe-code', rotating.code);
    return {
      code: rotating.code,
      expiresAt: rotating.expiresAt,
      stepSeconds: policy.attendance.codeStepSeconds,
      checkInUrl: page.href,
    };
  };
  const missBucket = (eventId: string, learnerId: string) => `code-misses:${eventId}:${learnerId}`;

  const eventOf = eventAccess(store);

  /** Loads the prompt of the path, issued in the path's event, as `c.var.prompt`, or 404. */
  const promptOf: MiddlewareHandler<{
    Variables: { event: StoredEvent; prompt: EventPrompt };
  }> = async (c, next) => {
    const promptId = pathId(c, 'promptId');
    const prompt =
      promptId === undefined
        ? undefined
        : (await store.listPrompts(c.var.event.id)).find((item) => item.id === promptId);
    if (!prompt) throw new ProblemError(404, 'promptUnknown');
    c.set('prompt', prompt);
    await next();
  };

  return new Hono<AuthEnv>()
    .post('/', requireRole(tokens, 'admin'), validBody(EventCreate), async (c) => {
      const { body, identity } = c.var;
      const event: StoredEvent = {
        id: randomUUID(),
        ...body,
        breaks: body.breaks ?? [],
        secret: randomBytes(32).toString('base64url'),
        createdBy: identity.sub,
      };
      // An offering of a program changes the credits the program offers: worked out again
      // with this event, stored with it, or refused (422) with nothing stored.
      if (body.programId) {
        await store.changeProgram(body.programId, ({ versions, events }) => ({
          event,
          replace: reworkedWith(versions, events, event, policy),
        }));
      } else {
        await store.createEvent(event);
      }
      return c.json(publicEvent(event, true), 201);
    })
    .get('/:id', eventOf, async (c) => {
      const event = c.var.event;
      const viewer = await bearerIdentity(c, tokens);
      const seesHosts = viewer?.role === 'admin' || event.hosts?.includes(viewer?.sub ?? '');
      return c.json(publicEvent(event, seesHosts === true));
    })
    .get('/:id/code', host, eventOf, async (c) => {
      c.header('cache-control', 'no-store');
      return c.json(await codeNow(c.var.event));
    })
    .post('/:id/code/rotate', host, eventOf, async (c) => {
      // The old code (and the one before it, still accepted for a step) stops at once.
      await store.rotateCode(c.var.event.id);
      c.header('cache-control', 'no-store');
      return c.json(await codeNow(c.var.event));
    })
    .post('/:id/check-ins', learner, eventOf, validBody(CheckInRequest), async (c) => {
      const { identity, event, body } = c.var;
      const key = idempotencyKey(c, `check-ins:${event.id}`, identity.sub, body);
      // A retry is answered from the store before the code is checked: it may have rotated.
      const earlier = key && (await store.findReply(key));
      if (earlier) return answer(c, earlier);
      // Counted in the check-in's own transaction: one commit to wait for, not two.
      const writes = learnerWrites(app, identity.sub);

      const at = now();
      const misses = limits.codeMisses;
      const bucket = missBucket(event.id, identity.sub);
      // Without a write count to keep, a locked-out learner is refused here without taking
      // the write lock; the count that decides is read again inside the transaction.
      const locked = !writes && misses > 0 && (await store.peekLimit(bucket, at));
      if (locked && locked.hits >= misses) throw codeLockout(locked, at);
      const window = checkInWindow(event, at.getTime(), policy);
      const codeAccepted = await acceptsCheckInCode(
        await secretOf(event),
        body.code,
        at.getTime(),
        policy,
      );
      const address = clientAddress(c, app.trustProxy);
      const record: StoredCheckIn = {
        id: randomUUID(),
        eventId: event.id,
        learnerId: identity.sub,
        kind: body.kind,
        at: at.toISOString(),
      };
      const row: CheckInRow = {
        ...record,
        ...(identity.name ? { learnerName: identity.name } : {}),
        ...(address ? { clientAddress: addressHash(event.secret, address) } : {}),
      };
      const cap = limits.checkInsPerLearner;
      // Decided in the write transaction: two concurrent `in`s cannot both see "checked out".
      const result = await store.addLearnerCheckIn(
        row,
        { status: 201, body: record },
        key,
        (latest, count) =>
          cap > 0 && count >= cap
            ? { ok: false, refusal: tooManyRecords(cap) }
            : decideCheckIn(
                { kind: body.kind, records: latest ? [latest] : [], window, codeAccepted },
                policy,
              ),
        misses > 0 ? { bucket, limit: misses, lockSeconds: limits.codeLockSeconds, at } : undefined,
        writes,
      );
      if (result.kind === 'throttled') throw tooManyWrites(writes!, result.window);
      if (result.kind === 'locked') throw codeLockout(result.window, at);
      // A check-out is when the learner's attendance is decided: its score goes to the LMS.
      if (result.kind === 'stored' && body.kind === 'out') {
        await app.attendanceEvaluated?.(event, identity.sub, `checkout:${record.id}`);
      }
      if (result.kind !== 'refused') return answer(c, result);
      const { refusal } = result;
      const { rule, opensAt } = refusal;
      throw new ProblemError(
        refusal.status,
        { id: 'checkInRefused', refusal, stepSeconds: policy.attendance.codeStepSeconds, cap },
        opensAt ? { rule, opensAt } : { rule },
      );
    })
    .post('/:id/corrections', host, eventOf, validBody(CheckInCorrection), async (c) => {
      const { event, body, identity } = c.var;
      const rows = await store.listCheckIns(event.id);
      const replaced = rows.find((row) => row.id === body.replaces);
      if (!replaced) {
        throw new ProblemError(404, 'recordUnknown');
      }
      if (!effectiveRecords(rows).includes(replaced)) {
        throw new ProblemError(409, 'recordCorrected');
      }
      const record: StoredCheckIn = {
        id: randomUUID(),
        eventId: event.id,
        learnerId: replaced.learnerId,
        kind: body.kind,
        at: new Date(body.at).toISOString(),
        replaces: replaced.id,
        correctedBy: identity.sub,
        correctionReason: body.reason,
      };
      const stored = await store.addCheckIn(record, { status: 201, body: record });
      // A correction after the end can change the credits: the certificate follows the record.
      await reevaluateEventLearner(app, event.id, replaced.learnerId);
      return answer(c, stored);
    })
    .post('/:id/close', host, eventOf, async (c) => {
      // Closing early makes the issuance job due now; issued here, without waiting for a sweep.
      const event = c.var.event;
      const closedAt = await store.closeEvent(event.id, now().toISOString(), scheduledEnd);
      const certificates = await runCertificateJob(app, event.id);
      // The close decides everyone's attendance: their scores go to the LMS.
      const learners = new Set((await store.listCheckIns(event.id)).map((row) => row.learnerId));
      for (const learnerId of learners) {
        await app.attendanceEvaluated?.(event, learnerId, `close:${closedAt}`);
      }
      return c.json({ id: event.id, closedAt, certificates });
    })
    .post('/:id/prompts', host, eventOf, validBody(PromptCreate), async (c) => {
      const { event, body, identity } = c.var;
      const prompt: EventPrompt = {
        id: randomUUID(),
        at: now().toISOString(),
        question: body.question,
        ...(body.choices ? { choices: body.choices } : {}),
      };
      await store.addPrompt(event.id, prompt, identity.sub);
      return c.json(prompt, 201);
    })
    .get('/:id/prompts', requireRole(tokens, 'learner', 'host', 'admin'), eventOf, async (c) => {
      const { identity, event } = c.var;
      const prompts = await store.listPrompts(event.id);
      if (identity.role !== 'learner') return c.json(prompts);
      // A learner sees whether they answered, and nothing of anyone else's answers.
      const mine = new Map(
        (await store.listResponses(event.id, identity.sub)).map((r) => [r.promptId, r.at]),
      );
      return c.json(
        prompts.map((prompt): LearnerPrompt => {
          const answeredAt = mine.get(prompt.id);
          return answeredAt
            ? { ...prompt, answered: true, answeredAt }
            : { ...prompt, answered: false };
        }),
      );
    })
    .post(
      '/:id/prompts/:promptId/responses',
      learner,
      eventOf,
      promptOf,
      validBody(PromptAnswer),
      async (c) => {
        const { event, prompt, body, identity } = c.var;
        if (prompt.choices && !prompt.choices.includes(body.answer)) {
          throw invalid([{ path: 'answer', message: 'must be one of the choices' }]);
        }
        await countLearnerWrite(app, identity.sub);
        // A repeated answer is accepted and ignored: the first one stands.
        await store.addResponse(event.id, {
          promptId: prompt.id,
          learnerId: identity.sub,
          answer: body.answer,
          at: now().toISOString(),
        });
        return c.body(null, 204);
      },
    )
    .get('/:id/attendance/me', learner, eventOf, async (c) => {
      const { identity, event } = c.var;
      const { rows, result } = await learnerEvaluation(store, policy, event, identity.sub, now());
      if (!result.ok) throw unevaluated(result.errors);
      // The token's name stays out of the learner's copy.
      const mine: LearnerAttendance = { ...result.value, records: rows.map(storedCheckIn) };
      return c.json(withReasonsIn(mine, replyLocale(c)));
    })
    .get('/:id/attendance', host, eventOf, async (c) => {
      const event = c.var.event;
      const csv = c.req.query('format') === 'csv';
      const page = csv ? undefined : pageQuery(c, RosterPosition);
      const [rows, prompts, responses] = await Promise.all([
        store.listCheckIns(event.id),
        store.listPrompts(event.id),
        store.listResponses(event.id),
      ]);
      const whole = buildRoster(
        { ...publicEvent(event), prompts },
        rosterLearners(rows, responses),
        policy,
        now().toISOString(),
      );
      const shared = sharedAddressLearners(rows);
      const flagged = whole.entries.map((entry) =>
        shared.has(entry.learnerId)
          ? { ...entry, flags: [...entry.flags, 'shared-address' as const] }
          : entry,
      );
      const roster: Roster = { ...whole, entries: flagged };
      if (page) {
        // The roster's own order (name, then id): a page starts after the last one shown.
        const after = page.after;
        const rest = after
          ? roster.entries.filter(
              (entry) => compareEntries(rosterKey(entry), [after.name, after.learnerId]) > 0,
            )
          : roster.entries;
        const entries = nextPage(c, rest.slice(0, page.limit + 1), page, (entry) => {
          const [name, learnerId] = rosterKey(entry);
          return { name, learnerId };
        });
        return c.json({ ...roster, entries });
      }
      if (csv) {
        // Written out a few hundred lines at a time, not joined into one string first.
        const lines = rosterCsvLines(roster, event);
        const encoder = new TextEncoder();
        const body = new ReadableStream<Uint8Array>({
          pull(controller) {
            let chunk = '';
            for (let n = 0; n < 256; n += 1) {
              const line = lines.next();
              if (line.done) {
                if (chunk) controller.enqueue(encoder.encode(chunk));
                return controller.close();
              }
              chunk += line.value;
            }
            controller.enqueue(encoder.encode(chunk));
          },
        });
        return c.body(body, 200, {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="attendance-${event.id}.csv"`,
        });
      }
      return c.json(roster);
    });
}

/** The roster sorts by name (the id when there is none), then by id, as buildRoster does. */
const RosterPosition = v.object({ name: v.string(), learnerId: v.string() });
const rosterKey = (entry: Roster['entries'][number]): [string, string] => [
  entry.name ?? entry.learnerId,
  entry.learnerId,
];
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const compareEntries = (a: [string, string], b: [string, string]): number =>
  compare(a[0], b[0]) || compare(a[1], b[1]);

const tooManyRecords = (cap: number): CheckInRefusal => ({
  rule: 'ATTEND.ON_RECORD',
  cause: 'too-many',
  status: 409,
  title: 'Too many check-ins',
  detail:
    `You have checked in and out ${cap} times in this event, as many as it keeps for one ` +
    'person. Ask the host to record your attendance.',
});

const codeLockout = (window: LimitWindow, at: Date): TooManyRequests => {
  const wait = retryAfter(window, at);
  return new TooManyRequests(wait, { id: 'tooManyWrongCodes', minutes: Math.ceil(wait / 60) });
};

/** Stored attendance the engine refuses, such as records kept before ATTEND.ON_RECORD held. */
const unevaluated = (errors: FieldError[]): ProblemError =>
  new ProblemError(422, 'attendanceUnevaluable', { errors });

function storedCheckIn(row: CheckInRow): StoredCheckIn {
  const record: StoredCheckIn & Partial<CheckInRow> = { ...row };
  delete record.learnerName;
  delete record.clientAddress;
  return record;
}

/** What anyone sees of an event; its hosts only when `withHosts`. */
export function publicEvent(event: StoredEvent, withHosts = false): PublicEvent {
  const visible: PublicEvent & Partial<StoredEvent> = { ...event };
  delete visible.secret;
  delete visible.createdBy;
  if (!withHosts) delete visible.hosts;
  return visible;
}
