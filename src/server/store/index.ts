/** Opens the store the configuration asks for: PostgreSQL with DATABASE_URL, else SQLite. */
import { join } from 'node:path';
import { openPostgresStore } from './postgres.js';
import { openSqliteStore } from './sqlite.js';
import type { Store } from './store.js';

export function openStore(options: { databaseUrl?: string; dataDir: string }): Promise<Store> {
  return options.databaseUrl
    ? openPostgresStore(options.databaseUrl)
    : openSqliteStore(join(options.dataDir, 'cpe.sqlite'));
}

export { openPostgresStore, openSqliteStore };
export type * from './store.js';
