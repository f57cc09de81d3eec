/** Registers `<cpe-refund-request>`; safe to import more than once. */
import { CpeRefundRequest } from './cpe-refund-request.js';

if (!customElements.get('cpe-refund-request')) {
  customElements.define('cpe-refund-request', CpeRefundRequest);
}

declare global {
  interface HTMLElementTagNameMap {
    'cpe-refund-request': CpeRefundRequest;
  }
  interface HTMLElementEventMap {
    'cpe-refund-quoted': CustomEvent<import('../../policy/schemas.js').RefundResult>;
    'cpe-refund-submitted': CustomEvent<import('../../policy/schemas.js').StoredRefund>;
  }
}

export { CpeRefundRequest };
