/** Credit reasons (CREDIT.*, SELF_STUDY.*): what a credit result says. In Spanish. */
import { variants, type CreditMessages } from '../words.js';
import {
  CREDITS,
  INCREMENTS,
  PRODUCTS,
  named,
  minutes,
  credits,
  step,
  minimum,
  formulaParts,
  collegeParts,
} from './phrases.js';

export const esCredits: CreditMessages = {
  'CREDIT.UNIT_50': (p, w) =>
    `Un crédito NASBA y un crédito ICMA equivalen, cada uno, a ${minutes(w, p.unitMinutes)} de contenido computable.`,
  'CREDIT.ROUND_DOWN': variants({
    exact: (p, w) => `${minutes(w, p.minutes)} son exactamente ${credits(w, p.tenths)}.`,
    rounded: (p, w) =>
      `${minutes(w, p.minutes)} son ${w.count(p.hundredths, CREDITS)}; con ${named(INCREMENTS, w.text(p.rounding))}, se redondea hacia abajo a ${w.creditFigure(p.tenths)}.`,
    'just-over': (p, w) =>
      `${minutes(w, p.minutes)} son algo más de ${w.count(p.hundredths, CREDITS)}; con ${named(INCREMENTS, w.text(p.rounding))}, se redondea hacia abajo a ${w.creditFigure(p.tenths)}.`,
  }),
  'CREDIT.INCREMENT': variants(
    {
      group: (p, w) =>
        `Un programa grupal obtiene su primer crédito a los ${minutes(w, p.unitMinutes)} y después cuenta en ${named(INCREMENTS, w.text(p.increment))} (${step(p, w)}).`,
      '2024': (p, w) =>
        `Según las Normas de 2024, el autoestudio otorga ${credits(w, 5)} desde ${minutes(w, w.number(p.unitMinutes) / 2)}, ${credits(w, 10)} desde ${minutes(w, p.unitMinutes)} y después cuenta en ${named(INCREMENTS, w.text(p.increment))} (${step(p, w)}).`,
      '2026': (p, w) =>
        `Según las Normas de 2026, el autoestudio cuenta en ${named(INCREMENTS, w.text(p.increment))} a partir de un mínimo de ${credits(w, p.stepTenths)} (${minutes(w, (w.number(p.unitMinutes) * w.number(p.stepTenths)) / 10)}).`,
    },
    'scheme',
  ),
  'CREDIT.GROUP_MIN': minimum,
  'CREDIT.SELF_STUDY_MIN': minimum,
  'CREDIT.SELF_STUDY_PILOT': (p, w) =>
    `El tiempo representativo de la prueba piloto para completar el curso es de ${minutes(w, p.minutes)}.`,
  'CREDIT.SELF_STUDY_FORMULA': (p, w) =>
    `Según la fórmula del recuento de palabras, ${formulaParts(p, w)} suman ${minutes(w, p.minutes)}.`,
  'CREDIT.NANO': variants({
    earning: (p, w) =>
      w.number(p.count) === 1
        ? `1 nanomódulo de ${w.figure(p.fromMinutes)} a ${minutes(w, p.toMinutes)} otorga ${credits(w, 2)}.`
        : `${w.count(p.count, { one: 'nanomódulo', other: 'nanomódulos' })} de ${w.figure(p.fromMinutes)} a ${minutes(w, p.toMinutes)} otorgan ${credits(w, 2)} cada uno: ${credits(w, p.tenths)}.`,
    short: (p, w) =>
      `${w.count(p.count, { one: 'módulo', other: 'módulos' })} de menos de ${minutes(w, p.minutes)} no ${w.word(p.count, { one: 'otorga', other: 'otorgan' })} créditos.`,
  }),
  'CREDIT.RECORDED_NOT_ELIGIBLE': variants({
    credits: (p, w) =>
      `Los seminarios web grabados no otorgan créditos CPE, sea cual sea su duración (este dura ${minutes(w, p.minutes)}).`,
    refund: (p, w) =>
      `Los seminarios web grabados no otorgan créditos CPE; el reembolso sigue las reglas ${named(PRODUCTS, w.text(p.product))} con las que se vendió.`,
    certificate: () =>
      'Los seminarios web grabados no otorgan créditos CPE, así que no hay certificado.',
  }),
  'CREDIT.COLLEGE': variants({
    hours: (p, w) => `${collegeParts(p, w)} suman ${credits(w, p.tenths)}.`,
    none: () =>
      'No indicó horas semestrales ni trimestrales, así que no hay créditos universitarios que contar.',
  }),
  'CREDIT.SEGMENTS': variants({
    segments: (p, w) =>
      w.number(p.count) === 1
        ? `El único segmento del programa dura ${minutes(w, p.minutes)}.`
        : `Los ${w.figure(p.count)} segmentos del programa suman ${minutes(w, p.minutes)}.`,
    unscheduled: () =>
      'Todavía no hay ningún evento programado: los créditos saldrán de sus sesiones.',
    differing: (p, w) =>
      `Los ${w.count(p.count, { one: 'evento', other: 'eventos' })} de este programa otorgan créditos distintos (${w
        .text(p.offeredTenths)
        .split(',')
        .map((tenths) => w.creditFigure(tenths))
        .join('; ')}); se ofrece el menor, ${w.creditFigure(p.tenths)}.`,
  }),
  'CREDIT.BREAKS_EXCLUDED': (p, w) =>
    `Se descuentan ${minutes(w, p.breakMinutes)} de pausas, comidas y avisos organizativos, y quedan ${minutes(w, p.minutes)} de contenido computable.`,
  'CREDIT.STATE_BOARD_AUTHORITY': () =>
    'Las juntas estatales de contabilidad (state boards of accountancy) tienen la última palabra sobre si aceptan los créditos CPE.',
  'SELF_STUDY.QUESTIONS': (p, w) =>
    `Para ${credits(w, p.tenths)} de autoestudio se necesitan al menos ${w.count(p.needReview, { one: 'pregunta de repaso', other: 'preguntas de repaso' })} y ${w.count(p.needExam, { one: 'pregunta de examen final', other: 'preguntas de examen final' })} (Normas de ${w.text(p.edition)}, sin contar las de verdadero o falso); este curso tiene ${w.figure(p.review)} y ${w.figure(p.exam)}.`,
  'SELF_STUDY.PACE': (p, w) =>
    `Con ${credits(w, p.tenths)}, este curso supera los 24 créditos; no debe anunciarse como más de 24 créditos cada 24 horas.`,
  'SELF_STUDY.PASS_70': (p, w) =>
    p.variant === 'certificate'
      ? 'Su examen final no consta como aprobado.'
      : `El examen final se aprueba con una nota del ${w.percent(7000)} o más.`,
  'SELF_STUDY.EXPIRY_1Y': () => 'Debe completar el curso en el plazo de un año desde la compra.',
};
