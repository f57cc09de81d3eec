/** Money as integer minor units plus an ISO 4217 code: no floats, ever. */

/**
 * `basisPoints` of a non-negative `amount` (1000 = 10%), to the nearest minor unit, halves
 * away from zero. Exact in integers: amount * basisPoints stays far below 2^53.
 */
export function percentOf(amount: number, basisPoints: number): number {
  return Math.floor((amount * basisPoints + 5_000) / 10_000);
}

const formats = new Map<string, Intl.NumberFormat>();

function currencyFormat(currency: string): Intl.NumberFormat {
  let format = formats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { style: 'currency', currency });
    formats.set(currency, format);
  }
  return format;
}

/** 19999 USD -> "$199.99"; 1000 JPY -> "¥1,000" (the currency's own minor unit). */
export function formatMoney(minorUnits: number, currency: string): string {
  const format = currencyFormat(currency);
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minorUnits / 10 ** digits);
}

/** 1000 -> "10%", 1250 -> "12.5%". */
export function formatPercent(basisPoints: number): string {
  return `${basisPoints / 100}%`;
}
