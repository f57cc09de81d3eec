/**
 * The learner's view, drawn: the check-in form, the credit so far, the timeline and the
 * prompts. It arrives with the client (`deferred.ts`), before the event it shows, so the
 * first load carries only the controller that keeps its state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { CODE_LENGTH } from '../../policy/code-format.js';
import type { LearnerPrompt, PublicEvent } from '../../policy/schemas.js';
import { formatCredits } from '../../policy/locale.js';
import { formatMinutes, formatTime } from '../shared/format.js';
import { viewerTimeZone } from '../shared/viewer-zone.js';
import type { Words } from '../shared/locale-controller.js';
import type { LearnerState } from './learner-controller.js';
import type { Notice } from './session.js';
import { renderTimeline } from './timeline-view.js';

export interface LearnerView {
  event: PublicEvent;
  state: LearnerState;
  notice: Notice | undefined;
  /** What the form sends next. */
  kind: 'in' | 'out';
  /** Whether the learner has checked in or out before. */
  checkedBefore: boolean;
  /** The slow-send flag: "Sending…" shows once sending takes a while. */
  working: boolean;
  /** The prompts issued so far, where the method has them. */
  prompts: LearnerPrompt[] | undefined;
  leadMinutes: number | undefined;
  onSubmit: (submit: SubmitEvent) => Promise<void>;
  onCodeInput: (event: Event) => void;
  onAnswer: (submit: SubmitEvent, prompt: LearnerPrompt) => Promise<void>;
  onChoose: (prompt: LearnerPrompt, answer: string) => void;
}

export function renderLearner(words: Words, view: LearnerView): TemplateResult {
  const { t } = words;
  const { state, notice, kind } = view;
  const errorId = state.codeError ? 'code-error' : '';
  const submitLabel =
    kind === 'out' ? t('Check out') : view.checkedBefore ? t('Check in again') : t('Check in');
  return html`
    <div class="layout">
      <div>
        <h3 id="state-heading" class="state" tabindex="-1">${stateText(words, view)}</h3>
        ${
          state.queued.length
            ? html`<p class="notice" role="status" id="queued">
                ${
                  state.queued.at(-1)?.kind === 'out'
                    ? t(
                        'Your check-out is saved on this device and will be sent when you are back online.',
                      )
                    : t(
                        'Your check-in is saved on this device and will be sent when you are back online.',
                      )
                }
              </p>`
            : nothing
        }
        <form @submit=${view.onSubmit} novalidate>
          <div class="field">
            <label for="code">${kind === 'in' ? t('Check-in code') : t('Check-out code')}</label>
            <input
              id="code"
              class="code-input"
              name="code"
              autocomplete="off"
              autocapitalize="characters"
              spellcheck="false"
              maxlength="16"
              .value=${state.code}
              aria-describedby="code-hint ${errorId}"
              aria-invalid=${state.codeError ? 'true' : 'false'}
              @input=${view.onCodeInput}
            />
            <p id="code-hint" class="hint">
              ${t('The {length} characters on the host’s screen. Case and spaces do not matter.', {
                length: CODE_LENGTH,
              })}
            </p>
            ${
              state.codeError
                ? html`<p id="code-error" class="error" role="alert">${state.codeError(words)}</p>`
                : nothing
            }
          </div>
          <div class="actions">
            <button type="submit">${submitLabel}</button>
            <span class="working ${view.working ? 'shown' : ''}">${t('Sending…')}</span>
          </div>
        </form>
        <div role="status">
          ${notice ? html`<p class="notice ${notice.tone}">${notice.say(words)}</p>` : nothing}
        </div>
      </div>
      ${renderCredit(words, state)}
    </div>
    ${timelineOf(words, view)} ${view.prompts ? renderPrompts(words, view, view.prompts) : nothing}
  `;
}

