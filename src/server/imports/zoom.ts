/**
 * Zoom's reports (web portal, Reports > Usage). Facts relied on, from Zoom's documentation
 * and published examples: the meeting participants export has an optional meeting block on
 * top (Meeting ID, Topic, Start Time, End Time, the host's User Email, Duration, Participants),
 * a blank line, then one row per connection: Name (Original Name), User Email, Join Time,
 * Leave Time, Duration (Minutes), Guest...; with "Show unique users" one row per person, first
 * join to last leave. The webinar attendee report stacks titled sections (Host Details,
 * Panelist Details, Attendee Details), each with its own header; attendees who did not come
 * have "--" for their times. The poll report has a meeting block, then one row per submitted
 * poll: #, User Name, User Email, Submitted Date/Time, the poll's name and its answers. Times
 * are the account's zone, without an offset.
 */
import type { FieldError } from '../../policy/schemas.js';
import {
  cell,
  columnsOf,
  connectionOf,
  findHeader,
  sectionRows,
  timeOf,
  type Connection,
  type PollAnswer,
  type ReportReader,
} from './report.js';
import { headerKey, isBlank, type TableRow } from './table.js';

const PARTICIPANT_HEADER = ['jointime', 'leavetime'];
const NAME = ['nameoriginalname', 'usernameoriginalname', 'name', 'username', 'participant'];
const EMAIL = ['useremail', 'email', 'emailaddress'];

export const zoomParticipants: ReportReader = {
  format: 'zoom-participants',
  detect(rows) {
    const at = findHeader(rows, PARTICIPANT_HEADER);
    if (at < 0) return false;
    const keys = rows[at]!.cells.map(headerKey);
    return keys.includes('nameoriginalname') || keys.includes('usernameoriginalname');
  },
  read(rows) {
    const errors: FieldError[] = [];
    const at = findHeader(rows, PARTICIPANT_HEADER);
    const columns = columnsOf(rows[at]!.cells, {
      name: NAME,
      email: EMAIL,
      join: ['jointime'],
      leave: ['leavetime'],
      minutes: ['durationminutes'],
    });
    // The meeting block names the host by email: their own rows are the host's, not a learner's.
    const hostEmail = meetingHostEmail(rows.slice(0, at));
    const connections: Connection[] = [];
    for (const row of sectionRows(rows, at)) {
      const email = cell(row, columns.email);
      const connection = connectionOf(
        row,
        {
          name: cell(row, columns.name),
          email,
          staff: hostEmail !== undefined && email?.toLowerCase() === hostEmail,
          join: cell(row, columns.join),
          leave: cell(row, columns.leave),
          reportedMinutes: cell(row, columns.minutes),
        },
        errors,
      );
      if (connection) connections.push(connection);
    }
    return { format: 'zoom-participants', connections, answers: [], errors };
  },
};

/** The host's email from the meeting block above the participants, when the export has one. */
function meetingHostEmail(block: TableRow[]): string | undefined {
  const at = findHeader(block, ['meetingid', 'topic']);
  if (at < 0) return undefined;
  const columns = columnsOf(block[at]!.cells, { email: ['useremail', 'hostemail'] });
  const values = block[at + 1];
  return values && cell(values, columns.email)?.toLowerCase();
}

const SECTION_TITLE = /details$/i;

export const zoomWebinar: ReportReader = {
  format: 'zoom-webinar',
  detect(rows) {
    const at = findHeader(rows, ['attended', 'jointime', 'leavetime']);
    return at >= 0 && rows[at]!.cells.map(headerKey).includes('usernameoriginalname');
  },
  read(rows) {
    const errors: FieldError[] = [];
    const connections: Connection[] = [];
    for (const { title, header, data } of titledSections(rows)) {
      const columns = columnsOf(header, {
        name: NAME,
        email: EMAIL,
        join: ['jointime'],
        leave: ['leavetime'],
        attended: ['attended'],
      });
      if (columns.join === undefined || columns.leave === undefined) continue;
      const staff = !/attendee/i.test(title);
      for (const row of data) {
        // Registrants who never came are listed with "No" and no times.
        if (cell(row, columns.attended)?.toLowerCase() === 'no') continue;
        const connection = connectionOf(
          row,
          {
            name: cell(row, columns.name),
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
    return { format: 'zoom-webinar', connections, answers: [], errors };
  },
};

/**
 * Sections titled "... Details" (Zoom webinars, GoTo Webinar): the title row, its header
 * row and the rows under it up to a blank line or the next title.
 */
export function titledSections(
  rows: TableRow[],
): { title: string; header: string[]; data: TableRow[] }[] {
  const sections: { title: string; header: string[]; data: TableRow[] }[] = [];
  for (let i = 0; i < rows.length; i += 1) {
    const first = rows[i]!.cells[0] ?? '';
    const rest = rows[i]!.cells.slice(1).every((value) => value === '');
    if (!SECTION_TITLE.test(first) || !rest || !rows[i + 1]) continue;
    const data: TableRow[] = [];
    let j = i + 2;
    for (; j < rows.length && !isBlank(rows[j]!); j += 1) {
      const title = rows[j]!.cells[0] ?? '';
      if (SECTION_TITLE.test(title) && rows[j]!.cells.slice(1).every((v) => v === '')) break;
      data.push(rows[j]!);
    }
    sections.push({ title: first, header: rows[i + 1]!.cells, data });
    i = j - 1;
  }
  return sections;
}

const POLL_TIME = ['submitteddatetime', 'submitteddateandtime', 'submittedtime', 'submitted'];

export const zoomPoll: ReportReader = {
  format: 'zoom-poll',
  detect(rows) {
    return POLL_TIME.some((name) => findHeader(rows, [name]) >= 0);
  },
  read(rows) {
    const errors: FieldError[] = [];
    const at = Math.max(...POLL_TIME.map((name) => findHeader(rows, [name])));
    const header = rows[at]!.cells;
    const columns = columnsOf(header, {
      name: ['username', 'name'],
      email: EMAIL,
      at: POLL_TIME,
      poll: ['poll', 'pollname', 'polltitle'],
    });
    const answers: PollAnswer[] = [];
    for (const row of sectionRows(rows, at)) {
      const name = cell(row, columns.name);
      const email = cell(row, columns.email);
      if (!name && !email) {
        errors.push({ path: `rows.${row.line}`, message: 'has neither a name nor an email' });
        continue;
      }
      const time = timeOf(row, 'submitted', cell(row, columns.at), errors);
      // Without a poll column, the first question after the time names the poll.
      const poll = cell(row, columns.poll ?? columns.at! + 1) ?? 'Poll';
      if (time) {
        answers.push({
          row: row.line,
          name: name ?? email!,
          ...(email ? { email } : {}),
          poll,
          at: time,
        });
      }
    }
    return { format: 'zoom-poll', connections: [], answers, errors };
  },
};
