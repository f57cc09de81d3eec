import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { StoredRefund } from '../../policy/schemas.js';
import { ClientController } from '../shared/client-controller.js';
import { DelayedFlag } from '../shared/delayed-flag.js';
import { LocaleController } from '../shared/locale-controller.js';
import { controls, tokens } from '../shared/tokens.js';
import { warnUnreachable } from '../shared/unreachable.js';
import { PolicyError } from '../../client/policy-client.js';
import { styles } from './cpe-refund-review.styles.js';
import type { Decision, Draft, QueueFilter, QueueView } from './deferred.js';

/** The attribute the notice names: code, the same in every language. */
const apiBaseAttribute = 'api-base';

/** `detail` of `cpe-refund-decided`: the request as stored after the decision. */
export type RefundDecidedDetail = StoredRefund;

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

  /** Its words, from `lang` on it or around it; Spanish and French load on demand. */
  private readonly i18n = new LocaleController(this, {
    es: () => import('./locales/es.js'),
    fr: () => import('./locales/fr.js'),
  });

  /** The client and the queue's rendering; nothing loads without an API. */
  private readonly client = new ClientController(this, {
    args: () => [this.apiBase, this.token, undefined],
    locale: () => this.i18n.locale,
    deferred: () => import('./deferred.js'),
    apiOnly: true,
  });

  private readonly requests = new Task(this, {
    // The locale too: the decisions' reasons come worded in it.
    args: () => [this.client.value, this.reloads, this.i18n.locale] as const,
    task: async ([setup], { signal }): Promise<StoredRefund[] | undefined> => {
      if (!setup) return undefined;
      this.working.start();
      try {
        return await setup.client.listRefunds({ signal });
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
  @state() private filter: QueueFilter = 'all';

  /** The sponsor's policy API; reviewing needs it. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** An admin's sign-in (a JWT with role `admin`). */
  @property() token?: string;

  /** Settles once the queue has loaded (or failed to). */
  get loadComplete(): Promise<void> {
    return this.client.settled(this.requests);
  }

  /** What the queue's rendering may call back into. */
  private readonly view: QueueView = {
    draft: (id) => this.draft(id),
    setDraft: (id, patch) => this.setDraft(id, patch),
    decide: (request, decision) => this.decide(request, decision),
    askToApprove: (request) => this.askToApprove(request),
    filter: () => this.filter,
    setFilter: (filter) => {
      this.filter = filter;
    },
  };

  private draft(id: string): Draft {
    return this.drafts[id] ?? { note: '' };
  }

  private setDraft(id: string, patch: Partial<Draft>): void {
    this.drafts = { ...this.drafts, [id]: { ...this.draft(id), ...patch } };
  }

  private reload(): void {
    this.updatedRequests = {};
    this.reloads++;
    // A client that failed to load (its chunk, offline) is tried again too.
    if (this.client.error) void this.client.setup.run();
  }

  /** The note, or (when it is empty) the reason shown under it and focus on it. */
  private async noteFor(request: StoredRefund): Promise<string | undefined> {
    const note = this.draft(request.id).note.trim();
    if (note) return note;
    this.setDraft(request.id, {
      error: this.i18n.t('Write a note: it goes into the audit trail.'),
      confirming: false,
    });
    await this.updateComplete;
    this.renderRoot
      .querySelector<HTMLTextAreaElement>(`#note-${this.client.deferred?.cssId(request.id)}`)
      ?.focus();
    return undefined;
  }

  private async askToApprove(request: StoredRefund): Promise<void> {
    if (this.draft(request.id).sending || !(await this.noteFor(request))) return;
    this.setDraft(request.id, { confirming: true, error: undefined });
    await this.updateComplete;
    const id = this.client.deferred?.cssId(request.id) ?? '';
    this.renderRoot.querySelector<HTMLButtonElement>(`#confirm-${id}-yes`)?.focus();
  }

  private async decide(request: StoredRefund, decision: Decision): Promise<void> {
    const draft = this.draft(request.id);
    const { current: client, deferred: queue } = this.client;
    if (draft.sending || !client || !queue) return;
    const note = await this.noteFor(request);
    if (!note) return;
    this.setDraft(request.id, { sending: decision, error: undefined });
    try {
      const stored = await client.decideRefund(request.id, { decision, note });
      this.updatedRequests = { ...this.updatedRequests, [stored.id]: stored };
      this.drafts = { ...this.drafts, [stored.id]: { note: '' } };
      const { t } = this.i18n;
      this.announcement =
        decision === 'approve'
          ? t('Request {id} approved.', { id: stored.id })
          : t('Request {id} denied.', { id: stored.id });
      this.client.emit('cpe-refund-decided', stored);
    } catch (error) {
      this.setDraft(request.id, {
        sending: undefined,
        error: queue.problemText(this.i18n.t, error),
      });
    }
  }

  override render(): TemplateResult {
    const { t } = this.i18n;
    const pending = this.requests.status === TaskStatus.PENDING;
    return html`
      <div class="root">
        <div class="card">
          <div class="head">
            <h2 class="heading">${t('Refund requests')}</h2>
            <span
              class="working ${this.working.value && pending ? 'shown' : ''}"
              aria-hidden="true"
            >
              ${t('Loading…')}
            </span>
            ${
              this.apiBase
                ? html`<button type="button" class="secondary" @click=${() => this.reload()}>
                    ${t('Refresh')}
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
    const { t } = this.i18n;
    if (!this.apiBase) {
      return html`<p class="notice" part="notice">
        ${t('Reviewing requests needs the sponsor’s policy API: set')}
        <code>${apiBaseAttribute}</code>
        ${t('and an admin token.')}
      </p>`;
    }
    const error =
      this.requests.status === TaskStatus.ERROR ? this.requests.error : this.client.error;
    if (error) {
      if (error instanceof PolicyError && error.isNetwork) {
        warnUnreachable(this.localName, this.apiBase);
      }
      return html`<div class="notice danger" part="notice" role="alert">
        <p>
          ${
            // Not even the queue's module loaded: its words about the problem are missing too.
            this.client.deferred?.problemText(t, error) ?? t('Something went wrong. Try again.')
          }
        </p>
        <button type="button" class="secondary" @click=${() => this.reload()}>
          ${t('Try again')}
        </button>
      </div>`;
    }
    const list = this.requests.value;
    const queue = this.client.deferred;
    if (!list || !queue) return html`<p class="empty">${t('Loading the requests…')}</p>`;
    if (list.length === 0) return html`<p class="empty">${t('No refund requests yet.')}</p>`;
    const shown = list.map((request) => this.updatedRequests[request.id] ?? request);
    return queue.renderQueue(this.i18n, this.view, shown);
  }
}
