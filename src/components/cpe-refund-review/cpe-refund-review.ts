import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus } from '@lit/task';
import { createClient } from '../../client/create-client.js';
import { PolicyError, type PolicyClient } from '../../client/policy-client.js';
import type { StoredRefund } from '../../policy/schemas.js';
import { DelayedFlag } from '../shared/delayed-flag.js';
import { formatDateTime, formatMoney, viewerTimeZone } from '../shared/format.js';
import { controls, tokens } from '../shared/tokens.js';
import { outcomeLabel, statusLabel } from '../cpe-refund-request/refund-words.js';
import { styles } from './cpe-refund-review.styles.js';

/** `detail` of `cpe-refund-decided`: the request as stored after the decision. */
export type RefundDecidedDetail = StoredRefund;

type Decision = 'approve' | 'deny';

interface Draft {
  note: string;
  error?: string;
  sending?: Decision;
}

const products: Record<string, string> = {
  'self-study': 'Self-study course',
  'live-event': 'Live event',
  conference: 'Conference',
};

/**
 * The sponsor's review queue for written refund requests: every request with the rules'
 * decision and its audit trail; an admin approves or denies each with a note. Needs the
 * policy API (`api-base`) and an admin `token`.
 *
 * @summary Refund review queue: approve or deny each request with a note, audit trail shown.
 *
 * @fires cpe-refund-decided - The API stored an approval or a denial (detail: the StoredRefund).
 *
 * @csspart request - One request in the queue.
 * @csspart audit - A request's audit trail.
 * @csspart notice - Connection and sign-in notices.
 *
 * @cssprop --cpe-color-accent - Focus ring and buttons.
 * @cssprop --cpe-color-surface - Background.
 * @cssprop --cpe-color-text - Text colour.
 * @cssprop --cpe-color-muted - Labels and fine print.
 * @cssprop --cpe-color-success - Approved status.
 * @cssprop --cpe-color-warning - Pending status.
 * @cssprop --cpe-color-danger - Denied status and errors.
 * @cssprop --cpe-radius - Corner radius.
 * @cssprop --cpe-space - Base spacing unit.
 * @cssprop --cpe-max-width - Widest the queue grows (default 40rem).
 */
export class CpeRefundReview extends LitElement {
  static override styles = [tokens, controls, styles];

  private readonly working = new DelayedFlag(this);

  private readonly requests = new Task(this, {
    args: () => [this.apiBase, this.token, this.reloads] as const,
    task: async ([apiBase, token], { signal }): Promise<StoredRefund[] | undefined> => {
      if (!apiBase) return undefined;
      this.working.start();
      try {
        this.client = await createClient({ apiBase, token });
        return await this.client.listRefunds({ signal });
      } finally {
        this.working.stop();
      }
    },
  });

  @state() private drafts: Record<string, Draft> = {};
  /** Requests as changed by decisions made here, over the loaded list. */
  @state() private updatedRequests: Record<string, StoredRefund> = {};
  @state() private announcement = '';
  @state() private reloads = 0;
  private client: PolicyClient | undefined;

  /** The sponsor's policy API; reviewing needs it. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** An admin's sign-in (a JWT with role `admin`). */
  @property() token?: string;

  /** Settles once the queue has loaded (or failed to). */
  get loadComplete(): Promise<void> {
    return (async () => {
      await this.updateComplete;
      await this.requests.taskComplete.catch(() => undefined);
      await this.updateComplete;
    })();
  }

  private draft(id: string): Draft {
    return this.drafts[id] ?? { note: '' };
  }

  private setDraft(id: string, patch: Partial<Draft>): void {
    this.drafts = { ...this.drafts, [id]: { ...this.draft(id), ...patch } };
  }

  private reload(): void {
    this.updatedRequests = {};
    this.reloads++;
  }

