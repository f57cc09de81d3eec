/**
 * What the refund widget needs only once its client is here, so it loads with the client after
 * the first render: the engine's check of a request (the schemas, and valibot with them), the
 * words for an answer, the deadline and the receipt.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { RefundInput, parse, type Parsed, type StoredRefund } from '../../policy/schemas.js';
import { formatDate, formatDateTime, formatDuration, viewerTimeZone } from '../shared/format.js';
import { nextSteps, outcomeLabel, statusLabel } from './refund-words.js';

export { headline, nextSteps, outcomeLabel, statusLabel } from './refund-words.js';

/** The zone a deadline counts calendar days in, and what to call it. */
export interface RuleZone {
  zone: string;
  label: string;
}

export function checkRefund(candidate: unknown): Parsed<RefundInput> {
  return parse(RefundInput, candidate);
}

export function renderDeadline(
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
          <dd class="reference">${stored.id}</dd>
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
      <h4 class="subheading">What happens next</h4>
      <p>${nextSteps(stored.decision, payBy)}</p>
      <ul class="reasons">
        ${stored.decision.reasons.map((reason) => html`<li>${reason.message}</li>`)}
      </ul>
      <p class="fine-print">Keep the reference to ask about this request.</p>
      <div class="actions no-print">
        <button type="button" class="secondary" @click=${() => window.print()}>
          Print the receipt
        </button>
      </div>
    </section>
  `;
}
