/**
 * The review queue itself: every request with the rules' decision, its audit trail and the
 * approve/deny form. It loads with the client, after the element's first render, since there
 * is nothing to show before the list arrives.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { StoredRefund } from '../../policy/schemas.js';
import { formatMoney } from '../../policy/money.js';
import { formatDateTime } from '../shared/format.js';
import { viewerTimeZone } from '../shared/viewer-zone.js';
import { outcomeLabel, statusLabel } from '../shared/refund-labels.js';
import type { Translate, Words } from '../shared/locale-controller.js';
import { cssId } from './review-queue.js';

export { ReviewQueue, loadProblem } from './review-queue.js';
export { styles } from './deferred.styles.js';

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

const filters = (t: Translate): [QueueFilter, string][] => [
  ['all', t('All')],
  ['pending', t('Waiting for a decision')],
  ['decided', t('Decided')],
];

const products = (t: Translate): Record<string, string> => ({
  'self-study': t('Self-study course'),
  'live-event': t('Live event'),
  conference: t('Conference'),
});

/** An audit entry's action and who took it; an action the widget does not know, as stored. */
function auditAction(t: Translate, action: string, who: string): string {
  switch (action) {
    case 'submitted':
      return t('submitted by {who}', { who });
    case 'approved':
      return t('approved by {who}', { who });
    case 'denied':
      return t('denied by {who}', { who });
    default:
      return t('{action} by {who}', { action, who });
  }
}

export function renderQueue(
  words: Words,
  view: QueueView,
  requests: StoredRefund[],
): TemplateResult {
  const { t } = words;
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
      <legend>${t('Show')}</legend>
      ${filters(t).map(
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
              (request) => renderRequest(words, view, request),
            )}
          </ul>`
        : html`<p class="empty">
            ${
              view.filter() === 'pending'
                ? t('Nothing is waiting for a decision.')
                : t('No decisions yet.')
            }
          </p>`
    }
  `;
}

function renderRequest(words: Words, view: QueueView, request: StoredRefund): TemplateResult {
  const { t, intl, locale } = words;
  const { decision } = request;
  const zone = viewerTimeZone();
  const headingId = `request-${cssId(request.id)}`;
  return html`
    <li part="request" class="request" aria-labelledby=${headingId}>
      <h3 id=${headingId}>
        ${request.reference ?? request.id} ·
        ${request.request.courseTitle ?? products(t)[request.request.product]}
      </h3>
      <dl class="facts">
        <div>
          <dt>${t('Status')}</dt>
          <dd class="status-${request.status}">${statusLabel(words, request.status)}</dd>
        </div>
        <div>
          <dt>${t('Rules say')}</dt>
          <dd>${outcomeLabel(words, decision)}</dd>
        </div>
        <div>
          <dt>${t('Learner')}</dt>
          <dd>${request.learnerName ?? request.learnerId}</dd>
        </div>
        <div>
          <dt>${t('Received')}</dt>
          <dd>${formatDateTime(request.receivedAt, zone, intl)}</dd>
        </div>
        <div>
          <dt>${t('Paid')}</dt>
          <dd>${formatMoney(request.request.priceCents, request.request.currency, locale)}</dd>
        </div>
        <div>
          <dt>${t('Policy')}</dt>
          <dd>${request.policyVersion}</dd>
        </div>
      </dl>
      ${
        request.request.message
          ? html`<p class="message">
              <span class="visually-hidden">${t('Learner wrote:')}</span>
              <span class="message-text">${request.request.message}</span>
            </p>`
          : nothing
      }
      <details>
        <summary>${t('Why the rules say so')}</summary>
        <ul class="reasons">
          ${decision.reasons.map((reason) => html`<li>${reason.message}</li>`)}
        </ul>
      </details>
      <h4 class="visually-hidden">${t('Audit trail')}</h4>
      <ol part="audit" class="audit">
        ${request.audit.map(
          (entry) =>
            html`<li>
              <time datetime=${entry.at}>${formatDateTime(entry.at, zone, intl)}</time>:
              ${auditAction(t, entry.action, entry.by)}${
                entry.note ? html` (“${entry.note}”)` : nothing
              }
            </li>`,
        )}
      </ol>
      ${request.status === 'pending' ? renderDecide(words, view, request) : nothing}
    </li>
  `;
}

function renderDecide(words: Words, view: QueueView, request: StoredRefund): TemplateResult {
  const { t } = words;
  const id = cssId(request.id);
  const draft = view.draft(request.id);
  return html`
    <div class="decide">
      <div class="field">
        <label for=${`note-${id}`}>${t('Note for the record')}</label>
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
          ? renderConfirm(words, view, request)
          : html`<div class="buttons">
              <button
                type="button"
                ?disabled=${draft.sending !== undefined}
                @click=${() => view.askToApprove(request)}
              >
                ${t('Approve')}
              </button>
              <button
                type="button"
                class="secondary"
                ?disabled=${draft.sending !== undefined}
                @click=${() => view.decide(request, 'deny')}
              >
                ${draft.sending === 'deny' ? t('Denying…') : t('Deny')}
              </button>
            </div>`
      }
    </div>
  `;
}

/** The approval, said in full before it is sent: it cannot be taken back. */
function renderConfirm(words: Words, view: QueueView, request: StoredRefund): TemplateResult {
  const { t } = words;
  const draft = view.draft(request.id);
  const id = cssId(request.id);
  return html`<div class="confirm" role="group" aria-labelledby=${`confirm-${id}`}>
    <p id=${`confirm-${id}`}>
      ${t('Approve the request of {learner} ({outcome})? An approval cannot be undone.', {
        learner: request.learnerName ?? request.learnerId,
        outcome: outcomeLabel(words, request.decision),
      })}
    </p>
    <div class="buttons">
      <button
        type="button"
        id=${`confirm-${id}-yes`}
        ?disabled=${draft.sending !== undefined}
        @click=${() => view.decide(request, 'approve')}
      >
        ${draft.sending === 'approve' ? t('Approving…') : t('Yes, approve')}
      </button>
      <button
        type="button"
        class="secondary"
        ?disabled=${draft.sending !== undefined}
        @click=${() => view.setDraft(request.id, { confirming: false })}
      >
        ${t('Cancel')}
      </button>
    </div>
  </div>`;
}
