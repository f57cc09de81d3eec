/** The engine's reasons in French: plain, second person (vous), figures through Intl. */
import { variants, type Forms, type ReasonMessages, type Sentence, type Words } from './words.js';
import type { ReasonParams } from '../schemas.js';

const MINUTES: Forms = { one: 'minute', other: 'minutes' };
const CREDITS: Forms = { one: 'crédit', other: 'crédits' };
const DAYS: Forms = { one: 'jour', other: 'jours' };

const INCREMENTS: Record<string, string> = {
  fifth: "tranches d'un cinquième de crédit",
  half: "tranches d'un demi-crédit",
  'self-study-minimum': "le minimum de l'autoformation",
};

const PRODUCTS: Record<string, string> = {
  'self-study': "de l'autoformation",
  'live-event': 'des événements en direct',
  conference: 'des conférences',
};

const ENROLLMENT_STATUS: Record<string, string> = {
  active: 'active',
  cancelled: 'annulée',
  refunded: 'remboursée',
};

const named = (names: Record<string, string>, value: string): string => names[value] ?? value;

const minutes = (w: Words, value: ReasonParams[string] | undefined) => w.minutes(value, MINUTES);
const credits = (w: Words, tenths: ReasonParams[string] | undefined) => w.credits(tenths, CREDITS);

/** CREDIT.INCREMENT: `(0,2 crédit = 10 minutes)`, the size of one step. */
const step = (p: ReasonParams, w: Words) =>
  `${credits(w, p.stepTenths)} = ${minutes(w, (w.number(p.unitMinutes) * w.number(p.stepTenths)) / 10)}`;

const minimum: Sentence = variants({
  under: (p, w) =>
    `${minutes(w, p.minutes)}, c'est moins que le minimum de ${minutes(w, p.minimumMinutes)} pour ${credits(w, p.minimumTenths)} : aucun crédit n'est donc accordé.`,
  meets: (p, w) =>
    `Avec ${minutes(w, p.minutes)}, le minimum de ${credits(w, p.minimumTenths)} est atteint.`,
});

const window =
  (opening: string): Sentence =>
  (p, w) =>
    `${opening} L'enregistrement de présence ouvre ${minutes(w, p.leadMinutes)} avant le début d'une session et ferme à sa fin.`;

/** SELF_STUDY.FORMULA: the parts the English names, in the same order. */
function formulaParts(p: ReasonParams, w: Words): string {
  let parts = '';
  if (p.words !== undefined) {
    parts += `${w.count(p.words, { one: 'mot', other: 'mots' })} à ${w.figure(p.wordsPerMinute)} par minute (${minutes(w, p.wordMinutes)}), `;
  }
  if (p.audioVideoMinutes !== undefined) {
    parts += `${minutes(w, p.audioVideoMinutes)} d'audio et de vidéo, `;
  }
  return `${parts}${w.count(p.questions, { one: 'question', other: 'questions' })} à ${minutes(w, p.minutesPerQuestion)} chacune (${minutes(w, p.questionMinutes)})`;
}

