/**
 * The LTI 1.3 tool's routes: `/lti/*` for platforms and browsers (JWKS, configuration,
 * Dynamic Registration, login, launch, session, Deep Linking) and `/v1/lti/*` for the
 * sponsor's admins and hosts (platforms, key rotation, a course roster). A refusal is a
 * plain HTML page with a 4xx status and a log line; never a stack trace, never the token.
 */
import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { randomUUID } from 'node:crypto';
import { requireRole, type AuthEnv } from '../auth.js';
import { pathId } from '../ids.js';
import { messagesFor } from '../locales/index.js';
import { ProblemError } from '../problem.js';
import { anonymousCall } from '../rate-limit.js';
import { validBody } from '../request.js';
import { replyLocale } from '../request-locale.js';
import { mayRun } from '../event-access.js';
import { contentSecurityPolicy } from '../security-headers.js';
import type { LtiPlatform } from '../store/lti-store.js';
import { pageScript, pageStyles } from './assets.js';
import { claim } from './claims.js';
import type { LtiContext } from './context.js';
import { deepLinkResponse } from './deep-linking.js';
import { publishedKeys, rotateKey } from './keys.js';
import { initiateLogin, LtiRefusal, validateLaunch, type LoginRequest } from './launch.js';
import type { CourseRosters } from './nrps.js';
import { autoPostPage, refusalPage, registeredPage, storagePage } from './pages.js';
import { registerDynamically, toolConfiguration } from './registration.js';
import { openLaunch, redeemTicket } from './session.js';

const originOf = (url: unknown): string | undefined => {
  try {
    return typeof url === 'string' ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
};

/** The origins that may frame the tool's pages: the active platforms', and the configured ones. */
async function frameAncestors(lti: LtiContext, extra: unknown[] = []): Promise<string> {
  const platforms = await lti.app.store.lti.listPlatforms();
  const origins = new Set(lti.frameAncestors);
  for (const platform of platforms.filter((p) => p.status === 'active')) {
    for (const url of [platform.issuer, platform.authorizationEndpoint]) {
      const origin = originOf(url);
      if (origin) origins.add(origin);
    }
  }
  for (const url of extra) {
    const origin = originOf(url);
    if (origin?.startsWith('http')) origins.add(origin);
  }
  return origins.size ? [...origins].join(' ') : "'self'";
}

async function htmlPage(
  c: Context,
  lti: LtiContext,
  html: string,
  options: {
    status?: 400 | 401 | 403 | 404 | 409 | 422;
    frames?: unknown[];
    formAction?: string;
  } = {},
): Promise<Response> {
  const csp = contentSecurityPolicy(
    await frameAncestors(lti, options.frames),
    options.formAction ? `'self' ${options.formAction}` : "'self'",
  );
  return c.html(html, options.status ?? 200, {
    'cache-control': 'no-store',
    'content-security-policy': csp,
  });
}

function refuse(c: Context, lti: LtiContext, error: unknown, step: string): Promise<Response> {
  if (!(error instanceof LtiRefusal)) throw error;
  lti.logger.warn({ step, status: error.status, reason: error.title }, 'lti refused');
  // Many refusals come before the id_token is verified, with no platform locale: the browser's
  // language is the one every refusal has.
  return htmlPage(c, lti, refusalPage(error, replyLocale(c)), { status: error.status });
}

const asStrings = (record: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(record).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );

async function formOf(c: Context): Promise<Record<string, string>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) return {};
  return asStrings(await c.req.parseBody());
}

/** `/lti/*`: what platforms and browsers call. */
export function ltiRoutes(lti: LtiContext) {
  // Anyone may call these, and each writes a row or fetches from a platform: counted per address.
  const counted = anonymousCall(lti.app);
  const login = async (c: Context, request: LoginRequest) => {
    try {
      const redirect = await initiateLogin(lti, request);
      if (!redirect.storage) return c.redirect(redirect.url, 302);
      return await htmlPage(c, lti, storagePage(redirect.url, redirect.storage, replyLocale(c)));
    } catch (error) {
      return refuse(c, lti, error, 'login');
    }
  };
  return new Hono()
    .get('/page.js', (c) =>
      c.body(pageScript, 200, {
        'content-type': 'text/javascript; charset=utf-8',
        'cache-control': 'public, max-age=300',
      }),
    )
    .get('/page.css', (c) =>
      c.body(pageStyles, 200, {
        'content-type': 'text/css; charset=utf-8',
        'cache-control': 'public, max-age=300',
      }),
    )
    .get('/jwks', async (c) =>
      c.json(await publishedKeys(lti.app.store.lti, lti.app.now()), 200, {
        'cache-control': 'public, max-age=300',
      }),
    )
    .get('/config', (c) => c.json(toolConfiguration(lti)))
    .get('/login', counted, (c) => login(c, c.req.query()))
    .post('/login', counted, async (c) => login(c, await formOf(c)))
    .post('/launch', counted, async (c) => {
      try {
        const launch = await validateLaunch(lti, await formOf(c));
        const presentation = launch.claims[claim.launchPresentation] as
          { return_url?: string } | undefined;
        const settings = launch.claims[claim.deepLinkingSettings] as
          { deep_link_return_url?: string } | undefined;
        return await htmlPage(c, lti, await openLaunch(lti, launch), {
          frames: [presentation?.return_url, settings?.deep_link_return_url],
        });
      } catch (error) {
        return refuse(c, lti, error, 'launch');
      }
    })
    .post(
      '/session',
      counted,
      validBody(
        v.object({
          ticket: v.pipe(v.string(), v.maxLength(100)),
          proof: v.optional(v.pipe(v.string(), v.maxLength(100))),
        }),
      ),
      async (c) => {
        const { ticket, proof } = c.var.body;
        const session = await redeemTicket(lti, ticket, proof);
        if (!session) {
          lti.logger.warn({ step: 'session' }, 'lti refused');
          throw new ProblemError(401, 'launchExpired');
        }
        c.header('cache-control', 'no-store');
        return c.json(session);
      },
    )
    .post('/deep-link', counted, async (c) => {
      try {
        const { returnUrl, jwt, lang } = await deepLinkResponse(lti, await formOf(c));
        return await htmlPage(
          c,
          lti,
          autoPostPage(returnUrl, { JWT: jwt }, messagesFor(lang).lti.adding, lang),
          {
            frames: [returnUrl],
            formAction: originOf(returnUrl)!,
          },
        );
      } catch (error) {
        return refuse(c, lti, error, 'deep-link');
      }
    })
    .get('/register', counted, async (c) => {
      try {
        const platform = await registerDynamically(
          lti,
          c.req.query('openid_configuration'),
          c.req.query('registration_token'),
        );
        return await htmlPage(c, lti, registeredPage(platform.name, replyLocale(c)), {
          frames: [platform.issuer],
        });
      } catch (error) {
        return refuse(c, lti, error, 'register');
      }
    });
}

