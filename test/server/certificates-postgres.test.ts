/**
 * Certificates on PostgreSQL with two API processes (two stores, two pools) on one database:
 * their schedules sweep at once and one certificate is issued; the database itself refuses to
 * delete a certificate or its source records within 5 years.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/server/store/postgres.js';
import { adaCertificates, checkIn, liveSetup, sweepAt } from './certificate-setup.js';
import { testApi } from './helpers.js';
import { startCluster, type Cluster } from './pg-cluster.js';

let cluster: Cluster | undefined;
beforeAll(async () => {
  cluster = await startCluster();
}, 60_000);
afterAll(() => cluster?.stop());

describe('certificates (PostgreSQL, two processes)', () => {
  it('issues one certificate when both schedules sweep at once, and keeps it', async () => {
    const stores = await Promise.all([1, 2].map(() => openPostgresStore(cluster!.url)));
    try {
      const [first, second] = stores as [(typeof stores)[0], (typeof stores)[0]];
      const api = await testApi({ store: first });
      const { eventId } = await liveSetup(api);
      await checkIn(api, eventId, 'in', '2026-03-02T14:05:00Z');
      await checkIn(api, eventId, 'out', '2026-03-02T15:55:00Z');
      const swept = await Promise.all([
        sweepAt(first, '2026-03-02T16:00:00Z'),
        sweepAt(second, '2026-03-02T16:00:00Z'),
        sweepAt(first, '2026-03-02T16:00:01Z'),
        sweepAt(second, '2026-03-02T16:00:01Z'),
      ]);
      // The job ran once, in one of the four sweeps.
      expect(swept.reduce((sum, n) => sum + n, 0)).toBe(1);
      const certificates = await adaCertificates(api);
      expect(certificates.map(({ status }) => status)).toEqual(['valid']);

      const client = new pg.Client({ connectionString: cluster!.url });
      await client.connect();
      try {
        for (const table of ['certificates', 'check_ins', 'enrollments']) {
          await expect(client.query(`delete from ${table}`)).rejects.toThrow(/kept 5 years/);
        }
        const { rows } = await client.query<{ n: string }>(
          'select count(*) as n from certificates',
        );
        expect(rows[0]?.n).toBe('1');
      } finally {
        await client.end();
      }
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
  });
});
