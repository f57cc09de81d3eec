/**
 * Programs of record (RULES.md §6): the body a sponsor publishes, and the credits it offers,
 * worked out by the engine from the program's content or its events, never typed in.
 */
import * as v from 'valibot';
import { INCREMENT_TENTHS, computeCredits } from './credits.js';
import type { PolicyDocument } from './policy.js';
import { RULE, creditValue, credits, plural, reason } from './reasons.js';
import {
  Cents,
  CreditInput,
  Credits,
  Instant,
  Reason,
  CurrencyCode,
  DeliveryMethod,
  RefundProduct,
  TimeZone,
  type FieldError,
  type Parsed,
  type TimeSpan,
} from './schemas.js';

/** The 20 fields of study of the Standards, spelled as NASBA spells them. */
export const FIELDS_OF_STUDY = [
  'Accounting',
  'Accounting (Governmental)',
  'Auditing',
  'Auditing (Governmental)',
  'Business Law',
  'Economics',
  'Finance',
  'Information Technology',
  'Management Services',
  'Regulatory Ethics',
  'Specialized Knowledge',
  'Statistics',
  'Taxes',
  'Behavioral Ethics',
  'Business Management & Organization',
  'Communications and Marketing',
  'Computer Software & Applications',
  'Personal Development',
  'Personnel/Human Resources',
  'Production',
] as const;

export const FieldOfStudy = v.picklist(
  FIELDS_OF_STUDY,
  'must be one of the 20 NASBA fields of study',
);

export const KnowledgeLevel = v.picklist(
  ['Basic', 'Intermediate', 'Advanced', 'Update', 'Overview'],
  'must be Basic, Intermediate, Advanced, Update or Overview',
);

const Text = (max: number) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, 'is required'), v.maxLength(max));

const FieldCredits = v.object({
  field: FieldOfStudy,
  credits: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1000))),
});

/** `POST /v1/programs` body: the NASBA disclosure plus what the program sells for. */
export const ProgramInput = v.object({
  title: Text(200),
  description: Text(5000),
  objectives: v.pipe(
    v.array(Text(500)),
    v.minLength(1, 'needs at least one learning objective'),
    v.maxLength(50),
  ),
  deliveryMethod: DeliveryMethod,
  knowledgeLevel: KnowledgeLevel,
  fieldsOfStudy: v.pipe(
    v.array(FieldCredits),
    v.minLength(1, 'needs at least one field of study'),
    v.maxLength(FIELDS_OF_STUDY.length),
    v.check(
      (fields) => new Set(fields.map(({ field }) => field)).size === fields.length,
      'lists a field of study twice',
    ),
  ),
  prerequisites: v.optional(Text(2000)),
  advancePreparation: v.optional(Text(2000)),
  instructors: v.optional(
    v.pipe(
      v.array(v.object({ name: Text(200), credentials: v.optional(Text(200)) })),
      v.maxLength(50),
    ),
  ),
  attendanceRequirements: v.optional(Text(2000)),
  location: v.optional(Text(200)),
  timeZone: TimeZone,
  product: RefundProduct,
  priceCents: Cents,
  currency: CurrencyCode,
  /** The `POST /v1/credits` body without `method`: the content of a self-study, nano or college program. */
  creditInput: v.optional(v.omit(CreditInput, ['method'])),
});

export const ProgramStatus = v.picklist(['draft', 'published'], 'must be draft or published');

/** `POST` and `PUT /v1/programs` body: the program and whether it is published (by default). */
export const ProgramWrite = v.object({
  ...ProgramInput.entries,
  status: v.optional(ProgramStatus),
});

/** A program as the API answers it: one version, with the credits the engine worked out. */
export const Program = v.object({
  ...ProgramInput.entries,
  id: v.string(),
  /** 1, 2, ...: an edit of a published program makes the next one; older ones stay readable. */
  version: v.number(),
  status: ProgramStatus,
  creditsOffered: Credits,
  fieldsOfStudy: v.array(v.object({ field: FieldOfStudy, credits: v.number() })),
  reasons: v.array(Reason),
  warnings: v.array(Reason),
  policyVersion: v.string(),
  createdAt: Instant,
});

export type ProgramInput = v.InferOutput<typeof ProgramInput>;
export type ProgramWrite = v.InferOutput<typeof ProgramWrite>;
export type ProgramStatus = v.InferOutput<typeof ProgramStatus>;
export type Program = v.InferOutput<typeof Program>;
export type FieldOfStudy = v.InferOutput<typeof FieldOfStudy>;

/** What an event contributes to a group program's credits: its schedule. */
export interface ScheduledEvent {
  segments: TimeSpan[];
  breaks?: TimeSpan[];
}

export interface OfferedCredits {
  creditsOffered: Credits;
  /** Every field with its share, the single field getting them all. */
  fieldsOfStudy: { field: FieldOfStudy; credits: number }[];
  reasons: Reason[];
  warnings: Reason[];
}

const groupMethods = new Set(['group-live', 'group-internet', 'blended']);

/**
 * The credits a program offers. Group methods: from its events (each event is one complete
 * offering, so they must agree; the smallest stands when they do not), or from the planned
 * `creditInput` until an event exists. Other methods: from `creditInput`.
 */
