// Finds PostgreSQL's server binaries (initdb, pg_ctl): PG_BIN, else Debian's newest.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function postgresBinDir() {
  if (process.env.PG_BIN)
    return existsSync(join(process.env.PG_BIN, 'initdb')) ? process.env.PG_BIN : undefined;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : undefined;
}
