// A stand-in policy API for <cpe-attendance-check-in>, under /attend-api/ only.
//   /attend-api/v1/events/{id}/...          the attendance routes of DESIGN.md (canned rules)
//   /attend-api/control/{id}                 GET: what the API stored for that event;
//                                            POST { network: "up" | "down" | "lose-response" }
// Every event exists on first use: ids starting `webinar` are group-internet, `closed` events
// refuse check-ins (window closed), anything else is group-live. The code is always K7P3XQ.
// Learners are told apart by the `sub` of their bearer token.
import { problem, readJson, send } from '../stand-in-api.mjs';

const prefix = '/attend-api/';
const CODE = 'K7P3XQ';
const events = new Map();

function eventState(id) {
  if (!events.has(id)) {
    const start = new Date(Date.now() - 10 * 60_000);
    const end = new Date(start.getTime() + 100 * 60_000);
    events.set(id, {
      event: {
        id,
        title: id.startsWith('webinar') ? 'Stand-in webinar' : 'Stand-in session',
        method: id.startsWith('webinar') ? 'group-internet' : 'group-live',
        timeZone: 'America/New_York',
        segments: [{ start: start.toISOString(), end: end.toISOString() }],
        breaks: [],
      },
      network: 'up',
      records: [],
      keys: new Map(),
      prompts: [],
      responses: [],
    });
  }
  return events.get(id);
}

function learnerOf(ctx) {
  const token = (ctx.get('authorization') ?? '').replace(/^Bearer /, '');
  try {
    return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')).sub;
  } catch {
    return undefined;
  }
}

const normalize = (code) =>
  String(code ?? '')
    .replace(/[\s-]+/g, '')
    .toUpperCase();

/** Minutes between each check-in and the check-out after it (or now). */
function minutesOf(records) {
  let total = 0;
  let since;
  for (const record of records) {
    if (record.kind === 'in' && since === undefined) since = Date.parse(record.at);
    if (record.kind === 'out' && since !== undefined) {
      total += (Date.parse(record.at) - since) / 60_000;
      since = undefined;
    }
  }
  if (since !== undefined) total += (Date.now() - since) / 60_000;
  return Math.floor(total);
}

function evaluate(state, learnerId) {
  const records = state.records.filter((record) => record.learnerId === learnerId);
  const answered = state.responses.filter((item) => item.learnerId === learnerId).length;
  const attendedMinutes = minutesOf(records);
  const credit = attendedMinutes >= 50 ? Math.floor(attendedMinutes / 10) / 5 : 0;
  const last = records.at(-1);
  const flags =
    records.length === 0 ? ['no-record'] : last.kind === 'in' ? ['checkout-missing'] : [];
  return {
    records,
    result: {
      eligible: credit > 0,
      attendedMinutes,
      credits: { nasba: credit, icma: credit },
      promptsIssued: state.prompts.length,
      promptsAnswered: answered,
      flags,
      reasons: [
        records.length
          ? { rule: 'ATTEND.PARTIAL', message: `You attended ${attendedMinutes} minutes so far.` }
          : { rule: 'ATTEND.ON_RECORD', message: 'No check-in is on record yet.' },
      ],
    },
  };
}

function roster(state) {
  const learners = [...new Set(state.records.map((record) => record.learnerId))].sort();
  const entries = learners.map((learnerId) => {
    const { records, result } = evaluate(state, learnerId);
    const lastOut = records.findLast((record) => record.kind === 'out');
    return {
      learnerId,
      present: records.at(-1).kind === 'in',
      firstIn: records.find((record) => record.kind === 'in').at,
      ...(lastOut ? { lastOut: lastOut.at } : {}),
      attendedMinutes: result.attendedMinutes,
      credits: result.credits,
      promptsIssued: result.promptsIssued,
      promptsAnswered: result.promptsAnswered,
      flags: result.flags,
    };
  });
  return {
    eventId: state.event.id,
    presentCount: entries.filter((entry) => entry.present).length,
    entries,
  };
}

