/** The embedded store: better-sqlite3 in WAL mode with synchronous=FULL. */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, SqliteDialect } from 'kysely';
import { openKyselyStore } from './kysely-store.js';
import type { Store } from './store.js';

/**
 * Opens (creating if needed) the database file. synchronous=FULL makes every commit fsync the
 * WAL before it returns, so an acknowledged write survives kill -9 and power loss.
 */
export function openSqliteStore(file: string): Promise<Store> {
  return openKyselyStore(
    new Kysely({ dialect: new SqliteDialect({ database: openSqliteDatabase(file) }) }),
  );
}

/** A better-sqlite3 connection with the store's durability settings (the bench uses it raw). */
export function openSqliteDatabase(file: string): Database.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return database;
}
