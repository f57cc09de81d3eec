/**
 * A platform report as rows of cells, each with the file line it starts on: the bytes decoded
 * (UTF-8, or UTF-16 as Teams and Webex export), the delimiter found (comma, or tab), and the
 * cells split by csv-parse, which handles quoted fields, a BOM and CRLF. Blank lines stay as
 * empty rows: several reports stack sections separated by them.
 */
import { CsvError, parse as parseCsv } from 'csv-parse/sync';
import { ProblemError } from '../problem.js';

export interface TableRow {
  /** The file line the row starts on, counting from 1: what the host finds in an editor. */
  line: number;
  cells: string[];
}

/** The most rows a report may have (the limit, a week of a large webinar). */
export const IMPORT_ROW_LIMIT = 50_000;

export function decodeReport(bytes: Uint8Array): string {
  const encoding = encodingOf(bytes);
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ProblemError(400, { id: 'reportNotText', encoding });
  }
}

/** UTF-16 by its byte-order mark, or by the zero bytes of ASCII text without one. */
function encodingOf(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes.length >= 4 && bytes[0] !== 0 && bytes[1] === 0 && bytes[3] === 0) return 'utf-16le';
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0) return 'utf-16be';
  return 'utf-8';
}

export function reportTable(text: string): TableRow[] {
  if (text.includes('\0')) throw new ProblemError(400, 'reportBinary');
  let records: string[][];
  // csv-parse builds (and drops) an error for every row whose length differs from the
  // first row's, as every row of a report with a meeting block does; capturing their stack
  // traces was a third of a 5,000-row preview. The parse is synchronous, so nothing else runs
  // while stack traces are off.
  const traceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    records = parseCsv(text, {
      bom: true,
      delimiter: delimiterOf(text),
      relax_column_count: true,
      skip_empty_lines: false,
      trim: true,
      to: IMPORT_ROW_LIMIT + 1,
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw new ProblemError(400, { id: 'reportNotCsv', message: error.message });
  } finally {
    Error.stackTraceLimit = traceLimit;
  }
  if (records.length > IMPORT_ROW_LIMIT) {
    throw new ProblemError(413, { id: 'reportTooManyRows', limit: IMPORT_ROW_LIMIT });
  }
  // Every line break ends a record (blank lines too) or sits inside a quoted cell, so a
  // record starts one line after the previous one ended (csv-parse's own line count, its
  // `info` option, doubles the time of a parse).
  let line = 1;
  return records.map((cells) => {
    const row = { line, cells };
    line += 1 + newlines(cells);
    return row;
  });
}

/** Tabs (Teams, Webex) or commas (Zoom, GoTo, the generic layout): whichever the first lines use more. */
function delimiterOf(text: string): string {
  const head = text.slice(0, 4096);
  const tabs = head.split('\t').length;
  const commas = head.split(',').length;
  return tabs > commas ? '\t' : ',';
}

const newlines = (cells: string[]): number =>
  cells.reduce((sum, cell) => sum + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);

/** A row with nothing in it: a section break. */
export const isBlank = (row: TableRow): boolean => row.cells.every((cell) => cell === '');

/** Header names compared without case, spaces or punctuation: "User Email" = "user_email". */
export const headerKey = (cell: string): string => cell.toLowerCase().replace(/[^a-z0-9#]/g, '');
