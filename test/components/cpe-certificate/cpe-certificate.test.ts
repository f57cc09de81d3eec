import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/cpe-certificate/define.js';
import { CpeCertificate } from '../../../src/components/cpe-certificate/cpe-certificate.js';
import type { Certificate } from '../../../src/policy/certificates.js';
import { sampleCertificate as sample } from './sample-certificate.js';
import {
  call,
  certificatesOf,
  completeSelfStudy,
  createEvent,
  createProgram,
  enroll,
  newSpace,
  requestsTo,
  revokeCertificate,
  setLine,
  token,
} from '../api-space.js';

const root = (el: CpeCertificate): ShadowRoot => el.shadowRoot!;
const text = (el: Element | ShadowRoot | null | undefined): string =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function preview(certificate: Certificate = sample): Promise<CpeCertificate> {
  const el = await fixture<CpeCertificate>(
    html`<cpe-certificate .certificate=${certificate}></cpe-certificate>`,
  );
  await el.loadComplete;
  return el;
}

describe('<cpe-certificate>', () => {
  describe('accessibility', () => {
    it('passes axe with a certificate', async () => {
      const el = await preview();
      await expect(el).to.be.accessible();
    });

    it('passes axe with a revoked certificate', async () => {
      const el = await preview({
        ...sample,
        status: 'revoked',
        revokedAt: '2026-06-01T12:00:00Z',
        revokedReason: 'Attendance record corrected',
      });
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('is defined by its define file', () => {
      expect(document.createElement('cpe-certificate')).to.be.instanceOf(CpeCertificate);
    });

    it('asks for a certificate when it has none', async () => {
      const el = await fixture<CpeCertificate>(html`<cpe-certificate></cpe-certificate>`);
      await el.loadComplete;
      expect(text(root(el).querySelector('[part=notice]'))).to.equal(
        'Set the certificate property to preview a certificate.',
      );
    });
  });

  describe('the certificate', () => {
    it('shows every fact a certificate of completion carries (RULES.md §6)', async () => {
      const card = text(root(await preview()).querySelector('.card'));
      for (const fact of [
        'Example CPE Sponsor',
        'cpe@example.org, 800-555-0100',
        'Ada Lovelace',
        'Audit Update 2026',
        'May 4, 2026',
        'Chicago, IL',
        'Group live',
        'Auditing 1.2',
        'Regulatory Ethics 0.8',
        'Total (NASBA) 2.0',
        'Total (ICMA) 2.0',
        'NASBA sponsor id 103004',
        'Texas 000028',
        'CPE credits have been granted based on a 50-minute hour.',
        'Grace Hopper, Director of Education',
        'q9Yc2vR4TQ-7m1s0bXk3aw',
        'https://cpe.example.org/verify/q9Yc2vR4TQ-7m1s0bXk3aw',
      ]) {
        expect(card).to.contain(fact);
      }
    });

    it('links the verification page', async () => {
      const el = await preview();
      const link = root(el).querySelector<HTMLAnchorElement>('a[href*="/verify/"]')!;
      expect(link.href).to.equal(sample.verifyUrl);
    });

    it('draws the verification link as a QR code, named for screen readers', async () => {
      const el = await preview();
      const qr = root(el).querySelector('svg.qr')!;
      expect(qr.getAttribute('role')).to.equal('img');
      expect(qr.getAttribute('aria-label')).to.contain(sample.verifyUrl);
      expect(qr.querySelector('path')!.getAttribute('d')).to.match(/^M\d/);
    });

    it('never turns a verification address that is not a web page into a link', async () => {
      const el = await preview({ ...sample, verifyUrl: 'javascript:alert(1)' });
      expect(root(el).querySelector('a')).to.equal(null);
      expect(text(root(el).querySelector('.card'))).to.contain('javascript:alert(1)');
    });

    it('leaves the location out when there is none', async () => {
      const online = { ...sample.program, deliveryMethod: 'self-study' as const };
      delete online.location;
      const el = await preview({ ...sample, program: online });
      const labels = [...root(el).querySelectorAll('dt')].map((dt) => text(dt));
      expect(labels).not.to.include('Location');
      expect(text(root(el).querySelector('.card'))).to.contain('Self study');
    });

    it('labels a preview as not a certificate of record, with nothing to download', async () => {
      const el = await preview();
      expect(text(root(el).querySelector('[part=notice]'))).to.contain(
        'not a certificate of record',
      );
      expect(root(el).querySelector('.actions')).to.equal(null);
    });

    it('fires cpe-certificate-loaded with the certificate', async () => {
      const el = document.createElement('cpe-certificate');
      const loaded = oneEvent(el, 'cpe-certificate-loaded');
      el.certificate = sample;
      document.body.append(el);
      const { detail } = (await loaded) as CustomEvent<Certificate>;
      expect(detail.id).to.equal(sample.id);
      el.remove();
    });
  });

  describe('states', () => {
    it('says a revoked certificate was revoked, when and why', async () => {
      const el = await preview({
        ...sample,
        status: 'revoked',
        revokedAt: '2026-06-01T12:00:00Z',
        revokedReason: 'Attendance record corrected',
      });
      const notice = text(root(el).querySelector('.notice.danger'));
      expect(notice).to.contain('This certificate was revoked on');
      expect(notice).to.contain('Reason: Attendance record corrected');
    });

    it('says a replaced certificate was replaced', async () => {
      const el = await preview({ ...sample, status: 'superseded', supersededBy: 'next-id' });
      expect(text(root(el).querySelector('.body .notice'))).to.contain(
        'This certificate was replaced by a corrected one',
      );
    });
  });

  describe('API mode', () => {
    async function apiCard(
      apiBase: string,
      ids: { programId?: string; certificateId?: string },
      sub = 'ada',
    ): Promise<CpeCertificate> {
      const el = await fixture<CpeCertificate>(
        html`<cpe-certificate
          api-base=${apiBase}
          token=${await token(sub)}
          program-id=${ids.programId ?? ''}
          certificate-id=${ids.certificateId ?? ''}
        ></cpe-certificate>`,
      );
      await el.loadComplete;
      return el;
    }

    /** Collects what the card hands the viewer as files, instead of saving them. */
    async function downloads(el: CpeCertificate, button: string): Promise<Blob> {
      const blobs: Blob[] = [];
      const original = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        blobs.push(blob as Blob);
        return original(blob);
      };
      try {
        const buttons = [...root(el).querySelectorAll('button')];
        buttons.find((candidate) => text(candidate) === button)!.click();
        await waitUntil(() => blobs.length === 1, `no download from ${button}`);
      } finally {
        URL.createObjectURL = original;
      }
      return blobs[0]!;
    }

    it('passes axe with the learner’s certificate of record', async () => {
      const apiBase = newSpace('certificate');
      const { programId } = await completeSelfStudy(apiBase, 'ada');
      const el = await apiCard(apiBase, { programId });
      await expect(el).to.be.accessible();
    });

    it('shows the learner’s certificate for a program, with nothing marked as a preview', async () => {
      const apiBase = newSpace('certificate');
      const { programId } = await completeSelfStudy(apiBase, 'ada', { title: 'Lease accounting' });
      const el = await apiCard(apiBase, { programId });
      const card = text(root(el).querySelector('.card'));
      expect(card).to.contain('Learner ada');
      expect(card).to.contain('Lease accounting');
      expect(card).to.contain('Self study');
      expect(card).to.contain('103004');
      expect(card).to.contain('50-minute hour');
      expect(card).not.to.contain('preview');
    });

    it('downloads the PDF with the token in a header, never in the address', async () => {
      const apiBase = newSpace('certificate');
      const { programId } = await completeSelfStudy(apiBase, 'ada');
      const [certificate] = await certificatesOf(apiBase, 'ada');
      const el = await apiCard(apiBase, { programId });
      const pdf = await downloads(el, 'Download PDF');
      expect(pdf.type).to.equal('application/pdf');
      expect(await pdf.slice(0, 5).text()).to.equal('%PDF-');
      const [sent] = await requestsTo(apiBase, 'GET', `/v1/certificates/${certificate!.id}.pdf`);
      expect(sent, 'the PDF request reached the API by its plain path').not.to.equal(undefined);
      await waitUntil(() => text(root(el).querySelector('.message')) !== '');
      expect(text(root(el).querySelector('.message'))).to.equal('The PDF is downloading.');
    });

    it('downloads the credential as a VC-JWT', async () => {
      const apiBase = newSpace('certificate');
      const { programId } = await completeSelfStudy(apiBase, 'ada');
      const el = await apiCard(apiBase, { programId });
      const credential = await downloads(el, 'Download credential');
      expect(credential.type).to.equal('application/vc+jwt');
      expect((await credential.text()).split('.')).to.have.length(3);
    });

    it('copies the verification link from the keyboard and says so in a live region', async () => {
      const apiBase = newSpace('certificate');
      const { programId } = await completeSelfStudy(apiBase, 'ada');
      const [certificate] = await certificatesOf(apiBase, 'ada');
      const el = await apiCard(apiBase, { programId });
      const copied: string[] = [];
      const clipboard = navigator.clipboard;
      clipboard.writeText = (value: string) => {
        copied.push(value);
        return Promise.resolve();
      };
      try {
        const button = [...root(el).querySelectorAll('button')].find(
          (candidate) => text(candidate) === 'Copy verification link',
        )!;
        button.focus();
        await sendKeys({ press: 'Enter' });
        const message = root(el).querySelector('.message')!;
        await waitUntil(() => text(message) !== '', 'no confirmation');
        expect(message.getAttribute('role')).to.equal('status');
        expect(text(message)).to.equal('Verification link copied.');
        expect(copied).to.deep.equal([certificate!.verifyUrl]);
      } finally {
        delete (clipboard as Partial<Clipboard>).writeText;
      }
    });

    it('says what is still missing before the certificate is issued', async () => {
      const apiBase = newSpace('certificate');
      const { programId } = await completeSelfStudy(apiBase, 'ada', { scorePercent: 60 });
      const el = await apiCard(apiBase, { programId });
      const notice = text(root(el).querySelector('[part=notice]'));
      expect(notice).to.contain('Your certificate is not ready yet.');
      expect(notice).to.contain('Your final test is not recorded as passed.');
      expect(root(el).querySelector('.actions')).to.equal(null);
    });

    it('says a group event earns its certificate only once it has ended', async () => {
      const apiBase = newSpace('certificate');
      const program = await createProgram(apiBase, { product: 'live-event' });
      const event = await createEvent(apiBase, { programId: program.id });
      await enroll(apiBase, program.id, 'ada', { eventId: event.id });
      const el = await apiCard(apiBase, { programId: program.id });
      expect(text(root(el).querySelector('[part=notice]'))).to.contain(
        'The event has not ended yet.',
      );
    });

    it('says why a refunded enrollment has no certificate', async () => {
      const apiBase = newSpace('certificate');
      const program = await createProgram(apiBase);
      const enrollment = await enroll(apiBase, program.id, 'ada');
      const refund = await call<{ id: string }>(apiBase, 'v1/refunds', {
        as: ['ada', 'learner'],
        json: { enrollmentId: enrollment.id },
      });
      await call(apiBase, `v1/refunds/${refund.id}/decision`, {
        as: ['ada-admin', 'admin'],
        json: { decision: 'approve', note: 'Within the window.' },
      });
      const el = await apiCard(apiBase, { programId: program.id });
      const notice = root(el).querySelector('.notice.danger')!;
      expect(text(notice)).to.contain('There is no certificate for this program.');
      expect(text(notice)).to.contain('refunded');
    });

    it('shows a revoked certificate by its id as revoked, with the reason', async () => {
      const apiBase = newSpace('certificate');
      await completeSelfStudy(apiBase, 'ada');
      const [certificate] = await certificatesOf(apiBase, 'ada');
      await revokeCertificate(apiBase, certificate!.id, 'Attendance record corrected');
      const el = await apiCard(apiBase, { certificateId: certificate!.id });
      const notice = text(root(el).querySelector('.notice.danger'));
      expect(notice).to.contain('This certificate was revoked on');
      expect(notice).to.contain('Reason: Attendance record corrected');
    });

    it('does not show another learner’s certificate', async () => {
      const apiBase = newSpace('certificate');
      await completeSelfStudy(apiBase, 'bob');
      const [bobs] = await certificatesOf(apiBase, 'bob');
      const el = await apiCard(apiBase, { certificateId: bobs!.id }, 'ada');
      expect(text(root(el).querySelector('[role=alert]'))).to.equal(
        'This certificate is not available.',
      );
      expect(text(root(el).querySelector('.card'))).not.to.contain('Learner bob');
    });

    it('says when a download fails, and keeps the certificate shown', async () => {
      const apiBase = newSpace('certificate');
      const { programId } = await completeSelfStudy(apiBase, 'ada');
      const el = await apiCard(apiBase, { programId });
      await setLine(apiBase, 'down');
      const buttons = [...root(el).querySelectorAll('button')];
      buttons.find((candidate) => text(candidate) === 'Download PDF')!.click();
      const message = root(el).querySelector('.message')!;
      // The client retries a GET twice with backoff (about a second) before it gives up.
      await waitUntil(() => text(message) !== '', 'no message', { timeout: 4_000 });
      expect(text(message)).to.contain('did not answer');
      expect(root(el).querySelector('.program-title')).not.to.equal(null);
    });

    it('says when the API cannot be reached, and retries', async () => {
      const apiBase = newSpace('certificate');
      const { programId } = await completeSelfStudy(apiBase, 'ada');
      await setLine(apiBase, 'down');
      const el = await apiCard(apiBase, { programId });
      expect(text(root(el).querySelector('[role=alert]'))).to.contain('did not answer');
      await setLine(apiBase, 'up');
      root(el).querySelector<HTMLButtonElement>('[role=alert] button')!.click();
      await waitUntil(() => root(el).querySelector('.program-title'), 'the retry loaded');
    });
  });

  describe('languages', () => {
    /** Waits for the catalog to arrive: the card's heading changes language. */
    async function speaking(el: CpeCertificate, heading: string): Promise<void> {
      await waitUntil(() => text(root(el).querySelector('h2')) === heading, `no "${heading}"`);
    }

    it('speaks French from its own lang: words, dates and decimal commas, and passes axe', async () => {
      const el = await fixture<CpeCertificate>(
        html`<cpe-certificate lang="fr" .certificate=${sample}></cpe-certificate>`,
      );
      await el.loadComplete;
      await speaking(el, 'Certificat de fin de formation');
      const card = text(root(el).querySelector('.card'));
      for (const fact of [
        'Nous certifions que Ada Lovelace a suivi',
        'Date d’achèvement 4 mai 2026',
        'Mode de formation En groupe, en présentiel',
        'Crédits 2,0 NASBA · 2,0 ICMA',
        'Domaine d’études Crédits',
        'Auditing 1,2',
        'Total (NASBA) 2,0',
        'Identifiant d’organisme NASBA 103004',
      ]) {
        expect(card).to.contain(fact);
      }
      expect(root(el).querySelector('svg.qr')!.getAttribute('aria-label')).to.equal(
        `Code QR du lien de vérification ${sample.verifyUrl}`,
      );
      await expect(el).to.be.accessible();
    });

    it('takes Spanish from an ancestor, for a revoked certificate too', async () => {
      const outer = await fixture(
        html`<div lang="es-MX">
          <cpe-certificate
            .certificate=${{ ...sample, status: 'revoked', revokedReason: 'Registro corregido' }}
          ></cpe-certificate>
        </div>`,
      );
      const el = outer.querySelector<CpeCertificate>('cpe-certificate')!;
      await el.loadComplete;
      await speaking(el, 'Certificado de finalización');
      const notice = text(root(el).querySelector('.notice.danger'));
      expect(notice).to.contain('Este certificado fue revocado.');
      expect(notice).to.contain('Motivo: Registro corregido');
    });

    it('switches live when its lang changes, and back to English', async () => {
      const el = await fixture<CpeCertificate>(
        html`<cpe-certificate lang="fr" .certificate=${sample}></cpe-certificate>`,
      );
      await el.loadComplete;
      await speaking(el, 'Certificat de fin de formation');
      el.lang = 'es';
      await speaking(el, 'Certificado de finalización');
      expect(text(root(el).querySelector('.facts'))).to.contain('4 de mayo de 2026');
      el.removeAttribute('lang');
      await speaking(el, 'Certificate of completion');
      expect(text(root(el).querySelector('.facts'))).to.contain('May 4, 2026');
    });
  });
});
