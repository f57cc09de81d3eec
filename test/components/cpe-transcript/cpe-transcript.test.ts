import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/cpe-transcript/define.js';
import { CpeTranscript } from '../../../src/components/cpe-transcript/cpe-transcript.js';
import type { Completion } from '../../../src/components/cpe-transcript/deferred.js';
import { exchangePolicy } from '../../../src/policy/policy.js';
import {
  certificatesOf,
  completeSelfStudy,
  newSpace,
  revokeCertificate,
  setLine,
  token,
} from '../api-space.js';

const root = (el: CpeTranscript): ShadowRoot => el.shadowRoot!;
const text = (el: Element | ShadowRoot | null | undefined): string =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function completion(
  completedOn: string,
  title: string,
  byField: Completion['credits']['byField'],
): Completion {
  const total = byField.reduce((sum, { credits }) => sum + credits, 0);
  return {
    program: { title, deliveryMethod: 'group-live' },
    completedOn,
    credits: { nasba: total, icma: total, byField },
  };
}

/** 38 credits in 2025 (8 carry forward), 12 so far in 2026 with 1 in ethics. */
const sample: Completion[] = [
  completion('2025-03-04', 'Tax Update 2025', [{ field: 'Taxes', credits: 30 }]),
  completion('2025-05-20', 'Ethics for CMAs', [{ field: 'Regulatory Ethics', credits: 2 }]),
  completion('2025-10-01', 'Audit Basics', [{ field: 'Auditing', credits: 6 }]),
  completion('2026-02-10', 'Audit Update 2026', [
    { field: 'Auditing', credits: 11 },
    { field: 'Behavioral Ethics', credits: 1 },
  ]),
];

async function transcript(
  completions: readonly Completion[] = sample,
  year = 2026,
): Promise<CpeTranscript> {
  const el = await fixture<CpeTranscript>(
    html`<cpe-transcript
      year=${year}
      certified-year="2020"
      .completions=${completions}
    ></cpe-transcript>`,
  );
  await el.loadComplete;
  await waitUntil(() => root(el).querySelector('.body'), 'the transcript rendered');
  return el;
}

