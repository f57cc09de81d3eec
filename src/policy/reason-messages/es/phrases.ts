/** The Spanish words and clauses the reason sentences share. */
import { variants, type Forms, type Sentence, type Words } from '../words.js';
import type { ReasonParams } from '../../schemas.js';

export const MINUTES: Forms = { one: 'minuto', other: 'minutos' };
export const CREDITS: Forms = { one: 'crédito', other: 'créditos' };

export const INCREMENTS: Record<string, string> = {
  fifth: 'incrementos de un quinto de crédito',
  half: 'incrementos de medio crédito',
  'self-study-minimum': 'el mínimo del autoestudio',
};

export const PRODUCTS: Record<string, string> = {
  'self-study': 'del autoestudio',
  'live-event': 'de los eventos en directo',
  conference: 'de los congresos',
};

export const ENROLLMENT_STATUS: Record<string, string> = {
  active: 'activa',
  cancelled: 'cancelada',
  refunded: 'reembolsada',
};

export const named = (names: Record<string, string>, value: string): string =>
  names[value] ?? value;

export const minutes = (w: Words, value: ReasonParams[string] | undefined) =>
  w.minutes(value, MINUTES);
export const credits = (w: Words, tenths: ReasonParams[string] | undefined) =>
  w.credits(tenths, CREDITS);

/** CREDIT.INCREMENT: `(0,2 créditos = 10 minutos)`, the size of one step. */
export const step = (p: ReasonParams, w: Words) =>
  `${credits(w, p.stepTenths)} = ${minutes(w, (w.number(p.unitMinutes) * w.number(p.stepTenths)) / 10)}`;

export const minimum: Sentence = variants({
  under: (p, w) =>
    `Con ${minutes(w, p.minutes)} no se llega al mínimo de ${minutes(w, p.minimumMinutes)} para ${credits(w, p.minimumTenths)}, así que no se obtienen créditos.`,
  meets: (p, w) =>
    `Con ${minutes(w, p.minutes)} se cumple el mínimo de ${credits(w, p.minimumTenths)}.`,
});

export const window =
  (opening: string): Sentence =>
  (p, w) =>
    `${opening} El registro de entrada se abre ${minutes(w, p.leadMinutes)} antes de que empiece una sesión y se cierra cuando termina.`;

/** SELF_STUDY.FORMULA: the parts the English names, in the same order. */
export function formulaParts(p: ReasonParams, w: Words): string {
  let parts = '';
  if (p.words !== undefined) {
    parts += `${w.count(p.words, { one: 'palabra', other: 'palabras' })} a ${w.figure(p.wordsPerMinute)} por minuto (${minutes(w, p.wordMinutes)}), `;
  }
  if (p.audioVideoMinutes !== undefined) {
    parts += `${minutes(w, p.audioVideoMinutes)} de audio y vídeo, `;
  }
  return `${parts}${w.count(p.questions, { one: 'pregunta', other: 'preguntas' })} a ${minutes(w, p.minutesPerQuestion)} cada una (${minutes(w, p.questionMinutes)})`;
}

export function collegeParts(p: ReasonParams, w: Words): string {
  const parts = [];
  if (w.number(p.semesterHours) > 0) {
    parts.push(
      `${w.count(p.semesterHours, { one: 'hora semestral', other: 'horas semestrales' })} a ${w.figure(p.semesterHourCredits)} créditos cada una`,
    );
  }
  if (w.number(p.quarterHours) > 0) {
    parts.push(
      `${w.count(p.quarterHours, { one: 'hora trimestral', other: 'horas trimestrales' })} a ${w.figure(p.quarterHourCredits)} créditos cada una`,
    );
  }
  return parts.join(' y ');
}

/** ICMA.ANNUAL_30: the optional clauses of the English, worded the same way. */
export function annualRequirement(p: ReasonParams, w: Words): string {
  const owed =
    w.number(p.owedTenths) > 0
      ? ` más los ${w.creditFigure(p.owedTenths)} que faltaron el año anterior (${credits(w, p.requiredTenths)} en total)`
      : '';
  const carried =
    w.number(p.carriedInTenths) > 0
      ? `, incluidos ${w.creditFigure(p.carriedInTenths)} trasladados del año anterior`
      : '';
  const counted = w.creditWord(p.earnedTenths, { one: 'se cuenta', other: 'se cuentan' });
  return `${w.text(p.year)} exige ${credits(w, p.annualTenths)}${owed}; ${counted} ${credits(w, p.earnedTenths)}${carried}.`;
}

export const PROMPTS: Forms = {
  one: 'pregunta de participación',
  other: 'preguntas de participación',
};
export const LAUNCHED: Forms = { one: 'planteada', other: 'planteadas' };
export const INTERACTIONS: Forms = {
  one: 'interacción completada',
  other: 'interacciones completadas',
};

/** REFUND.LIVE_NOTICE: when the request arrived, against the event's day. */
export function arrival(p: ReasonParams, w: Words): string {
  const days = w.number(p.daysBefore);
  const event = w.date(p.eventDate);
  if (days === 0) return `Su solicitud llegó el mismo día del evento, el ${event}`;
  const count = w.count(Math.abs(days), { one: 'día', other: 'días' });
  return days > 0
    ? `Su solicitud llegó ${count} antes del evento del ${event}`
    : `Su solicitud llegó ${count} después del evento del ${event}`;
}
