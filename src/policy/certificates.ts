/**
 * Certificates of completion (RULES.md §6): when a learner's record earns one, what it says,
 * and how the credits split by field of study. Pure: the server stores and signs what this
 * decides, and the widgets read the same type.
 */
import type { AttendanceResult, DeliveryMethod, Reason, ReasonParams } from './schemas.js';
import type { Enrollment } from './enrollments.js';
import type { PolicyDocument } from './policy.js';
import type { FieldOfStudy, Program } from './programs.js';
import { RULE, creditValue, reason } from './reasons.js';
import { civilDate, isoDate } from './time.js';

/** The fields whose credits count toward ICMA's ethics requirement (ICMA.ETHICS_2). */
export const ETHICS_FIELDS: readonly FieldOfStudy[] = ['Regulatory Ethics', 'Behavioral Ethics'];

export type CertificateState = 'valid' | 'revoked' | 'superseded';

export interface CertificateCredits {
  /** The total. */
  nasba: number;
  icma: number;
  byField: { field: FieldOfStudy; credits: number }[];
}

export interface CertificateSponsor {
  name: string;
  contact: string;
  nasbaSponsorId: string;
  stateSponsorIds: { state: string; id: string }[];
  representative: { name: string; title: string };
}

/** `GET /v1/certificates/{id}`: the shape the server and the widgets agree on. */
export interface Certificate {
  /** Unguessable: 128 random bits, base64url. */
  id: string;
  status: CertificateState;
  enrollmentId: string;
  programId: string;
  programVersion: number;
  eventId?: string;
  learner: { id: string; name: string };
  program: {
    title: string;
    deliveryMethod: DeliveryMethod;
    location?: string;
    timeZone: string;
  };
  /** YYYY-MM-DD in the event's (or program's) zone. */
  completedOn: string;
  credits: CertificateCredits;
  sponsor: CertificateSponsor;
  /** The 50-minute statement. */
  statement: string;
  /** ISO instant. */
  issuedAt: string;
  revokedAt?: string;
  revokedReason?: string;
  /** The re-issued certificate's id. */
  supersededBy?: string;
  /** `<public url>/verify/{id}`. */
  verifyUrl: string;
  links: { pdf: string; credential: string };
}

/** `GET /v1/certificates/eligibility?programId=`: issued, what is still missing, or none. */
export type CertificateEligibility =
  | { status: 'issued'; certificate: Certificate }
  | { status: 'not-yet'; missing: Reason[] }
  | { status: 'none'; reasons: Reason[] };

/** What the record decides before anything is stored: the certificate's facts, or why not. */
export type CertificateDecision =
  | { status: 'eligible'; credits: CertificateCredits; completedOn: string; reasons: Reason[] }
  | { status: 'not-yet'; missing: Reason[] }
  | { status: 'none'; reasons: Reason[] };

/** The event a group enrollment attends: its schedule, and when a host closed it, if early. */
export interface CertificateEvent {
  timeZone: string;
  segments: { start: string; end: string }[];
  closedAt?: string;
}

export interface CertificateFacts {
  /** The program version the learner bought. */
  program: Pick<
    Program,
    'deliveryMethod' | 'timeZone' | 'fieldsOfStudy' | 'creditsOffered' | 'creditInput'
  >;
  enrollment: Pick<Enrollment, 'status' | 'assessment'>;
  /** Group methods: the event bought. */
  event?: CertificateEvent;
  /** Group methods: the learner's attendance, evaluated when the event ended. */
  attendance?: AttendanceResult;
  /** ISO instant. */
  now: string;
}

const GROUP = new Set<DeliveryMethod>(['group-live', 'group-internet', 'blended']);
/** Completed by passing the final test: the record has no per-module completions for nano. */
const ASSESSED = new Set<DeliveryMethod>(['self-study', 'nano']);

/** When an event is over: a host's early close, else the end of its last segment. */
export function eventEndsAt(event: CertificateEvent): number {
  const scheduled = Math.max(...event.segments.map((segment) => Date.parse(segment.end)));
  return event.closedAt ? Math.min(Date.parse(event.closedAt), scheduled) : scheduled;
}

/** `ms` as the calendar date YYYY-MM-DD in `timeZone`. */
export function isoDateIn(ms: number, timeZone: string): string {
  return isoDate(civilDate(ms, timeZone));
}

/**
 * Whether the record earns a certificate now. Group methods: once the event has ended (or a
 * host closed it) and the attendance earns credit. Self-study and nano: once the final test
 * is recorded as passed, for the credits the program offers. Refunded or cancelled: none.
 */
