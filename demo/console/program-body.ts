/**
 * A program form's values (strings, as typed) to the `POST /v1/programs` body, and a program
 * back to form values for editing. Pure: Node-tested in test/forms/console-program-body.test.ts.
 */
import type { FieldOfStudy, ProgramWrite } from '../../src/policy/programs.js';
import type { DeliveryMethod, RefundProduct } from '../../src/policy/schemas.js';
import { moneyText, numberValue, parseMoney } from './form-values.js';

/** The content fields of `creditInput`, by what a method's credits follow from. */
export const SELF_STUDY_FIELDS = [
  ['pilotMinutes', 'Pilot-tested minutes'],
  ['words', 'Words of reading'],
  ['audioVideoMinutes', 'Audio and video minutes'],
  ['reviewQuestions', 'Review questions'],
  ['examQuestions', 'Final exam questions'],
  ['exerciseQuestions', 'Exercise questions'],
] as const;
export const COLLEGE_FIELDS = [
  ['semesterHours', 'Semester hours'],
  ['quarterHours', 'Quarter hours'],
] as const;

export type SelfStudyKey = (typeof SELF_STUDY_FIELDS)[number][0];
export type CollegeKey = (typeof COLLEGE_FIELDS)[number][0];

/** Which content a method's credits are worked out from. */
export function contentKind(method: DeliveryMethod): 'minutes' | 'self-study' | 'college' {
  if (method === 'self-study') return 'self-study';
  if (method === 'college') return 'college';
  return 'minutes';
}

export interface ProgramDraft {
  title: string;
  description: string;
  objectives: string[];
  deliveryMethod: DeliveryMethod;
  knowledgeLevel: ProgramWrite['knowledgeLevel'];
  fields: { field: FieldOfStudy; credits: string }[];
  prerequisites: string;
  advancePreparation: string;
  instructors: { name: string; credentials: string }[];
  attendanceRequirements: string;
  location: string;
  timeZone: string;
  product: RefundProduct;
  price: string;
  currency: string;
  minutes: string;
  selfStudy: Partial<Record<SelfStudyKey, string>>;
  college: Partial<Record<CollegeKey, string>>;
}

export const emptyDraft = (timeZone: string): ProgramDraft => ({
  title: '',
  description: '',
  objectives: [''],
  deliveryMethod: 'group-internet',
  knowledgeLevel: 'Basic',
  fields: [],
  prerequisites: '',
  advancePreparation: '',
  instructors: [],
  attendanceRequirements: '',
  location: '',
  timeZone,
  product: 'live-event',
  price: '',
  currency: 'USD',
  minutes: '',
  selfStudy: {},
  college: {},
});

/** Optional text: left out when blank, so the API's "None" rule applies. */
const optional = <K extends string>(key: K, text: string): Partial<Record<K, string>> =>
  text.trim() ? ({ [key]: text.trim() } as Record<K, string>) : {};

function numbers<K extends string>(values: Partial<Record<K, string>>): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  for (const [key, text] of Object.entries(values) as [K, string][]) {
    const value = numberValue(text);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function creditInput(draft: ProgramDraft): ProgramWrite['creditInput'] {
  switch (contentKind(draft.deliveryMethod)) {
    case 'self-study': {
      const selfStudy = numbers(draft.selfStudy);
      return Object.keys(selfStudy).length ? { selfStudy } : undefined;
    }
    case 'college': {
      const college = numbers(draft.college);
      return Object.keys(college).length ? { college } : undefined;
    }
    default: {
      const minutes = numberValue(draft.minutes);
      return minutes === undefined ? undefined : { minutes };
    }
  }
}

export interface ProgramBody {
  body: ProgramWrite;
  /** What the form itself can tell before the API does (the price is not an amount). */
  errors: { path: string; message: string }[];
}

/**
 * The body to send. Fields of study carry `credits` only when there are several (one field
 * gets every credit). Blank objective and instructor rows are dropped.
 */
export function programBody(draft: ProgramDraft): ProgramBody {
  const errors: ProgramBody['errors'] = [];
  const priceCents = parseMoney(draft.price, draft.currency);
  if (priceCents === undefined) {
    errors.push({ path: 'priceCents', message: 'must be an amount such as 199.00' });
  }
  const several = draft.fields.length > 1;
  const fieldsOfStudy = draft.fields.map(({ field, credits }) => {
    const value = several ? numberValue(credits) : undefined;
    return value === undefined ? { field } : { field, credits: value };
  });
  const input = creditInput(draft);
  const instructors = draft.instructors
    .filter(({ name }) => name.trim())
    .map(({ name, credentials }) => ({
      name: name.trim(),
      ...optional('credentials', credentials),
    }));
  return {
    errors,
    body: {
      title: draft.title.trim(),
      description: draft.description.trim(),
      objectives: draft.objectives.map((line) => line.trim()).filter(Boolean),
      deliveryMethod: draft.deliveryMethod,
      knowledgeLevel: draft.knowledgeLevel,
      fieldsOfStudy,
      ...optional('prerequisites', draft.prerequisites),
      ...optional('advancePreparation', draft.advancePreparation),
      ...(instructors.length ? { instructors } : {}),
      ...optional('attendanceRequirements', draft.attendanceRequirements),
      ...optional('location', draft.location),
      timeZone: draft.timeZone,
      product: draft.product,
      priceCents: priceCents ?? 0,
      currency: draft.currency.trim().toUpperCase(),
      ...(input ? { creditInput: input } : {}),
    },
  };
}

const text = (value: number | undefined): string => (value === undefined ? '' : String(value));

/** A stored program as form values, to edit it. */
export function draftOf(program: ProgramWrite): ProgramDraft {
  const selfStudy = program.creditInput?.selfStudy ?? {};
  const college = program.creditInput?.college ?? {};
  return {
    title: program.title,
    description: program.description,
    objectives: program.objectives.length ? [...program.objectives] : [''],
    deliveryMethod: program.deliveryMethod,
    knowledgeLevel: program.knowledgeLevel,
    fields: program.fieldsOfStudy.map(({ field, credits }) => ({ field, credits: text(credits) })),
    prerequisites: program.prerequisites ?? '',
    advancePreparation: program.advancePreparation ?? '',
    instructors: (program.instructors ?? []).map(({ name, credentials }) => ({
      name,
      credentials: credentials ?? '',
    })),
    attendanceRequirements: program.attendanceRequirements ?? '',
    location: program.location ?? '',
    timeZone: program.timeZone,
    product: program.product,
    price: moneyText(program.priceCents, program.currency),
    currency: program.currency,
    minutes: text(program.creditInput?.minutes),
    selfStudy: Object.fromEntries(SELF_STUDY_FIELDS.map(([key]) => [key, text(selfStudy[key])])),
    college: Object.fromEntries(COLLEGE_FIELDS.map(([key]) => [key, text(college[key])])),
  };
}
