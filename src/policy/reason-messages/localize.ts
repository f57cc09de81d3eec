/**
 * One locale's table applied to a reason. Kept apart from the tables themselves, so a
 * widget can import this and lazily import just the table of its locale.
 */
import type { Locale } from '../locale.js';
import type { Reason } from '../schemas.js';
import { MissingParam, wordsFor, type ReasonMessages, type Sentence } from './words.js';

/**
 * `reason` worded with `messages` in `locale`, with `lang` set to the language the message
 * is in: the English one, kept, when the table has no sentence for the rule or variant or
 * the reason lacks a param its sentence needs (a record stored before params).
 */
export function localizeReasonWith(
  messages: Partial<ReasonMessages>,
  reason: Reason,
  locale: Locale,
): Reason {
  const sentence = (messages as Partial<Record<string, Sentence>>)[reason.rule];
  if (sentence !== undefined) {
    try {
      return { ...reason, message: sentence(reason.params ?? {}, wordsFor(locale)), lang: locale };
    } catch (error) {
      // A gap in the params (or a date Intl cannot read): the English still says it right.
      if (!(error instanceof MissingParam || error instanceof RangeError)) throw error;
    }
  }
  return { ...reason, lang: 'en' };
}

/** The lists of reasons an answer may carry, at any depth (a stored refund's decision has some). */
const REASON_LISTS = ['reasons', 'warnings', 'missing'];

/**
 * `answer` with every reason in it worded with `messages`: the lists named `reasons`,
 * `warnings` or `missing`, wherever they sit. Everything else is copied as it is.
 */
export function localizeAnswerWith<T>(
  messages: Partial<ReasonMessages>,
  answer: T,
  locale: Locale,
): T {
  const walk = (value: unknown, isReasonList: boolean): unknown => {
    if (Array.isArray(value)) {
      return value.map((item: unknown) =>
        isReasonList ? localizeReasonWith(messages, item as Reason, locale) : walk(item, false),
      );
    }
    if (!value || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, walk(item, REASON_LISTS.includes(key))]),
    );
  };
  return walk(answer, false) as T;
}
