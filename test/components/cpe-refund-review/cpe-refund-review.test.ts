import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/cpe-refund-review/define.js';
import type { CpeRefundReview } from '../../../src/components/cpe-refund-review/cpe-refund-review.js';
import type { StoredRefund } from '../../../src/policy/schemas.js';
import { call, newSpace, setLine, token, type Role } from '../api-space.js';

// Talks to the real app (test/components/real-api.mjs), a fresh space per test.

const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString();

/**
 * Files requests in a fresh space, as learners would have: the first within the window, the
 * second past it with special circumstances (a refusal the rules turn into a review).
 */
async function seeded(count = 2): Promise<string> {
  const space = newSpace('review');
  for (let index = 0; index < count; index += 1) {
    await call(space, 'v1/refunds', {
      as: [`learner-${index + 1}`, 'learner'],
      json: {
        product: 'self-study',
        priceCents: 19999,
        currency: 'USD',
        courseTitle: `Course ${index + 1}`,
        ...(index === 1
          ? { purchasedAt: daysAgo(40), message: 'I was in hospital.', specialCircumstances: true }
          : { purchasedAt: daysAgo(0) }),
      },
    });
  }
  return space;
}

async function review(space: string, role: Role = 'admin'): Promise<CpeRefundReview> {
  const el = await fixture<CpeRefundReview>(
    html`<cpe-refund-review
      api-base=${space}
      token=${await token('rita', role)}
    ></cpe-refund-review>`,
  );
  await el.loadComplete;
  return el;
}

const root = (el: HTMLElement): ShadowRoot => el.shadowRoot!;
const text = (el: Element | null | undefined): string =>
  el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const requestItems = (el: HTMLElement): HTMLElement[] => [
  ...root(el).querySelectorAll<HTMLElement>('[part="request"]'),
];
/** The listed request of that course (two filed in the same millisecond list in id order). */
const itemOf = (el: HTMLElement, course: string): HTMLElement =>
  requestItems(el).find((item) => text(item.querySelector('h3')).endsWith(`· ${course}`))!;
const button = (scope: Element, label: string): HTMLButtonElement =>
  [...scope.querySelectorAll('button')].find((item) => text(item) === label)!;

/** Approve, then the confirmation's "Yes, approve" (which Approve focuses). */
async function approve(el: CpeRefundReview, item: HTMLElement): Promise<void> {
  button(item, 'Approve').click();
  await waitUntil(() => text(root(el).activeElement) === 'Yes, approve', 'no confirmation');
  (root(el).activeElement as HTMLButtonElement).click();
}

