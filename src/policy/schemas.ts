/**
 * Every input and output of the engine and the API, defined once with valibot.
 * The widgets and the server validate with these same schemas; types are inferred.
 */
import * as v from 'valibot';
import { MAX_COLLEGE_HOURS, MAX_COUNT, MAX_MINUTES } from './limits.js';
import { LOCALES } from './locale.js';
import { isRealInstant } from './time.js';

// ---------------------------------------------------------------------------- primitives

/** An ISO-8601 instant with an offset (`2026-03-01T09:00:00-05:00`, `...Z`). */
export const Instant = v.pipe(
  v.string(),
  v.isoTimestamp(
    'must be an ISO-8601 date and time with an offset, like 2026-03-01T09:00:00-05:00',
  ),
  // The format alone lets through dates that do not exist (February 31) and `+05` offsets
  // that Date.parse refuses; every instant the engine sees must be a real moment.
  v.check(isRealInstant, 'must be a date and time that exists, like 2026-03-01T09:00:00-05:00'),
);

/** An IANA time zone name that this runtime's Intl knows. */
export const TimeZone = v.pipe(
  v.string(),
  v.check(isKnownTimeZone, 'must be an IANA time zone name, like America/New_York'),
);

/** Zones already accepted: constructing a formatter to test a zone is slow. */
const knownZones = new Set<string>();

function isKnownTimeZone(zone: string): boolean {
  if (knownZones.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    return false;
  }
  if (zone.length === 0) return false;
  if (knownZones.size < 1000) knownZones.add(zone);
  return true;
}

const NonNegativeMinutes = v.pipe(
  v.number('must be a number of minutes'),
  v.finite('must be a finite number'),
  v.minValue(0, 'must be 0 or more'),
  v.maxValue(MAX_MINUTES, 'must be from 0 to 525,600 minutes (one year)'),
);

const Count = v.pipe(
  v.number('must be a number'),
  v.integer('must be a whole number'),
  v.minValue(0, 'must be 0 or more'),
  v.maxValue(MAX_COUNT, 'is too large'),
);

export const Cents = v.pipe(
  v.number('must be an amount in cents'),
  v.integer('must be a whole number of cents'),
  v.minValue(0, 'must be 0 or more'),
  v.maxValue(100_000_000_00, 'is too large'),
);

export const CurrencyCode = v.pipe(
  v.string(),
  v.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code, like USD'),
);

/**
 * A reason: a stable rule id, its English sentence, and the figures the sentence is built from
 * (minutes, tenths of a credit, cents, ISO dates) so another language can word it again.
 * `lang` says which language `message` is in; API answers always set it, the engine never.
 */
export const Reason = v.object({
  rule: v.string(),
  message: v.string(),
  params: v.optional(v.record(v.string(), v.union([v.string(), v.number()]))),
  lang: v.optional(v.picklist(LOCALES)),
});

export const Credits = v.object({ nasba: v.number(), icma: v.number() });

// -------------------------------------------------------------------------------- credits

export const DeliveryMethod = v.picklist(
  ['group-live', 'group-internet', 'blended', 'self-study', 'nano', 'recorded-webinar', 'college'],
  'must be one of group-live, group-internet, blended, self-study, nano, recorded-webinar, college',
);

export const Increment = v.picklist(['fifth', 'half'], 'must be fifth or half');
export const Edition = v.picklist(['2024', '2026'], 'must be 2024 or 2026');

/** A span of time: two instants, or a duration in minutes. */
export const TimeSpan = v.union(
  [
    v.pipe(
      v.object({ start: Instant, end: Instant }),
      v.check((span) => Date.parse(span.end) >= Date.parse(span.start), 'must end after it starts'),
    ),
    v.object({ minutes: NonNegativeMinutes }),
  ],
  'must be { start, end } instants or { minutes }',
);

