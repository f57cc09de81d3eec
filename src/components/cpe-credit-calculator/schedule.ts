/**
 * A program given as a schedule: the event's date and zone, its segments and its breaks,
 * read into spans in that zone and rendered as rows. Loaded with the client (deferred.ts):
 * a first render asks for total minutes, and a schedule's times need the zone rules anyway.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { TimeZone, parse, type FieldError, type TimeSpan } from '../../policy/schemas.js';
import type { Translate, Words } from '../shared/locale-controller.js';
import { zonedInstant } from '../shared/zoned-time.js';
import type { CreditForm, RowList, ScheduleRow } from './form.js';

/** What the rows report back to the element, which keeps the form's state. */
export interface ScheduleView {
  form: CreditForm;
  errors: FieldError[];
  onDate: (value: string) => void;
  onTimeZone: (value: string) => void;
  onRow: (list: RowList, id: number, end: 'start' | 'end', value: string) => void;
  onAdd: (list: RowList) => Promise<void>;
  onRemove: (list: RowList, id: number) => Promise<void>;
}

/** The engine's own test of a zone name, so the form accepts exactly what the API does. */
const isTimeZone = (zone: string): boolean => parse(TimeZone, zone).ok;

/** The schedule's segments and breaks as spans; what is wrong with a row goes to `errors`. */
export function readSchedule(
  form: CreditForm,
  errors: FieldError[],
  t: Translate,
): { segments: TimeSpan[]; breaks: TimeSpan[] } {
  if (!isTimeZone(form.timeZone)) {
    errors.push({ path: 'timeZone', message: t('Enter a time zone name, like America/New_York.') });
    return { segments: [], breaks: [] };
  }
  return {
    segments: readRows('segments', form.segments, form, errors, t),
    breaks: readRows('breaks', form.breaks, form, errors, t),
  };
}

/** Rows with both times become spans in the event's zone; half-filled rows are an error. */
function readRows(
  name: RowList,
  rows: ScheduleRow[],
  form: CreditForm,
  errors: FieldError[],
  t: Translate,
): TimeSpan[] {
  const spans: TimeSpan[] = [];
  rows.forEach((row, index) => {
    if (!row.start && !row.end) return;
    const path = `${name}.${index}`;
    if (!row.start) {
      return void errors.push({ path: `${path}.start`, message: t('Enter a start time.') });
    }
    if (!row.end) {
      return void errors.push({ path: `${path}.end`, message: t('Enter an end time.') });
    }
    if (row.end <= row.start) {
      return void errors.push({
        path: `${path}.end`,
        message: t('End after the start, on the same day.'),
      });
    }
    const start = zonedInstant(form.date, row.start, form.timeZone);
    const end = zonedInstant(form.date, row.end, form.timeZone);
    if (!start || !end) {
      return void errors.push({ path: 'date', message: t('Enter the event date.') });
    }
    spans.push({ start, end });
  });
  return spans;
}

/** What a schedule row is called, in the words of its list. */
const rowWords = (t: Translate, list: RowList) =>
  list === 'segments'
    ? {
        legend: t('Segments'),
        name: (n: number) => t('Segment {n}', { n }),
        remove: (n: number) => t('Remove segment {n}', { n }),
        add: t('Add segment'),
      }
    : {
        legend: t('Breaks, meals and housekeeping'),
        name: (n: number) => t('Break {n}', { n }),
        remove: (n: number) => t('Remove break {n}', { n }),
        add: t('Add break'),
      };

const valueOf = (event: Event): string => (event.target as HTMLInputElement).value;

export function renderSchedule(words: Words, view: ScheduleView): TemplateResult {
  const { form, errors } = view;
  const { t } = words;
  const dateError = errors.find((error) => error.path === 'date');
  const zoneError = errors.find((error) => error.path === 'timeZone');
  return html`
    <div class="pair when">
      <div class="field">
        <label for="date">${t('Event date')}</label>
        <input
          id="date"
          type="date"
          .value=${form.date}
          aria-invalid=${dateError ? 'true' : 'false'}
          aria-describedby=${dateError ? 'date-error' : nothing}
          @input=${(event: Event) => view.onDate(valueOf(event))}
        />
        ${dateError ? html`<p class="error" id="date-error">${dateError.message}</p>` : nothing}
      </div>
      <div class="field">
        <label for="time-zone">${t('Event time zone')}</label>
        <input
          id="time-zone"
          .value=${form.timeZone}
          autocomplete="off"
          aria-invalid=${zoneError ? 'true' : 'false'}
          aria-describedby=${zoneError ? 'time-zone-error' : 'time-zone-hint'}
          @change=${(event: Event) => view.onTimeZone(valueOf(event))}
        />
        ${
          zoneError
            ? html`<p class="error" id="time-zone-error">${zoneError.message}</p>`
            : html`<p class="hint" id="time-zone-hint">${t('Times below are in this zone.')}</p>`
        }
      </div>
    </div>
    ${renderRows(words, view, 'segments', form.segments)}
    ${renderRows(words, view, 'breaks', form.breaks)}
  `;
}

function renderRows(
  { t }: Words,
  view: ScheduleView,
  list: RowList,
  rows: ScheduleRow[],
): TemplateResult {
  const words = rowWords(t, list);
  return html`
    <fieldset class="field rows">
      <legend>${words.legend}</legend>
      ${repeat(
        rows,
        (row) => row.id,
        (row, index) => html`
          <div class="row" role="group" aria-label=${words.name(index + 1)}>
            ${(['start', 'end'] as const).map((end) => renderTime(t, view, list, row, end, index))}
            <button
              type="button"
              class="secondary"
              aria-label=${words.remove(index + 1)}
              @click=${() => view.onRemove(list, row.id)}
            >
              ${t('Remove')}
            </button>
          </div>
        `,
      )}
      <button type="button" class="secondary" id=${`add-${list}`} @click=${() => view.onAdd(list)}>
        ${words.add}
      </button>
    </fieldset>
  `;
}

function renderTime(
  t: Translate,
  view: ScheduleView,
  list: RowList,
  row: ScheduleRow,
  end: 'start' | 'end',
  index: number,
): TemplateResult {
  const id = `${list}-${row.id}-${end}`;
  const error = view.errors.find(
    (item) => item.path === `${list}.${index}.${end}` || item.path === `${list}.${index}`,
  );
  const showError = error && (end === 'end' || error.path.endsWith('.start'));
  return html`
    <div class="field">
      <label for=${id}>${end === 'start' ? t('Starts') : t('Ends')}</label>
      <input
        id=${id}
        type="time"
        .value=${row[end]}
        aria-invalid=${showError ? 'true' : 'false'}
        aria-describedby=${showError ? `${id}-error` : nothing}
        @input=${(event: Event) => view.onRow(list, row.id, end, valueOf(event))}
      />
      ${showError ? html`<p class="error" id=${`${id}-error`}>${error.message}</p>` : nothing}
    </div>
  `;
}
