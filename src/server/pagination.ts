/**
 * Pages of a list: `?limit=` (default 100, at most 500) and `?cursor=` (opaque, from the
 * previous page). The body keeps the list's own shape; the next page's cursor travels in
 * headers, `CPE-Next-Cursor` and `Link: <...>; rel="next"`, so clients that read one array
 * (or one object) keep working and simply get the first page, today's whole list.
 *
 *   const page = pageQuery(c, Position);           // 400 problem on a bad limit or cursor
 *   const rows = await store.list({ limit: page.limit + 1, after: page.after });
 *   return c.json(nextPage(c, rows, page, (row) => ({ at: row.at, id: row.id })));
 */
import type { Context } from 'hono';
import * as v from 'valibot';
import { invalid } from './problem.js';

export const DEFAULT_PAGE_LIMIT = 100;
export const MAX_PAGE_LIMIT = 500;

export interface PageQuery<P> {
  limit: number;
  /** The position of the previous page's last item; undefined on the first page. */
  after?: P;
}

/** The page a request asks for; `position` is the schema of what a cursor holds. */
export function pageQuery<P>(c: Context, position: v.GenericSchema<unknown, P>): PageQuery<P> {
  const limitText = c.req.query('limit');
  const limit = limitText === undefined ? DEFAULT_PAGE_LIMIT : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_LIMIT) {
    throw invalid([
      { path: 'limit', message: `must be a whole number from 1 to ${MAX_PAGE_LIMIT}` },
    ]);
  }
  const cursor = c.req.query('cursor');
  if (cursor === undefined) return { limit };
  const after = v.safeParse(position, decodeCursor(cursor));
  if (!after.success) {
    throw invalid([{ path: 'cursor', message: 'is not a cursor this list gave out' }]);
  }
  return { limit, after: after.output };
}

/**
 * The page to answer with, from up to `limit + 1` items read in order: when there is one more,
 * the next cursor (the position of the page's last item) goes into the response headers.
 */
export function nextPage<T, P>(
  c: Context,
  items: T[],
  page: PageQuery<P>,
  positionOf: (item: T) => P,
): T[] {
  return pageBody(c, items, page, positionOf).items;
}

/** `nextPage` for lists answered as `{ items, nextCursor? }`: the cursor in the body too. */
export function pageBody<T, P>(
  c: Context,
  items: T[],
  page: PageQuery<P>,
  positionOf: (item: T) => P,
): { items: T[]; nextCursor?: string } {
  if (items.length <= page.limit) return { items };
  const shown = items.slice(0, page.limit);
  const cursor = encodeCursor(positionOf(shown.at(-1)!));
  const url = new URL(c.req.url);
  url.searchParams.set('limit', String(page.limit));
  url.searchParams.set('cursor', cursor);
  c.header('cpe-next-cursor', cursor);
  // A relative reference: the link follows whatever origin the client reached us on.
  c.header('link', `<${url.pathname}${url.search}>; rel="next"`);
  return { items: shown, nextCursor: cursor };
}

const encodeCursor = (position: unknown): string =>
  Buffer.from(JSON.stringify(position)).toString('base64url');

function decodeCursor(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}
