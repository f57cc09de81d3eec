/**
 * A widget whose API does not answer at all. A browser reports a cross-origin refusal (the
 * API does not list this page's origin) exactly like a network failure, so the viewer is
 * told both likely causes in plain words and the author gets the fix in the console.
 */
import type { Translate } from './locale-controller.js';

/** What the viewer reads: what is wrong and what they can do, in their language. */
export const unreachableSentence = (t: Translate): string =>
  t(
    'The sponsor’s server did not answer this page: it may not allow this site yet, or the connection is down. Try again in a moment; if it keeps happening, tell the organiser.',
  );

/** Tells the author, once per widget and API, what to check. */
export function warnUnreachable(tag: string, apiBase: string): void {
  const key = `${tag} ${apiBase}`;
  if (warned.has(key)) return;
  warned.add(key);
  const api = new URL(apiBase, location.href);
  const origin = location.origin;
  const crossOrigin = api.origin !== origin;
  console.warn(
    `<${tag}>: no answer from ${api.href}. ` +
      (crossOrigin
        ? `The API is on another origin: add this page's origin (${origin}) to ` +
          'CPE_ALLOWED_ORIGINS on the API server, then check that the server is up.'
        : 'Check that api-base is right and that the API server is up.'),
  );
}

const warned = new Set<string>();
