/**
 * Enrollments from a CSV file (the console's import): parsed by csv-parse, every row checked
 * with the same schema as one enrollment, errors named `rows.<n>.<column>` (n counts data rows
 * from 1, the header not included), and all rows written in one transaction or none.
 */
import type { Context } from 'hono';
import { CsvError, parse as parseCsv } from 'csv-parse/sync';
import { EnrollmentCreate, type Enrollment } from '../policy/enrollments.js';
import { parse, type FieldError } from '../policy/schemas.js';
import { enrollmentOf, type EnrollmentTarget } from './enrollment-records.js';
import { ProblemError } from './problem.js';
import { bodyText, requestHeader } from './request.js';
import type { NewEnrollment, Store } from './store/store.js';

export const CSV_COLUMNS = [
  'sub',
  'name',
  'email',
  'pricePaidCents',
  'currency',
  'purchasedAt',
  'orderRef',
] as const;
const OPTIONAL_COLUMNS = ['eventId'] as const;

export interface ImportAnswer {
  created: number;
  existing: number;
  enrollments: Enrollment[];
}

export async function importEnrollments(
  c: Context,
  store: Store,
  target: EnrollmentTarget,
  createdAt: string,
): Promise<ImportAnswer> {
  if (!/^text\/csv\b/i.test(requestHeader(c, 'content-type') ?? '')) {
    throw new ProblemError(415, 'enrollmentsNotCsv');
  }
  const rows = csvRows(await bodyText(c));
  const header = rows[0] ?? [];
  const errors = headerErrors(header);
  if (errors.length > 0) throw unimported(errors);

  const items: NewEnrollment[] = [];
  for (const [index, cells] of rows.slice(1).entries()) {
    const row = index + 1;
    const values = Object.fromEntries(header.map((column, i) => [column, cells[i] ?? '']));
    const parsed = parse(EnrollmentCreate, orderOf(values));
    if (!parsed.ok) {
      errors.push(...parsed.errors.map((error) => rowError(row, error)));
      continue;
    }
    const made = enrollmentOf(target, parsed.value, createdAt);
    if (made.ok) items.push(made.value);
    else errors.push(rowError(row, made.error));
  }
  if (rows.length < 2)
    errors.push({ path: 'rows', message: 'has no enrollments under its header' });
  if (errors.length > 0) throw unimported(errors);

  const outcome = await store.addEnrollments(items);
  if (!outcome.ok) {
    throw unimported(
      outcome.conflicts.map((index) => ({
        path: `rows.${index + 1}.orderRef`,
        message: 'is on record for an enrollment with other facts',
      })),
    );
  }
  return {
    created: outcome.added.filter(({ created }) => created).length,
    existing: outcome.added.filter(({ created }) => !created).length,
    enrollments: outcome.added.map(({ enrollment }) => enrollment),
  };
}

function csvRows(text: string): string[][] {
  try {
    return parseCsv(text, { bom: true, trim: true, skip_empty_lines: true });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw new ProblemError(400, { id: 'enrollmentsCsvInvalid', message: error.message });
  }
}

function headerErrors(header: string[]): FieldError[] {
  const known = new Set<string>([...CSV_COLUMNS, ...OPTIONAL_COLUMNS]);
  return [
    ...CSV_COLUMNS.filter((column) => !header.includes(column)).map((column) => ({
      path: 'columns',
      message: `needs the column ${column}`,
    })),
    ...header
      .filter((column) => !known.has(column))
      .map((column) => ({ path: 'columns', message: `has an unknown column "${column}"` })),
    ...header
      .filter((column, i) => header.indexOf(column) !== i)
      .map((column) => ({ path: 'columns', message: `has the column ${column} twice` })),
  ];
}

/** A row as the body of one enrollment; cents stay text unless whole digits, to be refused. */
function orderOf(values: Record<string, string>): unknown {
  const cents = values.pricePaidCents ?? '';
  return {
    learner: { sub: values.sub, name: values.name, email: values.email },
    pricePaidCents: /^\d{1,15}$/.test(cents) ? Number(cents) : cents,
    currency: values.currency,
    purchasedAt: values.purchasedAt,
    orderRef: values.orderRef,
    ...(values.eventId ? { eventId: values.eventId } : {}),
  };
}

/** `learner.email` of row 3 is `rows.3.email`: the column the sponsor fixes. */
function rowError(row: number, error: FieldError): FieldError {
  const column = error.path.replace(/^learner\./, '');
  return { path: `rows.${row}${column ? `.${column}` : ''}`, message: error.message };
}

const unimported = (errors: FieldError[]): ProblemError =>
  new ProblemError(422, 'enrollmentsNotImported', { errors });
