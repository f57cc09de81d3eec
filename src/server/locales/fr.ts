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
  lti: {
    launchTitle: (widget, course) => `${widget}\u00a0: ${course}`,
    signingInTitle: 'Connexion',
    pickerHeading: 'Ajouter un widget CPE Kit',
    widget: 'Widget',
    title: 'Titre dans le cours',
    titlePlaceholder: 'Le nom du widget',
    event: 'Événement',
    chooseEvent: 'Choisissez un événement',
    program: 'Programme',
    chooseProgram: 'Choisissez un programme',
    method: 'Mode de formation',
    anyMethod: 'Tous',
    add: 'Ajouter au cours',
    preview: 'Aperçu',
    previewNeedsEvent: 'Choisissez un événement pour voir l’aperçu.',
    previewNeedsProgram: 'Choisissez un programme pour voir l’aperçu.',
    adding: 'Ajout au cours',
    continue: 'Continuer',
    gradebookColumn: (event) => `${event} (crédits CPE)`,
    registeredTitle: 'Inscription enregistrée',
    registeredHeading: (platform) => `CPE Kit est inscrit auprès de ${platform}`,
    registeredText: 'Un administrateur de CPE Kit active l’inscription avant le premier lancement.',
  },
  methods: METHODS,
  widgets: {
    'cpe-credit-calculator': {
      title: 'Calculateur de crédits',
      summary:
        'Le nombre de crédits NASBA et ICMA qu’un programme rapporte, pour chaque mode de formation, avec la raison de chaque arrondi.',
    },
    'cpe-attendance-check-in': {
      title: 'Enregistrement de présence',
      summary:
        'Les participants enregistrent leur arrivée et leur départ avec le code changeant que montre l’animateur\u00a0; l’animateur voit le code, la liste de présence en direct et un export CSV.',
    },
    'cpe-refund-request': {
      title: 'Demande de remboursement',
      summary:
        'Le participant voit aussitôt s’il serait remboursé, de combien et pourquoi, puis dépose une demande écrite et reçoit un reçu.',
    },
    'cpe-refund-review': {
      title: 'Examen des remboursements (administration)',
      summary:
        'L’organisme examine les demandes de remboursement écrites et accepte ou refuse chacune avec une note.',
    },
    'cpe-program-details': {
      title: 'Détails du programme',
      summary:
        'Ce qu’un participant lit avant de s’inscrire\u00a0: objectifs, crédits par domaine d’études, sessions, prix, politiques de remboursement et de réclamation, identifiants de l’organisme.',
    },
    'cpe-transcript': {
      title: 'Relevé de CPE',
      summary:
        'Les certificats du participant par année, ses crédits par domaine d’études et l’exigence annuelle de l’ICMA, avec ce qui manque encore et pour quand.',
    },
    'cpe-certificate': {
      title: 'Certificat',
      summary:
        'Le certificat de fin de formation du participant pour un programme\u00a0: le consulter, télécharger le PDF et l’attestation numérique, copier le lien de vérification, ou voir ce qui manque encore.',
    },
  },
};