export function decideCertificate(facts: CertificateFacts): CertificateDecision {
  const { program, enrollment } = facts;
  const method = program.deliveryMethod;
  if (enrollment.status !== 'active') {
    return none(
      RULE.CERT_ENROLLMENT,
      `The enrollment is ${enrollment.status}: it earns no certificate.`,
      { variant: 'status', status: enrollment.status },
    );
  }
  if (method === 'recorded-webinar') {
    return none(
      RULE.RECORDED_NOT_ELIGIBLE,
      'Recorded webinars earn no CPE credit, so no certificate.',
      { variant: 'certificate' },
    );
  }
  if (GROUP.has(method)) return decideAttended(facts);
  if (ASSESSED.has(method)) return decideAssessed(facts);
  return none(
    RULE.CERT_METHOD,
    'College credit is certified by the college’s transcript, not by a certificate of completion.',
    { variant: 'college' },
  );
}

function decideAttended({
  program,
  event,
  attendance,
  now,
}: CertificateFacts): CertificateDecision {
  if (!event) {
    return notYet(
      RULE.CERT_EVENT_ENDED,
      'No session of the program is on record for your enrollment.',
      'no-session',
    );
  }
  const endsAt = eventEndsAt(event);
  if (Date.parse(now) < endsAt || !attendance) {
    return notYet(RULE.CERT_EVENT_ENDED, 'The event has not ended yet.', 'not-ended');
  }
  if (attendance.eligible && attendance.credits.nasba > 0) {
    const total = Math.round(attendance.credits.nasba * 10);
    return {
      status: 'eligible',
      credits: {
        nasba: attendance.credits.nasba,
        icma: attendance.credits.icma,
        byField: splitByField(program.fieldsOfStudy, total),
      },
      completedOn: isoDateIn(endsAt, event.timeZone),
      reasons: [
        reason(RULE.CERT_ISSUED, 'Your attendance on record earns credit.', {
          variant: 'attendance',
        }),
      ],
    };
  }
  // What a host's correction or a platform report can still put on record.
  if (attendance.flags.includes('no-record')) {
    return notYet(RULE.ON_RECORD, 'Your attendance is not on record.', 'certificate');
  }
  if (attendance.flags.includes('checkout-missing')) {
    return notYet(RULE.CHECKOUT_MISSING, 'Your check-out is not on record.', 'certificate');
  }
  return { status: 'none', reasons: attendance.reasons };
}

function decideAssessed({ program, enrollment }: CertificateFacts): CertificateDecision {
  const assessment = enrollment.assessment;
  if (!assessment?.passed) {
    return notYet(
      RULE.SELF_STUDY_PASS_70,
      'Your final test is not recorded as passed.',
      'certificate',
    );
  }
  const total = Math.round(program.creditsOffered.nasba * 10);
  if (total === 0) {
    return none(RULE.CERT_METHOD, 'The program offers no credit, so no certificate is issued.', {
      variant: 'no-credit',
    });
  }
  return {
    status: 'eligible',
    credits: {
      nasba: program.creditsOffered.nasba,
      icma: program.creditsOffered.icma,
      byField: splitByField(program.fieldsOfStudy, total),
    },
    completedOn: isoDateIn(Date.parse(assessment.recordedAt), program.timeZone),
    reasons: [
      reason(RULE.CERT_ISSUED, 'Your final test is recorded as passed.', {
        variant: 'assessment',
      }),
    ],
  };
}

const none = (
  rule: Parameters<typeof reason>[0],
  message: string,
  params: ReasonParams,
): CertificateDecision => ({
  status: 'none',
  reasons: [reason(rule, message, params)],
});

/** `variant` tells apart the sentences of a rule that says more than one thing. */
const notYet = (
  rule: Parameters<typeof reason>[0],
  message: string,
  variant: string,
): CertificateDecision => ({
  status: 'not-yet',
  missing: [reason(rule, message, { variant })],
});

/**
 * Credits earned by field: the program's split scaled to what was earned, in whole tenths,
 * largest remainders first so the fields add up to the total exactly.
 */
