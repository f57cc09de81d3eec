/** The short human reference of a refund request: derived from its id, and a way to look it up. */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { StoredRefund } from '../../src/policy/schemas.js';
import { idPrefixOf, referenceOf } from '../../src/server/refund-reference.js';
import { json, people, testApi } from './helpers.js';

describe('referenceOf', () => {
  it('reads R-XXX-XXX in an alphabet without I, L, O or U, and decodes to its id’s prefix', () => {
    for (let i = 0; i < 200; i += 1) {
      const id = randomUUID();
      const reference = referenceOf(id);
      expect(reference).toMatch(/^R-[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}$/);
      expect(idPrefixOf(reference)).toEqual({ prefix: id.slice(0, 7), reference });
    }
  });

  it('forgives case, dashes and look-alikes, and refuses what is no reference', () => {
    expect(referenceOf('ffffffff-0000-4000-8000-000000000000')).toBe('R-ZZZ-ZZZ');
    expect(idPrefixOf('r-0o0-1il')?.reference).toBe('R-000-111');
    expect(idPrefixOf('R-7KQ4MX')?.reference).toBe('R-7KQ-4MX');
    for (const text of ['R-7KQ-4M', 'R-7KQ-4MXX', 'R-7KU-4MX', 'hello!', '']) {
      expect(idPrefixOf(text)).toBeUndefined();
    }
  });
});

describe('GET /v1/refunds/{reference}', async () => {
  const api = await testApi();
  const submitted = await api.request('/v1/refunds', {
    as: people.ada,
    json: {
      product: 'self-study',
      priceCents: 19_999,
      currency: 'USD',
      purchasedAt: '2026-03-01T10:00:00Z',
    },
  });
  const stored = await json<StoredRefund>(submitted);

  it('gives every stored request its reference', () => {
    expect(submitted.status).toBe(201);
    expect(stored.reference).toBe(referenceOf(stored.id));
  });

  it('answers the same as by id, for the owner and an admin, in any case', async () => {
    const byId = await json<StoredRefund>(
      await api.request(`/v1/refunds/${stored.id}`, { as: people.ada }),
    );
    for (const [reference, as] of [
      [stored.reference!, people.ada],
      [stored.reference!.toLowerCase(), people.ada],
      [stored.reference!, people.root],
    ] as const) {
      const response = await api.request(`/v1/refunds/${reference}`, { as });
      expect(response.status).toBe(200);
      expect(await json<StoredRefund>(response)).toEqual(byId);
    }
  });

  it('is no key: another learner gets 404, and so does a reference nobody has', async () => {
    expect((await api.request(`/v1/refunds/${stored.reference}`, { as: people.bob })).status).toBe(
      404,
    );
    const other = stored.reference === 'R-000-000' ? 'R-000-001' : 'R-000-000';
    expect((await api.request(`/v1/refunds/${other}`, { as: people.ada })).status).toBe(404);
  });

  it('shows the reference in the review queue', async () => {
    const queue = await json<StoredRefund[]>(await api.request('/v1/refunds', { as: people.root }));
    expect(queue.map((refund) => refund.reference)).toContain(stored.reference);
  });
});
