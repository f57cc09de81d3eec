/**
 * The status look-up by reference (short or long), and the receipt's reasons in the page's
 * language: API mode only, so it arrives with the client (the lazy chunk) and is made once
 * the element has an API client.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { PolicyError, type PolicyClient } from '../../client/policy-client.js';
import type { Locale } from '../../policy/locale.js';
import type { StoredRefund } from '../../policy/schemas.js';
import type { Words } from '../shared/locale-controller.js';
import { reactiveState } from '../shared/reactive-state.js';
import { outcomeLabel, statusLabel } from '../shared/refund-labels.js';

/** The reference typed (or the one just sent), and its status once asked; asked only on submit. */
export class StatusLookup {
  private readonly state: { reference: string };
  private readonly lookup: Task<
    readonly [PolicyClient | undefined, string],
    StoredRefund | undefined
  >;

  /** The receipt asked for again in another language, by `<id> <locale>`; empty while asked. */
  private readonly reworded = new Map<string, StoredRefund | undefined>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly client: () => PolicyClient | undefined,
  ) {
    this.state = reactiveState(host, { reference: '' });
    this.lookup = new Task(host, {
      autoRun: false,
      args: () => [this.client(), this.state.reference.trim()] as const,
      task: async ([api, reference], { signal }) => {
        if (!api || !reference) return undefined;
        return api.getRefund(reference, { signal });
      },
    });
  }

  /**
   * `stored` with its reasons in `locale`: the API words them (its English too), so a
   * language change after sending asks for the request again, once; until it answers, or if
   * it cannot, the receipt keeps the language it was sent in.
   */
  inLanguage(stored: StoredRefund, locale: Locale): StoredRefund {
    if (stored.decision.reasons.every((reason) => reason.lang === locale)) return stored;
    const key = `${stored.id} ${locale}`;
    if (!this.reworded.has(key)) {
      this.reworded.set(key, undefined);
      void this.client()
        ?.getRefund(stored.id)
        .then(
          (fresh) => {
            this.reworded.set(key, fresh);
            this.host.requestUpdate();
          },
          () => undefined,
        );
    }
    return this.reworded.get(key) ?? stored;
  }

  /** Fills in the reference of the request just sent, ready to look up. */
  fill(reference: string): void {
    this.state.reference = reference;
  }

  render(words: Words): TemplateResult {
    const { lookup, state } = this;
    return renderLookup(words, {
      reference: state.reference,
      found: lookup.status === TaskStatus.COMPLETE ? lookup.value : undefined,
      error: lookup.status === TaskStatus.ERROR ? lookup.error : undefined,
      type: (reference) => (state.reference = reference),
      submit: (event) => {
        event.preventDefault();
        if (state.reference.trim()) void lookup.run();
      },
    });
  }
}

interface LookupView {
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

function renderLookup(
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
