/** Refund reasons (REFUND.*): what a quote or a decision says. In Spanish. */
import { variants, type RefundMessages } from '../words.js';
import { arrival } from './phrases.js';

export const esRefunds: RefundMessages = {
  'REFUND.SELF_STUDY_WINDOW': variants({
    within: (p, w) =>
      `Su solicitud llegó el día ${w.figure(p.day)} después de la compra del ${w.date(p.purchaseDate)} (hora de ${w.text(p.timeZone)}), dentro del plazo de ${w.count(p.windowDays, { one: 'día', other: 'días' })} que termina el ${w.date(p.lastDate)}.`,
    after: (p, w) =>
      `Su solicitud llegó el día ${w.figure(p.day)} después de la compra del ${w.date(p.purchaseDate)} (hora de ${w.text(p.timeZone)}), después del plazo de ${w.count(p.windowDays, { one: 'día', other: 'días' })} que terminó el ${w.date(p.lastDate)}; pasados esos días, se considera que el curso es satisfactorio.`,
  }),
  'REFUND.SELF_STUDY_TEST_TAKEN': () =>
    'Ya hizo el examen final, así que el curso no se puede reembolsar.',
  'REFUND.FEE': (p, w) =>
    `La comisión de gestión es el ${w.percent(p.feeBasisPoints)} de ${w.money(p.priceCents, p.currency)}, es decir, ${w.money(p.feeCents, p.currency)}; ${
      p.remedy === 'exchange'
        ? `puede cambiar el curso por otro de ${w.money(p.refundCents, p.currency)}.`
        : `el reembolso es de ${w.money(p.refundCents, p.currency)}.`
    }`,
  'REFUND.LIVE_NOTICE': variants({
    'in-time': (p, w) =>
      `${arrival(p, w)}, dentro del plazo que termina el ${w.date(p.lastDate)} (${w.count(p.noticeDays, { one: 'día', other: 'días' })} antes, hora de ${w.text(p.timeZone)}).`,
    late: (p, w) =>
      `${arrival(p, w)}, después del plazo que terminó el ${w.date(p.lastDate)}: las solicitudes deben llegar ${w.count(p.noticeDays, { one: 'día', other: 'días' })} antes del evento (hora de ${w.text(p.timeZone)}).`,
  }),
  'REFUND.PAYOUT_30D': (p, w) =>
    `Los reembolsos se pagan en un plazo de ${w.count(p.payoutDays, { one: 'día', other: 'días' })} después del evento, a más tardar el ${w.date(p.payDate)}.`,
  'REFUND.WRITTEN': () =>
    'La cancelación debe hacerse por escrito (por correo electrónico o postal).',
  'REFUND.NO_SHOW': () => 'No hay reembolso por no asistir una vez que el evento ha empezado.',
  'REFUND.CONFERENCE': (p, w) =>
    `Las inscripciones a congresos siguen la política de reembolso propia de cada congreso: ${w.text(p.link)}`,
  'REFUND.SPECIAL_CIRCUMSTANCES': (p, w) =>
    `Como describe circunstancias especiales, una persona revisará la solicitud. Contacto: ${w.text(p.contact)}.`,
  'REFUND.UNVERIFIED': () =>
    'Los datos de compra de esta solicitud son los que escribió el participante, no una inscripción registrada: el patrocinador los comprueba antes de decidir.',
};
