/**
 * The LTI Advantage services: Deep Linking (the signed response), grade passback through the
 * outbox (an outage, a restart, nothing twice), the course roster (NRPS, paged, cached) and
 * Dynamic Registration (pending until an admin activates it).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backoffSeconds, scoresUrl } from '../../src/server/lti/ags.js';
import { learnerIdOf } from '../../src/server/lti/claims.js';
import { scoreDeliveryOf } from '../../src/server/lti/index.js';
import { openSqliteStore } from '../../src/server/store/sqlite.js';
import { mintToken } from '../../src/server/auth.js';
import { people, secret } from './helpers.js';
import { ROLE } from './lti-fake-platform.js';
import {
  ISSUER,
  TOOL,
  launch,
  learnerSpec,
  liveEvent,
  ltiApi,
  session,
  type LtiTestApi,
} from './lti-harness.js';

const DL = 'https://purl.imsglobal.org/spec/lti-dl/claim/';
const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';

const bearer = (token: string, extra: Record<string, string> = {}) => ({
  authorization: `Bearer ${token}`,
  ...extra,
});

async function checkInOut(api: LtiTestApi, eventId: string, token: string, kind: 'in' | 'out') {
  const code = await api.request(`/v1/events/${eventId}/code`, { as: people.grace });
  const { code: value } = (await code.json()) as { code: string };
  const response = await api.app.request(`/v1/events/${eventId}/check-ins`, {
    method: 'POST',
    headers: bearer(token, { 'content-type': 'application/json' }),
    body: JSON.stringify({ kind, code: value }),
  });
  if (response.status !== 201) throw new Error(`check-${kind} refused: ${await response.text()}`);
}

/** A learner launched from a link with a line item, checked in, and out 50 minutes later. */
async function attend(api: LtiTestApi, eventId: string, sub = 'user-42') {
  // The platform signs with the real clock: each launch happens now.
  api.clock.now = new Date();
  const { html } = await launch(api, {
    ...learnerSpec,
    sub,
    custom: { cpe_widget: 'cpe-attendance-check-in', cpe_event_id: eventId },
    lineItem: `${ISSUER}/lineitems/7`,
  });
  const { body } = await session(api, html);
  await checkInOut(api, eventId, body.token, 'in');
  api.clock.now = new Date(api.clock.now.getTime() + 50 * 60_000);
  await checkInOut(api, eventId, body.token, 'out');
  return body.token;
}

describe('Deep Linking', () => {
  it('opens a picker for the course author and posts back a signed response', async () => {
    const api = await ltiApi();
    const eventId = await liveEvent(api);
    const { response, html } = await launch(api, {
      sub: 'teacher-1',
      roles: [ROLE.instructor],
      deepLinking: true,
    });
    expect(response.status).toBe(200);
    expect(html).toContain('data-lti="picker"');
    expect(html).toContain('<label for="f-widget">Widget</label>');
    const ticket = /name="ticket" value="([^"]+)"/.exec(html)![1]!;
    const post = (fields: Record<string, string>) =>
      api.request('/lti/deep-link', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      });
    const answer = await post({
      ticket,
      widget: 'cpe-attendance-check-in',
      title: 'Check in to the close',
      'attr-event-id': eventId,
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-security-policy')).toContain(`form-action 'self' ${ISSUER}`);
    const page = await answer.text();
    expect(page).toContain(`action="${ISSUER}/deep-link-return"`);
    const jwt = /name="JWT" value="([^"]+)"/.exec(page)![1]!;
    const returned = await api.platform.fetch(`${ISSUER}/deep-link-return`, {
      method: 'POST',
      body: new URLSearchParams({ JWT: jwt }),
    });
    expect(returned.status).toBe(200);
    const [payload] = api.platform.deepLinkResponses;
    expect(payload).toMatchObject({
      iss: api.platform.clientId,
      aud: ISSUER,
      [`${LTI}message_type`]: 'LtiDeepLinkingResponse',
      [`${LTI}version`]: '1.3.0',
      [`${LTI}deployment_id`]: api.platform.deploymentId,
      [`${DL}data`]: 'opaque-platform-data',
      [`${DL}content_items`]: [
        {
          type: 'ltiResourceLink',
          title: 'Check in to the close',
          url: `${TOOL}/lti/launch`,
          custom: { cpe_widget: 'cpe-attendance-check-in', cpe_event_id: eventId },
          lineItem: { scoreMaximum: 1.2, resourceId: eventId, tag: 'cpe-attendance' },
        },
      ],
    });
    expect(typeof payload!.nonce).toBe('string');
    // The picker's ticket is single use.
    expect((await post({ ticket, widget: 'cpe-credit-calculator' })).status).toBe(400);
  });

  it('refuses a learner the picker, and an unknown event in the choice', async () => {
    const api = await ltiApi();
    const learner = await launch(api, { ...learnerSpec, deepLinking: true });
    expect(learner.response.status).toBe(403);
    const { html } = await launch(api, { sub: 't', roles: [ROLE.instructor], deepLinking: true });
    const ticket = /name="ticket" value="([^"]+)"/.exec(html)![1]!;
    const answer = await api.request('/lti/deep-link', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        ticket,
        widget: 'cpe-attendance-check-in',
        'attr-event-id': 'nope',
      }).toString(),
    });
    expect(answer.status).toBe(400);
    expect(await answer.text()).toContain('No such event');
  });
});

