import { describe, expect, it } from 'vitest';
import {
  EnrollmentCreate,
  RefundQuoteBody,
  RefundSubmitBody,
  refundInputFromRecord,
  unverifiedDecision,
} from '../../src/policy/enrollments.js';
import { defaultPolicy } from '../../src/policy/policy.js';
import { evaluateRefund } from '../../src/policy/refunds.js';
import { parse } from '../../src/policy/schemas.js';

const enrollment = {
  pricePaidCents: 19_999,
  currency: 'USD',
  purchasedAt: '2026-03-01T10:00:00-05:00',
};
const event = {
  timeZone: 'America/Chicago',
  segments: [{ start: '2026-03-20T13:00:00-05:00' }, { start: '2026-03-20T09:00:00-05:00' }],
};

describe('EnrollmentCreate', () => {
  it('needs the order facts and a real email', () => {
    const result = parse(EnrollmentCreate, {
      learner: { sub: 'lms|42', name: ' ', email: 'not-an-email' },
      pricePaidCents: -1,
      currency: 'usd',
      purchasedAt: 'yesterday',
    });
    // A field may carry more than one message; each field is named.
    expect(new Set(result.ok ? [] : result.errors.map((error) => error.path))).toEqual(
      new Set([
        'learner.name',
        'learner.email',
        'pricePaidCents',
        'currency',
        'purchasedAt',
        'orderRef',
      ]),
    );
  });
});

describe('refundInputFromRecord', () => {
  it('takes every fact from the record: live event, its first session, its zone', () => {
    const input = refundInputFromRecord({
      enrollment,
      program: {
        product: 'live-event',
        deliveryMethod: 'group-live',
        timeZone: 'America/New_York',
      },
      event,
      attended: false,
      receivedAt: '2026-03-14T12:00:00-05:00',
    });
    expect(input).toEqual({
      product: 'live-event',
      priceCents: 19_999,
      currency: 'USD',
      purchasedAt: enrollment.purchasedAt,
      eventStart: '2026-03-20T09:00:00-05:00',
      eventTimeZone: 'America/Chicago',
      finalTestTaken: false,
      written: true,
      attended: false,
      recordedWebinar: false,
      receivedAt: '2026-03-14T12:00:00-05:00',
    });
    // 6 days ahead in the event's zone: eligible, less the 10% fee.
    const decision = evaluateRefund(input, defaultPolicy, input.receivedAt!);
    expect(decision.ok && decision.value.refundCents).toBe(17_999);
  });

  it('counts a recorded score as the final test taken', () => {
    const input = refundInputFromRecord({
      enrollment: {
        ...enrollment,
        assessment: { scorePercent: 40, passed: false, recordedAt: '2026-03-05T10:00:00Z' },
      },
      program: {
        product: 'self-study',
        deliveryMethod: 'self-study',
        timeZone: 'America/New_York',
      },
      attended: false,
      specialCircumstances: true,
      receivedAt: '2026-03-06T10:00:00Z',
    });
    expect(input).toMatchObject({ finalTestTaken: true, specialCircumstances: true });
    expect(input).not.toHaveProperty('eventStart');
    const decision = evaluateRefund(input, defaultPolicy, input.receivedAt!);
    expect(decision.ok && decision.value.outcome).toBe('manual-review');
  });
});

describe('unverifiedDecision (REFUND.UNVERIFIED)', () => {
  const claimedAt = '2026-03-02T12:00:00Z';
  const claim = (facts: object) => {
    const result = evaluateRefund(
      { currency: 'USD', priceCents: 19_999, ...facts },
      defaultPolicy,
      claimedAt,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.value;
  };
  it.each([
    [
      'self-study in its window',
      { product: 'self-study', purchasedAt: '2026-03-01T10:00:00Z' },
      'eligible',
      'REFUND.SELF_STUDY_WINDOW',
    ],
    [
      'live event on notice',
      {
        product: 'live-event',
        eventStart: '2026-03-20T14:00:00Z',
        eventTimeZone: 'America/New_York',
      },
      'eligible',
      'REFUND.LIVE_NOTICE',
    ],
    [
      'self-study with the test taken',
      { product: 'self-study', purchasedAt: '2026-03-01T10:00:00Z', finalTestTaken: true },
      'ineligible',
      'REFUND.SELF_STUDY_TEST_TAKEN',
    ],
    ['conference', { product: 'conference' }, 'external-policy', 'REFUND.CONFERENCE'],
  ])('%s: claimed %s, decided by a person', (_, facts, claimedOutcome, rule) => {
    const claimed = claim(facts);
    expect(claimed.outcome).toBe(claimedOutcome);
    const decision = unverifiedDecision(claimed);
    expect(decision.outcome).toBe('manual-review');
    expect(decision.reasons.map((r) => r.rule)).toEqual([
      'REFUND.UNVERIFIED',
      ...claimed.reasons.map((r) => r.rule),
    ]);
    expect(decision.reasons.map((r) => r.rule)).toContain(rule);
    expect(decision.refundCents).toBe(claimed.refundCents);
  });
});

describe('refund bodies: about an enrollment, or with claimed facts', () => {
  it.each([
    [
      RefundSubmitBody,
      { enrollmentId: 'n1', priceCents: 1, message: 'clash' },
      { enrollmentId: 'n1', message: 'clash' },
    ],
    [RefundQuoteBody, { enrollmentId: 'n1', product: 'conference' }, { enrollmentId: 'n1' }],
    [
      RefundQuoteBody,
      { product: 'conference', priceCents: 5, currency: 'USD' },
      { product: 'conference', priceCents: 5, currency: 'USD' },
    ],
  ])('%# keeps only what the body may say', (schema, body, kept) => {
    expect(parse(schema, body)).toEqual({ ok: true, value: kept });
  });

  it('names enrollmentId when it is not an id', () => {
    const result = parse(RefundSubmitBody, { enrollmentId: 7 });
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['enrollmentId']);
  });
});
