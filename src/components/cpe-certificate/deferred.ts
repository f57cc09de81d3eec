/**
 * The certificate card's content (RULES.md §6), loaded with the client by
 * `cpe-certificate.ts`'s ClientController so the first load stays small: every fact a
 * certificate of completion carries, its state (revoked, replaced), and the "not yet"
 * answers that say what is still missing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderCreditsTable } from '../shared/credits-table.js';
import type { Reason } from '../../policy/schemas.js';
import { formatCredits, formatDate, formatDateTime } from '../shared/format.js';
import { qrCode } from '../shared/qr-code.js';
import { webLink } from '../shared/web-link.js';
import {
  deliveryMethodLabel,
  type Certificate,
  type CertificateEligibility,
} from '../../policy/certificates.js';

export interface CertificateActions {
  onPdf: () => void;
  onCredential: () => void;
  onCopy: () => void;
  /** Shows another certificate: the one that replaced this. */
  onShow: (id: string) => void;
  /** Local mode: a preview, so nothing can be downloaded from the record. */
  preview: boolean;
}

/** `March 4, 2026` for a calendar day: read as that day wherever the viewer is. */
const day = (date: string): string => formatDate(`${date}T12:00:00Z`, 'UTC');

const item = (label: string, value: unknown): TemplateResult =>
  html`<div>
    <dt>${label}</dt>
    <dd>${value}</dd>
  </div>`;

function renderState(
  certificate: Certificate,
  actions: CertificateActions,
): TemplateResult | typeof nothing {
  if (certificate.status === 'revoked') {
    return html`<div class="notice danger" part="notice">
      <p>
        <strong>This certificate was revoked</strong>${
          certificate.revokedAt ? ` on ${formatDateTime(certificate.revokedAt)}` : ''
        }.
      </p>
      ${certificate.revokedReason ? html`<p>Reason: ${certificate.revokedReason}</p>` : nothing}
      <p>It no longer counts as a record of your credits. Ask the sponsor if you have questions.</p>
    </div>`;
  }
  if (certificate.status === 'superseded') {
    const next = certificate.supersededBy;
    return html`<div class="notice" part="notice">
      <p>
        <strong>This certificate was replaced</strong> by a corrected one: use that one for your
        records.
      </p>
      ${
        next && !actions.preview
          ? html`<button type="button" class="secondary" @click=${() => actions.onShow(next)}>
              Show the corrected certificate
            </button>`
          : nothing
      }
    </div>`;
  }
  return nothing;
}

function renderCredits(certificate: Certificate): TemplateResult {
  const { nasba, icma, byField } = certificate.credits;
  return renderCreditsTable({ byField, nasba, icma, caption: 'Credits by field of study' });
}

function renderActions(
  certificate: Certificate,
  actions: CertificateActions,
): TemplateResult | typeof nothing {
  if (actions.preview) return nothing;
  return html`<div class="actions">
      <button type="button" @click=${actions.onPdf}>Download PDF</button>
      <button type="button" class="secondary" @click=${actions.onCredential}>
        Download credential
      </button>
      <button type="button" class="secondary" @click=${actions.onCopy}>
        Copy verification link
      </button>
    </div>
    <p class="hint">
      The credential is an Open Badges 3.0 file a digital wallet or a board can check by itself.
      ${certificate.status === 'valid' ? '' : 'It will verify as no longer valid.'}
    </p>`;
}

/** The verification page as a link, or as plain text when it is not a web address. */
function verifyLink(url: string): TemplateResult | string {
  const href = webLink(url);
  return href ? html`<a href=${href} rel="noopener">${url}</a>` : url;
}

/** The whole certificate: who completed what, when, for how many credits, from whom. */
export function renderCertificate(
  certificate: Certificate,
  actions: CertificateActions,
): TemplateResult {
  const { sponsor, program } = certificate;
  return html`<div class="body">
    ${renderState(certificate, actions)}
    <p class="lead">
      This certifies that <strong class="name">${certificate.learner.name}</strong> completed
    </p>
    <p class="program-title">${program.title}</p>
    <dl class="facts">
      ${item('Date completed', day(certificate.completedOn))}
      ${item('Delivery method', deliveryMethodLabel(program.deliveryMethod))}
      ${program.location ? item('Location', program.location) : nothing}
      ${item('Credits', `${formatCredits(certificate.credits.nasba)} NASBA · ${formatCredits(certificate.credits.icma)} ICMA`)}
    </dl>
    ${renderCredits(certificate)}
    <p class="statement">${certificate.statement}</p>
    <h3>Sponsor</h3>
    <dl class="facts">
      ${item('Sponsor', sponsor.name)} ${item('Contact', sponsor.contact)}
      ${item('NASBA sponsor id', sponsor.nasbaSponsorId)}
      ${
        sponsor.stateSponsorIds.length
          ? item(
              'State sponsor numbers',
              sponsor.stateSponsorIds.map(({ state, id }) => `${state} ${id}`).join(', '),
            )
          : nothing
      }
      ${item('Verified by', `${sponsor.representative.name}, ${sponsor.representative.title}`)}
    </dl>
    <h3>Verification</h3>
    <div class="verification">
      ${qrCode(certificate.verifyUrl, `QR code of the verification link ${certificate.verifyUrl}`)}
      <dl class="facts">
        ${item('Certificate id', html`<code>${certificate.id}</code>`)}
        ${item('Check it at', verifyLink(certificate.verifyUrl))}
        ${item('Issued', formatDateTime(certificate.issuedAt))}
      </dl>
    </div>
    ${renderActions(certificate, actions)}
  </div>`;
}

const reasonList = (reasons: readonly Reason[]): TemplateResult =>
  html`<ul class="reasons">
    ${reasons.map((reason) => html`<li>${reason.message}</li>`)}
  </ul>`;

/** No certificate (yet): what is still missing, or why there will be none. */
export function renderNotIssued(
  eligibility: Exclude<CertificateEligibility, { status: 'issued' }>,
): TemplateResult {
  if (eligibility.status === 'not-yet') {
    return html`<div class="body notice" part="notice">
      <p><strong>Your certificate is not ready yet.</strong> Still missing:</p>
      ${reasonList(eligibility.missing)}
      <p>It is issued by itself as soon as nothing is missing.</p>
    </div>`;
  }
  return html`<div class="body notice danger" part="notice">
    <p><strong>There is no certificate for this program.</strong></p>
    ${reasonList(eligibility.reasons)}
  </div>`;
}
