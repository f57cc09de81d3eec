// The real policy API for the browser tests: `createApp` of src/server on in-memory SQLite,
// served by the test server (a Koa middleware). Node 20 cannot import the TypeScript, so the
// server entry is bundled with esbuild when the config loads (packages stay external).
//   /api/{space}/...             the app of that space; each space has a store of its own, so a
//                                test that takes a fresh space sees only its own data
//   POST /test-api/token         { sub, role, name? } -> { token }, signed with the apps' secret
//   POST /test-api/space/{space} { line?, policy?, clockOffsetMs? }: the network in front of the
//                                space (below); the policy document its app runs (the default
//                                one otherwise); how far ahead of this machine its clock runs
//   GET  /test-api/space/{space} { line, requests: [{ method, path, idempotencyKey, body }] }:
//                                what reached the line, including what it dropped
// Line states, for what the real app cannot be:
//   up             requests reach the app
//   down           the connection drops: the browser sees a network failure
//   lose-response  the app handles (and stores) the request, then the connection drops
//   slow           the app's answer comes 300 ms late
//   flaky          every other request since the switch is a 503 that never reaches the app
//   web-page       an HTML page answers instead of the API (a wrong api-base)
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const bundle = resolve('node_modules/.cache/cpe-kit/server.mjs');
await build({
  entryPoints: ['src/server/index.ts'],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const server = await import(pathToFileURL(bundle).href);

const tokenSecret = 'browser-tests-secret-that-is-long-enough-for-hs256';
const spaces = new Map();

function spaceOf(name) {
  if (!spaces.has(name)) {
    const store = server.openSqliteStore(':memory:');
    spaces.set(name, { store, app: appOn(store), line: 'up', requests: [], switchedAt: 0 });
  }
  return spaces.get(name);
}

async function appOn(store, { policy, clockOffsetMs = 0 } = {}) {
  const now = () => new Date(Date.now() + clockOffsetMs);
  return server.createApp({ store: await store, tokenSecret, now, ...(policy ? { policy } : {}) });
}

async function readBytes(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function readJson(req) {
  const text = (await readBytes(req)).toString('utf8');
  return text ? JSON.parse(text) : {};
}

function sendJson(ctx, status, body, type = 'application/json') {
  ctx.status = status;
  ctx.type = type;
  ctx.body = JSON.stringify(body);
}

function dropConnection(ctx) {
  ctx.respond = false;
  ctx.req.socket.destroy();
}

/** The Koa request as a Fetch Request for Hono's `app.fetch`, at the app's own path. */
function fetchRequest(ctx, path, body) {
  return new Request(new URL(path + ctx.search, ctx.origin), {
    method: ctx.method,
    headers: Object.entries(ctx.headers),
    body,
  });
}

/** A Fetch Response onto Koa: status, headers, then the body (Koa keeps the content type). */
async function respond(ctx, response) {
  ctx.status = response.status;
  response.headers.forEach((value, name) => ctx.set(name, value));
  ctx.body = Buffer.from(await response.arrayBuffer());
}

async function throughLine(ctx, space, path) {
  const { line, requests } = space;
  const body = ctx.method === 'GET' || ctx.method === 'HEAD' ? undefined : await readBytes(ctx.req);
  requests.push({
    method: ctx.method,
    path,
    idempotencyKey: ctx.get('idempotency-key') || null,
    body: body?.toString('utf8') ?? null,
  });
  if (line === 'down') return dropConnection(ctx);
  if (line === 'web-page') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Not the API</title><p>A web page.</p>';
    return;
  }
  if (line === 'flaky' && (requests.length - space.switchedAt) % 2 === 1) {
    return sendJson(ctx, 503, { title: 'Try again', status: 503 }, 'application/problem+json');
  }
  if (line === 'slow') await new Promise((done) => setTimeout(done, 300));
  const response = await (await space.app).fetch(fetchRequest(ctx, path, body));
  if (line === 'lose-response') return dropConnection(ctx);
  await respond(ctx, response);
}

async function control(ctx, rest) {
  if (rest === 'token' && ctx.method === 'POST') {
    const { sub, role, name } = await readJson(ctx.req);
    return sendJson(ctx, 200, { token: await server.mintToken(tokenSecret, { sub, role, name }) });
  }
  const [kind, name] = rest.split('/');
  if (kind !== 'space' || !name) return sendJson(ctx, 404, { title: 'No such test control' });
  const space = spaceOf(name);
  if (ctx.method === 'POST') {
    const { line, ...settings } = await readJson(ctx.req);
    if (line) Object.assign(space, { line, switchedAt: space.requests.length });
    if (Object.keys(settings).length) {
      space.settings = { ...space.settings, ...settings };
      space.app = appOn(space.store, space.settings);
    }
  }
  sendJson(ctx, 200, { line: space.line, requests: space.requests });
}

export default async function realApi(ctx, next) {
  const [, root, name, ...rest] = ctx.path.split('/');
  if (root === 'api' && name) return throughLine(ctx, spaceOf(name), `/${rest.join('/')}`);
  if (root === 'test-api') return control(ctx, [name, ...rest].join('/'));
  return next();
}
