// Engine throughput on one core: credit calculations and refund quotes per second, measured
// on the built library (dist/lib), validation included. `node bench/engine.mjs` or `npm run bench`.
// Each figure is the median of several timed rounds, so one slow round on a busy machine
// does not decide it.
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const engine = await import('../dist/lib/policy/index.js');
const { computeCredits, evaluateRefund, defaultPolicy } = engine;

// Varied inputs (64 of each), built before timing, so no result can be folded into a constant.
const creditShapes = [
  (n) => ({ method: 'group-live', minutes: 50 + n * 7 }),
  (n) => ({ method: 'group-internet', minutes: 60 + n * 11, increment: 'half' }),
  (n) => ({
    method: 'self-study',
    selfStudy: { words: 3000 + n * 450, reviewQuestions: 3, examQuestions: 5 },
  }),
  (n) => ({
    method: 'group-live',
    minutes: 120 + n * 5,
    breaks: [{ minutes: 15 }, { minutes: n % 20 }],
  }),
];
const creditInputs = Array.from({ length: 64 }, (_, i) => creditShapes[i % 4](i));

const DAY_MS = 86_400_000;
const base = Date.parse('2026-01-05T15:00:00Z');
const instant = (ms) => new Date(ms).toISOString();
const zones = ['America/New_York', 'America/Chicago', 'Europe/London', 'Asia/Kolkata'];
const refundInputs = Array.from({ length: 64 }, (_, i) =>
  i % 2 === 0
    ? {
        product: 'self-study',
        priceCents: 19999 + i,
        currency: 'USD',
        purchasedAt: instant(base + i * DAY_MS),
        receivedAt: instant(base + i * DAY_MS + (i % 40) * DAY_MS + 3_600_000),
      }
    : {
        product: 'live-event',
        priceCents: 49900 + i,
        currency: 'USD',
        eventStart: instant(base + (i + 10) * DAY_MS),
        eventTimeZone: zones[i % zones.length],
        receivedAt: instant(base + i * DAY_MS - (i % 9) * 3_600_000),
      },
);
const now = '2026-03-02T12:00:00Z';

function measure(name, iterations, call, rounds) {
  for (let i = 0; i < Math.min(iterations, 20_000); i += 1) call(i); // warm-up
  const times = [];
  for (let round = 0; round < rounds; round += 1) {
    const start = performance.now();
    let failures = 0;
    for (let i = 0; i < iterations; i += 1) if (!call(i).ok) failures += 1;
    times.push(performance.now() - start);
    if (failures > 0) throw new Error(`${name}: ${failures} inputs failed validation`);
  }
  const ms = times.sort((a, b) => a - b)[Math.floor(rounds / 2)];
  return {
    name,
    iterations,
    rounds,
    ms: Math.round(ms),
    nsPerOp: Math.round((ms * 1e6) / iterations),
    perSecond: Math.round((iterations / ms) * 1000),
  };
}

/** Runs both measurements; returns the figures (median round) and prints a table. */
export async function run({ iterations = 200_000, rounds = 5 } = {}) {
  const results = [
    measure(
      'credit calculations',
      iterations,
      (i) => computeCredits(creditInputs[i % creditInputs.length], defaultPolicy),
      rounds,
    ),
    measure(
      'refund quotes',
      Math.round(iterations / 4),
      (i) => evaluateRefund(refundInputs[i % refundInputs.length], defaultPolicy, now),
      rounds,
    ),
  ];
  console.log('\nEngine throughput (one core, validation included, median of rounds)');
  console.table(Object.fromEntries(results.map(({ name, ...rest }) => [name, rest])));
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
