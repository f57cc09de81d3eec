import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/{{tag}}/define.js';
import { {{className}} } from '../../../src/components/{{tag}}/{{tag}}.js';

async function widget(): Promise<{{className}}> {
  const el = await fixture<{{className}}>(html`<{{tag}}></{{tag}}>`);
  await waitUntil(() => el.shadowRoot!.querySelector('.body'), 'the deferred chunk rendered');
  return el;
}

describe('<{{tag}}>', () => {
  describe('accessibility', () => {
    it('passes axe', async () => {
      const el = await widget();
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('is defined by its define file', () => {
      expect(document.createElement('{{tag}}')).to.be.instanceOf({{className}});
    });

    it('names itself in a heading', async () => {
      const el = await widget();
      expect(el.shadowRoot!.querySelector('h2')).to.have.text({{titleString}});
    });
  });
});
