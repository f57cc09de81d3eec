/**
 * What every platform's reader gives back, and the helpers they share: a header's columns
 * found by name, one connection (a join and a leave) or one poll answer per row, and the rows
 * that could not be read, with their line numbers.
 */
import type { ImportFormat } from '../../policy/imports.js';
import type { FieldError } from '../../policy/schemas.js';
import { headerKey, isBlank, type TableRow } from './table.js';
import { readWallTime, type WallTime } from './times.js';

export type { ImportFormat };

/** One device's stay: a row of a join/leave report. */
export interface Connection {
  row: number;
  name: string;
  email?: string;
  /** Teams: the sign-in name (UPN), often the email, matched like one. */
  upn?: string;
  /** Organizer, host, co-host, presenter or panelist: left out unless the host asks. */
  staff: boolean;
  join: WallTime;
  leave: WallTime;
  /**
   * Minutes the platform says the row covers. Never counted: only compared with the row's
   * span, to tell a row that merges several stays (Zoom's "unique users").
   */
  reportedMinutes?: number;
}

/** One submitted poll (Zoom's poll report): an interaction, answered at `at`. */
export interface PollAnswer {
  row: number;
  name: string;
  email?: string;
  poll: string;
  at: WallTime;
}

export interface ParsedReport {
  format: ImportFormat;
  connections: Connection[];
  answers: PollAnswer[];
  /** Rows the reader could not take (a time it cannot read, a missing name). */
  errors: FieldError[];
}

export interface ReportReader {
  format: ImportFormat;
  /** True when the rows are this platform's layout. */
  detect(rows: TableRow[]): boolean;
  read(rows: TableRow[]): ParsedReport;
}

/** Column positions by header name; each wanted column may go by several names. */
export type Columns<K extends string> = Partial<Record<K, number>>;

export function columnsOf<K extends string>(
  header: string[],
  names: Record<K, readonly string[]>,
): Columns<K> {
  const keys = header.map(headerKey);
  const found: Columns<K> = {};
  for (const [column, aliases] of Object.entries(names) as [K, readonly string[]][]) {
    const index = keys.findIndex((key) => aliases.includes(key));
    if (index >= 0) found[column] = index;
  }
  return found;
}

/**
 * The first row whose header names include all of `required` (compared as headerKey). A
 * header opens a section: it is the first row, or follows a blank row (with perhaps a title
 * between), so only those rows are looked at, not every data row of a long report.
 */
export function findHeader(rows: TableRow[], required: readonly string[], from = 0): number {
  for (let i = from; i < rows.length; i += 1) {
    const opens = i < 2 || isBlank(rows[i - 1]!) || isBlank(rows[i - 2]!) || i === from;
    if (!opens) continue;
    const keys = new Set(rows[i]!.cells.map(headerKey));
    if (required.every((name) => keys.has(name))) return i;
  }
  return -1;
}

/** The data rows under a header: up to the next blank row (a section break) or the end. */
export function sectionRows(rows: TableRow[], headerIndex: number): TableRow[] {
  const out: TableRow[] = [];
  for (let i = headerIndex + 1; i < rows.length && !isBlank(rows[i]!); i += 1) out.push(rows[i]!);
  return out;
}

/** A cell by column, trimmed; empty or a platform's placeholder ("--") is undefined. */
export function cell(row: TableRow, index: number | undefined): string | undefined {
  const value = index === undefined ? undefined : row.cells[index]?.trim();
  return value && value !== '--' && value !== '-' ? value : undefined;
}

/** Reads the join and leave of a row, or notes which one is no time this import knows. */
export function connectionOf(
  row: TableRow,
  fields: {
    name?: string;
    email?: string;
    upn?: string;
    staff: boolean;
    join?: string;
    leave?: string;
    reportedMinutes?: string;
  },
  errors: FieldError[],
): Connection | undefined {
  const { name, email, upn, staff } = fields;
  const who = name ?? email;
  if (!who) {
    errors.push({ path: `rows.${row.line}`, message: 'has neither a name nor an email' });
    return undefined;
  }
  const join = timeOf(row, 'join', fields.join, errors);
  const leave = timeOf(row, 'leave', fields.leave, errors);
  if (!join || !leave) return undefined;
  const minutes = Number(fields.reportedMinutes);
  return {
    row: row.line,
    name: who,
    ...(email ? { email } : {}),
    ...(upn ? { upn } : {}),
    staff,
    join,
    leave,
    ...(fields.reportedMinutes && Number.isFinite(minutes) ? { reportedMinutes: minutes } : {}),
  };
}

export function timeOf(
  row: TableRow,
  column: string,
  text: string | undefined,
  errors: FieldError[],
): WallTime | undefined {
  const time = text === undefined ? undefined : readWallTime(text);
  if (!time) {
    errors.push({
      path: `rows.${row.line}.${column}`,
      message: text === undefined ? 'is empty' : `"${text.slice(0, 40)}" is not a date and time`,
    });
  }
  return time;
}

/** Staff by the words platforms use for them: organizer, host, co-host, presenter, panelist. */
export const isStaffRole = (role: string | undefined): boolean =>
  role !== undefined && /organi[sz]er|host|presenter|panelist|staff/i.test(role);