export const SelfStudyInput = v.object({
  pilotMinutes: v.optional(NonNegativeMinutes),
  words: v.optional(Count),
  audioVideoMinutes: v.optional(NonNegativeMinutes),
  reviewQuestions: v.optional(Count),
  examQuestions: v.optional(Count),
  exerciseQuestions: v.optional(Count),
});

export const CollegeInput = v.object({
  semesterHours: v.optional(
    v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_COLLEGE_HOURS)),
  ),
  quarterHours: v.optional(
    v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_COLLEGE_HOURS)),
  ),
});

export const CreditInput = v.object({
  method: DeliveryMethod,
  increment: v.optional(Increment),
  edition: v.optional(Edition),
  minutes: v.optional(NonNegativeMinutes),
  segments: v.optional(v.pipe(v.array(TimeSpan), v.maxLength(500))),
  breaks: v.optional(v.pipe(v.array(TimeSpan), v.maxLength(500))),
  selfStudy: v.optional(SelfStudyInput),
  college: v.optional(CollegeInput),
});

export const CreditResult = v.object({
  eligible: v.boolean(),
  credits: Credits,
  qualifyingMinutes: v.number(),
  increment: Increment,
  edition: Edition,
  reasons: v.array(Reason),
  warnings: v.array(Reason),
});

// ------------------------------------------------------------------------------ attendance

export const Interval = v.pipe(
  v.object({ start: Instant, end: Instant }),
  v.check((span) => Date.parse(span.end) >= Date.parse(span.start), 'must end after it starts'),
);

export const PromptRef = v.object({ id: v.pipe(v.string(), v.minLength(1)), at: Instant });

export const AttendanceEvent = v.object({
  method: v.picklist(
    ['group-live', 'group-internet', 'blended'],
    'must be group-live, group-internet or blended',
  ),
  timeZone: TimeZone,
  segments: v.pipe(
    v.array(Interval),
    v.minLength(1, 'needs at least one segment'),
    v.maxLength(500),
  ),
  breaks: v.optional(v.pipe(v.array(Interval), v.maxLength(500))),
  prompts: v.optional(v.pipe(v.array(PromptRef), v.maxLength(5000))),
});

export const CheckKind = v.picklist(['in', 'out'], 'must be in or out');

export const AttendanceRecord = v.object({ kind: CheckKind, at: Instant });

export const PromptResponseRef = v.object({ promptId: v.string(), at: Instant });

export const AttendanceInput = v.object({
  event: AttendanceEvent,
  records: v.pipe(v.array(AttendanceRecord), v.maxLength(10_000)),
  responses: v.optional(v.pipe(v.array(PromptResponseRef), v.maxLength(10_000))),
});

export const AttendanceFlag = v.picklist([
  'no-record',
  'late-arrival',
  'early-departure',
  'checkout-missing',
  'prompts-below-threshold',
  'too-few-prompts',
  'too-few-interactions',
  // Roster only: the learner's stored records do not evaluate (the others still do).
  'records-unevaluated',
  // Roster only: checked in from one address with several others within seconds.
  'shared-address',
]);

export const AttendanceResult = v.object({
  eligible: v.boolean(),
  attendedMinutes: v.number(),
  credits: Credits,
  promptsIssued: v.number(),
  promptsAnswered: v.number(),
  flags: v.array(AttendanceFlag),
  reasons: v.array(Reason),
});

// -------------------------------------------------------------------------------- refunds

export const RefundProduct = v.picklist(
  ['self-study', 'live-event', 'conference'],
  'must be self-study, live-event or conference',
);

export const RefundInput = v.object({
  product: RefundProduct,
  priceCents: Cents,
  currency: CurrencyCode,
  purchasedAt: v.optional(Instant),
  eventStart: v.optional(Instant),
  eventTimeZone: v.optional(TimeZone),
  finalTestTaken: v.optional(v.boolean()),
  /** Defaults to true: the widget and the API are written channels. */
  written: v.optional(v.boolean()),
  attended: v.optional(v.boolean()),
  specialCircumstances: v.optional(v.boolean()),
  /** Sold as a recorded webinar: no CPE credit; the refund follows `product`. */
  recordedWebinar: v.optional(v.boolean()),
  receivedAt: v.optional(Instant),
});

