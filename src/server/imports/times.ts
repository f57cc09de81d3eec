/**
 * Report times as instants. Zoom, Teams, Webex and GoTo print wall-clock times without an
 * offset (Zoom in the account's zone, Teams in the downloader's), so the host names the zone.
 * Numeric dates are month-first or day-first by the exporter's locale: the file settles the
 * order when a part is over 12, else the event does when only one order puts every time near
 * it, else the host must say (`dateOrder`); the order is never guessed.
 */
import { zoneOffset } from '../../policy/time.js';

export type DateOrder = 'mdy' | 'dmy';

/** A time as printed: its calendar and clock fields, still in the report's zone. */
export interface WallTime {
  /** Numeric dates: the two leading parts, in file order; their meaning waits for the order. */
  lead: number;
  next: number;
  year: number;
  /** Named-month and ISO dates know their month and day already. */
  known?: { month: number; day: number };
  hour: number;
  minute: number;
  seconds: number;
  /** An ISO time with its own offset: the instant, whatever the zone. */
  instant?: number;
  /** A zone abbreviation printed after the time (GoTo: "EST"). */
  zoneName?: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const CLOCK = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([AaPp]\.?[Mm]\.?)?(?:\s+([A-Z]{2,5}))?`;
const NUMERIC = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2}),?\s+${CLOCK}$`);
const NAMED = new RegExp(String.raw`^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4}),?\s+${CLOCK}$`);
const DAY_NAMED = new RegExp(
  String.raw`^(\d{1,2})[\s-]([A-Za-z]{3,9})\.?[\s-](\d{4}),?\s+${CLOCK}$`,
);
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/** The fields of a printed time, or undefined when it is no time this reader knows. */
export function readWallTime(text: string): WallTime | undefined {
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, offset] = iso;
    const wall = {
      lead: 0,
      next: 0,
      year: Number(y),
      known: { month: Number(mo), day: Number(d) },
      hour: Number(h),
      minute: Number(mi),
      seconds: Number(s ?? 0),
    };
    return offset ? { ...wall, instant: Date.parse(text.replace(' ', 'T')) } : wall;
  }
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [, a, b, y, ...clock] = numeric;
    return withClock({ lead: Number(a), next: Number(b), year: fullYear(y!) }, clock);
  }
  const named = NAMED.exec(text) ?? undefined;
  const dayNamed = named ? undefined : DAY_NAMED.exec(text);
  const parts = named
    ? { month: named[1]!, day: named[2]!, year: named[3]!, clock: named.slice(4) }
    : dayNamed
      ? { month: dayNamed[2]!, day: dayNamed[1]!, year: dayNamed[3]!, clock: dayNamed.slice(4) }
      : undefined;
  if (!parts) return undefined;
  const month = MONTHS.indexOf(parts.month.slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return undefined;
  return withClock(
    {
      lead: 0,
      next: 0,
      year: Number(parts.year),
      known: { month, day: Number(parts.day) },
    },
    parts.clock,
  );
}

function withClock(
  date: Pick<WallTime, 'lead' | 'next' | 'year' | 'known'>,
  [hour, minute, second, meridiem, zoneName]: (string | undefined)[],
): WallTime | undefined {
  let h = Number(hour);
  if (meridiem) {
    if (h < 1 || h > 12) return undefined;
    const pm = meridiem[0]!.toLowerCase() === 'p';
    h = (h % 12) + (pm ? 12 : 0);
  }
  return {
    ...date,
    hour: h,
    minute: Number(minute),
    seconds: Number(second ?? 0),
    ...(zoneName ? { zoneName } : {}),
  };
}

const fullYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** The orders under which every numeric date of the report is a real date. */
export function possibleOrders(times: WallTime[]): DateOrder[] {
  const numeric = times.filter((time) => !time.known);
  return (['mdy', 'dmy'] as const).filter((order) =>
    numeric.every((time) => calendarOf(time, order) !== undefined),
  );
}

/** True when no numeric date reads differently under the two orders (3/3, 12/12). */
export const orderIrrelevant = (times: WallTime[]): boolean =>
  times.every((time) => time.known !== undefined || time.lead === time.next);

function calendarOf(time: WallTime, order: DateOrder): { month: number; day: number } | undefined {
  const { month, day } =
    time.known ??
    (order === 'mdy' ? { month: time.lead, day: time.next } : { month: time.next, day: time.lead });
  if (month < 1 || month > 12 || day < 1) return undefined;
  const probe = new Date(Date.UTC(time.year, month - 1, day));
  return probe.getUTCDate() === day ? { month, day } : undefined;
}

/**
 * The instant of a printed time read in `order` and `timeZone`; undefined when the fields
 * name no real time (a 25th hour, February 30th) or a printed zone name is not the zone's.
 */
export function instantOf(time: WallTime, order: DateOrder, timeZone: string): number | undefined {
  if (time.instant !== undefined) return time.instant;
  const calendar = calendarOf(time, order);
  if (!calendar || time.hour > 23 || time.minute > 59 || time.seconds > 59) return undefined;
  const wall = Date.UTC(
    time.year,
    calendar.month - 1,
    calendar.day,
    time.hour,
    time.minute,
    time.seconds,
  );
  // The offset in force near the wall time, then at the instant it gives (DST edges move it).
  const guess = wall - offsetAt(wall, timeZone);
  const instant = wall - offsetAt(guess, timeZone);
  if (time.zoneName && !zoneNames(instant, timeZone).includes(time.zoneName)) return undefined;
  return instant;
}

const QUARTER_HOUR_MS = 900_000;
const offsets = new Map<string, number>();

/**
 * zoneOffset, remembered per quarter hour: zones change offset only on quarter hours, and a
 * report's thousands of times fall in a few of them (Intl is the cost of a large import).
 */
function offsetAt(ms: number, timeZone: string): number {
  const quarter = Math.floor(ms / QUARTER_HOUR_MS);
  const key = `${timeZone} ${quarter}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = zoneOffset(quarter * QUARTER_HOUR_MS, timeZone);
    if (offsets.size >= 4096) offsets.delete(offsets.keys().next().value as string);
    offsets.set(key, offset);
  }
  return offset;
}

const zoneNameCache = new Map<string, string[]>();

/** What the zone is called at `instant`, as exporters print it ("EST", "GMT-5"). */
function zoneNames(instant: number, timeZone: string): string[] {
  const key = `${timeZone} ${Math.floor(instant / QUARTER_HOUR_MS)}`;
  let names = zoneNameCache.get(key);
  if (!names) {
    const name = (locale: string) =>
      new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
        .formatToParts(instant)
        .find((part) => part.type === 'timeZoneName')?.value ?? '';
    names = [name('en-US'), name('en-GB')];
    if (names.includes('GMT') || names.includes('UTC')) names.push('GMT', 'UTC');
    if (zoneNameCache.size >= 4096) zoneNameCache.delete(zoneNameCache.keys().next().value!);
    zoneNameCache.set(key, names);
  }
  return names;
}
