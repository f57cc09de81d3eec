// Engine throughput on one core: credit calculations and refund quotes per second, measured
// on the built library (dist/lib), validation included. `node bench/engine.mjs` or `npm run bench`.
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const engine = await import('../dist/lib/policy/index.js');
const { computeCredits, evaluateRefund, defaultPolicy } = engine;

const creditInputs = [
  { method: 'group-live', minutes: 75 },
  { method: 'group-internet', minutes: 140, increment: 'half' },
  { method: 'self-study', selfStudy: { words: 9000, reviewQuestions: 3, examQuestions: 5 } },
  { method: 'group-live', minutes: 240, breaks: [{ minutes: 15 }, { minutes: 10 }] },
];
const refundInputs = [
  {
    product: 'self-study',
    priceCents: 19999,
    currency: 'USD',
    purchasedAt: '2026-03-01T10:00:00-05:00',
    receivedAt: '2026-03-20T10:00:00-04:00',
  },
  {
    product: 'live-event',
    priceCents: 49900,
    currency: 'USD',
    eventStart: '2026-03-10T09:00:00-04:00',
    eventTimeZone: 'America/New_York',
    receivedAt: '2026-03-01T12:00:00-05:00',
  },
];
const now = '2026-03-02T12:00:00Z';

function measure(name, iterations, call) {
  for (let i = 0; i < Math.min(iterations, 20_000); i += 1) call(i); // warm-up
  const start = performance.now();
  let failures = 0;
  for (let i = 0; i < iterations; i += 1) if (!call(i).ok) failures += 1;
  const ms = performance.now() - start;
  if (failures > 0) throw new Error(`${name}: ${failures} inputs failed validation`);
  return { name, iterations, ms: Math.round(ms), perSecond: Math.round((iterations / ms) * 1000) };
}

/** Runs both measurements; returns the figures and prints a table. */
export async function run({ iterations = 200_000 } = {}) {
  const results = [
    measure('credit calculations', iterations, (i) =>
      computeCredits(creditInputs[i % creditInputs.length], defaultPolicy),
    ),
    measure('refund quotes', Math.round(iterations / 4), (i) =>
      evaluateRefund(refundInputs[i % refundInputs.length], defaultPolicy, now),
    ),
  ];
  console.log('\nEngine throughput (one core, validation included)');
  console.table(Object.fromEntries(results.map(({ name, ...rest }) => [name, rest])));
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
