/** Turning stored attendance into the engine's inputs: corrections, roster learners. */
import { engineEvent, evaluateAttendance } from '../policy/attendance.js';
import type { PolicyDocument } from '../policy/policy.js';
import type { RosterLearner } from '../policy/roster.js';
import type { AttendanceResult, Parsed } from '../policy/schemas.js';
import type { CheckInRow, PromptResponseRow, Store, StoredEvent } from './store/store.js';

/** Records still in force: a record some correction points at no longer counts. */
export function effectiveRecords(rows: CheckInRow[]): CheckInRow[] {
  const replaced = new Set(rows.flatMap((row) => (row.replaces ? [row.replaces] : [])));
  return rows.filter((row) => !replaced.has(row.id));
}

/** One roster learner per person with any record or response, named after their token. */
export function rosterLearners(
  rows: CheckInRow[],
  responses: PromptResponseRow[],
): RosterLearner[] {
  const learners = new Map<string, RosterLearner>();
  const learner = (learnerId: string): RosterLearner => {
    let entry = learners.get(learnerId);
    if (!entry) learners.set(learnerId, (entry = { learnerId, records: [], responses: [] }));
    return entry;
  };
  for (const row of effectiveRecords(rows)) {
    const entry = learner(row.learnerId);
    entry.records.push({ kind: row.kind, at: row.at });
    if (row.learnerName && !row.correctedBy) entry.name = row.learnerName;
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
      records: rows.map(({ kind, at: when }) => ({ kind, at: when })),
      responses: responses.map(({ promptId, at: when }) => ({ promptId, at: when })),
    },
    policy,
    at.toISOString(),
  );
  return { rows, result };
}
