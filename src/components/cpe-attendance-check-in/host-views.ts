/** The host's panels: the QR code of the check-in code, the roster and the prompt form. */
import { html, nothing, type TemplateResult } from 'lit';
import type {
  EventPrompt,
  LearnerPrompt,
  PublicEvent,
  Roster,
  RosterEntry,
} from '../../policy/schemas.js';
import { formatCredits } from '../../policy/locale.js';
import { formatMinutes, formatTime } from '../shared/format.js';
import type { Words } from '../shared/locale-controller.js';
import { renderTimeline } from './timeline-view.js';
import { flagsText } from './flag-words.js';

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
  words: Words,
  entry: RosterEntry,
  index: number,
  timelines: RosterTimelines | undefined,
): TemplateResult | typeof nothing {
  if (!timelines || !entry.records) return nothing;
  const who = entry.name ?? entry.learnerId;
  const answered = new Set(entry.answeredPromptIds ?? []);
  const { event, leadMinutes } = timelines;
  const { t } = words;
  const picture = renderTimeline(
    words,
    {
      segments: event.segments,
      breaks: event.breaks,
      records: entry.records,
      prompts: timelines.prompts.map(({ id, at }) => ({ at, answered: answered.has(id) })),
      now: timelines.now,
      ...(leadMinutes === undefined ? {} : { leadMinutes }),
    },
    event.timeZone,
    {
      heading: t("{who}'s attendance timeline", { who }),
      idPrefix: `roster-timeline-${index}`,
      who,
    },
  );
  if (picture === nothing) return nothing;
  return html`<details class="roster-timeline">
    <summary>
      ${t('Timeline')}<span class="visually-hidden"> ${t('of {who}', { who })}</span>
    </summary>
    ${picture}
  </details>`;
}

export function renderRoster(
  words: Words,
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
  const { t, intl, locale } = words;
  const number = (value: number): string => new Intl.NumberFormat(intl).format(value);
  const time = (instant: string | undefined): string =>
    instant ? formatTime(instant, timeZone, intl) : '–';
  // Each cell repeats its column's name for the narrow layout, which stacks them.
  const column = {
    status: t('Status'),
    in: t('In'),
    out: t('Out'),
    attended: t('Attended'),
    credits: t('Credits'),
    prompts: t('Prompts'),
    flags: t('Flags'),
    timeline: t('Timeline'),
  };
  return html`<section class="section" aria-labelledby="roster-heading">
    <h3 id="roster-heading">${t('Roster')}</h3>
    <dl class="summary">
      <div>
        <dt>${t('Present')}</dt>
        <dd id="present-count">${number(roster?.presentCount ?? 0)}</dd>
      </div>
      <div>
        <dt>${t('Late arrivals')}</dt>
        <dd>${number(count('late-arrival'))}</dd>
      </div>
      <div>
        <dt>${t('Early leavers')}</dt>
        <dd>${number(count('early-departure'))}</dd>
      </div>
      <div>
        <dt>${t('Missing check-outs')}</dt>
        <dd>${number(count('checkout-missing'))}</dd>
      </div>
      <div>
        <dt>${t('Prompts answered')}</dt>
        <dd>
          ${t('{answered} of {issued}', { answered: number(answered), issued: number(issued) })}
        </dd>
      </div>
    </dl>
    ${
      entries.length
        ? html`<div class="table-wrap" tabindex="0" role="region" aria-label=${t('Roster table')}>
            <table part="roster">
              <thead>
                <tr>
                  <th scope="col">${t('Learner')}</th>
                  <th scope="col">${column.status}</th>
                  <th scope="col">${column.in}</th>
                  <th scope="col">${column.out}</th>
                  <th scope="col" class="num">${column.attended}</th>
                  <th scope="col" class="num">${column.credits}</th>
                  <th scope="col" class="num">${column.prompts}</th>
                  <th scope="col">${column.flags}</th>
                  <th scope="col">${column.timeline}</th>
                </tr>
              </thead>
              <tbody>
                ${entries.map(
                  (entry, index) =>
                    html`<tr>
                      <th scope="row">${entry.name ?? entry.learnerId}</th>
                      <td data-label=${column.status}>
                        ${entry.present ? t('Present') : entry.lastOut ? t('Left') : t('Absent')}
                      </td>
                      <td data-label=${column.in}>${time(entry.firstIn)}</td>
                      <td data-label=${column.out}>${time(entry.lastOut)}</td>
                      <td data-label=${column.attended} class="num">
                        ${formatMinutes(entry.attendedMinutes, intl)}
                      </td>
                      <td data-label=${column.credits} class="num">
                        ${formatCredits(locale, entry.credits.nasba)}
                      </td>
                      <td data-label=${column.prompts} class="num">
                        ${number(entry.promptsAnswered)}/${number(entry.promptsIssued)}
                      </td>
                      <td data-label=${column.flags}>${flagsText(words, entry.flags)}</td>
                      <td data-label=${column.timeline}>
                        ${entryTimeline(words, entry, index, timelines)}
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p class="hint">${t('Nobody has checked in yet.')}</p>`
    }
    <button type="button" class="secondary" @click=${onDownloadCsv}>
      ${t('Download CSV for the audit file')}
    </button>
  </section>`;
}

export function renderHostPrompts(
  { t, plural, intl }: Words,
  prompts: (LearnerPrompt | EventPrompt)[],
  timeZone: string | undefined,
  onIssuePrompt: (submit: SubmitEvent) => Promise<void>,
): TemplateResult {
  return html`<section class="section" aria-labelledby="host-prompts-heading">
    <h3 id="host-prompts-heading">${t('Engagement prompts')}</h3>
    <p class="hint">
      ${t(
        'The policy asks for a minimum number of prompts per credit offered, and learners must answer most of those issued while they are present to earn credit.',
      )}
    </p>
    <form @submit=${onIssuePrompt}>
      <div class="field">
        <label for="question">${t('Question or codeword request')}</label>
        <input id="question" name="question" required autocomplete="off" />
      </div>
      <div class="field">
        <label for="choices">${t('Choices (optional)')}</label>
        <input id="choices" name="choices" autocomplete="off" aria-describedby="choices-hint" />
        <p id="choices-hint" class="hint">
          ${t('Separate choices with commas; leave empty for a typed answer.')}
        </p>
      </div>
      <button type="submit">${t('Issue prompt now')}</button>
    </form>
    <p>
      ${plural(prompts.length, {
        one: '{count} prompts issued.',
        other: '{count} prompts issued.',
      })}
    </p>
    <ol class="prompt-list">
      ${prompts.map(
        (prompt) => html`<li>${formatTime(prompt.at, timeZone, intl)}: ${prompt.question}</li>`,
      )}
    </ol>
  </section>`;
}