function rosterCsv(state) {
  const lines = ['learner,first check-in,last check-out,attended minutes'];
  for (const entry of roster(state).entries) {
    lines.push(
      [entry.learnerId, entry.firstIn, entry.lastOut ?? '', entry.attendedMinutes].join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

async function checkIn(ctx, state) {
  const learnerId = learnerOf(ctx);
  if (!learnerId) return problem(ctx, 401, 'Sign in first');
  const key = ctx.get('idempotency-key');
  const body = (await readJson(ctx.req)) ?? {};
  if (key && state.keys.has(key)) return answer(ctx, state, 200, state.keys.get(key));
  if (state.event.id.startsWith('closed')) {
    return problem(ctx, 422, 'Check-in is closed', {
      detail:
        'Check-in has closed. Check-in opens 30 minutes before a session starts and closes when it ends.',
      rule: 'ATTEND.WINDOW',
    });
  }
  if (normalize(body.code) !== CODE) {
    return problem(ctx, 422, 'Wrong code', { detail: 'The code is wrong.', rule: 'ATTEND.CODE' });
  }
  const record = {
    id: `r${state.records.length + 1}`,
    eventId: state.event.id,
    learnerId,
    kind: body.kind,
    at: new Date().toISOString(),
  };
  state.records.push(record);
  if (key) state.keys.set(key, record);
  answer(ctx, state, 201, record);
}

function answer(ctx, state, status, record) {
  if (state.network === 'lose-response') {
    // Stored, but no answer ever arrives (Chromium itself retries a reset POST once).
    ctx.respond = false;
    ctx.req.socket.destroy();
    return;
  }
  send(ctx, status, record);
}

async function api(ctx, rest) {
  const match = /^v1\/events\/([^/]+)(\/.*)?$/.exec(rest);
  if (!match) return problem(ctx, 404, 'Not found');
  const state = eventState(decodeURIComponent(match[1]));
  const tail = match[2] ?? '';
  if (state.network === 'down') {
    ctx.respond = false;
    ctx.req.socket.destroy();
    return;
  }
  const isGet = ctx.method === 'GET';
  if (tail === '' && isGet) return send(ctx, 200, state.event);
  if (tail === '/code' && isGet) {
    return send(ctx, 200, {
      code: CODE,
      expiresAt: new Date(Date.now() + 20_000).toISOString(),
      stepSeconds: 30,
      checkInUrl: `https://learn.example.org/session?cpe-code=${CODE}`,
    });
  }
  if (tail === '/check-ins' && ctx.method === 'POST') return checkIn(ctx, state);
  if (tail === '/attendance/me' && isGet) {
    const { records, result } = evaluate(state, learnerOf(ctx));
    return send(ctx, 200, { ...result, records });
  }
  if (tail === '/attendance' && isGet) {
    return ctx.query.format === 'csv'
      ? send(ctx, 200, rosterCsv(state), 'text/csv')
      : send(ctx, 200, roster(state));
  }
  if (tail === '/prompts' && isGet) {
    const learnerId = learnerOf(ctx);
    return send(
      ctx,
      200,
      state.prompts.map((prompt) => {
        const response = state.responses.find(
          (item) => item.promptId === prompt.id && item.learnerId === learnerId,
        );
        return response
          ? { ...prompt, answered: true, answeredAt: response.at }
          : { ...prompt, answered: false };
      }),
    );
  }
  if (tail === '/prompts' && ctx.method === 'POST') {
    const body = (await readJson(ctx.req)) ?? {};
    const prompt = {
      id: `p${state.prompts.length + 1}`,
      at: new Date().toISOString(),
      question: body.question,
      ...(body.choices ? { choices: body.choices } : {}),
    };
    state.prompts.push(prompt);
    return send(ctx, 201, prompt);
  }
  const answer = /^\/prompts\/([^/]+)\/responses$/.exec(tail);
  if (answer && ctx.method === 'POST') {
    const body = (await readJson(ctx.req)) ?? {};
    state.responses.push({
      promptId: answer[1],
      learnerId: learnerOf(ctx),
      answer: body.answer,
      at: new Date().toISOString(),
    });
    ctx.status = 204;
    return;
  }
  return problem(ctx, 404, 'Not found');
}

async function control(ctx, id) {
  const state = eventState(id);
  if (ctx.method === 'POST') state.network = ((await readJson(ctx.req)) ?? {}).network;
  send(ctx, 200, { network: state.network, records: state.records, responses: state.responses });
}

export default async function attendApi(ctx, next) {
  if (!ctx.path.startsWith(prefix)) return next();
  const rest = ctx.path.slice(prefix.length);
  if (rest.startsWith('control/')) return control(ctx, decodeURIComponent(rest.slice(8)));
  if (rest.startsWith('v1/')) return api(ctx, rest);
  return next();
}
