// API load (npm run bench): POST /v1/credits on the Hono app vs a bare node:http JSON server,
// a burst of 400 learners checking in 40 at a time, and durable check-ins/s vs raw SQLite.
// Everything listens on 127.0.0.1 only; each phase lasts a few seconds.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import {
  createApp,
  mintToken,
  openSqliteDatabase,
  openSqliteStore,
} from '../dist/lib/server/index.js';

const secret = 'bench-secret-0123456789abcdef0123456789';
const creditBody = JSON.stringify({
  method: 'group-live',
  segments: [{ start: '2026-03-02T14:00:00Z', end: '2026-03-02T16:00:00Z' }],
  breaks: [{ minutes: 15 }],
});

const listen = (server) =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
const close = (server) => new Promise((resolve) => server.close(resolve));

function load(port, seconds) {
  return autocannon({
    url: `http://127.0.0.1:${port}/v1/credits`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: creditBody,
    connections: 20,
    duration: seconds,
  });
}

/** Requests/s of POST /v1/credits on the app and on a bare server that parses and answers JSON. */
async function creditsVsBare(dataDir) {
  const bare = createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, method: input.method }));
    });
  });
  const store = await openSqliteStore(join(dataDir, 'credits.sqlite'));
  // One client address sends every request: the per-address limit is off to measure the app.
  const api = serve({
    fetch: createApp({ store, tokenSecret: secret, limits: { anonymousPerMinute: 0 } }).fetch,
    port: 0,
    hostname: '127.0.0.1',
  });
  await new Promise((resolve) => api.once('listening', resolve));
  const barePort = await listen(bare);
  const apiPort = api.address().port;
  const probe = await fetch(`http://127.0.0.1:${apiPort}/v1/credits`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: creditBody,
  });
  await load(barePort, 1); // warm-up
  await load(apiPort, 1);
  // Alternating short rounds: on a shared machine, background load then hits both alike.
  let bareRequests = 0;
  let apiRequests = 0;
  let apiErrors = 0;
  for (let round = 0; round < 3; round += 1) {
    bareRequests += (await load(barePort, 2)).requests.total;
    const apiRound = await load(apiPort, 2);
    apiRequests += apiRound.requests.total;
    apiErrors += apiRound.errors + apiRound.non2xx;
  }
  await close(bare);
  await close(api);
  await store.close();
  return {
    status: probe.status,
    apiRps: Math.round(apiRequests / 6),
    bareRps: Math.round(bareRequests / 6),
    ratio: round(apiRequests / bareRequests),
    apiErrors,
  };
}

async function eventWithCode(app) {
  const admin = await mintToken(secret, { sub: 'root', role: 'admin' });
  const host = await mintToken(secret, { sub: 'grace', role: 'host' });
  const now = Date.now();
  const created = await app.request('/v1/events', {
    method: 'POST',
    headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      title: 'Bench session',
      method: 'group-live',
      timeZone: 'UTC',
      segments: [
        {
          start: new Date(now - 60_000).toISOString(),
          end: new Date(now + 3_600_000).toISOString(),
        },
      ],
    }),
  });
  const { id } = await created.json();
  const codeResponse = await app.request(`/v1/events/${id}/code`, {
    headers: { authorization: `Bearer ${host}` },
  });
  return { id, code: (await codeResponse.json()).code };
}

