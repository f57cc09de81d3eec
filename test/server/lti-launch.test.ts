/**
 * The LTI 1.3 tool: registration, keys, OIDC login, and every check of a launch, each
 * refused on its own with a plain HTML page, a 4xx status and a log line.
 */
import { generateKeyPair } from 'jose';
import { describe, expect, it, vi } from 'vitest';
import { verifyToken } from '../../src/server/auth.js';
import { learnerIdOf } from '../../src/server/lti/claims.js';
import { people, secret } from './helpers.js';
import { FakePlatform, ROLE } from './lti-fake-platform.js';
import {
  ISSUER,
  TOOL,
  launch,
  learnerSpec,
  login,
  ltiApi,
  postLaunch,
  registerPlatform,
  session,
} from './lti-harness.js';

const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';

describe('platform registration', () => {
  it('registers a platform by hand, active at once, and lists it for admins only', async () => {
    const api = await ltiApi({ register: false });
    const body = api.platform.registration();
    const created = await api.request('/v1/lti/platforms', { as: people.root, json: body });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ ...body, status: 'active', adminRoles: [] });
    const again = await api.request('/v1/lti/platforms', { as: people.root, json: body });
    expect(again.status).toBe(409);
    const host = await api.request('/v1/lti/platforms', { as: people.grace, json: body });
    expect(host.status).toBe(403);
    expect((await api.request('/v1/lti/platforms', { as: people.grace })).status).toBe(403);
    const list = (await (
      await api.request('/v1/lti/platforms', { as: people.root })
    ).json()) as unknown[];
    expect(list).toHaveLength(1);
  });

  it('refuses a registration with a field missing or not a URL', async () => {
    const api = await ltiApi({ register: false });
    const response = await api.request('/v1/lti/platforms', {
      as: people.root,
      json: { ...api.platform.registration(), jwksUri: 'not a url', deploymentIds: [] },
    });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: { path: string }[] };
    expect(problem.errors.map((error) => error.path).sort()).toEqual(['deploymentIds', 'jwksUri']);
  });

  it('activates only a platform that exists', async () => {
    const api = await ltiApi();
    const response = await api.request('/v1/lti/platforms/nope/activate', {
      as: people.root,
      method: 'POST',
    });
    expect(response.status).toBe(404);
  });
});

describe('the tool keys', () => {
  it('publishes one RS256 key with a kid, the same on every call', async () => {
    const api = await ltiApi();
    const first = (await (await api.request('/lti/jwks')).json()) as {
      keys: { kid: string; alg: string; kty: string; d?: string }[];
    };
    expect(first.keys).toHaveLength(1);
    expect(first.keys[0]).toMatchObject({ alg: 'RS256', kty: 'RSA', use: 'sig' });
    expect(first.keys[0]!.d).toBeUndefined();
    const second = (await (await api.request('/lti/jwks')).json()) as typeof first;
    expect(second.keys[0]!.kid).toBe(first.keys[0]!.kid);
  });

  it('keeps the old key published for 24 hours after a rotation', async () => {
    const api = await ltiApi();
    const kids = async () =>
      ((await (await api.request('/lti/jwks')).json()) as { keys: { kid: string }[] }).keys.map(
        (key) => key.kid,
      );
    const [old] = await kids();
    const rotated = await api.request('/v1/lti/keys/rotate', { as: people.root, method: 'POST' });
    const { kid } = (await rotated.json()) as { kid: string };
    expect(await kids()).toEqual([old, kid]);
    api.clock.now = new Date(api.clock.now.getTime() + 23 * 3600_000);
    expect(await kids()).toEqual([old, kid]);
    api.clock.now = new Date(api.clock.now.getTime() + 2 * 3600_000);
    expect(await kids()).toEqual([kid]);
    const host = await api.request('/v1/lti/keys/rotate', { as: people.grace, method: 'POST' });
    expect(host.status).toBe(403);
  });

  it('serves the configuration an admin pastes into Canvas', async () => {
    const api = await ltiApi();
    const config = (await (await api.request('/lti/config')).json()) as Record<string, unknown>;
    expect(config).toMatchObject({
      oidc_initiation_url: `${TOOL}/lti/login`,
      target_link_uri: `${TOOL}/lti/launch`,
      public_jwk_url: `${TOOL}/lti/jwks`,
    });
  });
});

