/** The certificate in French; keys are the English sources, `{name}` kept as is. */
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
  'The sponsor’s server did not answer. Try again in a moment.':
    'Le serveur de l’organisme n’a pas répondu. Réessayez dans un instant.',
  'That did not work: {why}': 'Cela n’a pas fonctionné\u00a0: {why}',
  'The PDF is downloading.': 'Le PDF est en cours de téléchargement.',
  'The credential is downloading.': 'L’attestation numérique est en cours de téléchargement.',
  'Verification link copied.': 'Lien de vérification copié.',
  'Certificate of completion': 'Certificat de fin de formation',
  'A preview on this page: not a certificate of record.':
    'Un aperçu sur cette page\u00a0: ce n’est pas un certificat officiel.',
  'Loading…': 'Chargement…',
  'Set program-id or certificate-id to show a certificate.':
    'Indiquez program-id ou certificate-id pour afficher un certificat.',
  'Set the certificate property to preview a certificate.':
    'Indiquez la propriété certificate pour afficher l’aperçu d’un certificat.',
  'This certificate is not available.': 'Ce certificat n’est pas disponible.',
  'Sign in to see your certificate.': 'Connectez-vous pour voir votre certificat.',
  'Your certificate could not be shown: {why}':
    'Votre certificat n’a pas pu être affiché\u00a0: {why}',
  'This certificate was revoked': 'Ce certificat a été révoqué',
  ' on {date}': ' le {date}',
  'Reason: {reason}': 'Motif\u00a0: {reason}',
  'It no longer counts as a record of your credits. Ask the sponsor if you have questions.':
    'Il ne compte plus comme justificatif de vos crédits. Adressez-vous à l’organisme si vous avez des questions.',
  'This certificate was replaced': 'Ce certificat a été remplacé',
  'by a corrected one: use that one for your records.':
    'par un certificat corrigé\u00a0: utilisez celui-ci pour vos dossiers.',
  'Show the corrected certificate': 'Afficher le certificat corrigé',
  'Credits by field of study': 'Crédits par domaine d’études',
  'Download PDF': 'Télécharger le PDF',
  'Download credential': 'Télécharger l’attestation numérique',
  'Copy verification link': 'Copier le lien de vérification',
  'The credential is an Open Badges 3.0 file a digital wallet or a board can check by itself.':
    'L’attestation numérique est un fichier Open Badges 3.0 qu’un portefeuille numérique ou un ordre professionnel peut vérifier lui-même.',
  'It will verify as no longer valid.': 'Sa vérification indiquera qu’elle n’est plus valide.',
  'This certifies that': 'Nous certifions que',
  completed: 'a suivi',
  'Date completed': 'Date d’achèvement',
  'Delivery method': 'Mode de formation',
  Location: 'Lieu',
  Sponsor: 'Organisme',
  Contact: 'Contact',
  'NASBA sponsor id': 'Identifiant d’organisme NASBA',
  'State sponsor numbers': 'Numéros d’organisme par État',
  'Verified by': 'Vérifié par',
  Verification: 'Vérification',
  'QR code of the verification link {url}': 'Code QR du lien de vérification {url}',
  'Certificate id': 'Identifiant du certificat',
  'Check it at': 'Vérifiez-le sur',
  Issued: 'Émis le',
  'Your certificate is not ready yet.': 'Votre certificat n’est pas encore prêt.',
  'Still missing:': 'Il manque encore\u00a0:',
  'It is issued by itself as soon as nothing is missing.':
    'Il est émis automatiquement dès qu’il ne manque plus rien.',
  'There is no certificate for this program.': 'Il n’y a pas de certificat pour ce programme.',
};
