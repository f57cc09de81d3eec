/**
 * What the LTI tool keeps (migration 0005-lti), on the same Kysely database as the rest of
 * the store: its key pairs, the platforms, single-use states, nonces seen, resource links,
 * grade targets and the score outbox. The same queries serve SQLite and PostgreSQL.
 */
import type { JWK } from 'jose';
import type { Kysely } from 'kysely';

export interface LtiPlatform {
  id: string;
  name: string;
  issuer: string;
  clientId: string;
  deploymentIds: string[];
  authorizationEndpoint: string;
  tokenEndpoint: string;
  /** The `aud` of the tool's client assertion when it is not the token endpoint (Brightspace). */
  tokenAudience?: string;
  jwksUri: string;
  /** A dynamic registration arrives `pending` and launches nothing until an admin activates it. */
  status: 'pending' | 'active';
  /** LTI role URIs that make a CPE Kit admin; none unless the registration says so. */
  adminRoles: string[];
  registeredBy: 'admin' | 'dynamic';
  createdAt: string;
}

export interface ToolKey {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
  createdAt: string;
  /** Set when a newer key replaced it; still published for a while after. */
  retiredAt?: string;
}

/** A resource link as last launched: what it shows, where its course's roster is. */
export interface LtiLink {
  platformId: string;
  resourceLinkId: string;
  contextId?: string;
  contextTitle?: string;
  eventId?: string;
  membershipsUrl?: string;
}

/** Where a learner's score for an event goes: their platform, its line item, their LTI id. */
export interface GradeTarget {
  learnerId: string;
  eventId: string;
  platformId: string;
  lineItem: string;
  userId: string;
  scopes: string[];
}

export interface OutboxScore {
  /** What made the score (`checkout:<record id>` and so on): one score per cause. */
  id: string;
  platformId: string;
  lineItem: string;
  score: Record<string, unknown>;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  nextAttemptAt: string;
  lastError?: string;
}

export interface LtiStore {
  listKeys(): Promise<ToolKey[]>;
  /** Adds `key` when no key is in use yet (first start); answers the keys in use after. */
  ensureKey(key: ToolKey): Promise<ToolKey[]>;
  /** Retires every key in use and adds `key`, in one transaction. */
  rotateKey(key: ToolKey, at: string): Promise<void>;

  /** False when the issuer already has a registration with that client id. */
  addPlatform(platform: LtiPlatform): Promise<boolean>;
  listPlatforms(): Promise<LtiPlatform[]>;
  getPlatform(id: string): Promise<LtiPlatform | undefined>;
  platformsOf(issuer: string): Promise<LtiPlatform[]>;
  activatePlatform(id: string): Promise<LtiPlatform | undefined>;

  putState(state: string, kind: string, body: unknown, expiresAt: string): Promise<void>;
  /** The state's body, removed in the same statement: a second take finds nothing. */
  takeState(state: string, kind: string, at: string): Promise<unknown>;
  /** False when the platform's nonce was seen before (a replay). */
  useNonce(platformId: string, nonce: string, expiresAt: string, at: string): Promise<boolean>;

  putLink(link: LtiLink): Promise<void>;
  linksOfContext(platformId: string, contextId: string): Promise<LtiLink[]>;
  linksOfEvent(eventId: string): Promise<LtiLink[]>;

  putGradeTarget(target: GradeTarget): Promise<void>;
  gradeTarget(learnerId: string, eventId: string): Promise<GradeTarget | undefined>;

  /** False when a score with that id is already in the outbox (nothing is queued twice). */
  enqueueScore(score: OutboxScore): Promise<boolean>;
  /** Pending scores due by `at`, leased until `leaseUntil` so no other process sends them too. */
  claimDueScores(at: string, leaseUntil: string, limit: number): Promise<OutboxScore[]>;
  settleScore(
    id: string,
    outcome:
      | { status: 'sent' }
      | { status: 'failed'; error: string }
      | { status: 'pending'; error: string; nextAttemptAt: string },
  ): Promise<void>;
  listScores(): Promise<OutboxScore[]>;
}

interface LtiTables {
  lti_keys: {
    kid: string;
    private_jwk: string;
    public_jwk: string;
    created_at: string;
    retired_at: string | null;
  };
  lti_platforms: {
    id: string;
    issuer: string;
    client_id: string;
    status: string;
    body: string;
    created_at: string;
  };
  lti_states: { state: string; kind: string; body: string; expires_at: string };
  lti_nonces: { platform_id: string; nonce: string; expires_at: string };
  lti_links: {
    platform_id: string;
    resource_link_id: string;
    context_id: string | null;
    event_id: string | null;
    body: string;
  };
  lti_grade_targets: { learner_id: string; event_id: string; platform_id: string; body: string };
  lti_scores: {
    id: string;
    platform_id: string;
    body: string;
    status: string;
    attempts: number;
    next_attempt_at: string;
    lease_until: string | null;
    last_error: string | null;
    created_at: string;
  };
}

