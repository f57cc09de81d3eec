/**
 * What the refund widget needs only once its client is here, so it loads with the client after
 * the first render: the engine's check of a request (the schemas, and valibot with them), the
 * words for an answer, its amounts, deadline and reasons, and the receipt, with their rules.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { PolicyError } from '../../client/policy-client.js';
import { RefundInput, parse, type RefundResult, type StoredRefund } from '../../policy/schemas.js';
import { formatMoney } from '../../policy/money.js';
import { formatDate, formatDateTime, formatDuration } from '../shared/format.js';
import { viewerTimeZone } from '../shared/viewer-zone.js';
import type { Words } from '../shared/locale-controller.js';
import { printReceipt } from './print-receipt.js';
import { renderOpen } from './record.js';
import { outcomeLabel, statusLabel } from '../shared/refund-labels.js';
import type { FieldMessage, RefundAnswers, RefundContext } from './form.js';
import { headline, nextSteps } from './refund-words.js';

export { DeadlineWatch } from './deadline-watch.js';
export { RequestSender } from './sender.js';
export { StatusLookup } from './status-lookup.js';
export { styles } from './deferred.styles.js';
export { EnrollmentOfRecord, type EnrollmentRecord, type RecordQuote } from './record.js';

/** The zone a deadline counts calendar days in, and what to call it. */
export interface RuleZone {
  zone: string;
  label: string;
}

/** The attribute each input field comes from, so an author's error names what to fix. */
const attributeOf: Record<string, string> = {
  product: 'product',
  priceCents: 'price-cents',
  currency: 'currency',
  purchasedAt: 'purchased-at',
  eventStart: 'event-start',
  eventTimeZone: 'event-time-zone',
};

function authorMessage({ path, message }: { path: string; message: string }): string {
  const head = path.split('.')[0] ?? '';
  return `${attributeOf[head] ?? (head || 'input')} ${message}`;
}

/**
 * The engine's check of a request made from the page's attributes (`context`): the input, or
 * what the author must fix, each problem naming its attribute.
 */
export function checkRefund(
  candidate: unknown,
  context: RefundContext,
): { input?: RefundInput; setupErrors: string[] } {
  const parsed = parse(RefundInput, candidate);
  const setupErrors = parsed.ok ? [] : parsed.errors.map(authorMessage);
  if (context.product === 'self-study' && !context.purchasedAt) {
    setupErrors.push('purchased-at is required for a self-study course');
  }
  if (context.product === 'live-event' && !context.eventStart) {
    setupErrors.push('event-start is required for a live event');
  }
  return { setupErrors, ...(parsed.ok ? { input: parsed.value } : {}) };
}

/** Where sending the written request stands. */
export type Submission =
  | { state: 'idle' }
  | { state: 'sending' }
  /** Send was pressed before the sponsor's rules had loaded. */
  | { state: 'blocked' }
  | { state: 'failed'; error: unknown }
  | { state: 'done'; stored: StoredRefund }
  /** A request about this enrollment was already open: the first one, as the API has it. */
  | { state: 'open'; existing: StoredRefund };

/** API mode: a review needs a word on what happened when special circumstances are ticked. */
export function messageMissing({ t }: Words, answers: RefundAnswers): FieldMessage[] {
  return answers.specialCircumstances && !answers.message.trim()
    ? [{ field: 'message', message: t('Tell the sponsor briefly what happened.') }]
    : [];
}

/**
 * Tells the page author, once per distinct mistake, exactly which attributes to fix; answers
 * what has now been said.
 */
export function logSetupErrors(problems: string, said: string): string {
  if (problems && problems !== said) {
    console.error(`<cpe-refund-request> is not set up: ${problems}.`);
  }
  return problems;
}

