/**
 * What the widget needs only after its first render: a chunk of its own, loaded with the
 * client by `cpe-transcript.ts`'s ClientController, so it stays out of the first load.
 */
import { html, type TemplateResult } from 'lit';

export function renderBody(): TemplateResult {
  return html`<p class="body">
    The learner’s certificates by year, credits by field of study and the ICMA annual requirement,
    with what is still needed and by when.
  </p>`;
}
