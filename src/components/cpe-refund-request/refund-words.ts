/** Plain words for a refund decision: the quote's headline and the receipt's next steps. */
import type { RefundResult } from '../../policy/schemas.js';
import { formatMoney } from '../../policy/money.js';
import type { Words } from '../shared/locale-controller.js';

/** The answer in one sentence, second person (UI.md: "You would get $179.99 back"). */
export function headline({ t, locale }: Words, result: RefundResult): string {
  const exchange = result.remedy === 'exchange';
  switch (result.outcome) {
    case 'eligible':
      return exchange
        ? t('You can exchange it for a course of equal value')
        : t('You would get {amount} back', {
            amount: formatMoney(result.refundCents, result.currency, locale),
          });
    case 'ineligible':
      return exchange ? t('No exchange for this purchase') : t('No refund for this purchase');
    case 'manual-review':
      return t('A person would review your request');
    case 'external-policy':
      return t('The conference has its own refund policy');
  }
}

/** What the learner can expect once the sponsor has the request. */
export function nextSteps(
  { t, locale }: Words,
  result: RefundResult,
  payBy: string | undefined,
): string {
  const amount = formatMoney(result.refundCents, result.currency, locale);
  switch (result.outcome) {
    case 'eligible':
      if (result.remedy === 'exchange') {
        return t('The sponsor will contact you to pick a course of equal value.');
      }
      return payBy
        ? t(
            'The sponsor checks the request and pays {amount} to your original payment method by {date}.',
            { amount, date: payBy },
          )
        : t('The sponsor checks the request and pays {amount} to your original payment method.', {
            amount,
          });
    case 'manual-review':
      return t(
        'A person at the sponsor reads what you wrote and decides. You will hear back, and the status below changes when they do.',
      );
    case 'ineligible':
      return t(
        'The request is on record. The rules do not allow a refund, so nothing will be paid unless the sponsor decides otherwise.',
      );
    case 'external-policy':
      return t('The conference’s own policy applies; follow its instructions.');
  }
}