describe('grade passback', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('posts the check-out’s score to the line item, once, with a cached service token', async () => {
    const api = await ltiApi();
    const eventId = await liveEvent(api);
    await attend(api, eventId);
    expect(await scoreDeliveryOf(api.app).deliverDue()).toBe(1);
    const [platform] = await api.store.lti.listPlatforms();
    expect(api.platform.scores).toEqual([
      {
        lineItem: `${ISSUER}/lineitems/7`,
        body: expect.objectContaining({
          userId: 'user-42',
          scoreGiven: 1,
          scoreMaximum: 1.2,
          activityProgress: 'Completed',
          gradingProgress: 'FullyGraded',
        }) as unknown,
      },
    ]);
    expect(String(api.platform.scores[0]!.body.comment)).toMatch(/ATTEND\./);
    expect(learnerIdOf(platform!.id, 'user-42')).toMatch(/^lti-/);
    expect(await scoreDeliveryOf(api.app).deliverDue()).toBe(0);
    expect(api.platform.scores).toHaveLength(1);
    // A second learner's score reuses the service token.
    await attend(api, eventId, 'user-43');
    await scoreDeliveryOf(api.app).deliverDue();
    expect(api.platform.scores).toHaveLength(2);
    expect(api.platform.tokenRequests).toEqual([
      'https://purl.imsglobal.org/spec/lti-ags/scope/score',
    ]);
  });

  it('signs its client assertion for the audience the registration names', async () => {
    const api = await ltiApi({ register: false });
    api.platform.assertionAudience = 'https://auth.example.test/token';
    await api.request('/v1/lti/platforms', {
      as: people.root,
      json: { ...api.platform.registration(), tokenAudience: api.platform.assertionAudience },
    });
    const eventId = await liveEvent(api);
    await attend(api, eventId);
    expect(await scoreDeliveryOf(api.app).deliverDue()).toBe(1);
  });

  it('keeps a score through an outage and sends it once the platform is back', async () => {
    const api = await ltiApi();
    const eventId = await liveEvent(api);
    await attend(api, eventId);
    api.platform.down = true;
    expect(await scoreDeliveryOf(api.app).deliverDue()).toBe(0);
    const [waiting] = await api.store.lti.listScores();
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
    expect(Date.parse(waiting!.nextAttemptAt) - api.clock.now.getTime()).toBe(30_000);
    // Not due yet: nothing is tried, even with the platform back.
    api.platform.down = false;
    expect(await scoreDeliveryOf(api.app).deliverDue()).toBe(0);
    api.clock.now = new Date(api.clock.now.getTime() + 30_000);
    expect(await scoreDeliveryOf(api.app).deliverDue()).toBe(1);
    expect(api.platform.scores).toHaveLength(1);
    expect((await api.store.lti.listScores())[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('loses nothing across a restart, and posts nothing twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpe-lti-'));
    dirs.push(dir);
    const file = join(dir, 'cpe.db');
    const first = await ltiApi({ store: await openSqliteStore(file) });
    const eventId = await liveEvent(first);
    await attend(first, eventId);
    first.platform.down = true;
    await scoreDeliveryOf(first.app).deliverDue();
    await first.store.close();

    const second = await ltiApi({ store: await openSqliteStore(file), register: false });
    second.clock.now = new Date(first.clock.now.getTime() + 60_000);
    // The same platform (issuer, client id) answers the restarted tool.
    const [platform] = await second.store.lti.listPlatforms();
    expect(platform?.issuer).toBe(ISSUER);
    expect(await scoreDeliveryOf(second.app).deliverDue()).toBe(1);
    expect(await scoreDeliveryOf(second.app).deliverDue()).toBe(0);
    expect(second.platform.scores).toHaveLength(1);
    await second.store.close();
  });

  it('queues nothing for a learner who did not launch from a line item', async () => {
    const api = await ltiApi();
    const eventId = await liveEvent(api);
    const token = await mintToken(secret, people.ada);
    await checkInOut(api, eventId, token, 'in');
    await checkInOut(api, eventId, token, 'out');
    expect(await api.store.lti.listScores()).toEqual([]);
  });

  it('backs off by doubling, to at most an hour, and posts to <line item>/scores', () => {
    expect([0, 1, 2, 10].map((n) => backoffSeconds(n))).toEqual([30, 60, 120, 3600]);
    expect([0, 1, 12].map((n) => backoffSeconds(n, 1))).toEqual([1, 2, 3600]);
    expect(scoresUrl('https://lms.example.test/lineitems/7?type=1')).toBe(
      'https://lms.example.test/lineitems/7/scores?type=1',
    );
  });
});

