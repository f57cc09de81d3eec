/**
 * Identity: HS256 JWTs verified with jose (claims `sub`, `role`, `exp`, optional `name`,
 * `iat`, and `iss`/`aud` when the sponsor configures them), with a bounded lifetime and clock
 * skew, and the middleware that lets a route through only for the roles DESIGN.md §3 gives it.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { SignJWT, jwtVerify } from 'jose';
import * as v from 'valibot';
import { Role } from '../policy/schemas.js';
import { ProblemError, problemResponse } from './problem.js';
import { requestHeader } from './request.js';

export type { Role } from '../policy/schemas.js';

export interface Identity {
  sub: string;
  role: v.InferOutput<typeof Role>;
  name?: string;
  /** A host token limited to these events (an LTI launch: the events of its course). */
  events?: string[];
}

const Claims = v.object({
  sub: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  role: Role,
  name: v.optional(v.pipe(v.string(), v.maxLength(200))),
  events: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(500))),
});

/** What a token must satisfy beyond its signature; `tokenRules` fills in the defaults. */
export interface TokenRules {
  secret: string;
  /** The longest `exp - iat` accepted (without `iat`: `exp - now`), in seconds. */
  maxLifetimeSeconds: number;
  /** How far the two clocks may disagree, for `exp`, `nbf` and `iat`, in seconds. */
  clockToleranceSeconds: number;
  /** Required `iss` and `aud`, when the sponsor's sign-in sets them. */
  issuer?: string;
  audience?: string;
}

export const DEFAULT_TOKEN_LIFETIME_SECONDS = 12 * 3600;
export const DEFAULT_CLOCK_TOLERANCE_SECONDS = 60;

export function tokenRules(secret: string, rules: Partial<Omit<TokenRules, 'secret'>> = {}) {
  return {
    maxLifetimeSeconds: DEFAULT_TOKEN_LIFETIME_SECONDS,
    clockToleranceSeconds: DEFAULT_CLOCK_TOLERANCE_SECONDS,
    ...rules,
    secret,
  } satisfies TokenRules;
}

/** A bare secret stands for the default rules (no `iss`/`aud`). */
const rulesOf = (rules: string | TokenRules): TokenRules =>
  typeof rules === 'string' ? tokenRules(rules) : rules;

// Importing the key once per secret, not per request, saves a WebCrypto round trip per call.
const keys = new Map<string, Promise<CryptoKey>>();
function keyOf(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign', 'verify'],
    );
    keys.set(secret, key);
  }
  return key;
}

/** A signed token (with the rules' `iss`/`aud`); `ttl` is a jose time span such as `8h`. */
export async function mintToken(
  rules: string | TokenRules,
  identity: Identity,
  ttl = '8h',
): Promise<string> {
  const { secret, issuer, audience } = rulesOf(rules);
  const jwt = new SignJWT({
    role: identity.role,
    ...(identity.name ? { name: identity.name } : {}),
    ...(identity.events ? { events: identity.events } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(identity.sub)
    .setIssuedAt()
    .setExpirationTime(ttl);
  if (issuer) jwt.setIssuer(issuer);
  if (audience) jwt.setAudience(audience);
  return jwt.sign(await keyOf(secret));
}

/**
 * Tokens already verified under a set of rules, with their `exp`: a client sends the same token with
 * every request, and its signature need not be checked again (a WebCrypto round trip) until
 * it expires. Only the exact token string hits; the oldest entries go first past the limit.
 */
const proven = new Map<string, Map<string, { identity: Identity; exp: number }>>();
const PROVEN_LIMIT = 10_000;

/**
 * The identity a token proves, or undefined (bad signature, `alg: none`, expired, bad claims,
 * a lifetime past the rules' maximum, another issuer or audience).
 */
export async function verifyToken(
  rulesOrSecret: string | TokenRules,
  token: string,
): Promise<Identity | undefined> {
  const rules = rulesOf(rulesOrSecret);
  const { secret, maxLifetimeSeconds, clockToleranceSeconds, issuer, audience } = rules;
  const cacheKey = [secret, maxLifetimeSeconds, clockToleranceSeconds, issuer, audience].join('\0');
  let tokens = proven.get(cacheKey);
  if (!tokens)
    proven.set(cacheKey, (tokens = new Map<string, { identity: Identity; exp: number }>()));
  const known = tokens.get(token);
  // jose's own test: a token is expired once `exp` <= now in whole seconds.
  if (known && known.exp > Math.floor(Date.now() / 1000)) return known.identity;
  if (known) tokens.delete(token);
  try {
    const { payload } = await jwtVerify(token, await keyOf(secret), {
      algorithms: ['HS256'],
      requiredClaims: ['sub', 'exp'],
      clockTolerance: clockToleranceSeconds,
      ...(issuer ? { issuer } : {}),
      ...(audience ? { audience } : {}),
    });
    const claims = v.safeParse(Claims, payload);
    if (!claims.success || payload.exp === undefined) return undefined;
    // jose's maxTokenAge bounds how long ago `iat` was, not how long the token was made to
    // last: a token minted for 100 years is refused here, at once.
    const now = Math.floor(Date.now() / 1000);
    const issuedAt = payload.iat ?? now;
    if (issuedAt > now + clockToleranceSeconds) return undefined;
    if (payload.exp - issuedAt > maxLifetimeSeconds) return undefined;
    const { sub, role, name, events } = claims.output;
    const identity: Identity = {
      sub,
      role,
      ...(name ? { name } : {}),
      ...(events ? { events } : {}),
    };
    if (tokens.size >= PROVEN_LIMIT) tokens.delete(tokens.keys().next().value as string);
    tokens.set(token, { identity, exp: payload.exp });
    return identity;
  } catch {
    return undefined;
  }
}

export type AuthEnv = { Variables: { identity: Identity } };

/** Who the request's bearer token proves, if any: for routes anyone may call, which say more to some. */
export async function bearerIdentity(
  c: Context,
  rules: string | TokenRules,
): Promise<Identity | undefined> {
  const header = requestHeader(c, 'authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1] ? verifyToken(rules, match[1]) : undefined;
}

/** 401 without a valid token, 403 with a valid one of another role. */
export function requireRole(
  rules: string | TokenRules,
  ...roles: Identity['role'][]
): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const identity = await bearerIdentity(c, rules);
    if (!identity) {
      c.header('www-authenticate', 'Bearer');
      return problemResponse(c, new ProblemError(401, 'signInRequired'));
    }
    if (!roles.includes(identity.role)) {
      return problemResponse(c, new ProblemError(403, { id: 'notAllowed', roles }));
    }
    c.set('identity', identity);
    await next();
  };
}