export function offeredCredits(
  program: ProgramInput,
  events: ScheduledEvent[],
  policy: PolicyDocument,
): Parsed<OfferedCredits> {
  const method = program.deliveryMethod;
  const warnings: Reason[] = [];
  let computed: Parsed<{ tenths: number; reasons: Reason[] }>;
  if (groupMethods.has(method) && events.length > 0) {
    computed = fromEvents(program, events, policy, warnings);
  } else if (program.creditInput) {
    computed = tenthsOf({ ...program.creditInput, method }, policy, 'creditInput');
  } else if (groupMethods.has(method)) {
    computed = {
      ok: true,
      value: {
        tenths: 0,
        reasons: [
          reason(
            RULE.SEGMENTS,
            'No event is scheduled yet: the credits follow from its sessions.',
            {
              variant: 'unscheduled',
            },
          ),
        ],
      },
    };
  } else {
    return {
      ok: false,
      errors: [{ path: 'creditInput', message: `is required for a ${method} program` }],
    };
  }
  if (!computed.ok) return computed;
  const { tenths, reasons } = computed.value;
  const increment = program.creditInput?.increment ?? policy.credits.increment;
  const fields = allocate(program.fieldsOfStudy, tenths, INCREMENT_TENTHS[increment]);
  if (!fields.ok) return fields;
  const value = creditValue(tenths);
  return {
    ok: true,
    value: {
      creditsOffered: { nasba: value, icma: value },
      fieldsOfStudy: fields.value,
      reasons,
      warnings,
    },
  };
}

function fromEvents(
  program: ProgramInput,
  events: ScheduledEvent[],
  policy: PolicyDocument,
  warnings: Reason[],
): Parsed<{ tenths: number; reasons: Reason[] }> {
  const offerings = [];
  for (const [index, event] of events.entries()) {
    const offering = tenthsOf(
      {
        method: program.deliveryMethod,
        ...(program.creditInput?.increment ? { increment: program.creditInput.increment } : {}),
        ...(program.creditInput?.edition ? { edition: program.creditInput.edition } : {}),
        segments: event.segments,
        breaks: event.breaks ?? [],
      },
      policy,
      `events.${index}`,
    );
    if (!offering.ok) return offering;
    offerings.push(offering.value);
  }
  const smallest = offerings.reduce((low, next) => (next.tenths < low.tenths ? next : low));
  if (offerings.some(({ tenths }) => tenths !== smallest.tenths)) {
    const offered = [...new Set(offerings.map(({ tenths }) => tenths))];
    const figures = offered.map(credits).join(', ');
    warnings.push(
      reason(
        RULE.SEGMENTS,
        `The ${plural(events.length, 'event')} of this program offer different credits (${figures}); the smallest, ${credits(smallest.tenths)}, is offered.`,
        // A list in one param: the tenths each event offers, comma-separated.
        {
          variant: 'differing',
          count: events.length,
          offeredTenths: offered.join(','),
          tenths: smallest.tenths,
        },
      ),
    );
  }
  return { ok: true, value: smallest };
}

function tenthsOf(
  input: object,
  policy: PolicyDocument,
  path: string,
): Parsed<{ tenths: number; reasons: Reason[] }> {
  const result = computeCredits(input, policy);
  if (!result.ok) {
    return {
      ok: false,
      errors: result.errors.map((error) => ({
        path: error.path ? `${path}.${error.path}` : path,
        message: error.message,
      })),
    };
  }
  return {
    ok: true,
    value: { tenths: Math.round(result.value.credits.nasba * 10), reasons: result.value.reasons },
  };
}

/**
 * Credits by field of study: one field may leave its credits out and gets them all; several
 * must each name theirs, in the program's increment, adding up to the credits offered. With
 * nothing offered yet (a group program before its first event) the split is kept as planned.
 */
function allocate(
  fields: ProgramInput['fieldsOfStudy'],
  tenths: number,
  step: number,
): Parsed<OfferedCredits['fieldsOfStudy']> {
  const [only] = fields;
  if (fields.length === 1 && only && only.credits === undefined) {
    return { ok: true, value: [{ field: only.field, credits: creditValue(tenths) }] };
  }
  const errors: FieldError[] = [];
  let sum = 0;
  for (const [index, { credits: share }] of fields.entries()) {
    const path = `fieldsOfStudy.${index}.credits`;
    if (share === undefined) {
      errors.push({ path, message: 'is required when a program has several fields of study' });
      continue;
    }
    const shareTenths = Math.round(share * 10);
    if (Math.abs(share * 10 - shareTenths) > 1e-9 || shareTenths % step !== 0) {
      errors.push({ path, message: `must be a multiple of ${creditValue(step)}` });
    }
    sum += shareTenths;
  }
  if (errors.length === 0 && tenths > 0 && sum !== tenths) {
    errors.push({
      path: 'fieldsOfStudy',
      message: `must add up to the ${credits(tenths)} credits offered (they add up to ${credits(sum)})`,
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: fields.map(({ field, credits: share }) => ({ field, credits: share ?? 0 })),
  };
}
