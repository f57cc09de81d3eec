/**
 * Sending the written request, which only the API takes: it comes with the client (the lazy
 * chunk), as does the button that sends.
 */
import { PolicyError } from '../../client/policy-client.js';
import type { StoredRefund } from '../../policy/schemas.js';
import type { Submission } from './deferred.js';

export class RequestSender {
  /** One key per intended request: a double click or a retry of the same request reuses it. */
  private pending: { payload: string; key: string } | undefined;

  /** The next request is a new one (another purchase picked, the form reset). */
  forget(): void {
    this.pending = undefined;
  }

  /** Sends `payload` once per intended request; what came of it. */
  async send(payload: object, submit: (key: string) => Promise<StoredRefund>): Promise<Submission> {
    const body = JSON.stringify(payload);
    if (this.pending?.payload !== body) this.pending = { payload: body, key: crypto.randomUUID() };
    try {
      const stored = await submit(this.pending.key);
      this.pending = undefined;
      return { state: 'done', stored };
    } catch (error) {
      const existing = error instanceof PolicyError ? error.extra['existing'] : undefined;
      return error instanceof PolicyError && error.status === 409 && existing
        ? { state: 'open', existing: existing as StoredRefund }
        : { state: 'failed', error };
    }
  }
}