describe('<cpe-transcript>', () => {
  describe('accessibility', () => {
    it('passes axe with certificates in two years', async () => {
      const el = await transcript();
      await expect(el).to.be.accessible();
    });

    it('passes axe with no certificates', async () => {
      const el = await transcript([]);
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('is defined by its define file', () => {
      expect(document.createElement('cpe-transcript')).to.be.instanceOf(CpeTranscript);
    });

    it('names itself in a heading and says local figures are not the record', async () => {
      const el = await transcript();
      expect(root(el).querySelector('h2')).to.have.text('Your CPE transcript');
      expect(text(root(el).querySelector('[part=notice]'))).to.contain(
        'not the sponsor’s official',
      );
    });

    it('shows this year when no year is set', async () => {
      const el = await fixture<CpeTranscript>(html`<cpe-transcript></cpe-transcript>`);
      await el.loadComplete;
      const thisYear = String(new Date().getFullYear());
      expect(text(root(el).querySelector('#requirement-title'))).to.contain(thisYear);
    });
  });

  describe('the requirement of the year shown', () => {
    it('says what is still needed and by when, with the carry-forward counted', async () => {
      const el = await transcript();
      // 12 earned + 8 carried = 20 of 30; 1 of 2 ethics.
      expect(text(root(el).querySelector('.headline'))).to.equal(
        'You still need 10.0 credits, 1.0 of them in ethics, by December 31, 2026.',
      );
      expect(text(root(el).querySelector('.picture'))).to.contain('20.0 / 30.0');
      expect(text(root(el).querySelector('.picture'))).to.contain('Carried forward from 2025');
    });

    it('gives screen readers the picture as a sentence, and hides the picture itself', async () => {
      const el = await transcript();
      expect(root(el).querySelector('.picture')!.getAttribute('aria-hidden')).to.equal('true');
      expect(text(root(el).querySelector('.requirement .visually-hidden'))).to.equal(
        '2026: 20.0 of the 30.0 credits needed, 8.0 of them carried forward; 1.0 of the 2.0 ethics credits needed.',
      );
    });

    it('draws the bars in proportion, the carried part first', async () => {
      const el = await transcript();
      const [credits] = root(el).querySelectorAll('svg.bar');
      expect(credits!.querySelector('.carried')!.getAttribute('width')).to.match(/^26\.66/);
      expect(credits!.querySelector('.own')!.getAttribute('x')).to.match(/^26\.66/);
      expect(credits!.querySelector('.own')!.getAttribute('width')).to.equal('40%');
      // The two parts are told apart by a gap, not by their hue alone.
      expect(credits!.querySelector('.split')!.getAttribute('x1')).to.match(/^26\.66/);
    });

    it('keeps the inactive-status warning for a year that is over', async () => {
      const el = await transcript(sample.slice(0, 1), 2025);
      const reasons = text(root(el).querySelector('.requirement .reasons'));
      expect(reasons).to.contain('the status is inactive until 60.0 credits');
      expect(text(root(el).querySelector('.headline'))).to.equal(
        '2025 ended short by 2.0 ethics credits: make it up by December 31, 2026, or the ICMA status becomes inactive.',
      );
    });

    it('leaves it out while the year runs: the headline says what to earn by when', async () => {
      const el = await transcript(sample, new Date().getFullYear());
      expect(text(root(el).querySelector('.requirement .reasons'))).not.to.contain('inactive');
    });

    it('says a met year is met and how much carries forward', async () => {
      const el = await transcript(sample, 2025);
      expect(text(root(el).querySelector('.headline'))).to.equal(
        'The 2025 requirement is met; 8.0 credits carry forward to 2026.',
      );
    });

    it('takes the ICMA figures from the policy', async () => {
      const el = await transcript();
      el.policy = {
        ...exchangePolicy,
        icma: { annualCredits: 20, ethicsCredits: 1, carryForwardMax: 10 },
      };
      await el.loadComplete;
      expect(text(root(el).querySelector('.headline'))).to.contain('The 2026 requirement is met');
    });
  });

  describe('certificates and fields', () => {
    it('lists the certificates by year, newest first', async () => {
      const el = await transcript();
      const years = [...root(el).querySelectorAll('h4')].map((h) => text(h));
      expect(years).to.deep.equal(['2026 (12.0 credits)', '2025 (38.0 credits)']);
      const titles = [...root(el).querySelectorAll('.completion-title')].map((p) => text(p));
      expect(titles).to.deep.equal([
        'Audit Update 2026',
        'Audit Basics',
        'Ethics for CMAs',
        'Tax Update 2025',
      ]);
    });

    it('totals the year shown by field of study and in ethics', async () => {
      const el = await transcript();
      const rows = [...root(el).querySelectorAll('.credits tr')].map((row) => text(row));
      expect(rows).to.deep.equal([
        'Field of study Credits',
        'Auditing 11.0',
        'Behavioral Ethics 1.0',
        'Total (NASBA) 12.0',
        'Total (ICMA) 12.0',
        'Ethics (ICMA) 1.0',
      ]);
    });
  });

  describe('keyboard', () => {
    it('changes the year shown from the year list', async () => {
      const el = await transcript();
      const select = root(el).querySelector<HTMLSelectElement>('#year')!;
      select.focus();
      await sendKeys({ press: 'ArrowDown' });

      await el.updateComplete;
      expect(el.year).to.equal(2025);
      expect(text(root(el).querySelector('#requirement-title'))).to.equal(
        'ICMA requirement for 2025',
      );
    });
  });

  describe('CSV export', () => {
    it('downloads the transcript as CSV', async () => {
      const el = await transcript();
      const blobs: Blob[] = [];
      const original = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        blobs.push(blob as Blob);
        return original(blob);
      };
      try {
        root(el).querySelector<HTMLButtonElement>('.toolbar button')!.click();
      } finally {
        URL.createObjectURL = original;
      }
      expect(blobs).to.have.length(1);
      expect(blobs[0]!.type).to.contain('text/csv');
      const csv = await blobs[0]!.text();
      expect(csv.split('\r\n')[1]).to.equal(
        '2026-02-10,Audit Update 2026,group-live,12.0,12.0,1.0,Auditing 11.0; Behavioral Ethics 1.0,,',
      );
    });

    it('has nothing to export without certificates', async () => {
      const el = await transcript([]);
      expect(root(el).querySelector<HTMLButtonElement>('.toolbar button')!.disabled).to.equal(true);
    });
  });

  describe('API mode', () => {
    async function apiTranscript(apiBase: string, sub = 'ada'): Promise<CpeTranscript> {
      const el = await fixture<CpeTranscript>(
        html`<cpe-transcript
          api-base=${apiBase}
          token=${await token(sub)}
          certified-year="2020"
        ></cpe-transcript>`,
      );
      await el.loadComplete;
      return el;
    }

    it('passes axe with the learner’s certificates of record', async () => {
      const apiBase = newSpace('transcript');
      await completeSelfStudy(apiBase, 'ada', { title: 'Lease accounting' });
      const el = await apiTranscript(apiBase);
      await expect(el).to.be.accessible();
    });

    it('lists only the learner’s own valid certificates, from every page', async () => {
      const apiBase = newSpace('transcript');
      await completeSelfStudy(apiBase, 'ada', { title: 'Lease accounting' });
      await completeSelfStudy(apiBase, 'ada', { title: 'Revenue recognition' });
      await completeSelfStudy(apiBase, 'ada', { title: 'Withdrawn course' });
      await completeSelfStudy(apiBase, 'bob', { title: 'Bob’s course' });
      const withdrawn = (await certificatesOf(apiBase, 'ada')).find(
        (certificate) => certificate.program.title === 'Withdrawn course',
      )!;
      await revokeCertificate(apiBase, withdrawn.id, 'Issued in error');

      const el = await apiTranscript(apiBase);
      const titles = [...root(el).querySelectorAll('.completion-title')].map((p) => text(p));
      expect(titles.sort()).to.deep.equal(['Lease accounting', 'Revenue recognition']);
      expect(root(el).querySelector('[part=notice]')).to.equal(null);
      // Two 1.4-credit courses this year, nothing carried in.
      expect(text(root(el).querySelector('.picture'))).to.contain('2.8 / 30.0');
      const verify = root(el).querySelector<HTMLAnchorElement>('.completion a')!;
      expect(verify.href).to.contain('/verify/');
    });

    it('asks the learner to sign in when the API refuses the token', async () => {
      const apiBase = newSpace('transcript');
      const el = await fixture<CpeTranscript>(
        html`<cpe-transcript api-base=${apiBase}></cpe-transcript>`,
      );
      await el.loadComplete;
      expect(text(root(el).querySelector('[role=alert]'))).to.contain(
        'Sign in to see your transcript.',
      );
    });

    it('says when the API cannot be reached, and retries', async () => {
      const apiBase = newSpace('transcript');
      await completeSelfStudy(apiBase, 'ada');
      await setLine(apiBase, 'down');
      const el = await apiTranscript(apiBase);
      expect(text(root(el).querySelector('[role=alert]'))).to.contain('did not answer');
      await setLine(apiBase, 'up');
      root(el).querySelector<HTMLButtonElement>('[role=alert] button')!.click();
      await waitUntil(() => root(el).querySelector('.completion'), 'the retry loaded');
    });
  });

  describe('error states', () => {
    it('refuses a year that is not a year', async () => {
      const el = await fixture<CpeTranscript>(
        html`<cpe-transcript year="20x6" .completions=${sample}></cpe-transcript>`,
      );
      await el.loadComplete;
      expect(text(root(el).querySelector('[role=alert]'))).to.contain('must be a whole year');
    });
  });

  describe('languages', () => {
    /** Waits for the catalog to arrive: the transcript's heading changes language. */
    async function speaking(el: CpeTranscript, heading: string): Promise<void> {
      await waitUntil(() => text(root(el).querySelector('h2')) === heading, `no "${heading}"`);
    }

    const headline = (el: CpeTranscript): string => text(root(el).querySelector('.headline'));

    it('speaks French from its own lang: words, dates, decimal commas, plurals, and passes axe', async () => {
      const el = await fixture<CpeTranscript>(
        html`<cpe-transcript
          lang="fr"
          year="2026"
          certified-year="2020"
          .completions=${sample}
        ></cpe-transcript>`,
      );
      await el.loadComplete;
      await speaking(el, 'Votre relevé de CPE');
      expect(headline(el)).to.equal(
        'Il vous faut encore 10,0 crédits, dont 1,0 en éthique, d’ici le 31 décembre 2026.',
      );
      expect(text(root(el).querySelector('.picture'))).to.contain('20,0 / 30,0');
      const years = [...root(el).querySelectorAll('h4')].map(text);
      expect(years).to.deep.equal(['2026 (12,0 crédits)', '2025 (38,0 crédits)']);
      expect(text(root(el).querySelector('label[for=year]'))).to.equal('Année');
      // The requirement's reasons, worded by the French table from their params.
      expect(text(root(el).querySelector('.reasons'))).to.contain(
        'L’année 2026 exige 30,0 crédits',
      );
      await expect(el).to.be.accessible();
    });

    it('counts 1,5 as one in French: "1,5 crédit"', async () => {
      const short = [completion('2026-01-05', 'Short Course', [{ field: 'Taxes', credits: 1.5 }])];
      const el = await fixture<CpeTranscript>(
        html`<cpe-transcript lang="fr" year="2026" .completions=${short}></cpe-transcript>`,
      );
      await el.loadComplete;
      await speaking(el, 'Votre relevé de CPE');
      expect(text(root(el).querySelector('h4'))).to.equal('2026 (1,5 crédit)');
      el.lang = 'en';
      await speaking(el, 'Your CPE transcript');
      expect(text(root(el).querySelector('h4'))).to.equal('2026 (1.5 credits)');
    });

    it('takes Spanish from an ancestor', async () => {
      const outer = await fixture(
        html`<div lang="es">
          <cpe-transcript year="2025" certified-year="2020" .completions=${sample}></cpe-transcript>
        </div>`,
      );
      const el = outer.querySelector<CpeTranscript>('cpe-transcript')!;
      await el.loadComplete;
      await speaking(el, 'Su historial de CPE');
      expect(headline(el)).to.equal(
        'Ha cumplido el requisito de 2025; se trasladan a 2026: 8,0 créditos.',
      );
    });

    it('switches live when its lang changes, and back to English', async () => {
      const el = await transcript();
      el.lang = 'fr';
      await speaking(el, 'Votre relevé de CPE');
      el.lang = 'es';
      await speaking(el, 'Su historial de CPE');
      expect(headline(el)).to.equal(
        'Todavía necesita 10,0 créditos, 1,0 de ellos de ética, a más tardar el 31 de diciembre de 2026.',
      );
      el.removeAttribute('lang');
      await speaking(el, 'Your CPE transcript');
      expect(headline(el)).to.equal(
        'You still need 10.0 credits, 1.0 of them in ethics, by December 31, 2026.',
      );
    });
  });
});
