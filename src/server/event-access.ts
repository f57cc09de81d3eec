/**
 * The event of a `/events/{id}/...` path, as route middleware (`c.var.event`). A host token
 * reaches only the events that list it among their hosts (an event with no list is open to
 * any host); every other event answers 404, as if it did not exist.
 */
import type { MiddlewareHandler } from 'hono';
import type { Identity } from './auth.js';
import { pathId } from './ids.js';
import { ProblemError } from './problem.js';
import type { Store, StoredEvent } from './store/store.js';

export type EventEnv = { Variables: { event: StoredEvent; identity?: Identity } };

export function eventOf(store: Store): MiddlewareHandler<EventEnv> {
  return async (c, next) => {
    const id = pathId(c, 'id');
    const event = id === undefined ? undefined : await store.getEvent(id);
    if (!event || !mayRun(c.var.identity, event)) {
      throw new ProblemError(404, 'eventUnknown');
    }
    c.set('event', event);
    await next();
  };
}

/**
 * Admins run every event; a host, those listing them (or listing no hosts at all), and a host
 * token limited to some events (an LTI course's) only those.
 */
export function mayRun(identity: Identity | undefined, event: StoredEvent): boolean {
  if (identity?.role !== 'host') return true;
  if (identity.events) return identity.events.includes(event.id);
  if (!event.hosts) return true;
  return event.hosts.includes(identity.sub);
}