export const RefundOutcome = v.picklist([
  'eligible',
  'ineligible',
  'manual-review',
  'external-policy',
]);
export const Remedy = v.picklist(['refund', 'exchange']);

export const RefundResult = v.object({
  outcome: RefundOutcome,
  refundCents: v.number(),
  feeCents: v.number(),
  currency: v.string(),
  remedy: Remedy,
  deadline: v.optional(Instant),
  payBy: v.optional(Instant),
  link: v.optional(v.string()),
  policyVersion: v.string(),
  reasons: v.array(Reason),
});

// ---------------------------------------------------------------- ICMA annual requirement

export const RequirementInput = v.object({
  year: v.pipe(v.number(), v.integer(), v.minValue(1970), v.maxValue(9999)),
  certifiedYear: v.pipe(v.number(), v.integer(), v.minValue(1970), v.maxValue(9999)),
  /** Credits earned in `year`, total and in ethics. */
  credits: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(10_000)),
  ethicsCredits: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(10_000)),
  /** Carried forward from the year before (at most the policy's carry limit). */
  carriedIn: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(10_000))),
  /** Credits the year before fell short by, when it did: the make-up rule applies. */
  previousShortfall: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(10_000))),
});

export const RequirementResult = v.object({
  status: v.picklist(['not-required', 'met', 'shortfall', 'inactive']),
  required: v.number(),
  earned: v.number(),
  carryForward: v.number(),
  shortfall: v.number(),
  reasons: v.array(Reason),
});

// ------------------------------------------------------------------ API resources (stored)

export const Role = v.picklist(['learner', 'host', 'admin']);

export const EventPrompt = v.object({
  id: v.string(),
  at: Instant,
  question: v.string(),
  choices: v.optional(v.array(v.string())),
});

/** `POST /v1/events` body. */
export const EventCreate = v.object({
  title: v.pipe(v.string(), v.minLength(1, 'is required'), v.maxLength(200)),
  method: AttendanceEvent.entries.method,
  timeZone: TimeZone,
  segments: AttendanceEvent.entries.segments,
  breaks: v.optional(v.pipe(v.array(Interval), v.maxLength(500))),
  location: v.optional(v.pipe(v.string(), v.maxLength(200))),
  creditsOffered: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1000))),
  /** The program this event is an offering of; its delivery method must be the event's. */
  programId: v.optional(v.pipe(v.string(), v.minLength(1, 'is required'), v.maxLength(100))),
  /** Who hosts it (token `sub`s): only they, and admins, run it. Absent, any host may. */
  hosts: v.optional(
    v.pipe(
      v.array(v.pipe(v.string(), v.minLength(1, 'is required'), v.maxLength(200))),
      v.minLength(1, 'lists at least one host when given'),
      v.maxLength(50),
    ),
  ),
});

/** `GET /v1/events/{id}`: what anyone may see of an event. */
export const PublicEvent = v.object({
  id: v.string(),
  title: v.string(),
  method: AttendanceEvent.entries.method,
  timeZone: v.string(),
  segments: v.array(v.object({ start: v.string(), end: v.string() })),
  breaks: v.array(v.object({ start: v.string(), end: v.string() })),
  location: v.optional(v.string()),
  creditsOffered: v.optional(v.number()),
  programId: v.optional(v.string()),
  /** Shown to admins and the event's hosts only. */
  hosts: v.optional(v.array(v.string())),
});

/** `GET /v1/events/{id}/code`. */
export const CheckInCode = v.object({
  code: v.string(),
  expiresAt: Instant,
  stepSeconds: v.number(),
  checkInUrl: v.string(),
});

