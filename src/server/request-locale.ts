/** The language of a page or document a person reads: `?lang=` first, then Accept-Language. */
import type { Context } from 'hono';
import { negotiateLocale, type Locale } from '../policy/locale.js';
import { requestHeader } from './request.js';
import { setResponseHeader, varyOn } from './response-headers.js';

/** The request's locale; an unsupported or malformed `lang` falls through, English last. */
export function requestLocale(c: Context): Locale {
  return negotiateLocale(c.req.query('lang'), requestHeader(c, 'accept-language'));
}

/** Marks the answer as written in `locale`, chosen (among others) by Accept-Language. */
export function answerIn(c: Context, locale: Locale): void {
  setResponseHeader(c, 'content-language', locale);
  varyOn(c, 'Accept-Language');
}

/** The request's locale, with the answer marked as written in it. */
export function replyLocale(c: Context): Locale {
  const locale = requestLocale(c);
  answerIn(c, locale);
  return locale;
}
