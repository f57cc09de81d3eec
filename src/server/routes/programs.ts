/**
 * Programs of record (admin writes, anyone reads published versions) and their enrollments:
 * one by one (admin), from a CSV file (admin, all or nothing), and the list (admin, hosts).
 */
import { randomUUID } from 'node:crypto';
import { Hono, type MiddlewareHandler } from 'hono';
import { EnrollmentCreate } from '../../policy/enrollments.js';
import { ProgramStatus, ProgramWrite } from '../../policy/programs.js';
import { parse } from '../../policy/schemas.js';
import { bearerIdentity, requireRole, type AuthEnv } from '../auth.js';
import type { AppContext } from '../context.js';
import {
  enrolled,
  enrollmentOf,
  enrollmentPage,
  enrollmentTarget,
  unknownEvent,
} from '../enrollment-records.js';
import { importEnrollments } from '../enrollment-import.js';
import { pathId } from '../ids.js';
import { currentVersion, noSuchProgram, readsDrafts, workedOut } from '../program-records.js';
import { invalid } from '../problem.js';
import { withReasonsIn } from '../reply-reasons.js';
import { replyLocale } from '../request-locale.js';
import { validBody } from '../request.js';
import { publicEvent } from './events.js';
import type { ProgramRecord } from '../store/store.js';

export function programRoutes({ store, policy, tokens, now }: AppContext) {
  const admin = requireRole(tokens, 'admin');

  /** Every version of the path's program as `c.var.versions` (oldest first), or 404. */
  const versionsOf: MiddlewareHandler<{ Variables: { versions: ProgramRecord[] } }> = async (
    c,
    next,
  ) => {
    const id = pathId(c, 'id');
    const versions = id === undefined ? [] : await store.listProgramVersions(id);
    if (versions.length === 0) throw noSuchProgram();
    c.set('versions', versions);
    await next();
  };

  return new Hono<AuthEnv>()
    .post('/', admin, validBody(ProgramWrite), async (c) => {
      const createdAt = now().toISOString();
      const record = workedOut(c.var.body, [], policy, { id: randomUUID(), version: 1, createdAt });
      await store.addProgram(record);
      return c.json(withReasonsIn(record.program, replyLocale(c)), 201);
    })
    .get('/', async (c) => {
      const drafts = readsDrafts(await bearerIdentity(c, tokens));
      const status = c.req.query('status');
      if (status !== undefined && !parse(ProgramStatus, status).ok) {
        throw invalid([{ path: 'status', message: 'must be draft or published' }]);
      }
      const byProgram = new Map<string, ProgramRecord[]>();
      for (const record of await store.listProgramVersions()) {
        byProgram.set(record.program.id, [...(byProgram.get(record.program.id) ?? []), record]);
      }
      const programs = [...byProgram.values()]
        .map((versions) => currentVersion(versions, !drafts)?.program)
        .filter((program) => program !== undefined)
        .filter((program) => status === undefined || program.status === status);
      const locale = replyLocale(c);
      return c.json(programs.map((program) => withReasonsIn(program, locale)));
    })
    .get('/:id', versionsOf, async (c) => {
      const drafts = readsDrafts(await bearerIdentity(c, tokens));
      const asked = c.req.query('version');
      if (asked !== undefined && !/^[1-9]\d{0,8}$/.test(asked)) {
        throw invalid([{ path: 'version', message: 'must be a version number (1, 2, ...)' }]);
      }
      const versions = c.var.versions;
      const record =
        asked === undefined
          ? currentVersion(versions, !drafts)
          : versions.find(
              ({ program }) =>
                program.version === Number(asked) && (drafts || program.status === 'published'),
            );
      if (!record) throw noSuchProgram();
      return c.json(withReasonsIn(record.program, replyLocale(c)));
    })
    .get('/:id/events', versionsOf, async (c) => {
      // The sessions a learner reads before enrolling; a draft's stay as hidden as the draft.
      const drafts = readsDrafts(await bearerIdentity(c, tokens));
      if (!currentVersion(c.var.versions, !drafts)) throw noSuchProgram();
      const events = await store.listProgramEvents(c.var.versions[0]!.program.id);
      return c.json(events.map((event) => publicEvent(event)));
    })
    .put('/:id', admin, versionsOf, validBody(ProgramWrite), async (c) => {
      const body = c.var.body;
      let edited: ProgramRecord | undefined;
      await store.changeProgram(c.var.versions[0]!.program.id, ({ versions, events }) => {
        const latest = versions.at(-1)!.program;
        // A draft is still being written: it changes in place. A published version is on
        // record (enrollments name it), so an edit makes the next version.
        if (latest.status === 'draft') {
          edited = workedOut(body, events, policy, latest);
          return { replace: [edited] };
        }
        const next = { id: latest.id, version: latest.version + 1, createdAt: now().toISOString() };
        edited = workedOut(body, events, policy, next);
        return { add: edited };
      });
      return c.json(withReasonsIn(edited!.program, replyLocale(c)));
    })
    .post('/:id/publish', admin, versionsOf, async (c) => {
      let published: ProgramRecord | undefined;
      await store.changeProgram(c.var.versions[0]!.program.id, ({ versions }) => {
        const latest = versions.at(-1)!;
        published = {
          input: { ...latest.input, status: 'published' },
          program: { ...latest.program, status: 'published' },
        };
        return latest.program.status === 'published' ? {} : { replace: [published] };
      });
      return c.json(withReasonsIn(published!.program, replyLocale(c)));
    })
    .post('/:id/enrollments', admin, versionsOf, validBody(EnrollmentCreate), async (c) => {
      const target = await enrollmentTarget(store, c.var.versions[0]!.program.id);
      const made = enrollmentOf(target, c.var.body, now().toISOString());
      if (!made.ok) throw unknownEvent(made.error);
      return enrolled(c, await store.addEnrollments([made.value]));
    })
    .post('/:id/enrollments/import', admin, versionsOf, async (c) => {
      const target = await enrollmentTarget(store, c.var.versions[0]!.program.id);
      return c.json(await importEnrollments(c, store, target, now().toISOString()));
    })
    .get('/:id/enrollments', requireRole(tokens, 'host', 'admin'), versionsOf, async (c) => {
      const { identity, versions } = c.var;
      const programId = versions[0]!.program.id;
      if (identity.role === 'host') {
        // Hosts named on one of the program's events; the program is not theirs otherwise.
        const events = await store.listProgramEvents(programId);
        if (!events.some((event) => event.hosts?.includes(identity.sub))) throw noSuchProgram();
      }
      return c.json(await enrollmentPage(c, store, { programId }));
    });
}
