/** The status look-up by reference (short or long): rendered from the lazy chunk. */
import { html, nothing, type TemplateResult } from 'lit';
import { PolicyError } from '../../client/policy-client.js';
import type { StoredRefund } from '../../policy/schemas.js';
import { outcomeLabel, statusLabel } from './refund-words.js';

export interface LookupView {
  reference: string;
  found: StoredRefund | undefined;
  error: unknown;
  type: (reference: string) => void;
  submit: (event: Event) => void;
}

function lookupError(error: unknown): string {
  if (error instanceof PolicyError && error.status === 404) {
    return 'No request with that reference is on record for you.';
  }
  return error instanceof PolicyError && error.isNetwork
    ? 'The sponsor’s system could not be reached. Try again in a moment.'
    : 'The status could not be found.';
}

export function renderLookup({
  reference,
  found,
  error,
  type,
  submit,
}: LookupView): TemplateResult {
  const note = found?.audit.at(-1)?.note;
  return html`
    <section part="status" class="lookup no-print" aria-labelledby="lookup-heading">
      <h3 id="lookup-heading" class="subheading">Check a request’s status</h3>
      <form class="lookup-form" @submit=${submit}>
        <div class="field">
          <label for="reference">Reference</label>
          <p class="hint" id="reference-hint">Such as R-7KQ-4MX, from your receipt.</p>
          <input
            id="reference"
            autocomplete="off"
            aria-describedby="reference-hint"
            .value=${reference}
            @input=${(event: Event) => type((event.target as HTMLInputElement).value)}
          />
        </div>
        <button type="submit" class="secondary">Look up</button>
      </form>
      <div role="status" aria-live="polite">
        ${
          found
            ? html`<p class="lookup-result">
                ${found.reference ?? found.id}: <strong>${statusLabel(found.status)}</strong> ·
                ${outcomeLabel(found.decision)} ${note ? html`<br />Note: ${note}` : nothing}
              </p>`
            : nothing
        }
        ${error ? html`<p class="error">${lookupError(error)}</p>` : nothing}
      </div>
    </section>
  `;
}
