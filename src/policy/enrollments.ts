/**
 * Enrollments: the sponsor's order of record. A refund is judged from the enrollment and its
 * program, never from what a page claims (RULES.md §4: "received" is the server's clock too).
 */
import * as v from 'valibot';
import {
  Cents,
  CurrencyCode,
  Instant,
  RefundInput,
  RefundSubmit,
  type RefundResult,
} from './schemas.js';
import type { ProgramInput } from './programs.js';
import { RULE, reason } from './reasons.js';

/** Pass mark of a self-study final test (SELF_STUDY.PASS_70). */
export const PASSING_PERCENT = 70;

const Name = v.pipe(v.string(), v.trim(), v.minLength(1, 'is required'), v.maxLength(200));

export const EnrolledLearner = v.object({
  sub: v.pipe(v.string(), v.minLength(1, 'is required'), v.maxLength(200)),
  name: Name,
  email: v.pipe(v.string(), v.trim(), v.email('must be an email address'), v.maxLength(320)),
});

/** `POST /v1/programs/{id}/enrollments` body, and the order webhook's (with `programId`). */
export const EnrollmentCreate = v.object({
  learner: EnrolledLearner,
  pricePaidCents: Cents,
  currency: CurrencyCode,
  purchasedAt: Instant,
  /** The shop's order reference: enrolling is idempotent on it. */
  orderRef: v.pipe(v.string(), v.minLength(1, 'is required'), v.maxLength(200)),
  /** Which of the program's events the learner bought; the earliest when left out. */
  eventId: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(200))),
});

/** `POST /v1/enrollments/{id}/assessment` body: the final test's score. */
export const AssessmentInput = v.object({
  scorePercent: v.pipe(
    v.number('must be a percentage'),
    v.finite(),
    v.minValue(0, 'must be 0 or more'),
    v.maxValue(100, 'must be at most 100'),
  ),
});

export const EnrollmentStatus = v.picklist(['active', 'cancelled', 'refunded']);

export const Enrollment = v.object({
  ...EnrollmentCreate.entries,
  id: v.string(),
  programId: v.string(),
  /** The program version the learner bought: refunds and certificates keep it. */
  programVersion: v.number(),
  status: EnrollmentStatus,
  assessment: v.optional(
    v.object({ scorePercent: v.number(), passed: v.boolean(), recordedAt: Instant }),
  ),
  createdAt: Instant,
});

const EnrollmentId = v.pipe(
  v.string('must be an enrollment id'),
  v.minLength(1, 'is required'),
  v.maxLength(100),
);

/**
 * `POST /v1/refunds` and `/quote` about an enrollment of record: only what the learner alone
 * can say. Any product, price or date the page adds is dropped: the records give those.
 */
export const EnrollmentRefundRequest = v.object({
  enrollmentId: EnrollmentId,
  specialCircumstances: v.optional(v.boolean()),
  message: v.optional(v.pipe(v.string(), v.maxLength(5000))),
});

/** Without `enrollmentId`, today's bodies: the facts are the page's claims. */
const NoEnrollment = { enrollmentId: v.optional(v.undefined()) };

/** `POST /v1/refunds` body: about an enrollment, or a written request with claimed facts. */
export const RefundSubmitBody = v.variant(
  'enrollmentId',
  [EnrollmentRefundRequest, v.object({ ...RefundSubmit.entries, ...NoEnrollment })],
  'must be an enrollment id',
);

/** `POST /v1/refunds/quote` body: about an enrollment, or a what-if from given facts. */
export const RefundQuoteBody = v.variant(
  'enrollmentId',
  [EnrollmentRefundRequest, v.object({ ...RefundInput.entries, ...NoEnrollment })],
  'must be an enrollment id',
);

export type EnrollmentRefundRequest = v.InferOutput<typeof EnrollmentRefundRequest>;
export type EnrolledLearner = v.InferOutput<typeof EnrolledLearner>;
export type EnrollmentCreate = v.InferOutput<typeof EnrollmentCreate>;
export type AssessmentInput = v.InferOutput<typeof AssessmentInput>;
export type EnrollmentStatus = v.InferOutput<typeof EnrollmentStatus>;
export type Enrollment = v.InferOutput<typeof Enrollment>;

export interface RecordFacts {
  enrollment: Pick<Enrollment, 'pricePaidCents' | 'currency' | 'purchasedAt' | 'assessment'>;
  program: Pick<ProgramInput, 'product' | 'deliveryMethod' | 'timeZone'>;
  /** The event bought, for a live event: its first session starts it. */
  event?: { timeZone: string; segments: { start: string }[] };
  /** Whether the learner has any attendance on record for that event. */
  attended: boolean;
  specialCircumstances?: boolean;
  receivedAt: string;
}

/** The refund question as the records answer it: nothing here comes from the learner's page. */
export function refundInputFromRecord(facts: RecordFacts): RefundInput {
  const { enrollment, program, event } = facts;
  const firstStart = event?.segments
    .map((segment) => segment.start)
    .sort((a, b) => Date.parse(a) - Date.parse(b))[0];
  return {
    product: program.product,
    priceCents: enrollment.pricePaidCents,
    currency: enrollment.currency,
    purchasedAt: enrollment.purchasedAt,
    ...(firstStart ? { eventStart: firstStart } : {}),
    eventTimeZone: event?.timeZone ?? program.timeZone,
    // Any recorded score means the test was taken (REFUND.SELF_STUDY_TEST_TAKEN).
    finalTestTaken: enrollment.assessment !== undefined,
    written: true,
    attended: facts.attended,
    recordedWebinar: program.deliveryMethod === 'recorded-webinar',
    ...(facts.specialCircumstances ? { specialCircumstances: true } : {}),
    receivedAt: facts.receivedAt,
  };
}

/**
 * A written request judged from what the learner's page claims (no enrollment of record):
 * never decided automatically, whatever the claims would earn. A reviewer checks the facts.
 */
export function unverifiedDecision(claimed: RefundResult): RefundResult {
  return {
    ...claimed,
    outcome: 'manual-review',
    reasons: [
      reason(
        RULE.UNVERIFIED,
        'The purchase facts of this request are what the learner entered, not an enrollment on ' +
          'record: the sponsor checks them before deciding.',
      ),
      ...claimed.reasons,
    ],
  };
}
