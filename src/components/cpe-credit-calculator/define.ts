/** Registers `<cpe-credit-calculator>`; safe to import more than once. */
import { CpeCreditCalculator } from './cpe-credit-calculator.js';

if (!customElements.get('cpe-credit-calculator')) {
  customElements.define('cpe-credit-calculator', CpeCreditCalculator);
}

declare global {
  interface HTMLElementTagNameMap {
    'cpe-credit-calculator': CpeCreditCalculator;
  }
  interface HTMLElementEventMap {
    'cpe-credits-calculated': CustomEvent<import('../../policy/schemas.js').CreditResult>;
  }
}

export { CpeCreditCalculator };
