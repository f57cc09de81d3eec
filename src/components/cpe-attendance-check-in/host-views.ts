/** The host's panels: the QR code of the check-in code, the roster and the prompt form. */
import { html, nothing, type TemplateResult } from 'lit';
import type {
  EventPrompt,
  LearnerPrompt,
  PublicEvent,
  Roster,
  RosterEntry,
} from '../../policy/schemas.js';
import { formatCredits, formatMinutes, formatTime } from '../shared/format.js';
import { renderTimeline } from './timeline-view.js';

export { qrCode } from '../shared/qr-code.js';

/** What each learner's timeline in the roster is drawn against: the event and its prompts. */
export interface RosterTimelines {
  event: Pick<PublicEvent, 'segments' | 'breaks' | 'timeZone'>;
  prompts: readonly { id: string; at: string }[];
  leadMinutes?: number | undefined;
  now: number;
}

/** One learner's timeline, folded away: the same picture and words as the learner's own. */
function entryTimeline(
  entry: RosterEntry,
  index: number,
  timelines: RosterTimelines | undefined,
): TemplateResult | typeof nothing {
  if (!timelines || !entry.records) return nothing;
  const who = entry.name ?? entry.learnerId;
  const answered = new Set(entry.answeredPromptIds ?? []);
  const { event, leadMinutes } = timelines;
  const picture = renderTimeline(
    {
      segments: event.segments,
      breaks: event.breaks,
      records: entry.records,
      prompts: timelines.prompts.map(({ id, at }) => ({ at, answered: answered.has(id) })),
      now: timelines.now,
      ...(leadMinutes === undefined ? {} : { leadMinutes }),
    },
    event.timeZone,
    { heading: `${who}'s attendance timeline`, idPrefix: `roster-timeline-${index}`, who },
  );
  if (picture === nothing) return nothing;
  return html`<details class="roster-timeline">
    <summary>Timeline<span class="visually-hidden"> of ${who}</span></summary>
    ${picture}
  </details>`;
}

export function renderRoster(
  roster: Roster | undefined,
  timeZone: string | undefined,
  onDownloadCsv: () => Promise<void>,
  timelines?: RosterTimelines,
): TemplateResult {
  const entries = roster?.entries ?? [];
  const count = (flag: string): number =>
    entries.filter((entry) => (entry.flags as string[]).includes(flag)).length;
  const issued = entries.reduce((sum, entry) => sum + entry.promptsIssued, 0);
  const answered = entries.reduce((sum, entry) => sum + entry.promptsAnswered, 0);
  return html`<section class="section" aria-labelledby="roster-heading">
    <h3 id="roster-heading">Roster</h3>
    <dl class="summary">
      <div>
        <dt>Present</dt>
        <dd id="present-count">${roster?.presentCount ?? 0}</dd>
      </div>
      <div>
        <dt>Late arrivals</dt>
        <dd>${count('late-arrival')}</dd>
      </div>
      <div>
        <dt>Early leavers</dt>
        <dd>${count('early-departure')}</dd>
      </div>
      <div>
        <dt>Missing check-outs</dt>
        <dd>${count('checkout-missing')}</dd>
      </div>
      <div>
        <dt>Prompts answered</dt>
        <dd>${answered} of ${issued}</dd>
      </div>
    </dl>
    ${
      entries.length
        ? html`<div class="table-wrap" tabindex="0" role="region" aria-label="Roster table">
            <table part="roster">
              <thead>
                <tr>
                  <th scope="col">Learner</th>
                  <th scope="col">Status</th>
                  <th scope="col">In</th>
                  <th scope="col">Out</th>
                  <th scope="col" class="num">Attended</th>
                  <th scope="col" class="num">Credits</th>
                  <th scope="col" class="num">Prompts</th>
                  <th scope="col">Flags</th>
                  <th scope="col">Timeline</th>
                </tr>
              </thead>
              <tbody>
                ${entries.map(
                  (entry, index) =>
                    html`<tr>
                      <th scope="row">${entry.name ?? entry.learnerId}</th>
                      <td data-label="Status">
                        ${entry.present ? 'Present' : entry.lastOut ? 'Left' : 'Absent'}
                      </td>
                      <td data-label="In">
                        ${entry.firstIn ? formatTime(entry.firstIn, timeZone) : '–'}
                      </td>
                      <td data-label="Out">
                        ${entry.lastOut ? formatTime(entry.lastOut, timeZone) : '–'}
                      </td>
                      <td data-label="Attended" class="num">
                        ${formatMinutes(entry.attendedMinutes)}
                      </td>
                      <td data-label="Credits" class="num">
                        ${formatCredits(entry.credits.nasba)}
                      </td>
                      <td data-label="Prompts" class="num">
                        ${entry.promptsAnswered}/${entry.promptsIssued}
                      </td>
                      <td data-label="Flags">${entry.flags.join(', ') || '–'}</td>
                      <td data-label="Timeline">${entryTimeline(entry, index, timelines)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p class="hint">Nobody has checked in yet.</p>`
    }
    <button type="button" class="secondary" @click=${onDownloadCsv}>
      Download CSV for the audit file
    </button>
  </section>`;
}

export function renderHostPrompts(
  prompts: (LearnerPrompt | EventPrompt)[],
  timeZone: string | undefined,
  onIssuePrompt: (submit: SubmitEvent) => Promise<void>,
): TemplateResult {
  return html`<section class="section" aria-labelledby="host-prompts-heading">
    <h3 id="host-prompts-heading">Engagement prompts</h3>
    <p class="hint">
      The policy asks for a minimum number of prompts per credit offered, and learners must answer
      most of those issued while they are present to earn credit.
    </p>
    <form @submit=${onIssuePrompt}>
      <div class="field">
        <label for="question">Question or codeword request</label>
        <input id="question" name="question" required autocomplete="off" />
      </div>
      <div class="field">
        <label for="choices">Choices (optional)</label>
        <input id="choices" name="choices" autocomplete="off" aria-describedby="choices-hint" />
        <p id="choices-hint" class="hint">
          Separate choices with commas; leave empty for a typed answer.
        </p>
      </div>
      <button type="submit">Issue prompt now</button>
    </form>
    <p>${prompts.length} prompts issued.</p>
    <ol class="prompt-list">
      ${prompts.map(
        (prompt) => html`<li>${formatTime(prompt.at, timeZone)}: ${prompt.question}</li>`,
      )}
    </ol>
  </section>`;
}
