/**
 * What a message table is made of: one sentence per rule id, worded from a reason's params
 * with the locale's numbers, money, dates and plurals (all through Intl, cached in locale.ts,
 * money.ts and time.ts).
 */
import {
  formatCredits,
  formatNumber,
  formatPercentIn,
  pluralCategory,
  type Locale,
} from '../locale.js';
import { formatMoney } from '../money.js';
import { shownMinutes, type RuleId } from '../reasons.js';
import type { ReasonParams } from '../schemas.js';
import { describeDate, parseIsoDate } from '../time.js';

type Value = ReasonParams[string] | undefined;

/** A word by plural category; `other` is the form for any category not given. */
export type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Thrown when a reason lacks a param its sentence needs: the caller keeps the English. */
export class MissingParam extends Error {}

/** The locale's ways of writing the figures of a reason. Each throws MissingParam for a gap. */
export interface Words {
  /** A param as text (a link, a time zone, a contact). */
  text(value: Value): string;
  /** A param as a number, for a sentence's own choices. */
  number(value: Value): number;
  /** A figure with at most two decimals: `64,8`. */
  figure(value: Value): string;
  /** `count` and its word: `3 preguntas`, `1 question`. */
  count(value: Value, forms: Forms): string;
  /** Only the word (or verb) that agrees with `count`: `otorga` / `otorgan`. */
  word(value: Value, forms: Forms): string;
  /** Tenths of a credit and the word for them: `1,4 crédito`, `2,0 créditos`. */
  credits(tenths: Value, forms: Forms): string;
  /** Only the word that agrees with a credit figure as shown (`1,0` is plural in English). */
  creditWord(tenths: Value, forms: Forms): string;
  /** Tenths of a credit as a bare figure: `1,4`. */
  creditFigure(tenths: Value): string;
  /** Minutes as shown in a reason (two decimals at most) and their word. */
  minutes(value: Value, forms: Forms): string;
  money(minorUnits: Value, currency: Value): string;
  /** Basis points as a percentage: `10 %`. */
  percent(basisPoints: Value): string;
  /** An ISO `YYYY-MM-DD` date in words: `5 de marzo de 2026`. */
  date(iso: Value): string;
}

export type Sentence = ((params: ReasonParams, words: Words) => string) & {
  /** The variants of a rule that says several things (what tests check are all reached). */
  variants?: readonly string[];
};

/** Rule ids that name a refusal or a record, never the rule of a reason. */
type NeverAReason = 'ATTEND.CODE' | 'ATTEND.CORRECTION' | 'CERT.REVOKED';

/** A locale's sentences: every reason's rule has one, so a new rule cannot go untranslated. */
export type ReasonMessages = Record<Exclude<RuleId, NeverAReason>, Sentence>;

type RulesOf<Prefix extends string> = Extract<keyof ReasonMessages, `${Prefix}.${string}`>;

// One part per kind of result, so a widget's language chunk carries only the sentences it shows.
export type CreditMessages = Pick<ReasonMessages, RulesOf<'CREDIT' | 'SELF_STUDY'>>;
export type AttendanceMessages = Pick<ReasonMessages, RulesOf<'ATTEND'>>;
export type RefundMessages = Pick<ReasonMessages, RulesOf<'REFUND'>>;
export type RecordMessages = Pick<ReasonMessages, RulesOf<'ICMA' | 'CERT'>>;

/** A rule that says several things: the `variant` param (or `key`) picks the sentence. */
export function variants(sentences: Record<string, Sentence>, key = 'variant'): Sentence {
  const sentence: Sentence = (params, words) => {
    const chosen = sentences[words.text(params[key])];
    if (!chosen) throw new MissingParam(`no sentence for ${key} ${String(params[key])}`);
    return chosen(params, words);
  };
  sentence.variants = Object.keys(sentences);
  return sentence;
}

function present(value: Value): string | number {
  if (value === undefined) throw new MissingParam('a param is missing');
  return value;
}

function numeric(value: Value): number {
  const number = typeof value === 'number' ? value : Number(present(value));
  if (!Number.isFinite(number)) throw new MissingParam('a param is not a number');
  return number;
}

const pick = (locale: Locale, count: number, forms: Forms, fractionDigits = 0): string =>
  forms[pluralCategory(locale, count, fractionDigits)] ?? forms.other;

const wordsByLocale = new Map<Locale, Words>();

/** The Words of `locale` (one object per locale: tables are called once per reason). */
export function wordsFor(locale: Locale): Words {
  let words = wordsByLocale.get(locale);
  if (!words) {
    words = {
      text: (value) => String(present(value)),
      number: numeric,
      figure: (value) => formatNumber(locale, numeric(value)),
      count: (value, forms) => {
        const count = numeric(value);
        return `${formatNumber(locale, count)} ${pick(locale, count, forms)}`;
      },
      word: (value, forms) => pick(locale, numeric(value), forms),
      credits: (tenths, forms) => {
        const credits = numeric(tenths) / 10;
        // Credits always show one decimal, and the plural follows the figure as shown.
        return `${formatCredits(locale, credits)} ${pick(locale, credits, forms, 1)}`;
      },
      creditWord: (tenths, forms) => pick(locale, numeric(tenths) / 10, forms, 1),
      creditFigure: (tenths) => formatCredits(locale, numeric(tenths) / 10),
      minutes: (value, forms) => {
        const shown = shownMinutes(numeric(value));
        return `${formatNumber(locale, shown)} ${pick(locale, shown, forms)}`;
      },
      money: (minorUnits, currency) =>
        formatMoney(numeric(minorUnits), String(present(currency)), locale),
      percent: (basisPoints) => formatPercentIn(locale, numeric(basisPoints)),
      date: (iso) => describeDate(parseIsoDate(String(present(iso))), locale),
    };
    wordsByLocale.set(locale, words);
  }
  return words;
}
