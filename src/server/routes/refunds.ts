/**
 * Refund requests: a quote (a what-if from given facts for anyone, or about the learner's own
 * enrollment), a stored request (learner; the server clock is the time received; judged from
 * the enrollment of record, or kept for manual review when it only claims its facts), the
 * owner's and the admin's views, and the admin's decision with a note.
 */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import * as v from 'valibot';
import { evaluateRefund } from '../../policy/index.js';
import type { Locale } from '../../policy/locale.js';
import { RefundQuoteBody, RefundSubmitBody, unverifiedDecision } from '../../policy/enrollments.js';
import {
  RefundDecisionRequest,
  type Parsed,
  type RefundResult,
  type StoredRefund,
} from '../../policy/schemas.js';
import { bearerIdentity, requireRole, type AuthEnv } from '../auth.js';
import type { AppContext } from '../context.js';
import { reevaluateCertificate } from '../certificate-records.js';
import { ownEnrollment, refundFactsOf } from '../enrollment-records.js';
import { answer, idempotencyKey } from '../idempotency.js';
import { idPrefixOf, referenceOf } from '../refund-reference.js';
import { pathId } from '../ids.js';
import { nextPage, pageQuery } from '../pagination.js';
import { ProblemError, invalid } from '../problem.js';
import { anonymousCall, countLearnerWrite } from '../rate-limit.js';
import { withReasonsIn } from '../reply-reasons.js';
import { replyLocale } from '../request-locale.js';
import { validBody } from '../request.js';

/** The engine's answer, or the 400 of the facts it refused. */
function decided(result: Parsed<RefundResult>): RefundResult {
  if (!result.ok) throw invalid(result.errors);
  return result.value;
}

/**
 * Every answer carries the short reference, requests stored before it existed too, and the
 * decision's reasons in the reader's language.
 */
const shown = (refund: StoredRefund, locale: Locale): StoredRefund => ({
  ...refund,
  reference: referenceOf(refund.id),
  decision: withReasonsIn(refund.decision, locale),
});

const notFound = () => new ProblemError(404, 'refundUnknown');

/** Where a request sits in the review queue's order: a cursor. */
const RefundPosition = v.object({ receivedAt: v.string(), id: v.string() });