describe('the course roster', () => {
  it('lists the course learners who have not checked in, paged, cached, refreshed on demand', async () => {
    const api = await ltiApi();
    const eventId = await liveEvent(api);
    api.platform.members = [
      { user_id: 'user-42', name: 'Ada Lovelace', roles: [ROLE.learner] },
      { user_id: 'user-43', name: 'Bob Babbage', roles: [ROLE.learner] },
      { user_id: 'teacher-1', name: 'Grace Hopper', roles: [ROLE.instructor] },
      { user_id: 'user-44', name: 'Cy Clone', roles: [ROLE.learner] },
    ];
    const { html: learnerPage } = await launch(api, {
      ...learnerSpec,
      custom: { cpe_widget: 'cpe-attendance-check-in', cpe_event_id: eventId },
    });
    const learner = await session(api, learnerPage);
    await checkInOut(api, eventId, learner.body.token, 'in');
    const { html } = await launch(api, {
      sub: 'teacher-1',
      roles: [ROLE.instructor],
      custom: { cpe_widget: 'cpe-attendance-check-in', cpe_event_id: eventId },
    });
    expect(html).toContain(`data-roster-event="${eventId}"`);
    const host = await session(api, html);
    const roster = async (query = '') => {
      const response = await api.app.request(`/v1/lti/events/${eventId}/roster${query}`, {
        headers: bearer(host.body.token),
      });
      return (await response.json()) as { members: number; notCheckedIn: { name: string }[] };
    };
    const first = await roster();
    expect(first.members).toBe(3);
    expect(first.notCheckedIn.map((member) => member.name)).toEqual(['Bob Babbage', 'Cy Clone']);
    api.platform.members.push({ user_id: 'user-45', name: 'Di Late', roles: [ROLE.learner] });
    expect((await roster()).members).toBe(3);
    const fresh = await roster('?refresh=1');
    expect(fresh.notCheckedIn.map((member) => member.name)).toEqual([
      'Bob Babbage',
      'Cy Clone',
      'Di Late',
    ]);
    // A learner's token reads no roster.
    const refused = await api.app.request(`/v1/lti/events/${eventId}/roster`, {
      headers: bearer(learner.body.token),
    });
    expect(refused.status).toBe(403);
  });
});

describe('Dynamic Registration', () => {
  it('registers with the platform, pending until an admin activates it', async () => {
    const api = await ltiApi({ register: false });
    const query = new URLSearchParams({
      openid_configuration: `${ISSUER}/.well-known/openid-configuration`,
      registration_token: 'registration-token',
    });
    const response = await api.request(`/lti/register?${query.toString()}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('data-lti="registered"');
    const [request] = api.platform.registrationRequests;
    expect(request).toMatchObject({
      initiate_login_uri: `${TOOL}/lti/login`,
      redirect_uris: [`${TOOL}/lti/launch`],
      jwks_uri: `${TOOL}/lti/jwks`,
      token_endpoint_auth_method: 'private_key_jwt',
    });
    const [platform] = await api.store.lti.listPlatforms();
    expect(platform).toMatchObject({
      issuer: ISSUER,
      clientId: 'dynamic-client',
      deploymentIds: ['dynamic-deployment'],
      status: 'pending',
      registeredBy: 'dynamic',
    });
    const login = new URLSearchParams({
      iss: ISSUER,
      login_hint: 'ada',
      target_link_uri: `${TOOL}/lti/launch`,
    });
    expect((await api.request(`/lti/login?${login.toString()}`)).status).toBe(403);
    const activated = await api.request(`/v1/lti/platforms/${platform!.id}/activate`, {
      as: people.root,
      method: 'POST',
    });
    expect(await activated.json()).toMatchObject({ status: 'active' });
    expect((await api.request(`/lti/login?${login.toString()}`)).status).toBe(302);
  });

  it('refuses a configuration over plain http: the tool fetches only https URLs', async () => {
    const api = await ltiApi({ register: false });
    const plain = new URLSearchParams({
      openid_configuration: 'http://127.0.0.1:5432/.well-known/openid-configuration',
    });
    const response = await api.request(`/lti/register?${plain.toString()}`);
    expect(response.status).toBe(400);
    expect(api.platform.registrationRequests).toEqual([]);
  });

  it('refuses a configuration served from outside its issuer, or a refused token', async () => {
    const api = await ltiApi({ register: false });
    const elsewhere = new URLSearchParams({
      openid_configuration: 'https://evil.example.test/.well-known/openid-configuration',
    });
    const response = await api.request(`/lti/register?${elsewhere.toString()}`);
    expect(response.status).toBe(422);
    const badToken = new URLSearchParams({
      openid_configuration: `${ISSUER}/.well-known/openid-configuration`,
      registration_token: 'wrong',
    });
    expect((await api.request(`/lti/register?${badToken.toString()}`)).status).toBe(422);
    expect(await api.store.lti.listPlatforms()).toEqual([]);
  });
});
