/** Refund reasons (REFUND.*): what a quote or a decision says. In French. */
import { variants, type RefundMessages } from '../words.js';
import { DAYS, arrival } from './phrases.js';

export const frRefunds: RefundMessages = {
  'REFUND.SELF_STUDY_WINDOW': variants({
    within: (p, w) =>
      `Votre demande est arrivée le jour ${w.figure(p.day)} après l’achat du ${w.date(p.purchaseDate)} (fuseau horaire ${w.text(p.timeZone)}), dans le délai de ${w.count(p.windowDays, DAYS)} qui se termine le ${w.date(p.lastDate)}.`,
    after: (p, w) =>
      `Votre demande est arrivée le jour ${w.figure(p.day)} après l’achat du ${w.date(p.purchaseDate)} (fuseau horaire ${w.text(p.timeZone)}), après le délai de ${w.count(p.windowDays, DAYS)} qui s’est terminé le ${w.date(p.lastDate)}\u00a0; passé ce délai, le cours est réputé satisfaisant.`,
  }),
  'REFUND.SELF_STUDY_TEST_TAKEN': () =>
    'Vous avez passé l’examen final\u00a0: le cours ne peut donc pas être remboursé.',
  'REFUND.FEE': (p, w) =>
    `Les frais de dossier sont de ${w.percent(p.feeBasisPoints)} de ${w.money(p.priceCents, p.currency)}, soit ${w.money(p.feeCents, p.currency)}\u00a0; ${
      p.remedy === 'exchange'
        ? `vous pouvez échanger le cours contre un autre d’une valeur de ${w.money(p.refundCents, p.currency)}.`
        : `le remboursement est de ${w.money(p.refundCents, p.currency)}.`
    }`,
  'REFUND.LIVE_NOTICE': variants({
    'in-time': (p, w) =>
      `${arrival(p, w)}, avant la date limite du ${w.date(p.lastDate)} (${w.count(p.noticeDays, DAYS)} avant, fuseau horaire ${w.text(p.timeZone)}).`,
    late: (p, w) =>
      `${arrival(p, w)}, après la date limite du ${w.date(p.lastDate)}\u00a0: les demandes doivent arriver ${w.count(p.noticeDays, DAYS)} avant l’événement (fuseau horaire ${w.text(p.timeZone)}).`,
  }),
  'REFUND.PAYOUT_30D': (p, w) =>
    `Les remboursements sont versés dans les ${w.count(p.payoutDays, DAYS)} qui suivent l’événement, au plus tard le ${w.date(p.payDate)}.`,
  'REFUND.WRITTEN': () => 'Une annulation doit être faite par écrit (par e-mail ou par courrier).',
  'REFUND.NO_SHOW': () =>
    'Aucun remboursement n’est accordé pour une absence une fois l’événement commencé.',
  'REFUND.CONFERENCE': (p, w) =>
    `Les inscriptions aux conférences suivent la politique de remboursement propre à chaque conférence\u00a0: ${w.text(p.link)}`,
  'REFUND.SPECIAL_CIRCUMSTANCES': (p, w) =>
    `Comme vous décrivez des circonstances particulières, une personne examinera la demande. Contact\u00a0: ${w.text(p.contact)}.`,
  'REFUND.UNVERIFIED': () =>
    'Les informations d’achat de cette demande sont celles saisies par le participant, pas une inscription enregistrée\u00a0: l’organisme les vérifie avant de décider.',
};
