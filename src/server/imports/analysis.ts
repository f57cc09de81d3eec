/**
 * A report read against the event and its records: what the preview shows and what a commit
 * writes. Pure apart from the ids it mints, so a commit reads the kept file exactly as its
 * preview did. Credits are the engine's, from the learner's records on file together with
 * the report's, so a preview says what the roster will say once it is committed.
 */
import { createHash, randomUUID } from 'node:crypto';
import { engineEvent, evaluateAttendance } from '../../policy/attendance.js';
import type { PolicyDocument } from '../../policy/policy.js';
import type { EventPrompt } from '../../policy/schemas.js';
import { attendanceRecords } from '../attendance-records.js';
import { digest } from '../idempotency.js';
import type { CheckInRow, PromptResponseRow, StoredEvent } from '../store/store.js';
import { readerFor } from './detect.js';
import type { ImportPreview, PreviewLearner } from '../../policy/imports.js';
import { byLearner, reportPeople, type EnrolledLearner } from './people.js';
import type { ImportFormat } from './report.js';
import { decodeReport, reportTable } from './table.js';
import { timedReport } from './timed.js';
import type { DateOrder } from './times.js';

export interface ImportOptions {
  timeZone: string;
  format?: ImportFormat;
  dateOrder?: DateOrder;
  /** Keep organizer, host, presenter and panelist rows (left out by default). */
  includeStaff: boolean;
}

/** What the event has on file already, and who may be matched. */
export interface EventRecords {
  event: StoredEvent;
  prompts: EventPrompt[];
  checkIns: CheckInRow[];
  responses: PromptResponseRow[];
  enrolled: EnrolledLearner[];
}

export interface Analysis {
  preview: ImportPreview;
  /** The first rows of the people no enrolled learner matched: those the host may map. */
  mappableRows: Set<number>;
  checkIns: CheckInRow[];
  prompts: EventPrompt[];
  responses: PromptResponseRow[];
}

/** SHA-256 of the exact bytes sent: the same file is the same import, however it is read. */
export const fileHashOf = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');

/** The import's id: one per event, file and reading, so a second preview finds the first. */
export const importIdOf = (eventId: string, fileHash: string, options: ImportOptions): string =>
  digest({ eventId, fileHash, options }).slice(0, 32);

export function analyseImport(
  bytes: Uint8Array,
  options: ImportOptions,
  on: EventRecords,
  policy: PolicyDocument,
  now: string,
  assigned: ReadonlyMap<number, string> = new Map(),
): Analysis {
  const { event } = on;
  const fileHash = fileHashOf(bytes);
  const id = importIdOf(event.id, fileHash, options);
  const rows = reportTable(decodeReport(bytes));
  const reader = readerFor(rows, options.format);
  const timed = timedReport(reader.read(rows), event, options.timeZone, options.dateOrder);

  const staff = timed.connections.filter((connection) => connection.staff);
  const connections = options.includeStaff
    ? timed.connections
    : timed.connections.filter((connection) => !connection.staff);
  const found = reportPeople(connections, timed.answers, on.enrolled, assigned);
  const people = byLearner(found);

  // Each poll is a prompt issued at its first answer: the report does not say when it opened.
  const polls = new Map<string, EventPrompt & { answers: number }>();
  for (const answer of timed.answers) {
    const poll = polls.get(answer.poll);
    const at = new Date(answer.at).toISOString();
    if (!poll) {
      const pollId = `poll-${digest({ eventId: event.id, fileHash, poll: answer.poll }).slice(0, 24)}`;
      polls.set(answer.poll, { id: pollId, at, question: answer.poll, answers: 1 });
    } else {
      poll.answers += 1;
      if (at < poll.at) poll.at = at;
    }
  }
  const newPrompts = [...polls.values()].map(({ id: promptId, at, question }) => ({
    id: promptId,
    at,
    question,
  }));
  const known = new Set(newPrompts.map((prompt) => prompt.id));
  const prompts = [...on.prompts.filter((prompt) => !known.has(prompt.id)), ...newPrompts];
  const engine = engineEvent(event, prompts);

  const rowsOf = groupBy(on.checkIns, (row) => row.learnerId);
  const answersOf = groupBy(on.responses, (response) => response.learnerId);
  const checkIns: CheckInRow[] = [];
  const responses: PromptResponseRow[] = [];
  const learners = people.map((person): PreviewLearner => {
    const learnerId = person.learnerId ?? `row-${person.row}`;
    const own: CheckInRow[] = person.intervals.flatMap(({ interval: [start, end], rows: from }) =>
      (['in', 'out'] as const).map((kind) => ({
        id: randomUUID(),
        eventId: event.id,
        learnerId,
        learnerName: person.name,
        kind,
        at: new Date(kind === 'in' ? start : end).toISOString(),
        source: { importId: id, fileHash, rows: from },
      })),
    );
    const answers = person.answers.map((answer): PromptResponseRow => ({
      promptId: polls.get(answer.poll)!.id,
      learnerId,
      answer: `Answered in report row ${answer.row}`,
      at: new Date(answer.at).toISOString(),
    }));
    if (person.learnerId) {
      checkIns.push(...own);
      responses.push(...answers);
    }
    const earlier = person.learnerId
      ? (rowsOf.get(learnerId) ?? []).filter((row) => row.source?.importId !== id)
      : [];
    const earlierAnswers = person.learnerId ? (answersOf.get(learnerId) ?? []) : [];
    const evaluated = evaluateAttendance(
      {
        event: engine,
        records: attendanceRecords([...earlier, ...own]),
        responses: [...earlierAnswers, ...answers].map(({ promptId, at }) => ({ promptId, at })),
      },
      policy,
      now,
    );
    const result = evaluated.ok ? evaluated.value : undefined;
    return {
      name: person.name,
      ...(person.email ? { email: person.email } : {}),
      ...(person.learnerId ? { learnerId: person.learnerId } : {}),
      rows: person.rows,
      intervals: person.intervals.map(({ interval: [start, end], rows: from }) => ({
        start: new Date(start).toISOString(),
        end: new Date(end).toISOString(),
        rows: from,
      })),
      attendedMinutes: result?.attendedMinutes ?? 0,
      credits: result?.credits ?? { nasba: 0, icma: 0 },
      promptsAnswered: result?.promptsAnswered ?? 0,
      flags: [...person.flags, ...(result?.flags ?? ['records-unevaluated' as const])],
    };
  });

  return {
    preview: {
      id,
      eventId: event.id,
      format: timed.format,
      fileHash,
      timeZone: options.timeZone,
      dateOrder: timed.dateOrder,
      dateOrderFrom: timed.dateOrderFrom,
      staffRowsLeftOut: options.includeStaff ? 0 : staff.length,
      polls: [...polls.values()].map(({ id: pollId, question, at, answers }) => ({
        id: pollId,
        question,
        at,
        answers,
      })),
      learners,
      unmatched: people
        .filter((person) => !person.learnerId)
        .map(({ row, name, email, rows: from }) => ({
          row,
          name,
          ...(email ? { email } : {}),
          rows: from,
        })),
    },
    mappableRows: new Set(found.filter(({ matched }) => !matched).map(({ row }) => row)),
    checkIns,
    prompts: newPrompts,
    responses,
  };
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}
