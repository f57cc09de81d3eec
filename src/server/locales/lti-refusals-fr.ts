/**
 * The LTI tool's refusals in French (vous, like the widgets), with the no-break space French
 * typography puts before `:` and `;`. Parameter and claim names (id_token, client_id,
 * cpe_widget), LTI's message types and what the JWT library said stay as they are spelled.
 */
import type { RefusalTable } from './lti-refusals-en.js';
import { fr } from './fr.js';

const UNREACHABLE = {
  configuration: 'La configuration de la plateforme ne répond pas',
  registration: 'L’enregistrement ne répond pas',
};
const REFUSED = {
  configuration: 'Configuration de la plateforme refusée',
  registration: 'Enregistrement refusé',
};
const NEEDS = { event: 'a besoin d’un événement', program: 'a besoin d’un programme' };
const CHOSEN = { event: 'Aucun événement choisi', program: 'Aucun programme choisi' };

export const frRefusals: RefusalTable = {
  loginIncomplete: () => ({
    title: 'La connexion est incomplète',
    detail: 'Une initiation de connexion demande iss, login_hint et target_link_uri.',
  }),
  targetUnknown: ({ toolUrl }) => ({
    title: 'Cible inconnue',
    detail: `Le target_link_uri doit être l’une des adresses de cet outil sous ${toolUrl}/.`,
  }),
  platformNotRegistered: ({ issuer, clientIds }) => ({
    title: 'Plateforme non enregistrée',
    detail:
      `Aucune plateforme d’issuer ${issuer}${clientIds.length ? ` et de client_id ${clientIds.join(', ')}` : ''} ` +
      'n’est enregistrée auprès de cet outil. Un administrateur doit d’abord l’enregistrer.',
  }),
  platformPending: () => ({
    title: 'Plateforme non activée',
    detail: 'Cette plateforme s’est enregistrée elle-même et attend qu’un administrateur l’active.',
  }),
  clientIdNeeded: () => ({
    title: 'client_id nécessaire',
    detail:
      'Plusieurs enregistrements partagent cet issuer\u00a0: la connexion doit envoyer client_id.',
  }),
  deploymentUnknown: ({ platform }) => ({
    title: 'Déploiement inconnu',
    detail:
      `Ce déploiement n’est pas enregistré pour ${platform}. Un administrateur doit l’ajouter ` +
      'à l’enregistrement.',
  }),
  launchIncomplete: () => ({
    title: 'Le lancement est incomplet',
    detail: 'Un lancement envoie id_token et state.',
  }),
  stateUnknown: () => ({
    title: 'State inconnu ou déjà utilisé',
    detail:
      'Ce lancement ne suit pas une connexion de cet outil, ou il a déjà été utilisé, ou il a ' +
      'pris plus de 10\u00a0minutes. Rouvrez le lien depuis le cours.',
  }),
  notIdToken: () => ({ title: 'Ce n’est pas un id_token', detail: 'L’id_token n’est pas un JWT.' }),
  stateOfOtherPlatform: () => ({
    title: 'State d’une autre plateforme',
    detail: 'Le state a été émis pour une connexion depuis une autre plateforme.',
  }),
  authorizedPartyWrong: () => ({
    title: 'Partie autorisée incorrecte',
    detail:
      'L’id_token nomme plusieurs audiences\u00a0: son azp doit être le client_id de cet outil.',
  }),
  nonceWrong: () => ({
    title: 'Nonce incorrect',
    detail: 'L’id_token n’a pas été émis pour cette connexion.',
  }),
  launchReplayed: () => ({ title: 'Lancement rejoué', detail: 'Cet id_token a déjà été utilisé.' }),
  versionUnsupported: () => ({
    title: 'Version de LTI non prise en charge',
    detail: 'Cet outil parle LTI 1.3.0.',
  }),
  messageTypeUnsupported: () => ({
    title: 'Type de message non pris en charge',
    detail: 'Cet outil répond aux messages LtiResourceLinkRequest et LtiDeepLinkingRequest.',
  }),
  resourceLinkMissing: () => ({
    title: 'Aucun lien de ressource',
    detail: 'Un lancement par lien de ressource indique l’id de son lien.',
  }),
  idTokenExpired: () => ({
    title: 'id_token expiré',
    detail: 'L’id_token a expiré\u00a0: relancez le lien.',
  }),
  claimRefused: ({ claim, message }) => ({
    title: `Claim ${claim} incorrect`,
    detail: `Le claim ${claim} de l’id_token a été refusé\u00a0: ${message}.`,
  }),
  signingKeyUnknown: () => ({
    title: 'Clé de signature inconnue',
    detail: 'L’id_token est signé avec une clé que la plateforme ne publie pas.',
  }),
  algorithmWrong: () => ({
    title: 'Algorithme incorrect',
    detail: 'L’id_token doit être signé avec RS256.',
  }),
  platformKeysUnavailable: () => ({
    title: 'Clés de la plateforme indisponibles',
    detail: 'Le JWKS de la plateforme n’a pas pu être lu\u00a0; réessayez dans un instant.',
  }),
  signatureBad: () => ({
    title: 'Signature incorrecte',
    detail: 'La signature de l’id_token ne se vérifie pas.',
  }),
  idTokenUnverified: () => ({
    title: 'id_token incorrect',
    detail: 'L’id_token n’a pas pu être vérifié.',
  }),
  roleNotServed: () => ({
    title: 'Rôle non pris en charge par cet outil',
    detail:
      'CPE Kit sert les participants ainsi que les formateurs, assistants d’enseignement et ' +
      'concepteurs de contenu du cours.',
  }),
  widgetNotNamed: ({ tags }) => ({
    title: 'Aucun widget choisi',
    detail: `Le paramètre personnalisé cpe_widget du lien doit nommer l’un de ceux-ci\u00a0: ${tags.join(', ')}.`,
  }),
  authorsOnly: () => ({
    title: 'Seuls les auteurs du cours ajoutent des widgets',
    detail: 'Ajouter du contenu CPE Kit demande un rôle de formateur ou de concepteur de contenu.',
  }),
  returnAddressMissing: () => ({
    title: 'Aucune adresse de retour',
    detail: 'La demande ne contient pas de deep_link_return_url.',
  }),
  pickerExpired: () => ({
    title: 'Le sélecteur a expiré',
    detail:
      'Ce choix a déjà été envoyé, ou le sélecteur est resté ouvert trop longtemps. Ajoutez de nouveau le widget.',
  }),
  platformNotActive: () => ({
    title: 'Plateforme non activée',
    detail: 'L’enregistrement de la plateforme n’est pas actif.',
  }),
  widgetNotChosen: () => ({
    title: 'Aucun widget choisi',
    detail: 'Choisissez l’un des widgets de la liste.',
  }),
  fieldNotChosen: ({ field, widget }) => ({
    title: CHOSEN[field],
    detail: `${fr.widgets[widget].title} ${NEEDS[field]}\u00a0: choisissez-en un.`,
  }),
  eventNotListed: () => ({
    title: 'Événement introuvable',
    detail: 'Choisissez l’un des événements de la liste.',
  }),
  courseListUnavailable: ({ status }) => ({
    title: 'Liste du cours indisponible',
    detail: `La plateforme a répondu ${status} pour les membres du cours\u00a0; réessayez plus tard.`,
  }),
  configurationMissing: () => ({
    title: 'Aucune configuration de plateforme',
    detail:
      'L’enregistrement dynamique (Dynamic Registration) commence par une URL openid_configuration de la plateforme.',
  }),
  platformUnreachable: ({ step, url }) => ({
    title: UNREACHABLE[step],
    detail: `La plateforme n’a pas répondu à ${url}.`,
  }),
  platformAnswered: ({ step, status }) => ({
    title: REFUSED[step],
    detail: `La plateforme a répondu ${status}.`,
  }),
  configurationNotIssuers: () => ({
    title: 'Configuration de la plateforme refusée',
    detail: 'L’issuer de la configuration doit être l’adresse d’où elle est servie.',
  }),
  configurationIncomplete: () => ({
    title: 'Configuration de la plateforme incomplète',
    detail:
      'Elle doit indiquer les endpoints d’autorisation, de jeton, de JWKS et d’enregistrement.',
  }),
  registrationIncomplete: () => ({
    title: 'Enregistrement incomplet',
    detail: 'La plateforme n’a envoyé aucun client_id.',
  }),
  alreadyRegistered: () => ({
    title: 'Déjà enregistrée',
    detail: 'Cette plateforme et ce client_id sont déjà enregistrés.',
  }),
};
