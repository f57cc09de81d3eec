/**
 * The languages CPE Kit speaks, and how a request or an element picks one. Pure (no DOM, no
 * Node APIs), so the widgets and the API negotiate and format the same way. English is the
 * default and the fallback for anything unsupported.
 */

export const LOCALES = ['en', 'es', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** The tag handed to Intl: English means US English, the wording and dates of the sponsor. */
export const intlTag = (locale: Locale): string => (locale === 'en' ? 'en-US' : locale);

/** A language range of Accept-Language, or a plain tag (`es-MX`, LTI's `es_MX`), or `*`. */
const RANGE = /^(?:\*|[a-z]{1,8}(?:-[a-z0-9]{1,8})*)$/;
const QUALITY = /^q=(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;
/** Past this many ranges a header is abuse, not a preference: the rest is ignored. */
const MAX_RANGES = 32;

interface Range {
  tag: string;
  q: number;
}

/** The ranges of one source by preference (q descending, ties in order), garbage left out. */
function rangesOf(source: string): Range[] {
  const ranges: Range[] = [];
  for (const part of source.split(',', MAX_RANGES)) {
    const [rawTag = '', ...parameters] = part.split(';').map((piece) => piece.trim());
    const tag = rawTag.toLowerCase().replaceAll('_', '-');
    if (!RANGE.test(tag)) continue;
    const quality = parameters.find((parameter) => /^q=/i.test(parameter))?.toLowerCase();
    if (quality !== undefined && !QUALITY.test(quality)) continue;
    ranges.push({ tag, q: quality === undefined ? 1 : Number(quality.slice(2)) });
  }
  // Array sort is stable: equal weights keep the order the client gave.
  return ranges.sort((a, b) => b.q - a.q);
}

/** The supported locale a range asks for: its primary subtag (`fr-CA` is French). */
const primary = (tag: string): string => tag.split('-')[0]!;

/** The locale one plain tag names (`fr-CA`, `es_MX`, `EN`), English when none is supported. */
export function localeOfTag(tag: string): Locale {
  const locale = primary(tag.toLowerCase().replaceAll('_', '-'));
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/** The best supported locale of one source, or undefined when it names none. */
function bestOf(source: string): Locale | undefined {
  const ranges = rangesOf(source);
  // `q=0` says "not this one": it also keeps `*` from choosing that locale.
  const refused = new Set(ranges.filter(({ q }) => q === 0).map(({ tag }) => primary(tag)));
  for (const { tag, q } of ranges) {
    if (q === 0) break;
    if (tag === '*') return LOCALES.find((locale) => !refused.has(locale));
    const locale = primary(tag);
    if (isLocale(locale)) return locale;
  }
  return undefined;
}

/**
 * The best supported locale from sources in order of authority, each an Accept-Language
 * header or a plain tag: the first source that names a supported locale decides, so
 * `negotiateLocale(query.lang, headers['accept-language'])` or, in a widget,
 * `negotiateLocale(element.lang, ancestorLang, document.lang, launch.locale)`. Empty,
 * unsupported or malformed sources are skipped; none at all gives English.
 */
export function negotiateLocale(...sources: (string | null | undefined)[]): Locale {
  for (const source of sources) {
    const locale = source ? bestOf(source) : undefined;
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}

// Building an Intl object costs far more than using one: one of each kind per locale.
const intlCache = new Map<string, Intl.PluralRules | Intl.NumberFormat>();

function cached<T extends Intl.PluralRules | Intl.NumberFormat>(key: string, make: () => T): T {
  let value = intlCache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    intlCache.set(key, value);
  }
  return value;
}

/**
 * The plural category of `count` in `locale` (`one`, `many`, `other`...), for message tables.
 * Give the decimals the number is shown with: "1.0 credits" is plural in English, while
 * French says "1,4 crédit".
 */
export function pluralCategory(
  locale: Locale,
  count: number,
  fractionDigits = 0,
): Intl.LDMLPluralRule {
  const rules = cached(
    `plural ${locale} ${fractionDigits}`,
    () => new Intl.PluralRules(intlTag(locale), { minimumFractionDigits: fractionDigits }),
  );
  return rules.select(count);
}

/** Credits always show one decimal, in the locale's digits: `1.4` in English, `1,4` in French. */
export function formatCredits(locale: Locale, credits: number): string {
  const format = cached(
    `credits ${locale}`,
    () =>
      new Intl.NumberFormat(intlTag(locale), {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }),
  );
  return format.format(credits);
}

/** A figure with at most two decimals in the locale's digits: `64.8` in English, `64,8` in French. */
export function formatNumber(locale: Locale, value: number): string {
  const format = cached(
    `number ${locale}`,
    () => new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: 2 }),
  );
  return format.format(value);
}

/** Basis points as a percentage in the locale's way: `10%` in English, `10 %` in French. */
export function formatPercentIn(locale: Locale, basisPoints: number): string {
  const format = cached(
    `percent ${locale}`,
    () => new Intl.NumberFormat(intlTag(locale), { style: 'percent', maximumFractionDigits: 2 }),
  );
  return format.format(basisPoints / 10_000);
}
