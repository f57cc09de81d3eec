import { LitElement, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ClientController } from '../shared/client-controller.js';
import { controls, tokens } from '../shared/tokens.js';
import { styles } from './cpe-transcript.styles.js';

/**
 * @summary The learner’s certificates by year, credits by field of study and the ICMA annual requirement, with what is still needed and by when.
 *
 * @csspart card - The widget's frame.
 *
 * @cssprop --cpe-color-surface - Background.
 * @cssprop --cpe-color-text - Text colour.
 * @cssprop --cpe-color-danger - Errors.
 * @cssprop --cpe-radius - Corner radius.
 * @cssprop --cpe-space - Base spacing unit.
 * @cssprop --cpe-max-width - Widest the widget grows (default 40rem).
 */
export class CpeTranscript extends LitElement {
  static override styles = [tokens, controls, styles];

  /** The client (the bundled rules, or the API with `api-base`) and deferred.ts, loaded together. */
  private readonly client = new ClientController(this, {
    args: () => [this.apiBase, this.token, undefined],
    deferred: () => import('./deferred.js'),
  });

  /** The sponsor's policy API; without it the bundled rules answer. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** The signed-in person's token (a JWT), sent to the API. */
  @property() token?: string;

  /** Settles once the widget has loaded what it shows (or failed to). */
  get loadComplete(): Promise<void> {
    return this.client.settled();
  }

  override render(): TemplateResult {
    const chunk = this.client.deferred;
    return html`<div class="root">
      <section class="card" part="card" aria-labelledby="title">
        <h2 id="title">Transcript</h2>
        ${
          chunk
            ? chunk.renderBody()
            : this.client.error
              ? html`<p class="notice danger" role="alert">This widget could not load.</p>`
              : html`<p role="status">Loading…</p>`
        }
      </section>
    </div>`;
  }
}
