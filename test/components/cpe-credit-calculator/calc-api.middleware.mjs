// A stand-in policy API for the credit calculator and client tests, under /calc-api/ only.
//   /calc-api/v1/...       answers like the real API (a few routes, canned data)
//   /calc-api/down/...     drops the connection: the browser sees a network failure
//   /calc-api/flaky/...    503 on every other call, to show which methods ky retries
//   /calc-api/html/...     a web page where JSON was expected (a wrong api-base)
//   /calc-api/switch/{name}/v1/...   answers like v1/ until `POST /calc-api/switch/{name}/down`;
//                                    from then on it drops the connection (only for that name)
import { problem, readJson, send } from '../stand-in-api.mjs';

const prefix = '/calc-api/';
const hits = new Map();
/** Names of the `switch/` stand-ins that are down. */
const downSwitches = new Set();

/** The stand-in's policy: halves, so a widget visibly takes its defaults from the API. */
const policy = {
  version: 'calc-api-test.1',
  sponsor: {
    name: 'Stand-in Sponsor',
    nasbaSponsorId: '000000',
    stateSponsorIds: [],
    contact: { phone: ['+1 (555) 010-0000'], mail: '1 Test Way' },
  },
  timeZone: 'America/Chicago',
  credits: {
    unitMinutes: 50,
    increment: 'half',
    edition: '2024',
    wordsPerMinute: 180,
    minutesPerQuestion: 1.85,
    semesterHourCredits: 15,
    quarterHourCredits: 10,
  },
  attendance: {
    missingCheckOut: 'count-to-end',
    windowOpensMinutesBefore: 30,
    promptsPerCredit: 3,
    promptAnswerPercent: 75,
    codeStepSeconds: 30,
  },
  refunds: {
    feeBasisPoints: 1000,
    selfStudyWindowDays: 30,
    liveNoticeDays: 5,
    payoutDays: 30,
    remedy: 'refund',
    conferenceLink: 'https://example.org/conference',
    contact: 'Test contact',
  },
  icma: { annualCredits: 30, ethicsCredits: 2, carryForwardMax: 10 },
};

/** Group rounding in whole tenths, enough to tell the stand-in's answer apart. */
function credits(body) {
  const minutes = Number(body.minutes ?? 0);
  const increment = body.increment ?? policy.credits.increment;
  const step = increment === 'half' ? 25 : 10;
  const tenths = minutes < 50 ? 0 : 10 + Math.floor((minutes - 50) / step) * (step === 25 ? 5 : 2);
  return {
    eligible: tenths > 0,
    credits: { nasba: tenths / 10, icma: tenths / 10 },
    qualifyingMinutes: minutes,
    increment,
    edition: body.edition ?? policy.credits.edition,
    reasons: [{ rule: 'CREDIT.UNIT_50', message: 'Computed by the stand-in API.' }],
    warnings: [],
  };
}

const echoHeaders = (ctx) => ({
  authorization: ctx.get('authorization') || null,
  idempotencyKey: ctx.get('idempotency-key') || null,
});

async function api(ctx, path) {
  const route = `${ctx.method} ${path}`;
  if (route === 'GET v1/policy') return send(ctx, 200, policy);
  if (route === 'POST v1/credits') {
    const body = await readJson(ctx.req);
    if (body?.minutes !== undefined && typeof body.minutes !== 'number') {
      return problem(ctx, 400, 'Some of the input is not valid', {
        detail: 'minutes must be a number of minutes',
        errors: [{ path: 'minutes', message: 'must be a number of minutes' }],
      });
    }
    return send(ctx, 200, credits(body ?? {}));
  }
  if (route === 'POST v1/refunds') {
    if (!ctx.get('authorization'))
      return problem(ctx, 401, 'Sign in first', { detail: 'No token.' });
    return send(ctx, 201, { id: 'r-1', body: await readJson(ctx.req), ...echoHeaders(ctx) });
  }
  if (route === 'POST v1/events/ev%201/check-ins') {
    return problem(ctx, 422, 'That code is not current', {
      detail: 'Ask the host for the code on screen now.',
      rule: 'ATTEND.CODE',
      errors: [{ path: 'code', message: 'is not the current code' }],
    });
  }
  if (route === 'POST v1/events/ev%201/prompts/p%2F1/responses') {
    await readJson(ctx.req).then((body) => hits.set('answer', body));
    ctx.status = 204;
    return;
  }
  if (route === 'GET v1/test/last-answer') return send(ctx, 200, hits.get('answer') ?? null);
  if (route === 'GET v1/events/ev%201/attendance') {
    if (ctx.query.format === 'csv')
      return send(ctx, 200, 'learnerId,minutes\nl-1,50\n', 'text/csv');
    return send(ctx, 200, { eventId: 'ev 1', presentCount: 0, entries: [] });
  }
  return problem(ctx, 404, 'Not found', { detail: `No route for ${route}.` });
}

export default async function calcApi(ctx, next) {
  if (!ctx.path.startsWith(prefix)) return next();
  const rest = ctx.path.slice(prefix.length);
  if (rest.startsWith('down/')) {
    ctx.respond = false;
    ctx.req.socket.destroy();
    return;
  }
  if (rest.startsWith('flaky/')) {
    const key = `${ctx.method} ${ctx.path}`;
    const count = (hits.get(key) ?? 0) + 1;
    hits.set(key, count);
    if (count % 2 === 1) return problem(ctx, 503, 'Try again', { detail: `Attempt ${count}.` });
    return send(ctx, 200, { ...policy, attempts: count });
  }
  const switched = /^switch\/([^/]+)\/(.*)$/.exec(rest);
  if (switched) {
    const [, name, tail] = switched;
    if (tail === 'down' && ctx.method === 'POST') {
      downSwitches.add(name);
      ctx.status = 204;
      return;
    }
    if (downSwitches.has(name)) {
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
    if (tail.startsWith('v1/')) return api(ctx, tail);
  }
  if (rest.startsWith('html/'))
    return send(ctx, 200, '<!doctype html><p>Not the API</p>', 'text/html');
  if (rest.startsWith('v1/')) return api(ctx, rest);
  return next();
}