/** The page is set up wrong: the learner gets a plain sentence and no form to fill in. */
export function renderSetupError({ t }: Words, contact: string | undefined): TemplateResult {
  return html`
    <div class="notice danger" part="notice" role="alert">
      <p>
        ${t('This form is not set up yet; contact {contact} to ask for a refund.', {
          contact: contact ?? '',
        })}
      </p>
    </div>
  `;
}

/** The quote could not be had: why, with the answers kept and a way to ask again. */
export function renderQuoteError({ t }: Words, error: unknown, retry: () => void): TemplateResult {
  const offline = error instanceof PolicyError && error.isNetwork;
  return html`
    <div class="notice danger" part="notice">
      <p>
        ${
          offline
            ? t(
                'The sponsor’s system could not be reached, so there is no answer yet. Your answers are kept.',
              )
            : error instanceof PolicyError
              ? `${error.title}. ${error.detail}`
              : t('The answer could not be worked out.')
        }
      </p>
      <button type="button" class="secondary" @click=${retry}>${t('Try again')}</button>
    </div>
  `;
}

export interface MessageView {
  /** Something exceptional happened: the message says what. */
  special: boolean;
  message: string;
  error: string | undefined;
  type: (message: string) => void;
}

/** The message for the sponsor (API mode), required when something exceptional happened. */
export function renderMessage({ t }: Words, view: MessageView): TemplateResult {
  const { error } = view;
  return html`
    <div class="field">
      <label for="message">
        ${view.special ? t('What happened?') : t('Anything to add? (optional)')}
      </label>
      <textarea
        id="message"
        rows="3"
        maxlength="5000"
        .value=${view.message}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? 'message-error' : nothing}
        @input=${(event: Event) => view.type((event.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${error ? html`<p class="error" id="message-error">${error}</p>` : nothing}
    </div>
  `;
}

export interface SendView {
  /** No API: an estimate only, and nothing can be sent from here. */
  estimate: boolean;
  contact: string | undefined;
  /** A conference's own policy applies: there is nothing to send. */
  conference: boolean;
  submission: Submission;
  disabled: boolean;
}

/** The send button, and what became of the last press. */
export function renderSend(words: Words, view: SendView): TemplateResult | typeof nothing {
  const { t } = words;
  if (view.estimate) {
    return html`
      <p class="send notice" part="notice">
        ${t(
          'This page shows an estimate only. Sending a written request needs the sponsor’s policy API, which this page is not connected to: ask in writing through {contact}.',
          { contact: view.contact ?? '' },
        )}
      </p>
    `;
  }
  if (view.conference) return nothing;
  const { submission } = view;
  if (submission.state === 'open') return renderOpen(words, submission.existing);
  const sending = submission.state === 'sending';
  return html`
    <div class="send">
      <button
        type="submit"
        ?disabled=${sending || view.disabled}
        aria-describedby=${submission.state === 'blocked' ? 'send-why' : nothing}
      >
        ${sending ? t('Sending…') : t('Send my request')}
      </button>
      ${
        submission.state === 'blocked'
          ? html`<p class="error" id="send-why" role="alert">
              ${t(
                'The sponsor’s rules are still loading, so nothing was sent. Try again in a moment.',
              )}
            </p>`
          : nothing
      }
      ${submission.state === 'failed' ? renderSendError(words, submission.error) : nothing}
    </div>
  `;
}

function renderSendError({ t }: Words, error: unknown): TemplateResult {
  const offline = error instanceof PolicyError && error.isNetwork;
  const text = offline
    ? t(
        'Your request was not sent: the sponsor’s system could not be reached. Your answers are kept; try again when you are back online. Trying again never files it twice.',
      )
    : error instanceof PolicyError
      ? t('Your request was not sent. {why}', {
          why: `${error.title}${error.detail ? `: ${error.detail}` : ''}`,
        })
      : t('Your request was not sent because of an unexpected problem. Try again.');
  return html`
    <div class="notice danger" part="notice" role="alert">
      <p>${text}</p>
      <button type="submit" class="secondary">${t('Try again')}</button>
    </div>
  `;
}

