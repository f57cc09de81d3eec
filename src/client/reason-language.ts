/**
 * The bundled rules' answers in the widget's language, as the API words its answers for
 * Accept-Language: each reason worded by the engine's sentences for its domain, loaded on
 * first use. English is the engine's own wording, so a page in English loads no table.
 */
import type { Locale } from '../policy/locale.js';
import { localizeAnswerWith } from '../policy/reason-messages/localize.js';
import type { ReasonMessages } from '../policy/reason-messages/words.js';

/** The reasons a local answer can carry: a credit result, a refund quote, attendance. */
export type ReasonDomain = 'credits' | 'refunds' | 'attendance';

type Table = Partial<ReasonMessages>;

const tables: Record<Exclude<Locale, 'en'>, Record<ReasonDomain, () => Promise<Table>>> = {
  es: {
    credits: async () => (await import('../policy/reason-messages/es/credits.js')).esCredits,
    refunds: async () => (await import('../policy/reason-messages/es/refunds.js')).esRefunds,
    // Attendance results end in the credit they earn, with the credit rules' reasons.
    attendance: async () => {
      const [attendance, credits] = await Promise.all([
        import('../policy/reason-messages/es/attendance.js'),
        import('../policy/reason-messages/es/credits.js'),
      ]);
      return { ...attendance.esAttendance, ...credits.esCredits };
    },
  },
  fr: {
    credits: async () => (await import('../policy/reason-messages/fr/credits.js')).frCredits,
    refunds: async () => (await import('../policy/reason-messages/fr/refunds.js')).frRefunds,
    attendance: async () => {
      const [attendance, credits] = await Promise.all([
        import('../policy/reason-messages/fr/attendance.js'),
        import('../policy/reason-messages/fr/credits.js'),
      ]);
      return { ...attendance.frAttendance, ...credits.frCredits };
    },
  },
};

/** `answer` with its `domain`'s reasons worded in `locale`. */
export async function inLanguage<T>(answer: T, domain: ReasonDomain, locale: Locale): Promise<T> {
  if (locale === 'en') return answer;
  return localizeAnswerWith(await tables[locale][domain](), answer, locale);
}
