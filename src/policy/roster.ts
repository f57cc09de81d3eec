/**
 * The host's roster: one attendance evaluation per learner, and the same roster as CSV for an
 * audit. Pure (no DOM, no I/O, no clock): the server and local mode build the same table.
 */
import { csvLine } from './csv.js';
import { evaluateAttendance } from './attendance.js';
import type { PolicyDocument } from './policy.js';
import type { AttendanceRecord, PublicEvent, Roster, RosterEntry } from './schemas.js';

/** What the roster needs of an event: its schedule and the prompts issued so far. */
export type RosterEvent = Pick<PublicEvent, 'id' | 'method' | 'timeZone' | 'segments'> & {
  title?: string;
  breaks?: PublicEvent['breaks'];
  prompts?: { id: string; at: string }[];
};

export interface RosterLearner {
  learnerId: string;
  name?: string;
  records: AttendanceRecord[];
  responses: { promptId: string; at: string }[];
}

export function buildRoster(
  event: RosterEvent,
  learners: RosterLearner[],
  policy: PolicyDocument,
  now: string,
): Roster {
  const entries = learners.map((learner) => rosterEntry(event, learner, policy, now));
  entries.sort(
    (a, b) =>
      compare(a.name ?? a.learnerId, b.name ?? b.learnerId) || compare(a.learnerId, b.learnerId),
  );
  return {
    eventId: event.id,
    presentCount: entries.filter((entry) => entry.present).length,
    entries,
  };
}

function rosterEntry(
  event: RosterEvent,
  learner: RosterLearner,
  policy: PolicyDocument,
  now: string,
): RosterEntry {
  const evaluated = evaluateAttendance(
    {
      event: {
        method: event.method,
        timeZone: event.timeZone,
        segments: event.segments,
        breaks: event.breaks ?? [],
        prompts: event.prompts ?? [],
      },
      records: learner.records.map(({ kind, at }) => ({ kind, at })),
      responses: learner.responses.map(({ promptId, at }) => ({ promptId, at })),
    },
    policy,
    now,
  );
  const ordered = [...learner.records].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const timeline = {
    records: ordered.map(({ kind, at }) => ({ kind, at })),
    answeredPromptIds: [...new Set(learner.responses.map((response) => response.promptId))],
  };
  // One learner's records that do not evaluate flag that learner alone: the host still gets
  // the rest of the roster, and sees whom to correct.
  if (!evaluated.ok) {
    return {
      learnerId: learner.learnerId,
      ...(learner.name ? { name: learner.name } : {}),
      present: false,
      attendedMinutes: 0,
      credits: { nasba: 0, icma: 0 },
      promptsIssued: event.prompts?.length ?? 0,
      promptsAnswered: 0,
      flags: ['records-unevaluated'],
      ...timeline,
    };
  }
  const result = evaluated.value;
  const firstIn = ordered.find((record) => record.kind === 'in');
  const lastOut = ordered.findLast((record) => record.kind === 'out');
  const last = ordered.at(-1);
  return {
    learnerId: learner.learnerId,
    ...(learner.name ? { name: learner.name } : {}),
    present: last?.kind === 'in',
    ...(firstIn ? { firstIn: iso(firstIn.at) } : {}),
    ...(lastOut ? { lastOut: iso(lastOut.at) } : {}),
    attendedMinutes: result.attendedMinutes,
    credits: result.credits,
    promptsIssued: result.promptsIssued,
    promptsAnswered: result.promptsAnswered,
    flags: result.flags,
    ...timeline,
  };
}

const CSV_COLUMNS = [
  'event id',
  'event title',
  'learner',
  'name',
  'present',
  'first check-in',
  'last check-out',
  'attended minutes',
  'NASBA credits',
  'ICMA credits',
  'prompts issued',
  'prompts answered',
  'flags',
];

/** RFC 4180 CSV (CRLF, a header row), instants in UTC ISO-8601, credits with one decimal. */
export function rosterToCsv(roster: Roster, event?: Pick<RosterEvent, 'title'>): string {
  return [...rosterCsvLines(roster, event)].join('');
}

/** The same CSV a line at a time (each with its CRLF), for writing out as a stream. */
export function* rosterCsvLines(
  roster: Roster,
  event?: Pick<RosterEvent, 'title'>,
): Generator<string> {
  yield csvLine(CSV_COLUMNS);
  for (const entry of roster.entries) {
    yield csvLine([
      roster.eventId,
      event?.title ?? '',
      entry.learnerId,
      entry.name ?? '',
      entry.present ? 'yes' : 'no',
      entry.firstIn ?? '',
      entry.lastOut ?? '',
      String(entry.attendedMinutes),
      entry.credits.nasba.toFixed(1),
      entry.credits.icma.toFixed(1),
      String(entry.promptsIssued),
      String(entry.promptsAnswered),
      entry.flags.join(' '),
    ]);
  }
}

const iso = (instant: string): string => new Date(instant).toISOString();

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
