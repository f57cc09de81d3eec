/** The credit calculator in French; keys are the English sources, `{name}` kept as is. */
import type { Catalog } from '../../shared/locale-controller.js';
import { deliveryMethods } from '../../shared/locales/fr.js';

export const catalog: Catalog = {
  ...deliveryMethods,
  Minutes: 'Minutes',
  'Pilot-test minutes': 'Minutes du test pilote',
  Words: 'Mots',
  'Audio and video minutes': 'Minutes d’audio et de vidéo',
  'Review questions': 'Questions de révision',
  'Final exam questions': 'Questions de l’examen final',
  'Exercise questions': 'Questions d’exercice',
  'Semester hours': 'Heures semestrielles',
  'Quarter hours': 'Heures trimestrielles',
  Segments: 'Segments',
  'Segment {n}': 'Segment {n}',
  'Remove segment {n}': 'Retirer le segment {n}',
  'Add segment': 'Ajouter un segment',
  'Breaks, meals and housekeeping': 'Pauses, repas et consignes pratiques',
  'Break {n}': 'Pause {n}',
  'Remove break {n}': 'Retirer la pause {n}',
  'Add break': 'Ajouter une pause',
  'Delivery method': 'Mode de formation',
  'Self-study length from': 'Durée de l’autoformation d’après',
  'A pilot test': 'Un test pilote',
  'Word count and questions': 'Le nombre de mots et de questions',
  'The college counts in': 'L’université compte en',
  'Semester system': 'Système semestriel',
  'Quarter system': 'Système trimestriel',
  'Program length as': 'Durée du programme en',
  'Total minutes': 'Minutes au total',
  'A schedule': 'Un horaire',
  'Event date': 'Date de l’événement',
  'Event time zone': 'Fuseau horaire de l’événement',
  'Times below are in this zone.': 'Les heures ci-dessous sont dans ce fuseau.',
  Remove: 'Retirer',
  Starts: 'Début',
  Ends: 'Fin',
  'Module minutes': 'Minutes du module',
  'One module of 10 to 19 minutes earns 0.2 credit; longer content is split into modules.':
    'Un module de 10 à 19 minutes donne 0,2 crédit\u00a0; un contenu plus long est divisé en modules.',
  'Qualifying content only: leave out breaks, meals and housekeeping.':
    'Seulement le contenu admissible\u00a0: laissez de côté les pauses, les repas et les consignes pratiques.',
  'The representative time pilot testers took to complete the course.':
    'Le temps représentatif que les testeurs pilotes ont mis pour terminer le cours.',
  'Count a narrated video here or in the words, never both.':
    'Comptez une vidéo commentée ici ou dans les mots, jamais les deux.',
  Credits: 'Crédits',
  'Working it out…': 'Calcul en cours…',
  'State boards of accountancy have final authority on the acceptance of CPE credits.':
    'Les autorités comptables des États (state boards of accountancy) ont le dernier mot sur l’acceptation des crédits CPE.',
  'Correct the highlighted field to see the credits.':
    'Corrigez le champ signalé pour voir les crédits.',
  'Enter the pilot-test minutes to see the credits.':
    'Saisissez les minutes du test pilote pour voir les crédits.',
  'Enter the word count to see the credits.': 'Saisissez le nombre de mots pour voir les crédits.',
  'Enter the hours to see the credits.': 'Saisissez les heures pour voir les crédits.',
  'Enter a start and end time for each segment to see the credits.':
    'Saisissez une heure de début et de fin pour chaque segment pour voir les crédits.',
  'Enter the minutes to see the credits.': 'Saisissez les minutes pour voir les crédits.',
  'Words of reading, at {rate} words a minute.': 'Mots à lire, à raison de {rate} mots par minute.',
  'Each question adds {minutes} minutes; true/false questions do not count.':
    'Chaque question ajoute {minutes} minutes\u00a0; les questions vrai/faux ne comptent pas.',
  '1 semester hour earns {credits} credits.': '1 heure semestrielle donne {credits} crédits.',
  '1 quarter hour earns {credits} credits.': '1 heure trimestrielle donne {credits} crédits.',
  'The credits could not be worked out. Try again in a moment.':
    'Les crédits n’ont pas pu être calculés. Réessayez dans un instant.',
  fifths: 'cinquièmes',
  halves: 'demis',
  "The policy API could not be reached, so this was worked out in your browser with the bundled rules. It may differ from the sponsor's official figure.":
    'L’API de la politique n’a pas pu être jointe\u00a0: ce calcul a donc été fait dans votre navigateur avec les règles intégrées. Il peut différer du chiffre officiel de l’organisme.',
  Estimate: 'Estimation',
  'NASBA credits': 'Crédits NASBA',
  'ICMA credits': 'Crédits ICMA',
  '{count} qualifying minutes · {step} · {edition} Standards': {
    one: '{count} minute admissible · {step} · Normes {edition}',
    other: '{count} minutes admissibles · {step} · Normes {edition}',
  },
  'Not eligible for CPE credit: {why}': 'Ne donne pas droit à des crédits CPE\u00a0: {why}',
  Why: 'Pourquoi',
  'From the sponsor’s policy API.': 'Issu de l’API de la politique de l’organisme.',
  'Worked out in your browser with the bundled rules (policy {version}); not an official record.':
    'Calculé dans votre navigateur avec les règles intégrées (politique {version})\u00a0; ce n’est pas un document officiel.',
  'Enter hours from 0 to {max}.': 'Saisissez un nombre d’heures de 0 à {max}.',
  'Enter a whole number from 0 to {max}.': 'Saisissez un nombre entier de 0 à {max}.',
  'Enter minutes from 0 to {max}.': 'Saisissez un nombre de minutes de 0 à {max}.',
  'That is more than a day of content ({day} minutes). Check the figure: count only the qualifying minutes of the program.':
    'Cela fait plus d’une journée de contenu ({day} minutes). Vérifiez le chiffre\u00a0: ne comptez que les minutes admissibles du programme.',
  'Enter a time zone name, like America/New_York.':
    'Saisissez le nom d’un fuseau horaire, comme America/New_York.',
  'Enter a start time.': 'Saisissez une heure de début.',
  'Enter an end time.': 'Saisissez une heure de fin.',
  'End after the start, on the same day.': 'La fin doit suivre le début, le même jour.',
  'Enter the event date.': 'Saisissez la date de l’événement.',
  'fifths (0.2)': 'cinquièmes (0,2)',
  'halves (0.5)': 'demis (0,5)',
  'Credits count in {step} after the first credit, under the {edition} Standards.':
    'Après le premier crédit, les crédits se comptent en {step}, selon les Normes {edition}.',
  'Credits count in {step} after the first credit, under the {edition} Standards, as your sponsor’s policy sets.':
    'Après le premier crédit, les crédits se comptent en {step}, selon les Normes {edition}, comme le prévoit la politique de votre organisme.',
  Increment: 'Incrément',
  'Fifths (0.2)': 'Cinquièmes (0,2)',
  'Halves (0.5)': 'Demis (0,5)',
  'Standards edition': 'Édition des Normes',
  'After the first credit, time counts down to the last whole step: fifths are 0.2 credit for every 10 minutes, halves 0.5 for every 25.':
    'Après le premier crédit, le temps est arrondi au dernier palier complet\u00a0: les cinquièmes valent 0,2 crédit pour 10 minutes, les demis 0,5 pour 25.',
  "Your sponsor's policy uses fifths.": 'La politique de votre organisme utilise les cinquièmes.',
  "Your sponsor's policy uses halves.": 'La politique de votre organisme utilise les demis.',
  'The 2026 Standards apply to new programs from 2027 and change the self-study minimums.':
    'Les Normes 2026 s’appliquent aux nouveaux programmes à partir de 2027 et modifient les minimums de l’autoformation.',
  "Your sponsor's policy uses the {edition} Standards.":
    'La politique de votre organisme applique les Normes {edition}.',
};