export function splitByField(
  fields: readonly { field: FieldOfStudy; credits: number }[],
  totalTenths: number,
): CertificateCredits['byField'] {
  const planned = fields.map(({ credits }) => Math.round(credits * 10));
  const plannedTotal = planned.reduce((sum, n) => sum + n, 0);
  if (plannedTotal === 0) {
    return fields.map(({ field }, i) => ({
      field,
      credits: creditValue(i === 0 ? totalTenths : 0),
    }));
  }
  const exact = planned.map((n) => (n * totalTenths) / plannedTotal);
  const shares = exact.map(Math.floor);
  let left = totalTenths - shares.reduce((sum, n) => sum + n, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    shares[index]! += 1;
    left -= 1;
  }
  return fields.map(({ field }, i) => ({ field, credits: creditValue(shares[i]!) }));
}

/** Same credits, field by field: a re-evaluation that finds these issues nothing new. */
export function sameCredits(a: CertificateCredits, b: CertificateCredits): boolean {
  return (
    a.nasba === b.nasba &&
    a.icma === b.icma &&
    a.byField.length === b.byField.length &&
    a.byField.every(
      (item, i) => item.field === b.byField[i]?.field && item.credits === b.byField[i]?.credits,
    )
  );
}

/** Ethics credits of a certificate (Regulatory and Behavioral Ethics). */
export function ethicsCredits(credits: CertificateCredits): number {
  const tenths = credits.byField
    .filter(({ field }) => ETHICS_FIELDS.includes(field))
    .reduce((sum, { credits: share }) => sum + Math.round(share * 10), 0);
  return creditValue(tenths);
}

/** The 50-minute statement of the Standards, with the policy's unit. */
export function creditStatement(policy: {
  credits: Pick<PolicyDocument['credits'], 'unitMinutes'>;
}): string {
  return (
    `CPE credits are granted on the basis of a ${policy.credits.unitMinutes}-minute hour: ` +
    `one credit is ${policy.credits.unitMinutes} minutes of qualifying content, for NASBA and ICMA alike. ` +
    'State boards of accountancy have final authority on the acceptance of individual courses for CPE credit.'
  );
}

/** The sponsor block of a certificate, from the policy document. */
export function certificateSponsor(policy: PolicyDocument): CertificateSponsor {
  const { sponsor } = policy;
  return {
    name: sponsor.name,
    contact: [sponsor.contact.mail, ...sponsor.contact.phone].join(' · '),
    nasbaSponsorId: sponsor.nasbaSponsorId,
    stateSponsorIds: sponsor.stateSponsorIds.map(({ state, id }) => ({ state, id })),
    representative: { ...sponsor.representative },
  };
}

export interface CertificateInput {
  id: string;
  enrollment: Pick<Enrollment, 'id' | 'programId' | 'programVersion' | 'eventId' | 'learner'>;
  program: Pick<Program, 'title' | 'deliveryMethod' | 'location' | 'timeZone'>;
  /** The event's location stands before the program's. */
  event?: { timeZone: string; location?: string };
  credits: CertificateCredits;
  completedOn: string;
  issuedAt: string;
  /** The origin (and path) of the API: the verification URL and links are built on it. */
  publicUrl: string;
}

/** Everything RULES.md §6 puts on a certificate, as the API answers it. */
export function certificateContents(input: CertificateInput, policy: PolicyDocument): Certificate {
  const { id, enrollment, program, event, publicUrl } = input;
  const location = event?.location ?? program.location;
  const path = `/v1/certificates/${id}`;
  return {
    id,
    status: 'valid',
    enrollmentId: enrollment.id,
    programId: enrollment.programId,
    programVersion: enrollment.programVersion,
    ...(enrollment.eventId ? { eventId: enrollment.eventId } : {}),
    learner: { id: enrollment.learner.sub, name: enrollment.learner.name },
    program: {
      title: program.title,
      deliveryMethod: program.deliveryMethod,
      ...(location ? { location } : {}),
      timeZone: event?.timeZone ?? program.timeZone,
    },
    completedOn: input.completedOn,
    credits: input.credits,
    sponsor: certificateSponsor(policy),
    statement: creditStatement(policy),
    issuedAt: input.issuedAt,
    verifyUrl: `${publicUrl}/verify/${id}`,
    links: { pdf: `${path}.pdf`, credential: `${path}/credential` },
  };
}

const METHOD_LABELS: Record<DeliveryMethod, string> = {
  'group-live': 'Group live',
  'group-internet': 'Group internet (live webinar)',
  blended: 'Blended',
  'self-study': 'Self study',
  nano: 'Nano learning',
  'recorded-webinar': 'Recorded webinar',
  college: 'College course',
};

/** The delivery method in the Standards' words, as a certificate prints it. */
export const deliveryMethodLabel = (method: DeliveryMethod): string => METHOD_LABELS[method];
