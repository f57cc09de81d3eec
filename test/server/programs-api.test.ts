/** `/v1/programs`: who may write and read, versions, and credits worked out from events. */
import type { Identity } from '../../src/server/auth.js';
import { describe, expect, it } from 'vitest';
import { Program, type Program as ProgramAnswer } from '../../src/policy/programs.js';
import { parse } from '../../src/policy/schemas.js';
import {
  createProgram,
  eventBody,
  json,
  liveProgramBody,
  people,
  selfStudyBody,
  testApi,
} from './helpers.js';

const hal = { sub: 'hal', role: 'host' } as const;

describe('creating a program', async () => {
  const api = await testApi();

  it('is for admins only', async () => {
    expect((await api.request('/v1/programs', { json: liveProgramBody })).status).toBe(401);
    for (const as of [people.ada, people.grace]) {
      expect((await api.request('/v1/programs', { as, json: liveProgramBody })).status).toBe(403);
    }
    expect(await api.store.listProgramVersions()).toEqual([]);
  });

  it('answers the body with id, version 1, published, and the credits the engine works out', async () => {
    const response = await api.request('/v1/programs', { as: people.root, json: selfStudyBody });
    expect(response.status).toBe(201);
    const program = await json<ProgramAnswer>(response);
    expect(parse(Program, program).ok).toBe(true);
    expect(program).toMatchObject({
      ...selfStudyBody,
      version: 1,
      status: 'published',
      creditsOffered: { nasba: 1.4, icma: 1.4 },
      fieldsOfStudy: [{ field: 'Accounting', credits: 1.4 }],
      policyVersion: 'ima-2026.1',
      createdAt: '2026-03-02T14:05:00.000Z',
    });
    expect(program.reasons.length).toBeGreaterThan(0);
  });

  it('refuses credits that cannot be worked out (422, nothing stored)', async () => {
    const before = (await api.store.listProgramVersions()).length;
    const cases: [object, string][] = [
      [{ ...selfStudyBody, creditInput: undefined }, 'creditInput'],
      [
        {
          ...selfStudyBody,
          fieldsOfStudy: [
            { field: 'Accounting', credits: 1 },
            { field: 'Taxes', credits: 1 },
          ],
        },
        'fieldsOfStudy',
      ],
    ];
    for (const [body, path] of cases) {
      const response = await api.request('/v1/programs', { as: people.root, json: body });
      expect(response.status, path).toBe(422);
      expect(
        (await json(response)).errors?.map((error) => error.path),
        path,
      ).toEqual([path]);
    }
    expect(await api.store.listProgramVersions()).toHaveLength(before);
  });
});

describe('reading programs', async () => {
  const api = await testApi();
  const published = await createProgram(api);
  const draft = await createProgram(api, { ...selfStudyBody, status: 'draft' });

  it('shows anyone the published ones only; admins all, or by ?status=', async () => {
    const ids = async (path: string, as?: Identity) =>
      (await json<ProgramAnswer[]>(await api.request(path, as ? { as } : {}))).map((p) => p.id);
    expect(await ids('/v1/programs')).toEqual([published.id]);
    expect(await ids('/v1/programs', people.ada)).toEqual([published.id]);
    expect((await ids('/v1/programs', people.root)).sort()).toEqual(
      [published.id, draft.id].sort(),
    );
    expect(await ids('/v1/programs?status=draft', people.root)).toEqual([draft.id]);
    expect((await api.request('/v1/programs?status=gone', { as: people.root })).status).toBe(400);
  });

  it('answers a draft as missing to anyone but an admin', async () => {
    expect((await api.request(`/v1/programs/${draft.id}`)).status).toBe(404);
    expect((await api.request(`/v1/programs/${draft.id}`, { as: people.grace })).status).toBe(404);
    expect((await api.request(`/v1/programs/${draft.id}`, { as: people.root })).status).toBe(200);
    expect((await api.request(`/v1/programs/${published.id}`)).status).toBe(200);
    expect((await api.request('/v1/programs/none')).status).toBe(404);
    expect((await api.request(`/v1/programs/${published.id}?version=x`)).status).toBe(400);
  });
});

