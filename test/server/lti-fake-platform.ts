/**
 * A learning platform for the LTI tests, made with jose and Hono: its own RS256 key pair and
 * JWKS, an authorization endpoint that posts the id_token back to the tool, a token endpoint
 * that checks the tool's private_key_jwt, AGS score and NRPS membership endpoints (paged),
 * an OpenID configuration with a registration endpoint, a deep-link return address, and a
 * course page framing the tool (with LTI Platform Storage) for the browser tests.
 * Node tests reach it through `fetch` (app.request); e2e tests serve it on a port.
 */
import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import {
  SignJWT,
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  jwtVerify,
  type JWK,
  type JWTPayload,
} from 'jose';

const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';
export const ROLE = {
  learner: 'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner',
  instructor: 'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor',
  ta: 'http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant',
  admin: 'http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator',
};

export interface LaunchSpec {
  sub: string;
  roles: string[];
  name?: string;
  email?: string;
  custom?: Record<string, string>;
  deepLinking?: boolean;
  resourceLinkId?: string;
  contextId?: string;
  lineItem?: string;
  /** launch_presentation.locale: the user's language in the platform. */
  locale?: string;
}

interface Key {
  kid: string;
  privateKey: CryptoKey;
  jwk: JWK;
}

async function newKey(): Promise<Key> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const kid = randomUUID();
  return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256' } };
}

export class FakePlatform {
  readonly clientId = 'cpe-kit-client';
  readonly deploymentId = 'deployment-1';
  readonly app = new Hono();
  /** Launches the authorization endpoint answers, by login_hint. */
  readonly launches = new Map<string, LaunchSpec>();
  readonly scores: { lineItem: string; body: Record<string, unknown> }[] = [];
  readonly tokenRequests: string[] = [];
  readonly deepLinkResponses: JWTPayload[] = [];
  jwksRequests = 0;
  /** While set, the token and score endpoints answer 503 (and count the calls refused). */
  down = false;
  refusedWhileDown = 0;
  /** Course members, served two to a page. */
  members: { user_id: string; name?: string; roles: string[] }[] = [];
  registrationRequests: Record<string, unknown>[] = [];
  /** The `aud` its token endpoint wants in client assertions. */
  assertionAudience: string;

  private keys: Key[] = [];

  private constructor(
    readonly issuer: string,
    /** How the platform reaches the tool (its JWKS, to check client assertions). */
    readonly toolFetch: typeof fetch,
    readonly toolUrl: string,
  ) {
    this.assertionAudience = `${issuer}/token`;
    this.routes();
  }

  static async start(issuer: string, toolUrl: string, toolFetch: typeof fetch) {
    const platform = new FakePlatform(issuer, toolFetch, toolUrl);
    platform.keys = [await newKey()];
    return platform;
  }

  get key(): Key {
    return this.keys[this.keys.length - 1]!;
  }

  /** A new signing key, published beside the old one. */
  async rotateKey(): Promise<void> {
    this.keys.push(await newKey());
  }

  /** What POST /v1/lti/platforms takes for this platform. */
  registration(name = 'Fake LMS') {
    return {
      name,
      issuer: this.issuer,
      clientId: this.clientId,
      deploymentIds: [this.deploymentId],
      authorizationEndpoint: `${this.issuer}/authorize`,
      tokenEndpoint: `${this.issuer}/token`,
      jwksUri: `${this.issuer}/jwks`,
    };
  }

  /** Node tests: reach the platform without a socket. */
  readonly fetch = ((input: string | URL | Request, init?: RequestInit) =>
    Promise.resolve(
      this.app.request(input instanceof Request ? input : String(input), init),
    )) as typeof fetch;

