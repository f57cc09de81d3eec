import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/cpe-credit-calculator/define.js';
import type { CpeCreditCalculator } from '../../../src/components/cpe-credit-calculator/cpe-credit-calculator.js';

// A file of its own: its page has loaded no bundled rules before the test, so what the page
// fetched shows whether the calculator loaded them ahead of need.
// API mode talks to the `switch/` stand-in of calc-api.middleware.mjs.

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
    const api = `/calc-api/switch/fallback-${Date.now()}/`;
    const el = await fixture<CpeCreditCalculator>(
      html`<cpe-credit-calculator api-base=${api}></cpe-credit-calculator>`,
    );
    await el.calculationComplete;
    expect(localClientFetches()).to.equal(0);

    await fill(el, '74');
    expect(resultText(el)).to.contain('Computed by the stand-in API');
    await waitUntil(() => localClientFetches() > 0, 'the bundled rules were not loaded', {
      timeout: 3000,
    });

    await fetch(`${api}down`, { method: 'POST' });
    await fill(el, '140');
    expect(resultText(el)).to.contain('The policy API could not be reached');
    expect(resultText(el)).not.to.contain('Computed by the stand-in API');
    expect(el.shadowRoot!.querySelectorAll('.figure .hero')).to.have.length(2);
    // The fallback used what was loaded ahead: nothing more was fetched once offline.
    expect(localClientFetches()).to.equal(1);
  });
});
