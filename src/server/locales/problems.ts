/**
 * The API's problems in the request's language: each problem names its words by id and the
 * figures they need (`Said`), and is worded when it is written out.
 */
import type { Locale } from '../../policy/locale.js';
import { enProblems, type ProblemTable, type Worded } from './problems-en.js';
import { esProblems } from './problems-es.js';
import { frProblems } from './problems-fr.js';

export type ProblemId = keyof ProblemTable;
type ParamsOf<K extends ProblemId> = Parameters<ProblemTable[K]>;

/** A problem's words: its id alone, or its id with the figures its sentences need. */
export type Said = {
  [K in ProblemId]: ParamsOf<K> extends [] ? K : { id: K } & ParamsOf<K>[0];
}[ProblemId];

const tables: Record<Locale, ProblemTable> = { en: enProblems, es: esProblems, fr: frProblems };

export function wordProblem(said: Said, locale: Locale): Worded {
  const id = typeof said === 'string' ? said : said.id;
  return (tables[locale][id] as (params: Said) => Worded)(said);
}
