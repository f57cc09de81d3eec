/** The status look-up by reference (short or long): rendered from the lazy chunk. */
import { html, nothing, type TemplateResult } from 'lit';
import { PolicyError } from '../../client/policy-client.js';
import type { StoredRefund } from '../../policy/schemas.js';
import type { Words } from '../shared/locale-controller.js';
import { outcomeLabel, statusLabel } from '../shared/refund-labels.js';

export interface LookupView {
  reference: string;
  found: StoredRefund | undefined;
  error: unknown;
  type: (reference: string) => void;
  submit: (event: Event) => void;
}

function lookupError({ t }: Words, error: unknown): string {
  if (error instanceof PolicyError && error.status === 404) {
    return t('No request with that reference is on record for you.');
  }
  return error instanceof PolicyError && error.isNetwork
    ? t('The sponsor’s system could not be reached. Try again in a moment.')
    : t('The status could not be found.');
}

export function renderLookup(
  words: Words,
  { reference, found, error, type, submit }: LookupView,
): TemplateResult {
  const { t } = words;
  const note = found?.audit.at(-1)?.note;
  return html`
    <section part="status" class="lookup no-print" aria-labelledby="lookup-heading">
      <h3 id="lookup-heading" class="subheading">${t('Check a request’s status')}</h3>
      <form class="lookup-form" @submit=${submit}>
        <div class="field">
          <label for="reference">${t('Reference')}</label>
          <p class="hint" id="reference-hint">${t('Such as R-7KQ-4MX, from your receipt.')}</p>
          <input
            id="reference"
            autocomplete="off"
            aria-describedby="reference-hint"
            .value=${reference}
            @input=${(event: Event) => type((event.target as HTMLInputElement).value)}
          />
        </div>
        <button type="submit" class="secondary">${t('Look up')}</button>
      </form>
      <div role="status" aria-live="polite">
        ${
          found
            ? html`<p class="lookup-result">
                ${found.reference ?? found.id}:
                <strong>${statusLabel(words, found.status)}</strong> ·
                ${outcomeLabel(words, found.decision)}
                ${note ? html`<br />${t('Note: {note}', { note })}` : nothing}
              </p>`
            : nothing
        }
        ${error ? html`<p class="error">${lookupError(words, error)}</p>` : nothing}
      </div>
    </section>
  `;
}
