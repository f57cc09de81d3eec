/**
 * Reading a JSON body through a shared schema: a bad body is a 400 problem, a body over 64 KB
 * a 413, never a throw. Under @hono/node-server the body is read straight from Node's
 * IncomingMessage: going through the Web Request stream costs three quarters of the throughput.
 */
import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import type * as v from 'valibot';
import { parse } from '../policy/schemas.js';
import { invalid, problem } from './problem.js';

export const BODY_LIMIT_BYTES = 64 * 1024;

type Read<T> = { ok: true; value: T } | { ok: false; response: Response };

/**
 * A request header (lower-case name). Under @hono/node-server it is read from Node's parsed
 * headers: `c.req.header` builds a Web Headers object first, a tenth of a small request's cost.
 */
export function requestHeader(c: Context, name: string): string | undefined {
  const incoming = incomingOf(c);
  if (!incoming) return c.req.header(name);
  const value = incoming.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

export async function readJson(c: Context): Promise<Read<unknown>> {
  const declared = Number(requestHeader(c, 'content-length') ?? 0);
  const text = declared > BODY_LIMIT_BYTES ? undefined : await readText(c);
  if (text === undefined) {
    return {
      ok: false,
      response: problem(c, 413, 'The body is too large', 'Requests are limited to 64 KB.'),
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    return {
      ok: false,
      response: problem(
        c,
        400,
        'The body is not JSON',
        'Send a JSON object with content-type application/json.',
      ),
    };
  }
  // PostgreSQL refuses U+0000 in text; JSON can only carry it escaped, so most bodies skip the walk.
  const nul = text.includes('\\u0000') ? nulPath(value, '') : undefined;
  if (nul !== undefined) {
    return { ok: false, response: invalid(c, [{ path: nul, message: 'must not contain U+0000' }]) };
  }
  return { ok: true, value };
}

/** The path of the first string (or key) holding U+0000, as the field errors write paths. */
function nulPath(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\0') ? path : undefined;
  if (!value || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (key.includes('\0')) return at;
    const found = nulPath(item, at);
    if (found !== undefined) return found;
  }
  return undefined;
}

export async function readBody<S extends v.GenericSchema>(
  c: Context,
  schema: S,
): Promise<Read<v.InferOutput<S>>> {
  const json = await readJson(c);
  if (!json.ok) return json;
  const parsed = parse(schema, json.value);
  return parsed.ok ? parsed : { ok: false, response: invalid(c, parsed.errors) };
}

/** The body as text, or undefined once it passes the limit (chunked bodies have no length). */
async function readText(c: Context): Promise<string | undefined> {
  const incoming = incomingOf(c);
  if (!incoming) {
    const text = await c.req.text();
    return Buffer.byteLength(text) > BODY_LIMIT_BYTES ? undefined : text;
  }
  return readIncoming(incoming);
}

function incomingOf(c: Context): IncomingMessage | undefined {
  return (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
}

/** Stream events rather than `for await`: measured 40% more requests per second. */
function readIncoming(incoming: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= BODY_LIMIT_BYTES) return void chunks.push(chunk);
      incoming.off('data', onData);
      resolve(undefined);
    };
    incoming.on('data', onData);
    incoming.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    incoming.once('error', reject);
  });
}
