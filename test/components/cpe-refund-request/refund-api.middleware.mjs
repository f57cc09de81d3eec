// A stand-in policy API for the refund widgets' tests, under /refund-api/{space}/ only.
// Each test picks its own space, so counts and stored requests never leak between tests.
//   /refund-api/{space}/v1/...     answers like the real API (refund routes, canned rules)
//   /refund-api/{space}/stats      how many submits arrived, with which keys, what is stored
//   /refund-api/down-*/...         drops every connection: the browser sees a network failure
//   /refund-api/outage-*/...       like down- until a POST to /refund-api/outage-*/up
//   /refund-api/closing-*/...      quotes self-study with a deadline 1.5 s after the first
//                                  quote, and as too late once it has passed
//   /refund-api/lossy-*/...        stores a submit, then drops the connection before answering
//                                  (a lost response), until a POST to /refund-api/lossy-*/up
// Tokens: "Bearer learner" is learner-1, "Bearer admin" an admin.
import { problem, readJson, send } from '../stand-in-api.mjs';

const prefix = '/refund-api/';
const spaces = new Map();
const policyVersion = 'refund-api-test.1';

function space(name) {
  if (!spaces.has(name)) spaces.set(name, { submits: [], byKey: new Map(), byId: new Map() });
  return spaces.get(name);
}

const later = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const inDays = (days) => new Date(Date.now() + days * 86_400_000).toISOString();

/** Canned rules, enough to tell the outcomes apart; the real ones are the engine's. */
function quote(body) {
  const base = { currency: body.currency, remedy: 'refund', policyVersion };
  if (body.product === 'conference') {
    return {
      ...base,
      outcome: 'external-policy',
      refundCents: 0,
      feeCents: 0,
      link: 'https://example.org/conference/refunds',
      reasons: [{ rule: 'REFUND.CONFERENCE', message: 'The conference has its own policy.' }],
    };
  }
  if (body.specialCircumstances) {
    return {
      ...base,
      outcome: 'manual-review',
      refundCents: 0,
      feeCents: 0,
      reasons: [{ rule: 'REFUND.SPECIAL_CIRCUMSTANCES', message: 'A person reviews this.' }],
    };
  }
  if (body.finalTestTaken) {
    return {
      ...base,
      outcome: 'ineligible',
      refundCents: 0,
      feeCents: 0,
      reasons: [{ rule: 'REFUND.SELF_STUDY_TEST_TAKEN', message: 'The final test was taken.' }],
    };
  }
  const feeCents = Math.round(body.priceCents / 10);
  return {
    ...base,
    outcome: 'eligible',
    refundCents: body.priceCents - feeCents,
    feeCents,
    deadline: inDays(3),
    payBy: inDays(40),
    reasons: [{ rule: 'REFUND.FEE', message: 'A 10% processing fee is kept.' }],
  };
}

/** A window that closes moments after the first quote, for watching the answer change. */
function closingQuote(state, body) {
  state.closesAt ??= Date.now() + 1500;
  const deadline = new Date(state.closesAt).toISOString();
  if (Date.now() <= state.closesAt) return { ...quote(body), deadline };
  return {
    currency: body.currency,
    remedy: 'refund',
    policyVersion,
    outcome: 'ineligible',
    refundCents: 0,
    feeCents: 0,
    deadline,
    reasons: [{ rule: 'REFUND.SELF_STUDY_WINDOW', message: 'The window has closed.' }],
  };
}

const roleOf = (ctx) =>
  ({ 'Bearer learner': 'learner', 'Bearer admin': 'admin' })[ctx.get('authorization')];

function store(state, body, key) {
  const id = `RF-${String(state.byId.size + 1).padStart(4, '0')}`;
  const receivedAt = new Date().toISOString();
  const record = {
    id,
    learnerId: 'learner-1',
    receivedAt,
    request: body,
    decision: quote(body),
    policyVersion,
    status: 'pending',
    audit: [{ at: receivedAt, by: 'learner-1', action: 'submitted' }],
  };
  state.byKey.set(key, record);
  state.byId.set(id, record);
  return record;
}

async function api(ctx, state, name, path) {
  const route = `${ctx.method} ${path}`;
  if (route === 'POST v1/refunds/quote') {
    await later(20);
    const body = await readJson(ctx.req);
    if (name.startsWith('closing-')) return send(ctx, 200, closingQuote(state, body));
    return send(ctx, 200, quote(body));
  }
  if (route === 'POST v1/refunds') {
    if (!roleOf(ctx)) return problem(ctx, 401, 'Sign in first', { detail: 'No token.' });
    const key = ctx.get('idempotency-key');
    const body = await readJson(ctx.req);
    state.submits.push(key);
    if (!key) return problem(ctx, 400, 'Idempotency-Key is required', { detail: '' });
    // Slow enough that a second click lands while the first request is still out.
    await later(150);
    const known = state.byKey.get(key);
    const record = known ?? store(state, body, key);
    // Chromium resends a reset POST once by itself; the key keeps that to one record too.
    if (name.startsWith('lossy-') && !state.up) {
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
    return send(ctx, known ? 200 : 201, record);
  }
  if (route === 'GET v1/refunds') {
    if (roleOf(ctx) !== 'admin') return problem(ctx, 403, 'Admins only', { detail: '' });
    return send(ctx, 200, [...state.byId.values()]);
  }
  const one = /^v1\/refunds\/([^/]+)(\/decision)?$/.exec(path);
  if (one) {
    const record = state.byId.get(decodeURIComponent(one[1]));
    if (!record) return problem(ctx, 404, 'No such request', { detail: '' });
    if (ctx.method === 'GET' && !one[2]) return send(ctx, 200, record);
    if (ctx.method === 'POST' && one[2]) {
      if (roleOf(ctx) !== 'admin') return problem(ctx, 403, 'Admins only', { detail: '' });
      const body = await readJson(ctx.req);
      if (!body?.note) {
        return problem(ctx, 400, 'Some of the input is not valid', {
          detail: 'note is required',
          errors: [{ path: 'note', message: 'is required' }],
        });
      }
      record.status = body.decision === 'approve' ? 'approved' : 'denied';
      record.audit.push({
        at: new Date().toISOString(),
        by: 'admin-1',
        action: body.decision === 'approve' ? 'approved' : 'denied',
        note: body.note,
      });
      return send(ctx, 200, record);
    }
  }
  return problem(ctx, 404, 'Not found', { detail: `No route for ${route}.` });
}

export default async function refundApi(ctx, next) {
  if (!ctx.path.startsWith(prefix)) return next();
  const [name = '', ...rest] = ctx.path.slice(prefix.length).split('/');
  const path = rest.join('/');
  if (name.startsWith('down-')) {
    ctx.respond = false;
    ctx.req.socket.destroy();
    return;
  }
  const state = space(name);
  if (path === 'up' && ctx.method === 'POST') {
    state.up = true;
    return send(ctx, 200, { up: true });
  }
  if (name.startsWith('outage-')) {
    if (!state.up) {
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
  }
  if (path === 'stats') {
    return send(ctx, 200, {
      submits: state.submits.length,
      keys: state.submits,
      stored: state.byId.size,
    });
  }
  if (path === 'seed' && ctx.method === 'POST') {
    const items = await readJson(ctx.req);
    for (const [index, body] of items.entries()) store(state, body, `seed-${index}`);
    return send(ctx, 200, { stored: state.byId.size });
  }
  if (path.startsWith('v1/')) return api(ctx, state, name, path);
  return next();
}
