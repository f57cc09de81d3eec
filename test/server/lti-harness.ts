/**
 * The LTI tool on an in-memory (or file) SQLite store, a fake platform it reaches through
 * fetch, and the steps of a launch: login initiation, the platform's id_token, the launch
 * post, the session ticket.
 */
import { Writable } from 'node:stream';
import type { Hono } from 'hono';
import pino from 'pino';
import { createApp } from '../../src/server/app.js';
import { mintToken, type Identity } from '../../src/server/auth.js';
import { openSqliteStore } from '../../src/server/store/sqlite.js';
import type { Store } from '../../src/server/store/store.js';
import { FakePlatform, type LaunchSpec } from './lti-fake-platform.js';
import { people, secret } from './helpers.js';

export const TOOL = 'https://tool.example.test';
export const ISSUER = 'https://lms.example.test';

export interface LtiTestApi {
  app: Hono;
  store: Store;
  platform: FakePlatform;
  clock: { now: Date };
  logs: string[];
  request(path: string, init?: RequestInit & { as?: Identity; json?: unknown }): Promise<Response>;
}

export async function ltiApi(
  options: { store?: Store; issuer?: string; register?: boolean } = {},
): Promise<LtiTestApi> {
  const store = options.store ?? (await openSqliteStore(':memory:'));
  const clock = { now: new Date() };
  const logs: string[] = [];
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(chunk.toString());
        done();
      },
    }),
  );
  // The platform is made after the app (it reaches the tool through it): the app calls it late.
  const reach: { platform?: FakePlatform } = {};
  const app = createApp({
    store,
    tokenSecret: secret,
    now: () => clock.now,
    publicUrl: TOOL,
    logger,
    lti: { fetch: (input, init) => reach.platform!.fetch(input, init) },
  });
  const toolFetch = ((input: string | URL | Request, init?: RequestInit) =>
    Promise.resolve(
      app.request(input instanceof Request ? input : String(input), init),
    )) as typeof fetch;
  const platform = (reach.platform = await FakePlatform.start(
    options.issuer ?? ISSUER,
    `${TOOL}/lti`,
    toolFetch,
  ));
  const api: LtiTestApi = {
    app,
    store,
    platform,
    clock,
    logs,
    async request(path, { as, json, headers, ...init } = {}) {
      const all = new Headers(headers);
      if (as) all.set('authorization', `Bearer ${await mintToken(secret, as)}`);
      if (json !== undefined) all.set('content-type', 'application/json');
      return app.request(path, {
        ...init,
        headers: all,
        ...(json !== undefined
          ? { method: init.method ?? 'POST', body: JSON.stringify(json) }
          : {}),
      });
    },
  };
  if (options.register !== false) await registerPlatform(api, platform);
  return api;
}

export async function registerPlatform(api: LtiTestApi, platform: FakePlatform) {
  const response = await api.request('/v1/lti/platforms', {
    as: people.root,
    json: platform.registration(),
  });
  if (response.status !== 201) throw new Error(`not registered: ${await response.text()}`);
  return (await response.json()) as { id: string };
}

/** A login initiation; answers the state and nonce the tool sent to the platform. */
export async function login(api: LtiTestApi, hint = 'ada', platform = api.platform) {
  const query = new URLSearchParams({
    iss: platform.issuer,
    login_hint: hint,
    target_link_uri: `${TOOL}/lti/launch`,
    client_id: platform.clientId,
  });
  const response = await api.request(`/lti/login?${query.toString()}`);
  if (response.status !== 302) throw new Error(`login refused: ${await response.text()}`);
  const location = new URL(response.headers.get('location')!);
  return {
    location,
    state: location.searchParams.get('state')!,
    nonce: location.searchParams.get('nonce')!,
  };
}

export function postLaunch(api: LtiTestApi, fields: Record<string, string>) {
  return api.request('/lti/launch', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}

export const learnerSpec: LaunchSpec = {
  sub: 'user-42',
  name: 'Ada Lovelace',
  email: 'ada@example.org',
  roles: ['http://purl.imsglobal.org/vocab/lis/v2/membership#Learner'],
  custom: { cpe_widget: 'cpe-credit-calculator', cpe_method: 'group-live' },
};

/** Login, then a launch with the platform's claims (changed by `overrides`). */
export async function launch(
  api: LtiTestApi,
  spec: LaunchSpec = learnerSpec,
  overrides: Record<string, unknown> = {},
  platform = api.platform,
) {
  const { state, nonce } = await login(api, spec.sub, platform);
  const idToken = await platform.idToken(platform.claims(spec, nonce, overrides));
  const response = await postLaunch(api, { id_token: idToken, state });
  return { response, state, nonce, idToken, html: await response.text() };
}

/** The ticket a launch page carries, traded for its session token. */
export async function session(api: LtiTestApi, html: string) {
  const ticket = /data-ticket="([^"]+)"/.exec(html)?.[1];
  if (!ticket) throw new Error(`no ticket in the page: ${html}`);
  const response = await api.request('/lti/session', { json: { ticket } });
  return { response, ticket, body: (await response.json()) as { token: string } };
}

/** An event running now: started 5 minutes ago, an hour long. */
export async function liveEvent(api: LtiTestApi): Promise<string> {
  const start = api.clock.now.getTime() - 5 * 60_000;
  const response = await api.request('/v1/events', {
    as: people.root,
    json: {
      title: 'Month-end close',
      method: 'group-live',
      timeZone: 'UTC',
      segments: [
        {
          start: new Date(start).toISOString(),
          end: new Date(start + 60 * 60_000).toISOString(),
        },
      ],
    },
  });
  return ((await response.json()) as { id: string }).id;
}