type Db = Kysely<LtiTables>;

const toKey = (row: LtiTables['lti_keys']): ToolKey => ({
  kid: row.kid,
  privateJwk: JSON.parse(row.private_jwk) as JWK,
  publicJwk: JSON.parse(row.public_jwk) as JWK,
  createdAt: row.created_at,
  ...(row.retired_at ? { retiredAt: row.retired_at } : {}),
});

const keyRow = (key: ToolKey): LtiTables['lti_keys'] => ({
  kid: key.kid,
  private_jwk: JSON.stringify(key.privateJwk),
  public_jwk: JSON.stringify(key.publicJwk),
  created_at: key.createdAt,
  retired_at: key.retiredAt ?? null,
});

const toPlatform = (row: { status: string; body: string }): LtiPlatform => ({
  ...(JSON.parse(row.body) as LtiPlatform),
  status: row.status as LtiPlatform['status'],
});

const toScore = (row: LtiTables['lti_scores']): OutboxScore => ({
  ...(JSON.parse(row.body) as Pick<OutboxScore, 'lineItem' | 'score'>),
  id: row.id,
  platformId: row.platform_id,
  status: row.status as OutboxScore['status'],
  attempts: Number(row.attempts),
  nextAttemptAt: row.next_attempt_at,
  ...(row.last_error ? { lastError: row.last_error } : {}),
});

export class KyselyLtiStore implements LtiStore {
  private readonly db: Db;

  constructor(db: Kysely<unknown>) {
    this.db = db as Db;
  }

  async listKeys(): Promise<ToolKey[]> {
    const rows = await this.db.selectFrom('lti_keys').selectAll().orderBy('created_at').execute();
    return rows.map(toKey);
  }

  async ensureKey(key: ToolKey): Promise<ToolKey[]> {
    await this.db.transaction().execute(async (trx) => {
      const current = await trx
        .selectFrom('lti_keys')
        .select('kid')
        .where('retired_at', 'is', null)
        .executeTakeFirst();
      if (!current) await trx.insertInto('lti_keys').values(keyRow(key)).execute();
    });
    return this.listKeys();
  }

