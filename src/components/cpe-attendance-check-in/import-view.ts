/**
 * "Import a report", drawn: the file (dropped or chosen) and how to read it, the preview of
 * what would be stored, the unmatched people to map, and the errors with their rows.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { ImportPreview } from '../../policy/imports.js';
import type { FieldError } from '../../policy/schemas.js';
import { formatCredits } from '../../policy/locale.js';
import { formatMinutes, formatTime } from '../shared/format.js';
import type { Translate, Words } from '../shared/locale-controller.js';
import { flagsText } from './flag-words.js';

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

const formatNames = (t: Translate): Record<ImportPreview['format'], string> => ({
  'zoom-participants': t('Zoom meeting participants'),
  'zoom-webinar': t('Zoom webinar attendees'),
  'zoom-poll': t('Zoom poll'),
  teams: t('Microsoft Teams attendance'),
  webex: t('Webex attendees'),
  'goto-webinar': t('GoTo Webinar attendees'),
  generic: t('generic CSV'),
});

export function renderImport(
  words: Words,
  state: ImportViewState,
  timeZone: string,
  on: ImportHandlers,
): TemplateResult {
  const { preview, committed, problem, busy } = state;
  const { t } = words;
  return html`<section class="section" aria-labelledby="import-heading">
    <h3 id="import-heading">${t('Import a report')}</h3>
    <p class="hint">
      ${t(
        'A Zoom, Teams, Webex or GoTo Webinar report (participants, attendees or polls), or the generic CSV, exactly as exported. You see what would be stored before anything is.',
      )}
    </p>
    <form @submit=${on.onPreview}>
      <div
        class="drop-zone ${state.dragging ? 'over' : ''}"
        @dragover=${on.onDragOver}
        @dragleave=${on.onDragLeave}
        @drop=${on.onDrop}
      >
        <div class="field">
          <label for="import-file">${t('Report file')}</label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,.txt,.tsv,text/csv,text/tab-separated-values"
            aria-describedby="import-file-hint"
            @change=${on.onFile}
          />
          <p id="import-file-hint" class="hint">
            ${
              state.fileName
                ? t('Chosen: {file}.', { file: state.fileName })
                : t('Choose the file, or drop it here.')
            }
          </p>
        </div>
      </div>
      <div class="field">
        <label for="import-zone">${t('Time zone of the report’s times')}</label>
        <input
          id="import-zone"
          name="timeZone"
          autocomplete="off"
          value=${timeZone}
          aria-describedby="import-zone-hint"
        />
        <p id="import-zone-hint" class="hint">
          ${t('Zoom prints times in the account’s zone and Teams in yours; neither says which.')}
        </p>
      </div>
      <div class="field">
        <label for="import-order">${t('Date order')}</label>
        <select id="import-order" name="dateOrder" aria-describedby="import-order-hint">
          <option value="">${t('Automatic')}</option>
          <option value="mdy">${t('Month first (3/14/2026)')}</option>
          <option value="dmy">${t('Day first (14/3/2026)')}</option>
        </select>
        <p id="import-order-hint" class="hint">
          ${t(
            'Automatic reads it from the file’s dates, or the event’s; it never guesses, and an ambiguous file asks you.',
          )}
        </p>
      </div>
      <label class="check">
        <input type="checkbox" name="includeStaff" value="true" />
        ${t('Keep organizer, host, presenter and panelist rows')}
      </label>
      <button type="submit" ?disabled=${busy !== undefined}>
        ${busy === 'preview' ? t('Reading the report…') : t('Preview')}
      </button>
    </form>
    <div role="status" aria-live="polite">
      ${problem ? renderProblem(words, problem) : nothing}
      ${
        committed
          ? html`<div class="notice success">
              <h4 id="import-done" tabindex="-1">${t('Imported')}</h4>
              <p>${recordedLine(words, committed)}</p>
            </div>`
          : nothing
      }
    </div>
    ${preview && !committed ? renderPreview(words, preview, timeZone, busy, on.onCommit) : nothing}
  </section>`;
}

function recordedLine({ t, plural }: Words, committed: ImportPreview): string {
  const count = committed.learners.filter((learner) => learner.learnerId).length;
  return plural(
    count,
    {
      one: '{count} learner’s attendance from the {format} report is on record.',
      other: '{count} learners’ attendance from the {format} report is on record.',
    },
    { format: formatNames(t)[committed.format] },
  );
}

function renderProblem(
  words: Words,
  problem: NonNullable<ImportViewState['problem']>,
): TemplateResult {
  const { t, intl } = words;
  return html`<div class="notice danger">
    <p><strong>${problem.title}.</strong> ${problem.detail}</p>
    ${
      problem.errors.length
        ? html`<ul class="import-errors">
            ${problem.errors.slice(0, 20).map((error) => html`<li>${describeError(t, error)}</li>`)}
            ${
              problem.errors.length > 20
                ? html`<li>
                    ${t('…and {more} more.', {
                      more: new Intl.NumberFormat(intl).format(problem.errors.length - 20),
                    })}
                  </li>`
                : nothing
            }
          </ul>`
        : nothing
    }
  </div>`;
}

/** `rows.12.join` reads "Row 12, join: ..."; other paths are named as they are. */
function describeError(t: Translate, { path, message }: FieldError): string {
  const row = /^rows\.(\d+)(?:\.(\w+))?$/.exec(path);
  if (row?.[2]) return t('Row {row}, {field}: {message}', { row: row[1]!, field: row[2], message });
  if (row) return t('Row {row}: {message}', { row: row[1]!, message });
  return path ? `${path}: ${message}` : message;
}

