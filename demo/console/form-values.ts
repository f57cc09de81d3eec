/**
 * The console's pure readers: what a person types (amounts, wall-clock times, lists) turned
 * into the API's values, and the API's error paths turned back into the field that shows them.
 * No DOM here, so they are Node-tested (test/forms/console-form-values.test.ts).
 */
import { zoneOffset } from '../../src/policy/time.js';

/** Digits after the decimal point of a currency (JPY 0, USD 2). */
export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits!;
  } catch {
    return 2;
  }
}

/**
 * "199.99", "$1,250", "1250.5" to minor units (a leading currency symbol is dropped); undefined when it is not an amount (negative,
 * letters, more decimals than the currency has).
 */
export function parseMoney(text: string, currency: string): number | undefined {
  const cleaned = text
    .trim()
    .replace(/^[^\d.-]+/, '')
    .replace(/,/g, '');
  const digits = minorDigits(currency);
  const pattern =
    digits === 0 ? /^\d+$/ : new RegExp(`^\\d+(\\.\\d{1,${digits}})?$|^\\.\\d{1,${digits}}$`);
  if (!pattern.test(cleaned)) return undefined;
  return Math.round(Number(cleaned) * 10 ** digits);
}

/** Minor units back to what the money field shows ("199.99"). */
export function moneyText(cents: number, currency: string): string {
  return (cents / 10 ** minorDigits(currency)).toFixed(minorDigits(currency));
}

/** A number field's value; undefined when blank or not a number. */
export function numberValue(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * A `datetime-local` value ("2026-03-02T09:00") read as a wall clock in `timeZone`, as an
 * ISO instant; undefined when blank or invalid. The event's zone, not the browser's, is what
 * the sponsor means when scheduling.
 */
export function zonedInstant(wall: string, timeZone: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(wall);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  try {
    // The offset at the guess, then again at the corrected instant (across a DST change).
    let ms = asUtc - zoneOffset(asUtc, timeZone);
    ms = asUtc - zoneOffset(ms, timeZone);
    return new Date(ms).toISOString();
  } catch {
    return undefined;
  }
}

/** An instant as a `datetime-local` value on the wall clock of `timeZone`. */
export function wallClockValue(instant: string, timeZone: string): string {
  const ms = Date.parse(instant);
  return new Date(ms + zoneOffset(ms, timeZone)).toISOString().slice(0, 16);
}

/** A text area's lines, trimmed, blanks dropped ("sub per line" lists). */
export function lines(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * The form field that shows an API error: the longest key of `fields` that is a prefix of
 * the error's path ("fieldsOfStudy.1.credits" -> "fieldsOfStudy.1.credits", else
 * "fieldsOfStudy"), or undefined when none fits (shown in the form's summary instead).
 */
export function fieldForPath(path: string, fields: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const key of fields) {
    const fits = path === key || path.startsWith(`${key}.`);
    if (fits && (!best || key.length > best.length)) best = key;
  }
  return best;
}

/** "rows.2.email" -> "Row 2, email: ..." (rows counted from 1 after the header). */
export function rowMessage(path: string, message: string): string {
  const match = /^rows\.(\d+)(?:\.(.+))?$/.exec(path);
  if (!match) return `${path || 'File'}: ${message}`;
  return `Row ${match[1]}${match[2] ? `, ${match[2]}` : ''}: ${message}`;
}
