/**
 * The certificate card's content (RULES.md §6), loaded with the client by
 * `cpe-certificate.ts`'s ClientController so the first load stays small: every fact a
 * certificate of completion carries, its state (revoked, replaced), and the "not yet"
 * answers that say what is still missing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { PolicyError } from '../../client/policy-client.js';
import { renderCreditsTable } from '../shared/credits-table.js';
import type { Reason } from '../../policy/schemas.js';
import { deliveryMethodNames } from '../shared/delivery-methods.js';
import { formatCredits } from '../../policy/locale.js';
import { formatDate, formatDateTime } from '../shared/format.js';
import type { Words } from '../shared/locale-controller.js';
import { qrCode } from '../shared/qr-code.js';
import { webLink } from '../shared/web-link.js';
import { failureNotice, type ProblemView } from '../shared/failure-notice.js';
import { unreachableSentence, warnUnreachable } from '../shared/unreachable.js';
import type { Certificate, CertificateEligibility } from '../../policy/certificates.js';
import type { CertificateDownloads } from './downloads.js';

export { CertificateDownloads } from './downloads.js';
export { styles } from './deferred.styles.js';

export interface CertificateActions {
  /** Downloading the PDF or the credential, copying the link. */
  downloads: CertificateDownloads;
  /** Shows another certificate: the one that replaced this. */
  onShow: (id: string) => void;
  /** Local mode: a preview, so nothing can be downloaded from the record. */
  preview: boolean;
}

/** `March 4, 2026` for a calendar day: read as that day wherever the viewer is. */
const day = (date: string, intl: string): string => formatDate(`${date}T12:00:00Z`, 'UTC', intl);

const item = (label: string, value: unknown): TemplateResult =>
  html`<div>
    <dt>${label}</dt>
    <dd>${value}</dd>
  </div>`;

function renderState(
  { t, intl }: Words,
  certificate: Certificate,
  actions: CertificateActions,
): TemplateResult | typeof nothing {
  if (certificate.status === 'revoked') {
    const { revokedAt, revokedReason } = certificate;
    return html`<div class="notice danger" part="notice">
      <p>
        <strong>${t('This certificate was revoked')}</strong>${
          revokedAt ? t(' on {date}', { date: formatDateTime(revokedAt, undefined, intl) }) : ''
        }.
      </p>
      ${revokedReason ? html`<p>${t('Reason: {reason}', { reason: revokedReason })}</p>` : nothing}
      <p>
        ${t(
          'It no longer counts as a record of your credits. Ask the sponsor if you have questions.',
        )}
      </p>
    </div>`;
  }
  if (certificate.status === 'superseded') {
    const next = certificate.supersededBy;
    return html`<div class="notice" part="notice">
      <p>
        <strong>${t('This certificate was replaced')}</strong>
        ${t('by a corrected one: use that one for your records.')}
      </p>
      ${
        next && !actions.preview
          ? html`<button type="button" class="secondary" @click=${() => actions.onShow(next)}>
              ${t('Show the corrected certificate')}
            </button>`
          : nothing
      }
    </div>`;
  }
  return nothing;
}

function renderCredits(words: Words, certificate: Certificate): TemplateResult {
  const { nasba, icma, byField } = certificate.credits;
  const caption = words.t('Credits by field of study');
  return renderCreditsTable(words, { byField, nasba, icma, caption });
}

function renderActions(
  { t }: Words,
  certificate: Certificate,
  actions: CertificateActions,
): TemplateResult | typeof nothing {
  if (actions.preview) return nothing;
  const { downloads } = actions;
  return html`<div class="actions">
      <button type="button" @click=${() => downloads.pdf(certificate)}>${t('Download PDF')}</button>
      <button type="button" class="secondary" @click=${() => downloads.credential(certificate)}>
        ${t('Download credential')}
      </button>
      <button type="button" class="secondary" @click=${() => downloads.copy(certificate)}>
        ${t('Copy verification link')}
      </button>
    </div>
    <p class="hint">
      ${t(
        'The credential is an Open Badges 3.0 file a digital wallet or a board can check by itself.',
      )}
      ${certificate.status === 'valid' ? '' : t('It will verify as no longer valid.')}
    </p>`;
}

/** The verification page as a link, or as plain text when it is not a web address. */
function verifyLink(url: string): TemplateResult | string {
  const href = webLink(url);
  return href ? html`<a href=${href} rel="noopener">${url}</a>` : url;
}

