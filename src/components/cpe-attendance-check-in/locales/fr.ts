/** The attendance check-in in French; keys are the English sources, `{name}` kept as is. */
import type { Catalog } from '../../shared/locale-controller.js';
import { unreachable } from '../../shared/locales/fr.js';

export const catalog: Catalog = {
  ...unreachable,
  // The element and the event
  'No event': 'Aucun événement',
  'Set the event-id attribute to the event’s id.':
    'Renseignez l’attribut event-id avec l’identifiant de l’événement.',
  'Loading the event…': 'Chargement de l’événement…',
  'The event could not be loaded.': 'L’événement n’a pas pu être chargé.',
  Retry: 'Réessayer',
  'Demo: not an official record.': 'Démo\u00a0: ce n’est pas un document officiel.',
  'Check-ins are kept in this browser only; the sponsor has no record of them.':
    'Les pointages restent uniquement dans ce navigateur\u00a0; l’organisme n’en garde aucune trace.',
  'The host’s code right now is': 'Le code de l’animateur en ce moment est',
  'You seem to be offline. What you send is kept on this device and sent when the connection returns.':
    'Vous semblez hors ligne. Ce que vous envoyez est gardé sur cet appareil et envoyé au retour de la connexion.',
  'Getting the code…': 'Récupération du code…',
  '(your time: {here})': '(votre heure\u00a0: {here})',
  // The learner
  'The code has {length} letters and digits; it is on the host’s screen.':
    'Le code compte {length} lettres et chiffres\u00a0; il est sur l’écran de l’animateur.',
  'You are checked in.': 'Votre arrivée est enregistrée.',
  'You are checked out.': 'Votre départ est enregistré.',
  'The code you typed offline has expired by now. Type the code on the host’s screen.':
    'Le code saisi hors ligne a expiré depuis. Saisissez le code affiché sur l’écran de l’animateur.',
  'That code is wrong or has expired. Type the code on the host’s screen now.':
    'Ce code est erroné ou a expiré. Saisissez le code affiché en ce moment sur l’écran de l’animateur.',
  'You are already checked in; check out when you leave.':
    'Votre arrivée est déjà enregistrée\u00a0; enregistrez votre départ en partant.',
  'You are not checked in; check in first.':
    'Votre arrivée n’est pas enregistrée\u00a0; enregistrez d’abord votre arrivée.',
  'Your answer is on record.': 'Votre réponse est enregistrée.',
  'Your answer could not be sent: you seem to be offline. Send it again when you are back.':
    'Votre réponse n’a pas pu être envoyée\u00a0: vous semblez hors ligne. Renvoyez-la à votre retour.',
  'Check out': 'Enregistrer mon départ',
  'Check in again': 'Enregistrer à nouveau mon arrivée',
  'Check in': 'Enregistrer mon arrivée',
  'Your check-out is saved on this device and will be sent when you are back online.':
    'Votre départ est gardé sur cet appareil et sera envoyé à votre retour en ligne.',
  'Your check-in is saved on this device and will be sent when you are back online.':
    'Votre arrivée est gardée sur cet appareil et sera envoyée à votre retour en ligne.',
  'Check-in code': 'Code d’arrivée',
  'Check-out code': 'Code de départ',
  'The {length} characters on the host’s screen. Case and spaces do not matter.':
    'Les {length} caractères affichés sur l’écran de l’animateur. Majuscules et espaces sont sans importance.',
  'Sending…': 'Envoi…',
  'Not checked in': 'Arrivée non enregistrée',
  'Checked in since {time}': 'Arrivée enregistrée depuis {time}',
  'Checked out at {time}': 'Départ enregistré à {time}',
  'Credit earned so far': 'Crédits obtenus jusqu’ici',
  'NASBA {nasba} · ICMA {icma} · {attended} attended':
    'NASBA {nasba} · ICMA {icma} · {attended} de présence',
  'Your credit appears here once the event has your records.':
    'Vos crédits s’affichent ici dès que vos pointages sont enregistrés pour l’événement.',
  'Your attendance timeline': 'Chronologie de votre présence',
  'You answered {answered} of {count} prompts issued.': {
    one: 'Vous avez répondu à {answered} sur {count} question posée.',
    other: 'Vous avez répondu à {answered} sur {count} questions posées.',
  },
  'Missed prompts:': 'Questions manquées\u00a0:',
  'Send answer': 'Envoyer la réponse',
  'Ask the host if you believe you attended.':
    'Adressez-vous à l’animateur si vous pensez avoir été présent.',
  'You are not signed in for this event. Reopen the course page and try again.':
    'Vous n’êtes pas connecté pour cet événement. Rouvrez la page du cours et réessayez.',
  'That did not work: {text}': 'Cela n’a pas fonctionné\u00a0: {text}',
  // The timeline
  none: 'aucune',
  'Check-in opens: {times}': 'Ouverture des arrivées\u00a0: {times}',
  'Session: {times}': 'Session\u00a0: {times}',
  'Break, not counted: {times}': 'Pause, non comptée\u00a0: {times}',
  'Prompts answered: {times}': 'Questions avec réponse\u00a0: {times}',
  'Prompts not answered: {times}': 'Questions sans réponse\u00a0: {times}',
  'You were present: {times}': 'Vous étiez présent\u00a0: {times}',
  'You have not checked in.': 'Vous n’avez pas enregistré votre arrivée.',
  '{who} was present: {times}': '{who} était présent\u00a0: {times}',
  '{who} has not checked in.': '{who} n’a pas enregistré son arrivée.',
};