function stateText({ t, intl }: Words, { state, event }: LearnerView): string {
  const last = state.records.at(-1);
  if (!last) return t('Not checked in');
  const time = formatTime(last.at, event.timeZone, intl);
  return last.kind === 'in'
    ? t('Checked in since {time}', { time })
    : t('Checked out at {time}', { time });
}

function renderCredit(words: Words, state: LearnerState): TemplateResult {
  const { t, intl, locale } = words;
  const result = state.attendance;
  return html`<div class="credit" aria-live="polite">
    <h3>${t('Credit earned so far')}</h3>
    ${
      result
        ? html`<p class="hero">${formatCredits(locale, result.credits.nasba)}</p>
            <p class="hint">
              ${t('NASBA {nasba} · ICMA {icma} · {attended} attended', {
                nasba: formatCredits(locale, result.credits.nasba),
                icma: formatCredits(locale, result.credits.icma),
                attended: formatMinutes(result.attendedMinutes, intl),
              })}
            </p>
            <ul class="reasons">
              ${result.reasons.map((reason) => html`<li>${reason.message}</li>`)}
            </ul>`
        : html`<p class="hint">
            ${t('Your credit appears here once the event has your records.')}
          </p>`
    }
  </div>`;
}

/** The event, the learner's time present and the prompts, as a picture and in words. */
function timelineOf(words: Words, view: LearnerView): TemplateResult | typeof nothing {
  const { event, leadMinutes } = view;
  return renderTimeline(
    words,
    {
      segments: event.segments,
      breaks: event.breaks,
      records: view.state.records,
      prompts: view.prompts ?? [],
      now: Date.now(),
      ...(leadMinutes === undefined ? {} : { leadMinutes }),
    },
    event.timeZone,
    { heading: words.t('Your attendance timeline'), idPrefix: 'timeline' },
  );
}

function renderPrompts(words: Words, view: LearnerView, prompts: LearnerPrompt[]): TemplateResult {
  const { t, plural, intl } = words;
  const open = prompts.at(-1);
  const unanswered = open && !open.answered ? open : undefined;
  const missed = prompts.filter((prompt) => !prompt.answered && prompt !== unanswered);
  const answered = prompts.filter((prompt) => prompt.answered).length;
  return html`<section class="section" aria-labelledby="prompts-heading">
    <h3 id="prompts-heading">${t('Engagement prompts')}</h3>
    <p id="prompt-counts">
      ${plural(
        prompts.length,
        {
          one: 'You answered {answered} of {count} prompts issued.',
          other: 'You answered {answered} of {count} prompts issued.',
        },
        { answered: new Intl.NumberFormat(intl).format(answered) },
      )}
    </p>
    ${unanswered ? renderPromptForm(words, view, unanswered) : nothing}
    ${
      missed.length
        ? html`<p class="error">${t('Missed prompts:')}</p>
            <ul class="prompt-list missed">
              ${missed.map(
                (prompt) =>
                  html`<li>
                    ${prompt.question} (${formatTime(prompt.at, viewerTimeZone(), intl)})
                  </li>`,
              )}
            </ul>`
        : nothing
    }
  </section>`;
}

function renderPromptForm({ t }: Words, view: LearnerView, prompt: LearnerPrompt): TemplateResult {
  return html`<form class="prompt" @submit=${(e: SubmitEvent) => view.onAnswer(e, prompt)}>
    ${
      prompt.choices?.length
        ? html`<fieldset>
            <legend>${prompt.question}</legend>
            ${prompt.choices.map(
              (choice) =>
                html`<label class="check"
                  ><input
                    type="radio"
                    name="answer"
                    .value=${choice}
                    @change=${() => view.onChoose(prompt, choice)}
                  />${choice}</label
                >`,
            )}
          </fieldset>`
        : html`<div class="field">
            <label for="answer">${prompt.question}</label>
            <input
              id="answer"
              name="answer"
              autocomplete="off"
              @input=${(e: Event) => view.onChoose(prompt, (e.target as HTMLInputElement).value)}
            />
          </div>`
    }
    <button type="submit">${t('Send answer')}</button>
  </form>`;
}
