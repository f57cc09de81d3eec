/**
 * Assignment and Grade Services: a learner's attendance, once decided, becomes a score on
 * their link's line item (NASBA credits given of those offered, Completed, FullyGraded, the
 * deciding reasons). Scores go through a durable outbox in the store: each cause queues one
 * score once, a sender leases it, a platform that is down or answers 5xx is tried again with
 * backoff, and a restart picks up where the last process stopped.
 */
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { computeCredits } from '../../policy/index.js';
import { learnerEvaluation } from '../attendance-records.js';
import type { AppContext } from '../context.js';
import type { LtiPlatform, LtiStore, OutboxScore } from '../store/lti-store.js';
import type { StoredEvent } from '../store/store.js';
import { scope } from './claims.js';
import type { LtiContext } from './context.js';
import { signingKey } from './keys.js';

/**
 * Queues the score of a learner's attendance in an event, if the learner launched it from an
 * LMS with a line item. `cause` names what decided it (`checkout:<record id>`,
 * `close:<event id>`, `certificate:<id>`): the same cause queues nothing twice. Answers
 * whether a score was queued.
 */
export async function queueAttendanceScore(
  app: AppContext,
  event: StoredEvent,
  learnerId: string,
  cause: string,
): Promise<boolean> {
  const target = await app.store.lti.gradeTarget(learnerId, event.id);
  if (!target) return false;
  const at = app.now();
  const { result } = await learnerEvaluation(app.store, app.policy, event, learnerId, at);
  if (!result.ok) return false;
  const offered = computeCredits(
    { method: event.method, segments: event.segments, breaks: event.breaks },
    app.policy,
  );
  const maximum = offered.ok ? offered.value.credits.nasba : 0;
  const given = result.value.credits.nasba;
  return app.store.lti.enqueueScore({
    id: cause,
    platformId: target.platformId,
    lineItem: target.lineItem,
    score: {
      userId: target.userId,
      scoreGiven: given,
      scoreMaximum: Math.max(maximum, given),
      activityProgress: 'Completed',
      gradingProgress: 'FullyGraded',
      timestamp: at.toISOString(),
      comment: result.value.reasons.map((reason) => `${reason.rule}: ${reason.message}`).join('\n'),
    },
    status: 'pending',
    attempts: 0,
    nextAttemptAt: at.toISOString(),
  });
}

/** The wait before the next try: `first` (30 s) doubled each time, at most an hour. */
export const backoffSeconds = (attempts: number, first = 30) =>
  Math.min(first * 2 ** attempts, 3600);
/** A score no platform took after this many tries is kept as failed, for an admin to see. */
const MAX_ATTEMPTS = 30;
/** How long a sender holds a score before another process may take it over. */
const LEASE_SECONDS = 60;

/** OAuth 2 client_credentials with a private_key_jwt assertion; tokens kept until they expire. */
export class ServiceTokens {
  private readonly cache = new Map<string, { token: string; until: number }>();

  constructor(private readonly lti: LtiContext) {}

  async token(platform: LtiPlatform, scopes: string[]): Promise<string> {
    const key = `${platform.id} ${scopes.join(' ')}`;
    const now = this.lti.app.now().getTime();
    const cached = this.cache.get(key);
    if (cached && cached.until > now) return cached.token;
    const { kid, key: signing } = await signingKey(this.lti.app.store.lti, this.lti.app.now());
    const seconds = Math.floor(now / 1000);
    const assertion = await new SignJWT({})
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
      .setIssuer(platform.clientId)
      .setSubject(platform.clientId)
      .setAudience(platform.tokenAudience ?? platform.tokenEndpoint)
      .setIssuedAt(seconds)
      .setExpirationTime(seconds + 300)
      .setJti(randomUUID())
      .sign(signing);
    const response = await this.lti.fetch(platform.tokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: assertion,
        scope: scopes.join(' '),
      }),
    });
    if (!response.ok) {
      throw new Error(`token endpoint answered ${response.status}`);
    }
    const body = (await response.json()) as { access_token?: string; expires_in?: number };
    if (!body.access_token) throw new Error('token endpoint sent no access_token');
    // A little before the platform's expiry, so a token never dies in flight.
    const lifetime = Math.max((body.expires_in ?? 3600) - 30, 0) * 1000;
    this.cache.set(key, { token: body.access_token, until: now + lifetime });
    return body.access_token;
  }

  forget(platform: LtiPlatform): void {
    for (const key of this.cache.keys())
      if (key.startsWith(`${platform.id} `)) this.cache.delete(key);
  }
}

/** `<line item>/scores`, keeping the line item's query string. */
export function scoresUrl(lineItem: string): string {
  const url = new URL(lineItem);
  url.pathname = `${url.pathname.replace(/\/$/, '')}/scores`;
  return url.href;
}

/** Sends the outbox's due scores; one pass at a time per process. */
export class ScoreDelivery {
  readonly tokens: ServiceTokens;
  private running: Promise<number> | undefined;
  private again = false;

  constructor(private readonly lti: LtiContext) {
    this.tokens = new ServiceTokens(lti);
  }

  private get store(): LtiStore {
    return this.lti.app.store.lti;
  }

  /** Sends what is due now; a call during a pass runs one more pass after it. */
  deliverDue(): Promise<number> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.pass().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        void this.deliverDue();
      }
    });
    return this.running;
  }

  private async pass(): Promise<number> {
    const at = this.lti.app.now();
    const lease = new Date(at.getTime() + LEASE_SECONDS * 1000).toISOString();
    const due = await this.store.claimDueScores(at.toISOString(), lease, 50);
    let sent = 0;
    for (const score of due) if (await this.send(score)) sent += 1;
    return sent;
  }

  private async send(score: OutboxScore): Promise<boolean> {
    const platform = await this.store.getPlatform(score.platformId);
    if (!platform) {
      await this.store.settleScore(score.id, { status: 'failed', error: 'platform removed' });
      return false;
    }
    try {
      const token = await this.tokens.token(platform, [scope.score]);
      const response = await this.lti.fetch(scoresUrl(score.lineItem), {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/vnd.ims.lis.v1.score+json',
        },
        body: JSON.stringify(score.score),
      });
      if (response.ok) {
        await this.store.settleScore(score.id, { status: 'sent' });
        return true;
      }
      if (response.status === 401) this.tokens.forget(platform);
      const error = `score endpoint answered ${response.status}`;
      if (response.status >= 500 || response.status === 429 || response.status === 401) {
        throw new Error(error);
      }
      await this.store.settleScore(score.id, { status: 'failed', error });
    } catch (error) {
      await this.retryLater(score, error);
    }
    return false;
  }

  private async retryLater(score: OutboxScore, error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    this.lti.logger.warn(
      { platform: score.platformId, score: score.id, attempts: score.attempts + 1, error: message },
      'lti score not delivered',
    );
    if (score.attempts + 1 >= MAX_ATTEMPTS) {
      await this.store.settleScore(score.id, { status: 'failed', error: message });
      return;
    }
    const next =
      this.lti.app.now().getTime() + backoffSeconds(score.attempts, this.lti.retrySeconds) * 1000;
    await this.store.settleScore(score.id, {
      status: 'pending',
      error: message,
      nextAttemptAt: new Date(next).toISOString(),
    });
  }
}
