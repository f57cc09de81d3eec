/** The embedded store: better-sqlite3 in WAL mode with synchronous=FULL. */
import Database from 'better-sqlite3';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  CompiledQuery,
  Kysely,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDatabase,
  type SqliteDialectConfig,
} from 'kysely';
import { openKyselyStore } from './kysely-store.js';
import type { Store } from './store.js';

/**
 * Opens (creating if needed) the database file. synchronous=FULL makes every commit fsync the
 * WAL before it returns, so an acknowledged write survives kill -9 and power loss.
 */
export function openSqliteStore(file: string): Promise<Store> {
  return openKyselyStore(
    new Kysely({
      dialect: new ImmediateSqliteDialect({
        database: reusingStatements(openSqliteDatabase(file)),
      }),
    }),
    { groupCommit: true },
  );
}

/**
 * Transactions that take the write lock as they begin (BEGIN IMMEDIATE, not Kysely's plain
 * BEGIN): what a transaction reads before it writes, such as a learner's latest check-in,
 * cannot change under it, even with another process on the same file.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly config: SqliteDialectConfig) {
    super(config);
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.config);
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/**
 * Kysely prepares every query it runs; the store's queries are a fixed set of SQL texts (values
 * are bound parameters), so each is prepared once and reused. Safe because the store never
 * streams: a statement finishes running before the next query starts.
 */
function reusingStatements(database: Database.Database): SqliteDatabase {
  const statements = new Map<string, Database.Statement>();
  return {
    prepare(sql) {
      let statement = statements.get(sql);
      if (!statement) statements.set(sql, (statement = database.prepare(sql)));
      return statement;
    },
    close: () => database.close(),
  };
}

/** A better-sqlite3 connection with the store's durability settings (the bench uses it raw). */
export function openSqliteDatabase(file: string): Database.Database {
  if (file !== ':memory:') {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    // Created owner-only before SQLite opens it: it holds every event's code secret, and
    // SQLite gives its -wal and -shm files the mode of the database file.
    closeSync(openSync(file, 'a', 0o600));
  }
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return database;
}
