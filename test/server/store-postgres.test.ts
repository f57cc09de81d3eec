import { afterAll, beforeAll } from 'vitest';
import { openPostgresStore } from '../../src/server/store/postgres.js';
import { startCluster, type Cluster } from './pg-cluster.js';
import { storeSuite } from './store-suite.js';

let cluster: Cluster | undefined;
beforeAll(async () => {
  cluster = await startCluster();
}, 60_000);
afterAll(() => cluster?.stop());

storeSuite('PostgreSQL', () => openPostgresStore(cluster!.url));
