/** `POST /v1/credits`: the credit result for a program (pure, anyone). */
import { Hono } from 'hono';
import * as v from 'valibot';
import { computeCredits } from '../../policy/index.js';
import type { AppContext } from '../context.js';
import { invalid } from '../problem.js';
import { anonymousCall } from '../rate-limit.js';
import { withReasonsIn } from '../reply-reasons.js';
import { replyLocale } from '../request-locale.js';
import { validBody } from '../request.js';

export function creditRoutes(app: AppContext) {
  const { policy } = app;
  // The engine parses its own input: its field errors are the ones the API answers with.
  return new Hono().post('/', anonymousCall(app), validBody(v.unknown()), (c) => {
    const result = computeCredits(c.var.body, policy);
    if (!result.ok) throw invalid(result.errors);
    return c.json(withReasonsIn(result.value, replyLocale(c)));
  });
}