/** `POST /v1/events/{id}/check-ins` body. */
export const CheckInRequest = v.object({
  kind: CheckKind,
  code: v.pipe(v.string(), v.maxLength(32)),
});

/** `POST /v1/events/{id}/corrections` body: a host's fix of one record (ATTEND.CORRECTION). */
export const CheckInCorrection = v.object({
  replaces: v.pipe(v.string(), v.minLength(1, 'is required')),
  kind: CheckKind,
  at: Instant,
  reason: v.pipe(v.string(), v.minLength(1, 'is required'), v.maxLength(500)),
});

export const StoredCheckIn = v.object({
  id: v.string(),
  eventId: v.string(),
  learnerId: v.string(),
  kind: CheckKind,
  at: Instant,
  replaces: v.optional(v.string()),
  correctedBy: v.optional(v.string()),
  correctionReason: v.optional(v.string()),
  /** An imported record: the import, the report file's SHA-256 and its rows (file lines). */
  source: v.optional(
    v.object({ importId: v.string(), fileHash: v.string(), rows: v.array(v.number()) }),
  ),
});

/** `GET /v1/events/{id}/attendance/me`: the evaluation and the learner's own records in force. */
export const LearnerAttendance = v.object({
  ...AttendanceResult.entries,
  /** Oldest first, corrections applied: what any device should show as the learner's state. */
  records: v.array(StoredCheckIn),
});

/** `POST /v1/events/{id}/prompts` body. */
export const PromptCreate = v.object({
  question: v.pipe(v.string(), v.minLength(1, 'is required'), v.maxLength(500)),
  choices: v.optional(
    v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(200))), v.maxLength(10)),
  ),
});

/** `POST /v1/events/{id}/prompts/{promptId}/responses` body. */
export const PromptAnswer = v.object({
  answer: v.pipe(v.string(), v.minLength(1, 'is required'), v.maxLength(500)),
});

/** A prompt as a learner sees it: with whether they answered it. */
export const LearnerPrompt = v.object({
  ...EventPrompt.entries,
  answered: v.boolean(),
  answeredAt: v.optional(Instant),
});

export const RosterEntry = v.object({
  learnerId: v.string(),
  name: v.optional(v.string()),
  present: v.boolean(),
  firstIn: v.optional(Instant),
  lastOut: v.optional(Instant),
  attendedMinutes: v.number(),
  credits: Credits,
  promptsIssued: v.number(),
  promptsAnswered: v.number(),
  flags: v.array(AttendanceFlag),
  // The learner's records in force, oldest first, and the prompts they answered: what the
  // host's roster draws each learner's timeline from (the CSV leaves them out).
  records: v.optional(v.array(AttendanceRecord)),
  answeredPromptIds: v.optional(v.array(v.string())),
});

export const Roster = v.object({
  eventId: v.string(),
  presentCount: v.number(),
  entries: v.array(RosterEntry),
});

export const RefundStatus = v.picklist(['pending', 'approved', 'denied']);

export const RefundDecisionRequest = v.object({
  decision: v.picklist(['approve', 'deny'], 'must be approve or deny'),
  note: v.pipe(v.string(), v.minLength(1, 'is required'), v.maxLength(2000)),
});

export const RefundAuditEntry = v.object({
  at: Instant,
  by: v.string(),
  action: v.string(),
  note: v.optional(v.string()),
});

/** `POST /v1/refunds` body: a quote's input plus what a written request says. */
export const RefundSubmit = v.object({
  ...RefundInput.entries,
  courseTitle: v.optional(v.pipe(v.string(), v.maxLength(200))),
  message: v.optional(v.pipe(v.string(), v.maxLength(5000))),
});