describe('editing and publishing', async () => {
  const api = await testApi();
  const program = await createProgram(api);
  const put = (id: string, body: object, as: Identity = people.root) =>
    api.request(`/v1/programs/${id}`, { as, method: 'PUT', json: body });

  it('makes a new version of a published program; the old one stays readable', async () => {
    expect((await put(program.id, liveProgramBody, people.grace)).status).toBe(403);
    const edited = await put(program.id, { ...liveProgramBody, title: 'Month-end close, 2026' });
    expect(edited.status).toBe(200);
    expect(await json<ProgramAnswer>(edited)).toMatchObject({
      version: 2,
      title: 'Month-end close, 2026',
    });
    const latest = await json<ProgramAnswer>(await api.request(`/v1/programs/${program.id}`));
    expect(latest.version).toBe(2);
    const first = await json<ProgramAnswer>(
      await api.request(`/v1/programs/${program.id}?version=1`),
    );
    expect(first).toMatchObject({ version: 1, title: 'Month-end close' });
    expect((await api.request(`/v1/programs/${program.id}?version=3`)).status).toBe(404);
  });

  it('changes a draft in place, and publishes it', async () => {
    const draft = await createProgram(api, { ...liveProgramBody, status: 'draft' });
    const edited = await put(draft.id, { ...liveProgramBody, title: 'Renamed', status: 'draft' });
    expect(await json<ProgramAnswer>(edited)).toMatchObject({ version: 1, status: 'draft' });
    const publish = `/v1/programs/${draft.id}/publish`;
    expect((await api.request(publish, { as: people.grace, method: 'POST' })).status).toBe(403);
    const done = await api.request(publish, { as: people.root, method: 'POST' });
    expect(await json<ProgramAnswer>(done)).toMatchObject({
      version: 1,
      status: 'published',
      title: 'Renamed',
    });
    expect((await api.request(`/v1/programs/${draft.id}`)).status).toBe(200);
    expect((await put('none', liveProgramBody)).status).toBe(404);
  });

  it('keeps the newest published version readable while a new draft is written', async () => {
    await put(program.id, { ...liveProgramBody, title: 'Work in progress', status: 'draft' });
    const seen = await json<ProgramAnswer>(await api.request(`/v1/programs/${program.id}`));
    expect(seen).toMatchObject({ version: 2, title: 'Month-end close, 2026' });
    const admin = await api.request(`/v1/programs/${program.id}`, { as: people.root });
    expect(await json<ProgramAnswer>(admin)).toMatchObject({ version: 3, status: 'draft' });
  });
});

