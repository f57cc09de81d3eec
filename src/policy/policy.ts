/**
 * The policy document: every "policy option" of RULES.md as versioned JSON data, plus the
 * presets. The engine reads numbers from here and never hard-codes a sponsor's choice.
 */
import * as v from 'valibot';
import { Edition, Increment, Remedy, TimeZone } from './schemas.js';

const Positive = v.pipe(v.number(), v.finite(), v.minValue(0));
const WholeDays = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3650));

export const PolicyDocument = v.object({
  /** Changes whenever any rule changes; stored with every decision. */
  version: v.pipe(v.string(), v.minLength(1)),
  sponsor: v.object({
    name: v.string(),
    nasbaSponsorId: v.string(),
    stateSponsorIds: v.array(v.object({ state: v.string(), id: v.string() })),
    contact: v.object({
      phone: v.array(v.string()),
      mail: v.string(),
    }),
    /** Who verifies certificates for the sponsor (RULES.md §6): printed on each one. */
    representative: v.object({ name: v.string(), title: v.string() }),
  }),
  /** The sponsor's zone: purchase-date rules count calendar days here. */
  timeZone: TimeZone,
  credits: v.object({
    unitMinutes: v.pipe(v.number(), v.integer(), v.minValue(1)),
    increment: Increment,
    edition: Edition,
    wordsPerMinute: Positive,
    minutesPerQuestion: Positive,
    semesterHourCredits: Positive,
    quarterHourCredits: Positive,
  }),
  attendance: v.object({
    missingCheckOut: v.picklist(['count-to-end', 'no-credit']),
    windowOpensMinutesBefore: v.pipe(v.number(), v.integer(), v.minValue(0)),
    promptsPerCredit: v.pipe(v.number(), v.integer(), v.minValue(0)),
    /** Share of prompts issued while present that must be answered, in percent. */
    promptAnswerPercent: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
    codeStepSeconds: v.pipe(v.number(), v.integer(), v.minValue(5)),
  }),
  refunds: v.object({
    /** Processing fee in basis points (1000 = 10%), so money stays integer. */
    feeBasisPoints: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
    selfStudyWindowDays: WholeDays,
    liveNoticeDays: WholeDays,
    payoutDays: WholeDays,
    remedy: Remedy,
    conferenceLink: v.string(),
    contact: v.string(),
  }),
  icma: v.object({
    annualCredits: Positive,
    ethicsCredits: Positive,
    carryForwardMax: Positive,
  }),
});

export type PolicyDocument = v.InferOutput<typeof PolicyDocument>;

/** The sponsor preset: seed-policy.txt (an accountants' institute registered with NASBA). */
export const defaultPolicy: PolicyDocument = {
  version: 'ima-2026.1',
  sponsor: {
    name: 'Institute of Management Accountants',
    nasbaSponsorId: '103004',
    stateSponsorIds: [{ state: 'TX', id: '000028' }],
    contact: {
      phone: ['+1 (800) 638-4427', '+1 (201) 573-9000'],
      mail: 'Attn: Member Services Department, 10 Paragon Drive, Suite 1, Montvale, NJ 07645',
    },
    // seed-policy.txt names no one: a placeholder the sponsor replaces with its signatory.
    representative: { name: 'CPE Program Administrator', title: 'Member Services Department' },
  },
  timeZone: 'America/New_York',
  credits: {
    unitMinutes: 50,
    increment: 'fifth',
    edition: '2024',
    wordsPerMinute: 180,
    minutesPerQuestion: 1.85,
    semesterHourCredits: 15,
    quarterHourCredits: 10,
  },
  attendance: {
    missingCheckOut: 'count-to-end',
    windowOpensMinutesBefore: 30,
    promptsPerCredit: 3,
    promptAnswerPercent: 75,
    codeStepSeconds: 30,
  },
  refunds: {
    feeBasisPoints: 1000,
    selfStudyWindowDays: 30,
    liveNoticeDays: 5,
    payoutDays: 30,
    remedy: 'refund',
    conferenceLink: 'https://www.imanet.org/events/accounting-and-finance-conference',
    contact: 'Member Services, +1 (800) 638-4427, 10 Paragon Drive, Suite 1, Montvale, NJ 07645',
  },
  icma: { annualCredits: 30, ethicsCredits: 2, carryForwardMax: 10 },
};

/** A second, different sponsor: proves the engine reads every number from the document. */
export const exchangePolicy: PolicyDocument = {
  ...defaultPolicy,
  version: 'example-exchange-2026.1',
  sponsor: {
    name: 'Example Society of Tax Professionals',
    nasbaSponsorId: '999999',
    stateSponsorIds: [],
    contact: { phone: ['+1 (555) 010-0000'], mail: '1 Example Way, Springfield' },
    representative: { name: 'Alex Example', title: 'Director of Education' },
  },
  timeZone: 'America/Los_Angeles',
  credits: { ...defaultPolicy.credits, increment: 'half' },
  attendance: {
    ...defaultPolicy.attendance,
    missingCheckOut: 'no-credit',
    promptAnswerPercent: 80,
  },
  refunds: {
    ...defaultPolicy.refunds,
    feeBasisPoints: 1500,
    selfStudyWindowDays: 14,
    liveNoticeDays: 10,
    payoutDays: 15,
    remedy: 'exchange',
    conferenceLink: 'https://example.org/conference/refunds',
  },
};

export const presets = { default: defaultPolicy, exchange: exchangePolicy } as const;