  /** The claims of a launch; `overrides` replace any of them (undefined removes one). */
  claims(spec: LaunchSpec, nonce: string, overrides: Record<string, unknown> = {}) {
    const now = Math.floor(Date.now() / 1000);
    const claims: Record<string, unknown> = {
      iss: this.issuer,
      aud: this.clientId,
      sub: spec.sub,
      iat: now,
      exp: now + 300,
      nonce,
      ...(spec.name ? { name: spec.name } : {}),
      ...(spec.email ? { email: spec.email } : {}),
      [`${LTI}version`]: '1.3.0',
      [`${LTI}deployment_id`]: this.deploymentId,
      [`${LTI}roles`]: spec.roles,
      [`${LTI}context`]: { id: spec.contextId ?? 'course-1', title: 'Month-end close (Fall)' },
      [`${LTI}launch_presentation`]: {
        return_url: `${this.issuer}/course`,
        ...(spec.locale ? { locale: spec.locale } : {}),
      },
    };
    if (spec.deepLinking) {
      claims[`${LTI}message_type`] = 'LtiDeepLinkingRequest';
      claims[`${LTI}target_link_uri`] = `${this.toolUrl}/launch`;
      claims['https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings'] = {
        deep_link_return_url: `${this.issuer}/deep-link-return`,
        accept_types: ['ltiResourceLink'],
        accept_presentation_document_targets: ['iframe'],
        data: 'opaque-platform-data',
      };
    } else {
      claims[`${LTI}message_type`] = 'LtiResourceLinkRequest';
      claims[`${LTI}resource_link`] = { id: spec.resourceLinkId ?? 'link-1' };
      claims[`${LTI}custom`] = spec.custom ?? {};
      claims['https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice'] = {
        context_memberships_url: `${this.issuer}/memberships`,
        service_versions: ['2.0'],
      };
      if (spec.lineItem) {
        claims['https://purl.imsglobal.org/spec/lti-ags/claim/endpoint'] = {
          scope: ['https://purl.imsglobal.org/spec/lti-ags/scope/score'],
          lineitem: spec.lineItem,
        };
      }
    }
    for (const [name, value] of Object.entries(overrides)) {
      if (value === undefined) delete claims[name];
      else claims[name] = value;
    }
    return claims;
  }

  /** An id_token signed with the platform's key (or `key`, for forgeries). */
  async idToken(
    claims: Record<string, unknown>,
    options: { key?: CryptoKey; kid?: string; alg?: string } = {},
  ): Promise<string> {
    return new SignJWT(claims)
      .setProtectedHeader({
        alg: options.alg ?? 'RS256',
        kid: options.kid ?? this.key.kid,
        typ: 'JWT',
      })
      .sign(options.key ?? this.key.privateKey);
  }

  private outage(c: Context) {
    this.refusedWhileDown += 1;
    return c.text('down', 503);
  }

  private async toolKeys() {
    const response = await this.toolFetch(`${this.toolUrl}/jwks`);
    return createLocalJWKSet((await response.json()) as { keys: JWK[] });
  }

