/**
 * Reasons in the reader's language: the sentence is looked up by rule id (and variant) in
 * the locale's table and worded from the reason's params. English is the engine's own
 * wording and the fallback for anything a table cannot word.
 */
import type { Locale } from './locale.js';
import { es } from './reason-messages/es/index.js';
import { fr } from './reason-messages/fr/index.js';
import { localizeReasonWith } from './reason-messages/localize.js';
import type { ReasonMessages } from './reason-messages/words.js';
import type { Reason } from './schemas.js';

export { localizeReasonWith };

const TABLES: Record<Exclude<Locale, 'en'>, ReasonMessages> = { es, fr };

/** `reason` in `locale`, `lang` set: English as it is (no table, no Intl), else the table's. */
export function localizeReason(reason: Reason, locale: Locale): Reason {
  return locale === 'en'
    ? { ...reason, lang: 'en' }
    : localizeReasonWith(TABLES[locale], reason, locale);
}

/** Every reason of `reasons` in `locale`. */
export function localizeReasons(reasons: readonly Reason[], locale: Locale): Reason[] {
  return reasons.map((reason) => localizeReason(reason, locale));
}
