/**
 * Enrollments of record: the learner's own list, one enrollment (its learner, admins), and the
 * final test's score a sponsor's system or LMS records (admin).
 */
import { Hono } from 'hono';
import { AssessmentInput, PASSING_PERCENT } from '../../policy/enrollments.js';
import { requireRole, type AuthEnv } from '../auth.js';
import type { AppContext } from '../context.js';
import { reevaluateCertificate } from '../certificate-records.js';
import { enrollmentPage, noSuchEnrollment } from '../enrollment-records.js';
import { pathId } from '../ids.js';
import { ProblemError } from '../problem.js';
import { validBody } from '../request.js';

export function enrollmentRoutes(app: AppContext) {
  const { store, tokens, now } = app;
  return new Hono<AuthEnv>()
    .get('/me', requireRole(tokens, 'learner'), async (c) =>
      c.json(await enrollmentPage(c, store, { learnerId: c.var.identity.sub })),
    )
    .get('/:id', requireRole(tokens, 'learner', 'admin'), async (c) => {
      const identity = c.var.identity;
      const id = pathId(c, 'id');
      const enrollment = id === undefined ? undefined : await store.getEnrollment(id);
      if (!enrollment || (identity.role !== 'admin' && enrollment.learner.sub !== identity.sub)) {
        throw noSuchEnrollment();
      }
      return c.json(enrollment);
    })
    .post(
      '/:id/assessment',
      requireRole(tokens, 'admin'),
      async (c, next) => {
        if (pathId(c, 'id') === undefined) throw noSuchEnrollment();
        await next();
      },
      validBody(AssessmentInput),
      async (c) => {
        const id = c.req.param('id');
        const enrollment = await store.getEnrollment(id);
        if (!enrollment) throw noSuchEnrollment();
        if (enrollment.status !== 'active') {
          throw new ProblemError(409, {
            id: 'scoreNeedsActiveEnrollment',
            status: enrollment.status,
          });
        }
        const { scorePercent } = c.var.body;
        const recorded = await store.recordAssessment(id, {
          scorePercent,
          passed: scorePercent >= PASSING_PERCENT,
          recordedAt: now().toISOString(),
        });
        if (!recorded) throw noSuchEnrollment();
        // A pass completes a self-study or nano program: its certificate is issued now.
        await reevaluateCertificate(app, recorded.id);
        return c.json(recorded);
      },
    );
}
