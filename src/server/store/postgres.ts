/** The scale-out store: PostgreSQL through pg, shared by any number of API processes. */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { openKyselyStore } from './kysely-store.js';
import type { Store } from './store.js';

export function openPostgresStore(connectionString: string, maxConnections = 10): Promise<Store> {
  const pool = new pg.Pool({ connectionString, max: maxConnections });
  return openKyselyStore(new Kysely({ dialect: new PostgresDialect({ pool }) }), {
    advisoryLocks: true,
  });
}
