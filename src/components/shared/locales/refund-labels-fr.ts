/**
 * The refund outcomes' and statuses' labels (shared/refund-labels.ts) in French: a file of
 * their own, so the refund widgets' catalogs do not bring the other shared sentences.
 */
import type { Catalog } from '../locale-controller.js';

export const refundLabels: Catalog = {
  'Eligible for an exchange': 'Donne droit à un échange',
  'Eligible: {amount} refund': 'Donne droit à un remboursement de {amount}',
  'Not eligible for an exchange': 'Ne donne pas droit à un échange',
  'Not eligible for a refund': 'Ne donne pas droit à un remboursement',
  'Needs a review by the sponsor': 'À examiner par l’organisme',
  'Follows the conference policy': 'Suit la politique de la conférence',
  'Waiting for the sponsor': 'En attente de l’organisme',
  Approved: 'Approuvée',
  Denied: 'Refusée',
};
