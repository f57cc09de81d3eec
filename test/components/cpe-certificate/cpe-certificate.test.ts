import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/cpe-certificate/define.js';
import { CpeCertificate } from '../../../src/components/cpe-certificate/cpe-certificate.js';
import type { Certificate } from '../../../src/policy/certificates.js';

const root = (el: CpeCertificate): ShadowRoot => el.shadowRoot!;
const text = (el: Element | ShadowRoot | null | undefined): string =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A certificate as the API answers it: group live, two fields, Chicago. */
const sample: Certificate = {
  id: 'q9Yc2vR4TQ-7m1s0bXk3aw',
  status: 'valid',
  enrollmentId: 'enr-1',
  programId: 'prog-1',
  programVersion: 2,
  eventId: 'evt-1',
  learner: { id: 'ada', name: 'Ada Lovelace' },
  program: {
    title: 'Audit Update 2026',
    deliveryMethod: 'group-live',
    location: 'Chicago, IL',
    timeZone: 'America/Chicago',
  },
  completedOn: '2026-05-04',
  credits: {
    nasba: 2,
    icma: 2,
    byField: [
      { field: 'Auditing', credits: 1.2 },
      { field: 'Regulatory Ethics', credits: 0.8 },
    ],
  },
  sponsor: {
    name: 'Example CPE Sponsor',
    contact: 'cpe@example.org, 800-555-0100',
    nasbaSponsorId: '103004',
    stateSponsorIds: [{ state: 'Texas', id: '000028' }],
    representative: { name: 'Grace Hopper', title: 'Director of Education' },
  },
  statement: 'CPE credits have been granted based on a 50-minute hour.',
  issuedAt: '2026-05-04T17:00:00Z',
  verifyUrl: 'https://cpe.example.org/verify/q9Yc2vR4TQ-7m1s0bXk3aw',
  links: {
    pdf: '/v1/certificates/q9Yc2vR4TQ-7m1s0bXk3aw.pdf',
    credential: '/v1/certificates/q9Yc2vR4TQ-7m1s0bXk3aw/credential',
  },
};

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
});