function renderPreview(
  words: Words,
  preview: ImportPreview,
  timeZone: string,
  busy: ImportViewState['busy'],
  onCommit: (submit: SubmitEvent) => Promise<void>,
): TemplateResult {
  const { t, plural, intl, locale } = words;
  const number = (value: number): string => new Intl.NumberFormat(intl).format(value);
  const stay = (interval: { start: string; end: string }) =>
    `${formatTime(interval.start, timeZone, intl)}–${formatTime(interval.end, timeZone, intl)}`;
  const format = formatNames(t)[preview.format];
  const column = {
    learner: t('Learner'),
    present: t('Present'),
    attended: t('Attended'),
    credits: t('Credits'),
    answers: t('Answers'),
    flags: t('Flags'),
  };
  const params = {
    staff: number(preview.staffRowsLeftOut),
    zone: preview.timeZone,
  };
  return html`<form @submit=${onCommit} aria-labelledby="import-preview-heading">
    <h4 id="import-preview-heading" tabindex="-1">${t('Preview: {format} report', { format })}</h4>
    <p class="hint">
      ${
        preview.dateOrder === 'mdy'
          ? plural(
              preview.learners.length,
              {
                one: '{count} people; {staff} host rows left out; dates read month first, times in {zone}. Nothing is stored until you import.',
                other:
                  '{count} people; {staff} host rows left out; dates read month first, times in {zone}. Nothing is stored until you import.',
              },
              params,
            )
          : plural(
              preview.learners.length,
              {
                one: '{count} people; {staff} host rows left out; dates read day first, times in {zone}. Nothing is stored until you import.',
                other:
                  '{count} people; {staff} host rows left out; dates read day first, times in {zone}. Nothing is stored until you import.',
              },
              params,
            )
      }
    </p>
    <div class="table-wrap" tabindex="0" role="region" aria-label=${t('Import preview')}>
      <table>
        <thead>
          <tr>
            <th scope="col">${t('Person')}</th>
            <th scope="col">${column.learner}</th>
            <th scope="col">${column.present}</th>
            <th scope="col" class="num">${column.attended}</th>
            <th scope="col" class="num">${column.credits}</th>
            <th scope="col" class="num">${column.answers}</th>
            <th scope="col">${column.flags}</th>
          </tr>
        </thead>
        <tbody>
          ${preview.learners.map(
            (learner) =>
              html`<tr>
                <th scope="row">${learner.name}</th>
                <td data-label=${column.learner}>${learner.learnerId ?? t('Unmatched')}</td>
                <td data-label=${column.present}>
                  ${learner.intervals.map(stay).join(', ') || '–'}
                </td>
                <td data-label=${column.attended} class="num">
                  ${formatMinutes(learner.attendedMinutes, intl)}
                </td>
                <td data-label=${column.credits} class="num">
                  ${formatCredits(locale, learner.credits.nasba)}
                </td>
                <td data-label=${column.answers} class="num">${number(learner.promptsAnswered)}</td>
                <td data-label=${column.flags}>${flagsText(words, learner.flags)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${
      preview.unmatched.length
        ? html`<fieldset class="unmatched">
            <legend>${t('Unmatched people')}</legend>
            <p class="hint">
              ${t(
                'No enrollment has their email. Type the learner id to record them under (an enrolled learner’s, or a new one), or leave it empty to leave them out.',
              )}
            </p>
            ${preview.unmatched.map(
              (person) =>
                html`<div class="field">
                  <label for="assign-${person.row}">
                    ${
                      person.email
                        ? t('{name} ({email}), row {row}', {
                            name: person.name,
                            email: person.email,
                            row: person.row,
                          })
                        : t('{name}, row {row}', { name: person.name, row: person.row })
                    }
                  </label>
                  <input id="assign-${person.row}" name="assign-${person.row}" autocomplete="off" />
                </div>`,
            )}
          </fieldset>`
        : nothing
    }
    <button type="submit" ?disabled=${busy !== undefined}>
      ${busy === 'commit' ? t('Importing…') : t('Import these records')}
    </button>
  </form>`;
}