export function refundRoutes(app: AppContext) {
  const { store, policy, tokens, now } = app;
  return new Hono<AuthEnv>()
    .post('/quote', anonymousCall(app), validBody(RefundQuoteBody), async (c) => {
      const body = c.var.body;
      if (body.enrollmentId === undefined) {
        // A what-if from given facts may name its own receivedAt; otherwise it is now.
        const result = evaluateRefund(body, policy, body.receivedAt ?? now().toISOString());
        if (!result.ok) throw invalid(result.errors);
        return c.json(withReasonsIn(result.value, replyLocale(c)));
      }
      const learner = await bearerIdentity(c, tokens);
      if (learner?.role !== 'learner') {
        throw new ProblemError(learner ? 403 : 401, 'learnerSignInRequired');
      }
      const enrollment = await ownEnrollment(store, body.enrollmentId, learner.sub);
      const receivedAt = now().toISOString();
      const facts = await refundFactsOf(store, enrollment, receivedAt, body.specialCircumstances);
      return c.json(
        withReasonsIn(decided(evaluateRefund(facts, policy, receivedAt)), replyLocale(c)),
      );
    })
    .post('/', requireRole(tokens, 'learner'), validBody(RefundSubmitBody), async (c) => {
      const { identity: learner, body } = c.var;
      const key = idempotencyKey(c, 'refunds', learner.sub, body);
      const locale = replyLocale(c);
      const present = (stored: unknown) => shown(stored as StoredRefund, locale);
      const earlier = key && (await store.findReply(key));
      if (earlier) return answer(c, earlier, present);
      await countLearnerWrite(app, learner.sub);

      // "Received" is when this server stores the request, never a time the browser claims.
      const receivedAt = now().toISOString();
      const audit = [{ at: receivedAt, by: learner.sub, action: 'submitted' }];
      const id = randomUUID();
      const base = {
        id,
        reference: referenceOf(id),
        learnerId: learner.sub,
        ...(learner.name ? { learnerName: learner.name } : {}),
        receivedAt,
      };
      const common = { policyVersion: policy.version, status: 'pending' as const, audit };
      let refund: StoredRefund;
      if (body.enrollmentId === undefined) {
        const request = { ...body };
        delete request.receivedAt;
        delete request.enrollmentId;
        const claimed = decided(evaluateRefund({ ...request, receivedAt }, policy, receivedAt));
        refund = {
          ...base,
          request,
          decision: unverifiedDecision(claimed),
          ...common,
          unverified: true,
        };
      } else {
        const enrollment = await ownEnrollment(store, body.enrollmentId, learner.sub);
        if (enrollment.status !== 'active') {
          throw new ProblemError(409, {
            id: 'refundNeedsActiveEnrollment',
            status: enrollment.status,
          });
        }
        const facts = await refundFactsOf(store, enrollment, receivedAt, body.specialCircumstances);
        const request = { ...facts, ...(body.message ? { message: body.message } : {}) };
        delete request.receivedAt;
        refund = {
          ...base,
          request,
          decision: decided(evaluateRefund(facts, policy, receivedAt)),
          ...common,
          enrollmentId: enrollment.id,
          programId: enrollment.programId,
          programVersion: enrollment.programVersion,
        };
      }
      const result = await store.addRefund(refund, { status: 201, body: refund }, key);
      if (result.kind !== 'open') return answer(c, result, present);
      throw new ProblemError(409, 'refundAlreadyOpen', {
        existing: shown(result.existing, locale),
      });
    })
    .get('/', requireRole(tokens, 'admin'), async (c) => {
      const status = c.req.query('status');
      const page = pageQuery(c, RefundPosition);
      const refunds = await store.listRefunds({
        limit: page.limit + 1,
        ...(page.after ? { after: page.after } : {}),
        ...(status ? { status } : {}),
      });
      const listed = nextPage(c, refunds, page, ({ receivedAt, id }) => ({ receivedAt, id }));
      const locale = replyLocale(c);
      return c.json(listed.map((refund) => shown(refund, locale)));
    })
    .get('/:id', requireRole(tokens, 'learner', 'admin'), async (c) => {
      const identity = c.get('identity');
      const id = pathId(c, 'id');
      const locale = replyLocale(c);
      // Another learner's request answers as missing: its existence is not theirs to know.
      const visible = (refund: StoredRefund | undefined): refund is StoredRefund =>
        !!refund && (identity.role === 'admin' || refund.learnerId === identity.sub);
      const byId = id === undefined ? undefined : await store.getRefund(id);
      if (visible(byId)) return c.json(shown(byId, locale));
      const wanted = id === undefined ? undefined : idPrefixOf(id);
      if (!wanted) throw notFound();
      const named = (await store.findRefundsByIdPrefix(wanted.prefix)).filter(
        (refund) => visible(refund) && referenceOf(refund.id) === wanted.reference,
      );
      if (named.length === 1) return c.json(shown(named[0]!, locale));
      if (named.length === 0) throw notFound();
      // Rare (30 bits), and only an admin sees several learners' requests: the id decides.
      throw new ProblemError(409, {
        id: 'referenceShared',
        ids: named.map((refund) => refund.id),
      });
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
        if (decided) {
          // A refunded enrollment keeps no certificate: one already issued is revoked.
          if (decided.status === 'approved' && decided.enrollmentId) {
            await reevaluateCertificate(app, decided.enrollmentId);
          }
          return c.json(shown(decided, replyLocale(c)));
        }
        if (await store.getRefund(id)) {
          throw new ProblemError(409, 'refundDecided');
        }
        throw notFound();
      },
    );
}
