// API load (npm run bench): POST /v1/credits on the API vs a bare node:http JSON server, and
// a burst of 400 learners checking in 40 at a time, each server in a process of its own (the
// load generator here never shares a core's event loop with what it measures); then durable
// check-ins/s in process vs raw SQLite. Everything listens on 127.0.0.1 only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import {
  createApp,
  mintToken,
  openSqliteDatabase,
  openSqliteStore,
} from '../dist/lib/server/index.js';
import { send } from './http-client.mjs';
import { startServer } from './servers.mjs';

const secret = 'bench-secret-0123456789abcdef0123456789';
const creditBody = JSON.stringify({
  method: 'group-live',
  segments: [{ start: '2026-03-02T14:00:00Z', end: '2026-03-02T16:00:00Z' }],
  breaks: [{ minutes: 15 }],
});
const CONNECTIONS = 32;

function load(origin, seconds) {
  return autocannon({
    url: `${origin}/v1/credits`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: creditBody,
    connections: CONNECTIONS,
    duration: seconds,
  });
}

/**
 * POST /v1/credits on the API and on three baselines, alternating rounds: bare node:http
 * answering a small object, and answering the API's own reply bytes (like for like on the
 * wire), and one Hono route answering those bytes (the framework alone). Per server: requests/s
 * and its CPU per request, which a busy machine moves far less than it moves requests/s.
 */
async function creditsVsBare(dataDir, rounds = 4) {
  const api = await startServer({
    SERVER: 'api',
    SQLITE_FILE: join(dataDir, 'credits.sqlite'),
    TOKEN_SECRET: secret,
    LIMITS: 'off',
  });
  const probe = await fetch(`${api.origin}/v1/credits`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: creditBody,
  });
  const reply = await probe.text();
  const servers = {
    bare: await startServer({ SERVER: 'bare' }),
    sameBytes: await startServer({ SERVER: 'bare', REPLY: reply }),
    hono: await startServer({ SERVER: 'hono', REPLY: reply }),
    api,
  };
  try {
    const smallReply = await (
      await fetch(`${servers.bare.origin}/v1/credits`, { method: 'POST', body: creditBody })
    ).text();
    for (const server of Object.values(servers)) await load(server.origin, 1); // warm-up
    const measured = Object.fromEntries(
      Object.keys(servers).map((name) => [name, { rps: [], cpu: [] }]),
    );
    let apiErrors = 0;
    // Alternating rounds: on a shared machine, background load then hits all alike.
    for (let round = 0; round < rounds; round += 1) {
      for (const [name, server] of Object.entries(servers)) {
        const before = await server.cpuMicros();
        const result = await load(server.origin, 3);
        const used = (await server.cpuMicros()) - before;
        measured[name].rps.push(result.requests.average);
        measured[name].cpu.push(used / result.requests.total);
        if (name === 'api') apiErrors += result.errors + result.non2xx;
      }
    }
    const ratios = (of, to) => range(measured[of].rps.map((rps, i) => rps / measured[to].rps[i]));
    const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
    return {
      status: probe.status,
      replyBytes: Buffer.byteLength(reply),
      smallReplyBytes: Buffer.byteLength(smallReply),
      rps: Object.fromEntries(
        Object.entries(measured).map(([n, m]) => [n, Math.round(mean(m.rps))]),
      ),
      cpuMicros: Object.fromEntries(Object.entries(measured).map(([n, m]) => [n, range(m.cpu, 1)])),
      ratio: ratios('api', 'bare'),
      sameBytesRatio: ratios('api', 'sameBytes'),
      honoRatio: ratios('api', 'hono'),
      honoFloor: ratios('hono', 'sameBytes'),
      apiErrors,
    };
  } finally {
    await Promise.all(Object.values(servers).map((server) => server.stop()));
  }
}

