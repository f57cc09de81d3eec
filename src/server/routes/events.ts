/**
 * Events and their attendance: creation (admin), public details, the rotating code (host),
 * check-ins (learner, with Idempotency-Key), corrections (host), prompts and responses,
 * the learner's own evaluation and the host's roster (JSON or CSV).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { checkInCode, checkInWindow, evaluateAttendance } from '../../policy/index.js';
import { buildRoster, rosterToCsv } from '../../policy/roster.js';
import {
  CheckInRequest,
  CheckKind,
  EventCreate,
  Instant,
  PromptAnswer,
  PromptCreate,
  type EventPrompt,
  type FieldError,
  type LearnerAttendance,
  type LearnerPrompt,
  type PublicEvent,
  type Roster,
  type StoredCheckIn,
} from '../../policy/schemas.js';
import { effectiveRecords, engineEvent, rosterLearners } from '../attendance-records.js';
import { requireRole, type AuthEnv } from '../auth.js';
import { acceptsCheckInCode } from '../check-in-codes.js';
import { pathId } from '../ids.js';
import type { AppContext } from '../context.js';
import { answer, idempotencyKey } from '../idempotency.js';
import { invalid, problem } from '../problem.js';
import { readBody } from '../request.js';
import type { CheckInRow, StoredEvent } from '../store/store.js';

/** `POST /v1/events/{id}/corrections` body: a host's fix of one record (ATTEND.CORRECTION). */
export const CheckInCorrection = v.object({
  replaces: v.pipe(v.string(), v.minLength(1, 'is required')),
  kind: CheckKind,
  at: Instant,
  reason: v.pipe(v.string(), v.minLength(1, 'is required'), v.maxLength(500)),
});

