/**
 * The attendance check-in's host screens in French (the code, the roster, prompts, imports):
 * loaded with the host's chunk, so a learner never downloads them.
 */
import type { Catalog } from '../../shared/locale-controller.js';

export const catalog: Catalog = {
  // The host
  'Prompt issued.': 'Question posée.',
  'QR code: opens the check-in page with code {code}':
    'Code QR\u00a0: ouvre la page d’arrivée avec le code {code}',
  'New code in {seconds} s': 'Nouveau code dans {seconds} s',
  'New check-in code: {code}': 'Nouveau code d’arrivée\u00a0: {code}',
  'Exit full screen': 'Quitter le plein écran',
  'Full screen': 'Plein écran',
  "{who}'s attendance timeline": 'Chronologie de la présence de {who}',
  Timeline: 'Chronologie',
  'of {who}': 'de {who}',
  Status: 'Statut',
  In: 'Arrivée',
  Out: 'Départ',
  Attended: 'Présence',
  Credits: 'Crédits',
  Prompts: 'Questions',
  Flags: 'Alertes',
  Roster: 'Liste de présence',
  Present: 'Présent',
  'Late arrivals': 'Arrivées tardives',
  'Early leavers': 'Départs anticipés',
  'Missing check-outs': 'Départs non enregistrés',
  'Prompts answered': 'Questions avec réponse',
  '{answered} of {issued}': '{answered} sur {issued}',
  'Roster table': 'Tableau de la liste de présence',
  Learner: 'Participant',
  Left: 'Parti',
  Absent: 'Absent',
  'Nobody has checked in yet.': 'Personne n’a encore enregistré son arrivée.',
  'Download CSV for the audit file': 'Télécharger le CSV pour le dossier d’audit',
  'Engagement prompts': 'Questions de participation',
  'The policy asks for a minimum number of prompts per credit offered, and learners must answer most of those issued while they are present to earn credit.':
    'La politique exige un nombre minimum de questions par crédit offert, et les participants doivent répondre à la plupart de celles posées pendant leur présence pour obtenir les crédits.',
  'Question or codeword request': 'Question ou demande de mot clé',
  'Choices (optional)': 'Choix (facultatif)',
  'Separate choices with commas; leave empty for a typed answer.':
    'Séparez les choix par des virgules\u00a0; laissez vide pour une réponse saisie.',
  'Issue prompt now': 'Poser la question maintenant',
  '{count} prompts issued.': {
    one: '{count} question posée.',
    other: '{count} questions posées.',
  },
  // Importing a report
  'No file yet': 'Pas encore de fichier',
  'Choose the report first.': 'Choisissez d’abord le rapport.',
  'The report could not be read': 'Le rapport n’a pas pu être lu',
  'Zoom meeting participants': 'participants à une réunion Zoom',
  'Zoom webinar attendees': 'participants à un webinaire Zoom',
  'Zoom poll': 'sondage Zoom',
  'Microsoft Teams attendance': 'présence Microsoft Teams',
  'Webex attendees': 'participants Webex',
  'GoTo Webinar attendees': 'participants GoTo Webinar',
  'generic CSV': 'CSV générique',
  'Import a report': 'Importer un rapport',
  'A Zoom, Teams, Webex or GoTo Webinar report (participants, attendees or polls), or the generic CSV, exactly as exported. You see what would be stored before anything is.':
    'Un rapport Zoom, Teams, Webex ou GoTo Webinar (participants ou sondages), ou le CSV générique, tel qu’il a été exporté. Vous voyez ce qui serait enregistré avant que rien ne le soit.',
  'Report file': 'Fichier du rapport',
  'Chosen: {file}.': 'Choisi\u00a0: {file}.',
  'Choose the file, or drop it here.': 'Choisissez le fichier ou déposez-le ici.',
  'Time zone of the report’s times': 'Fuseau horaire des heures du rapport',
  'Zoom prints times in the account’s zone and Teams in yours; neither says which.':
    'Zoom écrit les heures dans le fuseau du compte et Teams dans le vôtre\u00a0; aucun des deux ne le précise.',
  'Date order': 'Ordre des dates',
  Automatic: 'Automatique',
  'Month first (3/14/2026)': 'Mois d’abord (3/14/2026)',
  'Day first (14/3/2026)': 'Jour d’abord (14/3/2026)',
  'Automatic reads it from the file’s dates, or the event’s; it never guesses, and an ambiguous file asks you.':
    'En automatique, l’ordre est lu dans les dates du fichier, ou celles de l’événement\u00a0; rien n’est deviné, et pour un fichier ambigu, on vous le demande.',
  'Keep organizer, host, presenter and panelist rows':
    'Garder les lignes des organisateurs, animateurs, présentateurs et intervenants',
  'Reading the report…': 'Lecture du rapport…',
  Preview: 'Aperçu',
  Imported: 'Importé',
  '{count} learners’ attendance from the {format} report is on record.': {
    one: 'La présence de {count} participant d’après le rapport {format} est enregistrée.',
    other: 'La présence de {count} participants d’après le rapport {format} est enregistrée.',
  },
  '…and {more} more.': '…et {more} autres.',
  'Row {row}, {field}: {message}': 'Ligne {row}, {field}\u00a0: {message}',
  'Row {row}: {message}': 'Ligne {row}\u00a0: {message}',
  Answers: 'Réponses',
  'Preview: {format} report': 'Aperçu\u00a0: rapport {format}',
  '{count} people; {staff} host rows left out; dates read month first, times in {zone}. Nothing is stored until you import.':
    {
      one: '{count} personne\u00a0; lignes d’animation écartées\u00a0: {staff}\u00a0; dates lues mois d’abord, heures en {zone}. Rien n’est enregistré avant l’importation.',
      other:
        '{count} personnes\u00a0; lignes d’animation écartées\u00a0: {staff}\u00a0; dates lues mois d’abord, heures en {zone}. Rien n’est enregistré avant l’importation.',
    },
  '{count} people; {staff} host rows left out; dates read day first, times in {zone}. Nothing is stored until you import.':
    {
      one: '{count} personne\u00a0; lignes d’animation écartées\u00a0: {staff}\u00a0; dates lues jour d’abord, heures en {zone}. Rien n’est enregistré avant l’importation.',
      other:
        '{count} personnes\u00a0; lignes d’animation écartées\u00a0: {staff}\u00a0; dates lues jour d’abord, heures en {zone}. Rien n’est enregistré avant l’importation.',
    },
  'Import preview': 'Aperçu de l’importation',
  Person: 'Personne',
  Unmatched: 'Non associé',
  'Unmatched people': 'Personnes non associées',
  'No enrollment has their email. Type the learner id to record them under (an enrolled learner’s, or a new one), or leave it empty to leave them out.':
    'Aucune inscription ne porte leur adresse e-mail. Saisissez l’identifiant du participant sous lequel les enregistrer (celui d’un inscrit ou un nouveau), ou laissez vide pour les écarter.',
  '{name} ({email}), row {row}': '{name} ({email}), ligne {row}',
  '{name}, row {row}': '{name}, ligne {row}',
  'Importing…': 'Importation…',
  'Import these records': 'Importer ces pointages',
  // Flags
  'no record': 'aucun enregistrement',
  late: 'arrivée tardive',
  'left early': 'départ anticipé',
  'no check-out': 'départ non enregistré',
  'too few prompts answered': 'trop peu de réponses aux questions',
  'too few prompts issued': 'trop peu de questions posées',
  'too few interactions': 'trop peu d’interactions',
  'records not evaluated': 'enregistrements non évalués',
  'shared address': 'adresse partagée',
  rejoined: 's’est reconnecté',
  'overlapping connections': 'connexions simultanées',
  'no email': 'pas d’adresse e-mail',
  'stays merged by the platform': 'présences fusionnées par la plateforme',
};