/** An event running now, and its current code, through `call` (app.request or fetch). */
async function eventWithCode(call) {
  const admin = await mintToken(secret, { sub: 'root', role: 'admin' });
  const host = await mintToken(secret, { sub: 'grace', role: 'host' });
  const now = Date.now();
  const created = await call('/v1/events', {
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
  const codeResponse = await call(`/v1/events/${id}/code`, {
    headers: { authorization: `Bearer ${host}` },
  });
  return { id, code: (await codeResponse.json()).code };
}

/**
 * 400 learners check in over HTTP, 40 in flight at a time, against the API in its own process
 * on SQLite; a fresh event each round. Latency of each, check-ins/s, and none lost.
 */
async function checkInBurst(dataDir, rounds = 5) {
  const file = join(dataDir, 'burst.sqlite');
  const server = await startServer({ SERVER: 'api', SQLITE_FILE: file, TOKEN_SECRET: secret });
  const call = (path, init) => fetch(`${server.origin}${path}`, init);
  const learners = await Promise.all(
    Array.from({ length: 400 }, async (_, i) => ({
      sub: `learner-${i}`,
      token: await mintToken(secret, { sub: `learner-${i}`, role: 'learner' }),
    })),
  );
  const results = [];
  const events = [];
  for (let round = 0; round < rounds; round += 1) {
    const event = await eventWithCode(call);
    events.push(event.id);
    const latencies = [];
    let acknowledged = 0;
    let next = 0;
    const cpuBefore = await server.cpuMicros();
    const benchCpuBefore = process.cpuUsage();
    const started = performance.now();
    const worker = async () => {
      while (next < learners.length) {
        const learner = learners[next++];
        const t0 = performance.now();
        const response = await send(`${server.origin}/v1/events/${event.id}/check-ins`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${learner.token}`,
            'content-type': 'application/json',
            'idempotency-key': `burst-${round}-${learner.sub}`,
          },
          body: JSON.stringify({ kind: 'in', code: event.code }),
        });
        latencies.push(performance.now() - t0);
        if (response.status === 201) acknowledged += 1;
      }
    };
    await Promise.all(Array.from({ length: 40 }, worker));
    const totalMs = performance.now() - started;
    const cpuMicros = (await server.cpuMicros()) - cpuBefore;
    const benchCpu = process.cpuUsage(benchCpuBefore);
    latencies.sort((a, b) => a - b);
    results.push({
      acknowledged,
      cpuMicros: cpuMicros / learners.length,
      benchCpuMicros: (benchCpu.user + benchCpu.system) / learners.length,
      p50: percentile(latencies, 0.5),
      p99: percentile(latencies, 0.99),
      perSecond: (learners.length / totalMs) * 1000,
    });
  }
  await server.stop();
  // Counted from the file after the server has gone: what a restart would find.
  const store = await openSqliteStore(file);
  let lost = 0;
  for (const eventId of events) {
    const stored = new Set((await store.listCheckIns(eventId)).map((row) => row.learnerId));
    lost += learners.filter((learner) => !stored.has(learner.sub)).length;
  }
  await store.close();
  return {
    learners: learners.length,
    concurrency: 40,
    rounds,
    acknowledged: results.reduce((sum, r) => sum + r.acknowledged, 0),
    lost,
    p50Ms: range(results.map((r) => r.p50)),
    p99Ms: range(results.map((r) => r.p99)),
    perSecond: range(
      results.map((r) => r.perSecond),
      0,
    ),
    cpuMicros: range(
      results.map((r) => r.cpuMicros),
      0,
    ),
    benchCpuMicros: range(
      results.map((r) => r.benchCpuMicros),
      0,
    ),
    // The first round runs on a freshly started server, its code not yet optimized.
    byRound: results.map(
      (r, i) =>
        `${i === 0 ? 'cold' : `round ${i + 1}`} p99 ${round(r.p99, 1)} ms, ${Math.round(r.perSecond)}/s`,
    ),
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
  const event = await eventWithCode((path, init) => app.request(path, init));
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
const round = (n, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
/** "low-high" over rounds (one value when they agree to the digits shown). */
const range = (values, digits = 2) => {
  const low = round(Math.min(...values), digits);
  const high = round(Math.max(...values), digits);
  return low === high ? `${low}` : `${low}-${high}`;
};

/** `checkInOnly`: just the burst, to rerun the one figure a check-in change moves. */
export async function run({ checkInOnly = false } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'cpe-bench-'));
  try {
    if (checkInOnly) {
      const burst = await checkInBurst(dataDir);
      console.log(`\nAPI load (127.0.0.1; the server in its own process)`);
      printBurst(burst);
      return { burst };
    }
    const credits = await creditsVsBare(dataDir);
    const burst = await checkInBurst(dataDir);
    const durable = await durableCheckIns(dataDir);
    console.log(
      `\nAPI load (127.0.0.1; each server in its own process, the load generator in this one)`,
    );
    const { rps, cpuMicros: cpu } = credits;
    console.log(
      `  POST /v1/credits, autocannon ${CONNECTIONS} connections, 4 alternating rounds of 3 s: ${rps.api} req/s, ${cpu.api} µs CPU each (status ${credits.status}, ${credits.replyBytes}-byte reply, ${credits.apiErrors} errors)`,
    );
    console.log(
      `    vs bare node:http answering ${credits.smallReplyBytes} bytes: ${rps.bare} req/s, ${cpu.bare} µs CPU each: ratio ${credits.ratio} over rounds (goal >= 0.85)`,
    );
    console.log(
      `    vs bare node:http answering the API's ${credits.replyBytes} bytes: ${rps.sameBytes} req/s, ${cpu.sameBytes} µs CPU each: ratio ${credits.sameBytesRatio}`,
    );
    console.log(
      `    vs one bare Hono route answering those bytes: ${rps.hono} req/s, ${cpu.hono} µs CPU each: ratio ${credits.honoRatio} (Hono itself to node:http: ${credits.honoFloor})`,
    );
    printBurst(burst);
    console.log(
      `  durable check-ins in process (SQLite WAL, synchronous=FULL): ${durable.apiPerSecond}/s through the API vs ${durable.rawPerSecond}/s raw better-sqlite3 inserts: ratio ${durable.ratio}; vs ${durable.rawKeyAndRecordPerSecond}/s raw key+record commits: ratio ${durable.ratioSameWrites}`,
    );
    return { credits, burst, durable };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function printBurst(burst) {
  console.log(
    `  check-in burst on SQLite: ${burst.learners} learners, ${burst.concurrency} at a time, ${burst.rounds} rounds: p50 ${burst.p50Ms} ms, p99 ${burst.p99Ms} ms (goal < 150), ${burst.perSecond} check-ins/s (goal >= 1,000), ${burst.cpuMicros} µs server CPU each (the load generator ${burst.benchCpuMicros}), ${burst.acknowledged} acknowledged, ${burst.lost} lost`,
  );
  console.log(`    by round: ${burst.byRound.join('; ')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await run({ checkInOnly: process.argv.includes('--check-in') });
}
