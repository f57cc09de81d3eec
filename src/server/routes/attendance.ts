/**
 * `POST /v1/attendance/evaluate`: pure evaluation of one learner's records against an event,
 * for instance a webinar platform's join/leave report (anyone; nothing is stored).
 */
import { Hono } from 'hono';
import { evaluateAttendance } from '../../policy/index.js';
import type { AppContext } from '../context.js';
import { invalid } from '../problem.js';
import { readJson } from '../request.js';

export function attendanceRoutes({ policy, now }: AppContext) {
  return new Hono().post('/evaluate', async (c) => {
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const result = evaluateAttendance(body.value, policy, now().toISOString());
    return result.ok ? c.json(result.value) : invalid(c, result.errors);
  });
}