/** 400 learners check in over HTTP, 40 in flight at a time; latency of each, and none lost. */
async function checkInBurst(dataDir) {
  const store = await openSqliteStore(join(dataDir, 'burst.sqlite'));
  const app = createApp({ store, tokenSecret: secret });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const event = await eventWithCode(app);
  const learners = await Promise.all(
    Array.from({ length: 400 }, async (_, i) => ({
      sub: `learner-${i}`,
      token: await mintToken(secret, { sub: `learner-${i}`, role: 'learner' }),
    })),
  );
  const latencies = [];
  let acknowledged = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < learners.length) {
      const learner = learners[next++];
      const t0 = performance.now();
      const response = await fetch(`${origin}/v1/events/${event.id}/check-ins`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${learner.token}`,
          'content-type': 'application/json',
          'idempotency-key': `burst-${learner.sub}`,
        },
        body: JSON.stringify({ kind: 'in', code: event.code }),
      });
      await response.arrayBuffer();
      latencies.push(performance.now() - t0);
      if (response.status === 201) acknowledged += 1;
    }
  };
  await Promise.all(Array.from({ length: 40 }, worker));
  const totalMs = performance.now() - started;
  const stored = new Set((await store.listCheckIns(event.id)).map((row) => row.learnerId));
  await close(server);
  await store.close();
  latencies.sort((a, b) => a - b);
  return {
    learners: learners.length,
    concurrency: 40,
    acknowledged,
    lost: learners.filter((learner) => !stored.has(learner.sub)).length,
    p50Ms: round(percentile(latencies, 0.5)),
    p99Ms: round(percentile(latencies, 0.99)),
    totalMs: Math.round(totalMs),
  };
}

/** Check-ins/s through the app (in process) vs raw inserts, each one its own durable commit. */
async function durableCheckIns(dataDir, seconds = 3) {
  const store = await openSqliteStore(join(dataDir, 'durable.sqlite'));
  // 50 learners checking in and out as fast as they can: far past the per-learner limits.
  const app = createApp({
    store,
    tokenSecret: secret,
    limits: { learnerWritesPerMinute: 0, checkInsPerLearner: 0 },
  });
  const event = await eventWithCode(app);
  const tokens = await Promise.all(
    Array.from({ length: 50 }, (_, i) => mintToken(secret, { sub: `d-${i}`, role: 'learner' })),
  );
  let apiCount = 0;
  const apiUntil = performance.now() + seconds * 1000;
  const apiStart = performance.now();
  while (performance.now() < apiUntil) {
    const response = await app.request(`/v1/events/${event.id}/check-ins`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${tokens[apiCount % tokens.length]}`,
        'content-type': 'application/json',
        'idempotency-key': `durable-${apiCount}`,
      },
      // Each learner alternates in and out: the API refuses a record that repeats the state.
      body: JSON.stringify({
        kind: Math.floor(apiCount / tokens.length) % 2 === 0 ? 'in' : 'out',
        code: event.code,
      }),
    });
    if (response.status !== 201)
      throw new Error(`check-in failed: ${response.status} ${await response.text()}`);
    apiCount += 1;
  }
  const apiPerSecond = apiCount / ((performance.now() - apiStart) / 1000);
  await store.close();

  const raw = openSqliteDatabase(join(dataDir, 'raw.sqlite'));
  raw.exec(
    'create table check_ins (id text primary key, event_id text, learner_id text, kind text, at text)',
  );
  const insert = raw.prepare('insert into check_ins values (?, ?, ?, ?, ?)');
  let rawCount = 0;
  const rawUntil = performance.now() + seconds * 1000;
  const rawStart = performance.now();
  while (performance.now() < rawUntil) {
    insert.run(crypto.randomUUID(), 'event', `d-${rawCount % 50}`, 'in', new Date().toISOString());
    rawCount += 1;
  }
  const rawPerSecond = rawCount / ((performance.now() - rawStart) / 1000);

  // The same writes as an API check-in: the Idempotency-Key row and the record, one commit.
  raw.exec(
    'create table keys (scope text, subject text, key text, reply text, primary key (scope, subject, key))',
  );
  const insertKey = raw.prepare('insert into keys values (?, ?, ?, ?)');
  const both = raw.transaction((n) => {
    const id = crypto.randomUUID();
    insertKey.run('check-ins', `d-${n % 50}`, `k-${n}`, JSON.stringify({ id }));
    insert.run(id, 'event', `d-${n % 50}`, 'in', new Date().toISOString());
  });
  let pairCount = 0;
  const pairUntil = performance.now() + seconds * 1000;
  const pairStart = performance.now();
  while (performance.now() < pairUntil) both(pairCount++);
  const pairPerSecond = pairCount / ((performance.now() - pairStart) / 1000);
  raw.close();
  return {
    apiPerSecond: Math.round(apiPerSecond),
    rawPerSecond: Math.round(rawPerSecond),
    ratio: round(apiPerSecond / rawPerSecond),
    rawKeyAndRecordPerSecond: Math.round(pairPerSecond),
    ratioSameWrites: round(apiPerSecond / pairPerSecond),
  };
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
const round = (n) => Math.round(n * 100) / 100;

export async function run() {
  const dataDir = mkdtempSync(join(tmpdir(), 'cpe-bench-'));
  try {
    const credits = await creditsVsBare(dataDir);
    const burst = await checkInBurst(dataDir);
    const durable = await durableCheckIns(dataDir);
    console.log(
      '\nAPI load (127.0.0.1, autocannon, 20 connections, 3 alternating rounds of 2 s each)',
    );
    console.log(
      `  POST /v1/credits: ${credits.apiRps} req/s (status ${credits.status}, ${credits.apiErrors} errors) vs bare node:http ${credits.bareRps} req/s: ratio ${credits.ratio} (goal >= 0.8)`,
    );
    console.log(
      `  check-in burst: ${burst.learners} learners, ${burst.concurrency} at a time: p50 ${burst.p50Ms} ms, p99 ${burst.p99Ms} ms, ${burst.acknowledged} acknowledged, ${burst.lost} lost, ${burst.totalMs} ms in all`,
    );
    console.log(
      `  durable check-ins (SQLite WAL, synchronous=FULL): ${durable.apiPerSecond}/s through the API vs ${durable.rawPerSecond}/s raw better-sqlite3 inserts: ratio ${durable.ratio}; vs ${durable.rawKeyAndRecordPerSecond}/s raw key+record commits: ratio ${durable.ratioSameWrites}`,
    );
    return { credits, burst, durable };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
