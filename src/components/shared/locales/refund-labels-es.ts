/**
 * The refund outcomes' and statuses' labels (shared/refund-labels.ts) in Spanish: a file of
 * their own, so the refund widgets' catalogs do not bring the other shared sentences.
 */
import type { Catalog } from '../locale-controller.js';

export const refundLabels: Catalog = {
  'Eligible for an exchange': 'Admite un cambio',
  'Eligible: {amount} refund': 'Admite un reembolso de {amount}',
  'Not eligible for an exchange': 'No admite cambio',
  'Not eligible for a refund': 'No admite reembolso',
  'Needs a review by the sponsor': 'Necesita la revisión del patrocinador',
  'Follows the conference policy': 'Sigue la política del congreso',
  'Waiting for the sponsor': 'Esperando al patrocinador',
  Approved: 'Aprobada',
  Denied: 'Denegada',
};
