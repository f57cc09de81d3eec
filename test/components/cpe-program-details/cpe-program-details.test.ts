import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/cpe-program-details/define.js';
import {
  CpeProgramDetails,
  type ProgramLoadedDetail,
} from '../../../src/components/cpe-program-details/cpe-program-details.js';
import type { LocalProgram } from '../../../src/components/cpe-program-details/deferred.js';
import { exchangePolicy } from '../../../src/policy/policy.js';
import { createEvent, postProgram, newSpace, sampleProgram, setLine } from '../api-space.js';
import { liveProgram } from './live-program.js';

const root = (el: CpeProgramDetails): ShadowRoot => el.shadowRoot!;
const text = (el: CpeProgramDetails): string =>
  (root(el).querySelector('.card')?.textContent ?? '').replace(/\s+/g, ' ');

/** The card in API mode for the program `id` (or the one the space gets). */
async function apiCard(apiBase: string, id: string): Promise<CpeProgramDetails> {
  const el = await fixture<CpeProgramDetails>(
    html`<cpe-program-details api-base=${apiBase} program-id=${id}></cpe-program-details>`,
  );
  await el.loadComplete;
  return el;
}

async function localCard(program: LocalProgram): Promise<CpeProgramDetails> {
  const el = await fixture<CpeProgramDetails>(
    html`<cpe-program-details .program=${program}></cpe-program-details>`,
  );
  await el.loadComplete;
  return el;
}

