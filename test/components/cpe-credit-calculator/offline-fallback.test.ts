import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/cpe-credit-calculator/define.js';
import type { CpeCreditCalculator } from '../../../src/components/cpe-credit-calculator/cpe-credit-calculator.js';
import { newSpace, requestsTo, setLine } from '../api-space.js';

// A file of its own: its page has loaded no bundled rules before the test, so what the page
// fetched shows whether the calculator loaded them ahead of need.
// API mode talks to the real app (test/components/real-api.mjs), then its line goes down.

/** Requests this page made for the bundled-rules client module (src/client/local). */
const localClientFetches = (): number =>
  performance
    .getEntriesByType('resource')
    .filter((entry) => /\/src\/client\/local\.(?:js|ts)(?:\?|$)/.test(entry.name)).length;

async function fill(el: CpeCreditCalculator, value: string): Promise<void> {
  const label = [...el.shadowRoot!.querySelectorAll('label')].find(
    (item) => item.textContent?.trim() === 'Minutes',
  )!;
  const input = el.shadowRoot!.getElementById(label.htmlFor) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.calculationComplete;
}

const resultText = (el: HTMLElement): string =>
  el.shadowRoot!.querySelector('[part="result"]')!.textContent.replace(/\s+/g, ' ');

describe('<cpe-credit-calculator> offline fallback', () => {
  it('loads the bundled rules after the first API answer, so they answer once the network is gone', async () => {
    const api = newSpace('fallback');
    const el = await fixture<CpeCreditCalculator>(
      html`<cpe-credit-calculator api-base=${api}></cpe-credit-calculator>`,
    );
    await el.calculationComplete;
    expect(localClientFetches()).to.equal(0);

    await fill(el, '74');
    expect(resultText(el)).not.to.contain('Estimate');
    expect(await requestsTo(api, 'POST', '/v1/credits')).to.have.length(1);
    await waitUntil(() => localClientFetches() > 0, 'the bundled rules were not loaded', {
      timeout: 3000,
    });

    await setLine(api, 'down');
    await fill(el, '140');
    expect(resultText(el)).to.contain('The policy API could not be reached');
    expect(resultText(el)).to.contain('Estimate');
    expect(el.shadowRoot!.querySelectorAll('.figure .hero')).to.have.length(2);
    // The fallback used what was loaded ahead: nothing more was fetched once offline.
    expect(localClientFetches()).to.equal(1);
  });
});
