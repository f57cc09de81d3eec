/**
 * GoTo Webinar's attendee report (Reports > Attendee, CSV). Facts relied on, from GoTo's
 * documentation and published examples: a webinar block on top, then titled sections
 * ("Attendee Details", and the organizers' and panelists' own), each with a header: Attended,
 * Interest Rating, First Name, Last Name, Email Address, Join Time, Leave Time, Time in
 * Session...; times read like "Dec 01, 2026 09:58 AM EST", with the zone's abbreviation.
 */
import type { FieldError } from '../../policy/schemas.js';
import {
  cell,
  columnsOf,
  connectionOf,
  findHeader,
  type Connection,
  type ReportReader,
} from './report.js';
import { titledSections } from './zoom.js';

export const gotoWebinar: ReportReader = {
  format: 'goto-webinar',
  detect(rows) {
    return findHeader(rows, ['interestrating', 'jointime', 'leavetime']) >= 0;
  },
  read(rows) {
    const errors: FieldError[] = [];
    const connections: Connection[] = [];
    for (const { title, header, data } of titledSections(rows)) {
      const columns = columnsOf(header, {
        attended: ['attended'],
        first: ['firstname'],
        last: ['lastname'],
        email: ['emailaddress', 'email'],
        join: ['jointime'],
        leave: ['leavetime'],
      });
      if (columns.join === undefined || columns.leave === undefined) continue;
      const staff = !/attendee/i.test(title);
      for (const row of data) {
        if (cell(row, columns.attended)?.toLowerCase() === 'no') continue;
        const name = [cell(row, columns.first), cell(row, columns.last)].filter(Boolean).join(' ');
        const connection = connectionOf(
          row,
          {
            ...(name ? { name } : {}),
            email: cell(row, columns.email),
            staff,
            join: cell(row, columns.join),
            leave: cell(row, columns.leave),
          },
          errors,
        );
        if (connection) connections.push(connection);
      }
    }
    return { format: 'goto-webinar', connections, answers: [], errors };
  },
};
