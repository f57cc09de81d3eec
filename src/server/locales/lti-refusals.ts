/**
 * The LTI tool's refusals in the reader's language: a refusal names its words by id and the
 * figures they need (`RefusalSaid`), and is worded when its page is written.
 */
import type { Locale } from '../../policy/locale.js';
import { enRefusals, type RefusalTable } from './lti-refusals-en.js';
import { esRefusals } from './lti-refusals-es.js';
import { frRefusals } from './lti-refusals-fr.js';
import { wordFrom, type SaidIn, type Worded } from './worded.js';

export type RefusalId = keyof RefusalTable;

/** A refusal's words: its id alone, or its id with the figures its sentences need. */
export type RefusalSaid = SaidIn<RefusalTable>;

const tables: Record<Locale, RefusalTable> = { en: enRefusals, es: esRefusals, fr: frRefusals };

export const wordRefusal = (said: RefusalSaid, locale: Locale): Worded =>
  wordFrom(tables[locale], said);
