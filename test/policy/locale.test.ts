import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LOCALES,
  formatCredits,
  isLocale,
  localeOfTag,
  negotiateLocale,
  pluralCategory,
} from '../../src/policy/locale.js';
import { formatMoney } from '../../src/policy/money.js';
import { describeDate } from '../../src/policy/time.js';

describe('negotiateLocale', () => {
  it.each([
    // Accept-Language headers
    ['fr-CA,fr;q=0.9,en;q=0.8', 'fr'],
    ['de-DE, es;q=0.7, fr;q=0.5', 'es'],
    ['en;q=0.3, fr;q=0.9', 'fr'],
    ['fr;q=0.5, es;q=0.5', 'fr'],
    ['ES-mx', 'es'],
    ['es-419', 'es'],
    ['de, *;q=0.1', 'en'],
    ['en;q=0, *', 'es'],
    ['fr;q=0', 'en'],
    ['de-CH, it', 'en'],
    // plain tags, LTI's launch_presentation.locale among them
    ['es-MX', 'es'],
    ['fr_CA', 'fr'],
    ['en-GB', 'en'],
    // garbage
    ['', 'en'],
    ['fr;q=2', 'en'],
    ['fr;q=abc, es', 'es'],
    ['<script>', 'en'],
    ['../../etc/passwd', 'en'],
    ['français', 'en'],
    [';;;,,,', 'en'],
  ])('%j -> %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });

  it('takes the first source that names a supported locale, English when none does', () => {
    expect(negotiateLocale('es', 'fr')).toBe('es');
    expect(negotiateLocale('de', 'fr-CA,en;q=0.5')).toBe('fr');
    expect(negotiateLocale(undefined, null, '', 'es-MX')).toBe('es');
    expect(negotiateLocale('xx', 'yy')).toBe('en');
    expect(negotiateLocale()).toBe('en');
  });

  it('ignores ranges past the first 32 of an oversized header', () => {
    expect(negotiateLocale(`${'de,'.repeat(40)}fr`)).toBe('en');
    expect(negotiateLocale(`${'de,'.repeat(10)}fr`)).toBe('fr');
  });

  it('always answers a supported locale, whatever the input', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.string(), { nil: undefined })), (sources) => {
        expect(isLocale(negotiateLocale(...sources))).toBe(true);
      }),
    );
  });
});

describe('localeOfTag', () => {
  it.each([
    ['fr-CA', 'fr'],
    ['es_MX', 'es'],
    ['EN', 'en'],
    ['de', 'en'],
    ['', 'en'],
    ['fr-', 'fr'],
  ])('reads %j as %s', (tag, locale) => {
    expect(localeOfTag(tag)).toBe(locale);
  });
});

describe('formatting in a locale', () => {
  it('shows credits with one decimal in the locale’s digits', () => {
    expect(LOCALES.map((locale) => formatCredits(locale, 1.4))).toEqual(['1.4', '1,4', '1,4']);
    expect(formatCredits('en', 2)).toBe('2.0');
    expect(formatCredits('en', 1)).toBe('1.0');
    expect(formatCredits('en', 1.4)).toBe('1.4');
    expect(formatCredits('fr', 0.2)).toBe('0,2');
  });

  it('picks plural categories with Intl.PluralRules, decimals included', () => {
    expect(pluralCategory('en', 1)).toBe('one');
    expect(pluralCategory('en', 1, 1)).toBe('other'); // "1.0 credits"
    expect(pluralCategory('fr', 1.4, 1)).toBe('one'); // "1,4 crédit"
    expect(pluralCategory('fr', 2, 1)).toBe('other');
    expect(pluralCategory('es', 1)).toBe('one');
    expect(pluralCategory('es', 3)).toBe('other');
    expect(pluralCategory('fr', 1_000_000)).toBe('many'); // "1 000 000 de crédits"
  });

  it('writes dates and money the locale’s way, English unchanged', () => {
    const date = { year: 2026, month: 3, day: 2 };
    expect(describeDate(date)).toBe('March 2, 2026');
    expect(describeDate(date, 'es')).toBe('2 de marzo de 2026');
    expect(describeDate(date, 'fr')).toBe('2 mars 2026');
    expect(describeDate(date)).toBe('March 2, 2026');
    expect(formatMoney(19_999, 'USD')).toBe('$199.99');
    expect(formatMoney(19_999, 'USD', 'fr')).toBe('199,99\u00a0$US');
    expect(formatMoney(19_999, 'EUR', 'es')).toBe('199,99\u00a0€');
    // Integer minor units in the currency's own number of decimals.
    expect(formatMoney(17_999, 'USD')).toBe('$179.99');
    expect(formatMoney(1_000, 'JPY')).toBe('¥1,000');
    expect(formatMoney(19_999, 'USD')).toBe('$199.99');
  });
});
