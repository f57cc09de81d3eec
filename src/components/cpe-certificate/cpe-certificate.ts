import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { Certificate, CertificateEligibility } from '../../policy/certificates.js';
import { ClientController } from '../shared/client-controller.js';
import { DelayedFlag } from '../shared/delayed-flag.js';
import { LocaleController } from '../shared/locale-controller.js';
import { controls, tokens } from '../shared/tokens.js';
import { problemNotice } from '../shared/failure-notice.js';
import { styles } from './cpe-certificate.styles.js';
import type * as Deferred from './deferred.js';

/** `detail` of `cpe-certificate-loaded`: the certificate shown. */
export type CertificateLoadedDetail = Certificate;

/** What the card shows: a certificate, or the answer that there is none (yet). */
type Shown =
  | { status: 'issued'; certificate: Certificate }
  | Exclude<CertificateEligibility, { status: 'issued' }>;

/**
 * The learner's certificate of completion (RULES.md §6): who completed which program, when,
 * how, for how many credits by field of study (NASBA and ICMA), the sponsor's ids and
 * representative, the 50-minute statement, and how to verify it. The learner downloads the
 * PDF and the Open Badges 3.0 credential (fetched with their token, never a link carrying
 * it) and copies the verification link. With `program-id` it shows the learner's valid
 * certificate for that program, or says what is still missing; with `certificate-id`, that
 * certificate, revoked or replaced ones included. Without an API, the `certificate`
 * property is shown as a preview.
 *
 * @summary The learner’s certificate of completion for a program: view it, download the PDF and the credential, copy the verification link, or see what is still missing.
 *
 * @fires cpe-certificate-loaded - The card has a certificate to show (detail: the certificate).
 *
 * @csspart card - The widget's frame.
 * @csspart notice - Not yet, revoked, replaced, sign-in and unreachable notices.
 * @csspart qr - The QR code of the verification link.
 *
 * @cssprop --cpe-color-accent - Buttons, links and the focus ring.
 * @cssprop --cpe-color-surface - Background.
 * @cssprop --cpe-color-text - Text colour.
 * @cssprop --cpe-color-muted - Labels and fine print.
 * @cssprop --cpe-color-warning - The not-yet notice.
 * @cssprop --cpe-color-danger - Revoked and error notices.
 * @cssprop --cpe-radius - Corner radius.
 * @cssprop --cpe-space - Base spacing unit.
 * @cssprop --cpe-max-width - Widest the widget grows (default 40rem).
 */
export class CpeCertificate extends LitElement {
  static override styles = [tokens, controls, styles];

  private readonly working = new DelayedFlag(this);

  /** Its words, from `lang` on it or around it; Spanish and French load on demand. */
  private readonly i18n = new LocaleController(this, {
    es: () => import('./locales/es.js'),
    fr: () => import('./locales/fr.js'),
  });

  /** The client (the API with `api-base`, else a preview) and deferred.ts, loaded together. */
  private readonly client = new ClientController(this, {
    args: () => [this.apiBase, this.token, undefined],
    locale: () => this.i18n.target,
    deferred: () => import('./deferred.js'),
  });

  private readonly loaded = new Task(this, {
    args: () =>
      [
        this.client.value,
        this.certificateId,
        this.programId,
        this.certificate,
        this.reloads,
        this.i18n.target,
      ] as const,
    task: async ([setup, certificateId, programId, local], { signal }) => {
      if (!setup) return undefined;
      let shown: Shown;
      if (setup.client.mode === 'local') {
        if (!local) return undefined;
        shown = { status: 'issued', certificate: local };
      } else if (certificateId || programId) {
        this.working.start();
        try {
          const { client } = setup;
          shown = certificateId
            ? {
                status: 'issued',
                certificate: await client.getCertificate(certificateId, { signal }),
              }
            : await client.certificateStatus(programId!, { signal });
        } finally {
          this.working.stop();
        }
      } else {
        return undefined;
      }
      if (shown.status === 'issued') this.client.emit('cpe-certificate-loaded', shown.certificate);
      return shown;
    },
  });

  @state() private reloads = 0;

  /** The PDF, the credential and the link, with what the live region says of them. */
  private downloads?: Deferred.CertificateDownloads;

  /** The sponsor's policy API; without it the card previews the `certificate` property. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** The learner's token (a JWT); the API shows a learner only their own certificates. */
  @property() token?: string;

  /** API mode: the program whose certificate to show (the learner's valid one, or what is missing). */
  @property({ attribute: 'program-id' }) programId?: string;

  /** API mode: one certificate by its id (takes precedence over `program-id`). */
  @property({ attribute: 'certificate-id' }) certificateId?: string;

  /** Local mode: a certificate shaped like the API's, shown as a preview. */
  @property({ attribute: false }) certificate?: Certificate;

  /** Settles once the card has loaded its certificate (or failed to). */
  get loadComplete(): Promise<void> {
    return this.client.settled(this.loaded);
  }

  private readonly onShow = (id: string): void => {
    this.certificateId = id;
  };

  private retry(): void {
    if (this.client.error) void this.client.setup.run();
    this.reloads++;
  }

  protected override willUpdate(): void {
    const chunk = this.client.deferred;
    this.downloads ??=
      chunk && new chunk.CertificateDownloads(this, () => this.client.current, this.i18n.t);
  }

  override render(): TemplateResult {
    return html`<div class="root">
      <article class="card" part="card" aria-labelledby="title">
        <h2 id="title">${this.i18n.t('Certificate of completion')}</h2>
        ${this.renderBody()}
        <p class="message" role="status">${this.downloads?.message}</p>
      </article>
    </div>`;
  }

  private renderBody(): TemplateResult {
    const { t } = this.i18n;
    const error = this.loaded.status === TaskStatus.ERROR ? this.loaded.error : this.client.error;
    const chunk = this.client.deferred;
    if (error) {
      return problemNotice(this.i18n, chunk, error, {
        tag: this.localName,
        apiBase: this.apiBase,
        retry: () => this.retry(),
      });
    }
    const shown = this.loaded.value;
    const { downloads } = this;
    if (chunk && shown && downloads) {
      if (shown.status !== 'issued') return chunk.renderNotIssued(this.i18n, shown);
      const preview = this.client.isEstimate;
      return html`${
        preview
          ? html`<p class="notice" part="notice">
              ${t('A preview on this page: not a certificate of record.')}
            </p>`
          : nothing
      }
      ${chunk.renderCertificate(this.i18n, shown.certificate, {
        downloads,
        onShow: this.onShow,
        preview,
      })}`;
    }
    if (this.loaded.status === TaskStatus.PENDING || !this.client.ready) {
      return html`<p class="working ${this.working.value ? 'shown' : ''}" role="status">
        ${t('Loading…')}
      </p>`;
    }
    return html`<p class="notice" part="notice">
      ${
        this.apiBase
          ? t('Set program-id or certificate-id to show a certificate.')
          : t('Set the certificate property to preview a certificate.')
      }
    </p>`;
  }
}
