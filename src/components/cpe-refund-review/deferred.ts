/**
 * The review queue itself: every request with the rules' decision, its audit trail and the
 * approve/deny form. It loads with the client, after the element's first render, since there
 * is nothing to show before the list arrives.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { PolicyError } from '../../client/policy-client.js';
import type { StoredRefund } from '../../policy/schemas.js';
import { formatDateTime, formatMoney, viewerTimeZone } from '../shared/format.js';
import { outcomeLabel, statusLabel } from '../cpe-refund-request/refund-words.js';
import { unreachableText } from '../shared/unreachable.js';

export type Decision = 'approve' | 'deny';

export interface Draft {
  note: string;
  error?: string;
  sending?: Decision;
}

/** What the queue needs of its element: the drafts of notes, and deciding. */
export interface QueueView {
  draft(id: string): Draft;
  setDraft(id: string, patch: Partial<Draft>): void;
  decide(request: StoredRefund, decision: Decision): Promise<void>;
}

const products: Record<string, string> = {
  'self-study': 'Self-study course',
  'live-event': 'Live event',
  conference: 'Conference',
};

export function renderQueue(view: QueueView, requests: StoredRefund[]): TemplateResult {
  return html`
    <ul class="requests">
      ${repeat(
        requests,
        (request) => request.id,
        (request) => renderRequest(view, request),
      )}
    </ul>
  `;
}

function renderRequest(view: QueueView, request: StoredRefund): TemplateResult {
  const { decision } = request;
  const zone = viewerTimeZone();
  const headingId = `request-${cssId(request.id)}`;
  return html`
    <li part="request" class="request" aria-labelledby=${headingId}>
      <h3 id=${headingId}>
        ${request.id} · ${request.request.courseTitle ?? products[request.request.product]}
      </h3>
      <dl class="facts">
        <div>
          <dt>Status</dt>
          <dd class="status-${request.status}">${statusLabel(request.status)}</dd>
        </div>
        <div>
          <dt>Rules say</dt>
          <dd>${outcomeLabel(decision)}</dd>
        </div>
        <div>
          <dt>Learner</dt>
          <dd>${request.learnerId}</dd>
        </div>
        <div>
          <dt>Received</dt>
          <dd>${formatDateTime(request.receivedAt, zone)}</dd>
        </div>
        <div>
          <dt>Paid</dt>
          <dd>${formatMoney(request.request.priceCents, request.request.currency)}</dd>
        </div>
        <div>
          <dt>Policy</dt>
          <dd>${request.policyVersion}</dd>
        </div>
      </dl>
      ${
        request.request.message
          ? html`<p class="message">
              <span class="visually-hidden">Learner wrote:</span>
              <span class="message-text">${request.request.message}</span>
            </p>`
          : nothing
      }
      <details>
        <summary>Why the rules say so</summary>
        <ul class="reasons">
          ${decision.reasons.map((reason) => html`<li>${reason.message}</li>`)}
        </ul>
      </details>
      <h4 class="visually-hidden">Audit trail</h4>
      <ol part="audit" class="audit">
        ${request.audit.map(
          (entry) =>
            html`<li>
              <time datetime=${entry.at}>${formatDateTime(entry.at, zone)}</time>: ${entry.action}
              by ${entry.by}${entry.note ? html` (“${entry.note}”)` : nothing}
            </li>`,
        )}
      </ol>
      ${request.status === 'pending' ? renderDecide(view, request) : nothing}
    </li>
  `;
}

function renderDecide(view: QueueView, request: StoredRefund): TemplateResult {
  const id = cssId(request.id);
  const draft = view.draft(request.id);
  return html`
    <div class="decide">
      <div class="field">
        <label for=${`note-${id}`}>Note for the record</label>
        <textarea
          id=${`note-${id}`}
          rows="2"
          maxlength="2000"
          .value=${draft.note}
          aria-invalid=${draft.error ? 'true' : 'false'}
          aria-describedby=${draft.error ? `note-${id}-error` : nothing}
          @input=${(event: Event) =>
            view.setDraft(request.id, { note: (event.target as HTMLTextAreaElement).value })}
        ></textarea>
        ${
          draft.error
            ? html`<p class="error" id=${`note-${id}-error`} role="alert">${draft.error}</p>`
            : nothing
        }
      </div>
      <div class="buttons">
        <button
          type="button"
          ?disabled=${draft.sending !== undefined}
          @click=${() => view.decide(request, 'approve')}
        >
          ${draft.sending === 'approve' ? 'Approving…' : 'Approve'}
        </button>
        <button
          type="button"
          class="secondary"
          ?disabled=${draft.sending !== undefined}
          @click=${() => view.decide(request, 'deny')}
        >
          ${draft.sending === 'deny' ? 'Denying…' : 'Deny'}
        </button>
      </div>
    </div>
  `;
}

/** Ids from the API may hold any character; element ids here keep to a safe set. */
export const cssId = (id: string): string => id.replace(/[^A-Za-z0-9_-]/g, '_');

/** A failed load or decision, in words for the admin. */
export function problemText(error: unknown): string {
  if (error instanceof PolicyError) {
    if (error.isNetwork) return unreachableText;
    if (error.status === 401 || error.status === 403) {
      return 'Only a signed-in administrator can review refund requests.';
    }
    return `${error.title}${error.detail ? `: ${error.detail}` : ''}`;
  }
  return 'Something went wrong. Try again.';
}
