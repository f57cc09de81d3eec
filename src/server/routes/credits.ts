/** `POST /v1/credits`: the credit result for a program (pure, anyone). */
import { Hono } from 'hono';
import { computeCredits } from '../../policy/index.js';
import type { AppContext } from '../context.js';
import { invalid } from '../problem.js';
import { readJson } from '../request.js';

export function creditRoutes({ policy }: AppContext) {
  return new Hono().post('/', async (c) => {
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const result = computeCredits(body.value, policy);
    return result.ok ? c.json(result.value) : invalid(c, result.errors);
  });
}
