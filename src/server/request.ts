/** Reading a JSON body through a shared schema: a bad body is a 400 problem, never a throw. */
import type { Context } from 'hono';
import type * as v from 'valibot';
import { parse } from '../policy/schemas.js';
import { invalid, problem } from './problem.js';

export type Body<T> = { ok: true; value: T; raw: unknown } | { ok: false; response: Response };

export async function readJson(
  c: Context,
): Promise<{ ok: true; raw: unknown } | { ok: false; response: Response }> {
  try {
    return { ok: true, raw: await c.req.json() };
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
}

export async function readBody<S extends v.GenericSchema>(
  c: Context,
  schema: S,
): Promise<Body<v.InferOutput<S>>> {
  const json = await readJson(c);
  if (!json.ok) return json;
  const parsed = parse(schema, json.raw);
  return parsed.ok
    ? { ok: true, value: parsed.value, raw: json.raw }
    : { ok: false, response: invalid(c, parsed.errors) };
}
