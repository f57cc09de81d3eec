/** ICMA requirement and certificate reasons. In Spanish. */
import { variants, type RecordMessages } from '../words.js';
import { ENROLLMENT_STATUS, named, credits, annualRequirement } from './phrases.js';

export const esRecords: RecordMessages = {
  'ICMA.ANNUAL_30': variants({
    'not-required': (p, w) =>
      `El requisito anual empieza el año siguiente a la certificación (${w.text(p.firstYear)}); en ${w.text(p.year)} no se exige nada.`,
    required: annualRequirement,
  }),
  'ICMA.ETHICS_2': variants({
    met: (p, w) =>
      `Con ${credits(w, p.ethicsTenths)} de ética se cumplen los ${w.creditFigure(p.neededTenths)} necesarios.`,
    short: (p, w) =>
      `Con ${credits(w, p.ethicsTenths)} de ética no se llega a los ${w.creditFigure(p.neededTenths)} necesarios.`,
  }),
  'ICMA.CARRY_10': variants({
    carry: (p, w) =>
      `Tiene ${credits(w, p.aboveTenths)} por encima del requisito: ${w.creditFigure(p.carryTenths)} ${w.creditWord(p.carryTenths, { one: 'se traslada', other: 'se trasladan' })} a ${w.text(p.nextYear)} (como máximo ${w.creditFigure(p.maxTenths)}).`,
    none: (p, w) => `No se traslada ningún crédito a ${w.text(p.nextYear)}.`,
  }),
  'ICMA.SHORTFALL': variants({
    inactive: (p, w) =>
      `El déficit no se recuperó antes de que terminara ${w.text(p.year)}, así que el estado es inactivo hasta que se recupere.`,
    missing: (p, w) =>
      `${w.creditWord(p.shortfallTenths, { one: 'Falta', other: 'Faltan' })} ${credits(w, p.shortfallTenths)}; el estado es inactivo hasta que se alcancen ${credits(w, p.targetTenths)} antes de que termine ${w.text(p.byYear)}.`,
    'made-up': (p, w) => `Ya recuperó lo que faltó el año anterior: ${credits(w, p.owedTenths)}.`,
  }),
  'CERT.ISSUED': variants({
    attendance: () => 'Su asistencia registrada otorga créditos.',
    assessment: () => 'Su examen final consta como aprobado.',
  }),
  'CERT.ENROLLMENT': variants({
    status: (p, w) =>
      `La inscripción está ${named(ENROLLMENT_STATUS, w.text(p.status))}: no otorga certificado.`,
    'not-enrolled': () => 'No está inscrito en este programa.',
  }),
  'CERT.EVENT_ENDED': variants({
    'no-session': () => 'No consta ninguna sesión del programa para su inscripción.',
    'not-ended': () => 'El evento todavía no ha terminado.',
  }),
  'CERT.METHOD': variants({
    college: () =>
      'Los créditos universitarios los certifica el expediente académico de la universidad, no un certificado de finalización.',
    'no-credit': () => 'El programa no ofrece créditos, así que no se emite certificado.',
  }),
};
