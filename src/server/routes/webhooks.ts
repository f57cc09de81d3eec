/**
 * The sponsor's shop reports orders here: `CPE-Signature: t=<unix seconds>,v1=<hex>`, the
 * HMAC-SHA256 of `<t>.<raw body>` under CPE_WEBHOOK_SECRET. Signatures more than five minutes
 * from the server clock are refused, so a captured request cannot be replayed later.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import * as v from 'valibot';
import { EnrollmentCreate } from '../../policy/enrollments.js';
import type { AppContext } from '../context.js';
import { enrolled, enrollmentOf, enrollmentTarget, unknownEvent } from '../enrollment-records.js';
import { ProblemError } from '../problem.js';
import type { UnsignedWhy } from '../locales/problems-en.js';
import { bodyText, parseJsonBody, requestHeader } from '../request.js';

export const SIGNATURE_TOLERANCE_SECONDS = 5 * 60;

/** The order webhook's body: one enrollment and the program it is in. */
export const OrderWebhook = v.object({
  ...EnrollmentCreate.entries,
  programId: v.pipe(v.string(), v.minLength(1, 'is required'), v.maxLength(100)),
});

export function webhookRoutes({ store, now, webhookSecret }: AppContext) {
  return new Hono().post('/orders', async (c) => {
    if (!webhookSecret) {
      throw new ProblemError(503, 'webhooksOff');
    }
    const raw = await bodyText(c);
    verifySignature(requestHeader(c, 'cpe-signature'), raw, webhookSecret, now());
    const { programId, ...order } = parseJsonBody(OrderWebhook, raw);
    const target = await enrollmentTarget(store, programId);
    const made = enrollmentOf(target, order, now().toISOString());
    if (!made.ok) throw unknownEvent(made.error);
    return enrolled(c, await store.addEnrollments([made.value]));
  });
}

/** Throws a 401 unless `header` signs `raw` under `secret` within the tolerance of `at`. */
export function verifySignature(
  header: string | undefined,
  raw: string,
  secret: string,
  at: Date,
): void {
  const match = /^t=(\d{1,12}),v1=([0-9a-f]{64})$/i.exec(header?.trim() ?? '');
  if (!match) {
    throw unsigned('format');
  }
  const [, t, signature] = match as unknown as [string, string, string];
  if (Math.abs(at.getTime() / 1000 - Number(t)) > SIGNATURE_TOLERANCE_SECONDS) {
    throw unsigned('time');
  }
  const expected = createHmac('sha256', secret).update(`${t}.${raw}`).digest();
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) {
    throw unsigned('mismatch');
  }
}

const unsigned = (why: UnsignedWhy): ProblemError =>
  new ProblemError(401, { id: 'orderUnsigned', why });
