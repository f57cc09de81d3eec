/**
 * Catalogs of a title and a detail by id, one table per locale (the API's problems, the LTI
 * tool's refusals). What goes wrong names its words (`SaidIn`) and is worded when it is shown,
 * so the English table types the others and every locale words the same ids.
 */

export interface Worded {
  title: string;
  detail: string;
}

export type Catalog = Record<string, (params: never) => Worded>;

/** A catalog entry's words: its id alone, or its id with the figures its sentences need. */
export type SaidIn<T extends Catalog> = {
  [K in keyof T & string]: Parameters<T[K]> extends [] ? K : { id: K } & Parameters<T[K]>[0];
}[keyof T & string];

/** The words `said` names, from one locale's table. */
export function wordFrom<T extends Catalog>(table: T, said: SaidIn<T>): Worded {
  // The mapped type does not narrow on a generic table: a said is an id, or holds one.
  const id = typeof said === 'string' ? said : (said as { id: string }).id;
  return (table[id] as (params: SaidIn<T>) => Worded)(said);
}
