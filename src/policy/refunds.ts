/**
 * evaluateRefund: RULES.md §4. Days are whole calendar days in a named zone (the event's for
 * event rules, the sponsor's for purchase rules); money is integer minor units.
 */
import { formatMoney, formatPercent, percentOf } from './money.js';
import type { PolicyDocument } from './policy.js';
import { RULE, plural, reason } from './reasons.js';
import { RefundInput, parse, type Parsed, type Reason, type RefundResult } from './schemas.js';
import {
  addDays,
  civilDate,
  dayNumber,
  describeDate,
  endOfDay,
  formatInZone,
  isRealInstant,
  isoDate,
} from './time.js';

type Outcome = RefundResult['outcome'];

/** `now` is when the request was received (the server clock) unless the input says. */
export function evaluateRefund(
  input: unknown,
  policy: PolicyDocument,
  now: string,
): Parsed<RefundResult> {
  const parsed = parse(RefundInput, input);
  if (!parsed.ok) return parsed;
  const request = parsed.value;
  const receivedAt = request.receivedAt ?? now;
  if (typeof receivedAt !== 'string' || !isRealInstant(receivedAt)) {
    return { ok: false, errors: [{ path: 'receivedAt', message: 'must be a real instant' }] };
  }
  return refundFor(request, policy, Date.parse(receivedAt));
}

function refundFor(
  request: RefundInput,
  policy: PolicyDocument,
  received: number,
): Parsed<RefundResult> {
  const reasons: Reason[] = [];
  if (request.recordedWebinar) {
    reasons.push(
      reason(
        RULE.RECORDED_NOT_ELIGIBLE,
        `Recorded webinars earn no CPE credit; the refund follows the ${PRODUCT_NAME[request.product]} rules it was sold under.`,
        { variant: 'refund', product: request.product },
      ),
    );
  }
  const base = {
    currency: request.currency,
    remedy: policy.refunds.remedy,
    policyVersion: policy.version,
    reasons,
  };

  if (request.product === 'conference') {
    reasons.push(
      reason(
        RULE.CONFERENCE,
        `Conference registrations follow the conference's own refund policy: ${policy.refunds.conferenceLink}`,
        { link: policy.refunds.conferenceLink },
      ),
    );
    return {
      ok: true,
      value: {
        ...base,
        outcome: 'external-policy',
        refundCents: 0,
        feeCents: 0,
        link: policy.refunds.conferenceLink,
      },
    };
  }

  const judged =
    request.product === 'self-study'
      ? selfStudy(request, policy, received, reasons)
      : liveEvent(request, policy, received, reasons);
  if (!judged.ok) return judged;
  const { eligible, deadline, payBy } = judged.value;
  const dates = { ...(deadline ? { deadline } : {}), ...(payBy ? { payBy } : {}) };

  if (eligible) {
    const feeCents = percentOf(request.priceCents, policy.refunds.feeBasisPoints);
    const refundCents = request.priceCents - feeCents;
    const money = (cents: number) => formatMoney(cents, request.currency);
    reasons.push(
      reason(
        RULE.FEE,
        `The processing fee is ${formatPercent(policy.refunds.feeBasisPoints)} of ${money(request.priceCents)}, which is ${money(feeCents)}; ${
          policy.refunds.remedy === 'exchange'
            ? `you can exchange the course for another worth ${money(refundCents)}.`
            : `the refund is ${money(refundCents)}.`
        }`,
        {
          feeBasisPoints: policy.refunds.feeBasisPoints,
          priceCents: request.priceCents,
          feeCents,
          refundCents,
          currency: request.currency,
          remedy: policy.refunds.remedy,
        },
      ),
    );
    return { ok: true, value: { ...base, ...dates, outcome: 'eligible', refundCents, feeCents } };
  }

  let outcome: Outcome = 'ineligible';
  if (request.specialCircumstances) {
    outcome = 'manual-review';
    reasons.push(
      reason(
        RULE.SPECIAL_CIRCUMSTANCES,
        `Because you describe special circumstances, a person will review the request. Contact: ${policy.refunds.contact}.`,
        { contact: policy.refunds.contact },
      ),
    );
  }
  return {
    ok: true,
    value: { ...base, ...deadlineOnly(dates), outcome, refundCents: 0, feeCents: 0 },
  };
}

const PRODUCT_NAME = {
  'self-study': 'self-study',
  'live-event': 'live event',
  conference: 'conference',
};

const deadlineOnly = (dates: { deadline?: string }) =>
  dates.deadline ? { deadline: dates.deadline } : {};

interface Judgement {
  eligible: boolean;
  deadline?: string;
  payBy?: string;
}

