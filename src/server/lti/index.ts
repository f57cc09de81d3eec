/**
 * The LTI 1.3 Advantage tool, mounted on the API app: `/lti/*` and `/v1/lti/*`, the grade
 * passback of decided attendance, and the score outbox's sender.
 */
import type { Hono } from 'hono';
import type { Logger } from 'pino';
import type { AppContext } from '../context.js';
import { queueAttendanceScore, ScoreDelivery } from './ags.js';
import { ltiContext, type LtiOptions } from './context.js';
import { CourseRosters } from './nrps.js';
import { ltiAdminRoutes, ltiRoutes } from './routes.js';

export type { LtiOptions } from './context.js';
export { queueAttendanceScore } from './ags.js';

const deliveries = new WeakMap<Hono, ScoreDelivery>();

/** The score sender of an app made by createApp (tests drive it; main.ts sweeps on a timer). */
export function scoreDeliveryOf(app: Hono): ScoreDelivery {
  const delivery = deliveries.get(app);
  if (!delivery) throw new Error('This app has no LTI tool mounted');
  return delivery;
}

export function mountLti(
  app: Hono,
  context: AppContext,
  logger: Logger,
  options: LtiOptions = {},
  frameAncestors: string[] = [],
): void {
  const lti = ltiContext(context, logger, options, frameAncestors);
  const delivery = new ScoreDelivery(lti);
  deliveries.set(app, delivery);
  const sweeping = (options.deliveryIntervalMs ?? 0) > 0;
  if (sweeping) setInterval(() => void delivery.deliverDue(), options.deliveryIntervalMs).unref();
  context.attendanceEvaluated = async (event, learnerId, cause) => {
    try {
      const queued = await queueAttendanceScore(context, event, learnerId, cause);
      if (queued && sweeping) void delivery.deliverDue();
    } catch (error) {
      // The attendance is stored; its score waits for the next decision rather than fail it.
      logger.error({ err: { message: (error as Error).message }, cause }, 'lti score not queued');
    }
  };
  app.route('/lti', ltiRoutes(lti));
  app.route('/v1/lti', ltiAdminRoutes(lti, new CourseRosters(lti, delivery)));
}