describe('OIDC login initiation', () => {
  it('redirects to the authorization endpoint with every parameter and a fresh state', async () => {
    const api = await ltiApi();
    const first = await login(api, 'ada');
    const params = Object.fromEntries(first.location.searchParams);
    expect(`${first.location.origin}${first.location.pathname}`).toBe(`${ISSUER}/authorize`);
    expect(params).toMatchObject({
      scope: 'openid',
      response_type: 'id_token',
      response_mode: 'form_post',
      prompt: 'none',
      client_id: api.platform.clientId,
      redirect_uri: `${TOOL}/lti/launch`,
      login_hint: 'ada',
    });
    const second = await login(api, 'ada');
    expect(second.state).not.toBe(first.state);
    expect(second.nonce).not.toBe(first.nonce);
  });

  it('takes a form post too, and passes lti_message_hint on', async () => {
    const api = await ltiApi();
    const response = await api.request('/lti/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        iss: ISSUER,
        login_hint: 'ada',
        target_link_uri: `${TOOL}/lti/launch`,
        lti_message_hint: 'message-7',
        lti_deployment_id: api.platform.deploymentId,
      }).toString(),
    });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location')!);
    expect(location.searchParams.get('lti_message_hint')).toBe('message-7');
  });

  it('refuses an unregistered issuer with a plain page and a log line', async () => {
    const api = await ltiApi();
    const query = new URLSearchParams({
      iss: 'https://other.example.test',
      login_hint: 'ada',
      target_link_uri: `${TOOL}/lti/launch`,
    });
    const response = await api.request(`/lti/login?${query.toString()}`);
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('Platform not registered');
    expect(html).not.toMatch(/at .*\.ts:\d+/);
    expect(api.logs.some((line) => line.includes('lti refused'))).toBe(true);
  });

  it('refuses a target outside the tool', async () => {
    const api = await ltiApi();
    const query = new URLSearchParams({
      iss: ISSUER,
      login_hint: 'ada',
      target_link_uri: 'https://evil.example.test/lti/launch',
    });
    expect((await api.request(`/lti/login?${query.toString()}`)).status).toBe(400);
  });

  it('offers platform storage when the platform names a storage target', async () => {
    const api = await ltiApi();
    const query = new URLSearchParams({
      iss: ISSUER,
      login_hint: 'ada',
      target_link_uri: `${TOOL}/lti/launch`,
      lti_storage_target: '_parent',
    });
    const response = await api.request(`/lti/login?${query.toString()}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('data-lti="store"');
    expect(html).toContain('data-storage-target="_parent"');
    expect(html).toContain(`data-storage-origin="${ISSUER}"`);
  });
});

/** A data- attribute of a page, its HTML escapes undone. */
const attribute = (html: string, name: string): string =>
  new RegExp(`data-${name}="([^"]+)"`)
    .exec(html)![1]!
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

describe('a launch bound through platform storage', () => {
  it('needs the value the login put in the platform’s storage to hand out a token', async () => {
    const api = await ltiApi();
    const query = new URLSearchParams({
      iss: ISSUER,
      login_hint: 'ada',
      target_link_uri: `${TOOL}/lti/launch`,
      lti_storage_target: '_parent',
    });
    /** A login through the storage page, then its launch: the launch page and the proof. */
    const storedLaunch = async () => {
      const page = await (await api.request(`/lti/login?${query.toString()}`)).text();
      const next = new URL(attribute(page, 'next'));
      const token = await api.platform.idToken(
        api.platform.claims(learnerSpec, next.searchParams.get('nonce')!),
      );
      const state = next.searchParams.get('state')!;
      const launched = await (await postLaunch(api, { id_token: token, state })).text();
      expect(attribute(launched, 'storage-key')).toBe(attribute(page, 'storage-key'));
      return { ticket: attribute(launched, 'ticket'), proof: attribute(page, 'storage-value') };
    };
    const first = await storedLaunch();
    const wrong = await api.request('/lti/session', {
      json: { ticket: first.ticket, proof: 'guessed' },
    });
    expect(wrong.status).toBe(401);
    const second = await storedLaunch();
    const right = await api.request('/lti/session', { json: second });
    expect(right.status).toBe(200);
  });
});

describe('a launch', () => {
  it('opens the widget its custom parameters choose, signed in through a ticket', async () => {
    const api = await ltiApi();
    const { response, html } = await launch(api);
    expect(response.status).toBe(200);
    expect(html).toContain('data-widget="cpe-credit-calculator"');
    expect(html).toContain('&#34;method&#34;:&#34;group-live&#34;');
    // No token in the page, the URL or a cookie: the page trades its ticket for one.
    expect(html).not.toMatch(/eyJ[\w-]+\.eyJ/);
    expect(response.headers.get('set-cookie')).toBeNull();
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain(`frame-ancestors ${ISSUER}`);
    expect(csp).toContain("script-src 'self'");
    const { body, ticket } = await session(api, html);
    const identity = await verifyToken(secret, body.token);
    const [platform] = await api.store.lti.listPlatforms();
    expect(identity).toEqual({
      sub: learnerIdOf(platform!.id, 'user-42'),
      role: 'learner',
      name: 'Ada Lovelace',
    });
    expect(api.logs.join('')).not.toContain(body.token);
    const reused = await api.request('/lti/session', { json: { ticket } });
    expect(reused.status).toBe(401);
  });

  it.each([
    ['es_MX', 'es'],
    ['fr-CA', 'fr'],
    ['de-DE', 'en'],
    [undefined, 'en'],
  ])(
    'gives the launch page the language of launch_presentation.locale %s',
    async (locale, lang) => {
      const api = await ltiApi();
      const presentation = { return_url: `${ISSUER}/course`, ...(locale ? { locale } : {}) };
      const { response, html } = await launch(api, learnerSpec, {
        [`${LTI}launch_presentation`]: presentation,
      });
      expect(response.status).toBe(200);
      expect(html).toContain(`<html lang="${lang}">`);
      // The page's own words in that language too, and those its script says later.
      const signingIn = {
        en: 'Signing you in…',
        es: 'Iniciando su sesión…',
        fr: 'Connexion en cours…',
      };
      expect(html).toContain(
        `<p class="launch-status" role="status">${signingIn[lang as 'en']}</p>`,
      );
      const words = /data-words="([^"]*)"/
        .exec(html)![1]!
        .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
      expect((JSON.parse(words) as { signingIn: string }).signingIn).toBe(signingIn[lang as 'en']);
    },
  );

  it('makes the same sub from two platforms two learners', async () => {
    const api = await ltiApi();
    const other = await FakePlatform.start(
      'https://lms-two.example.test',
      `${TOOL}/lti`,
      api.platform.toolFetch,
    );
    await registerPlatform(api, other);
    const fetchOf = api.platform.fetch;
    // The tool reaches both platforms: route each call to the one it names.
    Object.defineProperty(api.platform, 'fetch', {
      value: (input: string, init?: RequestInit) =>
        String(input).startsWith(other.issuer) ? other.fetch(input, init) : fetchOf(input, init),
    });
    const one = await session(api, (await launch(api)).html);
    const two = await session(api, (await launch(api, learnerSpec, {}, other)).html);
    const first = await verifyToken(secret, one.body.token);
    const second = await verifyToken(secret, two.body.token);
    expect(first!.sub).not.toBe(second!.sub);
  });

  it('makes an instructor the host of the events linked to the course, and of no other', async () => {
    const api = await ltiApi();
    const event = await api.request('/v1/events', {
      as: people.root,
      json: {
        title: 'Close',
        method: 'group-live',
        timeZone: 'UTC',
        segments: [{ start: '2030-01-01T14:00:00Z', end: '2030-01-01T16:00:00Z' }],
        hosts: ['someone-else'],
      },
    });
    const { id } = (await event.json()) as { id: string };
    const other = await api.request('/v1/events', {
      as: people.root,
      json: {
        title: 'Other',
        method: 'group-live',
        timeZone: 'UTC',
        segments: [{ start: '2030-01-01T14:00:00Z', end: '2030-01-01T16:00:00Z' }],
      },
    });
    const otherId = ((await other.json()) as { id: string }).id;
    const { html } = await launch(api, {
      sub: 'teacher-1',
      roles: [ROLE.instructor],
      custom: { cpe_widget: 'cpe-attendance-check-in', cpe_event_id: id },
    });
    expect(html).toContain('&#34;role&#34;:&#34;host&#34;');
    const { body } = await session(api, html);
    const identity = await verifyToken(secret, body.token);
    expect(identity).toMatchObject({ role: 'host', events: [id] });
    const code = await api.app.request(`/v1/events/${id}/code`, {
      headers: { authorization: `Bearer ${body.token}` },
    });
    expect(code.status).toBe(200);
    const elsewhere = await api.app.request(`/v1/events/${otherId}/code`, {
      headers: { authorization: `Bearer ${body.token}` },
    });
    expect(elsewhere.status).toBe(404);
  });

  it('makes an LMS administrator no CPE Kit admin unless the registration says so', async () => {
    const api = await ltiApi();
    const { response } = await launch(api, { ...learnerSpec, roles: [ROLE.admin] });
    expect(response.status).toBe(403);
    const trusting = await ltiApi({ register: false });
    await trusting.request('/v1/lti/platforms', {
      as: people.root,
      json: { ...trusting.platform.registration(), adminRoles: [ROLE.admin] },
    });
    const { html } = await launch(trusting, { ...learnerSpec, roles: [ROLE.admin] });
    const { body } = await session(trusting, html);
    expect(await verifyToken(secret, body.token)).toMatchObject({ role: 'admin' });
  });

  it('refuses a link that chooses no widget it offers', async () => {
    const api = await ltiApi();
    const { response, html } = await launch(api, {
      ...learnerSpec,
      custom: { cpe_widget: 'cpe-refund-review' },
    });
    expect(response.status).toBe(400);
    expect(html).toContain('No widget chosen');
  });
});

