/**
 * The people of a report: rows gathered per person (by email or UPN, else by name), matched
 * to the event's enrolled learners by email or UPN, and each person's connections united:
 * two devices at once count once, a drop and rejoin stays two intervals. The platform's own
 * duration column is never read.
 */
import { merge, totalLength, type Interval } from '../../policy/intervals.js';
import type { ImportFlag } from '../../policy/imports.js';
import type { TimedAnswer, TimedConnection } from './timed.js';

export interface EnrolledLearner {
  sub: string;
  name: string;
  email: string;
}

export interface ReportPerson {
  /** The person's first row: how the host names them when mapping. */
  row: number;
  rows: number[];
  name: string;
  email?: string;
  /** The enrolled learner matched, or the one the host mapped the person to. */
  learnerId?: string;
  /** Matched to an enrolled learner by email or UPN (the host maps only the others). */
  matched: boolean;
  intervals: { interval: Interval; rows: number[] }[];
  answers: TimedAnswer[];
  flags: ImportFlag[];
}

/** A person's key in the report: their address if they have one, else their name as written. */
function personKey(item: { name: string; email?: string; upn?: string }): string {
  const address = item.email ?? item.upn;
  return address
    ? `@${address.toLowerCase()}`
    : `name:${item.name.replace(/\s+/g, ' ').toLowerCase()}`;
}

export function reportPeople(
  connections: TimedConnection[],
  answers: TimedAnswer[],
  enrolled: EnrolledLearner[],
  assigned: ReadonlyMap<number, string>,
): ReportPerson[] {
  const byAddress = new Map(enrolled.map((learner) => [learner.email.toLowerCase(), learner]));
  const gathered = new Map<
    string,
    { connections: TimedConnection[]; answers: TimedAnswer[]; addresses: Set<string> }
  >();
  const gather = (item: TimedConnection | TimedAnswer) => {
    const key = personKey(item);
    let entry = gathered.get(key);
    if (!entry) gathered.set(key, (entry = { connections: [], answers: [], addresses: new Set() }));
    for (const address of [item.email, 'upn' in item ? item.upn : undefined]) {
      if (address) entry.addresses.add(address.toLowerCase());
    }
    return entry;
  };
  for (const connection of connections) gather(connection).connections.push(connection);
  for (const answer of answers) gather(answer).answers.push(answer);

  const people: ReportPerson[] = [];
  for (const entry of gathered.values()) {
    const first = [...entry.connections, ...entry.answers].sort((a, b) => a.row - b.row)[0]!;
    const matched = [...entry.addresses].map((address) => byAddress.get(address)).find(Boolean);
    const learnerId = matched?.sub ?? assigned.get(first.row);
    people.push({
      row: first.row,
      rows: [...entry.connections, ...entry.answers].map(({ row }) => row).sort((a, b) => a - b),
      name: first.name,
      ...(first.email ? { email: first.email } : {}),
      ...(learnerId ? { learnerId } : {}),
      matched: matched !== undefined,
      ...stays(entry.connections),
      answers: entry.answers,
    });
  }
  return people.sort((a, b) => a.row - b.row);
}

/** United connections, each interval with the rows it came from, and what the union shows. */
function stays(connections: TimedConnection[]): Pick<ReportPerson, 'intervals' | 'flags'> {
  const united = merge(connections.map(({ join, leave }): Interval => [join, leave]));
  const intervals = united.map((interval) => ({
    interval,
    rows: connections
      .filter(({ join, leave }) => join >= interval[0] && leave <= interval[1])
      .map(({ row }) => row),
  }));
  const flags: ImportFlag[] = [];
  if (united.length > 1) flags.push('rejoined');
  const raw = connections.reduce((sum, { join, leave }) => sum + leave - join, 0);
  if (raw > totalLength(united)) flags.push('overlapping-connections');
  if (connections.length > 0 && !connections.some(({ email, upn }) => email ?? upn)) {
    flags.push('no-email');
  }
  // A row whose own minutes fall short of its span joins stays the platform merged (Zoom's
  // "unique users"): its gaps cannot be seen, so the span may count time away.
  const merged = connections.some(
    ({ join, leave, reportedMinutes }) =>
      reportedMinutes !== undefined && reportedMinutes + 1 < (leave - join) / 60_000,
  );
  if (merged) flags.push('stays-merged-by-platform');
  return { intervals, flags };
}

/** People the host mapped to one learner, or who share an enrolled learner, as one. */
export function byLearner(people: ReportPerson[]): ReportPerson[] {
  const out: ReportPerson[] = [];
  const taken = new Map<string, ReportPerson>();
  for (const person of people) {
    const earlier = person.learnerId ? taken.get(person.learnerId) : undefined;
    if (!earlier) {
      out.push(person);
      if (person.learnerId) taken.set(person.learnerId, person);
      continue;
    }
    const pieces = [...earlier.intervals, ...person.intervals];
    const united = merge(pieces.map(({ interval }) => [...interval] as Interval));
    earlier.intervals = united.map((interval) => ({
      interval,
      rows: pieces
        .filter(({ interval: [s, e] }) => s >= interval[0] && e <= interval[1])
        .flatMap(({ rows }) => rows)
        .sort((a, b) => a - b),
    }));
    earlier.rows = [...earlier.rows, ...person.rows].sort((a, b) => a - b);
    earlier.answers = [...earlier.answers, ...person.answers];
    earlier.flags = [...new Set([...earlier.flags, ...person.flags])];
    if (united.length > 1 && !earlier.flags.includes('rejoined')) earlier.flags.push('rejoined');
  }
  return out;
}