const Url = v.pipe(v.string(), v.maxLength(2000), v.url('must be an absolute URL'));
const Text = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200));

export const PlatformRegistration = v.object({
  name: Text,
  issuer: Url,
  clientId: Text,
  deploymentIds: v.pipe(v.array(Text), v.minLength(1), v.maxLength(100)),
  authorizationEndpoint: Url,
  tokenEndpoint: Url,
  /** The client assertion's audience, when the platform names one other than its token endpoint. */
  tokenAudience: v.optional(Url),
  jwksUri: Url,
  /** LTI role URIs that make a CPE Kit admin; none by default. */
  adminRoles: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(300))), v.maxLength(20))),
});

export const LtiPlatformView = v.object({
  ...PlatformRegistration.entries,
  id: v.string(),
  adminRoles: v.array(v.string()),
  status: v.picklist(['pending', 'active']),
  registeredBy: v.picklist(['admin', 'dynamic']),
  createdAt: v.string(),
});

export const LtiRosterView = v.object({
  members: v.number(),
  notCheckedIn: v.array(
    v.object({
      userId: v.string(),
      name: v.optional(v.string()),
      email: v.optional(v.string()),
      roles: v.array(v.string()),
    }),
  ),
  fetchedAt: v.string(),
});

/** `/v1/lti/*`: the sponsor's admins register platforms and rotate keys; hosts read rosters. */
export function ltiAdminRoutes(lti: LtiContext, rosters: CourseRosters) {
  const admin = requireRole(lti.app.tokens, 'admin');
  const platformOf = async (c: Context): Promise<LtiPlatform> => {
    const id = pathId(c, 'id');
    const platform = id && (await lti.app.store.lti.getPlatform(id));
    if (!platform) throw new ProblemError(404, 'platformUnknown');
    return platform;
  };
  return new Hono<AuthEnv>()
    .post('/platforms', admin, validBody(PlatformRegistration), async (c) => {
      const body = c.var.body;
      const platform: LtiPlatform = {
        id: randomUUID(),
        ...body,
        adminRoles: body.adminRoles ?? [],
        // An admin's own registration is trusted at once; a dynamic one waits for activation.
        status: 'active',
        registeredBy: 'admin',
        createdAt: lti.app.now().toISOString(),
      };
      if (!(await lti.app.store.lti.addPlatform(platform))) {
        throw new ProblemError(409, 'platformRegistered');
      }
      return c.json(platform, 201);
    })
    .get('/platforms', admin, async (c) => c.json(await lti.app.store.lti.listPlatforms()))
    .post('/platforms/:id/activate', admin, async (c) => {
      const platform = await platformOf(c);
      return c.json(await lti.app.store.lti.activatePlatform(platform.id));
    })
    .post('/keys/rotate', admin, async (c) => {
      const kid = await rotateKey(lti.app.store.lti, lti.app.now());
      return c.json({ kid });
    })
    .get('/events/:id/roster', requireRole(lti.app.tokens, 'host', 'admin'), async (c) => {
      const id = pathId(c, 'id');
      const event = id === undefined ? undefined : await lti.app.store.getEvent(id);
      if (!event || !mayRun(c.var.identity, event)) {
        throw new ProblemError(404, 'eventUnknown');
      }
      try {
        const roster = await rosters.notCheckedIn(event, c.req.query('refresh') === '1');
        c.header('cache-control', 'no-store');
        return c.json(roster);
      } catch (error) {
        if (error instanceof LtiRefusal) {
          throw new ProblemError(502, { id: 'platformRefused', refusal: error.said });
        }
        throw error;
      }
    });
}
