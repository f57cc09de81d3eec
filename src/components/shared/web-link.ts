/**
 * A URL from data (an API answer, a property) fit for an `href`: http or https only, so a
 * `javascript:` value can never become a link the learner clicks.
 */
export function webLink(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol } = new URL(url, location.href);
    return protocol === 'https:' || protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}
