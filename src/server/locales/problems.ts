/**
 * The API's problems in the request's language: each problem names its words by id and the
 * figures they need (`Said`), and is worded when it is written out.
 */
import type { Locale } from '../../policy/locale.js';
import { enProblems, type ProblemTable } from './problems-en.js';
import { esProblems } from './problems-es.js';
import { frProblems } from './problems-fr.js';
import { wordFrom, type SaidIn, type Worded } from './worded.js';

export type ProblemId = keyof ProblemTable;

/** A problem's words: its id alone, or its id with the figures its sentences need. */
export type Said = SaidIn<ProblemTable>;

const tables: Record<Locale, ProblemTable> = { en: enProblems, es: esProblems, fr: frProblems };

export const wordProblem = (said: Said, locale: Locale): Worded => wordFrom(tables[locale], said);
