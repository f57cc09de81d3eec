/** The engine's reasons in Spanish: plain, second person (usted, as the widgets), figures through Intl. */
import { variants, type Forms, type ReasonMessages, type Sentence, type Words } from './words.js';
import type { ReasonParams } from '../schemas.js';

const MINUTES: Forms = { one: 'minuto', other: 'minutos' };
const CREDITS: Forms = { one: 'crédito', other: 'créditos' };

const INCREMENTS: Record<string, string> = {
  fifth: 'incrementos de un quinto de crédito',
  half: 'incrementos de medio crédito',
  'self-study-minimum': 'el mínimo del autoestudio',
};

const PRODUCTS: Record<string, string> = {
  'self-study': 'del autoestudio',
  'live-event': 'de los eventos en vivo',
  conference: 'de las conferencias',
};

const ENROLLMENT_STATUS: Record<string, string> = {
  active: 'activa',
  cancelled: 'cancelada',
  refunded: 'reembolsada',
};

const named = (names: Record<string, string>, value: string): string => names[value] ?? value;

const minutes = (w: Words, value: ReasonParams[string] | undefined) => w.minutes(value, MINUTES);
const credits = (w: Words, tenths: ReasonParams[string] | undefined) => w.credits(tenths, CREDITS);

/** CREDIT.INCREMENT: `(0,2 créditos = 10 minutos)`, the size of one step. */
const step = (p: ReasonParams, w: Words) =>
  `${credits(w, p.stepTenths)} = ${minutes(w, (w.number(p.unitMinutes) * w.number(p.stepTenths)) / 10)}`;

const minimum: Sentence = variants({
  under: (p, w) =>
    `Con ${minutes(w, p.minutes)} no se llega al mínimo de ${minutes(w, p.minimumMinutes)} para ${credits(w, p.minimumTenths)}, así que no se obtienen créditos.`,
  meets: (p, w) =>
    `Con ${minutes(w, p.minutes)} se cumple el mínimo de ${credits(w, p.minimumTenths)}.`,
});

const window =
  (opening: string): Sentence =>
  (p, w) =>
    `${opening} El registro de entrada se abre ${minutes(w, p.leadMinutes)} antes de que empiece una sesión y se cierra cuando termina.`;

/** SELF_STUDY.FORMULA: the parts the English names, in the same order. */
function formulaParts(p: ReasonParams, w: Words): string {
  let parts = '';
  if (p.words !== undefined) {
    parts += `${w.count(p.words, { one: 'palabra', other: 'palabras' })} a ${w.figure(p.wordsPerMinute)} por minuto (${minutes(w, p.wordMinutes)}), `;
  }
  if (p.audioVideoMinutes !== undefined) {
    parts += `${minutes(w, p.audioVideoMinutes)} de audio y video, `;
  }
  return `${parts}${w.count(p.questions, { one: 'pregunta', other: 'preguntas' })} a ${minutes(w, p.minutesPerQuestion)} cada una (${minutes(w, p.questionMinutes)})`;
}

