import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/cpe-certificate/define.js';
import { CpeCertificate } from '../../../src/components/cpe-certificate/cpe-certificate.js';

async function widget(): Promise<CpeCertificate> {
  const el = await fixture<CpeCertificate>(html`<cpe-certificate></cpe-certificate>`);
  await waitUntil(() => el.shadowRoot!.querySelector('.body'), 'the deferred chunk rendered');
  return el;
}

describe('<cpe-certificate>', () => {
  describe('accessibility', () => {
    it('passes axe', async () => {
      const el = await widget();
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('is defined by its define file', () => {
      expect(document.createElement('cpe-certificate')).to.be.instanceOf(CpeCertificate);
    });

    it('names itself in a heading', async () => {
      const el = await widget();
      expect(el.shadowRoot!.querySelector('h2')).to.have.text('Certificate');
    });
  });
});