/** REFUND.SELF_STUDY_TEST_TAKEN and REFUND.SELF_STUDY_WINDOW (sponsor's zone). */
function selfStudy(
  request: RefundInput,
  policy: PolicyDocument,
  received: number,
  reasons: Reason[],
): Parsed<Judgement> {
  if (request.purchasedAt === undefined) {
    return { ok: false, errors: [{ path: 'purchasedAt', message: 'is required for self-study' }] };
  }
  const purchased = Date.parse(request.purchasedAt);
  if (received < purchased) {
    return {
      ok: false,
      errors: [{ path: 'receivedAt', message: 'must not be before the purchase' }],
    };
  }
  const zone = policy.timeZone;
  const windowDays = policy.refunds.selfStudyWindowDays;
  const purchaseDay = civilDate(purchased, zone);
  const lastDay = addDays(purchaseDay, windowDays);
  const deadline = formatInZone(endOfDay(lastDay, zone), zone);
  const day = dayNumber(civilDate(received, zone)) - dayNumber(purchaseDay);

  let eligible = true;
  if (request.finalTestTaken) {
    eligible = false;
    reasons.push(
      reason(
        RULE.SELF_STUDY_TEST_TAKEN,
        'The final test has been taken, so the course cannot be refunded.',
      ),
    );
  }
  const when = `The request arrived on day ${day} after the purchase on ${describeDate(purchaseDay)} (${zone} time)`;
  const dates = {
    day,
    purchaseDate: isoDate(purchaseDay),
    timeZone: zone,
    windowDays,
    lastDate: isoDate(lastDay),
  };
  if (day <= windowDays) {
    reasons.push(
      reason(
        RULE.SELF_STUDY_WINDOW,
        `${when}, within the ${windowDays}-day window that ends on ${describeDate(lastDay)}.`,
        { variant: 'within', ...dates },
      ),
    );
  } else {
    eligible = false;
    reasons.push(
      reason(
        RULE.SELF_STUDY_WINDOW,
        `${when}, after the ${windowDays}-day window that ended on ${describeDate(lastDay)}; after ${plural(windowDays, 'day')} the course is taken to be satisfactory.`,
        { variant: 'after', ...dates },
      ),
    );
  }
  return { ok: true, value: { eligible, deadline } };
}

/** REFUND.WRITTEN, REFUND.NO_SHOW, REFUND.LIVE_NOTICE, REFUND.PAYOUT_30D (event's zone). */
function liveEvent(
  request: RefundInput,
  policy: PolicyDocument,
  received: number,
  reasons: Reason[],
): Parsed<Judgement> {
  if (request.eventStart === undefined) {
    return { ok: false, errors: [{ path: 'eventStart', message: 'is required for a live event' }] };
  }
  const start = Date.parse(request.eventStart);
  const zone = request.eventTimeZone ?? policy.timeZone;
  const { liveNoticeDays, payoutDays } = policy.refunds;
  const eventDay = civilDate(start, zone);
  const lastDay = addDays(eventDay, -liveNoticeDays);
  const deadline = formatInZone(endOfDay(lastDay, zone), zone);
  const daysBefore = dayNumber(eventDay) - dayNumber(civilDate(received, zone));

  let eligible = true;
  if (request.written === false) {
    eligible = false;
    reasons.push(
      reason(RULE.WRITTEN, 'A cancellation must be made in writing (by email or mail).'),
    );
  }
  if (request.attended === false && received >= start) {
    eligible = false;
    reasons.push(
      reason(RULE.NO_SHOW, 'Refunds are not given for not attending once the event has started.'),
    );
  }
  const when =
    daysBefore === 0
      ? `The request arrived on the day of the event, ${describeDate(eventDay)}`
      : daysBefore > 0
        ? `The request arrived ${plural(daysBefore, 'day')} before the event on ${describeDate(eventDay)}`
        : `The request arrived ${plural(-daysBefore, 'day')} after the event on ${describeDate(eventDay)}`;
  const dates = {
    daysBefore,
    eventDate: isoDate(eventDay),
    lastDate: isoDate(lastDay),
    noticeDays: liveNoticeDays,
    timeZone: zone,
  };
  if (daysBefore >= liveNoticeDays) {
    reasons.push(
      reason(
        RULE.LIVE_NOTICE,
        `${when}, by the deadline of ${describeDate(lastDay)} (${liveNoticeDays} days before, ${zone} time).`,
        { variant: 'in-time', ...dates },
      ),
    );
  } else {
    eligible = false;
    reasons.push(
      reason(
        RULE.LIVE_NOTICE,
        `${when}, after the deadline of ${describeDate(lastDay)}: requests must arrive ${liveNoticeDays} days before the event (${zone} time).`,
        { variant: 'late', ...dates },
      ),
    );
  }
  if (!eligible) return { ok: true, value: { eligible, deadline } };

  const payDay = addDays(eventDay, payoutDays);
  reasons.push(
    reason(
      RULE.PAYOUT_30D,
      `Refunds are paid within ${plural(payoutDays, 'day')} after the event, by ${describeDate(payDay)}.`,
      { payoutDays, payDate: isoDate(payDay) },
    ),
  );
  return {
    ok: true,
    value: { eligible, deadline, payBy: formatInZone(endOfDay(payDay, zone), zone) },
  };
}
