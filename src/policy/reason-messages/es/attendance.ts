/** Attendance reasons (ATTEND.*): what an evaluation of time on record says. In Spanish. */
import { variants, type AttendanceMessages } from '../words.js';
import { minutes, credits, window, PROMPTS, LAUNCHED, INTERACTIONS } from './phrases.js';

export const esAttendance: AttendanceMessages = {
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
    `El programa ofrece ${credits(w, p.tenths)}, así que necesitaba al menos ${w.count(p.needed, PROMPTS)} (${w.figure(p.perCredit)} por crédito); ${w.word(p.issued, { one: 'se planteó', other: 'se plantearon' })} ${w.figure(p.issued)}.`,
  'ATTEND.PROMPTS_ANSWERED': variants({
    below: (p, w) =>
      `Respondió ${w.figure(p.answered)} de ${w.count(p.present, PROMPTS)} ${w.word(p.present, LAUNCHED)} mientras estaba presente; hay que responder al menos el ${w.percent(w.number(p.percent) * 100)}, así que no se otorgan créditos.`,
    met: (p, w) =>
      w.number(p.present) === 0
        ? 'No se planteó ninguna pregunta de participación mientras estaba presente.'
        : `Respondió ${w.figure(p.answered)} de ${w.count(p.present, PROMPTS)} ${w.word(p.present, LAUNCHED)} mientras estaba presente, con lo que alcanza el ${w.percent(w.number(p.percent) * 100)} necesario.`,
  }),
  'ATTEND.GIB_INTERACTIONS': variants({
    supported: (p, w) =>
      `Con ${w.count(p.interactions, INTERACTIONS)}, obtiene los créditos de todo su tiempo (se necesitan ${w.figure(p.perCredit)} por cada crédito).`,
    none: (p, w) =>
      `Un crédito de seminario web necesita ${w.count(p.perCredit, INTERACTIONS)} y usted tiene ${w.figure(p.interactions)}, así que no se otorgan créditos.`,
    capped: (p, w) =>
      `Cada crédito necesita ${w.count(p.perCredit, INTERACTIONS)}: con ${w.count(p.interactions, INTERACTIONS)} obtiene ${credits(w, p.capTenths)}, menos que los ${w.creditFigure(p.tenths)} que le daría su tiempo.`,
  }),
  'ATTEND.WINDOW': variants({
    open: window('El registro de entrada está abierto.'),
    'not-yet': window('El registro de entrada todavía no está abierto.'),
    closed: window('El registro de entrada ya se cerró.'),
  }),
};
