/**
 * Issue 19, right-to-left: each widget, in a `dir="rtl"` column 320 px wide and showing
 * content, runs right to left with nothing sticking out, scrolling sideways or drawn over
 * its neighbour, and passes axe. The API-backed states come from the real app (real-api.mjs).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/components/cpe-attendance-check-in/define.js';
import '../../../src/components/cpe-certificate/define.js';
import '../../../src/components/cpe-credit-calculator/define.js';
import '../../../src/components/cpe-program-details/define.js';
import '../../../src/components/cpe-refund-request/define.js';
import '../../../src/components/cpe-refund-review/define.js';
import '../../../src/components/cpe-transcript/define.js';
import type { CpeAttendanceCheckIn } from '../../../src/components/cpe-attendance-check-in/cpe-attendance-check-in.js';
import type { CpeCertificate } from '../../../src/components/cpe-certificate/cpe-certificate.js';
import type { CpeCreditCalculator } from '../../../src/components/cpe-credit-calculator/cpe-credit-calculator.js';
import type { CpeProgramDetails } from '../../../src/components/cpe-program-details/cpe-program-details.js';
import type { CpeRefundRequest } from '../../../src/components/cpe-refund-request/cpe-refund-request.js';
import type { CpeRefundReview } from '../../../src/components/cpe-refund-review/cpe-refund-review.js';
import type { CpeTranscript } from '../../../src/components/cpe-transcript/cpe-transcript.js';
import type { Completion } from '../../../src/components/cpe-transcript/deferred.js';
import { call, createEvent, currentCode, newSpace, token } from '../api-space.js';
import { sampleCertificate } from '../cpe-certificate/sample-certificate.js';
import { liveProgram } from '../cpe-program-details/live-program.js';
import { rtlLayoutProblems } from './rtl-layout.js';

const DAY = 86_400_000;
const daysAgo = (days: number): string => new Date(Date.now() - days * DAY).toISOString();

/** The widget in `template`, placed in a right-to-left column 320 px wide. */
async function inRtlColumn<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  const column = await fixture<HTMLDivElement>(
    html`<div dir="rtl" style="width: 320px">${template}</div>`,
  );
  return column.querySelector<T>('*')!;
}

/** The widget's layout is clean right to left and it passes axe. */
async function expectMirrored(host: HTMLElement): Promise<void> {
  expect(rtlLayoutProblems(host)).to.deep.equal([]);
  await expect(host).to.be.accessible();
}

const $ = <T extends Element = HTMLElement>(host: HTMLElement, selector: string): T =>
  host.shadowRoot!.querySelector<T>(selector)!;

function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const buttonLabelled = (host: HTMLElement, words: string): HTMLButtonElement =>
  [...host.shadowRoot!.querySelectorAll('button')].find((button) =>
    button.textContent.includes(words),
  )!;

/** Whether the element is drawn mirrored (the pictures that run from the start edge). */
const mirrored = (element: Element): boolean =>
  new DOMMatrix(getComputedStyle(element).transform).a === -1;

async function certificateCard(): Promise<CpeCertificate> {
  const host = await inRtlColumn<CpeCertificate>(
    html`<cpe-certificate .certificate=${sampleCertificate}></cpe-certificate>`,
  );
  await host.loadComplete;
  return host;
}

async function programCard(): Promise<CpeProgramDetails> {
  const host = await inRtlColumn<CpeProgramDetails>(
    html`<cpe-program-details .program=${liveProgram}></cpe-program-details>`,
  );
  await host.loadComplete;
  return host;
}