  private async decide(request: StoredRefund, decision: Decision): Promise<void> {
    const draft = this.draft(request.id);
    if (draft.sending || !this.client) return;
    const note = draft.note.trim();
    if (!note) {
      this.setDraft(request.id, { error: 'Write a note: it goes into the audit trail.' });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLTextAreaElement>(`#note-${cssId(request.id)}`)?.focus();
      return;
    }
    this.setDraft(request.id, { sending: decision, error: undefined });
    try {
      const stored = await this.client.decideRefund(request.id, { decision, note });
      this.updatedRequests = { ...this.updatedRequests, [stored.id]: stored };
      this.drafts = { ...this.drafts, [stored.id]: { note: '' } };
      this.announcement = `Request ${stored.id} ${decision === 'approve' ? 'approved' : 'denied'}.`;
      this.dispatchEvent(
        new CustomEvent<RefundDecidedDetail>('cpe-refund-decided', {
          detail: stored,
          bubbles: true,
          composed: true,
        }),
      );
    } catch (error) {
      this.setDraft(request.id, { sending: undefined, error: problemText(error) });
    }
  }

  override render(): TemplateResult {
    const pending = this.requests.status === TaskStatus.PENDING;
    return html`
      <div class="root">
        <div class="card">
          <div class="head">
            <h2 class="heading">Refund requests</h2>
            <span
              class="working ${this.working.value && pending ? 'shown' : ''}"
              aria-hidden="true"
            >
              Loading…
            </span>
            ${
              this.apiBase
                ? html`<button type="button" class="secondary" @click=${() => this.reload()}>
                    Refresh
                  </button>`
                : nothing
            }
          </div>
          <p class="visually-hidden" role="status">${this.announcement}</p>
          ${this.renderBody()}
        </div>
      </div>
    `;
  }

  private renderBody(): TemplateResult {
    if (!this.apiBase) {
      return html`<p class="notice" part="notice">
        Reviewing requests needs the sponsor’s policy API: set <code>api-base</code> and an admin
        token.
      </p>`;
    }
    if (this.requests.status === TaskStatus.ERROR) {
      return html`<div class="notice danger" part="notice" role="alert">
        <p>${problemText(this.requests.error)}</p>
        <button type="button" class="secondary" @click=${() => this.reload()}>Try again</button>
      </div>`;
    }
    const list = this.requests.value;
    if (!list) return html`<p class="empty">Loading the requests…</p>`;
    if (list.length === 0) return html`<p class="empty">No refund requests yet.</p>`;
    const shown = list.map((request) => this.updatedRequests[request.id] ?? request);
    return html`
      <ul class="requests">
        ${repeat(
          shown,
          (request) => request.id,
          (request) => this.renderRequest(request),
        )}
      </ul>
    `;
  }

  private renderRequest(request: StoredRefund): TemplateResult {
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
        ${request.status === 'pending' ? this.renderDecide(request) : nothing}
      </li>
    `;
  }

  private renderDecide(request: StoredRefund): TemplateResult {
    const id = cssId(request.id);
    const draft = this.draft(request.id);
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
              this.setDraft(request.id, { note: (event.target as HTMLTextAreaElement).value })}
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
            @click=${() => this.decide(request, 'approve')}
          >
            ${draft.sending === 'approve' ? 'Approving…' : 'Approve'}
          </button>
          <button
            type="button"
            class="secondary"
            ?disabled=${draft.sending !== undefined}
            @click=${() => this.decide(request, 'deny')}
          >
            ${draft.sending === 'deny' ? 'Denying…' : 'Deny'}
          </button>
        </div>
      </div>
    `;
  }
}

/** Ids from the API may hold any character; element ids here keep to a safe set. */
const cssId = (id: string): string => id.replace(/[^A-Za-z0-9_-]/g, '_');

function problemText(error: unknown): string {
  if (error instanceof PolicyError) {
    if (error.isNetwork) return 'The sponsor’s system could not be reached. Try again in a moment.';
    if (error.status === 401 || error.status === 403) {
      return 'Only a signed-in administrator can review refund requests.';
    }
    return `${error.title}${error.detail ? `: ${error.detail}` : ''}`;
  }
  return 'Something went wrong. Try again.';
}
