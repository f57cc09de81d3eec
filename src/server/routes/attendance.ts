/**
 * `POST /v1/attendance/evaluate`: pure evaluation of one learner's records against an event,
 * for instance a webinar platform's join/leave report (anyone; nothing is stored).
 */
import { Hono } from 'hono';
import * as v from 'valibot';
import { evaluateAttendance } from '../../policy/index.js';
import type { AppContext } from '../context.js';
import { invalid } from '../problem.js';
import { anonymousCall } from '../rate-limit.js';
import { withReasonsIn } from '../reply-reasons.js';
import { replyLocale } from '../request-locale.js';
import { validBody } from '../request.js';

export function attendanceRoutes(app: AppContext) {
  const { policy, now } = app;
  // The engine parses its own input: its field errors are the ones the API answers with.
  return new Hono().post('/evaluate', anonymousCall(app), validBody(v.unknown()), (c) => {
    const result = evaluateAttendance(c.var.body, policy, now().toISOString());
    if (!result.ok) throw invalid(result.errors);
    return c.json(withReasonsIn(result.value, replyLocale(c)));
  });
}