  async rotateKey(key: ToolKey, at: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('lti_keys')
        .set({ retired_at: at })
        .where('retired_at', 'is', null)
        .execute();
      await trx.insertInto('lti_keys').values(keyRow(key)).execute();
    });
  }

  async addPlatform(platform: LtiPlatform): Promise<boolean> {
    const inserted = await this.db
      .insertInto('lti_platforms')
      .values({
        id: platform.id,
        issuer: platform.issuer,
        client_id: platform.clientId,
        status: platform.status,
        body: JSON.stringify(platform),
        created_at: platform.createdAt,
      })
      .onConflict((conflict) => conflict.columns(['issuer', 'client_id']).doNothing())
      .returning('id')
      .executeTakeFirst();
    return inserted !== undefined;
  }

  async listPlatforms(): Promise<LtiPlatform[]> {
    const rows = await this.db
      .selectFrom('lti_platforms')
      .select(['status', 'body'])
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toPlatform);
  }

  async getPlatform(id: string): Promise<LtiPlatform | undefined> {
    const row = await this.db
      .selectFrom('lti_platforms')
      .select(['status', 'body'])
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toPlatform(row);
  }

  async platformsOf(issuer: string): Promise<LtiPlatform[]> {
    const rows = await this.db
      .selectFrom('lti_platforms')
      .select(['status', 'body'])
      .where('issuer', '=', issuer)
      .execute();
    return rows.map(toPlatform);
  }

  async activatePlatform(id: string): Promise<LtiPlatform | undefined> {
    await this.db
      .updateTable('lti_platforms')
      .set({ status: 'active' })
      .where('id', '=', id)
      .execute();
    return this.getPlatform(id);
  }

  async putState(state: string, kind: string, body: unknown, expiresAt: string): Promise<void> {
    await this.db
      .insertInto('lti_states')
      .values({ state, kind, body: JSON.stringify(body), expires_at: expiresAt })
      .execute();
    // States nobody came back for would pile up: each new one clears the expired.
    await this.db
      .deleteFrom('lti_states')
      .where('expires_at', '<', new Date().toISOString())
      .execute();
  }

  async takeState(state: string, kind: string, at: string): Promise<unknown> {
    const row = await this.db
      .deleteFrom('lti_states')
      .where('state', '=', state)
      .where('kind', '=', kind)
      .returning(['body', 'expires_at'])
      .executeTakeFirst();
    if (!row || row.expires_at <= at) return undefined;
    return JSON.parse(row.body) as unknown;
  }

  async useNonce(platformId: string, nonce: string, expiresAt: string, at: string) {
    await this.db.deleteFrom('lti_nonces').where('expires_at', '<', at).execute();
    const inserted = await this.db
      .insertInto('lti_nonces')
      .values({ platform_id: platformId, nonce, expires_at: expiresAt })
      .onConflict((conflict) => conflict.columns(['platform_id', 'nonce']).doNothing())
      .returning('nonce')
      .executeTakeFirst();
    return inserted !== undefined;
  }

  async putLink(link: LtiLink): Promise<void> {
    const row = {
      platform_id: link.platformId,
      resource_link_id: link.resourceLinkId,
      context_id: link.contextId ?? null,
      event_id: link.eventId ?? null,
      body: JSON.stringify(link),
    };
    await this.db
      .insertInto('lti_links')
      .values(row)
      .onConflict((conflict) =>
        conflict
          .columns(['platform_id', 'resource_link_id'])
          .doUpdateSet({ context_id: row.context_id, event_id: row.event_id, body: row.body }),
      )
      .execute();
  }

  async linksOfContext(platformId: string, contextId: string): Promise<LtiLink[]> {
    const rows = await this.db
      .selectFrom('lti_links')
      .select('body')
      .where('platform_id', '=', platformId)
      .where('context_id', '=', contextId)
      .execute();
    return rows.map((row) => JSON.parse(row.body) as LtiLink);
  }

  async linksOfEvent(eventId: string): Promise<LtiLink[]> {
    const rows = await this.db
      .selectFrom('lti_links')
      .select('body')
      .where('event_id', '=', eventId)
      .execute();
    return rows.map((row) => JSON.parse(row.body) as LtiLink);
  }

  async putGradeTarget(target: GradeTarget): Promise<void> {
    const row = {
      learner_id: target.learnerId,
      event_id: target.eventId,
      platform_id: target.platformId,
      body: JSON.stringify(target),
    };
    await this.db
      .insertInto('lti_grade_targets')
      .values(row)
      .onConflict((conflict) =>
        conflict
          .columns(['learner_id', 'event_id'])
          .doUpdateSet({ platform_id: row.platform_id, body: row.body }),
      )
      .execute();
  }

  async gradeTarget(learnerId: string, eventId: string): Promise<GradeTarget | undefined> {
    const row = await this.db
      .selectFrom('lti_grade_targets')
      .select('body')
      .where('learner_id', '=', learnerId)
      .where('event_id', '=', eventId)
      .executeTakeFirst();
    return row && (JSON.parse(row.body) as GradeTarget);
  }

  async enqueueScore(score: OutboxScore): Promise<boolean> {
    const inserted = await this.db
      .insertInto('lti_scores')
      .values({
        id: score.id,
        platform_id: score.platformId,
        body: JSON.stringify({ lineItem: score.lineItem, score: score.score }),
        status: 'pending',
        attempts: 0,
        next_attempt_at: score.nextAttemptAt,
        lease_until: null,
        last_error: null,
        created_at: new Date().toISOString(),
      })
      .onConflict((conflict) => conflict.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    return inserted !== undefined;
  }

  async claimDueScores(at: string, leaseUntil: string, limit: number): Promise<OutboxScore[]> {
    const due = await this.db
      .selectFrom('lti_scores')
      .select('id')
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', at)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', at)]))
      .orderBy('next_attempt_at')
      .limit(limit)
      .execute();
    const claimed: OutboxScore[] = [];
    for (const { id } of due) {
      // The lease is taken only if nobody took it since the select: one sender per score.
      const row = await this.db
        .updateTable('lti_scores')
        .set({ lease_until: leaseUntil })
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', at)]))
        .returningAll()
        .executeTakeFirst();
      if (row) claimed.push(toScore(row));
    }
    return claimed;
  }

  async settleScore(id: string, outcome: Parameters<LtiStore['settleScore']>[1]): Promise<void> {
    await this.db
      .updateTable('lti_scores')
      .set((eb) => ({
        status: outcome.status,
        attempts: eb('attempts', '+', 1),
        lease_until: null,
        last_error: outcome.status === 'sent' ? null : outcome.error.slice(0, 500),
        ...(outcome.status === 'pending' ? { next_attempt_at: outcome.nextAttemptAt } : {}),
      }))
      .where('id', '=', id)
      .execute();
  }

  async listScores(): Promise<OutboxScore[]> {
    const rows = await this.db.selectFrom('lti_scores').selectAll().orderBy('created_at').execute();
    return rows.map(toScore);
  }
}
