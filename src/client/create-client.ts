/**
 * Picks the client a widget uses: the sponsor's API when it has an `api-base` (with the
 * bundled rules behind it when the widget asks for a fallback), the bundled rules otherwise.
 * They load on demand, after a widget's first render: the HTTP client brings ky, the local one
 * the policy engine and its schemas, and neither belongs in a first load.
 */
import type { Locale } from '../policy/locale.js';
import type { PolicyDocument } from '../policy/policy.js';
import type { PolicyClient } from './policy-client.js';

export interface CreateClientOptions {
  /** The widget's `api-base` attribute; empty or absent means local mode. */
  apiBase?: string | null;
  /** The widget's `token` attribute, sent as a bearer token in API mode. */
  token?: string | null;
  /** The rules for local mode and the fallback (the sponsor preset when absent). */
  policy?: PolicyDocument;
  /** API mode: answer pure questions with the bundled rules while the API is unreachable. */
  fallback?: boolean;
  /** The widget's language, read at each call: the reasons in answers come worded in it. */
  locale?: () => Locale;
}

export async function createClient({
  apiBase,
  token,
  policy,
  fallback = false,
  locale,
}: CreateClientOptions = {}): Promise<PolicyClient> {
  if (!apiBase) return createLocalClient(policy, locale);
  const [{ HttpPolicyClient }, fallbacks] = await Promise.all([
    import('./http.js'),
    fallback ? import('./fallback.js') : undefined,
  ]);
  const api = new HttpPolicyClient({
    apiBase,
    ...(token ? { token } : {}),
    ...(locale ? { locale } : {}),
  });
  return fallbacks
    ? fallbacks.withFallback(api, {
        ...(policy ? { policy } : {}),
        ...(locale ? { locale } : {}),
      })
    : api;
}

/** The bundled rules (the sponsor preset when `policy` is absent), answering in `locale`. */
export async function createLocalClient(
  policy?: PolicyDocument,
  locale?: () => Locale,
): Promise<PolicyClient> {
  const { LocalPolicyClient } = await import('./local.js');
  return new LocalPolicyClient({ ...(policy ? { policy } : {}), ...(locale ? { locale } : {}) });
}

/** The sponsor preset, for a widget whose API could not say which policy it applies. */
export async function bundledPolicy(): Promise<PolicyDocument> {
  const { defaultPolicy } = await import('../policy/policy.js');
  return defaultPolicy;
}
