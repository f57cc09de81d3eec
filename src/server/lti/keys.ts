/**
 * The tool's RS256 key pairs: one made on first use and kept in the store (so every process
 * sharing the database signs with it, like the token secret they share), a rotation that
 * keeps the old public key published for 24 hours, and signing with the newest key.
 */
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import type { LtiStore, ToolKey } from '../store/lti-store.js';

/** How long a retired key stays in the JWKS: platforms cache keys for hours. */
export const RETIRED_KEY_SECONDS = 24 * 3600;

async function newKey(at: Date): Promise<ToolKey> {
  const kid = randomUUID();
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const meta = { kid, alg: 'RS256', use: 'sig' };
  return {
    kid,
    privateJwk: { ...(await exportJWK(privateKey)), ...meta },
    publicJwk: { ...(await exportJWK(publicKey)), ...meta },
    createdAt: at.toISOString(),
  };
}

/** The keys in use, making the first one if there is none. */
async function currentKeys(store: LtiStore, at: Date): Promise<ToolKey[]> {
  const keys = await store.listKeys();
  return keys.some((key) => !key.retiredAt) ? keys : store.ensureKey(await newKey(at));
}

/** The public keys: the one in use and those retired less than 24 hours ago. */
export async function publishedKeys(store: LtiStore, at: Date): Promise<{ keys: JWK[] }> {
  const since = at.getTime() - RETIRED_KEY_SECONDS * 1000;
  const keys = (await currentKeys(store, at)).filter(
    (key) => !key.retiredAt || Date.parse(key.retiredAt) > since,
  );
  return { keys: keys.map((key) => key.publicJwk) };
}

/** The newest key in use, ready to sign with, and its `kid`. */
export async function signingKey(store: LtiStore, at: Date) {
  const keys = (await currentKeys(store, at)).filter((key) => !key.retiredAt);
  const key = keys[keys.length - 1]!;
  return { kid: key.kid, key: await importJWK(key.privateJwk, 'RS256') };
}

/** Replaces the key in use with a new one; answers the new `kid`. */
export async function rotateKey(store: LtiStore, at: Date): Promise<string> {
  const key = await newKey(at);
  await store.rotateKey(key, at.toISOString());
  return key.kid;
}
