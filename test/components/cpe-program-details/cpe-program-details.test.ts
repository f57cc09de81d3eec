import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/cpe-program-details/define.js';
import { CpeProgramDetails } from '../../../src/components/cpe-program-details/cpe-program-details.js';

async function widget(): Promise<CpeProgramDetails> {
  const el = await fixture<CpeProgramDetails>(html`<cpe-program-details></cpe-program-details>`);
  await waitUntil(() => el.shadowRoot!.querySelector('.body'), 'the deferred chunk rendered');
  return el;
}

describe('<cpe-program-details>', () => {
  describe('accessibility', () => {
    it('passes axe', async () => {
      const el = await widget();
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('is defined by its define file', () => {
      expect(document.createElement('cpe-program-details')).to.be.instanceOf(CpeProgramDetails);
    });

    it('names itself in a heading', async () => {
      const el = await widget();
      expect(el.shadowRoot!.querySelector('h2')).to.have.text('Program details');
    });
  });
});
