/** Turning stored attendance into the engine's inputs: corrections, roster learners. */
import type { RosterLearner } from '../policy/roster.js';
import type { CheckInRow, PromptResponseRow } from './store/store.js';

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
