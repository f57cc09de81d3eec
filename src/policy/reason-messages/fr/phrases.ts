/** The French words and clauses the reason sentences share. */
import { variants, type Forms, type Sentence, type Words } from '../words.js';
import type { ReasonParams } from '../../schemas.js';

export const MINUTES: Forms = { one: 'minute', other: 'minutes' };
export const CREDITS: Forms = { one: 'crédit', other: 'crédits' };
export const DAYS: Forms = { one: 'jour', other: 'jours' };

export const INCREMENTS: Record<string, string> = {
  fifth: 'tranches d’un cinquième de crédit',
  half: 'tranches d’un demi-crédit',
  'self-study-minimum': 'le minimum de l’autoformation',
};

/** CREDIT.ROUND_DOWN: the rounding, with its article (`avec des tranches…`). */
export const ROUNDINGS: Record<string, string> = {
  fifth: 'des tranches d’un cinquième de crédit',
  half: 'des tranches d’un demi-crédit',
  'self-study-minimum': 'le minimum de l’autoformation',
};

export const PRODUCTS: Record<string, string> = {
  'self-study': 'de l’autoformation',
  'live-event': 'des événements en direct',
  conference: 'des conférences',
};

export const ENROLLMENT_STATUS: Record<string, string> = {
  active: 'active',
  cancelled: 'annulée',
  refunded: 'remboursée',
};

export const named = (names: Record<string, string>, value: string): string =>
  names[value] ?? value;

export const minutes = (w: Words, value: ReasonParams[string] | undefined) =>
  w.minutes(value, MINUTES);
export const credits = (w: Words, tenths: ReasonParams[string] | undefined) =>
  w.credits(tenths, CREDITS);

/** CREDIT.INCREMENT: `(0,2 crédit = 10 minutes)`, the size of one step. */
export const step = (p: ReasonParams, w: Words) =>
  `${credits(w, p.stepTenths)} = ${minutes(w, (w.number(p.unitMinutes) * w.number(p.stepTenths)) / 10)}`;

export const minimum: Sentence = variants({
  under: (p, w) =>
    `${minutes(w, p.minutes)}, c’est moins que le minimum de ${minutes(w, p.minimumMinutes)} pour ${credits(w, p.minimumTenths)}\u00a0: aucun crédit n’est donc accordé.`,
  meets: (p, w) =>
    `Avec ${minutes(w, p.minutes)}, le minimum de ${credits(w, p.minimumTenths)} est atteint.`,
});

export const window =
  (opening: string): Sentence =>
  (p, w) =>
    `${opening} L’enregistrement des arrivées ouvre ${minutes(w, p.leadMinutes)} avant le début d’une session et ferme à la fin de celle-ci.`;

/** SELF_STUDY.FORMULA: the parts the English names, in the same order. */
export function formulaParts(p: ReasonParams, w: Words): string {
  let parts = '';
  if (p.words !== undefined) {
    parts += `${w.count(p.words, { one: 'mot', other: 'mots' })} à ${w.figure(p.wordsPerMinute)} par minute (${minutes(w, p.wordMinutes)}), `;
  }
  if (p.audioVideoMinutes !== undefined) {
    parts += `${minutes(w, p.audioVideoMinutes)} d’audio et de vidéo, `;
  }
  return `${parts}${w.count(p.questions, { one: 'question', other: 'questions' })} à ${minutes(w, p.minutesPerQuestion)} chacune (${minutes(w, p.questionMinutes)})`;
}

export function collegeParts(p: ReasonParams, w: Words): string {
  const parts = [];
  if (w.number(p.semesterHours) > 0) {
    parts.push(
      `${w.count(p.semesterHours, { one: 'heure semestrielle', other: 'heures semestrielles' })} à ${w.figure(p.semesterHourCredits)} crédits chacune`,
    );
  }
  if (w.number(p.quarterHours) > 0) {
    parts.push(
      `${w.count(p.quarterHours, { one: 'heure trimestrielle', other: 'heures trimestrielles' })} à ${w.figure(p.quarterHourCredits)} crédits chacune`,
    );
  }
  return parts.join(' et ');
}

/** ICMA.ANNUAL_30: the optional clauses of the English, worded the same way. */
export function annualRequirement(p: ReasonParams, w: Words): string {
  const owed =
    w.number(p.owedTenths) > 0
      ? `, plus les ${w.creditFigure(p.owedTenths)} manquants de l’année précédente (${credits(w, p.requiredTenths)} au total)`
      : '';
  const carried =
    w.number(p.carriedInTenths) > 0 ? `, dont ${w.creditFigure(p.carriedInTenths)} reportés` : '';
  const counted = w.creditWord(p.earnedTenths, { one: 'est compté', other: 'sont comptés' });
  return `L’année ${w.text(p.year)} exige ${credits(w, p.annualTenths)}${owed}\u00a0; ${credits(w, p.earnedTenths)} ${counted}${carried}.`;
}

export const PROMPTS: Forms = {
  one: 'question de participation',
  other: 'questions de participation',
};
/** ATTEND.PROMPTS_ANSWERED: `Vous avez répondu à 2 questions de contrôle sur 3 posées...` */
export const answered = (p: ReasonParams, w: Words) =>
  `Vous avez répondu à ${w.figure(p.answered)} ${w.word(p.answered, PROMPTS)} sur ${w.count(p.present, { one: 'posée', other: 'posées' })} pendant votre présence`;

export const INTERACTIONS: Forms = { one: 'interaction réalisée', other: 'interactions réalisées' };

/** REFUND.LIVE_NOTICE: when the request arrived, against the event’s day. */
export function arrival(p: ReasonParams, w: Words): string {
  const days = w.number(p.daysBefore);
  const event = w.date(p.eventDate);
  if (days === 0) return `Votre demande est arrivée le jour même de l’événement, le ${event}`;
  const count = w.count(Math.abs(days), DAYS);
  return days > 0
    ? `Votre demande est arrivée ${count} avant l’événement du ${event}`
    : `Votre demande est arrivée ${count} après l’événement du ${event}`;
}
