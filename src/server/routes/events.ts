/**
 * Events and their attendance: creation (admin), public details, the rotating code (host),
 * check-ins (learner, with Idempotency-Key), corrections (host), prompts and responses,
 * the learner's own evaluation and the host's roster (JSON or CSV).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Hono, type MiddlewareHandler } from 'hono';
import {
  checkInCode,
  checkInWindow,
  decideCheckIn,
  engineEvent,
  evaluateAttendance,
} from '../../policy/index.js';
import { buildRoster, rosterToCsv } from '../../policy/roster.js';
import {
  CheckInCorrection,
  CheckInRequest,
  EventCreate,
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
import { effectiveRecords, rosterLearners } from '../attendance-records.js';
import { bearerIdentity, requireRole, type AuthEnv, type Identity } from '../auth.js';
import { acceptsCheckInCode } from '../check-in-codes.js';
import { pathId } from '../ids.js';
import { reworkedWith } from '../program-records.js';
import type { AppContext } from '../context.js';
import { answer, idempotencyKey } from '../idempotency.js';
import { ProblemError, invalid } from '../problem.js';
import { validBody } from '../request.js';
import type { CheckInRow, StoredEvent } from '../store/store.js';

export function eventRoutes(app: AppContext) {
  const { store, policy, tokenSecret, now } = app;
  const host = requireRole(tokenSecret, 'host', 'admin');
  const learner = requireRole(tokenSecret, 'learner');

  /**
   * Loads the event of the path as `c.var.event`, or answers 404. A host token reaches only
   * the events that list it among their hosts (an event with no list is open to any host).
   */
  const eventOf: MiddlewareHandler<{
    Variables: { event: StoredEvent; identity?: Identity };
  }> = async (c, next) => {
    const id = pathId(c, 'id');
    const event = id === undefined ? undefined : await store.getEvent(id);
    if (!event || !mayRun(c.var.identity, event)) {
      throw new ProblemError(404, 'No such event', 'Check the event id.');
    }
    c.set('event', event);
    await next();
  };

  /** Loads the prompt of the path, issued in the path's event, as `c.var.prompt`, or 404. */
  const promptOf: MiddlewareHandler<{
    Variables: { event: StoredEvent; prompt: EventPrompt };
  }> = async (c, next) => {
    const promptId = pathId(c, 'promptId');
    const prompt =
      promptId === undefined
        ? undefined
        : (await store.listPrompts(c.var.event.id)).find((item) => item.id === promptId);
    if (!prompt) throw new ProblemError(404, 'No such prompt', 'This event issued no such prompt.');
    c.set('prompt', prompt);
    await next();
  };

  return new Hono<AuthEnv>()
    .post('/', requireRole(tokenSecret, 'admin'), validBody(EventCreate), async (c) => {
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
      const viewer = await bearerIdentity(c, tokenSecret);
      const seesHosts = viewer?.role === 'admin' || event.hosts?.includes(viewer?.sub ?? '');
      return c.json(publicEvent(event, seesHosts === true));
    })
    .get('/:id/code', host, eventOf, async (c) => {
      const event = c.var.event;
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
    .post('/:id/check-ins', learner, eventOf, validBody(CheckInRequest), async (c) => {
      const { identity, event, body } = c.var;
      const key = idempotencyKey(c, `check-ins:${event.id}`, identity.sub, body);
      // A retry is answered from the store before the code is checked: it may have rotated.
      const earlier = key && (await store.findReply(key));
      if (earlier) return answer(c, earlier);

      const at = now();
      const window = checkInWindow(event, at.getTime(), policy);
      const codeAccepted = await acceptsCheckInCode(event.secret, body.code, at.getTime(), policy);
      const record: StoredCheckIn = {
        id: randomUUID(),
        eventId: event.id,
        learnerId: identity.sub,
        kind: body.kind,
        at: at.toISOString(),
      };
      const row: CheckInRow = identity.name ? { ...record, learnerName: identity.name } : record;
      // Decided in the write transaction: two concurrent `in`s cannot both see "checked out".
      const result = await store.addLearnerCheckIn(
        row,
        { status: 201, body: record },
        key,
        (latest) =>
          decideCheckIn(
            { kind: body.kind, records: latest ? [latest] : [], window, codeAccepted },
            policy,
          ),
      );
      if (result.kind !== 'refused') return answer(c, result);
      const { status, title, detail, ...extras } = result.refusal;
      throw new ProblemError(status, title, detail, extras);
    })
    .post('/:id/corrections', host, eventOf, validBody(CheckInCorrection), async (c) => {
      const { event, body, identity } = c.var;
      const rows = await store.listCheckIns(event.id);
      const replaced = rows.find((row) => row.id === body.replaces);
      if (!replaced) {
        throw new ProblemError(
          404,
          'No such record',
          'The record to correct is not in this event.',
        );
      }
      if (!effectiveRecords(rows).includes(replaced)) {
        throw new ProblemError(
          409,
          'Already corrected',
          'Correct the newer record that replaced this one.',
        );
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
      return answer(c, await store.addCheckIn(record, { status: 201, body: record }));
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
    .get(
      '/:id/prompts',
      requireRole(tokenSecret, 'learner', 'host', 'admin'),
      eventOf,
      async (c) => {
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
      },
    )
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
      if (!result.ok) throw unevaluated(result.errors);
      const mine: LearnerAttendance = { ...result.value, records };
      return c.json(mine);
    })
    .get('/:id/attendance', host, eventOf, async (c) => {
      const event = c.var.event;
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
        throw unevaluated([{ path: 'records', message: (error as Error).message }]);
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
const unevaluated = (errors: FieldError[]): ProblemError =>
  new ProblemError(
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

/** What anyone sees of an event; its hosts only when `withHosts`. */
function publicEvent(event: StoredEvent, withHosts = false): PublicEvent {
  const visible: PublicEvent & Partial<StoredEvent> = { ...event };
  delete visible.secret;
  delete visible.createdBy;
  if (!withHosts) delete visible.hosts;
  return visible;
}

/** Admins run every event; a host, those listing them (or listing no hosts at all). */
function mayRun(identity: Identity | undefined, event: StoredEvent): boolean {
  if (identity?.role !== 'host' || !event.hosts) return true;
  return event.hosts.includes(identity.sub);
}
