import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Store } from '../../src/server/store/store.js';
import { openPostgresStore } from '../../src/server/store/postgres.js';
import { testApi } from './helpers.js';
import { expectControlIdsRefused, expectNulBodiesRefused } from './control-characters.js';
import { startCluster, type Cluster } from '../../scripts/postgres.mjs';
import { expectOneInOfEachPairStored } from './check-in-race.js';
import { ltiStoreSuite } from './lti-store-suite.js';
import { storeSuite } from './store-suite.js';

let cluster: Cluster | undefined;
beforeAll(async () => {
  cluster = await startCluster();
}, 60_000);
afterAll(() => cluster?.stop());

storeSuite('PostgreSQL', () => openPostgresStore(cluster!.url));
ltiStoreSuite('PostgreSQL', () => openPostgresStore(cluster!.url));

// PostgreSQL refuses U+0000 in text: these reach the store as 500s unless the API stops them.
describe('control characters (PostgreSQL)', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openPostgresStore(cluster!.url);
  });
  afterAll(() => store?.close());
  const api = () => testApi({ store });

  it('in an id of a path are 404 problems', async () => expectControlIdsRefused(await api()));
  it('U+0000 in a body is a 400 problem naming the field', async () =>
    expectNulBodiesRefused(await api()));
});

// Two API instances with their own connection pools on one database: two processes, as far
// as PostgreSQL can tell.
describe('concurrent check-ins (PostgreSQL)', () => {
  it('stores exactly one of each of 50 pairs of simultaneous `in`s with different keys', async () => {
    const stores = await Promise.all([1, 2].map(() => openPostgresStore(cluster!.url)));
    try {
      const [first, second] = await Promise.all(stores.map((store) => testApi({ store })));
      await expectOneInOfEachPairStored(first!, second!);
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
  });
});