describe('launch validation refuses', () => {
  /** The status and title of the refusal page. */
  const refusal = async (response: Response) => {
    const html = await response.text();
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    return { status: response.status, title: /<h1>([^<]+)<\/h1>/.exec(html)?.[1] };
  };

  it('a launch without state or id_token', async () => {
    const api = await ltiApi();
    expect(await refusal(await postLaunch(api, { state: 'x' }))).toEqual({
      status: 400,
      title: 'The launch is incomplete',
    });
  });

  it('a state the tool never issued', async () => {
    const api = await ltiApi();
    const { nonce } = await login(api);
    const token = await api.platform.idToken(api.platform.claims(learnerSpec, nonce));
    expect(await refusal(await postLaunch(api, { id_token: token, state: 'made-up' }))).toEqual({
      status: 400,
      title: 'Unknown or used state',
    });
  });

  it('a state used twice', async () => {
    const api = await ltiApi();
    const { state, idToken } = await launch(api);
    expect(await refusal(await postLaunch(api, { id_token: idToken, state }))).toEqual({
      status: 400,
      title: 'Unknown or used state',
    });
  });

  it('a state that expired', async () => {
    const api = await ltiApi();
    const { state, nonce } = await login(api);
    const token = await api.platform.idToken(api.platform.claims(learnerSpec, nonce));
    api.clock.now = new Date(api.clock.now.getTime() + 11 * 60_000);
    expect((await refusal(await postLaunch(api, { id_token: token, state }))).title).toBe(
      'Unknown or used state',
    );
  });

  it('a signature by another key under the platform’s kid', async () => {
    const api = await ltiApi();
    const { state, nonce } = await login(api);
    const { privateKey } = await generateKeyPair('RS256');
    const token = await api.platform.idToken(api.platform.claims(learnerSpec, nonce), {
      key: privateKey,
    });
    expect(await refusal(await postLaunch(api, { id_token: token, state }))).toEqual({
      status: 401,
      title: 'Bad signature',
    });
  });

  it('a token signed with HS256', async () => {
    const api = await ltiApi();
    const { state, nonce } = await login(api);
    const hmac = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
    const token = await api.platform.idToken(api.platform.claims(learnerSpec, nonce), {
      key: hmac,
      alg: 'HS256',
    });
    expect((await refusal(await postLaunch(api, { id_token: token, state }))).status).toBe(401);
  });

  it('an unknown kid, after fetching the JWKS again (at most every 30 s)', async () => {
    const api = await ltiApi();
    await launch(api);
    const fetched = api.platform.jwksRequests;
    const { state, nonce } = await login(api);
    const { privateKey } = await generateKeyPair('RS256');
    const token = await api.platform.idToken(api.platform.claims(learnerSpec, nonce), {
      key: privateKey,
      kid: 'unknown-kid',
    });
    expect(await refusal(await postLaunch(api, { id_token: token, state }))).toEqual({
      status: 401,
      title: 'Unknown signing key',
    });
    // The set was just fetched: within the cooldown an unknown kid asks nothing more.
    expect(api.platform.jwksRequests).toBe(fetched);
  });

  it('nothing once the platform publishes its new key: the set is fetched again', async () => {
    const api = await ltiApi();
    await launch(api);
    const fetched = api.platform.jwksRequests;
    await api.platform.rotateKey();
    // Past the 30 s cooldown, a kid not in the cached set makes the tool read the JWKS again.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 31_000);
      api.clock.now = new Date();
      const { response } = await launch(api);
      expect(response.status).toBe(200);
      expect(api.platform.jwksRequests).toBe(fetched + 1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('an issuer nobody registered', async () => {
    const api = await ltiApi();
    const { state, nonce } = await login(api);
    const token = await api.platform.idToken(
      api.platform.claims(learnerSpec, nonce, { iss: 'https://other.example.test' }),
    );
    expect(await refusal(await postLaunch(api, { id_token: token, state }))).toEqual({
      status: 403,
      title: 'Platform not registered',
    });
  });

  it('an audience without the tool’s client id', async () => {
    const api = await ltiApi();
    const { state, nonce } = await login(api);
    const token = await api.platform.idToken(
      api.platform.claims(learnerSpec, nonce, { aud: 'another-tool' }),
    );
    expect(await refusal(await postLaunch(api, { id_token: token, state }))).toEqual({
      status: 403,
      title: 'Platform not registered',
    });
  });

  it('several audiences without azp naming the tool', async () => {
    const api = await ltiApi();
    const { state, nonce } = await login(api);
    const token = await api.platform.idToken(
      api.platform.claims(learnerSpec, nonce, {
        aud: [api.platform.clientId, 'another-tool'],
        azp: 'another-tool',
      }),
    );
    expect(await refusal(await postLaunch(api, { id_token: token, state }))).toEqual({
      status: 401,
      title: 'Wrong authorized party',
    });
  });

  it('an expired token', async () => {
    const api = await ltiApi();
    const { state, nonce } = await login(api);
    const past = Math.floor(Date.now() / 1000) - 600;
    const token = await api.platform.idToken(
      api.platform.claims(learnerSpec, nonce, { iat: past - 60, exp: past }),
    );
    expect(await refusal(await postLaunch(api, { id_token: token, state }))).toEqual({
      status: 401,
      title: 'Expired id_token',
    });
  });

  it('a token issued in the future, past the skew', async () => {
    const api = await ltiApi();
    const { state, nonce } = await login(api);
    const future = Math.floor(Date.now() / 1000) + 600;
    const token = await api.platform.idToken(
      api.platform.claims(learnerSpec, nonce, { iat: future, exp: future + 300 }),
    );
    expect(await refusal(await postLaunch(api, { id_token: token, state }))).toEqual({
      status: 401,
      title: 'Bad iat claim',
    });
  });

  it('a nonce other than the login’s', async () => {
    const api = await ltiApi();
    const { state } = await login(api);
    const token = await api.platform.idToken(api.platform.claims(learnerSpec, 'another-nonce'));
    expect(await refusal(await postLaunch(api, { id_token: token, state }))).toEqual({
      status: 401,
      title: 'Wrong nonce',
    });
  });

  it('a nonce seen before, even under a fresh state', async () => {
    const api = await ltiApi();
    const { nonce, idToken } = await launch(api);
    const [platform] = await api.store.lti.listPlatforms();
    const expires = new Date(Date.now() + 600_000).toISOString();
    await api.store.lti.putState(
      'fresh-state',
      'login',
      { platformId: platform!.id, nonce },
      expires,
    );
    expect(
      await refusal(await postLaunch(api, { id_token: idToken, state: 'fresh-state' })),
    ).toEqual({ status: 409, title: 'Replayed launch' });
  });

  it('a deployment the registration does not list', async () => {
    const api = await ltiApi();
    const { state, nonce } = await login(api);
    const token = await api.platform.idToken(
      api.platform.claims(learnerSpec, nonce, { [`${LTI}deployment_id`]: 'deployment-9' }),
    );
    expect(await refusal(await postLaunch(api, { id_token: token, state }))).toEqual({
      status: 403,
      title: 'Unknown deployment',
    });
  });

  it('another LTI version', async () => {
    const api = await ltiApi();
    const { state, nonce } = await login(api);
    const token = await api.platform.idToken(
      api.platform.claims(learnerSpec, nonce, { [`${LTI}version`]: '1.1' }),
    );
    expect(await refusal(await postLaunch(api, { id_token: token, state }))).toEqual({
      status: 400,
      title: 'Unsupported LTI version',
    });
  });

  it('another message type', async () => {
    const api = await ltiApi();
    const { state, nonce } = await login(api);
    const token = await api.platform.idToken(
      api.platform.claims(learnerSpec, nonce, { [`${LTI}message_type`]: 'LtiSubmissionReview' }),
    );
    expect(await refusal(await postLaunch(api, { id_token: token, state }))).toEqual({
      status: 400,
      title: 'Unsupported message type',
    });
  });

  it('a resource link launch without the link’s id', async () => {
    const api = await ltiApi();
    const { state, nonce } = await login(api);
    const token = await api.platform.idToken(
      api.platform.claims(learnerSpec, nonce, { [`${LTI}resource_link`]: { title: 'x' } }),
    );
    expect(await refusal(await postLaunch(api, { id_token: token, state }))).toEqual({
      status: 400,
      title: 'No resource link',
    });
  });

  it('a launch from a platform that is not activated yet', async () => {
    const api = await ltiApi({ register: false });
    const pending = { ...api.platform.registration(), status: 'pending' as const };
    await api.store.lti.addPlatform({
      ...pending,
      id: 'pending-platform',
      adminRoles: [],
      registeredBy: 'dynamic',
      createdAt: new Date().toISOString(),
    });
    const query = new URLSearchParams({
      iss: ISSUER,
      login_hint: 'ada',
      target_link_uri: `${TOOL}/lti/launch`,
    });
    const response = await api.request(`/lti/login?${query.toString()}`);
    expect(await refusal(response)).toEqual({ status: 403, title: 'Platform not activated' });
  });
});
