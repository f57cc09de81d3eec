/** Registers `<cpe-certificate>`; safe to import more than once. */
import { CpeCertificate } from './cpe-certificate.js';

if (!customElements.get('cpe-certificate')) {
  customElements.define('cpe-certificate', CpeCertificate);
}

declare global {
  interface HTMLElementTagNameMap {
    'cpe-certificate': CpeCertificate;
  }
}

export { CpeCertificate };
