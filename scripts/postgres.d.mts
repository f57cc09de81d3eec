/** PostgreSQL's server binary folder (initdb, pg_ctl), or undefined when none is installed. */
export function postgresBinDir(): string | undefined;
