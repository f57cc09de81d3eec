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
  /** Approve was pressed once: money goes back only when it is confirmed. */
  confirming?: boolean;
}

/** Which requests the queue lists. */
export type QueueFilter = 'all' | 'pending' | 'decided';

/** What the queue needs of its element: the drafts of notes, the filter, and deciding. */
export interface QueueView {
  draft(id: string): Draft;
  setDraft(id: string, patch: Partial<Draft>): void;
  decide(request: StoredRefund, decision: Decision): Promise<void>;
  /** Approve pressed: asks for a confirmation (with a note) before deciding. */
  askToApprove(request: StoredRefund): Promise<void>;
  filter(): QueueFilter;
  setFilter(filter: QueueFilter): void;
}

const filters: [QueueFilter, string][] = [
  ['all', 'All'],
  ['pending', 'Waiting for a decision'],
  ['decided', 'Decided'],
];

const products: Record<string, string> = {
  'self-study': 'Self-study course',
  'live-event': 'Live event',
  conference: 'Conference',
};

export function renderQueue(view: QueueView, requests: StoredRefund[]): TemplateResult {
  const pending = requests.filter((request) => request.status === 'pending').length;
  const counts: Record<QueueFilter, number> = {
    all: requests.length,
    pending,
    decided: requests.length - pending,
  };
  const shown = requests.filter(
    (request) =>
      view.filter() === 'all' || (request.status === 'pending') === (view.filter() === 'pending'),
  );
  return html`
    <fieldset class="filter">
      <legend>Show</legend>
      ${filters.map(
        ([value, label]) =>
          html`<label class="check">
            <input
              type="radio"
              name="filter"
              .checked=${view.filter() === value}
              @change=${() => view.setFilter(value)}
            />
            ${label} (${counts[value]})
          </label>`,
      )}
    </fieldset>
    ${
      shown.length
        ? html`<ul class="requests">
            ${repeat(
              shown,
              (request) => request.id,
              (request) => renderRequest(view, request),
            )}
          </ul>`
        : html`<p class="empty">
            ${view.filter() === 'pending' ? 'Nothing is waiting for a decision.' : 'No decisions yet.'}
          </p>`
    }
  `;
}

function renderRequest(view: QueueView, request: StoredRefund): TemplateResult {
  const { decision } = request;
  const zone = viewerTimeZone();
  const headingId = `request-${cssId(request.id)}`;
  return html`
    <li part="request" class="request" aria-labelledby=${headingId}>
      <h3 id=${headingId}>
        ${request.reference ?? request.id} ·
        ${request.request.courseTitle ?? products[request.request.product]}
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
          <dd>${request.learnerName ?? request.learnerId}</dd>
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
      ${
        draft.confirming
          ? renderConfirm(view, request)
          : html`<div class="buttons">
              <button
                type="button"
                ?disabled=${draft.sending !== undefined}
                @click=${() => view.askToApprove(request)}
              >
                Approve
              </button>
              <button
                type="button"
                class="secondary"
                ?disabled=${draft.sending !== undefined}
                @click=${() => view.decide(request, 'deny')}
              >
                ${draft.sending === 'deny' ? 'Denying…' : 'Deny'}
              </button>
            </div>`
      }
    </div>
  `;
}

/** The approval, said in full before it is sent: it cannot be taken back. */
function renderConfirm(view: QueueView, request: StoredRefund): TemplateResult {
  const draft = view.draft(request.id);
  const id = cssId(request.id);
  return html`<div class="confirm" role="group" aria-labelledby=${`confirm-${id}`}>
    <p id=${`confirm-${id}`}>
      Approve the request of ${request.learnerName ?? request.learnerId}
      (${outcomeLabel(request.decision)})? An approval cannot be undone.
    </p>
    <div class="buttons">
      <button
        type="button"
        id=${`confirm-${id}-yes`}
        ?disabled=${draft.sending !== undefined}
        @click=${() => view.decide(request, 'approve')}
      >
        ${draft.sending === 'approve' ? 'Approving…' : 'Yes, approve'}
      </button>
      <button
        type="button"
        class="secondary"
        ?disabled=${draft.sending !== undefined}
        @click=${() => view.setDraft(request.id, { confirming: false })}
      >
        Cancel
      </button>
    </div>
  </div>`;
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
