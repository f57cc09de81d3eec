/** The refund review queue in French; keys are the English sources, `{name}` kept as is. */
import type { Catalog } from '../../shared/locale-controller.js';
import { refundLabels } from '../../shared/locales/refund-labels-fr.js';
import { unreachable } from '../../shared/locales/fr.js';

export const catalog: Catalog = {
  ...refundLabels,
  ...unreachable,
  'Write a note: it goes into the audit trail.':
    'Rédigez une note\u00a0: elle figure dans le journal d’audit.',
  'Request {id} approved.': 'Demande {id} approuvée.',
  'Request {id} denied.': 'Demande {id} refusée.',
  'Refund requests': 'Demandes de remboursement',
  'Loading…': 'Chargement…',
  Refresh: 'Actualiser',
  'Reviewing requests needs the sponsor’s policy API: set':
    'Pour examiner les demandes, il faut l’API de la politique de l’organisme\u00a0: indiquez',
  'and an admin token.': 'et un jeton d’administrateur.',
  'Something went wrong. Try again.': 'Un problème est survenu. Réessayez.',
  'Try again': 'Réessayer',
  'Loading the requests…': 'Chargement des demandes…',
  'No refund requests yet.': 'Aucune demande de remboursement pour l’instant.',
  All: 'Toutes',
  'Waiting for a decision': 'En attente de décision',
  Decided: 'Décidées',
  'Self-study course': 'Cours en autoformation',
  'Live event': 'Événement en direct',
  Conference: 'Conférence',
  'submitted by {who}': 'envoyée par {who}',
  'approved by {who}': 'approuvée par {who}',
  'denied by {who}': 'refusée par {who}',
  '{action} by {who}': '{action} par {who}',
  Show: 'Afficher',
  'Nothing is waiting for a decision.': 'Rien n’attend de décision.',
  'No decisions yet.': 'Aucune décision pour l’instant.',
  Status: 'Statut',
  'Rules say': 'Selon les règles',
  Learner: 'Participant',
  Received: 'Reçue le',
  Paid: 'Payé',
  Policy: 'Politique',
  'Learner wrote:': 'Le participant a écrit\u00a0:',
  'Why the rules say so': 'Pourquoi les règles le disent',
  'Audit trail': 'Journal d’audit',
  'Note for the record': 'Note pour le dossier',
  Approve: 'Approuver',
  'Denying…': 'Refus en cours…',
  Deny: 'Refuser',
  'Approve the request of {learner} ({outcome})? An approval cannot be undone.':
    'Approuver la demande de {learner} ({outcome})\u00a0? Une approbation est définitive.',
  'Approving…': 'Approbation en cours…',
  'Yes, approve': 'Oui, approuver',
  Cancel: 'Annuler',
  'Only a signed-in administrator can review refund requests.':
    'Seul un administrateur connecté peut examiner les demandes de remboursement.',
};
