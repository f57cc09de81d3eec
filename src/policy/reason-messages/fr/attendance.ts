/** Attendance reasons (ATTEND.*): what an evaluation of time on record says. In French. */
import { variants, type AttendanceMessages } from '../words.js';
import { minutes, credits, window, PROMPTS, answered, INTERACTIONS } from './phrases.js';

export const frAttendance: AttendanceMessages = {
  'ATTEND.ON_RECORD': variants({
    none: () => 'Aucune arrivée n’est enregistrée\u00a0: aucun crédit ne peut donc être accordé.',
    attended: (p, w) =>
      `Votre présence est enregistrée\u00a0: ${minutes(w, p.minutes)} sur les ${minutes(w, p.scheduledMinutes)} prévues, pauses exclues.`,
    certificate: () => 'Votre présence n’est pas enregistrée.',
  }),
  'ATTEND.PARTIAL': () =>
    'Les crédits ne comptent que le temps où votre présence était enregistrée pendant les sessions\u00a0: arriver en retard ou partir tôt les réduit.',
  'ATTEND.CHECKOUT_MISSING': variants({
    'count-to-end': () =>
      'Aucun départ n’est enregistré après la dernière arrivée\u00a0: le temps est donc compté jusqu’à la fin de cette session, et l’animateur en a été informé.',
    'no-credit': () =>
      'Aucun départ n’est enregistré après la dernière arrivée\u00a0: le temps qui suit ne donne donc aucun crédit.',
    certificate: () => 'Votre départ n’est pas enregistré.',
  }),
  'ATTEND.PROMPTS_PER_CREDIT': (p, w) =>
    `Le programme propose ${credits(w, p.tenths)} et demandait donc au moins ${w.count(p.needed, PROMPTS)} (${w.figure(p.perCredit)} par crédit)\u00a0; ${w.figure(p.issued)} ${w.word(p.issued, { one: 'a été posée', other: 'ont été posées' })}.`,
  'ATTEND.PROMPTS_ANSWERED': variants({
    below: (p, w) =>
      `${answered(p, w)}\u00a0; comme il faut répondre à au moins ${w.percent(w.number(p.percent) * 100)} d’entre elles, aucun crédit n’est accordé.`,
    met: (p, w) =>
      w.number(p.present) === 0
        ? 'Aucune question de participation n’a été posée pendant votre présence.'
        : `${answered(p, w)}, ce qui atteint les ${w.percent(w.number(p.percent) * 100)} demandés.`,
  }),
  'ATTEND.GIB_INTERACTIONS': variants({
    supported: (p, w) =>
      `Avec ${w.count(p.interactions, INTERACTIONS)}, les crédits de votre temps sont justifiés (il en faut ${w.figure(p.perCredit)} par crédit).`,
    none: (p, w) =>
      `Un crédit de webinaire demande ${w.count(p.perCredit, INTERACTIONS)}, et vous en avez ${w.figure(p.interactions)}\u00a0: aucun crédit n’est donc accordé.`,
    capped: (p, w) =>
      `Chaque crédit demande ${w.count(p.perCredit, INTERACTIONS)}\u00a0: avec ${w.count(p.interactions, INTERACTIONS)}, vous obtenez ${credits(w, p.capTenths)}, moins que les ${w.creditFigure(p.tenths)} que votre temps donnerait.`,
  }),
  'ATTEND.WINDOW': variants({
    open: window('L’enregistrement des arrivées est ouvert.'),
    'not-yet': window('L’enregistrement des arrivées n’est pas encore ouvert.'),
    closed: window('L’enregistrement des arrivées est fermé.'),
  }),
};
