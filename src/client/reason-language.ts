/**
 * The bundled rules' answers in the widget's language, as the API words its answers for
 * Accept-Language: each reason worded by the engine's sentences for its domain, loaded on
 * first use. English is the engine's own wording, so a page in English loads no table.
 */
import type { Locale } from '../policy/locale.js';
import type { Reason } from '../policy/schemas.js';
import { localizeAnswerWith } from '../policy/reason-messages/localize.js';
import type { ReasonMessages } from '../policy/reason-messages/words.js';
import { PolicyError } from './policy-client.js';

/** The reasons a local answer can carry: a credit result, a refund quote, attendance. */
export type ReasonDomain = 'credits' | 'refunds' | 'attendance';

type Table = Partial<ReasonMessages>;

/** Each domain's sentences, a lazy chunk apiece. */
const tables: Record<Exclude<Locale, 'en'>, Record<ReasonDomain, () => Promise<Table>>> = {
  es: {
    credits: async () => (await import('../policy/reason-messages/es/credits.js')).esCredits,
    refunds: async () => (await import('../policy/reason-messages/es/refunds.js')).esRefunds,
    attendance: async () =>
      (await import('../policy/reason-messages/es/attendance.js')).esAttendance,
  },
  fr: {
    credits: async () => (await import('../policy/reason-messages/fr/credits.js')).frCredits,
    refunds: async () => (await import('../policy/reason-messages/fr/refunds.js')).frRefunds,
    attendance: async () =>
      (await import('../policy/reason-messages/fr/attendance.js')).frAttendance,
  },
};

/**
 * The tables an answer needs: attendance results end in the credit they earn, with its
 * reasons; a refund quote for a recorded webinar says the credit rule (no credit) first.
 */
const NEEDS: Record<ReasonDomain, ReasonDomain[]> = {
  credits: ['credits'],
  refunds: ['refunds', 'credits'],
  attendance: ['attendance', 'credits'],
};

/** `domain`'s sentences in `locale`; a chunk that cannot load (offline) leaves them English. */
async function tableFor(locale: Exclude<Locale, 'en'>, domain: ReasonDomain): Promise<Table> {
  const parts = await Promise.all(
    NEEDS[domain].map((part) => tables[locale][part]().catch(() => ({}))),
  );
  return Object.assign({}, ...parts) as Table;
}

/** `answer` with its `domain`'s reasons worded in `locale`. */
export async function inLanguage<T>(answer: T, domain: ReasonDomain, locale: Locale): Promise<T> {
  if (locale === 'en') return answer;
  return localizeAnswerWith(await tableFor(locale, domain), answer, locale);
}

/**
 * Loads the sentences the bundled rules' stand-in answers (credits, refund quotes) need in
 * `locale` while the network is still there: once it goes, their chunks could not load.
 */
export async function preloadStandInTables(locale: Locale): Promise<void> {
  if (locale !== 'en') await tableFor(locale, 'refunds');
}

/** A refusal that says a reason (ATTEND.WINDOW), with its detail worded in `locale`. */
export async function refusalIn(error: unknown, locale: Locale): Promise<unknown> {
  const reason =
    error instanceof PolicyError ? (error.extra.reason as Reason | undefined) : undefined;
  if (!reason || !(error instanceof PolicyError)) return error;
  const { reasons } = await inLanguage({ reasons: [reason] }, 'attendance', locale);
  // The reason was carried for this wording only; like the API's problem, the refusal drops it.
  const extra = { ...error.extra };
  delete extra.reason;
  const { status, title, errors, rule } = error;
  return new PolicyError(status, title, reasons[0]!.message, errors, rule, extra);
}