describe('<cpe-program-details>', () => {
  describe('accessibility', () => {
    it('passes axe with a program of record', async () => {
      const apiBase = newSpace('details');
      const { id } = await postProgram(apiBase);
      const el = await apiCard(apiBase, id);
      await expect(el).to.be.accessible();
    });

    it('passes axe in local mode with sessions', async () => {
      const el = await localCard(liveProgram);
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('is defined by its define file', () => {
      expect(document.createElement('cpe-program-details')).to.be.instanceOf(CpeProgramDetails);
    });

    it('asks for a program when it has none', async () => {
      const el = await fixture<CpeProgramDetails>(
        html`<cpe-program-details></cpe-program-details>`,
      );
      await el.loadComplete;
      expect(root(el).querySelector('h2')).to.have.text('Program details');
      expect(text(el)).to.contain('Set the program property');
    });
  });

  describe('API mode', () => {
    it('shows every part of the disclosure for the program of record', async () => {
      const apiBase = newSpace('details');
      const { id } = await postProgram(apiBase);
      const el = await apiCard(apiBase, id);
      const shown = text(el);
      expect(root(el).querySelector('h2')).to.have.text('Managing Cash Flow');
      for (const part of [
        'How to forecast',
        'Build a 13-week cash forecast',
        'Self study',
        'Basic',
        'Self-study course',
        '$199.99',
        'Prerequisites None',
        'Advance preparation None',
        'Grace Hopper, CPA, CMA',
        'America/New_York',
        'Finance',
        'Total (NASBA)',
        'Total (ICMA)',
        'within 30 days of buying this course',
        '10% processing fee',
        'not taken its final test',
        'by phone at +1 (800) 638-4427',
        'by mail: Attn: Member Services',
        'National Registry of CPE Sponsors',
        'sponsor id 103004',
        'TX sponsor id 000028',
        '50-minute hour',
        'State boards of accountancy have final authority',
        'policy ima-2026.1',
      ]) {
        expect(shown, part).to.contain(part);
      }
      expect(root(el).querySelector('.notice')).to.equal(null);
    });

    it('lists the program’s sessions from its events, in the event’s zone', async () => {
      const apiBase = newSpace('details');
      const { id } = await postProgram(apiBase, {
        ...sampleProgram,
        deliveryMethod: 'group-live',
        product: 'live-event',
        creditInput: undefined,
      });
      await createEvent(apiBase, { title: 'Evening session', programId: id });
      const el = await apiCard(apiBase, id);
      const sessions = root(el).querySelector('.sessions');
      expect(sessions).to.contain.text('Evening session');
      expect(sessions).to.contain.text('(America/New_York)');
      expect(text(el)).to.contain('Total (NASBA) 2.0');
    });

    it('fires cpe-program-loaded with the program', async () => {
      const apiBase = newSpace('details');
      const { id } = await postProgram(apiBase);
      const el = document.createElement('cpe-program-details');
      const loaded = oneEvent<CustomEvent<ProgramLoadedDetail>>(el, 'cpe-program-loaded');
      el.setAttribute('api-base', apiBase);
      el.setAttribute('program-id', id);
      document.body.append(el);
      const { detail } = await loaded;
      expect(detail.id).to.equal(id);
      expect(detail.creditsOffered.nasba).to.be.greaterThan(0);
      el.remove();
    });

    it('says a program it cannot find is not available', async () => {
      const el = await apiCard(newSpace('details'), 'no-such-program');
      expect(root(el).querySelector('[role=alert]')).to.have.trimmed.text(
        'This program is not available.',
      );
      expect(root(el).querySelector('button')).to.equal(null);
    });

    it('shows an older version when asked', async () => {
      const apiBase = newSpace('details');
      const { id } = await postProgram(apiBase);
      const el = await fixture<CpeProgramDetails>(
        html`<cpe-program-details api-base=${apiBase} program-id=${id} version="2">
        </cpe-program-details>`,
      );
      await el.loadComplete;
      expect(text(el)).to.contain('This program is not available.');
      el.version = 1;
      await el.loadComplete;
      expect(text(el)).to.contain('Program version 1');
    });
  });

  describe('local mode', () => {
    it('works out the credits of a ProgramInput and marks the card as a preview', async () => {
      const el = await localCard(liveProgram);
      const shown = text(el);
      expect(root(el).querySelector('.notice')).to.contain.text('not read from the sponsor’s');
      expect(shown).to.contain('Auditing 1.2');
      expect(shown).to.contain('Regulatory Ethics 0.8');
      expect(shown).to.contain('Total (NASBA) 2.0');
      expect(shown).to.contain('Prerequisites Two years of audit experience');
      expect(shown).to.contain('Group live');
      expect(shown).to.contain('Live event or webinar');
      expect(shown).to.contain('Morning session');
      expect(shown).to.contain('(America/Chicago)');
      expect(shown).to.contain('at least 5 days before the event');
      expect(shown).to.contain('paid within 30 days after the event');
    });

    it('says the engine’s reason when the credits do not add up', async () => {
      const el = await localCard({
        ...liveProgram,
        fieldsOfStudy: [
          { field: 'Auditing', credits: 1 },
          { field: 'Taxes', credits: 0.4 },
        ],
      });
      expect(root(el).querySelector('[role=alert]')).to.contain.text('could not be shown');
    });

    it('reads the refund, complaint and sponsor terms from its policy', async () => {
      const el = await localCard(liveProgram);
      el.policy = exchangePolicy;
      await el.loadComplete;
      const shown = text(el);
      expect(shown).to.contain('an exchange for a course of equal value');
      expect(shown).to.contain('sponsor id 999999');
      expect(shown).to.contain('Example Society of Tax Professionals');
    });

    it('links the conference’s own policy for a conference', async () => {
      const el = await localCard({ ...liveProgram, product: 'conference' });
      const link = root(el).querySelector<HTMLAnchorElement>('a[href*="conference"]');
      expect(link).to.have.trimmed.text('Read the conference policy');
    });
  });

  describe('error states', () => {
    it('says the API is unreachable, and Retry loads the program once it answers', async () => {
      const apiBase = newSpace('details');
      const { id } = await postProgram(apiBase);
      await setLine(apiBase, 'down');
      const el = await apiCard(apiBase, id);
      expect(root(el).querySelector('[role=alert]')).to.contain.text('did not answer this page');
      await setLine(apiBase, 'up');
      root(el).querySelector<HTMLButtonElement>('button')!.click();
      await waitUntil(() => text(el).includes('Learning objectives'), 'the program loaded');
      expect(root(el).querySelector('h2')).to.have.text('Managing Cash Flow');
    });
  });

  describe('keyboard', () => {
    it('reaches Retry with Tab', async () => {
      const apiBase = newSpace('details');
      await setLine(apiBase, 'down');
      const el = await apiCard(apiBase, 'any');
      root(el).querySelector<HTMLElement>('[role=alert]')!.tabIndex = -1;
      root(el).querySelector<HTMLElement>('[role=alert]')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.have.trimmed.text('Retry');
    });
  });

  describe('print', () => {
    // The print rules come with the program's module, which joins its rules to the element's.
    it('has a print stylesheet that hides its buttons once the program shows', async () => {
      const el = await localCard(liveProgram);
      const rules = root(el).adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
      const print = rules.map((rule) => rule.cssText).join('\n');
      expect(print).to.match(/@media print\s*{[^]*button\s*{\s*display:\s*none/);
    });
  });

  describe('languages', () => {
    /** Waits for the catalog to arrive: the first heading of the disclosure changes language. */
    async function speaking(el: CpeProgramDetails, heading: string): Promise<void> {
      await waitUntil(
        () => root(el).querySelector('h3')?.textContent === heading,
        `no "${heading}" heading`,
      );
    }

    it('speaks French from its own lang: words, money, dates and plurals, and passes axe', async () => {
      const el = await fixture<CpeProgramDetails>(
        html`<cpe-program-details lang="fr" .program=${liveProgram}></cpe-program-details>`,
      );
      await el.loadComplete;
      await speaking(el, 'Objectifs pédagogiques');
      const shown = text(el);
      for (const part of [
        'Mode de formation En groupe, en présentiel',
        'Niveau de connaissances Mise à jour',
        'Produit Événement en direct ou webinaire',
        'Prix 450,00 $US',
        'Formateurs Grace Hopper',
        'Auditing 1,2',
        'Total (NASBA) 2,0',
        '4 mai 2026',
        'au moins 5 jours avant l’événement',
        'dans un délai de 30 jours après l’événement',
        'sur la base d’une heure de 50 minutes',
      ]) {
        expect(shown, part).to.contain(part);
      }
      expect(shown).not.to.contain('days');
      await expect(el).to.be.accessible();
    });

    it('takes Spanish from an ancestor', async () => {
      const outer = await fixture(
        html`<section lang="es">
          <cpe-program-details .program=${liveProgram}></cpe-program-details>
        </section>`,
      );
      const el = outer.querySelector<CpeProgramDetails>('cpe-program-details')!;
      await el.loadComplete;
      await speaking(el, 'Objetivos de aprendizaje');
      expect(text(el)).to.contain('Modalidad Presencial en grupo');
      expect(text(el)).to.contain('al menos 5 días antes del evento');
    });

    it('switches live when its lang changes, and back to English', async () => {
      const el = await fixture<CpeProgramDetails>(
        html`<cpe-program-details lang="fr" .program=${liveProgram}></cpe-program-details>`,
      );
      await el.loadComplete;
      await speaking(el, 'Objectifs pédagogiques');
      el.lang = 'es';
      await speaking(el, 'Objetivos de aprendizaje');
      el.removeAttribute('lang');
      await speaking(el, 'Learning objectives');
      expect(text(el)).to.contain('at least 5 days before the event');
    });
  });
});
