/** The host's panels: the QR code of the check-in code, the roster and the prompt form. */
import { html, type TemplateResult } from 'lit';
import type { EventPrompt, LearnerPrompt, Roster } from '../../policy/schemas.js';
import { formatCredits, formatMinutes, formatTime } from '../shared/format.js';

export { qrCode } from './qr-code.js';

export function renderRoster(
  roster: Roster | undefined,
  timeZone: string | undefined,
  onDownloadCsv: () => Promise<void>,
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
                </tr>
              </thead>
              <tbody>
                ${entries.map(
                  (entry) =>
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