function collegeParts(p: ReasonParams, w: Words): string {
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
function annualRequirement(p: ReasonParams, w: Words): string {
  const owed =
    w.number(p.owedTenths) > 0
      ? `, plus les ${w.creditFigure(p.owedTenths)} manquants de l'année précédente (${credits(w, p.requiredTenths)} au total)`
      : '';
  const carried =
    w.number(p.carriedInTenths) > 0 ? `, dont ${w.creditFigure(p.carriedInTenths)} reportés` : '';
  const counted = w.creditWord(p.earnedTenths, { one: 'est compté', other: 'sont comptés' });
  return `L'année ${w.text(p.year)} exige ${credits(w, p.annualTenths)}${owed} ; ${credits(w, p.earnedTenths)} ${counted}${carried}.`;
}

const PROMPTS: Forms = { one: 'question de contrôle', other: 'questions de contrôle' };
/** ATTEND.PROMPTS_ANSWERED: `Vous avez répondu à 2 questions de contrôle sur 3 posées...` */
const answered = (p: ReasonParams, w: Words) =>
  `Vous avez répondu à ${w.figure(p.answered)} ${w.word(p.answered, PROMPTS)} sur ${w.count(p.present, { one: 'posée', other: 'posées' })} pendant votre présence`;

const INTERACTIONS: Forms = { one: 'interaction réalisée', other: 'interactions réalisées' };

export const fr: ReasonMessages = {
  'CREDIT.UNIT_50': (p, w) =>
    `Un crédit NASBA et un crédit ICMA valent chacun ${minutes(w, p.unitMinutes)} de contenu admissible.`,
  'CREDIT.ROUND_DOWN': variants({
    exact: (p, w) => `${minutes(w, p.minutes)} font exactement ${credits(w, p.tenths)}.`,
    rounded: (p, w) =>
      `${minutes(w, p.minutes)} font ${w.count(p.hundredths, CREDITS)} ; avec ${named(INCREMENTS, w.text(p.rounding))}, cela s'arrondit à ${w.creditFigure(p.tenths)}, à l'inférieur.`,
    'just-over': (p, w) =>
      `${minutes(w, p.minutes)} font un peu plus de ${w.count(p.hundredths, CREDITS)} ; avec ${named(INCREMENTS, w.text(p.rounding))}, cela s'arrondit à ${w.creditFigure(p.tenths)}, à l'inférieur.`,
  }),
  'CREDIT.INCREMENT': variants(
    {
      group: (p, w) =>
        `Un programme de groupe donne son premier crédit à ${minutes(w, p.unitMinutes)}, puis compte par ${named(INCREMENTS, w.text(p.increment))} (${step(p, w)}).`,
      '2024': (p, w) =>
        `Selon les normes de 2024, l'autoformation donne ${credits(w, 5)} dès ${minutes(w, w.number(p.unitMinutes) / 2)}, ${credits(w, 10)} dès ${minutes(w, p.unitMinutes)}, puis compte par ${named(INCREMENTS, w.text(p.increment))} (${step(p, w)}).`,
      '2026': (p, w) =>
        `Selon les normes de 2026, l'autoformation compte par ${named(INCREMENTS, w.text(p.increment))}, avec un minimum de ${credits(w, p.stepTenths)} (${minutes(w, (w.number(p.unitMinutes) * w.number(p.stepTenths)) / 10)}).`,
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
        : `${w.figure(p.count)} nanomodules de ${w.figure(p.fromMinutes)} à ${minutes(w, p.toMinutes)} donnent ${credits(w, 2)} chacun : ${credits(w, p.tenths)}.`,
    short: (p, w) =>
      `${w.count(p.count, { one: 'module', other: 'modules' })} de moins de ${minutes(w, p.minutes)} ne ${w.word(p.count, { one: 'donne', other: 'donnent' })} aucun crédit.`,
  }),
  'CREDIT.RECORDED_NOT_ELIGIBLE': variants({
    credits: (p, w) =>
      `Les webinaires enregistrés ne donnent aucun crédit CPE, quelle que soit leur durée (celui-ci dure ${minutes(w, p.minutes)}).`,
    refund: (p, w) =>
      `Les webinaires enregistrés ne donnent aucun crédit CPE ; le remboursement suit les règles ${named(PRODUCTS, w.text(p.product))}, sous lesquelles il a été vendu.`,
    certificate: () =>
      "Les webinaires enregistrés ne donnent aucun crédit CPE : il n'y a donc pas de certificat.",
  }),
  'CREDIT.COLLEGE': variants({
    hours: (p, w) => `${collegeParts(p, w)} donnent ${credits(w, p.tenths)}.`,
    none: () =>
      "Vous n'avez indiqué aucune heure semestrielle ni trimestrielle : il n'y a donc aucun crédit universitaire à compter.",
  }),
  'CREDIT.SEGMENTS': variants({
    segments: (p, w) =>
      w.number(p.count) === 1
        ? `L'unique segment du programme dure ${minutes(w, p.minutes)}.`
        : `Les ${w.figure(p.count)} segments du programme totalisent ${minutes(w, p.minutes)}.`,
    unscheduled: () =>
      "Aucun événement n'est encore programmé : les crédits découleront de ses sessions.",
    differing: (p, w) =>
      `Les ${w.count(p.count, { one: 'événement', other: 'événements' })} de ce programme donnent des crédits différents (${w
        .text(p.offeredTenths)
        .split(',')
        .map((tenths) => w.creditFigure(tenths))
        .join(' ; ')}) ; le plus petit, ${w.creditFigure(p.tenths)}, est proposé.`,
  }),
  'CREDIT.BREAKS_EXCLUDED': (p, w) =>
    `${minutes(w, p.breakMinutes)} de pauses, de repas et d'annonces pratiques ne comptent pas : il reste ${minutes(w, p.minutes)} de contenu admissible.`,
  'CREDIT.STATE_BOARD_AUTHORITY': () =>
    "Les ordres comptables des États (state boards of accountancy) ont le dernier mot sur l'acceptation des crédits CPE.",
  'SELF_STUDY.QUESTIONS': (p, w) =>
    `Pour ${credits(w, p.tenths)} d'autoformation, il faut au moins ${w.count(p.needReview, { one: 'question de révision', other: 'questions de révision' })} et ${w.count(p.needExam, { one: "question d'examen final", other: "questions d'examen final" })} (normes de ${w.text(p.edition)}, questions vrai/faux non comprises) ; ce cours en a ${w.figure(p.review)} et ${w.figure(p.exam)}.`,
  'SELF_STUDY.PACE': (p, w) =>
    `Avec ${credits(w, p.tenths)}, ce cours dépasse 24 crédits ; il ne doit pas être annoncé comme valant plus de 24 crédits par 24 heures.`,
  'SELF_STUDY.PASS_70': (p, w) =>
    p.variant === 'certificate'
      ? "Votre examen final n'est pas enregistré comme réussi."
      : `L'examen final est réussi avec une note de ${w.percent(7000)} ou plus.`,
  'SELF_STUDY.EXPIRY_1Y': () => "Vous devez terminer le cours dans l'année qui suit l'achat.",
  'ATTEND.ON_RECORD': variants({
    none: () => "Aucune arrivée n'est enregistrée : aucun crédit ne peut donc être accordé.",
    attended: (p, w) =>
      `Votre présence est enregistrée : ${minutes(w, p.minutes)} sur les ${minutes(w, p.scheduledMinutes)} prévues, pauses exclues.`,
    certificate: () => "Votre présence n'est pas enregistrée.",
  }),
  'ATTEND.PARTIAL': () =>
    'Les crédits ne comptent que le temps où votre présence était enregistrée pendant les sessions : arriver en retard ou partir tôt les réduit.',
  'ATTEND.CHECKOUT_MISSING': variants({
    'count-to-end': () =>
      "Aucun départ n'est enregistré après la dernière arrivée : le temps est donc compté jusqu'à la fin de cette session, et l'animateur en a été informé.",
    'no-credit': () =>
      "Aucun départ n'est enregistré après la dernière arrivée : le temps qui suit ne donne donc aucun crédit.",
    certificate: () => "Votre départ n'est pas enregistré.",
  }),
  'ATTEND.PROMPTS_PER_CREDIT': (p, w) =>
    `Le programme propose ${credits(w, p.tenths)} et demandait donc au moins ${w.count(p.needed, PROMPTS)} (${w.figure(p.perCredit)} par crédit) ; ${w.figure(p.issued)} ${w.word(p.issued, { one: 'a été posée', other: 'ont été posées' })}.`,
  'ATTEND.PROMPTS_ANSWERED': variants({
    below: (p, w) =>
      `${answered(p, w)} ; il faut répondre à au moins ${w.percent(w.number(p.percent) * 100)} d'entre elles, aucun crédit n'est donc accordé.`,
    met: (p, w) =>
      w.number(p.present) === 0
        ? "Aucune question de contrôle n'a été posée pendant votre présence."
        : `${answered(p, w)}, ce qui atteint les ${w.percent(w.number(p.percent) * 100)} demandés.`,
  }),
  'ATTEND.GIB_INTERACTIONS': variants({
    supported: (p, w) =>
      `Avec ${w.count(p.interactions, INTERACTIONS)}, les crédits de votre temps sont justifiés (il en faut ${w.figure(p.perCredit)} par crédit).`,
    none: (p, w) =>
      `Un crédit de webinaire demande ${w.count(p.perCredit, INTERACTIONS)}, et vous en avez ${w.figure(p.interactions)} : aucun crédit n'est donc accordé.`,
    capped: (p, w) =>
      `Chaque crédit demande ${w.count(p.perCredit, INTERACTIONS)} : avec ${w.count(p.interactions, INTERACTIONS)}, vous obtenez ${credits(w, p.capTenths)}, moins que les ${w.creditFigure(p.tenths)} que votre temps donnerait.`,
  }),
  'ATTEND.WINDOW': variants({
    open: window("L'enregistrement de présence est ouvert."),
    'not-yet': window("L'enregistrement de présence n'est pas encore ouvert."),
    closed: window("L'enregistrement de présence est fermé."),
  }),
  'REFUND.SELF_STUDY_WINDOW': variants({
    within: (p, w) =>
      `Votre demande est arrivée le jour ${w.figure(p.day)} après l'achat du ${w.date(p.purchaseDate)} (heure de ${w.text(p.timeZone)}), dans le délai de ${w.count(p.windowDays, DAYS)} qui se termine le ${w.date(p.lastDate)}.`,
    after: (p, w) =>
      `Votre demande est arrivée le jour ${w.figure(p.day)} après l'achat du ${w.date(p.purchaseDate)} (heure de ${w.text(p.timeZone)}), après le délai de ${w.count(p.windowDays, DAYS)} qui s'est terminé le ${w.date(p.lastDate)} ; passé ce délai, le cours est réputé satisfaisant.`,
  }),
  'REFUND.SELF_STUDY_TEST_TAKEN': () =>
    "Vous avez passé l'examen final : le cours ne peut donc pas être remboursé.",
  'REFUND.FEE': (p, w) =>
    `Les frais de traitement sont de ${w.percent(p.feeBasisPoints)} de ${w.money(p.priceCents, p.currency)}, soit ${w.money(p.feeCents, p.currency)} ; ${
      p.remedy === 'exchange'
        ? `vous pouvez échanger le cours contre un autre d'une valeur de ${w.money(p.refundCents, p.currency)}.`
        : `le remboursement est de ${w.money(p.refundCents, p.currency)}.`
    }`,
  'REFUND.LIVE_NOTICE': variants({
    'in-time': (p, w) =>
      `${arrival(p, w)}, avant la date limite du ${w.date(p.lastDate)} (${w.count(p.noticeDays, DAYS)} avant, heure de ${w.text(p.timeZone)}).`,
    late: (p, w) =>
      `${arrival(p, w)}, après la date limite du ${w.date(p.lastDate)} : les demandes doivent arriver ${w.count(p.noticeDays, DAYS)} avant l'événement (heure de ${w.text(p.timeZone)}).`,
  }),
  'REFUND.PAYOUT_30D': (p, w) =>
    `Les remboursements sont versés dans les ${w.count(p.payoutDays, DAYS)} qui suivent l'événement, au plus tard le ${w.date(p.payDate)}.`,
  'REFUND.WRITTEN': () => 'Une annulation doit être faite par écrit (par e-mail ou par courrier).',
  'REFUND.NO_SHOW': () =>
    "Aucun remboursement n'est accordé pour une absence une fois l'événement commencé.",
  'REFUND.CONFERENCE': (p, w) =>
    `Les inscriptions aux conférences suivent la politique de remboursement propre à chaque conférence : ${w.text(p.link)}`,
  'REFUND.SPECIAL_CIRCUMSTANCES': (p, w) =>
    `Comme vous décrivez des circonstances particulières, une personne examinera la demande. Contact : ${w.text(p.contact)}.`,
  'REFUND.UNVERIFIED': () =>
    "Les informations d'achat de cette demande sont celles saisies par l'apprenant, pas une inscription enregistrée : le promoteur les vérifie avant de décider.",
  'ICMA.ANNUAL_30': variants({
    'not-required': (p, w) =>
      `L'exigence annuelle commence l'année qui suit la certification (${w.text(p.firstYear)}) ; rien n'est exigé en ${w.text(p.year)}.`,
    required: annualRequirement,
  }),
  'ICMA.ETHICS_2': variants({
    met: (p, w) =>
      `Avec ${credits(w, p.ethicsTenths)} d'éthique, les ${w.creditFigure(p.neededTenths)} demandés sont atteints.`,
    short: (p, w) =>
      `Avec ${credits(w, p.ethicsTenths)} d'éthique, les ${w.creditFigure(p.neededTenths)} demandés ne sont pas atteints.`,
  }),
  'ICMA.CARRY_10': variants({
    carry: (p, w) =>
      `Vous avez ${credits(w, p.aboveTenths)} au-delà de l'exigence : ${w.creditFigure(p.carryTenths)} ${w.creditWord(p.carryTenths, { one: 'est reporté', other: 'sont reportés' })} sur ${w.text(p.nextYear)} (au plus ${w.creditFigure(p.maxTenths)}).`,
    none: (p, w) => `Aucun crédit n'est reporté sur ${w.text(p.nextYear)}.`,
  }),
  'ICMA.SHORTFALL': variants({
    inactive: (p, w) =>
      `Le déficit n'a pas été comblé avant la fin de ${w.text(p.year)} : le statut reste inactif jusqu'à ce qu'il le soit.`,
    missing: (p, w) =>
      `Il manque ${credits(w, p.shortfallTenths)} ; le statut reste inactif jusqu'à atteindre ${credits(w, p.targetTenths)} avant la fin de ${w.text(p.byYear)}.`,
    'made-up': (p, w) =>
      `Ce qui manquait l'année précédente (${credits(w, p.owedTenths)}) est rattrapé.`,
  }),
  'CERT.ISSUED': variants({
    attendance: () => 'Votre présence enregistrée donne droit à des crédits.',
    assessment: () => 'Votre examen final est enregistré comme réussi.',
  }),
  'CERT.ENROLLMENT': variants({
    status: (p, w) =>
      `L'inscription est ${named(ENROLLMENT_STATUS, w.text(p.status))} : elle ne donne droit à aucun certificat.`,
    'not-enrolled': () => "Vous n'êtes pas inscrit à ce programme.",
  }),
  'CERT.EVENT_ENDED': variants({
    'no-session': () => "Aucune session du programme n'est enregistrée pour votre inscription.",
    'not-ended': () => "L'événement n'est pas encore terminé.",
  }),
  'CERT.METHOD': variants({
    college: () =>
      "Les crédits universitaires sont attestés par le relevé de notes de l'université, pas par un certificat de réussite.",
    'no-credit': () =>
      "Le programme ne propose aucun crédit : aucun certificat n'est donc délivré.",
  }),
};

/** REFUND.LIVE_NOTICE: when the request arrived, against the event's day. */
function arrival(p: ReasonParams, w: Words): string {
  const days = w.number(p.daysBefore);
  const event = w.date(p.eventDate);
  if (days === 0) return `Votre demande est arrivée le jour même de l'événement, le ${event}`;
  const count = w.count(Math.abs(days), DAYS);
  return days > 0
    ? `Votre demande est arrivée ${count} avant l'événement du ${event}`
    : `Votre demande est arrivée ${count} après l'événement du ${event}`;
}
