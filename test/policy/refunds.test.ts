import { describe, expect, it } from 'vitest';
import { evaluateRefund } from '../../src/policy/refunds.js';
import { defaultPolicy, exchangePolicy, type PolicyDocument } from '../../src/policy/policy.js';
import { sentences } from './sentences.js';
import type { RefundResult } from '../../src/policy/schemas.js';

const now = '2026-06-01T12:00:00Z';

function ok(input: object, policy: PolicyDocument = defaultPolicy, at = now): RefundResult {
  const result = evaluateRefund(input, policy, at);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const rules = (result: RefundResult) => result.reasons.map((r) => r.rule);
const selfStudy = { product: 'self-study', priceCents: 19999, currency: 'USD' };
const live = { product: 'live-event', priceCents: 19999, currency: 'USD' };

describe('self-study (REFUND.SELF_STUDY_WINDOW, TEST_TAKEN, FEE)', () => {
  // Purchase on March 1 in New York; day 30 is March 31 (inclusive), day 31 April 1.
  const purchasedAt = '2026-03-01T10:00:00-05:00';
  it.each([
    ['2026-03-01T10:00:00-05:00', 'eligible'],
    ['2026-03-31T23:59:59-04:00', 'eligible'], // day 30, after the DST change of March 8
    ['2026-04-01T03:59:59Z', 'eligible'], // still March 31 in New York
    ['2026-04-01T00:00:00-04:00', 'ineligible'], // day 31
    ['2026-05-01T00:00:00-04:00', 'ineligible'],
  ])('received %s -> %s', (receivedAt, outcome) => {
    expect(ok({ ...selfStudy, purchasedAt, receivedAt }).outcome).toBe(outcome);
  });

  it('refunds the price less 10% (rounded half away from zero) and explains it', () => {
    const result = ok({ ...selfStudy, purchasedAt, receivedAt: '2026-03-10T09:00:00-04:00' });
    expect(result).toMatchObject({
      outcome: 'eligible',
      refundCents: 17999,
      feeCents: 2000,
      currency: 'USD',
      remedy: 'refund',
      policyVersion: defaultPolicy.version,
      deadline: '2026-03-31T23:59:59.999-04:00',
    });
    expect(result.payBy).toBeUndefined();
    expect(sentences(result.reasons)).toContainEqual({
      rule: 'REFUND.FEE',
      message: 'The processing fee is 10% of $199.99, which is $20.00; the refund is $179.99.',
    });
    expect(rules(result)).toEqual(['REFUND.SELF_STUDY_WINDOW', 'REFUND.FEE']);
  });

  it('counts days in the sponsor zone, not UTC', () => {
    // 11 pm on March 1 in New York is March 2 in UTC: the window still starts March 1.
    const late = { ...selfStudy, purchasedAt: '2026-03-02T04:00:00Z' };
    expect(ok({ ...late, receivedAt: '2026-03-31T23:00:00-04:00' }).outcome).toBe('eligible');
    expect(ok({ ...late, receivedAt: '2026-04-01T00:30:00-04:00' }).outcome).toBe('ineligible');
  });

  it('refuses once the final test is taken (REFUND.SELF_STUDY_TEST_TAKEN)', () => {
    const result = ok({
      ...selfStudy,
      purchasedAt,
      finalTestTaken: true,
      receivedAt: '2026-03-02T00:00:00Z',
    });
    expect(result).toMatchObject({ outcome: 'ineligible', refundCents: 0, feeCents: 0 });
    expect(rules(result)).toContain('REFUND.SELF_STUDY_TEST_TAKEN');
  });

  it('says day 31 means the buyer is satisfied', () => {
    const result = ok({ ...selfStudy, purchasedAt, receivedAt: '2026-04-01T12:00:00-04:00' });
    expect(result.reasons[0]!.message).toMatch(/day 31 .* taken to be satisfactory/);
  });

  it('needs a purchase date and a request after it', () => {
    expect(evaluateRefund(selfStudy, defaultPolicy, now)).toEqual({
      ok: false,
      errors: [{ path: 'purchasedAt', message: 'is required for self-study' }],
    });
    const early = evaluateRefund(
      { ...selfStudy, purchasedAt, receivedAt: '2026-02-01T00:00:00Z' },
      defaultPolicy,
      now,
    );
    expect(early.ok || early.errors[0]!.path).toBe('receivedAt');
  });
});

describe('live events (REFUND.LIVE_NOTICE, WRITTEN, NO_SHOW, PAYOUT_30D)', () => {
  // Event March 10, 2026 9 am in New York (after the DST change of March 8): deadline March 5.
  const event = {
    ...live,
    eventStart: '2026-03-10T09:00:00-04:00',
    eventTimeZone: 'America/New_York',
  };
  it.each([
    ['2026-03-05T23:59:59-05:00', 'eligible'], // 5 days before, last second
    ['2026-03-06T00:00:00-05:00', 'ineligible'], // 4 days before
    ['2026-03-06T04:59:59Z', 'eligible'], // still March 5 in New York
    ['2026-03-01T00:00:00-05:00', 'eligible'],
    ['2026-03-10T08:00:00-04:00', 'ineligible'],
  ])('received %s -> %s', (receivedAt, outcome) => {
    expect(ok({ ...event, receivedAt }).outcome).toBe(outcome);
  });

  it('gives the deadline and the payout date as instants in the event zone', () => {
    const result = ok({ ...event, receivedAt: '2026-03-01T00:00:00-05:00' });
    expect(result).toMatchObject({
      deadline: '2026-03-05T23:59:59.999-05:00',
      payBy: '2026-04-09T23:59:59.999-04:00',
      refundCents: 17999,
      feeCents: 2000,
    });
    expect(rules(result)).toEqual(['REFUND.LIVE_NOTICE', 'REFUND.PAYOUT_30D', 'REFUND.FEE']);
  });

  it.each([
    // zone, event start, last eligible instant, first ineligible instant
    ['Europe/London', '2026-03-31T10:00:00+01:00', '2026-03-26T23:59:59Z', '2026-03-27T00:00:00Z'],
    [
      'Australia/Sydney',
      '2026-04-08T09:00:00+10:00',
      '2026-04-03T23:59:59+11:00',
      '2026-04-04T00:00:00+11:00',
    ],
    [
      'Asia/Tokyo',
      '2026-01-06T09:00:00+09:00',
      '2026-01-01T23:59:59+09:00',
      '2026-01-01T15:00:00Z',
    ],
    [
      'America/Los_Angeles',
      '2026-11-03T09:00:00-08:00',
      '2026-10-29T23:59:59-07:00',
      '2026-10-30T07:00:00Z',
    ],
    [
      'Pacific/Kiritimati',
      '2026-06-06T09:00:00+14:00',
      '2026-06-01T23:59:59+14:00',
      '2026-06-01T10:00:00Z',
    ],
  ])('the 5-day boundary holds in %s across DST changes', (zone, eventStart, lastIn, firstOut) => {
    const input = { ...live, eventStart, eventTimeZone: zone };
    expect(ok({ ...input, receivedAt: lastIn }).outcome).toBe('eligible');
    expect(ok({ ...input, receivedAt: firstOut }).outcome).toBe('ineligible');
  });

  it('uses the sponsor zone when the event has none', () => {
    const input = { ...live, eventStart: '2026-03-10T03:00:00Z' }; // March 9 in New York
    expect(ok({ ...input, receivedAt: '2026-03-04T12:00:00-05:00' }).outcome).toBe('eligible');
    expect(ok({ ...input, receivedAt: '2026-03-05T12:00:00-05:00' }).outcome).toBe('ineligible');
  });

  it('refuses a request not in writing, and a no-show asking afterwards', () => {
    const oral = ok({ ...event, written: false, receivedAt: '2026-03-01T00:00:00Z' });
    expect(oral.outcome).toBe('ineligible');
    expect(rules(oral)).toContain('REFUND.WRITTEN');
    expect(ok({ ...event, written: true, receivedAt: '2026-03-01T00:00:00Z' }).outcome).toBe(
      'eligible',
    );
    const noShow = ok({ ...event, attended: false, receivedAt: '2026-03-11T12:00:00Z' });
    expect(rules(noShow)).toEqual(['REFUND.NO_SHOW', 'REFUND.LIVE_NOTICE']);
    expect(noShow.reasons[1]!.message).toMatch(/arrived 1 day after the event/);
    const before = ok({ ...event, attended: false, receivedAt: '2026-03-01T00:00:00Z' });
    expect(before.outcome).toBe('eligible');
    const sameDay = ok({ ...event, receivedAt: '2026-03-10T08:00:00-04:00' });
    expect(sameDay.reasons[0]!.message).toMatch(/on the day of the event, March 10, 2026/);
  });

  it('needs an event start', () => {
    const result = evaluateRefund(live, defaultPolicy, now);
    expect(result.ok || result.errors).toEqual([
      { path: 'eventStart', message: 'is required for a live event' },
    ]);
  });
});

describe('special cases', () => {
  it('sends special circumstances on an ineligible request to manual review', () => {
    const result = ok({
      ...live,
      eventStart: '2026-03-10T09:00:00-04:00',
      specialCircumstances: true,
      receivedAt: '2026-03-09T00:00:00Z',
    });
    expect(result).toMatchObject({
      outcome: 'manual-review',
      refundCents: 0,
      feeCents: 0,
      deadline: expect.any(String) as string,
    });
    expect(rules(result)).toContain('REFUND.SPECIAL_CIRCUMSTANCES');
    const eligible = ok({
      ...live,
      eventStart: '2026-03-10T09:00:00-04:00',
      specialCircumstances: true,
      receivedAt: '2026-03-01T00:00:00Z',
    });
    expect(eligible.outcome).toBe('eligible');
  });

  it('points a conference to its own policy (REFUND.CONFERENCE)', () => {
    const result = ok({
      product: 'conference',
      priceCents: 100000,
      currency: 'USD',
      specialCircumstances: true,
    });
    expect(result).toMatchObject({
      outcome: 'external-policy',
      link: defaultPolicy.refunds.conferenceLink,
      refundCents: 0,
    });
    expect(rules(result)).toEqual(['REFUND.CONFERENCE']);
  });

  it('notes that a recorded webinar earns no credit; the refund follows the product', () => {
    const result = ok({ ...selfStudy, recordedWebinar: true, purchasedAt: '2026-05-20T00:00:00Z' });
    expect(result.outcome).toBe('eligible');
    expect(rules(result)[0]).toBe('CREDIT.RECORDED_NOT_ELIGIBLE');
  });

  it('uses now as the received time, and refuses a bad one', () => {
    const input = { ...selfStudy, purchasedAt: '2026-05-20T00:00:00Z' };
    expect(ok(input, defaultPolicy, '2026-06-18T12:00:00Z').outcome).toBe('eligible');
    expect(ok(input, defaultPolicy, '2026-06-19T12:00:00Z').outcome).toBe('ineligible');
    expect(evaluateRefund(input, defaultPolicy, 'soon')).toEqual({
      ok: false,
      errors: [{ path: 'receivedAt', message: 'must be a real instant' }],
    });
  });

  it.each([
    [19999, 1000, 2000],
    [5, 1000, 1], // 0.5 cent rounds away from zero
    [4, 1000, 0],
    [15, 1000, 2],
    [19999, 1500, 3000],
    [0, 1000, 0],
    [100, 0, 0],
  ])('fee on %d cents at %d basis points is %d', (priceCents, feeBasisPoints, fee) => {
    const policy = { ...defaultPolicy, refunds: { ...defaultPolicy.refunds, feeBasisPoints } };
    const result = ok({ ...selfStudy, priceCents, purchasedAt: '2026-05-20T00:00:00Z' }, policy);
    expect(result.feeCents).toBe(fee);
    expect(result.refundCents).toBe(priceCents - fee);
  });

  it('formats money in the currency minor unit', () => {
    const result = ok({
      ...selfStudy,
      currency: 'JPY',
      priceCents: 10000,
      purchasedAt: '2026-05-20T00:00:00Z',
    });
    expect(result.reasons.at(-1)!.message).toBe(
      'The processing fee is 10% of ¥10,000, which is ¥1,000; the refund is ¥9,000.',
    );
  });
});

describe('the exchange preset: nothing is hard-coded', () => {
  it('applies a 15% fee, an exchange remedy, 14 and 10 days, and the Los Angeles zone', () => {
    const purchasedAt = '2026-03-01T10:00:00-08:00';
    const inWindow = ok(
      { ...selfStudy, purchasedAt, receivedAt: '2026-03-15T23:00:00-07:00' },
      exchangePolicy,
    );
    expect(inWindow).toMatchObject({
      outcome: 'eligible',
      remedy: 'exchange',
      feeCents: 3000,
      refundCents: 16999,
      policyVersion: exchangePolicy.version,
    });
    expect(inWindow.reasons.at(-1)!.message).toContain(
      'exchange the course for another worth $169.99',
    );
    expect(
      ok({ ...selfStudy, purchasedAt, receivedAt: '2026-03-16T00:00:00-07:00' }, exchangePolicy)
        .outcome,
    ).toBe('ineligible');
    const event = {
      ...live,
      eventStart: '2026-03-20T09:00:00-07:00',
      eventTimeZone: 'America/Los_Angeles',
    };
    expect(ok({ ...event, receivedAt: '2026-03-10T23:59:00-07:00' }, exchangePolicy)).toMatchObject(
      { outcome: 'eligible', payBy: '2026-04-04T23:59:59.999-07:00' },
    );
    expect(ok({ ...event, receivedAt: '2026-03-11T00:00:00-07:00' }, exchangePolicy).outcome).toBe(
      'ineligible',
    );
    expect(ok({ product: 'conference', priceCents: 1, currency: 'USD' }, exchangePolicy).link).toBe(
      exchangePolicy.refunds.conferenceLink,
    );
  });
});
