import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/cpe-refund-review/define.js';
import type { CpeRefundReview } from '../../../src/components/cpe-refund-review/cpe-refund-review.js';
import type { StoredRefund } from '../../../src/policy/schemas.js';

// Talks to the refund stand-in API, test/components/cpe-refund-request/refund-api.middleware.mjs.

let serial = 0;
const apiSpace = (kind = 'review'): string => `/refund-api/${kind}-${Date.now()}-${(serial += 1)}/`;

/** Files requests in a fresh space, as learners would have. */
async function seeded(count = 2): Promise<string> {
  const space = apiSpace();
  const requests = Array.from({ length: count }, (_, index) => ({
    product: 'self-study',
    priceCents: 19999,
    currency: 'USD',
    purchasedAt: new Date().toISOString(),
    courseTitle: `Course ${index + 1}`,
    ...(index === 1 ? { message: 'I was in hospital.', specialCircumstances: true } : {}),
  }));
  await fetch(`${space}seed`, { method: 'POST', body: JSON.stringify(requests) });
  return space;
}

async function review(space: string, token = 'admin'): Promise<CpeRefundReview> {
  const el = await fixture<CpeRefundReview>(
    html`<cpe-refund-review api-base=${space} token=${token}></cpe-refund-review>`,
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
const button = (scope: Element, label: string): HTMLButtonElement =>
  [...scope.querySelectorAll('button')].find((item) => text(item) === label)!;

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
      const el = await review(apiSpace());
      expect(text(root(el).querySelector('.empty'))).to.equal('No refund requests yet.');
    });
  });

  describe('attributes', () => {
    it('lists each request with the rules’ decision, the learner’s words and the audit trail', async () => {
      const el = await review(await seeded());
      const [first, second] = requestItems(el);
      expect(text(first!.querySelector('h3'))).to.equal('RF-0001 · Course 1');
      expect(text(first)).to.contain('Waiting for the sponsor');
      expect(text(first)).to.contain('Eligible: $179.99 refund');
      expect(text(first)).to.contain('$199.99');
      expect(text(first!.querySelector('[part="audit"]'))).to.contain('submitted by learner-1');
      expect(text(second)).to.contain('Needs a review by the sponsor');
      expect(text(second!.querySelector('.message'))).to.contain('I was in hospital.');
    });
  });

  describe('events', () => {
    it('approves with a note: status, audit trail and cpe-refund-decided', async () => {
      const el = await review(await seeded());
      const [first] = requestItems(el);
      await writeNote(el, first!, 'Within the window.');
      const decided = oneEvent(el, 'cpe-refund-decided');
      button(first!, 'Approve').click();
      const event = (await decided) as CustomEvent<StoredRefund>;
      await el.updateComplete;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.status).to.equal('approved');
      const item = requestItems(el)[0]!;
      expect(text(item.querySelector('.status-approved'))).to.equal('Approved');
      expect(text(item.querySelector('[part="audit"]'))).to.contain(
        'approved by admin-1 (“Within the window.”)',
      );
      expect(item.querySelector('textarea')).to.equal(null);
      expect(text(root(el).querySelector('[role="status"]'))).to.equal('Request RF-0001 approved.');
    });

    it('denies with a note', async () => {
      const el = await review(await seeded());
      const second = requestItems(el)[1]!;
      await writeNote(el, second, 'No evidence given.');
      const decided = oneEvent(el, 'cpe-refund-decided');
      button(second, 'Deny').click();
      await decided;
      await el.updateComplete;
      const item = requestItems(el)[1]!;
      expect(text(item.querySelector('.status-denied'))).to.equal('Denied');
      expect(text(item.querySelector('[part="audit"]'))).to.contain('denied by admin-1');
    });
  });

  describe('keyboard', () => {
    it('writes the note and approves from the keyboard', async () => {
      const el = await review(await seeded(1));
      const item = requestItems(el)[0]!;
      item.querySelector('textarea')!.focus();
      await sendKeys({ type: 'Checked.' });
      await sendKeys({ press: 'Tab' });
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
      const space = apiSpace('outage');
      const el = await review(space);
      const alert = root(el).querySelector('[role="alert"]')!;
      expect(text(alert)).to.contain('could not be reached');
      await fetch(`${space}up`, { method: 'POST' });
      button(alert, 'Try again').click();
      await el.loadComplete;
      expect(text(root(el).querySelector('.empty'))).to.equal('No refund requests yet.');
    });
  });
});
