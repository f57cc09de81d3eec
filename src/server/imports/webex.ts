/**
 * Webex attendee reports (Webex Meetings and Webinars: the meeting's Attendees report, and
 * Control Hub's meeting details export, UTF-16 tab-separated). Facts relied on, from Cisco's
 * documentation and published examples: one row per join with the attendee's name and email,
 * Join Time and Leave Time without an offset, an attendance duration, the connection type,
 * and a role that marks the host, co-host and panelists.
 */
import type { FieldError } from '../../policy/schemas.js';
import {
  cell,
  columnsOf,
  connectionOf,
  findHeader,
  isStaffRole,
  sectionRows,
  type Connection,
  type ReportReader,
} from './report.js';
import { headerKey } from './table.js';

const HEADER = ['jointime', 'leavetime'];
const WEBEX_ONLY = ['connectiontype', 'attendanceduration', 'attendeeemail', 'attendeename'];

export const webex: ReportReader = {
  format: 'webex',
  detect(rows) {
    const at = findHeader(rows, HEADER);
    return at >= 0 && rows[at]!.cells.some((name) => WEBEX_ONLY.includes(headerKey(name)));
  },
  read(rows) {
    const errors: FieldError[] = [];
    const at = findHeader(rows, HEADER);
    const columns = columnsOf(rows[at]!.cells, {
      name: ['attendeename', 'name', 'displayname', 'participantname'],
      email: ['attendeeemail', 'email', 'emailaddress'],
      role: ['role', 'attendeerole', 'participantrole', 'attendeetype'],
      join: ['jointime'],
      leave: ['leavetime'],
    });
    const connections: Connection[] = [];
    for (const row of sectionRows(rows, at)) {
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
    return { format: 'webex', connections, answers: [], errors };
  },
};
