/** Credit reasons (CREDIT.*, SELF_STUDY.*): what a credit result says. In French. */
import { variants, type CreditMessages } from '../words.js';
import {
  CREDITS,
  INCREMENTS,
  ROUNDINGS,
  PRODUCTS,
  named,
  minutes,
  credits,
  step,
  minimum,
  formulaParts,
  collegeParts,
} from './phrases.js';

export const frCredits: CreditMessages = {
  'CREDIT.UNIT_50': (p, w) =>
    `Un crédit NASBA et un crédit ICMA valent chacun ${minutes(w, p.unitMinutes)} de contenu admissible.`,
  'CREDIT.ROUND_DOWN': variants({
    exact: (p, w) => `${minutes(w, p.minutes)} font exactement ${credits(w, p.tenths)}.`,
    rounded: (p, w) =>
      `${minutes(w, p.minutes)} font ${w.count(p.hundredths, CREDITS)}\u00a0; avec ${named(ROUNDINGS, w.text(p.rounding))}, cela s’arrondit à l’inférieur à ${w.creditFigure(p.tenths)}.`,
    'just-over': (p, w) =>
      `${minutes(w, p.minutes)} font un peu plus de ${w.count(p.hundredths, CREDITS)}\u00a0; avec ${named(ROUNDINGS, w.text(p.rounding))}, cela s’arrondit à l’inférieur à ${w.creditFigure(p.tenths)}.`,
  }),
  'CREDIT.INCREMENT': variants(
    {
      group: (p, w) =>
        `Un programme de groupe donne son premier crédit à ${minutes(w, p.unitMinutes)}, puis compte par ${named(INCREMENTS, w.text(p.increment))} (${step(p, w)}).`,
      '2024': (p, w) =>
        `Selon les Normes de 2024, l’autoformation donne ${credits(w, 5)} dès ${minutes(w, w.number(p.unitMinutes) / 2)}, ${credits(w, 10)} dès ${minutes(w, p.unitMinutes)}, puis compte par ${named(INCREMENTS, w.text(p.increment))} (${step(p, w)}).`,
      '2026': (p, w) =>
        `Selon les Normes de 2026, l’autoformation compte par ${named(INCREMENTS, w.text(p.increment))}, avec un minimum de ${credits(w, p.stepTenths)} (${minutes(w, (w.number(p.unitMinutes) * w.number(p.stepTenths)) / 10)}).`,
    },
    'scheme',
  ),
  'CREDIT.GROUP_MIN': minimum,
  'CREDIT.SELF_STUDY_MIN': minimum,
  'CREDIT.SELF_STUDY_PILOT': (p, w) =>
    `Le temps de réalisation représentatif mesuré par le test pilote est de ${minutes(w, p.minutes)}.`,
  'CREDIT.SELF_STUDY_FORMULA': (p, w) =>
    `Selon la formule du nombre de mots, ${formulaParts(p, w)} donnent ${minutes(w, p.minutes)}.`,
  'CREDIT.NANO': variants({
    earning: (p, w) =>
      w.number(p.count) === 1
        ? `1 nanomodule de ${w.figure(p.fromMinutes)} à ${minutes(w, p.toMinutes)} donne ${credits(w, 2)}.`
        : `${w.figure(p.count)} nanomodules de ${w.figure(p.fromMinutes)} à ${minutes(w, p.toMinutes)} donnent ${credits(w, 2)} chacun\u00a0: ${credits(w, p.tenths)}.`,
    short: (p, w) =>
      `${w.count(p.count, { one: 'module', other: 'modules' })} de moins de ${minutes(w, p.minutes)} ne ${w.word(p.count, { one: 'donne', other: 'donnent' })} aucun crédit.`,
  }),
  'CREDIT.RECORDED_NOT_ELIGIBLE': variants({
    credits: (p, w) =>
      `Les webinaires enregistrés ne donnent aucun crédit CPE, quelle que soit leur durée (celui-ci dure ${minutes(w, p.minutes)}).`,
    refund: (p, w) =>
      `Les webinaires enregistrés ne donnent aucun crédit CPE\u00a0; le remboursement suit les règles ${named(PRODUCTS, w.text(p.product))}, sous lesquelles ce webinaire a été vendu.`,
    certificate: () =>
      'Les webinaires enregistrés ne donnent aucun crédit CPE\u00a0: il n’y a donc pas de certificat.',
  }),
  'CREDIT.COLLEGE': variants({
    hours: (p, w) => `${collegeParts(p, w)} donnent ${credits(w, p.tenths)}.`,
    none: () =>
      'Vous n’avez indiqué aucune heure semestrielle ni trimestrielle\u00a0: il n’y a donc aucun crédit universitaire à compter.',
  }),
  'CREDIT.SEGMENTS': variants({
    segments: (p, w) =>
      w.number(p.count) === 1
        ? `L’unique segment du programme dure ${minutes(w, p.minutes)}.`
        : `Les ${w.figure(p.count)} segments du programme totalisent ${minutes(w, p.minutes)}.`,
    unscheduled: () =>
      'Aucun événement n’est encore programmé\u00a0: les crédits découleront de ses sessions.',
    differing: (p, w) =>
      `Les ${w.count(p.count, { one: 'événement', other: 'événements' })} de ce programme donnent des crédits différents (${w
        .text(p.offeredTenths)
        .split(',')
        .map((tenths) => w.creditFigure(tenths))
        .join('\u00a0; ')})\u00a0; le plus petit, ${w.creditFigure(p.tenths)}, est proposé.`,
  }),
  'CREDIT.BREAKS_EXCLUDED': (p, w) =>
    `${minutes(w, p.breakMinutes)} de pauses, de repas et de consignes pratiques ne comptent pas\u00a0: il reste ${minutes(w, p.minutes)} de contenu admissible.`,
  'CREDIT.STATE_BOARD_AUTHORITY': () =>
    'Les autorités comptables des États (state boards of accountancy) ont le dernier mot sur l’acceptation des crédits CPE.',
  'SELF_STUDY.QUESTIONS': (p, w) =>
    `Pour ${credits(w, p.tenths)} d’autoformation, il faut au moins ${w.count(p.needReview, { one: 'question de révision', other: 'questions de révision' })} et ${w.count(p.needExam, { one: 'question d’examen final', other: 'questions d’examen final' })} (Normes de ${w.text(p.edition)}, questions vrai/faux non comprises)\u00a0; ce cours en a ${w.figure(p.review)} et ${w.figure(p.exam)}.`,
  'SELF_STUDY.PACE': (p, w) =>
    `Avec ${credits(w, p.tenths)}, ce cours dépasse 24 crédits\u00a0; il ne doit pas être annoncé comme valant plus de 24 crédits par 24 heures.`,
  'SELF_STUDY.PASS_70': (p, w) =>
    p.variant === 'certificate'
      ? 'Votre examen final n’est pas enregistré comme réussi.'
      : `L’examen final est réussi avec une note de ${w.percent(7000)} ou plus.`,
  'SELF_STUDY.EXPIRY_1Y': () => 'Vous devez terminer le cours dans l’année qui suit l’achat.',
};
