import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteDatabase, openSqliteStore } from '../../src/server/store/sqlite.js';
import { expectOneInOfEachPairStored } from './check-in-race.js';
import { createEvent, testApi } from './helpers.js';
import { ltiStoreSuite } from './lti-store-suite.js';
import { storeSuite } from './store-suite.js';

const dir = mkdtempSync(join(tmpdir(), 'cpe-sqlite-'));
const file = join(dir, 'cpe.sqlite');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storeSuite('SQLite', () => openSqliteStore(file));
ltiStoreSuite('SQLite', () => openSqliteStore(file));

describe('SQLite durability settings', () => {
  it('uses WAL with synchronous=FULL, so a commit is on disk when it returns', () => {
    const database = openSqliteDatabase(file);
    expect(database.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(database.pragma('synchronous', { simple: true })).toBe(2);
    database.close();
  });
});

describe('concurrent check-ins (SQLite)', () => {
  it('decides inside a transaction that holds the write lock from its BEGIN', async () => {
    const store = await openSqliteStore(file);
    const other = new Database(file, { timeout: 0 });
    const api = await testApi({ store });
    const eventId = await createEvent(api);
    const record = {
      id: 'lock-1',
      eventId,
      learnerId: 'ada',
      kind: 'in' as const,
      at: '2026-03-02T14:05:00.000Z',
    };
    let lockedOut = false;
    await store.addLearnerCheckIn(record, { status: 201, body: record }, undefined, () => {
      // Only a read has run in this transaction: a plain BEGIN would hold no write lock yet.
      try {
        other.exec('begin immediate; rollback');
      } catch (error) {
        lockedOut = (error as { code?: string }).code === 'SQLITE_BUSY';
      }
      return { ok: true };
    });
    expect(lockedOut).toBe(true);
    other.close();
    await store.close();
  });

  it('stores exactly one of each of 50 pairs of simultaneous `in`s with different keys', async () => {
    const api = await testApi({ store: await openSqliteStore(join(dir, 'race.sqlite')) });
    await expectOneInOfEachPairStored(api, api);
    await api.store.close();
  });
});