export interface DetailsView {
  result: RefundResult;
  ruleZone: RuleZone;
  now: number;
  product: string | undefined;
  /** The sponsor's API answered: its decision counts from when it receives the request. */
  api: boolean;
  askForReview: () => Promise<void>;
}

/** Under the answer: deadline, payment, reasons, a way to ask for a review, and the policy. */
export function renderDetails(words: Words, view: DetailsView): TemplateResult {
  const { t } = words;
  const { result } = view;
  return html`
    ${renderTerms(words, result, view.ruleZone, view.now, view.product)}
    ${
      result.outcome === 'ineligible' && view.product !== 'conference'
        ? html`<div class="notice" part="notice">
            <p>${t('If something exceptional happened, you can ask the sponsor for a review.')}</p>
            <button type="button" class="secondary" @click=${view.askForReview}>
              ${t('Ask for a review')}
            </button>
          </div>`
        : nothing
    }
    <p class="fine-print">
      ${t('Policy {version}.', { version: result.policyVersion })}
      ${
        view.api
          ? t('The sponsor decides on the time it receives your request.')
          : t('Estimate from the bundled rules and your device’s clock; not an official decision.')
      }
    </p>
  `;
}

/** The answer in one sentence, and the money when there is any. */
export function renderOutcome(
  words: Words,
  result: RefundResult,
  priceCents: number | undefined,
): TemplateResult {
  const { t, locale } = words;
  const money = (cents: number): string => formatMoney(cents, result.currency, locale);
  const hasMoney = result.outcome === 'eligible' || result.refundCents > 0 || result.feeCents > 0;
  return html`
    <p part="outcome" class="outcome ${result.outcome}">${headline(words, result)}</p>
    ${
      hasMoney
        ? html`<dl class="facts">
            ${
              priceCents !== undefined
                ? html`<div>
                    <dt>${t('You paid')}</dt>
                    <dd>${money(priceCents)}</dd>
                  </div>`
                : nothing
            }
            <div>
              <dt>${t('Processing fee')}</dt>
              <dd>${money(result.feeCents)}</dd>
            </div>
            <div>
              <dt>${result.remedy === 'exchange' ? t('Exchange value') : t('Refund')}</dt>
              <dd>${money(result.refundCents)}</dd>
            </div>
          </dl>`
        : nothing
    }
  `;
}

/** The deadline, when the money is paid, and why. */
function renderTerms(
  words: Words,
  result: RefundResult,
  ruleZone: RuleZone,
  now: number,
  product: string | undefined,
): TemplateResult {
  const { t, intl } = words;
  const exchange = result.remedy === 'exchange';
  const payBy = result.payBy && formatDate(result.payBy, ruleZone.zone, intl);
  return html`
    ${
      result.deadline
        ? renderDeadline(words, result.deadline, exchange, ruleZone, now, product)
        : nothing
    }
    ${
      payBy && result.outcome === 'eligible'
        ? html`<p class="pay-by">
            ${exchange ? t('Exchange arranged by {date}', { date: payBy }) : t('Paid by {date}', { date: payBy })}
          </p>`
        : nothing
    }
    <h4 class="subheading">${t('Why')}</h4>
    <ul part="reasons" class="reasons">
      ${result.reasons.map((reason) => html`<li data-rule=${reason.rule}>${reason.message}</li>`)}
    </ul>
    ${
      result.outcome === 'external-policy' && result.link
        ? html`<p>
            <a href=${result.link} rel="noopener">${t('Read the conference refund policy')}</a>
          </p>`
        : nothing
    }
  `;
}

