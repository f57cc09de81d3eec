/**
 * The durable issuance schedule: one job per program event, due when its last segment ends
 * (or when a host closes it), kept in the store. A sweep, at start and on a timer, claims the
 * due jobs with a lease and re-evaluates each enrolled learner. A restart re-runs what was not
 * finished, a second process cannot claim a job the first holds, and the re-evaluation is
 * idempotent, so nothing is skipped and nothing doubled.
 */
import type { Logger } from 'pino';
import { reevaluateEvent, scheduledEnd } from './certificate-records.js';
import type { AppContext } from './context.js';

type Context = Pick<AppContext, 'store' | 'policy' | 'now' | 'publicUrl'>;

/** Long enough for an event's learners; a process that dies frees its jobs after this. */
export const JOB_LEASE_MS = 5 * 60_000;
export const SWEEP_INTERVAL_MS = 60_000;

/** Runs every due job once; answers how many events it finished. */
export async function sweepCertificates(app: Context): Promise<number> {
  const { store } = app;
  await store.scheduleCertificateJobs(scheduledEnd);
  const claimed = await store.claimCertificateJobs(app.now(), JOB_LEASE_MS);
  for (const eventId of claimed) await runCertificateJob(app, eventId);
  return claimed.length;
}

/** One claimed job: every enrollment of the event re-evaluated, then the job marked done. */
export async function runCertificateJob(app: Context, eventId: string): Promise<number> {
  const event = await app.store.getEvent(eventId);
  const valid = event ? await reevaluateEvent(app, event) : 0;
  await app.store.finishCertificateJob(eventId, app.now().toISOString());
  return valid;
}

/** Sweeps now and then every `intervalMs`; the timer never keeps the process alive. */
export function startCertificateSchedule(
  app: Context,
  logger: Logger,
  intervalMs = SWEEP_INTERVAL_MS,
): { stop(): void } {
  let running: Promise<unknown> | undefined;
  const sweep = () => {
    // One sweep at a time in this process; other processes are kept off by the leases.
    running ??= sweepCertificates(app)
      .catch((error: unknown) =>
        logger.error({ err: { message: (error as Error).message } }, 'certificate sweep failed'),
      )
      .finally(() => (running = undefined));
  };
  sweep();
  const timer = setInterval(sweep, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
