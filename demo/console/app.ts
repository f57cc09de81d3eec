/**
 * What every console view shares: the signed-in client, the announcements live region and
 * the 422 mapping onto fields.
 */
import { PolicyError, type PolicyClient } from '../../src/client/policy-client.js';
import type { PolicyDocument } from '../../src/policy/policy.js';
import type { Field } from './dom.js';
import { fieldForPath } from './form-values.js';

export interface Console {
  client: PolicyClient;
  apiBase: string;
  token: string;
  policy: PolicyDocument;
  /** Says something in the page's live region ("Program saved"). */
  announce(message: string): void;
  /** Goes to a view (`#programs/abc`). */
  go(hash: string): void;
}

/**
 * Shows an API refusal: each 422 error under the field its path names, the rest (and any
 * other failure) in the form's summary.
 */
export function showErrors(
  error: unknown,
  fields: Map<string, Field<HTMLElement & { focus(): void }>>,
  summary: HTMLElement,
): void {
  for (const entry of fields.values()) entry.setError('');
  const messages: string[] = [];
  if (error instanceof PolicyError && error.errors.length) {
    let first: Field<HTMLElement & { focus(): void }> | undefined;
    for (const { path, message } of error.errors) {
      const key = fieldForPath(path, fields.keys());
      const target = key ? fields.get(key) : undefined;
      if (target) {
        target.setError(message);
        first ??= target;
      } else messages.push(`${path || 'Request'}: ${message}`);
    }
    summary.textContent = messages.length
      ? `Not saved. ${messages.join('; ')}`
      : 'Not saved: see the fields marked below.';
    first?.control.focus();
  } else {
    summary.textContent = `Not saved: ${describe(error)}`;
  }
  summary.hidden = false;
}

/** A failure in words a sponsor's staff can act on. */
export function describe(error: unknown): string {
  if (error instanceof PolicyError) {
    if (error.isNetwork) return 'the server could not be reached. Check the connection and retry.';
    if (error.status === 401)
      return 'the sign-in has expired or the token is not valid. Sign in again.';
    if (error.status === 403) return 'this token is not an admin token.';
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
