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

/** Adds `field` to the response's Vary, after any already there. */
export function varyOn(c: Context, field: string): void {
  const outgoing = outgoingOf(c);
  if (!outgoing) return void c.header('vary', field, { append: true });
  const current = outgoing.getHeader('vary');
  outgoing.setHeader('vary', current === undefined ? field : `${String(current)}, ${field}`);
}
