/**
 * The API's problem details in French (vous, like the widgets). Header names, field names
 * and parameters (`dateOrder=mdy`) stay as the API spells them; so does what another system
 * said (a CSV reader's words).
 */
import { localizeReason } from '../../policy/reason-text.js';
import { wordRefusal } from './lti-refusals.js';
import type { ProblemTable } from './problems-en.js';

const ENROLLMENT = { active: 'active', cancelled: 'annulée', refunded: 'remboursée' };
const CERTIFICATE = { valid: 'valide', revoked: 'révoqué', superseded: 'remplacé' };
const either = (words: readonly string[]) =>
  new Intl.ListFormat('fr', { type: 'disjunction' }).format(words);
const minutes = (count: number) => `${count} ${count < 2 ? 'minute' : 'minutes'}`;

export const frProblems: ProblemTable = {
  bodyMustBeJson: () => ({
    title: 'Le corps doit être du JSON',
    detail: 'Envoyez le corps avec l’en-tête «\u00a0Content-Type: application/json\u00a0».',
  }),
  bodyTooLarge: ({ size }) => ({
    title: 'Le corps est trop volumineux',
    detail: `Les requêtes sont limitées à ${size}.`,
  }),
  bodyTooDeep: ({ depth }) => ({
    title: 'Le corps est imbriqué sur trop de niveaux',
    detail: `Les tableaux et les objets peuvent être imbriqués sur ${depth} niveaux au plus.`,
  }),
  bodyNotJson: () => ({
    title: 'Le corps n’est pas du JSON',
    detail: 'Envoyez un objet JSON avec content-type application/json.',
  }),
  requestInvalid: () => ({
    title: 'La requête n’est pas valide',
    detail: 'Corrigez les champs indiqués, puis réessayez.',
  }),
  idempotencyKeyReused: () => ({
    title: 'Idempotency-Key déjà utilisée avec un autre corps',
    detail:
      'Cette clé a déjà servi pour une autre requête\u00a0; utilisez une nouvelle clé pour chaque nouvelle requête.',
  }),

  signInRequired: () => ({
    title: 'Connexion requise',
    detail:
      'Envoyez un jeton valide et non expiré sous la forme «\u00a0Authorization: Bearer <token>\u00a0».',
  }),
  notAllowed: ({ roles }) => ({
    title: 'Non autorisé',
    detail: `Il faut pour cela le rôle ${either(roles)}.`,
  }),
  learnerSignInRequired: () => ({
    title: 'La connexion d’un participant est requise',
    detail: 'Un devis portant sur une inscription demande le jeton du participant concerné.',
  }),
  tooManyWrites: ({ limit, wait }) => ({
    title: 'Trop de requêtes',
    detail: `Vous avez envoyé plus de ${limit} requêtes en une minute. Attendez ${wait} secondes, puis réessayez.`,
  }),
  tooManyFromAddress: ({ limit, wait }) => ({
    title: 'Trop de requêtes',
    detail: `Cette adresse a envoyé plus de ${limit} requêtes en une minute. Attendez ${wait} secondes.`,
  }),

  notFound: ({ path }) => ({ title: 'Introuvable', detail: `Rien n’est servi à ${path}.` }),
  serverError: () => ({
    title: 'Une erreur s’est produite',
    detail: 'L’erreur a été enregistrée\u00a0; veuillez réessayer.',
  }),
  widgetNotFramed: ({ widget, frames }) => ({
    title: 'Widget non proposé en cadre',
    detail:
      `${widget} est un outil réservé au personnel de l’organisme, non proposé en cadre. ` +
      `/embed/ sert les widgets des participants\u00a0: ${frames}. ` +
      `Chargez plutôt /cdn/${widget}.js sur la page de l’organisme.`,
  }),
  widgetUnknown: ({ widget, frames }) => ({
    title: 'Widget inconnu',
    detail: `Aucun widget nommé «\u00a0${widget}\u00a0» ne peut être intégré. /embed/ sert\u00a0: ${frames}.`,
  }),

  eventUnknown: () => ({
    title: 'Événement introuvable',
    detail: 'Vérifiez l’identifiant de l’événement.',
  }),
  checkInRefused: ({ refusal, stepSeconds, cap }) => {
    switch (refusal.cause) {
      case 'window':
        return {
          title: 'L’enregistrement des arrivées est fermé',
          detail: refusal.reason ? localizeReason(refusal.reason, 'fr').message : refusal.detail,
        };
      case 'code':
        return {
          title: 'Code erroné ou expiré',
          detail: `Saisissez le code affiché en ce moment sur l’écran de l’animateur\u00a0; il change toutes les ${stepSeconds} secondes.`,
        };
      case 'checked-in':
        return {
          title: 'Arrivée déjà enregistrée',
          detail: 'Votre arrivée est enregistrée\u00a0; enregistrez d’abord votre départ.',
        };
      case 'not-checked-in':
        return {
          title: 'Arrivée non enregistrée',
          detail: 'Votre arrivée n’est pas enregistrée\u00a0; enregistrez d’abord votre arrivée.',
        };
      case 'too-many':
        return {
          title: 'Trop de pointages',
          detail: `Vous avez enregistré ${cap} fois votre arrivée et votre départ pour cet événement, le maximum conservé par personne. Demandez à l’animateur d’enregistrer votre présence.`,
        };
    }
  },
  tooManyWrongCodes: ({ minutes: count }) => ({
    title: 'Trop de codes erronés',
    detail: `L’enregistrement de votre arrivée est suspendu pendant ${minutes(count)} après plusieurs codes erronés. Saisissez ensuite le code affiché à ce moment-là sur l’écran de l’animateur.`,
  }),
  promptUnknown: () => ({
    title: 'Question introuvable',
    detail: 'Cet événement n’a pas posé cette question.',
  }),
  recordUnknown: () => ({
    title: 'Pointage introuvable',
    detail: 'Le pointage à corriger n’appartient pas à cet événement.',
  }),
  recordCorrected: () => ({
    title: 'Déjà corrigé',
    detail: 'Corrigez le pointage plus récent qui a remplacé celui-ci.',
  }),
  attendanceUnevaluable: () => ({
    title: 'La présence ne peut pas être évaluée',
    detail:
      'Les pointages enregistrés pour cet événement sortent de ce que les règles de présence acceptent.',
  }),

  programUnknown: () => ({
    title: 'Programme introuvable',
    detail: 'Vérifiez l’identifiant du programme.',
  }),
  programMethodMismatch: ({ event, method }) => ({
    title: 'Le format ne correspond pas à celui des événements du programme',
    detail: `L’événement ${event} est en ${method}\u00a0; un programme et ses événements partagent un même format.`,
  }),
  programCreditsUnknown: () => ({
    title: 'Les crédits du programme ne peuvent pas être calculés',
    detail:
      'Corrigez les champs indiqués\u00a0: les crédits offerts viennent du contenu du programme ou de ses événements.',
  }),
  eventNotFitting: () => ({
    title: 'L’événement ne correspond pas à son programme',
    detail: 'Corrigez les champs indiqués.',
  }),
  programUnpublished: () => ({
    title: 'Le programme n’est pas publié',
    detail: 'Publiez le programme avant d’y inscrire des participants.',
  }),
  orderRefTaken: () => ({
    title: 'Référence de commande déjà utilisée',
    detail:
      'Une inscription avec cette référence de commande est enregistrée avec d’autres données\u00a0; une commande n’est inscrite qu’une fois.',
  }),
  eventNotInProgram: () => ({
    title: 'Cet événement n’appartient pas à ce programme',
    detail: 'Indiquez l’un des événements du programme.',
  }),
  enrollmentUnknown: () => ({
    title: 'Inscription introuvable',
    detail: 'Vérifiez l’identifiant de l’inscription.',
  }),
  scoreNeedsActiveEnrollment: ({ status }) => ({
    title: `L’inscription est ${ENROLLMENT[status]}`,
    detail: 'Une note d’examen n’est enregistrée que pour une inscription active.',
  }),
  enrollmentsNotCsv: () => ({
    title: 'Envoyez les inscriptions en CSV',
    detail: 'Le corps doit être un fichier CSV avec content-type text/csv.',
  }),
  enrollmentsCsvInvalid: ({ message }) => ({
    title: 'Le fichier n’est pas un CSV valide',
    detail: message,
  }),
  enrollmentsNotImported: () => ({
    title: 'Rien n’a été importé',
    detail: 'Corrigez les lignes et colonnes indiquées, puis importez à nouveau le fichier entier.',
  }),
  webhooksOff: () => ({
    title: 'Les webhooks de commandes ne sont pas configurés',
    detail: 'Définissez CPE_WEBHOOK_SECRET sur le serveur pour recevoir des commandes signées.',
  }),
  orderUnsigned: ({ why }) => ({
    title: 'Ce n’est pas une commande signée',
    detail: {
      format:
        'Envoyez CPE-Signature: t=<secondes unix>,v1=<HMAC-SHA256 en hexadécimal de "<t>.<corps>">.',
      time: 'L’heure de la signature s’écarte de plus de cinq minutes de l’horloge du serveur.',
      mismatch: 'La signature ne correspond pas au corps avec le secret partagé.',
    }[why],
  }),

  refundUnknown: () => ({
    title: 'Demande de remboursement introuvable',
    detail: 'Vérifiez l’identifiant de la demande.',
  }),
  refundNeedsActiveEnrollment: ({ status }) => ({
    title: `L’inscription est ${ENROLLMENT[status]}`,
    detail: 'Seule une inscription active peut être remboursée.',
  }),
  refundAlreadyOpen: () => ({
    title: 'Une demande de remboursement est déjà ouverte',
    detail: 'Cette inscription a une demande en attente de la décision de l’organisme.',
  }),
  referenceShared: ({ ids }) => ({
    title: 'Plusieurs demandes partagent cette référence',
    detail: `Recherchez la demande par son identifiant\u00a0: ${ids.join(', ')}.`,
  }),
  refundDecided: () => ({
    title: 'Déjà tranchée',
    detail: 'Cette demande a déjà été acceptée ou refusée.',
  }),

  certificateUnknown: () => ({
    title: 'Certificat introuvable',
    detail: 'Vérifiez l’identifiant du certificat ou son lien.',
  }),
  certificateNotValid: ({ status }) => ({
    title: `Le certificat est ${CERTIFICATE[status]}`,
    detail: 'Seul un certificat valide peut être révoqué.',
  }),

  reportNotFile: () => ({
    title: 'Envoyez le rapport sous forme de fichier',
    detail:
      'Envoyez le rapport tel qu’il a été exporté, avec content-type text/csv (ou ' +
      'application/octet-stream pour un fichier UTF-16, comme ceux de Teams et Webex).',
  }),
  reportFileEmpty: () => ({ title: 'Le fichier est vide', detail: 'Envoyez le rapport.' }),
  reportNotText: ({ encoding }) => ({
    title: 'Le fichier n’est pas un rapport CSV',
    detail: `Le fichier n’est pas du texte ${encoding.toUpperCase()} valide.`,
  }),
  reportBinary: () => ({
    title: 'Le fichier n’est pas un rapport CSV',
    detail: 'Le fichier contient des données binaires, pas du texte.',
  }),
  reportNotCsv: ({ message }) => ({
    title: 'Le fichier n’est pas un rapport CSV',
    detail: message,
  }),
  reportTooManyRows: ({ limit }) => ({
    title: 'Le rapport a trop de lignes',
    detail: `Un rapport peut avoir ${limit.toLocaleString('fr')} lignes au plus\u00a0; découpez-le par session.`,
  }),
  reportNotOfFormat: ({ format }) => ({
    title: `Ce n’est pas un rapport ${format}`,
    detail: `Le fichier n’a pas les colonnes d’un rapport ${format}\u00a0; omettez «\u00a0format\u00a0» pour que la mise en page soit détectée.`,
  }),
  reportLayoutUnknown: ({ formats }) => ({
    title: 'Mise en page de rapport inconnue',
    detail:
      `Le fichier est un CSV, mais pas dans une mise en page que cette importation lit (${formats.join(', ')}). ` +
      'Exportez à nouveau le rapport des participants, ou utilisez la mise en page générique\u00a0: une ' +
      'ligne d’en-tête avec name, email, join et leave.',
  }),
  reportEmpty: () => ({
    title: 'Le rapport ne liste personne',
    detail:
      'Le fichier a la mise en page d’un rapport, mais aucune ligne de participant sous son en-tête.',
  }),
  reportTimesImpossible: () => ({
    title: 'Le rapport contient des heures impossibles',
    detail:
      'Rien n’a été importé. Vérifiez les lignes indiquées, le fuseau horaire et l’ordre des dates, puis importez à nouveau le fichier.',
  }),
  reportDatesImpossible: () => ({
    title: 'Le rapport contient des dates impossibles',
    detail:
      'Certaines dates ne se lisent ni mois en premier ni jour en premier (un 13e mois ou un 32e jour).',
  }),
  reportDatesAmbiguous: ({ bothNear }) => ({
    title: 'Le format des dates est ambigu',
    detail:
      'Chaque date du fichier se lit mois en premier (3/4 = 4 mars) comme jour en premier (3/4 = 3 avril)' +
      (bothNear
        ? ', et les deux lectures tombent près de l’événement'
        : ', et aucune ne tombe près de l’événement') +
      '. Précisez laquelle avec dateOrder=mdy ou dateOrder=dmy.',
  }),
  reportRowsUnreadable: () => ({
    title: 'Certaines lignes sont illisibles',
    detail:
      'Rien n’a été importé. Corrigez les lignes indiquées (ou exportez à nouveau le rapport), puis importez le fichier entier.',
  }),
  importUnknown: () => ({
    title: 'Importation introuvable',
    detail: 'Prévisualisez d’abord le rapport\u00a0; un aperçu est conservé un jour.',
  }),
  importNothingMapped: () => ({
    title: 'Rien n’a été importé',
    detail: 'N’associez que les personnes listées comme non reconnues.',
  }),

  launchExpired: () => ({
    title: 'Lancement expiré',
    detail:
      'Cette page a déjà été ouverte, ou l’a été il y a trop longtemps. Rouvrez le lien depuis le cours.',
  }),
  platformUnknown: () => ({
    title: 'Plateforme introuvable',
    detail: 'Vérifiez l’identifiant de la plateforme.',
  }),
  platformRegistered: () => ({
    title: 'Déjà enregistrée',
    detail: 'Une plateforme avec cet émetteur (issuer) et ce client id est déjà enregistrée.',
  }),
  platformRefused: ({ refusal }) => wordRefusal(refusal, 'fr'),
};
