/**
 * The certificate PDF and the verify page in French: plain, second person (vous), with the
 * no-break space French typography puts before `:`.
 */
import type { DeliveryMethod } from '../../policy/schemas.js';
import type { Messages } from './en.js';

const METHODS: Record<DeliveryMethod, string> = {
  'group-live': 'En groupe, en présentiel',
  'group-internet': 'En groupe sur Internet (webinaire en direct)',
  blended: 'Mixte',
  'self-study': 'Autoformation',
  nano: 'Nano-apprentissage',
  'recorded-webinar': 'Webinaire enregistré',
  college: 'Cours universitaire',
};

export const fr: Messages = {
  certificate: {
    documentTitle: (program) => `Certificat de fin de formation\u00a0: ${program}`,
    documentSubject: (id, learner) => `Certificat CPE ${id} de ${learner}`,
    heading: 'Certificat de fin de formation',
    certifies: (sponsor) => `${sponsor} certifie que`,
    completed: 'a terminé le programme',
    dateCompleted: (date) => `Date d’achèvement\u00a0: ${date}`,
    deliveryMethod: (method) => `Mode de formation\u00a0: ${METHODS[method]}`,
    location: (place) => `Lieu\u00a0: ${place}`,
    fieldOfStudy: 'Domaine d’études',
    credits: 'Crédits CPE',
    totalNasba: 'Total des crédits CPE NASBA',
    icma: 'Crédits CPE ICMA',
    nasbaSponsorId: (id) => `Identifiant d’organisme NASBA ${id}`,
    stateSponsorIds: (states) => `Numéros d’organisme par État\u00a0: ${states}`,
    creditStatement: (unitMinutes) =>
      `Les crédits CPE sont attribués sur la base d’une heure de ${unitMinutes}\u00a0minutes\u00a0: ` +
      `un crédit correspond à ${unitMinutes}\u00a0minutes de contenu admissible, pour NASBA comme pour ICMA. ` +
      'Les autorités comptables de chaque État (state boards of accountancy) décident en dernier ressort si elles acceptent chaque formation pour les crédits CPE.',
    verifiedBy: (name, title) => `Vérifié par ${name}, ${title}`,
    certificateId: (id) => `Identifiant du certificat\u00a0: ${id}`,
    verifyAt: (url) => `Vérifiez-le sur ${url}`,
    qrAlt: (url) => `Code QR du lien de vérification ${url}`,
    revoked: (on, reason) =>
      `RÉVOQUÉ${on ? ` le ${on}` : ''}\u00a0: ${reason ?? 'aucun motif indiqué'}`,
    superseded: (by) => `REMPLACÉ par le certificat ${by}, réémis avec les crédits corrigés`,
  },
  verify: {
    verdicts: {
      valid: { heading: 'Certificat valide', text: 'Ce certificat est enregistré et valide.' },
      revoked: {
        heading: 'Certificat révoqué',
        text: 'Ce certificat a été délivré, puis révoqué par l’organisme. Il n’est plus valable.',
      },
      superseded: {
        heading: 'Certificat remplacé',
        text: 'Ce certificat a été remplacé par un certificat corrigé. Demandez au participant le certificat en vigueur.',
      },
      unknown: {
        heading: 'Certificat inconnu',
        text: 'Aucun certificat n’est enregistré sous cet identifiant. Vérifiez le lien ou l’identifiant inscrit sur le certificat.',
      },
    },
    participant: 'Participant',
    program: 'Programme',
    completed: 'Terminé le',
    credits: 'Crédits CPE',
    creditFigures: (nasba, icma) => `${nasba} NASBA, ${icma} ICMA`,
    footer: (sponsor) => `Certificats de ${sponsor}, vérifiés dans ses registres.`,
  },
  launch: {
    signingIn: 'Connexion en cours…',
    notConfirmed: 'La connexion n’a pas pu être confirmée\u00a0: {error}',
    signInFailed: 'La connexion a échoué',
    openAgain: 'Ouvrez de nouveau le lien depuis le cours.',
    rosterHeading: 'Inscrits au cours, arrivée non enregistrée',
    rosterRefresh: 'Actualiser la liste du cours',
    rosterLoading: 'Chargement de la liste du cours…',
    rosterUnreadable: 'La liste du cours n’a pas pu être lue.',
    rosterCount: {
      one: '{count} membre du cours sur {members} n’a pas enregistré son arrivée.',
      other: '{count} membres du cours sur {members} n’ont pas enregistré leur arrivée.',
    },
  },
};
