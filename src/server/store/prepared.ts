/**
 * A Kysely query built and compiled once per database, then run with each call's values as
 * its bound parameters. On a check-in, building and compiling its queries cost more CPU than
 * SQLite took to run them (profiled under bench/api.mjs's burst); the SQL never changes.
 */
import type { CompiledQuery, DialectAdapter, Kysely, QueryResult } from 'kysely';

/** Marks where a value goes in the built query: no value a store query binds starts so. */
const SLOT = '\u0000prepared-slot:';

interface Prepared {
  compiled: CompiledQuery;
  /** Per parameter, the value's name, or undefined for a constant of the query. */
  names: (string | undefined)[];
}

/**
 * `build` gets stand-ins for the named values: use each only as a value to bind, never to
 * decide the query's shape. The answer runs the query on a database or one of its
 * transactions, compiled on first use for that database's dialect.
 */
export function prepared<DB, Values extends Record<string, unknown>, Row>(
  build: (db: Kysely<DB>, values: Values) => { compile(): CompiledQuery<Row> },
): (db: Kysely<DB>, values: Values) => Promise<QueryResult<Row>> {
  // Keyed by the dialect adapter, which a database shares with its transactions.
  const compiledFor = new WeakMap<DialectAdapter, Prepared>();
  const slots = new Proxy({}, { get: (_target, name) => `${SLOT}${String(name)}` }) as Values;
  return (db, values) => {
    const adapter = db.getExecutor().adapter;
    let query = compiledFor.get(adapter);
    if (!query) {
      const compiled = build(db, slots).compile();
      const names = compiled.parameters.map((parameter) =>
        typeof parameter === 'string' && parameter.startsWith(SLOT)
          ? parameter.slice(SLOT.length)
          : undefined,
      );
      compiledFor.set(adapter, (query = { compiled, names }));
    }
    const { compiled, names } = query;
    return db.executeQuery<Row>({
      ...compiled,
      parameters: names.map((name, i) =>
        name === undefined ? compiled.parameters[i] : values[name],
      ),
    });
  };
}
