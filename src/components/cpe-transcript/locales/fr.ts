/** The transcript in French; keys are the English sources, `{name}` kept as is. */
import type { Catalog } from '../../shared/locale-controller.js';
import { creditsTable, failureNotice, unreachable } from '../../shared/locales/fr.js';

/** The ICMA requirement's reasons, worded in this language. */
export { frRecords as reasons } from '../../../policy/reason-messages/fr/records.js';

export const catalog: Catalog = {
  ...creditsTable,
  ...failureNotice,
  ...unreachable,
  'Your CPE transcript': 'Votre relevé de CPE',
  'Loading…': 'Chargement…',
  'The year must be a whole year such as 2026.': 'L’année doit être un nombre entier, comme 2026.',
  'Worked out on this page from the programs listed: not the sponsor’s official record.':
    'Calculé sur cette page à partir des programmes indiqués\u00a0: ce n’est pas le relevé officiel de l’organisme.',
  'Sign in to see your transcript.': 'Connectez-vous pour voir votre relevé.',
  'Your transcript could not be shown: {why}': 'Votre relevé n’a pas pu être affiché\u00a0: {why}',
  '{count} credits': { one: '{count} crédit', other: '{count} crédits' },
  '{count} ethics credits': {
    one: '{count} crédit d’éthique',
    other: '{count} crédits d’éthique',
  },
  'Nothing is required in {year}: the annual requirement starts the year after certification.':
    'Rien n’est exigé en {year}\u00a0: l’exigence annuelle commence l’année qui suit la certification.',
  'The {year} requirement is met; {credits} carry forward to {next}.':
    'L’exigence {year} est remplie\u00a0; report sur {next}\u00a0: {credits}.',
  'The {year} requirement is met.': 'L’exigence {year} est remplie.',
  '{credits}, {ethics} of them in ethics': '{credits}, dont {ethics} en éthique',
  'The shortfall of {last} was not made up in {year}: the ICMA status is inactive until it is ({what} missing).':
    'Le déficit de {last} n’a pas été comblé en {year}\u00a0: le statut ICMA reste inactif jusqu’à ce qu’il le soit (il manque {what}).',
  '{year} ended short by {what}: make it up by {date}, or the ICMA status becomes inactive.':
    'Il a manqué {what} en {year}\u00a0: rattrapez ce retard d’ici le {date}, sinon le statut ICMA devient inactif.',
  'You still need {what}, by {date}.': 'Il vous faut encore {what}, d’ici le {date}.',
  'You still need {what} by {date}.': 'Il vous faut encore {what} d’ici le {date}.',
  '{year}: {credits} of the {required} credits needed, {carried} of them carried forward; {ethics} of the {ethicsRequired} ethics credits needed.':
    '{year}\u00a0: {credits} des {required} crédits requis, dont {carried} reportés\u00a0; {ethics} des {ethicsRequired} crédits d’éthique requis.',
  '{year}: {credits} of the {required} credits needed; {ethics} of the {ethicsRequired} ethics credits needed.':
    '{year}\u00a0: {credits} des {required} crédits requis\u00a0; {ethics} des {ethicsRequired} crédits d’éthique requis.',
  'ICMA requirement for {year}': 'Exigence ICMA pour {year}',
  Ethics: 'Éthique',
  'Earned in {year}': 'Obtenus en {year}',
  'Carried forward from {year}': 'Reportés de {year}',
  '{credits} carry forward to {year}': 'Report sur {year}\u00a0: {credits}',
  'Credits in {year} by field of study': 'Crédits {year} par domaine d’études',
  'No certificates in {year}.': 'Aucun certificat en {year}.',
  Verify: 'Vérifier',
  Certificates: 'Certificats',
  'No certificates yet.': 'Pas encore de certificat.',
  Year: 'Année',
  'Download CSV': 'Télécharger le CSV',
};
