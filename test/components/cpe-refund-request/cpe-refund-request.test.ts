import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/cpe-refund-request/define.js';
import type { CpeRefundRequest } from '../../../src/components/cpe-refund-request/cpe-refund-request.js';
import { formatDateTime } from '../../../src/components/shared/format.js';
import { viewerTimeZone } from '../../../src/components/shared/viewer-zone.js';
import { defaultPolicy, exchangePolicy } from '../../../src/policy/policy.js';
import type { RefundInput, RefundResult, StoredRefund } from '../../../src/policy/schemas.js';
import {
  call,
  createEvent,
  createProgram,
  enroll,
  newSpace,
  requestsTo,
  setLine,
  shiftClocks,
  token,
  type LineRequest,
} from '../api-space.js';

// API mode talks to the real app (test/components/real-api.mjs), a fresh space per test. Both
// it and local mode run the engine with the machine's clock, so every date is relative to now.

const DAY = 86_400_000;
const inDays = (days: number): string => new Date(Date.now() + days * DAY).toISOString();

const apiSpace = (): string => newSpace('refund');

/** The submits that reached the space, and the requests it stored (as its admin sees them). */
const submits = (space: string): Promise<LineRequest[]> => requestsTo(space, 'POST', '/v1/refunds');
const storedIn = (space: string): Promise<StoredRefund[]> =>
  call<StoredRefund[]>(space, 'v1/refunds', { as: ['ada-admin', 'admin'] });

async function widget(template: ReturnType<typeof html>): Promise<CpeRefundRequest> {
  const el = await fixture<CpeRefundRequest>(template);
  await el.quoteComplete;
  return el;
}

const selfStudy = (purchasedDaysAgo: number): Promise<CpeRefundRequest> =>
  widget(
    html`<cpe-refund-request
      product="self-study"
      price-cents="19999"
      currency="USD"
      purchased-at=${inDays(-purchasedDaysAgo)}
      course-title="Managing Cash Flow"
    ></cpe-refund-request>`,
  );

const liveEvent = (startsInDays: number, zone = 'America/New_York'): Promise<CpeRefundRequest> =>
  widget(
    html`<cpe-refund-request
      product="live-event"
      price-cents="49900"
      currency="USD"
      purchased-at=${inDays(-60)}
      event-start=${inDays(startsInDays)}
      event-time-zone=${zone}
    ></cpe-refund-request>`,
  );

const root = (el: HTMLElement): ShadowRoot => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string): T | null =>
  root(el).querySelector<T>(selector);
const text = (el: HTMLElement, selector: string): string =>
  $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const outcome = (el: HTMLElement): string => text(el, '[part="outcome"]');
const rules = (el: HTMLElement): string[] =>
  [...root(el).querySelectorAll('[part="reasons"] li')].map((li) => li.getAttribute('data-rule')!);

/** Picks Yes or No for a question by its legend, as a click would. */
async function answer(el: CpeRefundRequest, question: string, choice: 'Yes' | 'No'): Promise<void> {
  const fieldset = [...root(el).querySelectorAll('fieldset.field')].find((item) =>
    item.querySelector('legend')?.textContent?.includes(question),
  );
  const label = [...(fieldset?.querySelectorAll('label') ?? [])].find(
    (item) => item.textContent?.trim() === choice,
  );
  if (!label) throw new Error(`no "${choice}" for "${question}"`);
  label.querySelector('input')!.click();
  await el.quoteComplete;
}

async function tickSpecial(el: CpeRefundRequest): Promise<void> {
  $<HTMLInputElement>(el, '#special')!.click();
  await el.quoteComplete;
}

const sendButton = (el: HTMLElement): HTMLButtonElement =>
  [...root(el).querySelectorAll('button')].find((button) =>
    /Send my request|Try again/.test(button.textContent ?? ''),
  )!;

async function apiWidget(space: string, purchasedAt = inDays(-10)): Promise<CpeRefundRequest> {
  return widget(
    html`<cpe-refund-request
      api-base=${space}
      token=${await token('ann')}
      product="self-study"
      price-cents="19999"
      currency="USD"
      purchased-at=${purchasedAt}
      course-title="Managing Cash Flow"
    ></cpe-refund-request>`,
  );
}