function collegeParts(p: ReasonParams, w: Words): string {
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
function annualRequirement(p: ReasonParams, w: Words): string {
  const owed =
    w.number(p.owedTenths) > 0
      ? ` más los ${w.creditFigure(p.owedTenths)} que faltaron el año anterior (${credits(w, p.requiredTenths)} en total)`
      : '';
  const carried =
    w.number(p.carriedInTenths) > 0
      ? `, incluidos ${w.creditFigure(p.carriedInTenths)} arrastrados del año anterior`
      : '';
  const counted = w.creditWord(p.earnedTenths, { one: 'se cuenta', other: 'se cuentan' });
  return `${w.text(p.year)} exige ${credits(w, p.annualTenths)}${owed}; ${counted} ${credits(w, p.earnedTenths)}${carried}.`;
}

const PROMPTS: Forms = { one: 'pregunta de control', other: 'preguntas de control' };
const LAUNCHED: Forms = { one: 'lanzada', other: 'lanzadas' };
const INTERACTIONS: Forms = { one: 'interacción completada', other: 'interacciones completadas' };

export const es: ReasonMessages = {
  'CREDIT.UNIT_50': (p, w) =>
    `Un crédito NASBA y un crédito ICMA equivalen, cada uno, a ${minutes(w, p.unitMinutes)} de contenido válido.`,
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
        `Según las normas de 2024, el autoestudio otorga ${credits(w, 5)} desde ${minutes(w, w.number(p.unitMinutes) / 2)}, ${credits(w, 10)} desde ${minutes(w, p.unitMinutes)} y después cuenta en ${named(INCREMENTS, w.text(p.increment))} (${step(p, w)}).`,
      '2026': (p, w) =>
        `Según las normas de 2026, el autoestudio cuenta en ${named(INCREMENTS, w.text(p.increment))} a partir de un mínimo de ${credits(w, p.stepTenths)} (${minutes(w, (w.number(p.unitMinutes) * w.number(p.stepTenths)) / 10)}).`,
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
    `Se descuentan ${minutes(w, p.breakMinutes)} de pausas, comidas y avisos organizativos, y quedan ${minutes(w, p.minutes)} de contenido válido.`,
  'CREDIT.STATE_BOARD_AUTHORITY': () =>
    'Las juntas estatales de contabilidad (state boards of accountancy) tienen la última palabra sobre si aceptan los créditos CPE.',
  'SELF_STUDY.QUESTIONS': (p, w) =>
    `Para ${credits(w, p.tenths)} de autoestudio se necesitan al menos ${w.count(p.needReview, { one: 'pregunta de repaso', other: 'preguntas de repaso' })} y ${w.count(p.needExam, { one: 'pregunta de examen final', other: 'preguntas de examen final' })} (normas de ${w.text(p.edition)}, sin contar las de verdadero o falso); este curso tiene ${w.figure(p.review)} y ${w.figure(p.exam)}.`,
  'SELF_STUDY.PACE': (p, w) =>
    `Con ${credits(w, p.tenths)}, este curso supera los 24 créditos; no debe anunciarse como más de 24 créditos cada 24 horas.`,
  'SELF_STUDY.PASS_70': (p, w) =>
    p.variant === 'certificate'
      ? 'Su examen final no consta como aprobado.'
      : `El examen final se aprueba con una nota del ${w.percent(7000)} o más.`,
  'SELF_STUDY.EXPIRY_1Y': () => 'Debe completar el curso en el plazo de un año desde la compra.',
  'ATTEND.ON_RECORD': variants({
    none: () => 'No consta ningún registro de entrada, así que no se pueden otorgar créditos.',
    attended: (p, w) =>
      `Su asistencia consta en el registro: ${minutes(w, p.minutes)} de los ${minutes(w, p.scheduledMinutes)} programados, sin contar las pausas.`,
    certificate: () => 'Su asistencia no consta en el registro.',
  }),
  'ATTEND.PARTIAL': () =>
    'Los créditos solo cuentan el tiempo en que estuvo registrado durante las sesiones: llegar tarde o salir antes los reduce.',
  'ATTEND.CHECKOUT_MISSING': variants({
    'count-to-end': () =>
      'No hay registro de salida después del último registro de entrada, así que el tiempo se cuenta hasta el final de esa sesión; ya se avisó al anfitrión.',
    'no-credit': () =>
      'No hay registro de salida después del último registro de entrada, así que el tiempo posterior no otorga créditos.',
    certificate: () => 'Su registro de salida no consta.',
  }),
  'ATTEND.PROMPTS_PER_CREDIT': (p, w) =>
    `El programa ofrece ${credits(w, p.tenths)}, así que necesitaba al menos ${w.count(p.needed, PROMPTS)} (${w.figure(p.perCredit)} por crédito); ${w.word(p.issued, { one: 'se lanzó', other: 'se lanzaron' })} ${w.figure(p.issued)}.`,
  'ATTEND.PROMPTS_ANSWERED': variants({
    below: (p, w) =>
      `Respondió ${w.figure(p.answered)} de ${w.count(p.present, PROMPTS)} ${w.word(p.present, LAUNCHED)} mientras estaba presente; hay que responder al menos el ${w.percent(w.number(p.percent) * 100)}, así que no se otorgan créditos.`,
    met: (p, w) =>
      w.number(p.present) === 0
        ? 'No se lanzó ninguna pregunta de control mientras estaba presente.'
        : `Respondió ${w.figure(p.answered)} de ${w.count(p.present, PROMPTS)} ${w.word(p.present, LAUNCHED)} mientras estaba presente, con lo que alcanza el ${w.percent(w.number(p.percent) * 100)} necesario.`,
  }),
  'ATTEND.GIB_INTERACTIONS': variants({
    supported: (p, w) =>
      `Con ${w.count(p.interactions, INTERACTIONS)}, obtiene los créditos de todo su tiempo (se necesitan ${w.figure(p.perCredit)} por cada crédito).`,
    none: (p, w) =>
      `Un crédito de seminario web necesita ${w.count(p.perCredit, INTERACTIONS)} y tiene ${w.figure(p.interactions)}, así que no se otorgan créditos.`,
    capped: (p, w) =>
      `Cada crédito necesita ${w.count(p.perCredit, INTERACTIONS)}: con ${w.count(p.interactions, INTERACTIONS)} obtiene ${credits(w, p.capTenths)}, menos que los ${w.creditFigure(p.tenths)} que le daría su tiempo.`,
  }),
  'ATTEND.WINDOW': variants({
    open: window('El registro de entrada está abierto.'),
    'not-yet': window('El registro de entrada todavía no está abierto.'),
    closed: window('El registro de entrada ya se cerró.'),
  }),
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
    `Las inscripciones a conferencias siguen la política de reembolso propia de cada conferencia: ${w.text(p.link)}`,
  'REFUND.SPECIAL_CIRCUMSTANCES': (p, w) =>
    `Como describe circunstancias especiales, una persona revisará la solicitud. Contacto: ${w.text(p.contact)}.`,
  'REFUND.UNVERIFIED': () =>
    'Los datos de compra de esta solicitud son los que escribió el alumno, no una inscripción registrada: el patrocinador los comprueba antes de decidir.',
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
      `Tiene ${credits(w, p.aboveTenths)} por encima del requisito: ${w.creditFigure(p.carryTenths)} ${w.creditWord(p.carryTenths, { one: 'pasa', other: 'pasan' })} a ${w.text(p.nextYear)} (como máximo ${w.creditFigure(p.maxTenths)}).`,
    none: (p, w) => `Ningún crédito pasa a ${w.text(p.nextYear)}.`,
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

/** REFUND.LIVE_NOTICE: when the request arrived, against the event's day. */
function arrival(p: ReasonParams, w: Words): string {
  const days = w.number(p.daysBefore);
  const event = w.date(p.eventDate);
  if (days === 0) return `Su solicitud llegó el mismo día del evento, el ${event}`;
  const count = w.count(Math.abs(days), { one: 'día', other: 'días' });
  return days > 0
    ? `Su solicitud llegó ${count} antes del evento del ${event}`
    : `Su solicitud llegó ${count} después del evento del ${event}`;
}
