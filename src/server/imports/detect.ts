/** Which platform wrote a report: each reader recognises its own header; first match wins. */
import { ProblemError } from '../problem.js';
import { generic } from './generic.js';
import { gotoWebinar } from './goto.js';
import { IMPORT_FORMATS, type ImportFormat } from '../../policy/imports.js';
import type { ReportReader } from './report.js';
import type { TableRow } from './table.js';
import { teams } from './teams.js';
import { webex } from './webex.js';
import { zoomParticipants, zoomPoll, zoomWebinar } from './zoom.js';

// The more specific layouts first: a GoTo or Zoom webinar header also has Join/Leave Time.
const READERS: readonly ReportReader[] = [
  teams,
  zoomPoll,
  zoomWebinar,
  gotoWebinar,
  zoomParticipants,
  webex,
  generic,
];

/** The reader of `format`, or of the layout found; a 422 naming the layouts otherwise. */
export function readerFor(rows: TableRow[], format: ImportFormat | undefined): ReportReader {
  if (format) {
    const reader = READERS.find((candidate) => candidate.format === format)!;
    if (reader.detect(rows)) return reader;
    throw new ProblemError(422, { id: 'reportNotOfFormat', format });
  }
  const found = READERS.find((reader) => reader.detect(rows));
  if (found) return found;
  throw new ProblemError(422, { id: 'reportLayoutUnknown', formats: IMPORT_FORMATS });
}
