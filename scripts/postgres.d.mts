/** PostgreSQL's server binary folder (initdb, pg_ctl), or undefined when none is installed. */
export function postgresBinDir(): string | undefined;

export interface Cluster {
  url: string;
  stop(): Promise<void>;
}

/** A throwaway cluster on a free loopback port; `durable` keeps fsync on. */
export function startCluster(options?: {
  durable?: boolean;
  maxConnections?: number;
}): Promise<Cluster>;