async function writeNote(el: CpeRefundReview, item: HTMLElement, note: string): Promise<void> {
  const area = item.querySelector('textarea')!;
  area.value = note;
  area.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

describe('<cpe-refund-review>', () => {
  describe('accessibility', () => {
    it('passes axe with requests listed', async () => {
      const el = await review(await seeded());
      await expect(el).to.be.accessible();
    });

    it('passes axe with a note error', async () => {
      const el = await review(await seeded(1));
      button(requestItems(el)[0]!, 'Approve').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('says that reviewing needs the API', async () => {
      const el = await fixture<CpeRefundReview>(html`<cpe-refund-review></cpe-refund-review>`);
      expect(text(root(el).querySelector('[part="notice"]'))).to.contain('policy API');
    });

    it('says when there is nothing to review', async () => {
      const el = await review(newSpace('review'));
      expect(text(root(el).querySelector('.empty'))).to.equal('No refund requests yet.');
    });
  });

  describe('attributes', () => {
    it('lists each request with the rules’ decision, the learner’s words and the audit trail', async () => {
      const space = await seeded();
      const el = await review(space);
      const [stored] = await call<StoredRefund[]>(space, 'v1/refunds', { as: ['rita', 'admin'] });
      expect(requestItems(el)).to.have.length(2);
      const first = itemOf(el, 'Course 1');
      const second = itemOf(el, 'Course 2');
      expect(text(requestItems(el)[0]!.querySelector('h3'))).to.equal(
        `${stored!.reference} · ${stored!.request.courseTitle}`,
      );
      expect(text(first)).to.contain('Waiting for the sponsor');
      // Filed without an enrollment of record: the claims wait for a person.
      expect(text(first)).to.contain('Needs a review by the sponsor');
      expect(text(first)).to.contain('$199.99');
      expect(text(first.querySelector('[part="audit"]'))).to.contain('submitted by learner-1');
      expect(text(second)).to.contain('Needs a review by the sponsor');
      expect(text(second.querySelector('.message'))).to.contain('I was in hospital.');
    });
  });

  describe('events', () => {
    it('approves with a note: status, audit trail and cpe-refund-decided', async () => {
      const el = await review(await seeded());
      await writeNote(el, itemOf(el, 'Course 1'), 'Within the window.');
      const decided = oneEvent(el, 'cpe-refund-decided');
      await approve(el, itemOf(el, 'Course 1'));
      const event = (await decided) as CustomEvent<StoredRefund>;
      await el.updateComplete;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.status).to.equal('approved');
      const item = itemOf(el, 'Course 1');
      expect(text(item.querySelector('.status-approved'))).to.equal('Approved');
      expect(text(item.querySelector('[part="audit"]'))).to.contain(
        'approved by rita (“Within the window.”)',
      );
      expect(item.querySelector('textarea')).to.equal(null);
      expect(text(root(el).querySelector('[role="status"]'))).to.equal(
        `Request ${event.detail.id} approved.`,
      );
    });

    it('denies with a note', async () => {
      const el = await review(await seeded());
      await writeNote(el, itemOf(el, 'Course 2'), 'No evidence given.');
      const decided = oneEvent(el, 'cpe-refund-decided');
      button(itemOf(el, 'Course 2'), 'Deny').click();
      await decided;
      await el.updateComplete;
      const item = itemOf(el, 'Course 2');
      expect(text(item.querySelector('.status-denied'))).to.equal('Denied');
      expect(text(item.querySelector('[part="audit"]'))).to.contain('denied by rita');
    });
  });

  describe('confirming and filtering', () => {
    it('asks before approving, says what is approved, and Cancel sends nothing', async () => {
      const space = await seeded(1);
      const el = await review(space);
      const item = requestItems(el)[0]!;
      await writeNote(el, item, 'Fine.');
      button(item, 'Approve').click();
      await waitUntil(() => text(root(el).activeElement) === 'Yes, approve', 'no confirmation');
      expect(text(item.querySelector('.confirm p'))).to.equal(
        'Approve the request of learner-1 (Needs a review by the sponsor)? An approval cannot be undone.',
      );
      await expect(el).to.be.accessible();
      button(item, 'Cancel').click();
      await el.updateComplete;
      expect(button(item, 'Approve')).to.not.equal(undefined);
      const [stored] = await call<StoredRefund[]>(space, 'v1/refunds', { as: ['rita', 'admin'] });
      expect(stored!.status).to.equal('pending');
    });

    it('shows the learner id where the API has no name for the learner', async () => {
      const el = await review(await seeded(1));
      const learner = [...requestItems(el)[0]!.querySelectorAll('.facts div')].find(
        (fact) => text(fact.querySelector('dt')) === 'Learner',
      );
      expect(text(learner?.querySelector('dd'))).to.equal('learner-1');
    });

    it('filters the queue: waiting for a decision, decided, all', async () => {
      const el = await review(await seeded());
      await writeNote(el, itemOf(el, 'Course 2'), 'No evidence.');
      const decided = oneEvent(el, 'cpe-refund-decided');
      button(itemOf(el, 'Course 2'), 'Deny').click();
      await decided;
      await el.updateComplete;
      const choose = async (label: string): Promise<string[]> => {
        const radio = [...root(el).querySelectorAll<HTMLLabelElement>('.filter label')].find(
          (item) => text(item).startsWith(label),
        )!;
        radio.querySelector('input')!.click();
        await el.updateComplete;
        return requestItems(el).map((item) => text(item.querySelector('h3')).split(' · ')[1]!);
      };
      expect(text(root(el).querySelector('.filter'))).to.equal(
        'Show All (2) Waiting for a decision (1) Decided (1)',
      );
      expect(await choose('Waiting for a decision')).to.deep.equal(['Course 1']);
      expect(await choose('Decided')).to.deep.equal(['Course 2']);
      expect((await choose('All')).sort()).to.deep.equal(['Course 1', 'Course 2']);
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('writes the note and approves from the keyboard', async () => {
      const el = await review(await seeded(1));
      const item = requestItems(el)[0]!;
      item.querySelector('textarea')!.focus();
      await sendKeys({ type: 'Checked.' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => text(root(el).activeElement) === 'Yes, approve', 'no confirmation');
      const decided = oneEvent(el, 'cpe-refund-decided');
      await sendKeys({ press: 'Enter' });
      expect(((await decided) as CustomEvent<StoredRefund>).detail.audit.at(-1)?.note).to.equal(
        'Checked.',
      );
    });
  });

  describe('error states', () => {
    it('refuses a decision without a note, says why and focuses the note', async () => {
      const el = await review(await seeded(1));
      const item = requestItems(el)[0]!;
      button(item, 'Deny').click();
      await waitUntil(() => root(el).activeElement?.tagName === 'TEXTAREA', 'note not focused');
      expect(text(item.querySelector('.error'))).to.equal(
        'Write a note: it goes into the audit trail.',
      );
      expect(item.querySelector('textarea')!.getAttribute('aria-invalid')).to.equal('true');
      expect(text(item.querySelector('.status-pending'))).to.equal('Waiting for the sponsor');
    });

    it('explains a missing admin role', async () => {
      const el = await review(await seeded(1), 'learner');
      expect(text(root(el).querySelector('[role="alert"]'))).to.contain(
        'Only a signed-in administrator',
      );
    });

    it('shows an unreachable API and loads on Try again once it is back', async () => {
      const space = newSpace('review');
      await setLine(space, 'down');
      const el = await review(space);
      const alert = root(el).querySelector('[role="alert"]')!;
      expect(text(alert)).to.contain('did not answer this page: it may not allow this site yet');
      await setLine(space, 'up');
      button(alert, 'Try again').click();
      await el.loadComplete;
      expect(text(root(el).querySelector('.empty'))).to.equal('No refund requests yet.');
    });
  });

  describe('languages', () => {
    /** Waits for the catalog to arrive: the queue's heading changes language. */
    async function speaking(el: CpeRefundReview, heading: string): Promise<void> {
      await waitUntil(() => text(root(el).querySelector('h2')) === heading, `no "${heading}"`);
    }

    it('speaks French from its own lang: words, money, the confirmation, and passes axe', async () => {
      const space = await seeded(1);
      const el = await fixture<CpeRefundReview>(
        html`<cpe-refund-review
          lang="fr"
          api-base=${space}
          token=${await token('rita', 'admin')}
        ></cpe-refund-review>`,
      );
      await el.loadComplete;
      await speaking(el, 'Demandes de remboursement');
      const item = itemOf(el, 'Course 1');
      expect(text(item)).to.contain('Statut');
      expect(text(item)).to.contain('Payé 199,99 $US');
      expect(text(item.querySelector('[part="audit"]'))).to.contain('envoyée par learner-1');
      expect(text(root(el).querySelector('legend'))).to.equal('Afficher');
      await writeNote(el, item, 'Accordé');
      button(item, 'Approuver').click();
      await waitUntil(() => text(root(el).activeElement) === 'Oui, approuver', 'no confirmation');
      expect(text(item.querySelector('.confirm p'))).to.match(
        /^Approuver la demande de .+ \(.+\) \? Une approbation est définitive\.$/,
      );
      await expect(el).to.be.accessible();
    });

    it('takes Spanish from an ancestor', async () => {
      const outer = await fixture(
        html`<div lang="es"><cpe-refund-review></cpe-refund-review></div>`,
      );
      const el = outer.querySelector<CpeRefundReview>('cpe-refund-review')!;
      await speaking(el, 'Solicitudes de reembolso');
      expect(text(root(el).querySelector('[part=notice]'))).to.equal(
        'Para revisar solicitudes hace falta la API de la política del patrocinador: indique api-base y un token de administrador.',
      );
    });

    it('switches live when its lang changes, and back to English', async () => {
      const el = await fixture<CpeRefundReview>(
        html`<cpe-refund-review lang="fr"></cpe-refund-review>`,
      );
      await speaking(el, 'Demandes de remboursement');
      el.lang = 'es';
      await speaking(el, 'Solicitudes de reembolso');
      el.removeAttribute('lang');
      await speaking(el, 'Refund requests');
      expect(text(root(el).querySelector('[part=notice]'))).to.equal(
        'Reviewing requests needs the sponsor’s policy API: set api-base and an admin token.',
      );
    });
  });
});
