/**
 * The attendance timeline as a picture drawn by the widget (SVG, no chart library) and, as
 * its text alternative, a legend that says the same in words: an auditor sees at once why
 * the credit is what it is. Loaded with the lazy chunk, so the first load does not grow.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatTime } from '../shared/format.js';
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
 * and whose time present the legend speaks of (the learner's own view says "You"). */
export interface TimelineLabels {
  heading: string;
  idPrefix: string;
  /** A name for the host's roster; left out, the legend addresses the learner. */
  who?: string;
}

export function renderTimeline(
  input: TimelineInput,
  timeZone: string,
  labels: TimelineLabels,
): TemplateResult | typeof nothing {
  const line = timeline(input);
  if (!line) return nothing;
  const time = (instant: string): string => formatTime(instant, timeZone);
  const span = (bar: Bar): string => `${time(bar.start)} – ${time(bar.end)}`;
  const rect = (bar: Bar, kind: string, y: number, height: number) =>
    svg`<rect class=${`tl-${kind}`} x=${`${bar.x}%`} width=${`${Math.max(bar.width, 0.3)}%`}
      y=${y} height=${height}></rect>`;
  const answered = line.prompts.filter((prompt) => prompt.answered);
  const missed = line.prompts.filter((prompt) => !prompt.answered);
  const headingId = `${labels.idPrefix}-heading`;
  const { who } = labels;
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
          ? html`<li>${swatch('window')} Check-in opens: ${line.windows.map(span).join(', ')}</li>`
          : nothing
      }
      <li>${swatch('segment')} Session: ${line.segments.map(span).join(', ')}</li>
      ${
        line.breaks.length
          ? html`<li>
              ${swatch('break')} Break, not counted: ${line.breaks.map(span).join(', ')}
            </li>`
          : nothing
      }
      <li>
        ${swatch('present')}
        ${
          line.present.length
            ? `${who ?? 'You'} ${who === undefined ? 'were' : 'was'} present: ${line.present
                .map(span)
                .join(', ')}`
            : `${who ?? 'You'} ${who === undefined ? 'have' : 'has'} not checked in.`
        }
      </li>
      ${
        line.prompts.length
          ? html`<li>
                ${swatch('answered')} Prompts answered:
                ${answered.length ? answered.map((prompt) => time(prompt.at)).join(', ') : 'none'}
              </li>
              <li>
                ${swatch('missed')} Prompts not answered:
                ${missed.length ? missed.map((prompt) => time(prompt.at)).join(', ') : 'none'}
              </li>`
          : nothing
      }
    </ul>
  </section>`;
}
