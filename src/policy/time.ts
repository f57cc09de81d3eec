/**
 * Instants and calendar days in IANA time zones, with Intl only (this code ships inside the
 * widgets, so no date library). A calendar day is a civil date in a zone; counting days
 * between civil dates never depends on the length of a day, so DST cannot move a deadline.
 */

import { intlTag, type Locale } from './locale.js';

const DAY_MS = 86_400_000;

/** A civil date: what a wall calendar in some zone shows. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/**
 * True for an ISO instant that names a real moment: `Date.parse` understands it and its date
 * exists (engines roll `2026-02-31` over to March instead of refusing it).
 */
export function isRealInstant(text: string): boolean {
  if (!Number.isFinite(Date.parse(text))) return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

// `format` is several times faster than `formatToParts`; en-US with h23 always prints
// "M/D/Y, HH:MM:SS", so the fields are read by hand and formatToParts stays the fallback.
const WALL_TEXT = /^(\d+)\/(\d+)\/(\d+), (\d+):(\d+):(\d+)$/;

/** The wall-clock fields of `ms` in `timeZone`, as if they were UTC (milliseconds). */
function wallClock(ms: number, timeZone: string): number {
  const format = formatter(timeZone);
  const match = WALL_TEXT.exec(format.format(ms));
  if (match) {
    const [, month, day, year, hour, minute, second] = match.map<number>(Number);
    return asUtc(ms, year!, month!, day!, hour!, minute!, second!);
  }
  const fields: Record<string, number> = {};
  for (const part of format.formatToParts(ms)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return asUtc(
    ms,
    fields.year!,
    fields.month!,
    fields.day!,
    fields.hour!,
    fields.minute!,
    fields.second!,
  );
}

/** Wall-clock fields as UTC milliseconds, keeping the milliseconds of `ms`. */
function asUtc(
  ms: number,
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): number {
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // Date.UTC maps years 0-99 to 1900-1999; set the year explicitly.
  date.setUTCFullYear(year);
  return date.getTime() + (((ms % 1000) + 1000) % 1000);
}

/** The zone's offset from UTC at `ms`, in milliseconds (positive east of Greenwich). */
export function zoneOffset(ms: number, timeZone: string): number {
  return wallClock(ms, timeZone) - ms;
}

/** The calendar date of instant `ms` in `timeZone`. */
export function civilDate(ms: number, timeZone: string): CivilDate {
  const date = new Date(wallClock(ms, timeZone));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Days since 1970-01-01 of a civil date: differences are whole calendar days. */
export function dayNumber(date: CivilDate): number {
  const utc = new Date(0);
  utc.setUTCFullYear(date.year, date.month - 1, date.day);
  return Math.round(utc.getTime() / DAY_MS);
}

/** The civil date `days` after `date` (negative: before). */
export function addDays(date: CivilDate, days: number): CivilDate {
  const utc = new Date((dayNumber(date) + days) * DAY_MS);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

/** A civil date as ISO `YYYY-MM-DD`: how a reason carries a date for another language. */
export function isoDate({ year, month, day }: CivilDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** `YYYY-MM-DD` back to a civil date (the inverse of isoDate). */
export function parseIsoDate(text: string): CivilDate {
  const [year, month, day] = text.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
}

/** Bound on each cache below: enough for every day of several years in a few zones. */
export const DAY_CACHE_LIMIT = 4096;

// Finding a day's start takes several Intl calls, and the same few days come up again and
// again (deadlines, event days); the answers never change, so keep the recent ones.
const dayStarts = new Map<string, number>();
const descriptions = new Map<string, string>();

/** Stores `value`, dropping the oldest entry when the cache is full. */
function remember<K, V>(cache: Map<K, V>, key: K, value: V): void {
  if (cache.size >= DAY_CACHE_LIMIT) cache.delete(cache.keys().next().value as K);
  cache.set(key, value);
}

/** Entries held by the day caches (for tests of the bound). */
export function dayCacheSizes(): { starts: number; descriptions: number } {
  return { starts: dayStarts.size, descriptions: descriptions.size };
}

/**
 * The first instant of `date` in `timeZone`. Where the day starts in a DST gap (clocks jump
 * over midnight), that is the first wall time after the gap.
 */
export function startOfDay(date: CivilDate, timeZone: string): number {
  const day = dayNumber(date);
  const key = `${day} ${timeZone}`;
  let start = dayStarts.get(key);
  if (start === undefined) {
    start = findStartOfDay(day * DAY_MS, timeZone);
    remember(dayStarts, key, start);
  }
  return start;
}

function findStartOfDay(wall: number, timeZone: string): number {
  // Local midnight is within a day of `wall`; each offset in force around it gives a candidate.
  const candidates = [wall - DAY_MS, wall, wall + DAY_MS].map(
    (near) => wall - zoneOffset(near, timeZone),
  );
  // Usually all three agree: check each distinct candidate once.
  const midnights = [...new Set(candidates)].filter((at) => wallClock(at, timeZone) === wall);
  if (midnights.length > 0) return Math.min(...midnights);
  // Midnight fell in a DST gap: the day starts when the clocks jump, the later candidate.
  return Math.max(...candidates);
}

/** The last millisecond of `date` in `timeZone`. */
export function endOfDay(date: CivilDate, timeZone: string): number {
  return startOfDay(addDays(date, 1), timeZone) - 1;
}

/** `ms` as ISO-8601 with the zone's own offset, e.g. `2026-03-05T23:59:59.999-05:00`. */
export function formatInZone(ms: number, timeZone: string): string {
  const offset = zoneOffset(ms, timeZone);
  const wall = new Date(ms + offset).toISOString().slice(0, -1);
  const sign = offset < 0 ? '-' : '+';
  const minutes = Math.abs(Math.round(offset / 60_000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${wall}${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** A civil date for people in `locale`: "March 5, 2026", "5 de marzo de 2026", "5 mars 2026". */
export function describeDate(date: CivilDate, locale: Locale = 'en'): string {
  const day = dayNumber(date);
  const key = `${locale} ${day}`;
  let text = descriptions.get(key);
  if (text === undefined) {
    text = longDate(locale).format(new Date(day * DAY_MS));
    remember(descriptions, key, text);
  }
  return text;
}

// Building an Intl formatter costs far more than using one: make one per locale.
const longDates = new Map<Locale, Intl.DateTimeFormat>();
function longDate(locale: Locale): Intl.DateTimeFormat {
  let format = longDates.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlTag(locale), {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
    });
    longDates.set(locale, format);
  }
  return format;
}
