/** ICMA requirement and certificate reasons. In French. */
import { variants, type RecordMessages } from '../words.js';
import { ENROLLMENT_STATUS, named, credits, annualRequirement } from './phrases.js';

export const frRecords: RecordMessages = {
  'ICMA.ANNUAL_30': variants({
    'not-required': (p, w) =>
      `L’exigence annuelle commence l’année qui suit la certification (${w.text(p.firstYear)})\u00a0; rien n’est exigé en ${w.text(p.year)}.`,
    required: annualRequirement,
  }),
  'ICMA.ETHICS_2': variants({
    met: (p, w) =>
      `Avec ${credits(w, p.ethicsTenths)} d’éthique, les ${w.creditFigure(p.neededTenths)} demandés sont atteints.`,
    short: (p, w) =>
      `Avec ${credits(w, p.ethicsTenths)} d’éthique, les ${w.creditFigure(p.neededTenths)} demandés ne sont pas atteints.`,
  }),
  'ICMA.CARRY_10': variants({
    carry: (p, w) =>
      `Vous avez ${credits(w, p.aboveTenths)} au-delà de l’exigence\u00a0: ${w.creditFigure(p.carryTenths)} ${w.creditWord(p.carryTenths, { one: 'est reporté', other: 'sont reportés' })} sur ${w.text(p.nextYear)} (au plus ${w.creditFigure(p.maxTenths)}).`,
    none: (p, w) => `Aucun crédit n’est reporté sur ${w.text(p.nextYear)}.`,
  }),
  'ICMA.SHORTFALL': variants({
    inactive: (p, w) =>
      `Le déficit n’a pas été comblé avant la fin de ${w.text(p.year)}\u00a0: le statut reste inactif jusqu’à ce qu’il le soit.`,
    missing: (p, w) =>
      `Il manque ${credits(w, p.shortfallTenths)}\u00a0; le statut reste inactif jusqu’à ce que le total atteigne ${credits(w, p.targetTenths)} avant la fin de ${w.text(p.byYear)}.`,
    'made-up': (p, w) =>
      `Ce qui manquait l’année précédente (${credits(w, p.owedTenths)}) est rattrapé.`,
  }),
  'CERT.ISSUED': variants({
    attendance: () => 'Votre présence enregistrée donne droit à des crédits.',
    assessment: () => 'Votre examen final est enregistré comme réussi.',
  }),
  'CERT.ENROLLMENT': variants({
    status: (p, w) =>
      `L’inscription est ${named(ENROLLMENT_STATUS, w.text(p.status))}\u00a0: elle ne donne droit à aucun certificat.`,
    'not-enrolled': () => 'Vous n’êtes pas inscrit à ce programme.',
  }),
  'CERT.EVENT_ENDED': variants({
    'no-session': () => 'Aucune session du programme n’est enregistrée pour votre inscription.',
    'not-ended': () => 'L’événement n’est pas encore terminé.',
  }),
  'CERT.METHOD': variants({
    college: () =>
      'Les crédits universitaires sont attestés par le relevé de notes de l’université, pas par un certificat de fin de formation.',
    'no-credit': () =>
      'Le programme ne propose aucun crédit\u00a0: aucun certificat n’est donc délivré.',
  }),
};
