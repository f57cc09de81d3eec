/**
 * What the widget needs only after its first render: a chunk of its own, loaded with the
 * client by `cpe-certificate.ts`'s ClientController, so it stays out of the first load.
 */
import { html, type TemplateResult } from 'lit';

export function renderBody(): TemplateResult {
  return html`<p class="body">
    The learner’s certificate of completion for a program: view it, download the PDF and the
    credential, copy the verification link, or see what is still missing.
  </p>`;
}
