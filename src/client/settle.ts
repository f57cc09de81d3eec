/**
 * How the in-browser clients answer: their rules run synchronously, but a widget calls them
 * like the API, so the answer comes back as a promise.
 */
import type { CallOptions } from './policy-client.js';

/** Runs `run` as a call would: an aborted call rejects, and so does a thrown error. */
export function settle<T>(options: CallOptions | undefined, run: () => T): Promise<T> {
  try {
    options?.signal?.throwIfAborted();
    return Promise.resolve(run());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
