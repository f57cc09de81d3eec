/**
 * Reasons on their way out of the API: in the request's language (`?lang=`, then
 * Accept-Language), each with the `lang` it is written in. Stored records keep the engine's
 * English and params; only answers are translated.
 */
import type { Locale } from '../policy/locale.js';
import { localizeReasons } from '../policy/reason-text.js';
import type { Reason } from '../policy/schemas.js';

/** Any answer that may carry lists of reasons under these names. */
interface WithReasons {
  reasons?: Reason[];
  warnings?: Reason[];
  missing?: Reason[];
}

/** `answer` with its reasons, warnings and missing reasons in `locale`; nothing else changes. */
export function withReasonsIn<T extends object>(answer: T, locale: Locale): T {
  const { reasons, warnings, missing } = answer as WithReasons;
  const localized: WithReasons = { ...answer };
  if (reasons) localized.reasons = localizeReasons(reasons, locale);
  if (warnings) localized.warnings = localizeReasons(warnings, locale);
  if (missing) localized.missing = localizeReasons(missing, locale);
  return localized as T;
}
