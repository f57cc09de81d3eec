/**
 * Times and durations for people, through Intl in the viewer's locale. Money and credits
 * are the engine's own (`formatMoney` in policy/money.ts, `formatCredits` in policy/locale.ts).
 */

/** `Mar 31, 2026, 9:30 AM EDT`: a date and time in a named zone, the zone always shown. */
export function formatDateTime(instant: string | Date, timeZone?: string, locale?: string): string {
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(instant));
  return `${dateTime} ${zoneName(instant, timeZone, locale)}`;
}

/** `9:30 AM EDT`. */
export function formatTime(instant: string | Date, timeZone?: string, locale?: string): string {
  return (
    new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(new Date(instant)) +
    ` ${zoneName(instant, timeZone, locale)}`
  );
}

/** `March 31, 2026` in a named zone. */
export function formatDate(instant: string | Date, timeZone?: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(new Date(instant));
}

function zoneName(instant: string | Date, timeZone?: string, locale?: string): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(
    new Date(instant),
  );
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
}

/** `4 hr`, `25 min`, `2 days`: a count in the locale's short word for the unit. */
function unitCount(value: number, unit: 'day' | 'hour' | 'minute', locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(value);
}

/** `2 days 4 hr`, `35 min`: a coarse countdown from milliseconds. */
export function formatDuration(ms: number, locale?: string): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days === 0) return formatMinutes(minutes, locale);
  const whole = unitCount(days, 'day', locale);
  return hours ? `${whole} ${unitCount(hours, 'hour', locale)}` : whole;
}

/** `35 min`, `1 hr 25 min`: whole minutes, rounded down like the credit they earn. */
export function formatMinutes(minutes: number, locale?: string): string {
  const whole = Math.max(0, Math.floor(minutes));
  const hours = Math.floor(whole / 60);
  const mins = whole % 60;
  if (hours === 0) return unitCount(mins, 'minute', locale);
  const hoursText = unitCount(hours, 'hour', locale);
  return mins ? `${hoursText} ${unitCount(mins, 'minute', locale)}` : hoursText;
}
