/**
 * The generic layout (README, "Importing a platform report"), for any other platform: a header
 * row naming `name`, `join` and `leave`, and optionally `email` and `role`, in any order, then
 * one row per connection. Times are ISO 8601, with an offset (taken as is) or without (read in
 * the import's zone), or any date and time the other readers accept.
 */
import type { FieldError } from '../../policy/schemas.js';
import {
  cell,
  columnsOf,
  connectionOf,
  isStaffRole,
  sectionRows,
  type Connection,
  type ReportReader,
} from './report.js';
import { headerKey } from './table.js';

export const generic: ReportReader = {
  format: 'generic',
  detect(rows) {
    const keys = rows[0]?.cells.map(headerKey) ?? [];
    return ['name', 'join', 'leave'].every((name) => keys.includes(name));
  },
  read(rows) {
    const errors: FieldError[] = [];
    const columns = columnsOf(rows[0]!.cells, {
      name: ['name'],
      email: ['email'],
      join: ['join'],
      leave: ['leave'],
      role: ['role'],
    });
    const connections: Connection[] = [];
    for (const row of sectionRows(rows, 0)) {
      const connection = connectionOf(
        row,
        {
          name: cell(row, columns.name),
          email: cell(row, columns.email),
          staff: isStaffRole(cell(row, columns.role)),
          join: cell(row, columns.join),
          leave: cell(row, columns.leave),
        },
        errors,
      );
      if (connection) connections.push(connection);
    }
    return { format: 'generic', connections, answers: [], errors };
  },
};