/**
 * The whole certificate: who completed what, when, for how many credits, from whom. The
 * 50-minute statement is the record's own wording, as its PDF prints it.
 */
export function renderCertificate(
  words: Words,
  certificate: Certificate,
  actions: CertificateActions,
): TemplateResult {
  const { t, intl, locale } = words;
  const { sponsor, program, credits, verifyUrl } = certificate;
  const both = `${formatCredits(locale, credits.nasba)} NASBA · ${formatCredits(locale, credits.icma)} ICMA`;
  return html`<div class="body">
    ${renderState(words, certificate, actions)}
    <p class="lead">
      ${t('This certifies that')} <strong class="name">${certificate.learner.name}</strong>
      ${t('completed')}
    </p>
    <p class="program-title">${program.title}</p>
    <dl class="facts">
      ${item(t('Date completed'), day(certificate.completedOn, intl))}
      ${item(t('Delivery method'), deliveryMethodNames(t)[program.deliveryMethod])}
      ${program.location ? item(t('Location'), program.location) : nothing}
      ${item(t('Credits'), both)}
    </dl>
    ${renderCredits(words, certificate)}
    <p class="statement">${certificate.statement}</p>
    <h3>${t('Sponsor')}</h3>
    <dl class="facts">
      ${item(t('Sponsor'), sponsor.name)} ${item(t('Contact'), sponsor.contact)}
      ${item(t('NASBA sponsor id'), sponsor.nasbaSponsorId)}
      ${
        sponsor.stateSponsorIds.length
          ? item(
              t('State sponsor numbers'),
              sponsor.stateSponsorIds.map(({ state, id }) => `${state} ${id}`).join(', '),
            )
          : nothing
      }
      ${item(t('Verified by'), `${sponsor.representative.name}, ${sponsor.representative.title}`)}
    </dl>
    <h3>${t('Verification')}</h3>
    <div class="verification">
      ${qrCode(verifyUrl, t('QR code of the verification link {url}', { url: verifyUrl }))}
      <dl class="facts">
        ${item(t('Certificate id'), html`<code>${certificate.id}</code>`)}
        ${item(t('Check it at'), verifyLink(verifyUrl))}
        ${item(t('Issued'), formatDateTime(certificate.issuedAt, undefined, intl))}
      </dl>
    </div>
    ${renderActions(words, certificate, actions)}
  </div>`;
}

const reasonList = (words: Words, reasons: readonly Reason[]): TemplateResult =>
  html`<ul class="reasons">
    ${reasons.map((reason) => html`<li>${reason.message}</li>`)}
  </ul>`;

/** No certificate (yet): what is still missing, or why there will be none. */
export function renderNotIssued(
  words: Words,
  eligibility: Exclude<CertificateEligibility, { status: 'issued' }>,
): TemplateResult {
  const { t } = words;
  if (eligibility.status === 'not-yet') {
    return html`<div class="body notice" part="notice">
      <p><strong>${t('Your certificate is not ready yet.')}</strong> ${t('Still missing:')}</p>
      ${reasonList(words, eligibility.missing)}
      <p>${t('It is issued by itself as soon as nothing is missing.')}</p>
    </div>`;
  }
  return html`<div class="body notice danger" part="notice">
    <p><strong>${t('There is no certificate for this program.')}</strong></p>
    ${reasonList(words, eligibility.reasons)}
  </div>`;
}

/** Why no certificate shows; an API that did not answer also tells the author what to check. */
export function renderProblem({ t }: Words, error: unknown, view: ProblemView): TemplateResult {
  const status = error instanceof PolicyError ? error.status : undefined;
  if (status === 404) {
    return html`<p class="notice danger" part="notice" role="alert">
      ${t('This certificate is not available.')}
    </p>`;
  }
  const network = error instanceof PolicyError && error.isNetwork;
  if (network && view.apiBase) warnUnreachable(view.tag, view.apiBase);
  const text = network
    ? unreachableSentence(t)
    : status === 401
      ? t('Sign in to see your certificate.')
      : error instanceof PolicyError
        ? t('Your certificate could not be shown: {why}', { why: error.message })
        : t('Something went wrong. Try again.');
  return failureNotice(t, text, view.apiBase ? view.retry : undefined);
}
