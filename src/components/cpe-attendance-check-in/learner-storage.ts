/**
 * What this device remembers for one learner at one event: the check-ins waiting for the
 * network (the records themselves come from the API, so every device shows the same state).
 * A queued check-in keeps its Idempotency-Key, so sending it twice records it once.
 */
import type { StoredCheckIn } from '../../policy/schemas.js';

export interface QueuedCheckIn {
  kind: StoredCheckIn['kind'];
  code: string;
  idempotencyKey: string;
  queuedAt: string;
}

interface Remembered {
  queue: QueuedCheckIn[];
}

const PREFIX = 'cpe-kit:attendance:';

export class LearnerStorage {
  private readonly key: string;

  constructor(
    private readonly storage: Storage | undefined,
    scope: { apiBase: string; eventId: string; token: string },
  ) {
    this.key = `${PREFIX}${scope.apiBase || 'local'}|${scope.eventId}|${subject(scope.token)}`;
  }

  get queue(): QueuedCheckIn[] {
    return this.read().queue;
  }

  enqueue(item: QueuedCheckIn): void {
    const remembered = this.read();
    if (!remembered.queue.some((queued) => queued.idempotencyKey === item.idempotencyKey)) {
      remembered.queue.push(item);
    }
    this.write(remembered);
  }

  dequeue(idempotencyKey: string): void {
    const remembered = this.read();
    remembered.queue = remembered.queue.filter((item) => item.idempotencyKey !== idempotencyKey);
    this.write(remembered);
  }

  private read(): Remembered {
    try {
      const parsed = JSON.parse(this.storage?.getItem(this.key) ?? 'null') as Remembered | null;
      if (parsed && Array.isArray(parsed.queue)) return { queue: parsed.queue };
    } catch {
      // Unreadable storage is treated as empty: the API still has the official records.
    }
    return { queue: [] };
  }

  private write(remembered: Remembered): void {
    try {
      this.storage?.setItem(this.key, JSON.stringify(remembered));
    } catch {
      // Storage full or blocked (private mode): the widget still works, it just forgets.
    }
  }
}

/** A fresh Idempotency-Key; randomUUID needs a secure context, getRandomValues does not. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function' && globalThis.isSecureContext) {
    return crypto.randomUUID();
  }
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

/** The token's `sub`, so two learners sharing a browser never see each other's state. */
function subject(token: string): string {
  const payload = token.split('.')[1];
  if (!payload) return 'anonymous';
  try {
    const json = atob(payload.replaceAll('-', '+').replaceAll('_', '/'));
    const sub = (JSON.parse(json) as { sub?: unknown }).sub;
    return typeof sub === 'string' && sub ? sub : 'anonymous';
  } catch {
    return 'anonymous';
  }
}

/** The browser's localStorage, or nothing where it is blocked (sandboxed iframes). */
export function deviceStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
