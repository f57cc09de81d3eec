/**
 * Wall-clock times in a named IANA zone turned into ISO instants with an offset, so a
 * schedule typed in the event's zone means the same minutes wherever the viewer sits.
 */
import { zoneOffset } from '../../policy/time.js';

/** `2026-03-08`, `09:30`, `America/New_York` -> `2026-03-08T09:30:00-04:00`. */
export function zonedInstant(date: string, time: string, timeZone: string): string | undefined {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const clock = /^(\d{2}):(\d{2})/.exec(time);
  if (!day || !clock) return undefined;
  const [year, month, dayOfMonth] = day.slice(1).map(Number) as [number, number, number];
  const [hour, minute] = clock.slice(1).map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, dayOfMonth, hour, minute);
  // The offset depends on the instant itself (DST): guess from the wall time, then correct once.
  let offset = offsetMinutes(wall, timeZone);
  offset = offsetMinutes(wall - offset * 60_000, timeZone);
  return `${date}T${clock[1]}:${clock[2]}:00${formatOffset(offset)}`;
}

/** Minutes the zone is ahead of UTC at an instant (`-240` for New York in summer). */
const offsetMinutes = (instant: number, timeZone: string): number =>
  Math.round(zoneOffset(instant, timeZone) / 60_000);

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}
