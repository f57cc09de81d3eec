import { LitElement, html, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { controls, tokens } from '../shared/tokens.js';
import { styles } from './{{tag}}.styles.js';

/**
 * @summary {{summary}}
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
export class {{className}} extends LitElement {
  static override styles = [tokens, controls, styles];

  /** The part of the widget that waits until after the first render (deferred.ts). */
  private readonly deferred = new Task(this, {
    args: () => [] as const,
    task: () => import('./deferred.js'),
  });

  override render(): TemplateResult {
    return html`<div class="root">
      <section class="card" part="card" aria-labelledby="title">
        <h2 id="title">{{title}}</h2>
        ${this.deferred.render({
          pending: () => html`<p role="status">Loading…</p>`,
          error: () => html`<p class="notice danger" role="alert">This widget could not load.</p>`,
          complete: (chunk) => chunk.renderBody(),
        })}
      </section>
    </div>`;
  }
}
