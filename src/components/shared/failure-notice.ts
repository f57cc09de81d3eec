import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from './locale-controller.js';

/** Why a widget could not show its record, with a Retry where there is an API to ask again. */
export const failureNotice = (
  t: Translate,
  text: string,
  retry: (() => void) | undefined,
): TemplateResult =>
  html`<div class="notice danger" part="notice" role="alert">
    <p>${text}</p>
    ${
      retry
        ? html`<button type="button" class="secondary" @click=${retry}>${t('Retry')}</button>`
        : nothing
    }
  </div>`;
