import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { Certificate } from '../../policy/certificates.js';
import type { PolicyDocument } from '../../policy/policy.js';
import { ClientController } from '../shared/client-controller.js';
import { DelayedFlag } from '../shared/delayed-flag.js';
import { LocaleController } from '../shared/locale-controller.js';
import { controls, tokens } from '../shared/tokens.js';
import { problemNotice } from '../shared/failure-notice.js';
import { styles } from './cpe-transcript.styles.js';
import type { Completion } from './deferred.js';

/** The viewer's calendar day as `YYYY-MM-DD` (the Canadian English format is ISO). */
const today = (): string => new Intl.DateTimeFormat('en-CA').format(new Date(Date.now()));

/** A calendar year the engine works with (a wrong attribute is NaN or out of range). */
const validYear = (year: number | undefined): year is number =>
  Number.isInteger(year) && year! >= 1970 && year! <= 9999;

/**
 * The learner's transcript: their certificates by year, the credits of the year shown by
 * field of study and in ethics, and the ICMA annual requirement (RULES.md §5: 30 credits a
 * year with 2 in ethics, up to 10 carried forward, a shortfall owed the next year) drawn as
 * two bars, with what is still needed and by when, and the same facts as text. With
 * `api-base` and a learner's `token` it reads the learner's certificates of record; without
 * an API it shows the `completions` property. Either way it exports a CSV.
 *
 * @summary The learner’s certificates by year, credits by field of study and the ICMA annual requirement, with what is still needed and by when.
 *
 * @csspart card - The widget's frame.
 * @csspart notice - Sign-in, unreachable and local-mode notices.
 *
 * @cssprop --cpe-color-accent - The credits earned in the year, buttons and focus ring.
 * @cssprop --cpe-color-success - Credits carried forward and a met requirement.
 * @cssprop --cpe-color-surface - Background.
 * @cssprop --cpe-color-text - Text colour.
 * @cssprop --cpe-color-muted - Fine print.
 * @cssprop --cpe-color-danger - Errors.
 * @cssprop --cpe-radius - Corner radius.
 * @cssprop --cpe-space - Base spacing unit.
 * @cssprop --cpe-max-width - Widest the widget grows (default 40rem).
 */
export class CpeTranscript extends LitElement {
  static override styles = [tokens, controls, styles];

  private readonly working = new DelayedFlag(this);

  /** Its words, from `lang` on it or around it; Spanish and French load on demand. */
  private readonly i18n = new LocaleController(this, {
    es: () => import('./locales/es.js'),
    fr: () => import('./locales/fr.js'),
  });

  /** The client (the bundled rules, or the API with `api-base`) and deferred.ts, loaded together. */
  private readonly client = new ClientController(this, {
    args: () => [this.apiBase, this.token, this.policy],
    locale: () => this.i18n.target,
    deferred: () => import('./deferred.js'),
    resolvePolicy: true,
  });

  private readonly loaded = new Task(this, {
    args: () => [this.client.value, this.completions, this.reloads] as const,
    task: async ([setup, local], { signal }): Promise<readonly Completion[] | undefined> => {
      if (!setup) return undefined;
      if (setup.client.mode === 'local') return local ?? [];
      this.working.start();
      try {
        // Every page: the requirement needs every year's credits, not the first hundred.
        const certificates: Certificate[] = [];
        let cursor: string | undefined;
        do {
          const page = await setup.client.listCertificates(cursor ? { cursor } : {}, { signal });
          certificates.push(...page.items);
          cursor = page.nextCursor;
        } while (cursor);
        // Revoked and replaced certificates count for nothing; the valid one stands.
        return certificates.filter((certificate) => certificate.status === 'valid');
      } finally {
        this.working.stop();
      }
    },
  });

  @state() private reloads = 0;

  /** The sponsor's policy API; without it the transcript shows the `completions` property. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** The learner's token (a JWT): API mode reads that learner's certificates. */
  @property() token?: string;

  /** The calendar year the requirement and the field totals are for (default: this year). */
  @property({ type: Number }) year?: number;

  /**
   * The year the learner became a CMA: the requirement starts the year after. Without it,
   * the years are worked out from the first one with a certificate, nothing carried in.
   */
  @property({ type: Number, attribute: 'certified-year' }) certifiedYear?: number;

  /**
   * Local mode: the programs completed, each shaped like a certificate of the API
   * (`program.title`, `completedOn` as `YYYY-MM-DD`, `credits: { nasba, icma, byField }`).
   */
  @property({ attribute: false }) completions?: readonly Completion[];

  /** The policy whose ICMA figures apply; else the API's, else the preset. */
  @property({ attribute: false }) policy?: PolicyDocument;

  /** Settles once the transcript has loaded its certificates (or failed to). */
  get loadComplete(): Promise<void> {
    return this.client.settled(this.loaded);
  }

  private readonly onYear = (year: number): void => {
    this.year = year;
  };

  private readonly onExport = (): void => {
    const completions = this.loaded.value;
    if (completions) this.client.deferred?.downloadTranscript(completions);
  };

  private retry(): void {
    if (this.client.error) void this.client.setup.run();
    this.reloads++;
  }

  override render(): TemplateResult {
    return html`<div class="root">
      <section class="card" part="card" aria-labelledby="title">
        <h2 id="title">${this.i18n.t('Your CPE transcript')}</h2>
        ${this.renderBody()}
      </section>
    </div>`;
  }

  private renderBody(): TemplateResult {
    const { t } = this.i18n;
    const error = this.loaded.status === TaskStatus.ERROR ? this.loaded.error : this.client.error;
    const { deferred: chunk, policy } = this.client;
    if (error) {
      return problemNotice(this.i18n, chunk, error, {
        tag: this.localName,
        apiBase: this.apiBase,
        retry: () => this.retry(),
      });
    }
    const completions = this.loaded.value;
    if (!chunk || !policy || !completions) {
      return html`<p class="working ${this.working.value ? 'shown' : ''}" role="status">
        ${t('Loading…')}
      </p>`;
    }
    const year = this.year ?? Number(today().slice(0, 4));
    if (!validYear(year)) {
      return html`<p class="notice danger" part="notice" role="alert">
        ${t('The year must be a whole year such as 2026.')}
      </p>`;
    }
    return html`${
      this.client.isEstimate
        ? html`<p class="notice" part="notice">
            ${t(
              'Worked out on this page from the programs listed: not the sponsor’s official record.',
            )}
          </p>`
        : nothing
    }
    ${chunk.renderTranscript(this.i18n, {
      completions,
      year,
      certifiedYear: validYear(this.certifiedYear) ? this.certifiedYear : undefined,
      policy,
      today: today(),
      onYear: this.onYear,
      onExport: this.onExport,
    })}`;
  }
}