export const StoredRefund = v.object({
  id: v.string(),
  /** A short reference for people (`R-7KQ-4MX`), derived from `id`; it looks the request up too. */
  reference: v.optional(v.string()),
  learnerId: v.string(),
  /** The learner's name from their token's `name` claim, when it had one. */
  learnerName: v.optional(v.string()),
  receivedAt: Instant,
  request: RefundSubmit,
  decision: RefundResult,
  policyVersion: v.string(),
  status: RefundStatus,
  audit: v.array(RefundAuditEntry),
  /** The enrollment of record the request was judged from, and its program version. */
  enrollmentId: v.optional(v.string()),
  programId: v.optional(v.string()),
  programVersion: v.optional(v.number()),
  /** A request without an enrollment: its facts are the learner's claims, for a person to check. */
  unverified: v.optional(v.boolean()),
});

// --------------------------------------------------------------------------------- types

export type Instant = v.InferOutput<typeof Instant>;
export type Reason = v.InferOutput<typeof Reason>;
export type ReasonParams = NonNullable<Reason['params']>;
export type Credits = v.InferOutput<typeof Credits>;
export type DeliveryMethod = v.InferOutput<typeof DeliveryMethod>;
export type Increment = v.InferOutput<typeof Increment>;
export type Edition = v.InferOutput<typeof Edition>;
export type TimeSpan = v.InferOutput<typeof TimeSpan>;
export type CreditInput = v.InferOutput<typeof CreditInput>;
export type CreditResult = v.InferOutput<typeof CreditResult>;
export type AttendanceEvent = v.InferOutput<typeof AttendanceEvent>;
export type AttendanceRecord = v.InferOutput<typeof AttendanceRecord>;
export type AttendanceInput = v.InferOutput<typeof AttendanceInput>;
export type AttendanceFlag = v.InferOutput<typeof AttendanceFlag>;
export type AttendanceResult = v.InferOutput<typeof AttendanceResult>;
export type RefundProduct = v.InferOutput<typeof RefundProduct>;
export type RefundInput = v.InferOutput<typeof RefundInput>;
export type RefundResult = v.InferOutput<typeof RefundResult>;
export type RequirementInput = v.InferOutput<typeof RequirementInput>;
export type RequirementResult = v.InferOutput<typeof RequirementResult>;
export type Role = v.InferOutput<typeof Role>;
export type EventCreate = v.InferOutput<typeof EventCreate>;
export type PublicEvent = v.InferOutput<typeof PublicEvent>;
export type EventPrompt = v.InferOutput<typeof EventPrompt>;
export type LearnerPrompt = v.InferOutput<typeof LearnerPrompt>;
export type CheckInCode = v.InferOutput<typeof CheckInCode>;
export type CheckInRequest = v.InferOutput<typeof CheckInRequest>;
export type CheckInCorrection = v.InferOutput<typeof CheckInCorrection>;
export type StoredCheckIn = v.InferOutput<typeof StoredCheckIn>;
export type LearnerAttendance = v.InferOutput<typeof LearnerAttendance>;
export type PromptCreate = v.InferOutput<typeof PromptCreate>;
export type RosterEntry = v.InferOutput<typeof RosterEntry>;
export type Roster = v.InferOutput<typeof Roster>;
export type RefundDecisionRequest = v.InferOutput<typeof RefundDecisionRequest>;
export type RefundSubmit = v.InferOutput<typeof RefundSubmit>;
export type StoredRefund = v.InferOutput<typeof StoredRefund>;

// ------------------------------------------------------------------------ one parse path

export interface FieldError {
  /** Dotted path to the offending value (`segments.0.end`), `""` for the whole input. */
  path: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Validates `input` against `schema`; bad input becomes a list of `{ path, message }`. */
export function parse<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
): Parsed<v.InferOutput<S>> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  return {
    ok: false,
    errors: result.issues.map((issue) => ({
      path: (issue.path ?? []).map((item) => String(item.key)).join('.'),
      message: issue.message,
    })),
  };
}
