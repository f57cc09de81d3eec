/**
 * Rule ids of RULES.md (stable strings, part of the public contract) and the helpers that
 * turn numbers into the words of a reason.
 */
import type { Reason, ReasonParams } from './schemas.js';

export const RULE = {
  UNIT_50: 'CREDIT.UNIT_50',
  ROUND_DOWN: 'CREDIT.ROUND_DOWN',
  INCREMENT: 'CREDIT.INCREMENT',
  GROUP_MIN: 'CREDIT.GROUP_MIN',
  SELF_STUDY_MIN: 'CREDIT.SELF_STUDY_MIN',
  SELF_STUDY_PILOT: 'CREDIT.SELF_STUDY_PILOT',
  SELF_STUDY_FORMULA: 'CREDIT.SELF_STUDY_FORMULA',
  NANO: 'CREDIT.NANO',
  RECORDED_NOT_ELIGIBLE: 'CREDIT.RECORDED_NOT_ELIGIBLE',
  COLLEGE: 'CREDIT.COLLEGE',
  SEGMENTS: 'CREDIT.SEGMENTS',
  BREAKS_EXCLUDED: 'CREDIT.BREAKS_EXCLUDED',
  STATE_BOARD_AUTHORITY: 'CREDIT.STATE_BOARD_AUTHORITY',
  SELF_STUDY_QUESTIONS: 'SELF_STUDY.QUESTIONS',
  SELF_STUDY_PACE: 'SELF_STUDY.PACE',
  SELF_STUDY_PASS_70: 'SELF_STUDY.PASS_70',
  SELF_STUDY_EXPIRY_1Y: 'SELF_STUDY.EXPIRY_1Y',
  ON_RECORD: 'ATTEND.ON_RECORD',
  PARTIAL: 'ATTEND.PARTIAL',
  CHECKOUT_MISSING: 'ATTEND.CHECKOUT_MISSING',
  PROMPTS_PER_CREDIT: 'ATTEND.PROMPTS_PER_CREDIT',
  PROMPTS_ANSWERED: 'ATTEND.PROMPTS_ANSWERED',
  GIB_INTERACTIONS: 'ATTEND.GIB_INTERACTIONS',
  WINDOW: 'ATTEND.WINDOW',
  CODE: 'ATTEND.CODE',
  CORRECTION: 'ATTEND.CORRECTION',
  SELF_STUDY_WINDOW: 'REFUND.SELF_STUDY_WINDOW',
  SELF_STUDY_TEST_TAKEN: 'REFUND.SELF_STUDY_TEST_TAKEN',
  FEE: 'REFUND.FEE',
  LIVE_NOTICE: 'REFUND.LIVE_NOTICE',
  PAYOUT_30D: 'REFUND.PAYOUT_30D',
  WRITTEN: 'REFUND.WRITTEN',
  NO_SHOW: 'REFUND.NO_SHOW',
  CONFERENCE: 'REFUND.CONFERENCE',
  SPECIAL_CIRCUMSTANCES: 'REFUND.SPECIAL_CIRCUMSTANCES',
  UNVERIFIED: 'REFUND.UNVERIFIED',
  ANNUAL_30: 'ICMA.ANNUAL_30',
  ETHICS_2: 'ICMA.ETHICS_2',
  CARRY_10: 'ICMA.CARRY_10',
  SHORTFALL: 'ICMA.SHORTFALL',
  CERT_ISSUED: 'CERT.ISSUED',
  CERT_ENROLLMENT: 'CERT.ENROLLMENT',
  CERT_EVENT_ENDED: 'CERT.EVENT_ENDED',
  CERT_METHOD: 'CERT.METHOD',
  CERT_REVOKED: 'CERT.REVOKED',
} as const;

export type RuleId = (typeof RULE)[keyof typeof RULE];

/** A reason; `params` are the figures its sentence is worded from (none for a fixed sentence). */
export const reason = (rule: RuleId, message: string, params?: ReasonParams): Reason =>
  params === undefined ? { rule, message } : { rule, message, params };

// The decimals after a whole number, worded once so a figure joins two strings, not four.
/** Tenths 0-9 as always shown: ".0" to ".9". */
const TENTHS = Array.from({ length: 10 }, (_, tenth) => `.${tenth}`);
/** Hundredths 0-99 as String prints them: "" (none), ".05", ".5", ".75". */
const HUNDREDTHS = Array.from({ length: 100 }, (_, part) => {
  if (part === 0) return '';
  return part % 10 === 0 ? `.${part / 10}` : `.${part < 10 ? '0' : ''}${part}`;
});

/** Integer tenths as a credit figure: 14 -> "1.4", 10 -> "1.0". */
export function credits(tenths: number): string {
  // Whole tenths (always, in practice) are spelled with integers: toFixed is slow.
  if (isSmallWhole(tenths)) return `${Math.floor(tenths / 10)}${TENTHS[tenths % 10]}`;
  return (tenths / 10).toFixed(1);
}

/** Tenths as a JSON number with at most one decimal: 14 -> 1.4, never 1.4000000000000001. */
export function creditValue(tenths: number): number {
  // For whole tenths the division already gives the double nearest the one-decimal figure.
  if (isSmallWhole(tenths)) return tenths === 0 ? 0 : tenths / 10; // never -0
  return Number((tenths / 10).toFixed(1));
}

/**
 * A count of tenths or hundredths up to 10^12: one of them is far above the float error of
 * dividing by 10 or 100, so the quotient is the double nearest the decimal figure.
 */
const isSmallWhole = (count: number): boolean =>
  Number.isInteger(count) && count >= 0 && count <= 1e12;

/**
 * A number as `String(value)` prints it, spelled with integers when it has at most two
 * decimals (64.84, 1.85, 57): printing a fraction is slower.
 */
export function figure(value: number): string {
  const hundredths = Math.round(value * 100);
  // Only when the two-decimal figure is the very same double: then both print alike.
  if (!isSmallWhole(hundredths) || hundredths / 100 !== value) return `${value}`;
  return `${Math.floor(hundredths / 100)}${HUNDREDTHS[hundredths % 100]}`;
}

/** Minutes as a reason shows them: at most two decimals, never rounded up (64.849 -> 64.84). */
export const shownMinutes = (value: number): number =>
  Math.floor(Math.round(value * 1000) / 10) / 100;

/** 1 -> "1 minute", 64.8 -> "64.8 minutes" (at most two decimals, never rounded up). */
export function minutes(value: number): string {
  const shown = shownMinutes(value);
  return `${figure(shown)}${shown === 1 ? ' minute' : ' minutes'}`;
}

/** 1 -> "1 credit", 2.5 -> "2.5 credits". */
export function plural(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : `${noun}s`}`;
}
