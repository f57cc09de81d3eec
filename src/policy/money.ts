/** Money as integer minor units plus an ISO 4217 code: no floats, ever. */
import { intlTag, type Locale } from './locale.js';

/**
 * `basisPoints` of a non-negative `amount` (1000 = 10%), to the nearest minor unit, halves
 * away from zero. Exact in integers: amount * basisPoints stays far below 2^53.
 */
export function percentOf(amount: number, basisPoints: number): number {
  return Math.floor((amount * basisPoints + 5_000) / 10_000);
}

interface CurrencyFormat {
  format: Intl.NumberFormat;
  /** Minor units per major unit (100 for USD, 1 for JPY). */
  scale: number;
}

const formats = new Map<string, CurrencyFormat>();

function currencyFormat(currency: string, locale: Locale): CurrencyFormat {
  const key = `${locale} ${currency}`;
  let entry = formats.get(key);
  if (!entry) {
    const format = new Intl.NumberFormat(intlTag(locale), { style: 'currency', currency });
    // resolvedOptions builds a fresh object on every call: read the digits once.
    entry = { format, scale: 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2) };
    formats.set(key, entry);
  }
  return entry;
}

/**
 * 19999 USD -> "$199.99"; 1000 JPY -> "¥1,000" (the currency's own minor unit); in French
 * 19999 USD -> "199,99 $US".
 */
export function formatMoney(minorUnits: number, currency: string, locale: Locale = 'en'): string {
  const { format, scale } = currencyFormat(currency, locale);
  return format.format(minorUnits / scale);
}

/** 1000 -> "10%", 1250 -> "12.5%". */
export function formatPercent(basisPoints: number): string {
  return `${basisPoints / 100}%`;
}
