import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/cpe-transcript/define.js';
import { CpeTranscript } from '../../../src/components/cpe-transcript/cpe-transcript.js';

async function widget(): Promise<CpeTranscript> {
  const el = await fixture<CpeTranscript>(html`<cpe-transcript></cpe-transcript>`);
  await waitUntil(() => el.shadowRoot!.querySelector('.body'), 'the deferred chunk rendered');
  return el;
}

describe('<cpe-transcript>', () => {
  describe('accessibility', () => {
    it('passes axe', async () => {
      const el = await widget();
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('is defined by its define file', () => {
      expect(document.createElement('cpe-transcript')).to.be.instanceOf(CpeTranscript);
    });

    it('names itself in a heading', async () => {
      const el = await widget();
      expect(el.shadowRoot!.querySelector('h2')).to.have.text('Transcript');
    });
  });
});