describe('events of a program', async () => {
  const api = await testApi();
  const split = {
    ...liveProgramBody,
    fieldsOfStudy: [
      { field: 'Accounting', credits: 1.2 },
      { field: 'Taxes', credits: 1 },
    ],
  };
  const program = await createProgram(api, split);
  const addEvent = (body: object) => api.request('/v1/events', { as: people.root, json: body });

  it('work the program’s credits out from the event (2.2 credits, split 1.2 + 1)', async () => {
    const response = await addEvent({ ...eventBody, programId: program.id });
    expect(response.status).toBe(201);
    expect(await json<{ programId: string }>(response)).toMatchObject({ programId: program.id });
    const seen = await json<ProgramAnswer>(await api.request(`/v1/programs/${program.id}`));
    expect(seen.creditsOffered).toEqual({ nasba: 2.2, icma: 2.2 });
  });

  it('lists the program’s events to anyone, without their hosts; a draft’s only to admins', async () => {
    const listed = await json<{ programId: string; hosts?: unknown }[]>(
      await api.request(`/v1/programs/${program.id}/events`),
    );
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((event) => event.programId === program.id && !('hosts' in event))).toBe(
      true,
    );
    expect(listed[0]).not.toHaveProperty('secret');
    const draft = await createProgram(api, { ...split, status: 'draft' });
    expect((await api.request(`/v1/programs/${draft.id}/events`)).status).toBe(404);
    expect((await api.request(`/v1/programs/${draft.id}/events`, { as: people.root })).status).toBe(
      200,
    );
    expect((await api.request('/v1/programs/none/events')).status).toBe(404);
  });

  it('refuses an event whose credits break the split: 422, nothing stored', async () => {
    const longer = {
      ...eventBody,
      programId: program.id,
      segments: [{ start: '2026-03-09T14:00:00Z', end: '2026-03-09T17:00:00Z' }],
      breaks: [],
    };
    // The smallest offering stands, so a longer event leaves 2.2; a shorter one breaks it.
    const shorter = {
      ...longer,
      segments: [{ start: '2026-03-09T14:00:00Z', end: '2026-03-09T15:40:00Z' }],
    };
    expect((await addEvent(longer)).status).toBe(201);
    const refused = await addEvent(shorter);
    expect(refused.status).toBe(422);
    expect((await json(refused)).errors?.[0]?.path).toBe('fieldsOfStudy');
    expect(await api.store.listProgramEvents(program.id)).toHaveLength(2);
    const seen = await json<ProgramAnswer>(await api.request(`/v1/programs/${program.id}`));
    expect(seen.creditsOffered.nasba).toBe(2.2);
  });

  it('refuses an unknown program and a method other than the program’s (422)', async () => {
    for (const [body, path] of [
      [{ ...eventBody, programId: 'none' }, 'programId'],
      [{ ...eventBody, method: 'group-internet', programId: program.id }, 'method'],
    ] as const) {
      const response = await addEvent(body);
      expect(response.status, path).toBe(422);
      expect((await json(response)).errors?.[0]?.path).toBe(path);
    }
  });

  it('works an edit out against the events: a split or method they do not fit is a 422', async () => {
    const put = (body: object) =>
      api.request(`/v1/programs/${program.id}`, { as: people.root, method: 'PUT', json: body });
    const before = await api.store.listProgramVersions(program.id);
    const badSplit = await put({
      ...split,
      fieldsOfStudy: [
        { field: 'Accounting', credits: 1 },
        { field: 'Taxes', credits: 1 },
      ],
    });
    expect(badSplit.status).toBe(422);
    expect((await json(badSplit)).errors?.[0]?.path).toBe('fieldsOfStudy');
    const otherMethod = await put({ ...split, deliveryMethod: 'group-internet' });
    expect(otherMethod.status).toBe(422);
    expect((await json(otherMethod)).errors?.[0]?.path).toBe('deliveryMethod');
    expect(await api.store.listProgramVersions(program.id)).toEqual(before);
    const single = await put({ ...split, fieldsOfStudy: [{ field: 'Taxes' }] });
    expect(await json<ProgramAnswer>(single)).toMatchObject({
      version: 2,
      fieldsOfStudy: [{ field: 'Taxes', credits: 2.2 }],
    });
  });

  it('keeps events without a program valid', async () => {
    expect((await addEvent(eventBody)).status).toBe(201);
  });
});

describe('hosts per event', async () => {
  const api = await testApi();
  const create = async (body: object) =>
    json<{ id: string }>(await api.request('/v1/events', { as: people.root, json: body }));
  const hosted = await create({ ...eventBody, hosts: ['grace'] });
  const open = await create(eventBody);

  it('lets a host run only the events listing them; another answers 404', async () => {
    for (const path of ['code', 'attendance', 'prompts']) {
      const url = `/v1/events/${hosted.id}/${path}`;
      expect((await api.request(url, { as: people.grace })).status, path).toBe(200);
      expect((await api.request(url, { as: hal })).status, path).toBe(404);
      expect((await api.request(url, { as: people.root })).status, path).toBe(200);
    }
    const prompt = await api.request(`/v1/events/${hosted.id}/prompts`, {
      as: hal,
      json: { question: 'Ready?' },
    });
    expect(prompt.status).toBe(404);
    const correction = await api.request(`/v1/events/${hosted.id}/corrections`, {
      as: hal,
      json: { replaces: 'x', kind: 'in', at: '2026-03-02T14:00:00Z', reason: 'late' },
    });
    expect(correction.status).toBe(404);
    expect(await api.store.listPrompts(hosted.id)).toEqual([]);
  });

  it('leaves an event without a hosts list open to any host, as before', async () => {
    expect((await api.request(`/v1/events/${open.id}/code`, { as: hal })).status).toBe(200);
  });

  it('shows the hosts list to admins and its hosts, not to anyone else', async () => {
    const hostsSeenBy = async (as?: Identity) =>
      (
        await json<{ hosts?: string[] }>(
          await api.request(`/v1/events/${hosted.id}`, as ? { as } : {}),
        )
      ).hosts;
    expect(await hostsSeenBy()).toBeUndefined();
    expect(await hostsSeenBy(people.ada)).toBeUndefined();
    expect(await hostsSeenBy(hal)).toBeUndefined();
    expect(await hostsSeenBy(people.grace)).toEqual(['grace']);
    expect(await hostsSeenBy(people.root)).toEqual(['grace']);
    expect((await api.request(`/v1/events/${hosted.id}`, { as: hal })).status).toBe(200);
  });
});
