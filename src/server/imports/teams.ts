/**
 * Microsoft Teams attendance reports (the meeting's Attendance tab, Download). Facts relied
 * on, from Microsoft's documentation and published examples: a UTF-16 tab-separated file in
 * three numbered sections, "1. Summary" (title, start and end time), "2. Participants" (Name,
 * First Join, Last Leave, In-Meeting Duration, Email, Participant ID (UPN), Role) and
 * "3. In-Meeting Activities" (Name, Join Time, Leave Time, Duration, Email, Role: one row per
 * join). Times carry no offset and follow the downloader's locale: "3/14/26, 9:58:12 AM" in
 * the US, "14/03/2026, 09:58:12" in the UK. Roles: Organizer, Presenter, Attendee.
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
import type { TableRow } from './table.js';

const ACTIVITIES = /^3\.\s*in-meeting activities/i;
const PARTICIPANTS = ['firstjoin', 'lastleave'];

export const teams: ReportReader = {
  format: 'teams',
  detect(rows) {
    return (
      findHeader(rows, PARTICIPANTS) >= 0 || rows.some((row) => ACTIVITIES.test(row.cells[0] ?? ''))
    );
  },
  read(rows) {
    const errors: FieldError[] = [];
    const participantsAt = findHeader(rows, PARTICIPANTS);
    const upns =
      participantsAt >= 0 ? upnsByPerson(rows, participantsAt) : new Map<string, string>();
    const marker = rows.findIndex((row) => ACTIVITIES.test(row.cells[0] ?? ''));
    const activitiesAt = marker >= 0 ? findHeader(rows, ['jointime', 'leavetime'], marker) : -1;
    // The activities list each join; without them, first join to last leave is all there is.
    const at = activitiesAt >= 0 ? activitiesAt : participantsAt;
    const columns = columnsOf(rows[at]!.cells, {
      name: ['name', 'fullname'],
      email: ['email'],
      upn: ['participantidupn'],
      role: ['role'],
      join: ['jointime', 'firstjoin'],
      leave: ['leavetime', 'lastleave'],
    });
    const connections: Connection[] = [];
    for (const row of sectionRows(rows, at)) {
      const name = cell(row, columns.name);
      const email = cell(row, columns.email);
      const connection = connectionOf(
        row,
        {
          name,
          email,
          upn: cell(row, columns.upn) ?? upns.get(personKey(name, email)),
          staff: isStaffRole(cell(row, columns.role)),
          join: cell(row, columns.join),
          leave: cell(row, columns.leave),
        },
        errors,
      );
      if (connection) connections.push(connection);
    }
    return { format: 'teams', connections, answers: [], errors };
  },
};

/** The UPN of each person in "2. Participants", for the activity rows, which lack it. */
function upnsByPerson(rows: TableRow[], headerAt: number): Map<string, string> {
  const columns = columnsOf(rows[headerAt]!.cells, {
    name: ['name'],
    email: ['email'],
    upn: ['participantidupn'],
  });
  const upns = new Map<string, string>();
  for (const row of sectionRows(rows, headerAt)) {
    const upn = cell(row, columns.upn);
    if (upn) upns.set(personKey(cell(row, columns.name), cell(row, columns.email)), upn);
  }
  return upns;
}

const personKey = (name: string | undefined, email: string | undefined): string =>
  `${name ?? ''}\n${email?.toLowerCase() ?? ''}`;
