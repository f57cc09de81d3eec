/** Plain words for a refund decision, shared by the quote, the receipt and the review list. */
import type { RefundResult, StoredRefund } from '../../policy/schemas.js';
import { formatMoney } from '../shared/format.js';

/** The answer in one sentence, second person (UI.md: "You would get $179.99 back"). */
export function headline(result: RefundResult): string {
  const exchange = result.remedy === 'exchange';
  switch (result.outcome) {
    case 'eligible':
      return exchange
        ? 'You can exchange it for a course of equal value'
        : `You would get ${formatMoney(result.refundCents, result.currency)} back`;
    case 'ineligible':
      return exchange ? 'No exchange for this purchase' : 'No refund for this purchase';
    case 'manual-review':
      return 'A person would review your request';
    case 'external-policy':
      return 'The conference has its own refund policy';
  }
}

/** A short label of the decision, for lists and receipts. */
export function outcomeLabel(result: RefundResult): string {
  const remedy = result.remedy === 'exchange' ? 'exchange' : 'refund';
  switch (result.outcome) {
    case 'eligible':
      return result.remedy === 'exchange'
        ? 'Eligible for an exchange'
        : `Eligible: ${formatMoney(result.refundCents, result.currency)} refund`;
    case 'ineligible':
      return `Not eligible for a ${remedy}`;
    case 'manual-review':
      return 'Needs a review by the sponsor';
    case 'external-policy':
      return 'Follows the conference policy';
  }
}

export function statusLabel(status: StoredRefund['status']): string {
  switch (status) {
    case 'pending':
      return 'Waiting for the sponsor';
    case 'approved':
      return 'Approved';
    case 'denied':
      return 'Denied';
  }
}

/** What the learner can expect once the sponsor has the request. */
export function nextSteps(result: RefundResult, payBy: string | undefined): string {
  switch (result.outcome) {
    case 'eligible':
      return result.remedy === 'exchange'
        ? 'The sponsor will contact you to pick a course of equal value.'
        : `The sponsor checks the request and pays ${formatMoney(result.refundCents, result.currency)} to your original payment method${payBy ? ` by ${payBy}` : ''}.`;
    case 'manual-review':
      return 'A person at the sponsor reads what you wrote and decides. You will hear back, and the status below changes when they do.';
    case 'ineligible':
      return 'The request is on record. The rules do not allow a refund, so nothing will be paid unless the sponsor decides otherwise.';
    case 'external-policy':
      return 'The conference’s own policy applies; follow its instructions.';
  }
}
