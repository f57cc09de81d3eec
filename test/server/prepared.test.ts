import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { prepared } from '../../src/server/store/prepared.js';

interface Tables {
  items: { id: string; size: number; kind: string };
}

describe('a prepared query', () => {
  const db = new Kysely<Tables>({
    dialect: new SqliteDialect({ database: new Database(':memory:') }),
  });
  afterAll(() => db.destroy());
  let builds = 0;
  const insert = prepared((d: Kysely<Tables>, v: { id: string; size: number }) => {
    builds += 1;
    // 'box' is the query's own constant: it stays, whatever the values.
    return d.insertInto('items').values({ id: v.id, size: v.size, kind: 'box' });
  });
  const bigger = prepared((d: Kysely<Tables>, v: { size: number }) =>
    d.selectFrom('items').select('id').where('size', '>', v.size).orderBy('id').limit(2),
  );

  it('binds each call’s values, keeps its constants, and is built once per database', async () => {
    await db.schema
      .createTable('items')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('size', 'integer')
      .addColumn('kind', 'text')
      .execute();
    for (const [id, size] of [
      ['a', 1],
      ['b', 5],
      ['c', 9],
      ['d', 7],
    ] as const) {
      await insert(db, { id, size });
    }
    await db.transaction().execute((trx) => insert(trx, { id: 'e', size: 8 }));
    expect(builds).toBe(1);
    expect((await bigger(db, { size: 4 })).rows).toEqual([{ id: 'b' }, { id: 'c' }]);
    expect((await bigger(db, { size: 7 })).rows).toEqual([{ id: 'c' }, { id: 'e' }]);
    expect(await db.selectFrom('items').select(['id', 'kind']).orderBy('id').execute()).toEqual(
      ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, kind: 'box' })),
    );
  });
});