describe('right to left at 320 px', () => {
  it('the checker sees a physical style planted in a widget', async () => {
    const host = await certificateCard();
    expect(rtlLayoutProblems(host)).to.deep.equal([]);
    const planted = new CSSStyleSheet();
    planted.replaceSync('.card { text-align: left } h2 { position: relative; left: 3rem }');
    host.shadowRoot!.adoptedStyleSheets = [...host.shadowRoot!.adoptedStyleSheets, planted];
    const problems = rtlLayoutProblems(host).join('\n');
    expect(problems).to.contain(
      '<article.card> "Certificate of completion A pr" has text-align: left',
    );
    expect(problems).to.match(
      /<h2[^>]*> "[^"]*" sticks out of the widget by \(left, right, top, bottom\) -?\d+ px, [1-9]\d* px/,
    );
    expect(problems).to.match(/starts its text \d+ px from the right/);
  });

  it('the checker sees siblings drawn over each other', async () => {
    const host = await certificateCard();
    const planted = new CSSStyleSheet();
    // Each fact's value goes under its name: pull it up over the name.
    planted.replaceSync('dt + dd { margin-block-start: -1rem }');
    host.shadowRoot!.adoptedStyleSheets = [...host.shadowRoot!.adoptedStyleSheets, planted];
    expect(rtlLayoutProblems(host).join('\n')).to.match(
      /<dt> "Date completed" overlaps <dd> "May 4, 2026" in <div>/,
    );
  });

  it('the checker sees items side by side in left-to-right order', async () => {
    const host = await certificateCard();
    const planted = new CSSStyleSheet();
    planted.replaceSync('.facts { display: flex; flex-wrap: wrap; flex-direction: row-reverse }');
    host.shadowRoot!.adoptedStyleSheets = [...host.shadowRoot!.adoptedStyleSheets, planted];
    expect(rtlLayoutProblems(host).join('\n')).to.match(
      /<div> "Date completed May 4, 2026" is left of <div> "[^"]+", which comes after it/,
    );
  });

  it('the checker sees list markers with no room on the right', async () => {
    const host = await programCard();
    expect(rtlLayoutProblems(host)).to.deep.equal([]);
    const planted = new CSSStyleSheet();
    // What padding-left meant for the markers in left-to-right text.
    planted.replaceSync('.objectives { padding-inline: 0 1.25em }');
    host.shadowRoot!.adoptedStyleSheets = [...host.shadowRoot!.adoptedStyleSheets, planted];
    expect(rtlLayoutProblems(host)).to.deep.equal([
      '<ul.objectives> "Build a 13-week cash forecastE" leaves no room at the right for its markers',
    ]);
  });

  it('<cpe-credit-calculator> with a schedule of two segments and its result', async () => {
    const host = await inRtlColumn<CpeCreditCalculator>(
      html`<cpe-credit-calculator show-policy-options></cpe-credit-calculator>`,
    );
    await host.calculationComplete;
    $<HTMLInputElement>(host, 'input[type="radio"][value="schedule"]').click();
    await host.calculationComplete;
    $<HTMLButtonElement>(host, '#add-segments').click();
    await host.updateComplete;
    const [start, end, secondStart, secondEnd] =
      host.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="time"]');
    for (const [input, value] of [
      [start!, '09:00'],
      [end!, '10:30'],
      [secondStart!, '11:00'],
      [secondEnd!, '12:14'],
    ] as const)
      type(input, value);
    await host.calculationComplete;
    expect($(host, '.figure .hero').textContent.trim()).to.equal('3.2');
    await expectMirrored(host);
  });

  it('<cpe-attendance-check-in> as a learner, checked in, with the check-out form and timeline', async () => {
    const api = newSpace('rtl');
    const { id } = await createEvent(api);
    await call(api, `v1/events/${id}/check-ins`, {
      as: ['ann', 'learner'],
      json: { kind: 'in', code: (await currentCode(api, id)).code },
    });
    const host = await inRtlColumn<CpeAttendanceCheckIn>(
      html`<cpe-attendance-check-in
        api-base=${api}
        event-id=${id}
        token=${await token('ann')}
      ></cpe-attendance-check-in>`,
    );
    await host.refresh();
    await host.updateComplete;
    await waitUntil(() => $(host, '.timeline-picture'), 'no timeline');
    expect(host.shadowRoot!.querySelector('form #code')).to.be.instanceOf(HTMLInputElement);
    expect(mirrored($(host, '.timeline-picture'))).to.equal(true);
    await expectMirrored(host);
  });

  it('<cpe-attendance-check-in> as a host, with the code and a roster row', async () => {
    const api = newSpace('rtl');
    const { id } = await createEvent(api);
    await call(api, `v1/events/${id}/check-ins`, {
      as: ['bea', 'learner'],
      json: { kind: 'in', code: (await currentCode(api, id)).code },
    });
    const host = await inRtlColumn<CpeAttendanceCheckIn>(
      html`<cpe-attendance-check-in
        api-base=${api}
        event-id=${id}
        token=${await token('hal', 'host')}
        role="host"
      ></cpe-attendance-check-in>`,
    );
    await host.refresh();
    await host.updateComplete;
    await waitUntil(() => $(host, 'tbody tr'), 'no roster row');
    await expectMirrored(host);
  });

  it('<cpe-refund-request> with a refund quote', async () => {
    const host = await inRtlColumn<CpeRefundRequest>(
      html`<cpe-refund-request
        product="self-study"
        price-cents="19999"
        currency="USD"
        purchased-at=${daysAgo(10)}
        course-title="Managing Cash Flow"
      ></cpe-refund-request>`,
    );
    await host.quoteComplete;
    // The first answer of the first question: No, the final test was not taken.
    $<HTMLInputElement>(host, 'fieldset.field input[type="radio"]').click();
    await host.quoteComplete;
    expect($(host, '[part="outcome"]').textContent).to.contain('$179.99');
    await expectMirrored(host);
  });

  it('<cpe-refund-request> prints its receipt right to left, from a frame of its own', async () => {
    const host = await inRtlColumn<CpeRefundRequest>(
      html`<cpe-refund-request
        api-base=${newSpace('rtl')}
        token=${await token('ann')}
        product="self-study"
        price-cents="19999"
        currency="USD"
        purchased-at=${daysAgo(10)}
        course-title="Managing Cash Flow"
      ></cpe-refund-request>`,
    );
    await host.quoteComplete;
    $<HTMLInputElement>(host, 'fieldset.field input[type="radio"]').click();
    await host.quoteComplete;
    buttonLabelled(host, 'Send my request').click();
    await waitUntil(() => host.shadowRoot!.querySelector('[part="receipt"]'), 'no receipt');
    await expectMirrored(host);
    const pagePrint = Object.getOwnPropertyDescriptor(window, 'print');
    window.print = () => undefined;
    let printedDirection = '';
    try {
      buttonLabelled(host, 'Print').click();
      const frame = $<HTMLIFrameElement>(host, 'iframe.print-frame');
      frame.contentWindow!.print = () => {
        printedDirection = getComputedStyle(frame.contentDocument!.body).direction;
      };
      await waitUntil(() => printedDirection, 'the receipt was not printed');
    } finally {
      if (pagePrint) Object.defineProperty(window, 'print', pagePrint);
      else delete (window as { print?: unknown }).print;
    }
    expect(printedDirection).to.equal('rtl');
  });

  it('<cpe-refund-review> with a request in the queue', async () => {
    const api = newSpace('rtl');
    await call(api, 'v1/refunds', {
      as: ['learner-1', 'learner'],
      json: {
        product: 'self-study',
        priceCents: 19999,
        currency: 'USD',
        courseTitle: 'Managing Cash Flow',
        purchasedAt: daysAgo(40),
        message: 'I was in hospital.',
        specialCircumstances: true,
      },
    });
    const host = await inRtlColumn<CpeRefundReview>(
      html`<cpe-refund-review
        api-base=${api}
        token=${await token('rita', 'admin')}
      ></cpe-refund-review>`,
    );
    await host.loadComplete;
    await waitUntil(() => $(host, '[part="request"]'), 'no request listed');
    await expectMirrored(host);
  });

  it('<cpe-program-details> with a program and its session', async () => {
    await expectMirrored(await programCard());
  });

  it('<cpe-transcript> with completions, the requirement bar filling from the right', async () => {
    const completions: Completion[] = [
      {
        program: { title: 'Tax Update 2025', deliveryMethod: 'group-live' },
        completedOn: '2025-03-04',
        credits: { nasba: 38, icma: 38, byField: [{ field: 'Taxes', credits: 38 }] },
      },
      {
        program: { title: 'Audit Update 2026', deliveryMethod: 'group-live' },
        completedOn: '2026-02-10',
        credits: { nasba: 12, icma: 12, byField: [{ field: 'Auditing', credits: 12 }] },
      },
    ];
    const host = await inRtlColumn<CpeTranscript>(
      html`<cpe-transcript
        year="2026"
        certified-year="2020"
        .completions=${completions}
      ></cpe-transcript>`,
    );
    await host.loadComplete;
    await waitUntil(() => $(host, '.completion'), 'no completion listed');
    expect(mirrored($(host, '.bar'))).to.equal(true);
    await expectMirrored(host);
  });

  it('<cpe-certificate> with a certificate', async () => {
    await expectMirrored(await certificateCard());
  });
});
