import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { PolicyDocument } from '../../policy/policy.js';
import { ClientController } from '../shared/client-controller.js';
import { DelayedFlag } from '../shared/delayed-flag.js';
import { LocaleController } from '../shared/locale-controller.js';
import { controls, tokens } from '../shared/tokens.js';
import { problemNotice } from '../shared/failure-notice.js';
import { styles } from './cpe-program-details.styles.js';
import type { LocalProgram, ShownProgram } from './deferred.js';

/** `detail` of `cpe-program-loaded`: the program as shown. */
export type ProgramLoadedDetail = ShownProgram;

/**
 * The NASBA disclosure a learner reads before enrolling (RULES.md §6): objectives, delivery
 * method, knowledge level, credits by field of study, prerequisites, instructors, sessions,
 * price, the refund and complaint policies in plain words, and the sponsor's ids. With
 * `api-base` and `program-id` it shows the published program of record; without an API it
 * shows the `program` property (marked as not from the sponsor's records).
 *
 * @summary The disclosure a learner reads before enrolling: objectives, credits by field of study, sessions, price, refund and complaint policies, sponsor ids.
 *
 * @fires cpe-program-loaded - The card has a program to show (detail: the program).
 *
 * @csspart card - The widget's frame.
 * @csspart notice - Not found, unreachable and local-mode notices.
 *
 * @cssprop --cpe-color-surface - Background.
 * @cssprop --cpe-color-text - Text colour.
 * @cssprop --cpe-color-muted - Fine print.
 * @cssprop --cpe-color-danger - Errors.
 * @cssprop --cpe-radius - Corner radius.
 * @cssprop --cpe-space - Base spacing unit.
 * @cssprop --cpe-max-width - Widest the widget grows (default 40rem).
 */
export class CpeProgramDetails extends LitElement {
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
    args: () =>
      [this.client.value, this.programId, this.version, this.program, this.reloads] as const,
    task: async ([setup, id, version, local], { signal }) => {
      if (!setup) return undefined;
      let shown: ShownProgram;
      if (setup.client.mode === 'api') {
        if (!id) return undefined;
        this.working.start();
        try {
          const [program, events] = await Promise.all([
            setup.client.getProgram(id, { signal, ...(version !== undefined ? { version } : {}) }),
            setup.client.programEvents(id, { signal }),
          ]);
          shown = { ...program, events };
        } finally {
          this.working.stop();
        }
      } else {
        if (!local || !setup.policy) return undefined;
        const worked = setup.deferred.workOut(local, setup.policy);
        if (!worked.ok) throw new Error(worked.message);
        shown = worked.program;
      }
      this.client.emit('cpe-program-loaded', shown);
      return shown;
    },
  });

  @state() private reloads = 0;

  /** The sponsor's policy API; without it the card shows the `program` property. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** The signed-in person's token (a JWT); admins also read drafts. */
  @property() token?: string;

  /** API mode: the program to show (its newest published version), with its events as sessions. */
  @property({ attribute: 'program-id' }) programId?: string;

  /** API mode: an older version of the program to show instead of the newest. */
  @property({ type: Number }) version?: number;

  /**
   * Local mode: the program, shaped like the API's answer, or a `ProgramInput` whose credits
   * the card works out with the engine (group methods from its `events`, which also list the
   * sessions).
   */
  @property({ attribute: false }) program?: LocalProgram;

  /** The policy whose refund, complaint and sponsor terms apply; else the API's, else the preset. */
  @property({ attribute: false }) policy?: PolicyDocument;

  /** Settles once the card has loaded its program (or failed to). */
  get loadComplete(): Promise<void> {
    return this.client.settled(this.loaded);
  }

  private retry(): void {
    // A client that failed to load (its chunk, offline) is tried again too.
    if (this.client.error) void this.client.setup.run();
    this.reloads++;
  }

  override render(): TemplateResult {
    const program = this.loaded.value;
    return html`<div class="root">
      <article class="card" part="card" aria-labelledby="title">
        <h2 id="title">${program?.title ?? this.i18n.t('Program details')}</h2>
        ${this.renderBody(program)}
      </article>
    </div>`;
  }

  private renderBody(program: ShownProgram | undefined): TemplateResult | typeof nothing {
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
    if (program && chunk && policy) {
      return html`${
        this.client.isEstimate
          ? html`<p class="notice" part="notice">
              ${t('A preview on this page: not read from the sponsor’s records.')}
            </p>`
          : nothing
      }
      ${chunk.renderProgram(this.i18n, program, policy)}`;
    }
    if (this.loaded.status === TaskStatus.PENDING || !this.client.ready) {
      return html`<p class="working ${this.working.value ? 'shown' : ''}" role="status">
        ${t('Loading…')}
      </p>`;
    }
    return html`<p class="notice" part="notice">
      ${
        this.apiBase
          ? t('Set program-id to show a program.')
          : t('Set the program property to show a program.')
      }
    </p>`;
  }
}
