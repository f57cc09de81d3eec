/**
 * What the calculator's fields say, turned into a credit input for the engine or the API.
 * Kept apart from the element so the rules of "what is missing" and "what is wrong" read
 * in one place: missing input shows a prompt, wrong input an error under its field. It comes
 * with the client (deferred.ts), which is what a valid input is for.
 */
import {
  CreditInput,
  parse,
  type FieldError,
  type Parsed,
  type TimeSpan,
} from '../../policy/schemas.js';
import { DAY_MINUTES, MAX_COLLEGE_HOURS, MAX_COUNT, MAX_MINUTES } from '../../policy/limits.js';
import type { Words } from '../shared/locale-controller.js';
import {
  numberFields,
  timedMethods,
  type CreditForm,
  type FormReading,
  type NumberKey,
} from './form.js';
import { readSchedule } from './schedule.js';

/** The engine's check of a credit input: at most a year of minutes, and so on. */
export function checkCredits(candidate: unknown): Parsed<CreditInput> {
  return parse(CreditInput, candidate);
}

const wholeNumbers = new Set<NumberKey>([
  'selfStudy.words',
  'selfStudy.reviewQuestions',
  'selfStudy.examQuestions',
  'selfStudy.exerciseQuestions',
]);

/** What a field accepts, said the same way whatever was typed (text, -5, 1e9). */
function allowed({ t, intl }: Words, key: NumberKey): { max: number; message: string } {
  const shown = (max: number) => ({ max: max.toLocaleString(intl) });
  if (key.startsWith('college')) {
    const max = MAX_COLLEGE_HOURS;
    return { max, message: t('Enter hours from 0 to {max}.', shown(max)) };
  }
  if (wholeNumbers.has(key)) {
    const max = MAX_COUNT;
    return { max, message: t('Enter a whole number from 0 to {max}.', shown(max)) };
  }
  const max = MAX_MINUTES;
  return { max, message: t('Enter minutes from 0 to {max}.', shown(max)) };
}

/** The field whose emptiness means "nothing to calculate yet". */
function requiredField(form: CreditForm): NumberKey | undefined {
  if (form.method === 'self-study') {
    return form.selfStudySource === 'pilot' ? 'selfStudy.pilotMinutes' : 'selfStudy.words';
  }
  return numberFields(form)[0];
}

/** The form's errors, and the credit input once every field it needs is filled in and valid. */
export function readForm(form: CreditForm, words: Words): FormReading {
  const errors: FieldError[] = [];
  const numbers: Partial<Record<NumberKey, number>> = {};
  for (const key of numberFields(form)) {
    const text = (form.values[key] ?? '').trim();
    if (text === '') continue;
    const value = Number(text);
    const { max, message } = allowed(words, key);
    const decimal = /^\d+(\.\d+)?$/.test(text) && !wholeNumbers.has(key);
    if (!(decimal || /^\d+$/.test(text)) || value > max) {
      errors.push({ path: key, message });
    } else {
      numbers[key] = value;
    }
  }

  const schedule = timedMethods.includes(form.method) && form.timing === 'schedule';
  const rows = schedule ? readSchedule(form, errors, words.t) : undefined;
  const segments = rows?.segments ?? [];
  const required = requiredField(form);
  const missing = schedule
    ? segments.length === 0
    : required !== undefined && !(required in numbers);
  if (errors.length > 0 || missing) return { errors };

  const input = buildInput(form, numbers, rows);
  // The shared schema's limits (at most a year of minutes, and so on) apply here too.
  const parsed = checkCredits(input);
  if (!parsed.ok) return { errors: parsed.errors };
  const warning = longGroupProgram(words, form, numbers.minutes);
  return { input: parsed.value, errors, ...(warning ? { warning } : {}) };
}

/** A group program's minutes are one sitting's qualifying content: past a day, say so. */
function longGroupProgram(
  { t, intl }: Words,
  form: CreditForm,
  minutes: number | undefined,
): FieldError | undefined {
  const group = form.method === 'group-live' || form.method === 'group-internet';
  if (!group || minutes === undefined || minutes <= DAY_MINUTES) return undefined;
  return {
    path: 'minutes',
    message: t(
      'That is more than a day of content ({day} minutes). Check the figure: count only the qualifying minutes of the program.',
      { day: DAY_MINUTES.toLocaleString(intl) },
    ),
  };
}

/** Nests `selfStudy.words` and friends the way the input schema expects them. */
function buildInput(
  form: CreditForm,
  numbers: Partial<Record<NumberKey, number>>,
  schedule: { segments: TimeSpan[]; breaks: TimeSpan[] } | undefined,
): Record<string, unknown> {
  const input: Record<string, unknown> = { method: form.method };
  if (form.increment) input.increment = form.increment;
  if (form.edition) input.edition = form.edition;
  if (schedule) {
    input.segments = schedule.segments;
    if (schedule.breaks.length > 0) input.breaks = schedule.breaks;
  }
  for (const [key, value] of Object.entries(numbers)) {
    const [group = key, field] = key.split('.');
    if (field === undefined) input[group] = value;
    else input[group] = { ...(input[group] as object | undefined), [field]: value };
  }
  return input;
}
