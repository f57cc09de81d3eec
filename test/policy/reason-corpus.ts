/**
 * Reasons from real engine runs, meant to reach every rule and every variant of a rule's
 * wording: what the translated tables are checked against.
 */
import { checkInWindow, evaluateAttendance } from '../../src/policy/attendance.js';
import { decideCertificate, type CertificateFacts } from '../../src/policy/certificates.js';
import { computeCredits } from '../../src/policy/credits.js';
import { unverifiedDecision } from '../../src/policy/enrollments.js';
import { defaultPolicy, exchangePolicy, type PolicyDocument } from '../../src/policy/policy.js';
import { offeredCredits, type ProgramInput } from '../../src/policy/programs.js';
import { evaluateRefund } from '../../src/policy/refunds.js';
import { evaluateRequirement } from '../../src/policy/requirement.js';
import type { AttendanceResult, Parsed, Reason } from '../../src/policy/schemas.js';

function value<T>(result: Parsed<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const at = (hhmm: string) => `2026-03-10T${hhmm}:00-04:00`;

const creditInputs: object[] = [
  { method: 'group-live', minutes: 49 },
  { method: 'group-live', minutes: 60 },
  { method: 'group-live', minutes: 64.8 },
  { method: 'group-internet', minutes: 75, increment: 'half' },
  { method: 'blended', segments: [{ minutes: 30 }] },
  {
    method: 'group-live',
    segments: [
      { start: at('09:00'), end: at('12:00') },
      { start: at('13:00'), end: at('15:00') },
    ],
    breaks: [{ start: at('10:30'), end: at('10:45') }, { minutes: 10 }],
  },
  { method: 'self-study', minutes: 20, edition: '2024' },
  { method: 'self-study', minutes: 30, edition: '2024' },
  { method: 'self-study', minutes: 9, edition: '2026' },
  { method: 'self-study', selfStudy: { pilotMinutes: 140 } },
  {
    method: 'self-study',
    selfStudy: { words: 9000, audioVideoMinutes: 12, reviewQuestions: 1, examQuestions: 2 },
  },
  // The formula's optional clauses each left out once: no audio, then no reading.
  { method: 'self-study', selfStudy: { words: 12000, reviewQuestions: 2, examQuestions: 5 } },
  { method: 'self-study', selfStudy: { audioVideoMinutes: 60, examQuestions: 5 } },
  { method: 'self-study', minutes: 1500 },
  { method: 'nano', minutes: 15 },
  { method: 'nano', segments: [{ minutes: 12 }, { minutes: 15 }, { minutes: 5 }] },
  { method: 'nano', segments: [{ minutes: 12 }, { minutes: 5 }, { minutes: 6 }] },
  { method: 'recorded-webinar', minutes: 90 },
  { method: 'college', college: { semesterHours: 1, quarterHours: 2 } },
  { method: 'college', college: { semesterHours: 3 } },
  { method: 'college', college: { quarterHours: 4 } },
  { method: 'college', college: {} },
];

const webinar = {
  method: 'group-internet',
  timeZone: 'America/New_York',
  segments: [{ start: at('09:00'), end: at('11:00') }],
  prompts: [
    { id: 'p1', at: at('09:20') },
    { id: 'p2', at: at('10:00') },
  ],
};
const live = {
  method: 'group-live',
  timeZone: 'America/New_York',
  segments: [{ start: at('09:00'), end: at('12:00') }],
};
const answers = (...ids: string[]) => ids.map((promptId) => ({ promptId, at: at('10:30') }));
/** A webinar of `end` minus 09:00 with three prompts, all answered: interactions decide. */
const answeredWebinar = (end: string) => ({
  event: {
    ...webinar,
    segments: [{ start: at('09:00'), end: at(end) }],
    prompts: ['09:10', '09:20', '09:30'].map((time, i) => ({ id: `q${i}`, at: at(time) })),
  },
  records: [
    { kind: 'in', at: at('09:00') },
    { kind: 'out', at: at(end) },
  ],
  responses: ['q0', 'q1', 'q2'].map((promptId) => ({ promptId, at: at('09:40') })),
});
const countToEnd: PolicyDocument = {
  ...defaultPolicy,
  attendance: { ...defaultPolicy.attendance, missingCheckOut: 'count-to-end' },
};
const noCredit: PolicyDocument = {
  ...defaultPolicy,
  attendance: { ...defaultPolicy.attendance, missingCheckOut: 'no-credit' },
};

const attendanceRuns: [object, PolicyDocument][] = [
  [answeredWebinar('09:50'), defaultPolicy],
  [answeredWebinar('10:40'), defaultPolicy],
  [{ event: live, records: [] }, defaultPolicy],
  [
    {
      event: live,
      records: [
        { kind: 'in', at: at('09:30') },
        { kind: 'out', at: at('11:00') },
      ],
    },
    defaultPolicy,
  ],
  [{ event: live, records: [{ kind: 'in', at: at('09:00') }] }, countToEnd],
  [{ event: live, records: [{ kind: 'in', at: at('09:00') }] }, noCredit],
  [
    {
      event: webinar,
      records: [
        { kind: 'in', at: at('09:00') },
        { kind: 'out', at: at('11:00') },
      ],
      responses: answers('p1', 'p2'),
    },
    defaultPolicy,
  ],
  [
    {
      event: webinar,
      records: [
        { kind: 'in', at: at('09:00') },
        { kind: 'out', at: at('11:00') },
      ],
    },
    defaultPolicy,
  ],
  [
    {
      event: { ...webinar, prompts: [] },
      records: [
        { kind: 'in', at: at('09:00') },
        { kind: 'out', at: at('11:00') },
      ],
    },
    defaultPolicy,
  ],
  [
    {
      event: { ...webinar, segments: [{ start: at('09:00'), end: at('12:30') }] },
      records: [
        { kind: 'in', at: at('09:00') },
        { kind: 'out', at: at('12:30') },
      ],
      responses: answers('p1', 'p2'),
    },
    defaultPolicy,
  ],
];

const purchase = '2026-03-01T15:00:00Z';
const refundRuns: [object, PolicyDocument][] = [
  [
    {
      product: 'self-study',
      priceCents: 19999,
      currency: 'USD',
      purchasedAt: purchase,
      receivedAt: '2026-03-10T15:00:00Z',
    },
    defaultPolicy,
  ],
  [
    {
      product: 'self-study',
      priceCents: 19999,
      currency: 'EUR',
      purchasedAt: purchase,
      receivedAt: '2026-04-20T15:00:00Z',
      finalTestTaken: true,
      specialCircumstances: true,
    },
    defaultPolicy,
  ],
  [
    {
      product: 'self-study',
      priceCents: 5000,
      currency: 'USD',
      purchasedAt: purchase,
      receivedAt: '2026-03-02T15:00:00Z',
      recordedWebinar: true,
    },
    exchangePolicy,
  ],
  ...[
    '2026-03-20T12:00:00Z',
    '2026-04-09T12:00:00Z',
    '2026-04-10T18:00:00Z',
    '2026-04-12T12:00:00Z',
  ].map((receivedAt): [object, PolicyDocument] => [
    {
      product: 'live-event',
      priceCents: 49900,
      currency: 'USD',
      eventStart: '2026-04-10T13:00:00Z',
      eventTimeZone: 'America/Chicago',
      receivedAt,
      written: receivedAt.startsWith('2026-03'),
      attended: false,
    },
    defaultPolicy,
  ]),
  [
    { product: 'conference', priceCents: 100, currency: 'USD', receivedAt: purchase },
    defaultPolicy,
  ],
];

const requirementInputs = [
  { year: 2020, certifiedYear: 2020, credits: 0, ethicsCredits: 0 },
  { year: 2026, certifiedYear: 2020, credits: 38, ethicsCredits: 2 },
  { year: 2026, certifiedYear: 2020, credits: 30, ethicsCredits: 2 },
  { year: 2026, certifiedYear: 2020, credits: 26.5, ethicsCredits: 1 },
  { year: 2026, certifiedYear: 2020, credits: 10, ethicsCredits: 2, previousShortfall: 5 },
  {
    year: 2026,
    certifiedYear: 2020,
    credits: 30,
    ethicsCredits: 2,
    previousShortfall: 5,
    carriedIn: 6,
  },
];

const certificateProgram: CertificateFacts['program'] = {
  deliveryMethod: 'group-live',
  timeZone: 'America/New_York',
  fieldsOfStudy: [{ field: 'Accounting', credits: 2.2 }],
  creditsOffered: { nasba: 2.2, icma: 2.2 },
};
const certificateEvent = {
  timeZone: 'America/New_York',
  segments: [{ start: '2026-03-03T14:00:00Z', end: '2026-03-03T16:00:00Z' }],
};
const attendance = (over: Partial<AttendanceResult>): AttendanceResult => ({
  eligible: true,
  attendedMinutes: 100,
  credits: { nasba: 2, icma: 2 },
  promptsIssued: 0,
  promptsAnswered: 0,
  flags: [],
  reasons: [],
  ...over,
});
const ended = '2026-03-04T00:00:00Z';
const active = { status: 'active' as const };
const selfStudy = { ...certificateProgram, deliveryMethod: 'self-study' as const };
const certificateRuns: CertificateFacts[] = [
  { program: certificateProgram, enrollment: active, now: ended },
  {
    program: certificateProgram,
    enrollment: active,
    event: certificateEvent,
    now: '2026-03-03T15:00:00Z',
  },
  {
    program: certificateProgram,
    enrollment: active,
    event: certificateEvent,
    attendance: attendance({}),
    now: ended,
  },
  {
    program: certificateProgram,
    enrollment: active,
    event: certificateEvent,
    attendance: attendance({ eligible: false, flags: ['no-record'] }),
    now: ended,
  },
  {
    program: certificateProgram,
    enrollment: active,
    event: certificateEvent,
    attendance: attendance({ eligible: false, flags: ['checkout-missing'] }),
    now: ended,
  },
  { program: certificateProgram, enrollment: { status: 'refunded' }, now: ended },
  {
    program: { ...certificateProgram, deliveryMethod: 'recorded-webinar' },
    enrollment: active,
    now: ended,
  },
  { program: { ...certificateProgram, deliveryMethod: 'college' }, enrollment: active, now: ended },
  { program: selfStudy, enrollment: active, now: ended },
  {
    program: { ...selfStudy, creditsOffered: { nasba: 0, icma: 0 } },
    enrollment: {
      status: 'active',
      assessment: { scorePercent: 90, passed: true, recordedAt: ended },
    },
    now: ended,
  },
  {
    program: selfStudy,
    enrollment: {
      status: 'active',
      assessment: { scorePercent: 90, passed: true, recordedAt: ended },
    },
    now: ended,
  },
];

const program: ProgramInput = {
  title: 'Lease accounting under ASC 842',
  description: 'How lessees measure and present leases.',
  objectives: ['Measure a lease liability'],
  deliveryMethod: 'group-live',
  knowledgeLevel: 'Intermediate',
  fieldsOfStudy: [{ field: 'Accounting' }],
  timeZone: 'America/New_York',
  product: 'live-event',
  priceCents: 19_999,
  currency: 'USD',
};
const programEvent = (end: string) => ({
  segments: [{ start: at('09:00'), end: at(end) }],
  breaks: [],
});

function certificateReasons(facts: CertificateFacts): Reason[] {
  const decision = decideCertificate(facts);
  return decision.status === 'not-yet' ? decision.missing : decision.reasons;
}

/** Every reason and warning of the runs above, in run order. */
export function reasonCorpus(): Reason[] {
  const reasons: Reason[] = [];
  for (const input of creditInputs) {
    const result = value(computeCredits(input, defaultPolicy));
    reasons.push(...result.reasons, ...result.warnings);
  }
  for (const [input, policy] of attendanceRuns) {
    reasons.push(...value(evaluateAttendance(input, policy, at('18:00'))).reasons);
  }
  for (const [input, policy] of refundRuns) {
    reasons.push(...value(evaluateRefund(input, policy, purchase)).reasons);
  }
  const refund = value(evaluateRefund(refundRuns[0]![0], defaultPolicy, purchase));
  reasons.push(...unverifiedDecision(refund).reasons);
  for (const input of requirementInputs) {
    reasons.push(...value(evaluateRequirement(input, defaultPolicy)).reasons);
  }
  for (const facts of certificateRuns) reasons.push(...certificateReasons(facts));
  for (const events of [[], [programEvent('10:00'), programEvent('11:15')]]) {
    const offered = value(offeredCredits(program, events, defaultPolicy));
    reasons.push(...offered.reasons, ...offered.warnings);
  }
  for (const time of [at('08:00'), at('08:45'), at('13:00')]) {
    reasons.push(checkInWindow(live, time, defaultPolicy).reason);
  }
  return reasons;
}
