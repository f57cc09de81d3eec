/**
 * The bodies of `/v1/events/{id}/imports` (issue 15's contract), as valibot schemas shared by
 * the server and the clients: the query a preview reads, the commit's body, and the preview
 * both answer with.
 */
import * as v from 'valibot';
import { AttendanceFlag, TimeZone } from './schemas.js';

/** The layouts an import reads (README, "Importing a platform report"). */
export const IMPORT_FORMATS = [
  'zoom-participants',
  'zoom-webinar',
  'zoom-poll',
  'teams',
  'webex',
  'goto-webinar',
  'generic',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const ImportQuery = v.object({
  timeZone: v.optional(TimeZone),
  format: v.optional(v.picklist(IMPORT_FORMATS)),
  dateOrder: v.optional(v.picklist(['mdy', 'dmy'])),
  includeStaff: v.optional(v.picklist(['true', 'false'])),
});

const LearnerId = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200));

export const ImportCommitBody = v.object({
  /** Unmatched people (by their first row) mapped to a learner: enrolled, or added by id. */
  assign: v.optional(
    v.pipe(
      v.array(v.object({ row: v.pipe(v.number(), v.integer()), learnerId: LearnerId })),
      v.maxLength(50_000),
    ),
  ),
});

const Interval = v.object({ start: v.string(), end: v.string(), rows: v.array(v.number()) });

export const ImportFlag = v.picklist([
  'rejoined',
  'overlapping-connections',
  'no-email',
  // One row spans several stays (Zoom with "unique users"): export it without to see gaps.
  'stays-merged-by-platform',
]);

export const PreviewLearner = v.object({
  name: v.string(),
  email: v.optional(v.string()),
  learnerId: v.optional(v.string()),
  rows: v.array(v.number()),
  intervals: v.array(Interval),
  attendedMinutes: v.number(),
  credits: v.object({ nasba: v.number(), icma: v.number() }),
  promptsAnswered: v.number(),
  flags: v.array(v.union([AttendanceFlag, ImportFlag])),
});

export const ImportPreview = v.object({
  id: v.string(),
  eventId: v.string(),
  format: v.picklist(IMPORT_FORMATS),
  fileHash: v.string(),
  timeZone: v.string(),
  dateOrder: v.picklist(['mdy', 'dmy']),
  dateOrderFrom: v.picklist(['file', 'event', 'host']),
  staffRowsLeftOut: v.number(),
  polls: v.array(
    v.object({ id: v.string(), question: v.string(), at: v.string(), answers: v.number() }),
  ),
  learners: v.array(PreviewLearner),
  unmatched: v.array(
    v.object({
      row: v.number(),
      name: v.string(),
      email: v.optional(v.string()),
      rows: v.array(v.number()),
    }),
  ),
  /** Set once committed: when. */
  committedAt: v.optional(v.string()),
});

export type ImportFlag = v.InferOutput<typeof ImportFlag>;
export type PreviewLearner = v.InferOutput<typeof PreviewLearner>;
export type ImportPreview = v.InferOutput<typeof ImportPreview>;
export type ImportCommitBody = v.InferOutput<typeof ImportCommitBody>;
export type ImportQuery = v.InferInput<typeof ImportQuery>;
