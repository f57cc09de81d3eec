import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeCredits,
  defaultPolicy,
  evaluateAttendance,
  evaluateRefund,
  evaluateRequirement,
  exchangePolicy,
  parse,
  AttendanceResult,
  CreditResult,
  RefundResult,
  RequirementResult,
} from '../../src/policy/index.js';

const policies = fc.constantFrom(defaultPolicy, exchangePolicy);
const minuteMethod = fc.constantFrom('group-live', 'group-internet', 'blended', 'self-study');
const increment = fc.constantFrom('fifth', 'half');
const edition = fc.constantFrom('2024', '2026');
const minutes = fc.double({ min: 0, max: 10_000, noNaN: true });
const instant = fc
  .date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());

function credits(input: object, policy = defaultPolicy): number {
  const result = computeCredits(input, policy);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value.credits.nasba;
}

describe('credit invariants', () => {
  it('more qualifying minutes never earn fewer credits', () => {
    fc.assert(
      fc.property(
        minuteMethod,
        increment,
        edition,
        minutes,
        minutes,
        policies,
        (method, inc, ed, a, b, policy) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const input = { method, increment: inc, edition: ed };
          expect(credits({ ...input, minutes: low }, policy)).toBeLessThanOrEqual(
            credits({ ...input, minutes: high }, policy),
          );
        },
      ),
    );
  });

  it('credits never exceed minutes / 50, and have at most one decimal', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('group-live', 'self-study', 'nano', 'recorded-webinar'),
        increment,
        edition,
        fc.double({ min: 0, max: 19.99, noNaN: true }),
        fc.boolean(),
        (method, inc, ed, small, scale) => {
          const value = method !== 'nano' && scale ? small * 400 : small;
          const result = computeCredits({ method, increment: inc, edition: ed, minutes: value });
          if (!result.ok) throw new Error(JSON.stringify(result.errors));
          expect(result.value.credits.nasba * 50).toBeLessThanOrEqual(
            result.value.qualifyingMinutes + 1e-9,
          );
          expect(result.value.credits.nasba * 10).toBe(Math.round(result.value.credits.nasba * 10));
          expect(result.value.reasons.length).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('the same input gives the same output', () => {
    fc.assert(
      fc.property(minuteMethod, increment, minutes, (method, inc, value) => {
        const input = { method, increment: inc, minutes: value };
        expect(computeCredits(input)).toEqual(computeCredits(structuredClone(input)));
      }),
    );
  });
});

describe('refund invariants', () => {
  const refund = fc.record({
    product: fc.constantFrom('self-study', 'live-event'),
    priceCents: fc.integer({ min: 0, max: 100_000_000 }),
    currency: fc.constantFrom('USD', 'EUR', 'JPY'),
    purchasedAt: instant,
    eventStart: instant,
    eventTimeZone: fc.constantFrom(
      'America/New_York',
      'Europe/Berlin',
      'Asia/Kolkata',
      'Australia/Sydney',
    ),
    finalTestTaken: fc.boolean(),
    written: fc.boolean(),
    attended: fc.boolean(),
    specialCircumstances: fc.boolean(),
    receivedAt: instant,
  });

  it('eligible: refund + fee = price; otherwise the refund is 0; always a reason', () => {
    fc.assert(
      fc.property(refund, policies, (input, policy) => {
        const result = evaluateRefund(input, policy, input.receivedAt);
        if (!result.ok) {
          expect(result.errors[0]!.path).toBe('receivedAt'); // before the purchase
          return;
        }
        const { outcome, refundCents, feeCents } = result.value;
        if (outcome === 'eligible') expect(refundCents + feeCents).toBe(input.priceCents);
        else expect([refundCents, feeCents]).toEqual([0, 0]);
        expect(result.value.reasons.length).toBeGreaterThan(0);
        expect(evaluateRefund(input, policy, input.receivedAt)).toEqual(result);
      }),
    );
  });
});

describe('fuzz: any JSON is a validation failure or a valid result, never an exception', () => {
  const decisions = [
    ['computeCredits', (input: unknown) => computeCredits(input), CreditResult],
    [
      'evaluateRefund',
      (input: unknown) => evaluateRefund(input, defaultPolicy, '2026-03-01T00:00:00Z'),
      RefundResult,
    ],
    [
      'evaluateAttendance',
      (input: unknown) => evaluateAttendance(input, defaultPolicy, '2026-03-01T00:00:00Z'),
      AttendanceResult,
    ],
    [
      'evaluateRequirement',
      (input: unknown) => evaluateRequirement(input, defaultPolicy),
      RequirementResult,
    ],
  ] as const;

  it.each(decisions)('%s', (_name, decide, schema) => {
    const check = (input: unknown) => {
      const result = decide(input);
      if (result.ok) {
        expect(parse(schema, result.value).ok).toBe(true);
        expect(result.value.reasons.length).toBeGreaterThan(0);
      } else {
        expect(result.errors.length).toBeGreaterThan(0);
        for (const error of result.errors) expect(typeof error.message).toBe('string');
      }
    };
    fc.assert(fc.property(fc.anything(), check), { numRuns: 300 });
    // Near-valid objects reach deeper than random values do.
    const nearly = fc.record(
      {
        method: fc.constantFrom(
          'group-live',
          'group-internet',
          'nano',
          'self-study',
          'college',
          'recorded-webinar',
          'x',
        ),
        product: fc.constantFrom('self-study', 'live-event', 'conference'),
        priceCents: fc.oneof(fc.integer({ min: 0, max: 100000 }), fc.anything()),
        currency: fc.constantFrom('USD', 'usd'),
        minutes: fc.oneof(minutes, fc.anything()),
        purchasedAt: fc.oneof(instant, fc.string()),
        eventStart: instant,
        year: fc.integer({ min: 1960, max: 2100 }),
        certifiedYear: fc.integer({ min: 1960, max: 2100 }),
        credits: fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.anything()),
        ethicsCredits: fc.double({ min: 0, max: 10, noNaN: true }),
        segments: fc.array(
          fc.oneof(
            fc.record({ minutes }),
            fc.record({ start: instant, end: instant }),
            fc.anything(),
          ),
          { maxLength: 4 },
        ),
        event: fc.record({
          method: fc.constantFrom('group-live', 'group-internet'),
          timeZone: fc.constantFrom('UTC', 'Nowhere/Else'),
          segments: fc.array(fc.record({ start: instant, end: instant }), { maxLength: 3 }),
        }),
        records: fc.array(fc.record({ kind: fc.constantFrom('in', 'out'), at: instant }), {
          maxLength: 6,
        }),
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(nearly, check), { numRuns: 300 });
  });
});
