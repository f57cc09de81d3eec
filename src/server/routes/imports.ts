/**
 * Webinar platform reports into the record (issue 15): `POST /events/{id}/imports` reads a
 * report and answers what it would store, storing no record (the file is kept, pending, for
 * the commit); `POST /events/{id}/imports/{importId}/commit` stores its records with their
 * provenance, all or nothing, once per file. The event's hosts and admins only.
 */
import { Hono } from 'hono';
import { parse } from '../../policy/schemas.js';
import { requireRole, type AuthEnv } from '../auth.js';
import type { AppContext } from '../context.js';
import { reevaluateEvent } from '../certificate-records.js';
import { eventOf } from '../event-access.js';
import { pathId } from '../ids.js';
import {
  analyseImport,
  fileHashOf,
  type EventRecords,
  type ImportOptions,
} from '../imports/analysis.js';
import { ImportCommitBody, ImportQuery, type ImportPreview } from '../../policy/imports.js';
import { ProblemError, invalid } from '../problem.js';
import { bodyBytes, requestHeader, validBody } from '../request.js';
import type { Store, StoredEvent } from '../store/store.js';

/** The largest report taken: a long webinar's full participant export fits well under it. */
export const IMPORT_LIMIT_BYTES = 10 * 1024 * 1024;
/** A preview not committed within a day is dropped with its file. */
const PENDING_MS = 86_400_000;
const REPORT_TYPES = /^(text\/csv|application\/octet-stream|text\/tab-separated-values)\s*(;|$)/i;

export function importRoutes(app: AppContext) {
  const { store, tokens, policy, now } = app;
  const host = requireRole(tokens, 'host', 'admin');
  const event = eventOf(store);

  return new Hono<AuthEnv>()
    .post('/:id/imports', host, event, async (c) => {
      const { event: on, identity } = c.var;
      if (!REPORT_TYPES.test(requestHeader(c, 'content-type') ?? '')) {
        throw new ProblemError(415, 'reportNotFile');
      }
      const options = optionsOf(c.req.query(), on);
      const bytes = await bodyBytes(c, IMPORT_LIMIT_BYTES);
      if (bytes.length === 0) throw new ProblemError(400, 'reportFileEmpty');
      const fileHash = fileHashOf(bytes);
      const committed = await store.committedImport(on.id, fileHash);
      // The same file again adds nothing: its preview is what it stored.
      if (committed) return c.json(committed.summary as ImportPreview);

      const at = now();
      const { preview } = analyseImport(
        bytes,
        options,
        await recordsOf(store, on),
        policy,
        at.toISOString(),
      );
      await store.savePendingImport(
        {
          id: preview.id,
          eventId: on.id,
          fileHash,
          format: preview.format,
          status: 'pending',
          options: { ...options },
          raw: bytes,
          createdBy: identity.sub,
          createdAt: at.toISOString(),
        },
        new Date(at.getTime() - PENDING_MS).toISOString(),
      );
      return c.json(preview);
    })
    .post('/:id/imports/:importId/commit', host, event, validBody(ImportCommitBody), async (c) => {
      const { event: on, body } = c.var;
      const importId = pathId(c, 'importId');
      const kept = importId === undefined ? undefined : await store.getImport(on.id, importId);
      if (!kept) {
        throw new ProblemError(404, 'importUnknown');
      }
      if (kept.status === 'committed') return c.json(kept.summary as ImportPreview);

      const options = kept.options as unknown as ImportOptions;
      const records = await recordsOf(store, on);
      const committedAt = now().toISOString();
      const assigned = new Map((body.assign ?? []).map(({ row, learnerId }) => [row, learnerId]));
      const { preview, mappableRows, checkIns, prompts, responses } = analyseImport(
        kept.raw,
        options,
        records,
        policy,
        committedAt,
        assigned,
      );
      refuseUnmappable(body, mappableRows);
      const summary: ImportPreview = { ...preview, committedAt };
      const outcome = await store.commitImport({
        importId: kept.id,
        eventId: on.id,
        committedAt,
        summary,
        checkIns,
        prompts: prompts.map((prompt) => ({ prompt, issuedBy: `import:${kept.id}` })),
        responses,
      });
      if (!outcome.created) return c.json(outcome.existing.summary as ImportPreview);
      // Imported attendance is attendance of record: certificates and LMS scores follow it,
      // for the learners it gave stays or answers (a poll report changes credits too).
      const learners = new Set([...checkIns, ...responses].map((row) => row.learnerId));
      await reevaluateEvent(app, on, learners);
      for (const learnerId of learners) {
        await app.attendanceEvaluated?.(on, learnerId, `import:${kept.id}`);
      }
      return c.json(summary, 201);
    });
}

function optionsOf(query: Record<string, string>, on: StoredEvent): ImportOptions {
  const parsed = parse(ImportQuery, query);
  if (!parsed.ok) throw invalid(parsed.errors);
  const { timeZone, format, dateOrder, includeStaff } = parsed.value;
  return {
    timeZone: timeZone ?? on.timeZone,
    ...(format ? { format } : {}),
    ...(dateOrder ? { dateOrder } : {}),
    includeStaff: includeStaff === 'true',
  };
}

async function recordsOf(store: Store, on: StoredEvent): Promise<EventRecords> {
  const [prompts, checkIns, responses, enrollments] = await Promise.all([
    store.listPrompts(on.id),
    store.listCheckIns(on.id),
    store.listResponses(on.id),
    on.programId ? store.listEnrollments({ programId: on.programId }) : Promise.resolve([]),
  ]);
  return {
    event: on,
    prompts,
    checkIns,
    responses,
    enrolled: enrollments.map(({ learner }) => learner),
  };
}

/** A mapping may name only people no enrolled learner matched, by their first row. */
function refuseUnmappable(body: ImportCommitBody, mappable: Set<number>): void {
  const errors = (body.assign ?? []).flatMap(({ row }, index) =>
    mappable.has(row)
      ? []
      : [{ path: `assign.${index}.row`, message: 'is not the first row of an unmatched person' }],
  );
  if (errors.length > 0) {
    throw new ProblemError(422, 'importNothingMapped', { errors });
  }
}