describe('<cpe-refund-request>', () => {
  describe('accessibility', () => {
    it('passes axe before any answer', async () => {
      const el = await selfStudy(10);
      await expect(el).to.be.accessible();
    });

    it('passes axe with a quote, a review offer and an error', async () => {
      const el = await selfStudy(40);
      await answer(el, 'final test', 'No');
      await expect(el).to.be.accessible();
      const space = apiSpace();
      const api = await apiWidget(space);
      sendButton(api).click();
      await api.updateComplete;
      await expect(api).to.be.accessible();
    });

    it('passes axe on the receipt', async () => {
      const el = await apiWidget(apiSpace());
      await answer(el, 'final test', 'No');
      sendButton(el).click();
      await waitUntil(() => $(el, '[part="receipt"]'), 'no receipt');
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('asks the one question a self-study course needs and waits for it', async () => {
      const el = await selfStudy(10);
      const legends = [...root(el).querySelectorAll('legend:not(.visually-hidden)')].map((item) =>
        item.textContent?.trim(),
      );
      expect(legends).to.deep.equal(['Have you taken the final test?']);
      expect(text(el, '.empty')).to.equal('Answer the question to see what you would get back.');
      expect($(el, '[part="outcome"]')).to.equal(null);
    });

    it('labels a local answer an estimate and says that sending needs the API', async () => {
      const el = await selfStudy(10);
      expect(text(el, '.estimate')).to.equal('Estimate');
      expect(text(el, '.send.notice')).to.contain('needs the sponsor’s policy API');
      expect(sendButton(el)).to.equal(undefined);
      expect($(el, '#message')).to.equal(null);
    });

    it('tells the learner plainly that the form is not set up, and the author which attribute', async () => {
      const logged: unknown[][] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => void logged.push(args);
      try {
        const el = await widget(
          html`<cpe-refund-request product="live-event" price-cents="100"></cpe-refund-request>`,
        );
        el.requestUpdate();
        await el.updateComplete;
        expect(text(el, '[role="alert"]')).to.equal(
          `This form is not set up yet; contact ${defaultPolicy.refunds.contact} to ask for a refund.`,
        );
        expect(text(el, '[role="alert"]')).not.to.contain('event-start');
        // Not usable: nothing to answer or send.
        expect($(el, 'form')).to.equal(null);
        expect($(el, '#special')).to.equal(null);
        expect(el.checkValidity()).to.equal(false);
        expect(logged).to.have.length(1);
        expect(String(logged[0]![0])).to.contain('event-start is required for a live event');
      } finally {
        console.error = original;
      }
    });
  });

  describe('every outcome of RULES.md §4 (local mode)', () => {
    it('self-study within 30 days, test not taken: price less the 10% fee', async () => {
      const el = await selfStudy(10);
      await answer(el, 'final test', 'No');
      expect(outcome(el)).to.equal('You would get $179.99 back');
      expect(text(el, '.facts')).to.contain('$20.00');
      expect(text(el, '.facts')).to.contain('$199.99');
      expect(rules(el)).to.include.members(['REFUND.SELF_STUDY_WINDOW', 'REFUND.FEE']);
    });

    it('self-study on day 30 still qualifies', async () => {
      const el = await selfStudy(29.5);
      await answer(el, 'final test', 'No');
      expect(outcome(el)).to.equal('You would get $179.99 back');
    });

    it('self-study with the final test taken: no refund, and why', async () => {
      const el = await selfStudy(10);
      await answer(el, 'final test', 'Yes');
      expect(outcome(el)).to.equal('No refund for this purchase');
      expect(rules(el)).to.include('REFUND.SELF_STUDY_TEST_TAKEN');
    });

    it('self-study after 30 days: no refund, and a review is offered', async () => {
      const el = await selfStudy(40);
      await answer(el, 'final test', 'No');
      expect(outcome(el)).to.equal('No refund for this purchase');
      expect(rules(el)).to.include('REFUND.SELF_STUDY_WINDOW');
      expect(text(el, '[part="quote"] .notice')).to.contain('ask the sponsor for a review');
    });

    it('live event 10 days out: refund less the fee, paid after the event, with a countdown', async () => {
      const el = await liveEvent(10);
      expect(outcome(el)).to.equal('You would get $449.10 back');
      expect(rules(el)).to.include.members([
        'REFUND.LIVE_NOTICE',
        'REFUND.FEE',
        'REFUND.PAYOUT_30D',
      ]);
      expect(text(el, '.pay-by')).to.match(/^Paid by \w+ \d+, \d{4}$/);
      expect(text(el, '.countdown')).to.match(/^\d+ days( \d+ hr)? left to cancel with a refund$/);
    });

    it('live event 3 days out: too late to cancel', async () => {
      const el = await liveEvent(3);
      expect(outcome(el)).to.equal('No refund for this purchase');
      expect(rules(el)).to.include('REFUND.LIVE_NOTICE');
      expect(text(el, '.countdown')).to.match(/^The deadline passed on /);
    });

    it('live event that happened without the learner: a no-show', async () => {
      const el = await liveEvent(-2);
      await answer(el, 'attend', 'No');
      expect(outcome(el)).to.equal('No refund for this purchase');
      expect(rules(el)).to.include('REFUND.NO_SHOW');
    });

    it('recorded webinar: no CPE credit, refund as the product it was sold as', async () => {
      const el = await widget(
        html`<cpe-refund-request
          product="self-study"
          recorded-webinar
          price-cents="9900"
          purchased-at=${inDays(-5)}
        ></cpe-refund-request>`,
      );
      await answer(el, 'final test', 'No');
      expect(rules(el)).to.include('CREDIT.RECORDED_NOT_ELIGIBLE');
      expect(outcome(el)).to.equal('You would get $89.10 back');
    });

    it('conference: the policy’s own link, no questions', async () => {
      const el = await widget(
        html`<cpe-refund-request
          product="conference"
          price-cents="89500"
          event-start=${inDays(30)}
        ></cpe-refund-request>`,
      );
      expect(outcome(el)).to.equal('The conference has its own refund policy');
      expect($<HTMLAnchorElement>(el, '[part="quote"] a')!.href).to.equal(
        defaultPolicy.refunds.conferenceLink,
      );
      expect(rules(el)).to.include('REFUND.CONFERENCE');
      expect($(el, '#special')).to.equal(null);
    });

    for (const width of [320, 900]) {
      it(`conference at ${width} px: the policy URL wraps inside the card, no empty column`, async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width: ${width}px">
            <cpe-refund-request product="conference" price-cents="89500"></cpe-refund-request>
          </div>`,
        );
        const el = wrapper.querySelector('cpe-refund-request')!;
        await el.quoteComplete;
        const card = $(el, '.card')!;
        expect(card.scrollWidth).to.be.at.most(card.clientWidth);
        const quote = $(el, '[part="quote"]')!.getBoundingClientRect();
        const inner = card.getBoundingClientRect();
        // The answer starts at the card's left padding: nothing sits empty beside it.
        expect(quote.left - inner.left).to.be.below(40);
      });
    }

    it('special circumstances turn a refusal into a review', async () => {
      const el = await selfStudy(40);
      await answer(el, 'final test', 'No');
      const ask = [...root(el).querySelectorAll('button')].find(
        (button) => button.textContent?.trim() === 'Ask for a review',
      )!;
      ask.click();
      await el.quoteComplete;
      expect($<HTMLInputElement>(el, '#special')!.checked).to.equal(true);
      expect(outcome(el)).to.equal('A person would review your request');
      expect(rules(el)).to.include('REFUND.SPECIAL_CIRCUMSTANCES');
    });

    it('speaks of an exchange when the policy’s remedy is exchange', async () => {
      const el = await fixture<CpeRefundRequest>(
        html`<cpe-refund-request
          .policy=${exchangePolicy}
          product="self-study"
          price-cents="20000"
          purchased-at=${inDays(-3)}
        ></cpe-refund-request>`,
      );
      await el.quoteComplete;
      await answer(el, 'final test', 'No');
      expect(outcome(el)).to.equal('You can exchange it for a course of equal value');
      expect(text(el, '.facts')).to.contain('Exchange value');
      expect(text(el, '.countdown')).to.contain('left to ask for an exchange');
    });
  });

  describe('deadline across time zones', () => {
    for (const zone of ['Asia/Tokyo', 'Pacific/Honolulu']) {
      it(`shows the deadline in the event’s zone (${zone}) and the viewer’s`, async () => {
        const el = await fixture<CpeRefundRequest>(
          html`<cpe-refund-request
            api-base=${apiSpace()}
            product="live-event"
            price-cents="49900"
            event-start=${inDays(12)}
            event-time-zone=${zone}
          ></cpe-refund-request>`,
        );
        const quoted = await oneEvent(el, 'cpe-refund-quoted');
        await el.quoteComplete;
        const deadline = (quoted.detail as RefundResult).deadline!;
        const there = formatDateTime(deadline, zone);
        const here = formatDateTime(deadline, viewerTimeZone());
        expect(there).not.to.equal(here);
        expect(text(el, '.deadline-time')).to.equal(
          `Deadline: ${there} (event time) Your time: ${here}`,
        );
      });
    }

    it('asks again once the deadline passes, so the answer stops promising a refund', async () => {
      const space = apiSpace();
      const request: RefundInput = {
        product: 'self-study',
        priceCents: 19999,
        currency: 'USD',
        purchasedAt: inDays(-10),
      };
      const { deadline } = await call<RefundResult>(space, 'v1/refunds/quote', { json: request });
      // The API and this page both run 1.5 s before the deadline; nothing here is typed after.
      const restore = await shiftClocks(space, Date.parse(deadline!) - 1500 - Date.now());
      try {
        const el = await apiWidget(space, request.purchasedAt);
        await answer(el, 'final test', 'No');
        expect(outcome(el)).to.equal('You would get $179.99 back');
        await waitUntil(
          () => outcome(el) === 'No refund for this purchase',
          `still "${outcome(el)}" after the deadline`,
          { timeout: 4000 },
        );
        expect(rules(el)).to.include('REFUND.SELF_STUDY_WINDOW');
      } finally {
        restore();
      }
    });
  });

  describe('events', () => {
    it('fires cpe-refund-quoted, bubbling and composed, with the result', async () => {
      const el = await apiWidget(apiSpace());
      const quoted = oneEvent(el, 'cpe-refund-quoted');
      await answer(el, 'final test', 'No');
      const event = (await quoted) as CustomEvent<RefundResult>;
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail.refundCents).to.equal(17999);
    });

    it('is a form control: invalid until answered, then submits request and quote', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <cpe-refund-request
            name="refund"
            api-base=${apiSpace()}
            product="self-study"
            price-cents="19999"
            purchased-at=${inDays(-10)}
          ></cpe-refund-request>
        </form>`,
      );
      const el = form.querySelector('cpe-refund-request')!;
      await el.quoteComplete;
      expect(form.checkValidity()).to.equal(false);
      expect(el.validationMessage).to.equal('Say whether you have taken the final test.');
      expect(new FormData(form).get('refund')).to.equal(null);
      // A host form's check shows the message under the field.
      form.reportValidity();
      await el.updateComplete;
      expect(text(el, '#final-test-error')).to.equal('Say whether you have taken the final test.');
      await answer(el, 'final test', 'No');
      expect(form.checkValidity()).to.equal(true);
      const value = JSON.parse(new FormData(form).get('refund') as string) as {
        request: { written: boolean; finalTestTaken: boolean };
        quote: RefundResult;
      };
      expect(value.request.written).to.equal(true);
      expect(value.request.finalTestTaken).to.equal(false);
      expect(value.quote.outcome).to.equal('eligible');
    });
  });

  describe('submit and receipt (API mode)', () => {
    it('sends the request and shows a receipt with the server’s time, focus on its heading', async () => {
      const space = apiSpace();
      const el = await apiWidget(space);
      await answer(el, 'final test', 'No');
      expect(text(el, '.estimate')).to.equal('');
      const submitted = oneEvent(el, 'cpe-refund-submitted');
      sendButton(el).click();
      const stored = ((await submitted) as CustomEvent<StoredRefund>).detail;
      await el.updateComplete;
      expect((await storedIn(space)).map((refund) => refund.id)).to.deep.equal([stored.id]);
      const receipt = text(el, '[part="receipt"]');
      expect(receipt).to.contain('Request received');
      expect(receipt).to.contain(stored.reference!);
      expect(receipt).to.contain(formatDateTime(stored.receivedAt, viewerTimeZone()));
      expect(receipt).to.contain(defaultPolicy.version);
      // Without an enrollment of record the claimed facts earn no automatic decision.
      expect(receipt).to.contain('Needs a review by the sponsor');
      expect(stored).to.include({ unverified: true });
      expect(receipt).to.contain('Waiting for the sponsor');
      expect(root(el).activeElement?.id).to.equal('receipt-heading');
      expect(stored.request.courseTitle).to.equal('Managing Cash Flow');
    });

    it('prints the receipt alone, from a frame of its own, not the host page', async () => {
      const el = await apiWidget(apiSpace());
      await answer(el, 'final test', 'No');
      sendButton(el).click();
      await waitUntil(() => $(el, '[part="receipt"]'), 'no receipt');
      const original = Object.getOwnPropertyDescriptor(window, 'print');
      let pagePrinted = 0;
      window.print = () => void (pagePrinted += 1);
      /** Prints with the button labelled `label`: the frame's text, title and language. */
      const print = async (label: string) => {
        let printed: { text: string; title: string; lang: string } | undefined;
        [...root(el).querySelectorAll('button')]
          .find((button) => button.textContent?.includes(label))!
          .click();
        const frame = $<HTMLIFrameElement>(el, 'iframe.print-frame')!;
        frame.contentWindow!.print = () => {
          const page = frame.contentDocument!;
          const text = page.body.textContent.replace(/\s+/g, ' ');
          printed = { text, title: page.title, lang: page.documentElement.lang };
        };
        await waitUntil(() => printed, 'the receipt was not printed');
        frame.remove();
        return printed!;
      };
      try {
        const english = await print('Print');
        expect(pagePrinted).to.equal(0);
        expect(english.text).to.contain('Request received');
        expect(english.text).to.contain(text(el, '.reference'));
        expect(english.text).not.to.contain('Check a request’s status');
        // The printout's heading and a saved PDF's name, in the learner's language.
        expect([english.title, english.lang]).to.deep.equal(['Refund request receipt', 'en']);
        el.lang = 'fr';
        await waitUntil(
          () =>
            [...root(el).querySelectorAll('button')].some((button) =>
              button.textContent?.includes('Imprimer le reçu'),
            ),
          'no French',
        );
        const french = await print('Imprimer le reçu');
        expect([french.title, french.lang]).to.deep.equal([
          'Reçu de la demande de remboursement',
          'fr',
        ]);
      } finally {
        if (original) Object.defineProperty(window, 'print', original);
        else delete (window as { print?: unknown }).print;
      }
    });

    it('a double click makes one request', async () => {
      const space = apiSpace();
      const el = await apiWidget(space);
      // Slow enough that the second click lands while the first request is still out.
      await setLine(space, 'slow');
      await answer(el, 'final test', 'No');
      const button = sendButton(el);
      button.click();
      button.click();
      $<HTMLFormElement>(el, 'form')!.requestSubmit();
      await waitUntil(() => $(el, '[part="receipt"]'), 'no receipt');
      expect(await submits(space)).to.have.length(1);
      expect(await storedIn(space)).to.have.length(1);
    });

    it('a lost answer shows a message, and the retry reuses the key: one request on record', async () => {
      const space = apiSpace();
      const el = await apiWidget(space);
      await answer(el, 'final test', 'No');
      // The API stores the request, then the answer is lost on the way back.
      await setLine(space, 'lose-response');
      sendButton(el).click();
      await waitUntil(() => $(el, '[role="alert"]'), 'no error shown', { timeout: 4000 });
      expect(text(el, '[role="alert"]')).to.contain('Your request was not sent');
      expect($(el, '[part="receipt"]')).to.equal(null);
      await setLine(space, 'up');
      sendButton(el).click();
      await waitUntil(() => $(el, '[part="receipt"]'), 'no receipt after retry', { timeout: 4000 });
      const keys = (await submits(space)).map((item) => item.idempotencyKey);
      expect(keys.length).to.be.greaterThan(1);
      expect(new Set(keys).size).to.equal(1);
      expect(keys[0]).to.be.a('string').with.length.greaterThan(8);
      const stored = await storedIn(space);
      expect(stored).to.have.length(1);
      expect(text(el, '.reference')).to.equal(stored[0]!.reference);
    });

    it('a new request after a change of answers gets a new key', async () => {
      const space = apiSpace();
      const el = await apiWidget(space);
      await answer(el, 'final test', 'No');
      await setLine(space, 'lose-response');
      sendButton(el).click();
      await waitUntil(() => $(el, '[role="alert"]'), 'no error shown', { timeout: 4000 });
      await setLine(space, 'up');
      await tickSpecial(el);
      $<HTMLTextAreaElement>(el, '#message')!.value = 'I was in hospital.';
      $(el, '#message')!.dispatchEvent(new Event('input'));
      sendButton(el).click();
      await waitUntil(() => $(el, '[part="receipt"]'), 'no receipt');
      expect(new Set((await submits(space)).map((item) => item.idempotencyKey)).size).to.equal(2);
      expect(await storedIn(space)).to.have.length(2);
    });

    it('looks up a request’s status by reference', async () => {
      const space = apiSpace();
      const el = await apiWidget(space);
      await answer(el, 'final test', 'No');
      sendButton(el).click();
      await waitUntil(() => $(el, '[part="receipt"]'), 'no receipt');
      const [stored] = await storedIn(space);
      // The short reference a person can read out (R-XXX-XXX) is filled in and looks it up.
      expect(stored!.reference).to.match(/^R-[0-9A-Z]{3}-[0-9A-Z]{3}$/);
      expect(text(el, '.reference')).to.equal(stored!.reference);
      expect($<HTMLInputElement>(el, '#reference')!.value).to.equal(stored!.reference);
      $<HTMLFormElement>(el, '.lookup-form')!.requestSubmit();
      await waitUntil(() => text(el, '.lookup-result'), 'no status');
      expect(text(el, '.lookup-result')).to.contain(
        `${stored!.reference}: Waiting for the sponsor`,
      );
      // The long id still looks it up, and so does the reference typed in lower case.
      for (const typed of [stored!.id, stored!.reference!.toLowerCase()]) {
        const field = $<HTMLInputElement>(el, '#reference')!;
        field.value = typed;
        field.dispatchEvent(new Event('input'));
        $<HTMLFormElement>(el, '.lookup-form')!.requestSubmit();
        await waitUntil(
          () => requestsTo(space, 'GET', `/v1/refunds/${typed}`).then((sent) => sent.length > 0),
          `no look-up of ${typed}`,
        );
        await waitUntil(
          () => text(el, '.lookup-result').startsWith(stored!.reference!),
          'no status',
        );
      }
    });
  });

  describe('keyboard', () => {
    it('answers with arrow keys and Space, then Tab moves on', async () => {
      const el = await apiWidget(apiSpace());
      $<HTMLInputElement>(el, 'input[name="final-test"]')!.focus();
      await sendKeys({ press: 'Space' });
      await el.quoteComplete;
      expect(outcome(el)).to.equal('You would get $179.99 back');
      await sendKeys({ press: 'ArrowRight' });
      await el.quoteComplete;
      expect(outcome(el)).to.equal('No refund for this purchase');
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.id).to.equal('special');
    });
  });

  describe('record mode: judged from the enrollment of record (API)', () => {
    const recordWidget = async (
      space: string,
      enrollmentId?: string,
    ): Promise<CpeRefundRequest> => {
      const el = await fixture<CpeRefundRequest>(
        html`<cpe-refund-request
          api-base=${space}
          token=${await token('ann')}
          enrollment-id=${enrollmentId ?? nothing}
        ></cpe-refund-request>`,
      );
      await waitUntil(() => $(el, '.record-facts, .choices, [part="notice"]'), 'no record');
      await el.quoteComplete;
      return el;
    };

    it('shows the facts of record, quotes from them and sends only the enrollment', async () => {
      const space = apiSpace();
      const program = await createProgram(space, { title: 'Lease accounting' });
      const enrollment = await enroll(space, program.id, 'ann', { purchasedAt: inDays(-10) });
      const el = await recordWidget(space, enrollment.id);
      await expect(el).to.be.accessible();
      const facts = text(el, '.record-facts');
      expect(text(el, '.heading')).to.equal('Refund for Lease accounting');
      expect(facts).to.contain('Lease accounting');
      expect(facts).to.contain('$199.99');
      expect(facts).to.contain(formatDateTime(enrollment.purchasedAt, viewerTimeZone()));
      // No question about facts the record holds: the final test's status is on record.
      expect($(el, 'input[name="final-test"]')).to.equal(null);
      expect(outcome(el)).to.equal('You would get $179.99 back');
      sendButton(el).click();
      await waitUntil(() => $(el, '[part="receipt"]'), 'no receipt');
      const [sent] = await submits(space);
      expect(JSON.parse(sent!.body!)).to.deep.equal({ enrollmentId: enrollment.id });
      const [stored] = await storedIn(space);
      expect(stored).to.include({ enrollmentId: enrollment.id });
      expect(stored!.unverified).to.equal(undefined);
      expect(text(el, '[part="receipt"]')).to.contain('Eligible: $179.99 refund');
      expect($(el, '.unverified')).to.equal(null);
    });

    it('words the receipt’s reasons again when the page’s language changes', async () => {
      const space = apiSpace();
      const program = await createProgram(space, { title: 'Lease accounting' });
      const enrollment = await enroll(space, program.id, 'ann', { purchasedAt: inDays(-10) });
      const el = await recordWidget(space, enrollment.id);
      sendButton(el).click();
      await waitUntil(() => $(el, '[part="receipt"]'), 'no receipt');
      const english = text(el, '[part="receipt"] .reasons');
      expect(english).to.contain('refund');
      el.lang = 'fr';
      await waitUntil(
        () => text(el, '#receipt-heading') === 'Demande reçue',
        'the labels did not follow',
      );
      // The reasons are the API's: asked for again in French, once.
      await waitUntil(
        () => /rembours/.test(text(el, '[part="receipt"] .reasons')),
        'the reasons stayed English',
      );
      expect(text(el, '[part="receipt"] .reasons')).not.to.contain('refund');
      el.lang = 'en';
      await waitUntil(
        () => text(el, '[part="receipt"] .reasons') === english,
        'the reasons did not come back to English',
      );
      await expect(el).to.be.accessible();
    });

    it('lists the learner’s enrollments to choose from, and says so plainly when there are none', async () => {
      const space = apiSpace();
      const none = await recordWidget(space);
      expect(text(none, '[part="notice"]')).to.contain('You have no purchases on record');
      const first = await createProgram(space, { title: 'Lease accounting' });
      const second = await createProgram(space, { title: 'Revenue recognition', priceCents: 9900 });
      await enroll(space, first.id, 'ann');
      const chosen = await enroll(space, second.id, 'ann', { pricePaidCents: 9900 });
      const el = await recordWidget(space);
      await expect(el).to.be.accessible();
      expect(text(el, '.choices legend')).to.equal('Which purchase is this about?');
      const options = [...root(el).querySelectorAll<HTMLInputElement>('input[name="enrollment"]')];
      expect(options.map((option) => option.value)).to.have.members([chosen.id, options[0]!.value]);
      options.find((option) => option.value === chosen.id)!.click();
      await waitUntil(() => $(el, '.record-facts'), 'no facts');
      await el.quoteComplete;
      expect(text(el, '.record-facts')).to.contain('Revenue recognition');
      expect(outcome(el)).to.equal('You would get $89.10 back');
      expect($<HTMLInputElement>(el, `input[value="${chosen.id}"]`)!.checked).to.equal(true);
    });

    it('shows the event’s start of a live event of record', async () => {
      const space = apiSpace();
      const program = await createProgram(space, { product: 'live-event', title: 'Close' });
      const event = await createEvent(space, {
        programId: program.id,
        startsInMinutes: 20 * 24 * 60,
      });
      const enrollment = await enroll(space, program.id, 'ann', { eventId: event.id });
      const el = await recordWidget(space, enrollment.id);
      expect(text(el, '.record-facts')).to.contain(
        formatDateTime(event.segments[0]!.start, 'America/New_York'),
      );
      expect(outcome(el)).to.equal('You would get $179.99 back');
    });

    it('a second request about the same enrollment shows the open one, not an error', async () => {
      const space = apiSpace();
      const program = await createProgram(space);
      const enrollment = await enroll(space, program.id, 'ann');
      const first = await recordWidget(space, enrollment.id);
      sendButton(first).click();
      await waitUntil(() => $(first, '[part="receipt"]'), 'no receipt');
      const [stored] = await storedIn(space);
      const again = await recordWidget(space, enrollment.id);
      sendButton(again).click();
      await waitUntil(() => text(again, '.send[role="status"]'), 'no open request shown');
      expect(text(again, '.send[role="status"]')).to.contain(
        `You already asked about this purchase: reference ${stored!.reference}, waiting for the sponsor`,
      );
      expect($(again, '[role="alert"]')).to.equal(null);
    });

    it('says when the enrollment was refunded: nothing left to ask', async () => {
      const space = apiSpace();
      const program = await createProgram(space);
      const enrollment = await enroll(space, program.id, 'ann');
      const first = await recordWidget(space, enrollment.id);
      sendButton(first).click();
      await waitUntil(() => $(first, '[part="receipt"]'), 'no receipt');
      const [stored] = await storedIn(space);
      await call(space, `v1/refunds/${stored!.id}/decision`, {
        as: ['ada-admin', 'admin'],
        json: { decision: 'approve', note: 'Paid back.' },
      });
      const el = await recordWidget(space, enrollment.id);
      expect(text(el, '[part="notice"]')).to.contain('This enrollment was refunded');
      expect(sendButton(el)).to.equal(undefined);
    });

    it('another learner’s enrollment is not on record for this one', async () => {
      const space = apiSpace();
      const program = await createProgram(space);
      const theirs = await enroll(space, program.id, 'bob');
      const el = await recordWidget(space, theirs.id);
      expect(text(el, '[role="alert"]')).to.contain('This purchase is not on record for you');
      expect(sendButton(el)).to.equal(undefined);
    });

    it('says plainly on the receipt that claimed facts will be checked (no enrollment)', async () => {
      const el = await apiWidget(apiSpace());
      await answer(el, 'final test', 'No');
      sendButton(el).click();
      await waitUntil(() => $(el, '[part="receipt"]'), 'no receipt');
      expect(text(el, '.unverified')).to.contain(
        'the sponsor will check the facts before deciding',
      );
    });
  });

  describe('a slow line (issue 16 item 1)', () => {
    it('a box ticked while a quote is in flight stays ticked, and its request is sent', async () => {
      const space = apiSpace();
      const el = await apiWidget(space, inDays(-40));
      await setLine(space, 'slow');
      $<HTMLInputElement>(el, 'input[name="final-test"]')!.click();
      // The quote for "No" is still on the line when the learner ticks the box.
      $<HTMLInputElement>(el, '#special')!.click();
      $<HTMLTextAreaElement>(el, '#message')!.focus();
      await el.quoteComplete;
      expect($<HTMLInputElement>(el, '#special')!.checked).to.equal(true);
      expect(root(el).activeElement?.id).to.equal('message');
      expect(outcome(el)).to.equal('A person would review your request');
      $<HTMLTextAreaElement>(el, '#message')!.value = 'I was in hospital.';
      $(el, '#message')!.dispatchEvent(new Event('input'));
      sendButton(el).click();
      await waitUntil(() => $(el, '[part="receipt"]'), 'no receipt', { timeout: 4000 });
      const [stored] = await storedIn(space);
      expect(stored!.request).to.include({
        specialCircumstances: true,
        message: 'I was in hospital.',
      });
    });

    it('“Ask for a review” on a live event inside the window: ticked, focus on the message, sent', async () => {
      const space = apiSpace();
      const el = await widget(
        html`<cpe-refund-request
          api-base=${space}
          token=${await token('ann')}
          product="live-event"
          price-cents="49900"
          purchased-at=${inDays(-60)}
          event-start=${inDays(3)}
          event-time-zone="America/New_York"
        ></cpe-refund-request>`,
      );
      await setLine(space, 'slow');
      [...root(el).querySelectorAll('button')]
        .find((button) => button.textContent?.trim() === 'Ask for a review')!
        .click();
      await el.quoteComplete;
      expect($<HTMLInputElement>(el, '#special')!.checked).to.equal(true);
      expect(root(el).activeElement?.id).to.equal('message');
      sendButton(el).click();
      await el.updateComplete;
      // Send with the message still empty says why, tied to the field.
      expect(text(el, '#message-error')).to.equal('Tell the sponsor briefly what happened.');
      $<HTMLTextAreaElement>(el, '#message')!.value = 'A family emergency.';
      $(el, '#message')!.dispatchEvent(new Event('input'));
      sendButton(el).click();
      await waitUntil(() => $(el, '[part="receipt"]'), 'no receipt', { timeout: 4000 });
      expect(await storedIn(space)).to.have.length(1);
    });
  });

  describe('error states', () => {
    it('sending unanswered marks the field, says why and keeps focus there', async () => {
      const el = await apiWidget(apiSpace());
      sendButton(el).click();
      await el.updateComplete;
      await waitUntil(() => root(el).activeElement, 'nothing focused');
      expect(text(el, '#final-test-error')).to.equal('Say whether you have taken the final test.');
      expect(root(el).activeElement?.getAttribute('name')).to.equal('final-test');
      expect($(el, 'input[name="final-test"]')!.getAttribute('aria-invalid')).to.equal('true');
    });

    it('asks what happened when special circumstances are ticked', async () => {
      const space = apiSpace();
      const el = await apiWidget(space);
      await answer(el, 'final test', 'Yes');
      await tickSpecial(el);
      sendButton(el).click();
      await el.updateComplete;
      expect(text(el, '#message-error')).to.equal('Tell the sponsor briefly what happened.');
      expect(await submits(space)).to.deep.equal([]);
    });

    it('shows when the API is unreachable, and Try again works once it is back', async () => {
      const space = apiSpace();
      await setLine(space, 'down');
      const el = await widget(
        html`<cpe-refund-request
          api-base=${space}
          product="self-study"
          price-cents="19999"
          purchased-at=${inDays(-10)}
        ></cpe-refund-request>`,
      );
      await answer(el, 'final test', 'No');
      expect(text(el, '[part="quote"] .notice')).to.contain('could not be reached');
      expect($(el, '[part="outcome"]')).to.equal(null);
      await setLine(space, 'up');
      const retry = [...root(el).querySelectorAll('[part="quote"] button')].find(
        (button) => button.textContent?.trim() === 'Try again',
      ) as HTMLButtonElement;
      retry.click();
      await el.quoteComplete;
      expect(outcome(el)).to.equal('You would get $179.99 back');
    });
  });

  describe('languages', () => {
    /** Waits until the heading is in the language asked for, and the quote is in. */
    async function speaking(el: CpeRefundRequest, heading: string): Promise<void> {
      await waitUntil(() => text(el, 'h2') === heading, `no "${heading}" heading`);
      await el.quoteComplete;
    }

    /** Picks the first (No) or second (Yes) radio of the first question. */
    async function pickRadio(el: CpeRefundRequest, index: 0 | 1): Promise<void> {
      const radios = root(el).querySelectorAll<HTMLInputElement>(
        'fieldset.field input[type=radio]',
      );
      radios[index]!.click();
      await el.quoteComplete;
    }

    it('asks and answers in French from its own lang, money and countdown included, and passes axe', async () => {
      const el = await widget(
        html`<cpe-refund-request
          lang="fr"
          product="self-study"
          price-cents="19999"
          currency="USD"
          purchased-at=${inDays(-3)}
          course-title="Managing Cash Flow"
        ></cpe-refund-request>`,
      );
      await speaking(el, 'Remboursement de Managing Cash Flow');
      expect(text(el, 'fieldset.field legend')).to.equal('Avez-vous passé l’examen final ?');
      await pickRadio(el, 0);
      const amount = new Intl.NumberFormat('fr', { style: 'currency', currency: 'USD' }).format(
        179.99,
      );
      expect(outcome(el)).to.equal(`Vous seriez remboursé de ${amount}`.replace(/\s+/g, ' '));
      expect(text(el, '.countdown')).to.match(
        /^Il vous reste \d+ j .*pour demander un remboursement$/,
      );
      expect(text(el, '.quote-head')).to.contain('Estimation');
      await expect(el).to.be.accessible();
    });

    it('takes Spanish from an ancestor, and switches live when its lang changes', async () => {
      const outer = await fixture(
        html`<div lang="es">
          <cpe-refund-request
            product="self-study"
            price-cents="19999"
            currency="USD"
            purchased-at=${inDays(-3)}
          ></cpe-refund-request>
        </div>`,
      );
      const el = outer.querySelector<CpeRefundRequest>('cpe-refund-request')!;
      await speaking(el, 'Pedir un reembolso');
      await pickRadio(el, 1);
      expect(outcome(el)).to.equal('Esta compra no admite reembolso');
      expect(text(el, '[part="reasons"]')).to.contain('Ya hizo el examen final');
      el.lang = 'fr';
      await speaking(el, 'Demander un remboursement');
      expect(outcome(el)).to.equal('Pas de remboursement pour cet achat');
      el.lang = 'en';
      await speaking(el, 'Ask for a refund');
      expect(outcome(el)).to.equal('No refund for this purchase');
    });
  });
});
