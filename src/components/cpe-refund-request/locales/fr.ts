/** The refund request in French; keys are the English sources, `{name}` kept as is. */
import type { Catalog } from '../../shared/locale-controller.js';
import { refundLabels } from '../../shared/locales/refund-labels-fr.js';

export const catalog: Catalog = {
  ...refundLabels,
  'event time': 'heure de l’événement',
  'sponsor’s time': 'heure de l’organisme',
  'Tell the sponsor briefly what happened.':
    'Expliquez brièvement à l’organisme ce qui s’est passé.',
  'Refund for {title}': 'Remboursement de {title}',
  'Ask for a refund': 'Demander un remboursement',
  'Your answers': 'Vos réponses',
  'Have you taken the final test?': 'Avez-vous passé l’examen final\u00a0?',
  'Once the final test is taken, a self-study course cannot be refunded.':
    'Une fois l’examen final passé, un cours d’autoformation ne peut plus être remboursé.',
  'Did you attend the event?': 'Avez-vous assisté à l’événement\u00a0?',
  'The event has started, so the rules ask whether you were there.':
    'L’événement a commencé\u00a0: les règles demandent donc si vous y étiez.',
  No: 'Non',
  Yes: 'Oui',
  'Something exceptional happened': 'Il s’est passé quelque chose d’exceptionnel',
  'An illness, a family emergency or similar: the sponsor reviews your case in person.':
    'Une maladie, une urgence familiale ou autre\u00a0: une personne de l’organisme examine votre cas.',
  'What happened?': 'Que s’est-il passé\u00a0?',
  'Anything to add? (optional)': 'Quelque chose à ajouter\u00a0? (facultatif)',
  'What you would get': 'Ce que vous obtiendriez',
  Estimate: 'Estimation',
  'Working it out…': 'Calcul en cours…',
  'Answer the question to see what you would get back.':
    'Répondez à la question pour voir ce qui vous serait remboursé.',
  'This form is not set up yet; contact {contact} to ask for a refund.':
    'Ce formulaire n’est pas encore configuré\u00a0; écrivez à {contact} pour demander un remboursement.',
  'The sponsor’s system could not be reached, so there is no answer yet. Your answers are kept.':
    'Le système de l’organisme n’a pas pu être joint\u00a0: il n’y a donc pas encore de réponse. Vos réponses sont conservées.',
  'The answer could not be worked out.': 'La réponse n’a pas pu être calculée.',
  'Try again': 'Réessayer',
  'This page shows an estimate only. Sending a written request needs the sponsor’s policy API, which this page is not connected to: ask in writing through {contact}.':
    'Cette page ne donne qu’une estimation. Envoyer une demande écrite passe par l’API de la politique de l’organisme, à laquelle cette page n’est pas reliée\u00a0: faites votre demande par écrit via {contact}.',
  'Sending…': 'Envoi en cours…',
  'Send my request': 'Envoyer ma demande',
  'The sponsor’s rules are still loading, so nothing was sent. Try again in a moment.':
    'Les règles de l’organisme sont encore en cours de chargement\u00a0: rien n’a été envoyé. Réessayez dans un instant.',
  'Your request was not sent: the sponsor’s system could not be reached. Your answers are kept; try again when you are back online. Trying again never files it twice.':
    'Votre demande n’a pas été envoyée\u00a0: le système de l’organisme n’a pas pu être joint. Vos réponses sont conservées\u00a0; réessayez quand vous serez de nouveau en ligne. Réessayer ne l’enregistre jamais deux fois.',
  'Your request was not sent. {why}': 'Votre demande n’a pas été envoyée. {why}',
  'Your request was not sent because of an unexpected problem. Try again.':
    'Votre demande n’a pas été envoyée à cause d’un problème inattendu. Réessayez.',
  'If something exceptional happened, you can ask the sponsor for a review.':
    'S’il s’est passé quelque chose d’exceptionnel, vous pouvez demander à l’organisme de réexaminer votre cas.',
  'Ask for a review': 'Demander un réexamen',
  'Policy {version}.': 'Politique {version}.',
  'The sponsor decides on the time it receives your request.':
    'L’organisme décide d’après le moment où il reçoit votre demande.',
  'Estimate from the bundled rules and your device’s clock; not an official decision.':
    'Estimation d’après les règles intégrées et l’horloge de votre appareil\u00a0; ce n’est pas une décision officielle.',
  'You paid': 'Vous avez payé',
  'Processing fee': 'Frais de dossier',
  'Exchange value': 'Valeur de l’échange',
  Refund: 'Remboursement',
  'Exchange arranged by {date}': 'Échange organisé au plus tard le {date}',
  'Paid by {date}': 'Versé au plus tard le {date}',
  Why: 'Pourquoi',
  'Read the conference refund policy': 'Lire la politique de remboursement de la conférence',
  '{left} left to cancel with an exchange': 'Il vous reste {left} pour annuler avec un échange',
  '{left} left to cancel with a refund': 'Il vous reste {left} pour annuler avec remboursement',
  '{left} left to ask for an exchange': 'Il vous reste {left} pour demander un échange',
  '{left} left to ask for a refund': 'Il vous reste {left} pour demander un remboursement',
  'Deadline:': 'Date limite\u00a0:',
  'Your time: {time}': 'Votre heure\u00a0: {time}',
  'The deadline passed on {date}.': 'La date limite était le {date}.',
  'Request received': 'Demande reçue',
  Reference: 'Référence',
  Received: 'Reçue',
  'by the sponsor’s clock; {zone}: {time}':
    'selon l’horloge de l’organisme\u00a0; {zone}\u00a0: {time}',
  Course: 'Cours',
  Decision: 'Décision',
  Status: 'Statut',
  'Policy version': 'Version de la politique',
  'These purchase details are what this page said, not an order on record: the sponsor will check the facts before deciding.':
    'Ces détails d’achat sont ceux qu’indiquait cette page, pas une commande enregistrée\u00a0: l’organisme vérifiera les faits avant de décider.',
  'What happens next': 'Et maintenant',
  'Keep the reference to ask about this request.':
    'Gardez la référence pour vous renseigner sur cette demande.',
  'Print the receipt': 'Imprimer le reçu',
  'Refund request receipt': 'Reçu de la demande de remboursement',
  'Say whether you have taken the final test.': 'Indiquez si vous avez passé l’examen final.',
  'Say whether you attended the event.': 'Indiquez si vous avez assisté à l’événement.',
  refunded: 'remboursée',
  cancelled: 'annulée',
  Program: 'Programme',
  Purchased: 'Acheté',
  'Event starts': 'Début de l’événement',
  'From the sponsor’s records of your order.':
    'D’après les registres de l’organisme sur votre commande.',
  'This enrollment was refunded, so there is nothing left to refund. Questions go to {contact}.':
    'Cette inscription a été remboursée\u00a0: il ne reste rien à rembourser. Pour toute question, écrivez à {contact}.',
  'This enrollment was cancelled, so there is nothing left to refund. Questions go to {contact}.':
    'Cette inscription a été annulée\u00a0: il ne reste rien à rembourser. Pour toute question, écrivez à {contact}.',
  'You have no purchases on record with this sponsor, so there is nothing to ask a refund for here. If you bought something, contact {contact}.':
    'Aucun achat n’est enregistré à votre nom chez cet organisme\u00a0: il n’y a rien à rembourser ici. Si vous avez acheté quelque chose, écrivez à {contact}.',
  'Which purchase is this about?': 'De quel achat s’agit-il\u00a0?',
  '{price}, bought {date}': '{price}, acheté le {date}',
  'Your purchases could not be read from the sponsor’s system.':
    'Vos achats n’ont pas pu être lus dans le système de l’organisme.',
  'This purchase is not on record for you. Contact {contact} to ask for a refund.':
    'Cet achat n’est pas enregistré à votre nom. Écrivez à {contact} pour demander un remboursement.',
  'Reading your purchases…': 'Lecture de vos achats…',
  'You already asked about this purchase: reference':
    'Vous avez déjà fait une demande pour cet achat\u00a0: référence',
  'You can exchange it for a course of equal value':
    'Vous pouvez l’échanger contre un cours de même valeur',
  'You would get {amount} back': 'Vous seriez remboursé de {amount}',
  'No exchange for this purchase': 'Pas d’échange pour cet achat',
  'No refund for this purchase': 'Pas de remboursement pour cet achat',
  'A person would review your request': 'Une personne examinerait votre demande',
  'The conference has its own refund policy':
    'La conférence a sa propre politique de remboursement',
  'The sponsor will contact you to pick a course of equal value.':
    'L’organisme vous contactera pour choisir un cours de même valeur.',
  'The sponsor checks the request and pays {amount} to your original payment method by {date}.':
    'L’organisme vérifie la demande et reverse {amount} sur votre moyen de paiement d’origine au plus tard le {date}.',
  'The sponsor checks the request and pays {amount} to your original payment method.':
    'L’organisme vérifie la demande et reverse {amount} sur votre moyen de paiement d’origine.',
  'A person at the sponsor reads what you wrote and decides. You will hear back, and the status below changes when they do.':
    'Une personne de l’organisme lit ce que vous avez écrit et décide. Vous recevrez une réponse, et le statut ci-dessous changera alors.',
  'The request is on record. The rules do not allow a refund, so nothing will be paid unless the sponsor decides otherwise.':
    'La demande est enregistrée. Les règles ne permettent pas de remboursement\u00a0: rien ne sera versé, sauf décision contraire de l’organisme.',
  'The conference’s own policy applies; follow its instructions.':
    'La politique propre à la conférence s’applique\u00a0; suivez ses instructions.',
  'No request with that reference is on record for you.':
    'Aucune demande à votre nom ne porte cette référence.',
  'The sponsor’s system could not be reached. Try again in a moment.':
    'Le système de l’organisme n’a pas pu être joint. Réessayez dans un instant.',
  'The status could not be found.': 'Le statut est introuvable.',
  'Check a request’s status': 'Suivre une demande',
  'Such as R-7KQ-4MX, from your receipt.': 'Par exemple R-7KQ-4MX, sur votre reçu.',
  'Look up': 'Rechercher',
  'Note: {note}': 'Note\u00a0: {note}',
};
