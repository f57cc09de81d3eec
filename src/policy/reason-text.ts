/**
 * Reasons in the reader's language: the sentence is looked up by rule id (and variant) in
 * the locale's table and worded from the reason's params. English is the engine's own
 * wording; a rule or variant a table does not know, or a reason without the params its
 * sentence needs (a record stored before params), keeps the English.
 */
import type { Locale } from './locale.js';
import { es } from './reason-messages/es.js';
import { fr } from './reason-messages/fr.js';
import { MissingParam, wordsFor, type ReasonMessages } from './reason-messages/words.js';
import type { Reason } from './schemas.js';

const TABLES: Record<Exclude<Locale, 'en'>, ReasonMessages> = { es, fr };

/**
 * `reason` worded with `messages` (one locale's table, say a lazily imported one) in
 * `locale`, with `lang` set to the language the message is in.
 */
export function localizeReasonWith(
  messages: ReasonMessages,
  reason: Reason,
  locale: Locale,
): Reason {
  const sentence = (messages as Partial<Record<string, ReasonMessages[keyof ReasonMessages]>>)[
    reason.rule
  ];
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

/** `reason` in `locale` (`lang` set); English, or the English when the locale has no sentence. */
export function localizeReason(reason: Reason, locale: Locale): Reason {
  return locale === 'en'
    ? { ...reason, lang: 'en' }
    : localizeReasonWith(TABLES[locale], reason, locale);
}

/** Every reason of `reasons` in `locale`. */
export function localizeReasons(reasons: readonly Reason[], locale: Locale): Reason[] {
  return reasons.map((reason) => localizeReason(reason, locale));
}
