// The LocaleController on an element of its own, with a catalog that arrives when the test
// says: what the widget asks answers in, and what it speaks, before and after.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  LocaleController,
  type LanguageChunk,
} from '../../../src/components/shared/locale-controller.js';

let arrive: (chunk: LanguageChunk) => void = () => undefined;
const french = (): Promise<LanguageChunk> => new Promise((resolve) => (arrive = resolve));

class Speaker extends LitElement {
  readonly i18n = new LocaleController(this, { fr: french });

  override render() {
    return this.i18n.t('Hello');
  }
}
customElements.define('test-speaker', Speaker);

describe('LocaleController', () => {
  it('asks in the page’s language at once and speaks it once its catalog is in', async () => {
    const el = await fixture<Speaker>(html`<test-speaker lang="fr-CA"></test-speaker>`);
    // Before the catalog: English words, but answers are asked for in French already.
    expect([el.i18n.locale, el.i18n.target]).to.deep.equal(['en', 'fr']);
    expect(el.shadowRoot!.textContent).to.equal('Hello');
    arrive({ catalog: { Hello: 'Bonjour' } });
    await waitUntil(() => el.shadowRoot!.textContent === 'Bonjour', 'no French');
    expect([el.i18n.locale, el.i18n.target]).to.deep.equal(['fr', 'fr']);
    await expect(el).to.be.accessible();
  });

  it('asks in English for a language it has no catalog for', async () => {
    const el = await fixture<Speaker>(html`<test-speaker lang="de"></test-speaker>`);
    expect([el.i18n.locale, el.i18n.target]).to.deep.equal(['en', 'en']);
  });
});
