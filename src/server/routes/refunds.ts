/**
 * Refund requests: a what-if quote (anyone), a stored request (learner; the server clock is
 * the time received), the owner's and the admin's views, and the admin's decision with a note.
 */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import * as v from 'valibot';
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
import { nextPage, pageQuery } from '../pagination.js';
import { ProblemError, invalid } from '../problem.js';
import { anonymousCall, countLearnerWrite } from '../rate-limit.js';
import { validBody } from '../request.js';

const notFound = () => new ProblemError(404, 'No such refund request', 'Check the request id.');

/** Where a request sits in the review queue's order: a cursor. */
const RefundPosition = v.object({ receivedAt: v.string(), id: v.string() });

export function refundRoutes(app: AppContext) {
  const { store, policy, tokens, now } = app;
  return new Hono<AuthEnv>()
    .post('/quote', anonymousCall(app), validBody(RefundInput), (c) => {
      const body = c.var.body;
      // A quote may name its own receivedAt (a what-if); otherwise it is now.
      const result = evaluateRefund(body, policy, body.receivedAt ?? now().toISOString());
      if (!result.ok) throw invalid(result.errors);
      return c.json(result.value);
    })
    .post('/', requireRole(tokens, 'learner'), validBody(RefundSubmit), async (c) => {
      const { identity: learner, body } = c.var;
      const key = idempotencyKey(c, 'refunds', learner.sub, body);
      const earlier = key && (await store.findReply(key));
      if (earlier) return answer(c, earlier);
      await countLearnerWrite(app, learner.sub);

      // "Received" is when this server stores the request, never a time the browser claims.
      const request = { ...body };
      delete request.receivedAt;
      const receivedAt = now().toISOString();
      const decision = evaluateRefund({ ...request, receivedAt }, policy, receivedAt);
      if (!decision.ok) throw invalid(decision.errors);
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
    .get('/', requireRole(tokens, 'admin'), async (c) => {
      const status = c.req.query('status');
      const page = pageQuery(c, RefundPosition);
      const refunds = await store.listRefunds({
        limit: page.limit + 1,
        ...(page.after ? { after: page.after } : {}),
        ...(status ? { status } : {}),
      });
      return c.json(nextPage(c, refunds, page, ({ receivedAt, id }) => ({ receivedAt, id })));
    })
    .get('/:id', requireRole(tokens, 'learner', 'admin'), async (c) => {
      const identity = c.get('identity');
      const id = pathId(c, 'id');
      const refund = id === undefined ? undefined : await store.getRefund(id);
      // Another learner's request answers as missing: its existence is not theirs to know.
      if (!refund || (identity.role !== 'admin' && refund.learnerId !== identity.sub)) {
        throw notFound();
      }
      return c.json(refund);
    })
    .post(
      '/:id/decision',
      requireRole(tokens, 'admin'),
      // An id that can name nothing is a 404 before its body is read.
      async (c, next) => {
        if (pathId(c, 'id') === undefined) throw notFound();
        await next();
      },
      validBody(RefundDecisionRequest),
      async (c) => {
        const { identity: admin, body } = c.var;
        const id = c.req.param('id');
        const status = body.decision === 'approve' ? 'approved' : 'denied';
        const decided = await store.decideRefund(id, status, {
          at: now().toISOString(),
          by: admin.sub,
          action: status,
          note: body.note,
        });
        if (decided) return c.json(decided);
        if (await store.getRefund(id)) {
          throw new ProblemError(
            409,
            'Already decided',
            'This request was approved or denied before.',
          );
        }
        throw notFound();
      },
    );
}
