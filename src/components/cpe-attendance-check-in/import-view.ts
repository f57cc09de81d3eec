/**
 * "Import a report", drawn: the file (dropped or chosen) and how to read it, the preview of
 * what would be stored, the unmatched people to map, and the errors with their rows.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { ImportPreview } from '../../policy/imports.js';
import type { FieldError } from '../../policy/schemas.js';
import { formatCredits, formatMinutes, formatTime } from '../shared/format.js';

/** The panel's own few rules, adopted by the shadow root when the host view loads. */
export const importStyles = css`
  .drop-zone {
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
    margin-block-end: calc(var(--_space) * 2);
  }

  .drop-zone.over {
    border-color: var(--_accent);
    background: var(--_surface-alt);
  }

  .import-errors {
    margin: var(--_space) 0 0;
    padding-inline-start: 1.25em;
  }

  .unmatched {
    margin-block-start: calc(var(--_space) * 2);
  }
`;

export interface ImportViewState {
  fileName: string | undefined;
  dragging: boolean;
  busy: 'preview' | 'commit' | undefined;
  preview: ImportPreview | undefined;
  committed: ImportPreview | undefined;
  problem: { title: string; detail: string; errors: FieldError[] } | undefined;
}

export interface ImportHandlers {
  onFile: (event: Event) => void;
  onDragOver: (event: DragEvent) => void;
  onDragLeave: () => void;
  onDrop: (event: DragEvent) => void;
  onPreview: (submit: SubmitEvent) => Promise<void>;
  onCommit: (submit: SubmitEvent) => Promise<void>;
}

const FORMAT_NAMES: Record<ImportPreview['format'], string> = {
  'zoom-participants': 'Zoom meeting participants',
  'zoom-webinar': 'Zoom webinar attendees',
  'zoom-poll': 'Zoom poll',
  teams: 'Microsoft Teams attendance',
  webex: 'Webex attendees',
  'goto-webinar': 'GoTo Webinar attendees',
  generic: 'generic CSV',
};

export function renderImport(
  state: ImportViewState,
  timeZone: string,
  on: ImportHandlers,
): TemplateResult {
  const { preview, committed, problem, busy } = state;
  return html`<section class="section" aria-labelledby="import-heading">
    <h3 id="import-heading">Import a report</h3>
    <p class="hint">
      A Zoom, Teams, Webex or GoTo Webinar report (participants, attendees or polls), or the generic
      CSV, exactly as exported. You see what would be stored before anything is.
    </p>
    <form @submit=${on.onPreview}>
      <div
        class="drop-zone ${state.dragging ? 'over' : ''}"
        @dragover=${on.onDragOver}
        @dragleave=${on.onDragLeave}
        @drop=${on.onDrop}
      >
        <div class="field">
          <label for="import-file">Report file</label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,.txt,.tsv,text/csv,text/tab-separated-values"
            aria-describedby="import-file-hint"
            @change=${on.onFile}
          />
          <p id="import-file-hint" class="hint">
            ${state.fileName ? `Chosen: ${state.fileName}.` : 'Choose the file, or drop it here.'}
          </p>
        </div>
      </div>
      <div class="field">
        <label for="import-zone">Time zone of the report’s times</label>
        <input
          id="import-zone"
          name="timeZone"
          autocomplete="off"
          value=${timeZone}
          aria-describedby="import-zone-hint"
        />
        <p id="import-zone-hint" class="hint">
          Zoom prints times in the account’s zone and Teams in yours; neither says which.
        </p>
      </div>
      <div class="field">
        <label for="import-order">Date order</label>
        <select id="import-order" name="dateOrder" aria-describedby="import-order-hint">
          <option value="">Automatic</option>
          <option value="mdy">Month first (3/14/2026)</option>
          <option value="dmy">Day first (14/3/2026)</option>
        </select>
        <p id="import-order-hint" class="hint">
          Automatic reads it from the file’s dates, or the event’s; it never guesses, and an
          ambiguous file asks you.
        </p>
      </div>
      <label class="check">
        <input type="checkbox" name="includeStaff" value="true" />
        Keep organizer, host, presenter and panelist rows
      </label>
      <button type="submit" ?disabled=${busy !== undefined}>
        ${busy === 'preview' ? 'Reading the report…' : 'Preview'}
      </button>
    </form>
    <div role="status" aria-live="polite">
      ${problem ? renderProblem(problem) : nothing}
      ${
        committed
          ? html`<div class="notice success">
              <h4 id="import-done" tabindex="-1">Imported</h4>
              <p>${recordedLine(committed)}</p>
            </div>`
          : nothing
      }
    </div>
    ${preview && !committed ? renderPreview(preview, timeZone, busy, on.onCommit) : nothing}
  </section>`;
}

