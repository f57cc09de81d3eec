/**
 * Refund requests: a what-if quote (anyone), a stored request (learner; the server clock is
 * the time received), the owner's and the admin's views, and the admin's decision with a note.
 */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { evaluateRefund } from '../../policy/index.js';
import {
  RefundDecisionRequest,
  RefundInput,
  RefundSubmit,
  type StoredRefund,
} from '../../policy/schemas.js';
import { requireRole, type AuthEnv } from '../auth.js';
import type { AppContext } from '../context.js';
import { answer, idempotencyKey } from '../idempotency.js';
import { pathId } from '../ids.js';
import { invalid, problem } from '../problem.js';
import { readBody } from '../request.js';

export function refundRoutes({ store, policy, tokenSecret, now }: AppContext) {
  const notFound = (c: Parameters<typeof problem>[0]) =>
    problem(c, 404, 'No such refund request', 'Check the request id.');

  return new Hono<AuthEnv>()
    .post('/quote', async (c) => {
      const body = await readBody(c, RefundInput);
      if (!body.ok) return body.response;
      // A quote may name its own receivedAt (a what-if); otherwise it is now.
      const result = evaluateRefund(
        body.value,
        policy,
        body.value.receivedAt ?? now().toISOString(),
      );
      return result.ok ? c.json(result.value) : invalid(c, result.errors);
    })
    .post('/', requireRole(tokenSecret, 'learner'), async (c) => {
      const learner = c.get('identity');
      const body = await readBody(c, RefundSubmit);
      if (!body.ok) return body.response;
      const key = idempotencyKey(c, 'refunds', learner.sub, body.value);
      if (key instanceof Response) return key;
      const earlier = key && (await store.findReply(key));
      if (earlier) return answer(c, earlier);

      // "Received" is when this server stores the request, never a time the browser claims.
      const request = { ...body.value };
      delete request.receivedAt;
      const receivedAt = now().toISOString();
      const decision = evaluateRefund({ ...request, receivedAt }, policy, receivedAt);
      if (!decision.ok) return invalid(c, decision.errors);
      const refund: StoredRefund = {
        id: randomUUID(),
        learnerId: learner.sub,
        receivedAt,
        request,
        decision: decision.value,
        policyVersion: policy.version,
        status: 'pending',
        audit: [{ at: receivedAt, by: learner.sub, action: 'submitted' }],
      };
      return answer(c, await store.addRefund(refund, { status: 201, body: refund }, key));
    })
    .get('/', requireRole(tokenSecret, 'admin'), async (c) => {
      const status = c.req.query('status');
      const refunds = await store.listRefunds();
      return c.json(status ? refunds.filter((refund) => refund.status === status) : refunds);
    })
    .get('/:id', requireRole(tokenSecret, 'learner', 'admin'), async (c) => {
      const identity = c.get('identity');
      const id = pathId(c, 'id');
      const refund = id === undefined ? undefined : await store.getRefund(id);
      // Another learner's request answers as missing: its existence is not theirs to know.
      if (!refund || (identity.role !== 'admin' && refund.learnerId !== identity.sub)) {
        return notFound(c);
      }
      return c.json(refund);
    })
    .post('/:id/decision', requireRole(tokenSecret, 'admin'), async (c) => {
      const admin = c.get('identity');
      const id = pathId(c, 'id');
      if (id === undefined) return notFound(c);
      const body = await readBody(c, RefundDecisionRequest);
      if (!body.ok) return body.response;
      const status = body.value.decision === 'approve' ? 'approved' : 'denied';
      const decided = await store.decideRefund(id, status, {
        at: now().toISOString(),
        by: admin.sub,
        action: status,
        note: body.value.note,
      });
      if (decided) return c.json(decided);
      return (await store.getRefund(id))
        ? problem(c, 409, 'Already decided', 'This request was approved or denied before.')
        : notFound(c);
    });
}
