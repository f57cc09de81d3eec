/** Registers `<cpe-refund-review>`; safe to import more than once. */
import { CpeRefundReview, type RefundDecidedDetail } from './cpe-refund-review.js';

if (!customElements.get('cpe-refund-review')) {
  customElements.define('cpe-refund-review', CpeRefundReview);
}

declare global {
  interface HTMLElementTagNameMap {
    'cpe-refund-review': CpeRefundReview;
  }
  interface HTMLElementEventMap {
    'cpe-refund-decided': CustomEvent<RefundDecidedDetail>;
  }
}

export { CpeRefundReview };