  private routes() {
    const app = this.app;
    app.get('/jwks', (c) => {
      this.jwksRequests += 1;
      return c.json({ keys: this.keys.map((key) => key.jwk) });
    });
    // The authorization endpoint: checks the tool's request, posts the id_token back.
    app.get('/authorize', async (c) => {
      const q = c.req.query();
      const spec = this.launches.get(q.login_hint ?? '');
      if (
        q.scope !== 'openid' ||
        q.response_type !== 'id_token' ||
        q.response_mode !== 'form_post' ||
        q.prompt !== 'none' ||
        q.client_id !== this.clientId ||
        q.redirect_uri !== `${this.toolUrl}/launch` ||
        !q.state ||
        !q.nonce ||
        !spec
      ) {
        return c.text('bad authorization request', 400);
      }
      const token = await this.idToken(this.claims(spec, q.nonce));
      return c.html(`<!doctype html><html lang="en"><head><title>Fake LMS</title><link rel="icon" href="data:,"></head><body>
<form method="post" action="${q.redirect_uri}">
<input type="hidden" name="id_token" value="${token}">
<input type="hidden" name="state" value="${q.state}">
</form><script>document.forms[0].submit()</script></body></html>`);
    });
    app.post('/token', async (c) => {
      if (this.down) return this.outage(c);
      const form = await c.req.parseBody();
      const assertion = typeof form.client_assertion === 'string' ? form.client_assertion : '';
      try {
        await jwtVerify(assertion, await this.toolKeys(), {
          issuer: this.clientId,
          subject: this.clientId,
          audience: this.assertionAudience,
        });
      } catch {
        return c.json({ error: 'invalid_client' }, 401);
      }
      if (form.grant_type !== 'client_credentials') return c.json({ error: 'bad grant' }, 400);
      this.tokenRequests.push(typeof form.scope === 'string' ? form.scope : '');
      return c.json({
        access_token: `access-${randomUUID()}`,
        token_type: 'bearer',
        expires_in: 3600,
      });
    });
    app.post('/lineitems/:id/scores', async (c) => {
      if (this.down) return this.outage(c);
      if (!c.req.header('authorization')?.startsWith('Bearer access-')) return c.text('no', 401);
      if (c.req.header('content-type') !== 'application/vnd.ims.lis.v1.score+json') {
        return c.text('bad type', 415);
      }
      this.scores.push({
        lineItem: `${this.issuer}/lineitems/${c.req.param('id')}`,
        body: await c.req.json(),
      });
      return c.body(null, 204);
    });
    app.get('/memberships', (c) => {
      if (!c.req.header('authorization')?.startsWith('Bearer access-')) return c.text('no', 401);
      const page = Number(c.req.query('page') ?? 0);
      const members = this.members.slice(page * 2, page * 2 + 2);
      if ((page + 1) * 2 < this.members.length) {
        c.header('link', `<${this.issuer}/memberships?page=${page + 1}>; rel="next"`);
      }
      return c.json({ id: `${this.issuer}/memberships`, members });
    });
    app.get('/.well-known/openid-configuration', (c) =>
      c.json({
        issuer: this.issuer,
        authorization_endpoint: `${this.issuer}/authorize`,
        token_endpoint: `${this.issuer}/token`,
        jwks_uri: `${this.issuer}/jwks`,
        registration_endpoint: `${this.issuer}/register`,
        'https://purl.imsglobal.org/spec/lti-platform-configuration': {
          product_family_code: 'fake-lms',
        },
      }),
    );
    app.post('/register', async (c) => {
      if (c.req.header('authorization') !== 'Bearer registration-token') return c.text('no', 401);
      this.registrationRequests.push(await c.req.json());
      return c.json({
        client_id: 'dynamic-client',
        'https://purl.imsglobal.org/spec/lti-tool-configuration': {
          deployment_id: 'dynamic-deployment',
        },
      });
    });
    app.post('/deep-link-return', async (c) => {
      const form = await c.req.parseBody();
      const jwt = typeof form.JWT === 'string' ? form.JWT : '';
      const { payload } = await jwtVerify(jwt, await this.toolKeys(), {
        issuer: this.clientId,
        audience: this.issuer,
      });
      this.deepLinkResponses.push(payload);
      return c.html(
        '<!doctype html><html lang="en"><head><title>Added</title><link rel="icon" href="data:,"></head><body><h1>Content added</h1></body></html>',
      );
    });
    // A course page: the tool in an iframe, started by a login initiation, with a storage frame.
    app.get('/course', (c) => {
      const hint = c.req.query('hint') ?? '';
      const storage = c.req.query('storage') === '1';
      const login = new URL(`${this.toolUrl}/login`);
      login.searchParams.set('iss', this.issuer);
      login.searchParams.set('login_hint', hint);
      login.searchParams.set('target_link_uri', `${this.toolUrl}/launch`);
      login.searchParams.set('client_id', this.clientId);
      login.searchParams.set('lti_deployment_id', this.deploymentId);
      if (storage) login.searchParams.set('lti_storage_target', '_parent');
      return c.html(`<!doctype html><html lang="en"><head><title>Course</title><link rel="icon" href="data:,"></head><body>
<h1>Course page</h1>
<iframe id="tool" title="CPE Kit" src="${login.href}" style="width:100%;border:1px solid #888" height="150"></iframe>
<script>
const stored = new Map();
addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.subject === 'lti.frameResize') document.getElementById('tool').height = data.height;
  if (data.subject === 'lti.put_data') {
    stored.set(event.origin + ' ' + data.key, data.value);
    event.source.postMessage({ subject: 'lti.put_data.response', message_id: data.message_id, key: data.key, value: data.value }, event.origin);
  }
  if (data.subject === 'lti.get_data') {
    event.source.postMessage({ subject: 'lti.get_data.response', message_id: data.message_id, key: data.key, value: stored.get(event.origin + ' ' + data.key) }, event.origin);
  }
});
</script></body></html>`);
    });
  }
}
