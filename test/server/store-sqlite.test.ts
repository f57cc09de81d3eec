import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteDatabase, openSqliteStore } from '../../src/server/store/sqlite.js';
import { expectOneInOfEachPairStored } from './check-in-race.js';
import { testApi } from './helpers.js';
import { storeSuite } from './store-suite.js';

const dir = mkdtempSync(join(tmpdir(), 'cpe-sqlite-'));
const file = join(dir, 'cpe.sqlite');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storeSuite('SQLite', () => openSqliteStore(file));

describe('SQLite durability settings', () => {
  it('uses WAL with synchronous=FULL, so a commit is on disk when it returns', () => {
    const database = openSqliteDatabase(file);
    expect(database.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(database.pragma('synchronous', { simple: true })).toBe(2);
    database.close();
  });
});

describe('concurrent check-ins (SQLite)', () => {
  it('stores exactly one of each of 50 pairs of simultaneous `in`s with different keys', async () => {
    const api = await testApi({ store: await openSqliteStore(join(dir, 'race.sqlite')) });
    await expectOneInOfEachPairStored(api, api);
    await api.store.close();
  });
});
