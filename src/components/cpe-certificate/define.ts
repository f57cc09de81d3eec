/** Registers `<cpe-certificate>`; safe to import more than once. */
import { CpeCertificate, type CertificateLoadedDetail } from './cpe-certificate.js';

if (!customElements.get('cpe-certificate')) {
  customElements.define('cpe-certificate', CpeCertificate);
}

declare global {
  interface HTMLElementTagNameMap {
    'cpe-certificate': CpeCertificate;
  }
  interface HTMLElementEventMap {
    'cpe-certificate-loaded': CustomEvent<CertificateLoadedDetail>;
  }
}

export { CpeCertificate };
