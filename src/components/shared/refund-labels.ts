/** A refund decision and its status in a few words, for the receipt, the look-up and the review list. */
import type { RefundResult, StoredRefund } from '../../policy/schemas.js';
import { formatMoney } from '../../policy/money.js';
import type { Words } from './locale-controller.js';

/** A short label of the decision, for lists and receipts. */
export function outcomeLabel({ t, locale }: Words, result: RefundResult): string {
  const exchange = result.remedy === 'exchange';
  switch (result.outcome) {
    case 'eligible':
      return exchange
        ? t('Eligible for an exchange')
        : t('Eligible: {amount} refund', {
            amount: formatMoney(result.refundCents, result.currency, locale),
          });
    case 'ineligible':
      return exchange ? t('Not eligible for an exchange') : t('Not eligible for a refund');
    case 'manual-review':
      return t('Needs a review by the sponsor');
    case 'external-policy':
      return t('Follows the conference policy');
  }
}

export function statusLabel({ t }: Words, status: StoredRefund['status']): string {
  switch (status) {
    case 'pending':
      return t('Waiting for the sponsor');
    case 'approved':
      return t('Approved');
    case 'denied':
      return t('Denied');
  }
}
