import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { StoredRefund } from '../../policy/schemas.js';
import { ClientController } from '../shared/client-controller.js';
import { LocaleController } from '../shared/locale-controller.js';
import { controls, tokens } from '../shared/tokens.js';
import { styles } from './cpe-refund-review.styles.js';
import type * as Deferred from './deferred.js';

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

  /** Its words, from `lang` on it or around it; Spanish and French load on demand. */
  private readonly i18n = new LocaleController(this, {
    es: () => import('./locales/es.js'),
    fr: () => import('./locales/fr.js'),
  });

  /** The client and the queue's rendering; nothing loads without an API. */
  private readonly client = new ClientController(this, {
    args: () => [this.apiBase, this.token, undefined],
    locale: () => this.i18n.target,
    deferred: () => import('./deferred.js'),
    apiOnly: true,
  });

  /** The requests, loaded and decided: made once the queue's module is here. */
  private queue?: Deferred.ReviewQueue;

  /** The sponsor's policy API; reviewing needs it. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** An admin's sign-in (a JWT with role `admin`). */
  @property() token?: string;

  /** Settles once the queue has loaded (or failed to). */
  get loadComplete(): Promise<void> {
    // The queue, and so its list, exists once the client has settled.
    return this.client
      .settled()
      .then(() => this.client.settled(...(this.queue ? [this.queue.requests] : [])));
  }

  private reload(): void {
    this.queue?.reload();
    // A client that failed to load (its chunk, offline) is tried again too.
    if (this.client.error) void this.client.setup.run();
  }

  protected override willUpdate(): void {
    const chunk = this.client.deferred;
    this.queue ??=
      chunk &&
      new chunk.ReviewQueue(this, {
        client: () => this.client.current,
        t: this.i18n.t,
        locale: () => this.i18n.target,
        decided: (stored) => this.client.emit('cpe-refund-decided', stored),
      });
  }

  override render(): TemplateResult {
    const { t } = this.i18n;
    return html`
      <div class="root">
        <div class="card">
          <div class="head">
            <h2 class="heading">${t('Refund requests')}</h2>
            <span class="working ${this.queue?.busy ? 'shown' : ''}" aria-hidden="true">
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
          <p class="visually-hidden" role="status">${this.queue?.announcement}</p>
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
    const error = this.queue?.error ?? this.client.error;
    if (error) {
      return html`<div class="notice danger" part="notice" role="alert">
        <p>
          ${
            // Not even the queue's module loaded: its words about the problem are missing too.
            this.client.deferred?.loadProblem(t, error, this.localName, this.apiBase) ??
            t('Something went wrong. Try again.')
          }
        </p>
        <button type="button" class="secondary" @click=${() => this.reload()}>
          ${t('Try again')}
        </button>
      </div>`;
    }
    const chunk = this.client.deferred;
    const { queue } = this;
    const list = queue?.list;
    if (!chunk || !queue || !list) {
      return html`<p class="empty">${t('Loading the requests…')}</p>`;
    }
    if (list.length === 0) return html`<p class="empty">${t('No refund requests yet.')}</p>`;
    return chunk.renderQueue(this.i18n, queue, list);
  }
}
