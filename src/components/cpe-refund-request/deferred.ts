/**
 * What the refund widget needs only once its client is here, so it loads with the client after
 * the first render: the engine's check of a request (the schemas, and valibot with them), the
 * words for an answer, its amounts, deadline and reasons, and the receipt.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  RefundInput,
  parse,
  type Parsed,
  type RefundResult,
  type StoredRefund,
} from '../../policy/schemas.js';
import {
  formatDate,
  formatDateTime,
  formatDuration,
  formatMoney,
  viewerTimeZone,
} from '../shared/format.js';
import { printReceipt } from './print-receipt.js';
import { headline, nextSteps, outcomeLabel, statusLabel } from './refund-words.js';

export { outcomeLabel, statusLabel } from './refund-words.js';
export { renderLookup } from './status-lookup.js';
export {
  loadChoices,
  loadRecord,
  renderOpen,
  renderRecord,
  type EnrollmentRecord,
} from './record.js';

/** The zone a deadline counts calendar days in, and what to call it. */
export interface RuleZone {
  zone: string;
  label: string;
}

export function checkRefund(candidate: unknown): Parsed<RefundInput> {
  return parse(RefundInput, candidate);
}

/** The answer in one sentence, and the money when there is any. */
export function renderOutcome(
  result: RefundResult,
  priceCents: number | undefined,
): TemplateResult {
  const money = (cents: number): string => formatMoney(cents, result.currency);
  const hasMoney = result.outcome === 'eligible' || result.refundCents > 0 || result.feeCents > 0;
  return html`
    <p part="outcome" class="outcome ${result.outcome}">${headline(result)}</p>
    ${
      hasMoney
        ? html`<dl class="facts">
            ${
              priceCents !== undefined
                ? html`<div>
                    <dt>You paid</dt>
                    <dd>${money(priceCents)}</dd>
                  </div>`
                : nothing
            }
            <div>
              <dt>Processing fee</dt>
              <dd>${money(result.feeCents)}</dd>
            </div>
            <div>
              <dt>${result.remedy === 'exchange' ? 'Exchange value' : 'Refund'}</dt>
              <dd>${money(result.refundCents)}</dd>
            </div>
          </dl>`
        : nothing
    }
  `;
}

/** The deadline, when the money is paid, and why. */
export function renderTerms(
  result: RefundResult,
  ruleZone: RuleZone,
  now: number,
  product: string | undefined,
): TemplateResult {
  const exchange = result.remedy === 'exchange';
  return html`
    ${result.deadline ? renderDeadline(result.deadline, exchange, ruleZone, now, product) : nothing}
    ${
      result.payBy && result.outcome === 'eligible'
        ? html`<p class="pay-by">
            ${exchange ? 'Exchange arranged by' : 'Paid by'}
            ${formatDate(result.payBy, ruleZone.zone)}
          </p>`
        : nothing
    }
    <h4 class="subheading">Why</h4>
    <ul part="reasons" class="reasons">
      ${result.reasons.map((reason) => html`<li data-rule=${reason.rule}>${reason.message}</li>`)}
    </ul>
    ${
      result.outcome === 'external-policy' && result.link
        ? html`<p><a href=${result.link} rel="noopener">Read the conference refund policy</a></p>`
        : nothing
    }
  `;
}

function renderDeadline(
  deadline: string,
  exchange: boolean,
  { zone, label }: RuleZone,
  now: number,
  product: string | undefined,
): TemplateResult {
  const there = formatDateTime(deadline, zone);
  const here = formatDateTime(deadline, viewerTimeZone());
  const left = Date.parse(deadline) - now;
  const action = product === 'live-event' ? 'to cancel with' : 'to ask for';
  return html`
    <div class="deadline">
      <p class="deadline-time">
        Deadline: <time datetime=${deadline}>${there}</time> (${label})
        ${here !== there ? html`<br /><span class="muted">Your time: ${here}</span>` : nothing}
      </p>
      <p class="countdown">
        ${
          left > 0
            ? `${formatDuration(left)} left ${action} ${exchange ? 'an exchange' : 'a refund'}`
            : `The deadline passed on ${formatDate(deadline, zone)}.`
        }
      </p>
    </div>
  `;
}

export function renderReceipt(
  stored: StoredRefund,
  { zone, label }: RuleZone,
  courseTitle: string | undefined,
): TemplateResult {
  const payBy = stored.decision.payBy ? formatDate(stored.decision.payBy, zone) : undefined;
  return html`
    <section part="receipt" class="receipt" aria-labelledby="receipt-heading">
      <h3 id="receipt-heading" class="subheading" tabindex="-1">Request received</h3>
      <dl class="facts receipt-facts">
        <div>
          <dt>Reference</dt>
          <dd class="reference">${stored.reference ?? stored.id}</dd>
        </div>
        <div>
          <dt>Received</dt>
          <dd>
            <time datetime=${stored.receivedAt}>
              ${formatDateTime(stored.receivedAt, viewerTimeZone())}
            </time>
            <span class="muted aside">
              by the sponsor’s clock; ${label}: ${formatDateTime(stored.receivedAt, zone)}
            </span>
          </dd>
        </div>
        ${
          courseTitle
            ? html`<div>
                <dt>Course</dt>
                <dd>${courseTitle}</dd>
              </div>`
            : nothing
        }
        <div>
          <dt>Decision</dt>
          <dd>${outcomeLabel(stored.decision)}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>${statusLabel(stored.status)}</dd>
        </div>
        <div>
          <dt>Policy version</dt>
          <dd>${stored.policyVersion}</dd>
        </div>
      </dl>
      ${
        stored.unverified
          ? html`<p class="notice unverified" part="notice">
              These purchase details are what this page said, not an order on record: the sponsor
              will check the facts before deciding.
            </p>`
          : nothing
      }
      <h4 class="subheading">What happens next</h4>
      <p>${nextSteps(stored.decision, payBy)}</p>
      <ul class="reasons">
        ${stored.decision.reasons.map((reason) => html`<li>${reason.message}</li>`)}
      </ul>
      <p class="fine-print">Keep the reference to ask about this request.</p>
      <div class="actions no-print">
        <button
          type="button"
          class="secondary"
          @click=${(event: Event) =>
            void printReceipt((event.target as HTMLElement).closest('section')!)}
        >
          Print the receipt
        </button>
      </div>
    </section>
  `;
}
