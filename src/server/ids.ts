/**
 * Ids in request paths. The API mints UUIDs; an id outside this plain set names nothing, and
 * refusing it before any lookup keeps control characters (PostgreSQL refuses NUL in text)
 * away from the store.
 */
import type { Context } from 'hono';

const PLAIN_ID = /^[A-Za-z0-9._~-]{1,100}$/;

/** The path parameter `name` when it can be an id; the caller answers 404 otherwise. */
export function pathId(c: Context, name: string): string | undefined {
  const id = c.req.param(name);
  return id !== undefined && PLAIN_ID.test(id) ? id : undefined;
}
