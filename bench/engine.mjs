// Engine throughput on one core: credit calculations and refund quotes per second, measured
// on the built library (dist/lib), validation included. `node bench/engine.mjs` or `npm run bench`.
// Each figure is a range over timed rounds, so one slow round on a busy machine does not decide
// it. Credit calculations are also split into validation and the decision, and set beside a bare
// arithmetic baseline timed in the same rounds: the ratio says what the engine costs over a loop
// that only rounds minutes to credits, whatever else the machine is doing.
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const engine = await import('../dist/lib/policy/index.js');
const { creditsFor } = await import('../dist/lib/policy/credits.js');
const { computeCredits, evaluateRefund, defaultPolicy, parse, CreditInput } = engine;

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
const validCreditInputs = creditInputs.map((input) => parse(CreditInput, input).value);

/** The baseline: what a calculator without validation or reasons would do with each input. */
function bareCredits(input) {
  const minutes = input.minutes ?? (input.selfStudy?.words ?? 0) / 180;
  return { ok: true, value: Math.floor((minutes * 10) / 50) / 10 };
}

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

/**
 * Times `calls` (name -> call) in alternating rounds of `iterations` calls each, so a busy
 * spell on the machine falls on all of them alike. Every call must answer `{ ok: true }`.
 */
function measure(calls, iterations, rounds) {
  const entries = Object.entries(calls);
  for (const [, call] of entries) for (let i = 0; i < Math.min(iterations, 20_000); i += 1) call(i); // warm-up
  const times = new Map(entries.map(([name]) => [name, []]));
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, call] of entries) {
      const start = performance.now();
      let failures = 0;
      for (let i = 0; i < iterations; i += 1) if (!call(i).ok) failures += 1;
      times.get(name).push(performance.now() - start);
      if (failures > 0) throw new Error(`${name}: ${failures} inputs failed validation`);
    }
  }
  return entries.map(([name]) => figures(name, iterations, times.get(name)));
}

/** Per-call time and calls per second over the rounds: fastest, median and slowest. */
function figures(name, iterations, times) {
  const sorted = [...times].sort((a, b) => a - b);
  const nsPerOp = (ms) => Math.round((ms * 1e6) / iterations);
  const perSecond = (ms) => Math.round((iterations / ms) * 1000);
  const median = sorted[Math.floor(sorted.length / 2)];
  return {
    name,
    iterations,
    rounds: times.length,
    times,
    nsPerOp: nsPerOp(median),
    nsPerOpRange: `${nsPerOp(sorted[0])}-${nsPerOp(sorted.at(-1))}`,
    perSecond: perSecond(median),
    perSecondRange: `${perSecond(sorted.at(-1))}-${perSecond(sorted[0])}`,
  };
}

/** Round by round, how many times the baseline's time `figure` took: the median and range. */
function ratioToBaseline(figure, baseline) {
  const ratios = figure.times.map((ms, round) => ms / baseline.times[round]).sort((a, b) => a - b);
  const shown = (ratio) => ratio.toFixed(1);
  return {
    median: Number(shown(ratios[Math.floor(ratios.length / 2)])),
    range: `${shown(ratios[0])}-${shown(ratios.at(-1))}`,
  };
}

/** Runs the measurements; returns the figures (median and range over rounds) and prints a table. */
export async function run({ iterations = 200_000, rounds = 7 } = {}) {
  const input = (i) => creditInputs[i % creditInputs.length];
  const credit = measure(
    {
      'credit calculations': (i) => computeCredits(input(i), defaultPolicy),
      '  validation only (parse)': (i) => parse(CreditInput, input(i)),
      '  decision only (creditsFor)': (i) =>
        creditsFor(validCreditInputs[i % validCreditInputs.length], defaultPolicy),
      'bare arithmetic baseline': (i) => bareCredits(input(i)),
    },
    iterations,
    rounds,
  );
  const refunds = measure(
    {
      'refund quotes': (i) =>
        evaluateRefund(refundInputs[i % refundInputs.length], defaultPolicy, now),
    },
    Math.round(iterations / 4),
    rounds,
  );
  const baseline = credit.at(-1);
  // Each credit figure is set beside the baseline; the baseline and refund quotes are not.
  const compared = new Set(credit.slice(0, -1));
  const results = [...credit, ...refunds].map(({ times, ...figure }, index) => ({
    ...figure,
    ...(compared.has(credit[index]) ? { xBaseline: ratioToBaseline({ times }, baseline) } : {}),
  }));
  console.log('\nEngine throughput (one core, validation included; median and range over rounds)');
  console.table(
    Object.fromEntries(
      results.map(({ name, nsPerOp, nsPerOpRange, perSecond, perSecondRange, xBaseline }) => [
        name,
        {
          'ns/call': nsPerOp,
          'ns/call range': nsPerOpRange,
          'calls/s': perSecond,
          'calls/s range': perSecondRange,
          'x baseline': xBaseline ? `${xBaseline.median} (${xBaseline.range})` : '',
        },
      ]),
    ),
  );
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
