/** The program card in French; keys are the English sources, `{name}` kept as is. */
import type { Catalog } from '../../shared/locale-controller.js';
import {
  creditsTable,
  deliveryMethods,
  failureNotice,
  unreachable,
} from '../../shared/locales/fr.js';

export const catalog: Catalog = {
  ...creditsTable,
  ...deliveryMethods,
  ...failureNotice,
  ...unreachable,
  'Program details': 'Détails du programme',
  'A preview on this page: not read from the sponsor’s records.':
    'Un aperçu sur cette page\u00a0: il ne provient pas des registres de l’organisme.',
  'Loading…': 'Chargement…',
  'Set program-id to show a program.': 'Indiquez program-id pour afficher un programme.',
  'Set the program property to show a program.':
    'Indiquez la propriété program pour afficher un programme.',
  'This program is not available.': 'Ce programme n’est pas disponible.',
  'This program could not be shown: {why}': 'Ce programme n’a pas pu être affiché\u00a0: {why}',
  'Self-study course': 'Cours en autoformation',
  'Live event or webinar': 'Événement en direct ou webinaire',
  Conference: 'Conférence',
  Basic: 'Débutant',
  Intermediate: 'Intermédiaire',
  Advanced: 'Avancé',
  Update: 'Mise à jour',
  Overview: 'Vue d’ensemble',
  '{count} days': { one: '{count} jour', other: '{count} jours' },
  'an exchange for a course of equal value': 'un échange contre un cours de même valeur',
  'a refund of the price less a {fee} processing fee':
    'le remboursement du prix, moins des frais de dossier de {fee}',
  'a full refund': 'le remboursement intégral',
  'If something out of the ordinary kept you from it, ask anyway: a person at the sponsor reviews your request.':
    'Si un imprévu vous en a empêché, faites quand même la demande\u00a0: une personne de l’organisme examine votre demande.',
  'You can ask for {what} within {days} of buying this course, as long as you have not taken its final test.':
    'Vous pouvez demander {what} dans un délai de {days} après l’achat de ce cours, tant que vous n’avez pas passé son examen final.',
  'After that, or once you have taken the test, no exchange is given.':
    'Passé ce délai, ou une fois l’examen passé, aucun échange n’est accordé.',
  'After that, or once you have taken the test, no refund is given.':
    'Passé ce délai, ou une fois l’examen passé, aucun remboursement n’est accordé.',
  'You can cancel for {what} by writing to the sponsor at least {days} before the event (in the event’s time zone).':
    'Vous pouvez annuler et obtenir {what} en écrivant à l’organisme au moins {days} avant l’événement (dans le fuseau horaire de l’événement).',
  'The exchange is arranged within {days} after the event. Later, or if you do not attend, no exchange is given.':
    'L’échange est organisé dans un délai de {days} après l’événement. Plus tard, ou si vous n’y assistez pas, aucun échange n’est accordé.',
  'The money is paid within {days} after the event. Later, or if you do not attend, no refund is given.':
    'Le remboursement est versé dans un délai de {days} après l’événement. Plus tard, ou si vous n’y assistez pas, aucun remboursement n’est accordé.',
  'The conference has its own refund and cancellation policy.':
    'La conférence a sa propre politique de remboursement et d’annulation.',
  'Your time: {time}': 'Votre heure\u00a0: {time}',
  'Self-paced: start whenever you like.': 'À votre rythme\u00a0: commencez quand vous voulez.',
  'The sponsor announces the dates with your enrollment.':
    'L’organisme communique les dates lors de votre inscription.',
  'Credits by field of study': 'Crédits par domaine d’études',
  'Read the conference policy': 'Lire la politique de la conférence',
  'Questions or complaints go to {name}, by phone at {phone}, or by mail: {mail}.':
    'Adressez vos questions ou réclamations à {name}, par téléphone au {phone}, ou par courrier\u00a0: {mail}.',
  ' or ': ' ou ',
  'Questions or complaints go to {name} or by mail: {mail}.':
    'Adressez vos questions ou réclamations à {name} ou par courrier\u00a0: {mail}.',
  'Complaints about a registered sponsor can also go to NASBA’s':
    'Les réclamations visant un organisme enregistré peuvent aussi être adressées au registre de la NASBA,',
  'National Registry of CPE Sponsors': 'National Registry of CPE Sponsors',
  None: 'Néant',
  '{state} sponsor id {id}.': 'Identifiant d’organisme pour {state}\u00a0: {id}.',
  'Learning objectives': 'Objectifs pédagogiques',
  'Delivery method': 'Mode de formation',
  'Knowledge level': 'Niveau de connaissances',
  Product: 'Produit',
  Price: 'Prix',
  Prerequisites: 'Prérequis',
  'Advance preparation': 'Préparation préalable',
  'Attendance requirements': 'Conditions de présence',
  Location: 'Lieu',
  Online: 'En ligne',
  'Time zone': 'Fuseau horaire',
  Instructors: 'Formateurs',
  'None listed': 'Aucun indiqué',
  Sessions: 'Sessions',
  'Refunds and cancellations': 'Remboursements et annulations',
  Complaints: 'Réclamations',
  '{name} is registered with NASBA as a sponsor of continuing professional education, sponsor id {id}.':
    '{name} est enregistré auprès de la NASBA comme organisme de formation professionnelle continue, sous l’identifiant {id}.',
  'Credits are granted on the basis of a {minutes}-minute hour.':
    'Les crédits sont accordés sur la base d’une heure de {minutes} minutes.',
  'State boards of accountancy have final authority on the acceptance of CPE credits.':
    'Les autorités comptables des États (state boards of accountancy) ont le dernier mot sur l’acceptation des crédits CPE.',
  'Program version {version}; credits worked out under policy {creditPolicy}; refund and complaint terms under policy {policy}.':
    'Version {version} du programme\u00a0; crédits calculés selon la politique {creditPolicy}\u00a0; conditions de remboursement et de réclamation selon la politique {policy}.',
};
