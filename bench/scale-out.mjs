// The scale-out path (npm run bench; alone with `npm run bench -- --postgres`): a throwaway
// PostgreSQL cluster with fsync on, two API processes on it, 2,000 learners across 4 events
// checking in, answering a prompt and checking out, requests alternating between the
// processes. Every check-in is also sent, with the same Idempotency-Key, to the other process
// at once: one record must come of it. Counted afterwards from the database: 0 lost, 0 doubled.
import { fileURLToPath } from 'node:url';
import { mintToken, openPostgresStore } from '../dist/lib/server/index.js';
import { startCluster } from '../scripts/postgres.mjs';
import { send } from './http-client.mjs';
import { startServer } from './servers.mjs';

const secret = 'bench-secret-0123456789abcdef0123456789';
const EVENTS = 4;
const LEARNERS = 2000;
const CONCURRENCY = 40;
/** A code is valid for at least 30 s; a worker asks again after this long. */
const CODE_REFRESH_MS = 10_000;

export async function run() {
  const cluster = await startCluster({ durable: true });
  const servers = [];
  try {
    // One after the other: the first migrates the empty database.
    for (let i = 0; i < 2; i += 1) {
      servers.push(
        await startServer({ SERVER: 'api', DATABASE_URL: cluster.url, TOKEN_SECRET: secret }),
      );
    }
    const result = await scenario(servers.map((server) => server.origin));
    const counted = await countRecords(cluster.url, result.events, result.learners);
    print({ ...result, ...counted });
    return { ...result, ...counted };
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await cluster.stop();
  }
}

async function scenario(origins) {
  const bearer = async (sub, role) => `Bearer ${await mintToken(secret, { sub, role }, '1h')}`;
  const admin = await bearer('root', 'admin');
  const host = await bearer('grace', 'host');
  const call = async (origin, path, authorization, body, headers = {}) => {
    const { status, text } = await send(`${origin}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        authorization,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status, json: text ? JSON.parse(text) : undefined };
  };
  const now = Date.now();
  const events = [];
  for (let e = 0; e < EVENTS; e += 1) {
    const created = await call(origins[e % 2], '/v1/events', admin, {
      title: `Scale-out session ${e + 1}`,
      method: 'group-internet',
      timeZone: 'UTC',
      segments: [
        {
          start: new Date(now - 60_000).toISOString(),
          end: new Date(now + 3_600_000).toISOString(),
        },
      ],
    });
    const prompt = await call(origins[(e + 1) % 2], `/v1/events/${created.json.id}/prompts`, host, {
      question: 'Still with us?',
      choices: ['Yes'],
    });
    events.push({ id: created.json.id, promptId: prompt.json.id, code: undefined, codeAt: 0 });
  }
  const learners = await Promise.all(
    Array.from({ length: LEARNERS }, async (_, i) => ({
      sub: `scale-${i}`,
      event: events[i % EVENTS],
      authorization: await bearer(`scale-${i}`, 'learner'),
    })),
  );
  // Codes come from either process and must be accepted by the other.
  let codeTurn = 0;
  const codeOf = (event) => {
    if (Date.now() - event.codeAt > CODE_REFRESH_MS) {
      event.codeAt = Date.now();
      const origin = origins[codeTurn++ % 2];
      event.code = call(origin, `/v1/events/${event.id}/code`, host).then(({ json }) => json.code);
    }
    return event.code;
  };
  const latencies = [];
  const failures = [];
  const timed = async (what, send) => {
    const t0 = performance.now();
    const answer = await send();
    latencies.push(performance.now() - t0);
    if (answer.status >= 300)
      failures.push(`${what}: ${answer.status} ${JSON.stringify(answer.json)}`);
    return answer;
  };
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < learners.length) {
      const n = next++;
      const { sub, event, authorization } = learners[n];
      const [here, there] = n % 2 ? [origins[1], origins[0]] : origins;
      const path = `/v1/events/${event.id}/check-ins`;
      const key = { 'idempotency-key': `in-${sub}` };
      const body = { kind: 'in', code: await codeOf(event) };
      // The same request to both processes at once, as a retry through a balancer would.
      const [first, second] = await Promise.all([
        timed('in', () => call(here, path, authorization, body, key)),
        timed('in (same key)', () => call(there, path, authorization, body, key)),
      ]);
      if (first.json?.id !== second.json?.id) failures.push(`${sub}: two records for one key`);
      await timed('answer', () =>
        call(there, `/v1/events/${event.id}/prompts/${event.promptId}/responses`, authorization, {
          answer: 'Yes',
        }),
      );
      const out = { kind: 'out', code: await codeOf(event) };
      await timed('out', () =>
        call(here, path, authorization, out, { 'idempotency-key': `out-${sub}` }),
      );
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const totalMs = performance.now() - started;
  latencies.sort((a, b) => a - b);
  return {
    events: events.map((event) => event.id),
    learners: learners.map((learner) => learner.sub),
    requests: latencies.length,
    perSecond: Math.round((latencies.length / totalMs) * 1000),
    p50Ms: Math.round(percentile(latencies, 0.5)),
    p99Ms: Math.round(percentile(latencies, 0.99)),
    failures,
  };
}

/** From the database, after the run: each learner has exactly one in, one out, one answer. */
async function countRecords(url, events, learners) {
  const store = await openPostgresStore(url, 2);
  const ins = new Map();
  const outs = new Map();
  let answers = 0;
  for (const eventId of events) {
    for (const row of await store.listCheckIns(eventId)) {
      const counts = row.kind === 'in' ? ins : outs;
      counts.set(row.learnerId, (counts.get(row.learnerId) ?? 0) + 1);
    }
    answers += (await store.listResponses(eventId)).length;
  }
  await store.close();
  const lost = learners.filter((sub) => !ins.get(sub) || !outs.get(sub)).length;
  const duplicated = [...ins.values(), ...outs.values()].filter((count) => count > 1).length;
  return { lost, duplicated, answers };
}

function print(run) {
  console.log(
    `\nScale-out (PostgreSQL with fsync on, 2 API processes, ${LEARNERS} learners across ${EVENTS} events, ${CONCURRENCY} at a time, each check-in sent to both processes under one key)`,
  );
  console.log(
    `  ${run.requests} requests: ${run.perSecond} req/s, p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms; ${run.lost} lost, ${run.duplicated} duplicated, ${run.answers} answers stored, ${run.failures.length} refused`,
  );
  for (const failure of run.failures.slice(0, 5)) console.log(`    ${failure}`);
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
