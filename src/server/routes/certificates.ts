/**
 * Certificates of completion: the list (a learner's own; admins filter by program, learner and
 * completion dates), the learner's eligibility for a program, one certificate as JSON, PDF or
 * an Open Badges 3.0 VC-JWT, the admin's revocation with a reason and bulk ZIP export; and the
 * public check of a presented credential.
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import * as v from 'valibot';
import { requireRole, type AuthEnv, type Identity } from '../auth.js';
import { certificateEligibility } from '../certificate-records.js';
import { certificateZip } from '../certificate-export.js';
import { certificatePdf } from '../certificate-pdf.js';
import type { AppContext } from '../context.js';
import { achievementCredential, signCredential, verifyCredential } from '../credentials.js';
import { pathId } from '../ids.js';
import { pageBody, pageQuery } from '../pagination.js';
import { ProblemError, invalid } from '../problem.js';
import { anonymousCall } from '../rate-limit.js';
import { validBody } from '../request.js';
import { withReasonsIn } from '../reply-reasons.js';
import { replyLocale } from '../request-locale.js';
import type { CertificateFilter, StoredCertificate } from '../store/store.js';

const CertificatePosition = v.object({ issuedAt: v.string(), id: v.string() });

export const RevokeRequest = v.object({
  reason: v.pipe(
    v.string('must be text'),
    v.trim(),
    v.minLength(1, 'is required: say why the certificate is revoked'),
    v.maxLength(2000),
  ),
});

export const VerifyRequest = v.object({
  credential: v.pipe(
    v.string('must be the VC-JWT as text'),
    v.minLength(1, 'is required'),
    v.maxLength(32_000),
  ),
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const notFound = () => new ProblemError(404, 'certificateUnknown');

/** The admin's filters from the query, each checked; a learner's list is always their own. */
function filterOf(c: Context, identity: Identity): Omit<CertificateFilter, 'limit' | 'after'> {
  const query = (name: string) => c.req.query(name) || undefined;
  const [programId, learnerId, from, to] = ['programId', 'learnerId', 'from', 'to'].map(query);
  const errors = [
    ...(from !== undefined && !DATE.test(from)
      ? [{ path: 'from', message: 'must be YYYY-MM-DD' }]
      : []),
    ...(to !== undefined && !DATE.test(to) ? [{ path: 'to', message: 'must be YYYY-MM-DD' }] : []),
  ];
  if (errors.length > 0) throw invalid(errors);
  const own = identity.role === 'learner' ? identity.sub : learnerId;
  return {
    ...(programId ? { programId } : {}),
    ...(own ? { learnerId: own } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}

export function certificateRoutes(app: AppContext) {
  const { store, tokens, now } = app;
  const reader = requireRole(tokens, 'learner', 'admin');
  const admin = requireRole(tokens, 'admin');

  /**
   * The certificate of the path as `c.var.stored`, or 404: another learner's answers as
   * missing, its existence being none of theirs.
   */
  const certificateOf =
    (suffix = ''): MiddlewareHandler<AuthEnv & { Variables: { stored: StoredCertificate } }> =>
    async (c, next) => {
      const raw = pathId(c, 'id');
      const id = raw?.endsWith(suffix) ? raw.slice(0, raw.length - suffix.length) : undefined;
      const stored = id ? await store.getCertificate(id) : undefined;
      const identity = c.var.identity;
      if (
        !stored ||
        (identity.role !== 'admin' && stored.certificate.learner.id !== identity.sub)
      ) {
        throw notFound();
      }
      c.set('stored', stored);
      await next();
    };

  return new Hono<AuthEnv>()
    .get('/', reader, async (c) => {
      const filter = filterOf(c, c.var.identity);
      const page = pageQuery(c, CertificatePosition);
      const rows = await store.listCertificates({
        ...filter,
        limit: page.limit + 1,
        ...(page.after ? { after: page.after } : {}),
      });
      const body = pageBody(c, rows, page, ({ certificate }) => ({
        issuedAt: certificate.issuedAt,
        id: certificate.id,
      }));
      return c.json({ ...body, items: body.items.map(({ certificate }) => certificate) });
    })
    .get('/eligibility', requireRole(tokens, 'learner'), async (c) => {
      const programId = c.req.query('programId');
      if (!programId) throw invalid([{ path: 'programId', message: 'is required' }]);
      const eligibility = await certificateEligibility(app, c.var.identity.sub, programId);
      return c.json(withReasonsIn(eligibility, replyLocale(c)));
    })
    .get('/export', admin, async (c) => {
      const filter = filterOf(c, c.var.identity);
      if (!filter.programId && !filter.from && !filter.to) {
        throw invalid([
          { path: 'programId', message: 'name a program, or a date range with from and to' },
        ]);
      }
      const name = `certificates-${filter.programId ?? `${filter.from ?? 'start'}-${filter.to ?? 'now'}`}.zip`;
      return c.body(certificateZip(store, filter), 200, {
        'content-type': 'application/zip',
        'content-disposition': `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
        'cache-control': 'no-store',
        // How many PDFs the ZIP holds: a client shows its progress as done of this total.
        'cpe-export-count': String(await store.countCertificates(filter)),
      });
    })
    .get('/:id{[A-Za-z0-9_-]+\\.pdf}', reader, certificateOf('.pdf'), async (c) => {
      const { certificate } = c.var.stored;
      const locale = replyLocale(c);
      const pdf = await certificatePdf(certificate, {
        locale,
        unitMinutes: app.policy.credits.unitMinutes,
      });
      return c.body(new Uint8Array(pdf), 200, {
        'content-type': 'application/pdf',
        'content-disposition': `inline; filename="certificate-${certificate.id}.pdf"`,
        'cache-control': 'private, no-store',
      });
    })
    .get('/:id', reader, certificateOf(), (c) => c.json(c.var.stored.certificate))
    .get('/:id/credential', reader, certificateOf(), async (c) => {
      const stored = c.var.stored;
      const { certificate } = stored;
      const [enrollment, versions] = await Promise.all([
        store.getEnrollment(certificate.enrollmentId),
        store.listProgramVersions(certificate.programId),
      ]);
      const program = versions.find(
        (record) => record.program.version === certificate.programVersion,
      )?.program;
      if (!enrollment || !program) throw notFound();
      const event = certificate.eventId ? await store.getEvent(certificate.eventId) : undefined;
      const firstStart = event?.segments.map(({ start }) => start).sort()[0];
      const credential = achievementCredential({
        stored,
        enrollment,
        program,
        startedAt: new Date(firstStart ?? enrollment.purchasedAt).toISOString(),
        publicUrl: app.publicUrl,
        policy: app.policy,
      });
      return c.body(await signCredential(store, credential), 200, {
        'content-type': 'application/vc+jwt',
        'content-disposition': `attachment; filename="certificate-${certificate.id}.jwt"`,
        'cache-control': 'private, no-store',
      });
    })
    .post(
      '/:id/revoke',
      admin,
      async (c, next) => {
        if (pathId(c, 'id') === undefined) throw notFound();
        await next();
      },
      validBody(RevokeRequest),
      async (c) => {
        const id = c.req.param('id');
        const revoked = await store.revokeCertificate(id, now().toISOString(), c.var.body.reason);
        if (revoked) return c.json(revoked.certificate);
        const existing = await store.getCertificate(id);
        if (!existing) throw notFound();
        throw new ProblemError(409, {
          id: 'certificateNotValid',
          status: existing.certificate.status,
        });
      },
    );
}

/** `POST /v1/credentials/verify`: anyone may check a credential they were shown. */
export function credentialRoutes(app: AppContext) {
  return new Hono().post('/verify', anonymousCall(app), validBody(VerifyRequest), async (c) =>
    c.json(await verifyCredential(app.store, app.publicUrl, c.var.body.credential, app.now())),
  );
}
