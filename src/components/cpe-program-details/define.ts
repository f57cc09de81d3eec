/** Registers `<cpe-program-details>`; safe to import more than once. */
import { CpeProgramDetails, type ProgramLoadedDetail } from './cpe-program-details.js';

if (!customElements.get('cpe-program-details')) {
  customElements.define('cpe-program-details', CpeProgramDetails);
}

declare global {
  interface HTMLElementTagNameMap {
    'cpe-program-details': CpeProgramDetails;
  }
  interface HTMLElementEventMap {
    'cpe-program-loaded': CustomEvent<ProgramLoadedDetail>;
  }
}

export { CpeProgramDetails };
