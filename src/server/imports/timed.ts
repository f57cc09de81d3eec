/**
 * A parsed report on the event's clock: the date order settled (module comment of times.ts),
 * every time an instant, and the rows that cannot be true refused: a leave before its join,
 * or a time more than a day away from the event's sessions.
 */
import type { FieldError } from '../../policy/schemas.js';
import { ProblemError } from '../problem.js';
import type { StoredEvent } from '../store/store.js';
import type { Connection, ImportFormat, ParsedReport, PollAnswer } from './report.js';
import {
  instantOf,
  orderIrrelevant,
  possibleOrders,
  type DateOrder,
  type WallTime,
} from './times.js';

const DAY_MS = 86_400_000;

export interface TimedConnection extends Omit<Connection, 'join' | 'leave'> {
  join: number;
  leave: number;
}

export interface TimedAnswer extends Omit<PollAnswer, 'at'> {
  at: number;
}

export interface TimedReport {
  format: ImportFormat;
  dateOrder: DateOrder;
  /** How the order was settled: by the file's own dates, by the event's, or by the host. */
  dateOrderFrom: 'file' | 'event' | 'host';
  connections: TimedConnection[];
  answers: TimedAnswer[];
}

export function timedReport(
  parsed: ParsedReport,
  event: StoredEvent,
  timeZone: string,
  hostOrder: DateOrder | undefined,
): TimedReport {
  if (parsed.errors.length > 0) throw unreadable(parsed.errors);
  if (parsed.connections.length === 0 && parsed.answers.length === 0) {
    throw new ProblemError(422, 'reportEmpty');
  }
  const times = [
    ...parsed.connections.flatMap(({ join, leave }) => [join, leave]),
    ...parsed.answers.map(({ at }) => at),
  ];
  const window = eventWindow(event);
  const { order, from } = hostOrder
    ? { order: hostOrder, from: 'host' as const }
    : settledOrder(times, window, timeZone);

  const errors: FieldError[] = [];
  const instant = (row: number, column: string, time: WallTime): number => {
    const at = instantOf(time, order, timeZone);
    if (at === undefined) {
      errors.push({
        path: `rows.${row}.${column}`,
        message: `is not a real time in ${timeZone} read ${describeOrder(order)}`,
      });
      return NaN;
    }
    if (at < window[0] - DAY_MS || at > window[1] + DAY_MS) {
      errors.push({
        path: `rows.${row}.${column}`,
        message: `is ${new Date(at).toISOString()}, more than a day from the event's sessions`,
      });
    }
    return at;
  };
  const connections = parsed.connections.map((connection): TimedConnection => {
    const join = instant(connection.row, 'join', connection.join);
    const leave = instant(connection.row, 'leave', connection.leave);
    if (leave < join) {
      errors.push({ path: `rows.${connection.row}`, message: 'leaves before it joins' });
    }
    return { ...connection, join, leave };
  });
  const answers = parsed.answers.map((answer): TimedAnswer => ({
    ...answer,
    at: instant(answer.row, 'submitted', answer.at),
  }));
  if (errors.length > 0) {
    throw new ProblemError(422, 'reportTimesImpossible', { errors });
  }
  return { format: parsed.format, dateOrder: order, dateOrderFrom: from, connections, answers };
}

/** From the file's own dates, else from the event's; refused when both orders still fit. */
function settledOrder(
  times: WallTime[],
  window: [number, number],
  timeZone: string,
): { order: DateOrder; from: 'file' | 'event' } {
  const possible = possibleOrders(times);
  if (possible.length === 0) {
    throw new ProblemError(422, 'reportDatesImpossible');
  }
  if (possible.length === 1) return { order: possible[0]!, from: 'file' };
  if (orderIrrelevant(times)) return { order: 'mdy', from: 'file' };
  const near = possible.filter((order) =>
    times.every((time) => {
      const at = instantOf(time, order, timeZone);
      return at !== undefined && at >= window[0] - DAY_MS && at <= window[1] + DAY_MS;
    }),
  );
  if (near.length === 1) return { order: near[0]!, from: 'event' };
  throw new ProblemError(
    422,
    { id: 'reportDatesAmbiguous', bothNear: near.length === 2 },
    { errors: [{ path: 'dateOrder', message: 'is needed for this file: mdy or dmy' }] },
  );
}

function eventWindow(event: StoredEvent): [number, number] {
  const starts = event.segments.map((segment) => Date.parse(segment.start));
  const ends = event.segments.map((segment) => Date.parse(segment.end));
  return [Math.min(...starts), Math.max(...ends)];
}

const describeOrder = (order: DateOrder): string => (order === 'mdy' ? 'month-first' : 'day-first');

const unreadable = (errors: FieldError[]): ProblemError =>
  new ProblemError(422, 'reportRowsUnreadable', { errors });
