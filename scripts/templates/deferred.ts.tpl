/**
 * What the widget needs only after its first render: a chunk of its own, loaded with the
 * client by `{{tag}}.ts`'s ClientController, so it stays out of the first load.
 */
import { html, type TemplateResult } from 'lit';

export function renderBody(): TemplateResult {
  return html`<p class="body">{{summary}}</p>`;
}