function recordedLine(committed: ImportPreview): string {
  const count = committed.learners.filter((learner) => learner.learnerId).length;
  const who = count === 1 ? '1 learner’s' : `${count} learners’`;
  return `${who} attendance from the ${FORMAT_NAMES[committed.format]} report is on record.`;
}

function renderProblem(problem: NonNullable<ImportViewState['problem']>): TemplateResult {
  return html`<div class="notice danger">
    <p><strong>${problem.title}.</strong> ${problem.detail}</p>
    ${
      problem.errors.length
        ? html`<ul class="import-errors">
            ${problem.errors.slice(0, 20).map((error) => html`<li>${describeError(error)}</li>`)}
            ${
              problem.errors.length > 20
                ? html`<li>…and ${problem.errors.length - 20} more.</li>`
                : nothing
            }
          </ul>`
        : nothing
    }
  </div>`;
}

/** `rows.12.join` reads "Row 12, join: ..."; other paths are named as they are. */
function describeError({ path, message }: FieldError): string {
  const row = /^rows\.(\d+)(?:\.(\w+))?$/.exec(path);
  if (row) return `Row ${row[1]}${row[2] ? `, ${row[2]}` : ''}: ${message}`;
  return path ? `${path}: ${message}` : message;
}

function renderPreview(
  preview: ImportPreview,
  timeZone: string,
  busy: ImportViewState['busy'],
  onCommit: (submit: SubmitEvent) => Promise<void>,
): TemplateResult {
  const stay = (interval: { start: string; end: string }) =>
    `${formatTime(interval.start, timeZone)}–${formatTime(interval.end, timeZone)}`;
  return html`<form @submit=${onCommit} aria-labelledby="import-preview-heading">
    <h4 id="import-preview-heading" tabindex="-1">
      Preview: ${FORMAT_NAMES[preview.format]} report
    </h4>
    <p class="hint">
      ${preview.learners.length} people; ${preview.staffRowsLeftOut} host rows left out; dates read
      ${preview.dateOrder === 'mdy' ? 'month first' : 'day first'}, times in ${preview.timeZone}.
      Nothing is stored until you import.
    </p>
    <div class="table-wrap" tabindex="0" role="region" aria-label="Import preview">
      <table>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Learner</th>
            <th scope="col">Present</th>
            <th scope="col" class="num">Attended</th>
            <th scope="col" class="num">Credits</th>
            <th scope="col" class="num">Answers</th>
            <th scope="col">Flags</th>
          </tr>
        </thead>
        <tbody>
          ${preview.learners.map(
            (learner) =>
              html`<tr>
                <th scope="row">${learner.name}</th>
                <td data-label="Learner">${learner.learnerId ?? 'Unmatched'}</td>
                <td data-label="Present">${learner.intervals.map(stay).join(', ') || '–'}</td>
                <td data-label="Attended" class="num">${formatMinutes(learner.attendedMinutes)}</td>
                <td data-label="Credits" class="num">${formatCredits(learner.credits.nasba)}</td>
                <td data-label="Answers" class="num">${learner.promptsAnswered}</td>
                <td data-label="Flags">${learner.flags.join(', ') || '–'}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${
      preview.unmatched.length
        ? html`<fieldset class="unmatched">
            <legend>Unmatched people</legend>
            <p class="hint">
              No enrollment has their email. Type the learner id to record them under (an enrolled
              learner’s, or a new one), or leave it empty to leave them out.
            </p>
            ${preview.unmatched.map(
              (person) =>
                html`<div class="field">
                  <label for="assign-${person.row}">
                    ${person.name}${person.email ? ` (${person.email})` : ''}, row ${person.row}
                  </label>
                  <input id="assign-${person.row}" name="assign-${person.row}" autocomplete="off" />
                </div>`,
            )}
          </fieldset>`
        : nothing
    }
    <button type="submit" ?disabled=${busy !== undefined}>
      ${busy === 'commit' ? 'Importing…' : 'Import these records'}
    </button>
  </form>`;
}
