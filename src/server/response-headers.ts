/**
 * Response headers set before the handler answers. Under @hono/node-server they go straight on
 * Node's ServerResponse, which merges them into the one writeHead: a header set through Hono
 * makes every response build a Web Headers object, and cost POST /v1/credits a fifth of its
 * throughput (bench/api.mjs). Headers the answer itself carries still win over these.
 */
import type { ServerResponse } from 'node:http';
import type { Context } from 'hono';

function outgoingOf(c: Context): ServerResponse | undefined {
  return (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
}

export function setResponseHeader(c: Context, name: string, value: string): void {
  const outgoing = outgoingOf(c);
  if (outgoing) outgoing.setHeader(name, value);
  else c.header(name, value);
}

/** Adds `field` to the response's Vary, after any already there, once. */
export function varyOn(c: Context, field: string): void {
  const outgoing = outgoingOf(c);
  const current = outgoing ? outgoing.getHeader('vary') : (c.res.headers.get('vary') ?? undefined);
  if (current !== undefined && String(current).split(/,\s*/).includes(field)) return;
  if (!outgoing) return void c.header('vary', field, { append: true });
  outgoing.setHeader('vary', current === undefined ? field : `${String(current)}, ${field}`);
}

/**
 * Joins the Vary set on Node's response (the reply's language) with the one a middleware set
 * through Hono afterwards (CORS's Origin): writeHead would keep Hono's alone.
 */
export function keepVary(c: Context): void {
  const outgoing = outgoingOf(c);
  const early = outgoing?.getHeader('vary');
  const late = c.res.headers.get('vary');
  if (!outgoing || early === undefined || late === null) return;
  outgoing.removeHeader('vary');
  c.res.headers.set('vary', `${late}, ${String(early)}`);
}