export function eventRoutes(app: AppContext) {
  const { store, policy, tokenSecret, now } = app;
  const host = requireRole(tokenSecret, 'host', 'admin');
  const learner = requireRole(tokenSecret, 'learner');

  /** The event of the path, or a 404 problem. */
  async function eventOf(c: Context): Promise<StoredEvent | Response> {
    const id = pathId(c, 'id');
    const event = id === undefined ? undefined : await store.getEvent(id);
    return event ?? problem(c, 404, 'No such event', 'Check the event id.');
  }

  return new Hono<AuthEnv>()
    .post('/', requireRole(tokenSecret, 'admin'), async (c) => {
      const body = await readBody(c, EventCreate);
      if (!body.ok) return body.response;
      const event: PublicEvent = {
        id: randomUUID(),
        ...body.value,
        breaks: body.value.breaks ?? [],
      };
      await store.createEvent({
        ...event,
        secret: randomBytes(32).toString('base64url'),
        createdBy: c.get('identity').sub,
      });
      return c.json(event, 201);
    })
    .get('/:id', async (c) => {
      const event = await eventOf(c);
      if (event instanceof Response) return event;
      return c.json(publicEvent(event));
    })
    .get('/:id/code', host, async (c) => {
      const event = await eventOf(c);
      if (event instanceof Response) return event;
      const rotating = await checkInCode(event.secret, now().getTime(), policy);
      const page = new URL(app.checkInPage ?? '/', new URL(c.req.url).origin);
      page.searchParams.set('cpe-event', event.id);
      page.searchParams.set('cpe-code', rotating.code);
      c.header('cache-control', 'no-store');
      return c.json({
        code: rotating.code,
        expiresAt: rotating.expiresAt,
        stepSeconds: policy.attendance.codeStepSeconds,
        checkInUrl: page.href,
      });
    })
    .post('/:id/check-ins', learner, async (c) => {
      const identity = c.get('identity');
      const event = await eventOf(c);
      if (event instanceof Response) return event;
      const body = await readBody(c, CheckInRequest);
      if (!body.ok) return body.response;
      const key = idempotencyKey(c, `check-ins:${event.id}`, identity.sub, body.value);
      if (key instanceof Response) return key;
      // A retry is answered from the store before the code is checked: it may have rotated.
      const earlier = key && (await store.findReply(key));
      if (earlier) return answer(c, earlier);

      const at = now();
      const window = checkInWindow(event, at.getTime(), policy);
      if (body.value.kind === 'in' && !window.open) {
        return problem(c, 422, 'Check-in is closed', window.reason.message, {
          rule: window.reason.rule,
          ...(window.opensAt ? { opensAt: window.opensAt } : {}),
        });
      }
      if (!(await acceptsCheckInCode(event.secret, body.value.code, at.getTime(), policy))) {
        return problem(
          c,
          422,
          'Wrong or expired code',
          'Type the code shown on the host screen now; it changes every ' +
            `${policy.attendance.codeStepSeconds} seconds.`,
          { rule: 'ATTEND.CODE' },
        );
      }
      // ATTEND.ON_RECORD: a repeated `in` or an orphan `out` adds nothing but would pile up
      // records past what the engine evaluates, breaking this learner's and the host's views.
      const mine = effectiveRecords(await store.listCheckIns(event.id, identity.sub));
      const checkedIn = mine.at(-1)?.kind === 'in';
      if ((body.value.kind === 'in') === checkedIn) {
        // A concurrent retry may have stored this very request since the lookup above.
        const stored = key && (await store.findReply(key));
        if (stored) return answer(c, stored);
        return checkedIn
          ? problem(c, 409, 'Already checked in', 'You are checked in; check out first.', {
              rule: 'ATTEND.ON_RECORD',
            })
          : problem(c, 409, 'Not checked in', 'You are not checked in; check in first.', {
              rule: 'ATTEND.ON_RECORD',
            });
      }
      const record: StoredCheckIn = {
        id: randomUUID(),
        eventId: event.id,
        learnerId: identity.sub,
        kind: body.value.kind,
        at: at.toISOString(),
      };
      const row: CheckInRow = identity.name ? { ...record, learnerName: identity.name } : record;
      return answer(c, await store.addCheckIn(row, { status: 201, body: record }, key));
    })
    .post('/:id/corrections', host, async (c) => {
      const event = await eventOf(c);
      if (event instanceof Response) return event;
      const body = await readBody(c, CheckInCorrection);
      if (!body.ok) return body.response;
      const rows = await store.listCheckIns(event.id);
      const replaced = rows.find((row) => row.id === body.value.replaces);
      if (!replaced)
        return problem(c, 404, 'No such record', 'The record to correct is not in this event.');
      if (!effectiveRecords(rows).includes(replaced)) {
        return problem(
          c,
          409,
          'Already corrected',
          'Correct the newer record that replaced this one.',
        );
      }
      const record: StoredCheckIn = {
        id: randomUUID(),
        eventId: event.id,
        learnerId: replaced.learnerId,
        kind: body.value.kind,
        at: new Date(body.value.at).toISOString(),
        replaces: replaced.id,
        correctedBy: c.get('identity').sub,
        correctionReason: body.value.reason,
      };
      return answer(c, await store.addCheckIn(record, { status: 201, body: record }));
    })
    .post('/:id/prompts', host, async (c) => {
      const event = await eventOf(c);
      if (event instanceof Response) return event;
      const body = await readBody(c, PromptCreate);
      if (!body.ok) return body.response;
      const prompt: EventPrompt = {
        id: randomUUID(),
        at: now().toISOString(),
        question: body.value.question,
        ...(body.value.choices ? { choices: body.value.choices } : {}),
      };
      await store.addPrompt(event.id, prompt, c.get('identity').sub);
      return c.json(prompt, 201);
    })
    .get('/:id/prompts', requireRole(tokenSecret, 'learner', 'host', 'admin'), async (c) => {
      const identity = c.get('identity');
      const event = await eventOf(c);
      if (event instanceof Response) return event;
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
    .post('/:id/prompts/:promptId/responses', learner, async (c) => {
      const event = await eventOf(c);
      if (event instanceof Response) return event;
      const promptId = pathId(c, 'promptId');
      const prompt =
        promptId === undefined
          ? undefined
          : (await store.listPrompts(event.id)).find((item) => item.id === promptId);
      if (!prompt) return problem(c, 404, 'No such prompt', 'This event issued no such prompt.');
      const body = await readBody(c, PromptAnswer);
      if (!body.ok) return body.response;
      if (prompt.choices && !prompt.choices.includes(body.value.answer)) {
        return invalid(c, [{ path: 'answer', message: 'must be one of the choices' }]);
      }
      // A repeated answer is accepted and ignored: the first one stands.
      await store.addResponse(event.id, {
        promptId: prompt.id,
        learnerId: c.get('identity').sub,
        answer: body.value.answer,
        at: now().toISOString(),
      });
      return c.body(null, 204);
    })
    .get('/:id/attendance/me', learner, async (c) => {
      const identity = c.get('identity');
      const event = await eventOf(c);
      if (event instanceof Response) return event;
      const [rows, prompts, responses] = await Promise.all([
        store.listCheckIns(event.id, identity.sub),
        store.listPrompts(event.id),
        store.listResponses(event.id, identity.sub),
      ]);
      // The store lists oldest first; the token's name stays out of the learner's copy.
      const records = effectiveRecords(rows).map(storedCheckIn);
      const result = evaluateAttendance(
        {
          event: engineEvent(event, prompts),
          records: records.map(({ kind, at }) => ({ kind, at })),
          responses: responses.map(({ promptId, at }) => ({ promptId, at })),
        },
        policy,
        now().toISOString(),
      );
      if (!result.ok) return unevaluated(c, result.errors);
      const mine: LearnerAttendance = { ...result.value, records };
      return c.json(mine);
    })
    .get('/:id/attendance', host, async (c) => {
      const event = await eventOf(c);
      if (event instanceof Response) return event;
      const [rows, prompts, responses] = await Promise.all([
        store.listCheckIns(event.id),
        store.listPrompts(event.id),
        store.listResponses(event.id),
      ]);
      let roster: Roster;
      try {
        roster = buildRoster(
          { ...publicEvent(event), prompts },
          rosterLearners(rows, responses),
          policy,
          now().toISOString(),
        );
      } catch (error) {
        // buildRoster throws when a learner's stored records do not evaluate.
        return unevaluated(c, [{ path: 'records', message: (error as Error).message }]);
      }
      if (c.req.query('format') === 'csv') {
        return c.body(rosterToCsv(roster, event), 200, {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="attendance-${event.id}.csv"`,
        });
      }
      return c.json(roster);
    });
}

/** Stored attendance the engine refuses, such as records kept before ATTEND.ON_RECORD held. */
const unevaluated = (c: Context, errors: FieldError[]): Response =>
  problem(
    c,
    422,
    'Attendance cannot be evaluated',
    'The stored records of this event are outside what the attendance rules accept.',
    { errors },
  );

function storedCheckIn(row: CheckInRow): StoredCheckIn {
  const record: StoredCheckIn & Partial<CheckInRow> = { ...row };
  delete record.learnerName;
  return record;
}

function publicEvent(event: StoredEvent): PublicEvent {
  const visible: PublicEvent & Partial<StoredEvent> = { ...event };
  delete visible.secret;
  delete visible.createdBy;
  return visible;
}
