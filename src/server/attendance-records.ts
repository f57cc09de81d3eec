/** Turning stored attendance into the engine's inputs: corrections, sources, roster learners. */
import { engineEvent, evaluateAttendance } from '../policy/attendance.js';
import { merge, type Interval } from '../policy/intervals.js';
import type { PolicyDocument } from '../policy/policy.js';
import type { RosterLearner } from '../policy/roster.js';
import type { AttendanceRecord, AttendanceResult, Parsed } from '../policy/schemas.js';
import type { CheckInRow, PromptResponseRow, Store, StoredEvent } from './store/store.js';

/** Records still in force: a record some correction points at no longer counts. */
export function effectiveRecords(rows: CheckInRow[]): CheckInRow[] {
  const replaced = new Set(rows.flatMap((row) => (row.replaces ? [row.replaces] : [])));
  return rows.filter((row) => !replaced.has(row.id));
}

/**
 * One learner's records in force as the engine reads them. Live check-ins and each imported
 * report are separate sources, each a sequence of ins and outs of its own: read together, a
 * report's join inside a live stay would be taken for a repeated check-in and its leave would
 * end the stay. So each source becomes intervals, the intervals are united, and the union is
 * written back as ins and outs (a live check-in still open stays open).
 */
export function attendanceRecords(rows: CheckInRow[]): AttendanceRecord[] {
  const inForce = effectiveRecords(rows);
  // A correction keeps the learner of the record it replaces, so the learner's rows suffice.
  const sourceOf = sources(rows);
  const bySource = new Map<string, CheckInRow[]>();
  for (const row of inForce) {
    const key = sourceOf(row);
    const list = bySource.get(key);
    if (list) list.push(row);
    else bySource.set(key, [row]);
  }
  if (bySource.size <= 1) return inForce.map(({ kind, at }) => ({ kind, at }));

  const closed: Interval[] = [];
  let openFrom: number | undefined;
  for (const records of bySource.values()) {
    const { intervals, open } = stays(records);
    closed.push(...intervals);
    if (open !== undefined) openFrom = Math.min(open, openFrom ?? open);
  }
  const united = merge(closed);
  const records: AttendanceRecord[] = [];
  for (const [start, end] of united) {
    if (openFrom !== undefined && end >= openFrom) {
      // The open stay takes in every interval it reaches; it began at the earliest of them.
      openFrom = Math.min(openFrom, start);
      break;
    }
    records.push({ kind: 'in', at: iso(start) }, { kind: 'out', at: iso(end) });
  }
  if (openFrom !== undefined) records.push({ kind: 'in', at: iso(openFrom) });
  return records;
}

/** A row's source: its import, the import of the record it corrects, or the live check-ins. */
function sources(all: CheckInRow[]): (row: CheckInRow) => string {
  const byId = new Map(all.map((row) => [row.id, row]));
  return (row) => {
    let current: CheckInRow | undefined = row;
    // A correction chain is short; the bound only guards against a cycle in bad data.
    for (let hops = 0; current && hops < 100; hops += 1) {
      if (current.source) return `import ${current.source.importId}`;
      current = current.replaces ? byId.get(current.replaces) : undefined;
    }
    return 'live';
  };
}

/** One source's ins and outs paired as the engine pairs them: a repeated in adds nothing. */
function stays(records: CheckInRow[]): { intervals: Interval[]; open?: number } {
  const ordered = records
    .map(({ kind, at }) => ({ kind, at: Date.parse(at) }))
    .sort((a, b) => a.at - b.at);
  const intervals: Interval[] = [];
  let openedAt: number | undefined;
  for (const record of ordered) {
    if (record.kind === 'in') openedAt ??= record.at;
    else if (openedAt !== undefined) {
      intervals.push([openedAt, record.at]);
      openedAt = undefined;
    }
  }
  return openedAt === undefined ? { intervals } : { intervals, open: openedAt };
}

const iso = (ms: number): string => new Date(ms).toISOString();

/** One roster learner per person with any record or response, named after their token. */
export function rosterLearners(
  rows: CheckInRow[],
  responses: PromptResponseRow[],
): RosterLearner[] {
  const learners = new Map<string, RosterLearner>();
  const rowsOf = new Map<string, CheckInRow[]>();
  const learner = (learnerId: string): RosterLearner => {
    let entry = learners.get(learnerId);
    if (!entry) learners.set(learnerId, (entry = { learnerId, records: [], responses: [] }));
    return entry;
  };
  for (const row of rows) {
    learner(row.learnerId);
    const own = rowsOf.get(row.learnerId);
    if (own) own.push(row);
    else rowsOf.set(row.learnerId, [row]);
  }
  for (const row of effectiveRecords(rows)) {
    if (row.learnerName && !row.correctedBy) learner(row.learnerId).name = row.learnerName;
  }
  for (const [learnerId, own] of rowsOf) {
    learner(learnerId).records = attendanceRecords(own);
  }
  for (const response of responses) {
    learner(response.learnerId).responses.push({ promptId: response.promptId, at: response.at });
  }
  return [...learners.values()];
}

/**
 * One learner's attendance in an event as the engine evaluates it at `at`, and the records in
 * force it was evaluated from (oldest first): what the learner sees and a grade reports.
 */
export async function learnerEvaluation(
  store: Store,
  policy: PolicyDocument,
  event: StoredEvent,
  learnerId: string,
  at: Date,
): Promise<{ rows: CheckInRow[]; result: Parsed<AttendanceResult> }> {
  const [all, prompts, responses] = await Promise.all([
    store.listCheckIns(event.id, learnerId),
    store.listPrompts(event.id),
    store.listResponses(event.id, learnerId),
  ]);
  const rows = effectiveRecords(all);
  const result = evaluateAttendance(
    {
      event: engineEvent(event, prompts),
      records: attendanceRecords(all),
      responses: responses.map(({ promptId, at: when }) => ({ promptId, at: when })),
    },
    policy,
    at.toISOString(),
  );
  return { rows, result };
}