/** The countdown's sentence: what is left to do, and whether it is a refund or an exchange. */
function timeLeft({ t, intl }: Words, ms: number, exchange: boolean, live: boolean): string {
  const left = formatDuration(ms, intl);
  if (live) {
    return exchange
      ? t('{left} left to cancel with an exchange', { left })
      : t('{left} left to cancel with a refund', { left });
  }
  return exchange
    ? t('{left} left to ask for an exchange', { left })
    : t('{left} left to ask for a refund', { left });
}

function renderDeadline(
  words: Words,
  deadline: string,
  exchange: boolean,
  { zone, label }: RuleZone,
  now: number,
  product: string | undefined,
): TemplateResult {
  const { t, intl } = words;
  const there = formatDateTime(deadline, zone, intl);
  const here = formatDateTime(deadline, viewerTimeZone(), intl);
  const left = Date.parse(deadline) - now;
  return html`
    <div class="deadline">
      <p class="deadline-time">
        ${t('Deadline:')} <time datetime=${deadline}>${there}</time> (${label})
        ${
          here !== there
            ? html`<br /><span class="muted">${t('Your time: {time}', { time: here })}</span>`
            : nothing
        }
      </p>
      <p class="countdown">
        ${
          left > 0
            ? timeLeft(words, left, exchange, product === 'live-event')
            : t('The deadline passed on {date}.', { date: formatDate(deadline, zone, intl) })
        }
      </p>
    </div>
  `;
}

export function renderReceipt(
  words: Words,
  stored: StoredRefund,
  { zone, label }: RuleZone,
  courseTitle: string | undefined,
): TemplateResult {
  const { t, intl } = words;
  const payBy = stored.decision.payBy ? formatDate(stored.decision.payBy, zone, intl) : undefined;
  return html`
    <section part="receipt" class="receipt" aria-labelledby="receipt-heading">
      <h3 id="receipt-heading" class="subheading" tabindex="-1">${t('Request received')}</h3>
      <dl class="facts receipt-facts">
        <div>
          <dt>${t('Reference')}</dt>
          <dd class="reference">${stored.reference ?? stored.id}</dd>
        </div>
        <div>
          <dt>${t('Received')}</dt>
          <dd>
            <time datetime=${stored.receivedAt}>
              ${formatDateTime(stored.receivedAt, viewerTimeZone(), intl)}
            </time>
            <span class="muted aside">
              ${t('by the sponsor’s clock; {zone}: {time}', {
                zone: label,
                time: formatDateTime(stored.receivedAt, zone, intl),
              })}
            </span>
          </dd>
        </div>
        ${
          courseTitle
            ? html`<div>
                <dt>${t('Course')}</dt>
                <dd>${courseTitle}</dd>
              </div>`
            : nothing
        }
        <div>
          <dt>${t('Decision')}</dt>
          <dd>${outcomeLabel(words, stored.decision)}</dd>
        </div>
        <div>
          <dt>${t('Status')}</dt>
          <dd>${statusLabel(words, stored.status)}</dd>
        </div>
        <div>
          <dt>${t('Policy version')}</dt>
          <dd>${stored.policyVersion}</dd>
        </div>
      </dl>
      ${
        stored.unverified
          ? html`<p class="notice unverified" part="notice">
              ${t(
                'These purchase details are what this page said, not an order on record: the sponsor will check the facts before deciding.',
              )}
            </p>`
          : nothing
      }
      <h4 class="subheading">${t('What happens next')}</h4>
      <p>${nextSteps(words, stored.decision, payBy)}</p>
      <ul class="reasons">
        ${stored.decision.reasons.map((reason) => html`<li>${reason.message}</li>`)}
      </ul>
      <p class="fine-print">${t('Keep the reference to ask about this request.')}</p>
      <div class="actions no-print">
        <button
          type="button"
          class="secondary"
          @click=${(event: Event) =>
            void printReceipt((event.target as HTMLElement).closest('section')!, {
              title: t('Refund request receipt'),
              lang: words.locale,
            })}
        >
          ${t('Print the receipt')}
        </button>
      </div>
    </section>
  `;
}
