/** The LTI store's contract, run against SQLite and PostgreSQL. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LtiPlatform, ToolKey } from '../../src/server/store/lti-store.js';
import type { Store } from '../../src/server/store/store.js';

export function ltiStoreSuite(name: string, open: () => Promise<Store>): void {
  describe(`${name} LTI store`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(() => store?.close());

    const key = (kid: string): ToolKey => ({
      kid,
      privateJwk: { kty: 'RSA', kid, d: 'private' },
      publicJwk: { kty: 'RSA', kid },
      createdAt: new Date().toISOString(),
    });
    const platform = (issuer: string): LtiPlatform => ({
      id: randomUUID(),
      name: 'LMS',
      issuer,
      clientId: 'client',
      deploymentIds: ['d1'],
      authorizationEndpoint: `${issuer}/auth`,
      tokenEndpoint: `${issuer}/token`,
      jwksUri: `${issuer}/jwks`,
      status: 'pending',
      adminRoles: [],
      registeredBy: 'dynamic',
      createdAt: new Date().toISOString(),
    });
    const later = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

    it('makes the first key once, and a rotation retires it', async () => {
      const first = await store.lti.ensureKey(key('k1'));
      const again = await store.lti.ensureKey(key('k2'));
      expect(again.map((k) => k.kid)).toEqual(first.map((k) => k.kid));
      await store.lti.rotateKey(key('k3'), new Date().toISOString());
      const keys = await store.lti.listKeys();
      expect(keys.filter((k) => !k.retiredAt).map((k) => k.kid)).toEqual(['k3']);
      expect(keys.find((k) => k.kid === first[0]!.kid)?.retiredAt).toBeTypeOf('string');
    });

    it('keeps one registration per issuer and client id, pending until activated', async () => {
      const issuer = `https://${randomUUID()}.example.test`;
      const one = platform(issuer);
      expect(await store.lti.addPlatform(one)).toBe(true);
      expect(await store.lti.addPlatform({ ...platform(issuer) })).toBe(false);
      expect(await store.lti.platformsOf(issuer)).toEqual([one]);
      expect(await store.lti.activatePlatform(one.id)).toEqual({ ...one, status: 'active' });
      expect(await store.lti.getPlatform('nope')).toBeUndefined();
    });

    it('hands a state out once, and never after it expired', async () => {
      const state = randomUUID();
      await store.lti.putState(state, 'login', { nonce: 'n' }, later(60));
      expect(await store.lti.takeState(state, 'session', new Date().toISOString())).toBeUndefined();
      expect(await store.lti.takeState(state, 'login', new Date().toISOString())).toEqual({
        nonce: 'n',
      });
      expect(await store.lti.takeState(state, 'login', new Date().toISOString())).toBeUndefined();
      const old = randomUUID();
      await store.lti.putState(old, 'login', {}, later(60));
      expect(await store.lti.takeState(old, 'login', later(120))).toBeUndefined();
    });

    it('accepts a nonce once per platform', async () => {
      const nonce = randomUUID();
      const now = new Date().toISOString();
      expect(await store.lti.useNonce('p1', nonce, later(60), now)).toBe(true);
      expect(await store.lti.useNonce('p1', nonce, later(60), now)).toBe(false);
      expect(await store.lti.useNonce('p2', nonce, later(60), now)).toBe(true);
    });

    it('keeps the latest of a resource link and finds links by course and event', async () => {
      const link = { platformId: 'p1', resourceLinkId: randomUUID(), contextId: 'c1' };
      await store.lti.putLink({ ...link, eventId: 'e-old' });
      await store.lti.putLink({ ...link, eventId: 'e-new', membershipsUrl: 'https://m' });
      expect(await store.lti.linksOfEvent('e-old')).toEqual([]);
      expect(await store.lti.linksOfEvent('e-new')).toEqual([
        { ...link, eventId: 'e-new', membershipsUrl: 'https://m' },
      ]);
      expect((await store.lti.linksOfContext('p1', 'c1')).length).toBeGreaterThan(0);
    });

    it('keeps a learner’s newest grade target for an event', async () => {
      const target = {
        learnerId: randomUUID(),
        eventId: 'e1',
        platformId: 'p1',
        lineItem: 'https://li/1',
        userId: 'u',
        scopes: [],
      };
      await store.lti.putGradeTarget(target);
      await store.lti.putGradeTarget({ ...target, lineItem: 'https://li/2' });
      expect(await store.lti.gradeTarget(target.learnerId, 'e1')).toEqual({
        ...target,
        lineItem: 'https://li/2',
      });
    });

    it('queues a score once, leases it to one sender, and settles it', async () => {
      const id = `checkout:${randomUUID()}`;
      const now = new Date().toISOString();
      const score = {
        id,
        platformId: 'p1',
        lineItem: 'https://li/1',
        score: { scoreGiven: 1 },
        status: 'pending' as const,
        attempts: 0,
        nextAttemptAt: now,
      };
      expect(await store.lti.enqueueScore(score)).toBe(true);
      expect(await store.lti.enqueueScore(score)).toBe(false);
      const claimed = await store.lti.claimDueScores(later(1), later(60), 100);
      expect(claimed.filter((s) => s.id === id)).toHaveLength(1);
      const twice = await store.lti.claimDueScores(later(1), later(60), 100);
      expect(twice.filter((s) => s.id === id)).toEqual([]);
      await store.lti.settleScore(id, {
        status: 'pending',
        error: 'down',
        nextAttemptAt: later(30),
      });
      expect(
        (await store.lti.claimDueScores(later(1), later(60), 100)).some((s) => s.id === id),
      ).toBe(false);
      const retried = await store.lti.claimDueScores(later(31), later(90), 100);
      expect(retried.find((s) => s.id === id)).toMatchObject({ attempts: 1, lastError: 'down' });
      await store.lti.settleScore(id, { status: 'sent' });
      expect((await store.lti.listScores()).find((s) => s.id === id)).toMatchObject({
        status: 'sent',
        attempts: 2,
      });
    });
  });
}
