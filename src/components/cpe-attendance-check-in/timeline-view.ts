/**
 * The attendance timeline as a picture drawn by the widget (SVG, no chart library) and, as
 * its text alternative, a legend that says the same in words: an auditor sees at once why
 * the credit is what it is. Loaded with the lazy chunk, so the first load does not grow.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatTime } from '../shared/format.js';
import type { Translate, Words } from '../shared/locale-controller.js';
import { timeline, type Bar, type TimelineInput } from './timeline.js';

const swatch = (kind: string): TemplateResult =>
  html`<svg class="swatch" viewBox="0 0 16 12" aria-hidden="true">
    ${
      kind === 'answered' || kind === 'missed'
        ? svg`<circle class=${`tl-${kind}`} cx="8" cy="6" r="4.5"></circle>`
        : svg`<rect class=${`tl-${kind}`} x="1" y="1" width="14" height="10"></rect>`
    }
  </svg>`;

/** How one timeline is titled: its heading, a prefix that keeps its ids unique on the page,
 * and whose time present the legend speaks of (the learner's own view says "You"). The
 * heading comes translated. */
export interface TimelineLabels {
  heading: string;
  idPrefix: string;
  /** A name for the host's roster; left out, the legend addresses the learner. */
  who?: string;
}

export function renderTimeline(
  { t, intl }: Words,
  input: TimelineInput,
  timeZone: string,
  labels: TimelineLabels,
): TemplateResult | typeof nothing {
  const line = timeline(input);
  if (!line) return nothing;
  const time = (instant: string): string => formatTime(instant, timeZone, intl);
  const span = (bar: Bar): string => `${time(bar.start)} – ${time(bar.end)}`;
  const rect = (bar: Bar, kind: string, y: number, height: number) =>
    svg`<rect class=${`tl-${kind}`} x=${`${bar.x}%`} width=${`${Math.max(bar.width, 0.3)}%`}
      y=${y} height=${height}></rect>`;
  const answered = line.prompts.filter((prompt) => prompt.answered);
  const missed = line.prompts.filter((prompt) => !prompt.answered);
  const headingId = `${labels.idPrefix}-heading`;
  const { who } = labels;
  const times = (bars: Bar[]): string => bars.map(span).join(', ');
  const moments = (marks: typeof line.prompts): string =>
    marks.length ? marks.map((prompt) => time(prompt.at)).join(', ') : t('none');
  return html`<section class="section timeline" aria-labelledby=${headingId}>
    <h3 id=${headingId}>${labels.heading}</h3>
    <svg class="timeline-picture" aria-hidden="true" focusable="false">
      ${line.windows.map((bar) => rect(bar, 'window', 1, 6))}
      ${line.segments.map((bar) => rect(bar, 'segment', 10, 14))}
      ${line.breaks.map((bar) => rect(bar, 'break', 10, 14))}
      ${line.present.map((bar) => rect(bar, 'present', 28, 14))}
      ${line.prompts.map(
        (prompt) =>
          svg`<circle class=${prompt.answered ? 'tl-answered' : 'tl-missed'}
            cx=${`${prompt.x}%`} cy="52" r="5"></circle>`,
      )}
    </svg>
    <ul class="timeline-text hint">
      ${
        line.windows.length
          ? html`<li>
              ${swatch('window')} ${t('Check-in opens: {times}', { times: times(line.windows) })}
            </li>`
          : nothing
      }
      <li>${swatch('segment')} ${t('Session: {times}', { times: times(line.segments) })}</li>
      ${
        line.breaks.length
          ? html`<li>
              ${swatch('break')} ${t('Break, not counted: {times}', { times: times(line.breaks) })}
            </li>`
          : nothing
      }
      <li>${swatch('present')} ${presence(t, who, times(line.present))}</li>
      ${
        line.prompts.length
          ? html`<li>
                ${swatch('answered')}
                ${t('Prompts answered: {times}', { times: moments(answered) })}
              </li>
              <li>
                ${swatch('missed')}
                ${t('Prompts not answered: {times}', { times: moments(missed) })}
              </li>`
          : nothing
      }
    </ul>
  </section>`;
}

/** The learner's time present, said to the learner ("You") or of a learner by name. */
function presence(t: Translate, who: string | undefined, times: string): string {
  if (who === undefined) {
    return times ? t('You were present: {times}', { times }) : t('You have not checked in.');
  }
  return times
    ? t('{who} was present: {times}', { who, times })
    : t('{who} has not checked in.', { who });
}
