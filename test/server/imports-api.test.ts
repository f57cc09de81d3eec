/**
 * Platform reports into the record (issue 15): one fixture per platform under
 * test/fixtures/imports, with each learner's minutes and credits worked out by hand below.
 * Group-internet credit needs both time and interactions (RULES.md §3): at most one credit
 * per 3 completed interactions, in fifths, nothing under 1.0.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../src/policy/imports.js';
import type { Roster } from '../../src/policy/schemas.js';
import type { Identity } from '../../src/server/auth.js';
import {
  createEvent,
  createProgram,
  enroll,
  json,
  liveProgramBody,
  people,
  testApi,
  type TestApi,
} from './helpers.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/imports/${name}`, import.meta.url));

/** A 100-minute webinar, 2.0 credits offered, and five enrolled learners. */
async function webinar(
  api: TestApi,
  schedule: { timeZone: string; start: string; end: string },
  emails: Record<string, string> = {},
) {
  const program = await createProgram(api, {
    ...liveProgramBody,
    title: 'Year-end tax update',
    deliveryMethod: 'group-internet',
    timeZone: schedule.timeZone,
  });
  const eventId = await createEvent(api, {
    title: 'Year-end tax update',
    method: 'group-internet',
    timeZone: schedule.timeZone,
    segments: [{ start: schedule.start, end: schedule.end }],
    programId: program.id,
    hosts: ['grace'],
  });
  for (const sub of ['ada', 'bo', 'di', 'ed']) {
    await enroll(api, program.id, {
      learner: { sub, name: `Learner ${sub}`, email: emails[sub] ?? `${sub}@example.org` },
      pricePaidCents: 19_999,
      currency: 'USD',
      purchasedAt: '2026-03-01T10:00:00Z',
      orderRef: `${eventId}-${sub}`,
    });
  }
  return eventId;
}

/** New York, 12 March 2026 (EDT, UTC-4): 09:00-10:40 local. */
const NEW_YORK = {
  timeZone: 'America/New_York',
  start: '2026-03-12T13:00:00Z',
  end: '2026-03-12T14:40:00Z',
};

async function preview(
  api: TestApi,
  eventId: string,
  file: Buffer | string,
  {
    query = '',
    type = 'text/csv',
    as = people.grace,
  }: { query?: string; type?: string; as?: Identity } = {},
) {
  return api.request(`/v1/events/${eventId}/imports${query}`, {
    as,
    method: 'POST',
    headers: { 'content-type': type },
    body: typeof file === 'string' ? file : new Uint8Array(file),
  });
}

async function previewed(api: TestApi, eventId: string, file: Buffer, query = '') {
  const response = await preview(api, eventId, file, { query });
  expect(response.status, await response.clone().text()).toBe(200);
  return json<ImportPreview>(response);
}

async function commit(api: TestApi, eventId: string, id: string, body: object = {}) {
  return api.request(`/v1/events/${eventId}/imports/${id}/commit`, {
    as: people.grace,
    json: body,
  });
}

const byName = (result: ImportPreview, name: string) =>
  result.learners.find((learner) => learner.name === name)!;

async function roster(api: TestApi, eventId: string): Promise<Roster> {
  return json<Roster>(await api.request(`/v1/events/${eventId}/attendance`, { as: people.grace }));
}

describe('a Zoom meeting participants report', () => {
  it('reads drops, two devices, a guest, a late joiner and a 49.5-minute leaver', async () => {
    const api = await testApi({ at: '2026-03-12T16:00:00Z' });
    const eventId = await webinar(api, NEW_YORK);
    const result = await previewed(api, eventId, fixture('zoom-participants.csv'));

    expect(result.format).toBe('zoom-participants');
    // 03/12/2026 is 12 March or 3 December: only March is near the event.
    expect(result).toMatchObject({ dateOrder: 'mdy', dateOrderFrom: 'event' });
    expect(result.staffRowsLeftOut).toBe(1); // the host, named in the meeting block
    // Ada: 08:58:40-09:40 and 09:45-10:41:15, inside 09:00-10:40: 40 + 55 = 95 minutes.
    const ada = byName(result, 'Ada Lovelace');
    expect(ada).toMatchObject({ learnerId: 'ada', rows: [6, 7], attendedMinutes: 95 });
    expect(ada.intervals).toEqual([
      { start: '2026-03-12T12:58:40.000Z', end: '2026-03-12T13:40:00.000Z', rows: [6] },
      { start: '2026-03-12T13:45:00.000Z', end: '2026-03-12T14:41:15.000Z', rows: [7] },
    ]);
    expect(ada.flags).toContain('rejoined');
    // Bo: laptop 09:00-10:40 and phone 09:30-10:00 at once: 100 minutes, counted once.
    const bo = byName(result, 'Chen, Bo');
    expect(bo).toMatchObject({ learnerId: 'bo', attendedMinutes: 100 });
    expect(bo.intervals).toHaveLength(1);
    expect(bo.flags).toContain('overlapping-connections');
    // Di, in capitals in the report, joined 09:20: 80 minutes. Ed left at 09:49:30: 49.5.
    expect(byName(result, 'Di Patel')).toMatchObject({ learnerId: 'di', attendedMinutes: 80 });
    expect(byName(result, 'Ed Park')).toMatchObject({ learnerId: 'ed', attendedMinutes: 49.5 });
    // No interaction on record yet: a webinar credit needs 3 per credit, so 0 for everyone.
    for (const learner of result.learners) {
      expect(learner.credits).toEqual({ nasba: 0, icma: 0 });
    }
    expect(ada.flags).toContain('too-few-interactions');
    // The guest without an email is left for the host to map.
    expect(result.unmatched).toEqual([{ row: 10, name: "Cy's iPad", rows: [10] }]);
    // A preview stores no record.
    expect(await api.store.listCheckIns(eventId)).toEqual([]);
  });

  it('with the poll report, credits follow interactions completed while present', async () => {
    const api = await testApi({ at: '2026-03-12T16:00:00Z' });
    const eventId = await webinar(api, NEW_YORK);
    const participants = await previewed(api, eventId, fixture('zoom-participants.csv'));
    const stored = await commit(api, eventId, participants.id, {
      assign: [{ row: 10, learnerId: 'cy-guest' }],
    });
    expect(stored.status).toBe(201);

    const polls = await previewed(api, eventId, fixture('zoom-poll.csv'));
    expect(polls.format).toBe('zoom-poll');
    // Six polls, each issued at its first answer (Bo's): 09:10:05 ... 10:25:05.
    expect(polls.polls.map(({ at }) => at)).toEqual([
      '2026-03-12T13:10:05.000Z',
      '2026-03-12T13:25:05.000Z',
      '2026-03-12T13:40:30.000Z',
      '2026-03-12T13:55:05.000Z',
      '2026-03-12T14:10:05.000Z',
      '2026-03-12T14:25:05.000Z',
    ]);
    // Ada: 95 minutes = 1.8 by time. Her poll 3 answer (09:42) came while she was away, so 5
    // count: 5 / 3 = 1.67, 1.6 in fifths.
    expect(byName(polls, 'Ada Lovelace')).toMatchObject({
      promptsAnswered: 5,
      credits: { nasba: 1.6, icma: 1.6 },
    });
    expect(byName(polls, 'Ada Lovelace').flags).toContain('too-few-interactions');
    // Bo: 100 minutes = 2.0; six answers support 2.0.
    expect(byName(polls, 'Chen, Bo')).toMatchObject({ credits: { nasba: 2, icma: 2 } });
    // Di: 80 minutes = 1.6; five answers support 1.6 exactly.
    expect(byName(polls, 'Di Patel')).toMatchObject({
      promptsAnswered: 5,
      credits: { nasba: 1.6 },
    });
    expect(byName(polls, 'Di Patel').flags).not.toContain('too-few-interactions');
    // Ed: 49.5 minutes is under the 1.0 minimum, whatever he answered.
    expect(byName(polls, 'Ed Park')).toMatchObject({ credits: { nasba: 0 } });
    // The guest again, by name: 99 minutes = 1.8, six answers support 2.0, so 1.8.
    expect(polls.unmatched).toEqual([
      { row: 10, name: "Cy's iPad", rows: [10, 15, 19, 24, 28, 32] },
    ]);

    expect(
      (await commit(api, eventId, polls.id, { assign: [{ row: 10, learnerId: 'cy-guest' }] }))
        .status,
    ).toBe(201);
    const entries = (await roster(api, eventId)).entries;
    const credits = Object.fromEntries(
      entries.map((entry) => [entry.learnerId, entry.credits.nasba]),
    );
    expect(credits).toEqual({ ada: 1.6, bo: 2, 'cy-guest': 1.8, di: 1.6, ed: 0 });
    // The event is over: each enrolled learner's certificate follows the imported record, the
    // answers of the poll report included.
    const issued: Record<string, number | undefined> = {};
    for (const sub of ['ada', 'bo', 'di', 'ed']) {
      const [certificate] = await api.store.listCertificates({ learnerId: sub });
      issued[sub] = certificate?.certificate.credits.nasba;
    }
    expect(issued).toEqual({ ada: 1.6, bo: 2, di: 1.6, ed: undefined });
  });

  it('is stored once per file, with its provenance, beside the roster and its CSV', async () => {
    const api = await testApi({ at: '2026-03-12T16:00:00Z' });
    const eventId = await webinar(api, NEW_YORK);
    const file = fixture('zoom-participants.csv');
    const first = await previewed(api, eventId, file);
    expect((await commit(api, eventId, first.id)).status).toBe(201);
    const rows = await api.store.listCheckIns(eventId);
    // Ada's two stays, Bo's one, Di's and Ed's: 5 intervals, an in and an out each.
    expect(rows).toHaveLength(10);
    const adaIn = rows.find((row) => row.learnerId === 'ada' && row.kind === 'in')!;
    expect(adaIn.source).toEqual({ importId: first.id, fileHash: first.fileHash, rows: [6] });
    const kept = await api.store.getImport(eventId, first.id);
    expect(Buffer.from(kept!.raw).equals(file)).toBe(true);

    // The same file again: previewed as committed, and a second commit adds nothing.
    const again = await previewed(api, eventId, file);
    expect(again.committedAt).toBeDefined();
    expect((await commit(api, eventId, again.id)).status).toBe(200);
    // Read in another zone it is another preview, but the same file: committing adds nothing.
    const elsewhere = await previewed(api, eventId, file, '?timeZone=America/Chicago');
    expect(elsewhere.id).toBe(first.id);
    expect(await api.store.listCheckIns(eventId)).toHaveLength(10);

    const csv = await (
      await api.request(`/v1/events/${eventId}/attendance?format=csv`, { as: people.grace })
    ).text();
    // Ada's line: named after the report, first in 08:58:40 EDT, last out 10:41:15, 95 minutes.
    const ada = csv.split('\r\n').find((line) => line.split(',')[2] === 'ada')!;
    expect(ada.split(',').slice(3, 8)).toEqual([
      'Ada Lovelace',
      'no',
      '2026-03-12T12:58:40.000Z',
      '2026-03-12T14:41:15.000Z',
      '95',
    ]);
  });

  it('keeps the host rows when asked, and leaves imported records out of live check-in state', async () => {
    const api = await testApi({ at: '2026-03-12T16:00:00Z' });
    const eventId = await webinar(api, NEW_YORK);
    const result = await previewed(
      api,
      eventId,
      fixture('zoom-participants.csv'),
      '?includeStaff=true',
    );
    expect(result.staffRowsLeftOut).toBe(0);
    expect(result.unmatched.map(({ name }) => name)).toContain('Grace Hopper');
  });
});

describe('a Zoom participants report with "unique users" and no meeting block', () => {
  it('reads one row per person, and flags a row whose stays the platform merged', async () => {
    const api = await testApi({ at: '2026-03-12T16:00:00Z' });
    const eventId = await webinar(api, NEW_YORK);
    const result = await previewed(api, eventId, fixture('zoom-unique-users.csv'));
    expect(result.format).toBe('zoom-participants');
    // Ada's one row spans 08:58:40-10:41:15 (102.6 minutes) but says 99: a drop is hidden
    // in it. Her credit counts the span inside the session (100 minutes), and is flagged.
    const ada = byName(result, 'Ada Lovelace');
    expect(ada.attendedMinutes).toBe(100);
    expect(ada.flags).toContain('stays-merged-by-platform');
    expect(byName(result, 'Chen, Bo').flags).not.toContain('stays-merged-by-platform');
    expect(byName(result, 'Di Patel').attendedMinutes).toBe(80);
    // Without the meeting block the host cannot be told apart: listed for the host to leave out.
    expect(result.staffRowsLeftOut).toBe(0);
    expect(result.unmatched).toEqual([
      { row: 2, name: 'Grace Hopper', email: 'grace@sponsor.example', rows: [2] },
    ]);
  });
});

describe('a Zoom webinar attendee report', () => {
  it('reads the attendee section and leaves the host and panelists out', async () => {
    const api = await testApi({ at: '2026-03-12T16:00:00Z' });
    const eventId = await webinar(api, NEW_YORK);
    const result = await previewed(api, eventId, fixture('zoom-webinar.csv'));
    expect(result.format).toBe('zoom-webinar');
    expect(result.staffRowsLeftOut).toBe(2);
    // Ada 09:05-10:40 = 95 minutes; Bo 08:59-09:49:30 = 49.5 inside the session; Di never came.
    expect(
      result.learners.map(({ learnerId, attendedMinutes }) => [learnerId, attendedMinutes]),
    ).toEqual([
      ['ada', 95],
      ['bo', 49.5],
    ]);
  });
});

/** London, 19 March 2026 (GMT): 14:00-15:40, with five prompts the host ran in CPE Kit. */
async function teamsWebinar(api: TestApi) {
  const eventId = await webinar(
    api,
    { timeZone: 'Europe/London', start: '2026-03-19T14:00:00Z', end: '2026-03-19T15:40:00Z' },
    { bo: 'bo.chen@example.org' },
  );
  const answers: Record<string, string[]> = {
    '14:10': ['ada'],
    '14:30': ['ada', 'bo'],
    '14:50': ['ada', 'bo'],
    '15:10': ['ada', 'bo'],
    '15:30': ['ada'],
  };
  for (const [time, subs] of Object.entries(answers)) {
    api.clock.now = new Date(`2026-03-19T${time}:00Z`);
    const prompt = await json<{ id: string }>(
      await api.request(`/v1/events/${eventId}/prompts`, {
        as: people.grace,
        json: { question: `At ${time}?` },
      }),
    );
    api.clock.now = new Date(`2026-03-19T${time}:50Z`);
    for (const sub of subs) {
      await api.request(`/v1/events/${eventId}/prompts/${prompt.id}/responses`, {
        as: { sub, role: 'learner' },
        json: { answer: 'Yes' },
      });
    }
  }
  api.clock.now = new Date('2026-03-19T18:00:00Z');
  return eventId;
}

describe('a Microsoft Teams attendance report', () => {
  // Ada: 14:00-14:45 and 15:00-15:40 = 85 minutes = 1.6 by time. Present for the prompts of
  // 14:10, 14:30, 15:10 and 15:30 (away at 14:50, so that answer does not count): 4 / 3 =
  // 1.33, 1.2 in fifths. Bo (matched by his UPN; no email in the report): 14:25-15:40 = 75
  // minutes = 1.4; present for 4 prompts, answered 3 (75%): 3 / 3 = 1.0.
  const expected = [
    ['ada', 85, 1.2],
    ['bo', 75, 1],
  ];

  it('reads UK dates (UTF-16, tab-separated) and leaves organizer and presenter out', async () => {
    const api = await testApi();
    const eventId = await teamsWebinar(api);
    const result = await previewed(api, eventId, fixture('teams-uk.csv'));
    expect(result).toMatchObject({ format: 'teams', dateOrder: 'dmy', dateOrderFrom: 'file' });
    expect(result.staffRowsLeftOut).toBe(2);
    expect(result.learners.map((l) => [l.learnerId, l.attendedMinutes, l.credits.nasba])).toEqual(
      expected,
    );
  });

  it('reads the same meeting downloaded in the US, in the zone the host names', async () => {
    const api = await testApi();
    const eventId = await teamsWebinar(api);
    const response = await preview(api, eventId, fixture('teams-us.csv'), {
      query: '?timeZone=America/New_York',
      type: 'application/octet-stream',
    });
    const result = await json<ImportPreview>(response);
    expect(result).toMatchObject({ format: 'teams', dateOrder: 'mdy', dateOrderFrom: 'file' });
    expect(result.learners.map((l) => [l.learnerId, l.attendedMinutes, l.credits.nasba])).toEqual(
      expected,
    );
  });
});

describe('a Webex attendee report in a half-hour-offset zone', () => {
  it('reads Kolkata times (UTC+05:30) and unites two devices', async () => {
    const api = await testApi({ at: '2026-03-12T18:00:00Z' });
    // 19:30-21:10 in Kolkata is 14:00-15:40 UTC.
    const eventId = await webinar(api, {
      timeZone: 'Asia/Kolkata',
      start: '2026-03-12T14:00:00Z',
      end: '2026-03-12T15:40:00Z',
    });
    const result = await previewed(api, eventId, fixture('webex.csv'));
    expect(result.format).toBe('webex');
    expect(result.staffRowsLeftOut).toBe(1);
    // Ada: desktop 19:30-20:20 and phone 20:15-21:10: one stay, 100 minutes.
    const ada = byName(result, 'Ada Lovelace');
    expect(ada.intervals).toEqual([
      { start: '2026-03-12T14:00:00.000Z', end: '2026-03-12T15:40:00.000Z', rows: [3, 4] },
    ]);
    expect(ada.attendedMinutes).toBe(100);
    // Di left at 20:29:30 after joining 19:40: 49.5 minutes, no credit.
    expect(byName(result, 'Di Patel')).toMatchObject({
      attendedMinutes: 49.5,
      credits: { nasba: 0 },
    });
  });
});

describe('a GoTo Webinar attendee report', () => {
  it('reads named-month times with their zone abbreviation', async () => {
    const api = await testApi({ at: '2026-03-12T16:00:00Z' });
    const eventId = await webinar(api, NEW_YORK);
    const result = await previewed(api, eventId, fixture('goto-webinar.csv'));
    expect(result.format).toBe('goto-webinar');
    expect(result.staffRowsLeftOut).toBe(1);
    // Ada: 09:00-09:30 and 09:35-10:40: 30 + 65 = 95 minutes. Di did not attend.
    expect(result.learners.map((l) => [l.learnerId, l.attendedMinutes])).toEqual([['ada', 95]]);
  });

  it('refuses EDT times read as London time', async () => {
    const api = await testApi({ at: '2026-03-12T16:00:00Z' });
    const eventId = await webinar(api, NEW_YORK);
    const response = await preview(api, eventId, fixture('goto-webinar.csv'), {
      query: '?timeZone=Europe/London',
    });
    expect(response.status).toBe(422);
    expect((await json(response)).errors?.[0]?.path).toBe('rows.8.join');
  });
});

describe('the generic layout', () => {
  it('takes ISO times with an offset as they are, without one in the zone', async () => {
    const api = await testApi({ at: '2026-03-12T16:00:00Z' });
    const eventId = await webinar(api, NEW_YORK);
    const result = await previewed(api, eventId, fixture('generic.csv'));
    expect(result.format).toBe('generic');
    // Ada 100 minutes; Bo 09:30-10:20 New York time, 50 minutes; Grace is the host.
    expect(result.learners.map((l) => [l.learnerId, l.attendedMinutes])).toEqual([
      ['ada', 100],
      ['bo', 50],
    ]);
  });
});

describe('bad reports store nothing', () => {
  const bad: [string, string | Buffer, number, RegExp][] = [
    [
      'not text',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff]),
      400,
      /not valid UTF-8/,
    ],
    ['an unknown layout', 'id,score\n1,2\n', 422, /Unknown report layout/],
    [
      'a broken quote',
      'name,join,leave\n"Ada,2026-03-12 09:00,2026-03-12 10:00\n',
      400,
      /not a CSV/,
    ],
  ];
  it.each(bad)('refuses %s', async (_, file, status, title) => {
    const api = await testApi({ at: '2026-03-12T16:00:00Z' });
    const eventId = await webinar(api, NEW_YORK);
    const response = await preview(api, eventId, file);
    expect(response.status).toBe(status);
    const problem = await json(response);
    expect(`${problem.title}: ${problem.detail}`).toMatch(title);
  });

  it('names the rows with impossible times', async () => {
    const api = await testApi({ at: '2026-03-12T16:00:00Z' });
    const eventId = await webinar(api, NEW_YORK);
    const file =
      'name,email,join,leave\n' +
      'Ada,ada@example.org,2026-03-12 10:00,2026-03-12 09:00\n' +
      'Bo,bo@example.org,2026-03-14 09:00,2026-03-14 10:00\n';
    const response = await preview(api, eventId, file);
    expect(response.status).toBe(422);
    const paths = (await json(response)).errors!.map(({ path }) => path);
    // Row 2 leaves before it joins; row 3 is two days after the event.
    expect(paths).toEqual(['rows.2', 'rows.3.join', 'rows.3.leave']);
    expect(await api.store.listCheckIns(eventId)).toEqual([]);
  });

  it('refuses an ambiguous date order, and takes the host’s', async () => {
    const api = await testApi({ at: '2026-03-12T16:00:00Z' });
    // Sessions on 2 January and 1 February: 1/2 and 2/1 fit either way.
    const eventId = await createEvent(api, {
      title: 'Two-part series',
      method: 'group-internet',
      timeZone: 'America/New_York',
      segments: [
        { start: '2026-01-02T14:00:00Z', end: '2026-01-02T15:00:00Z' },
        { start: '2026-02-01T14:00:00Z', end: '2026-02-01T15:00:00Z' },
      ],
    });
    const file =
      'name,join,leave\n' +
      'Ada,01/02/2026 09:00 AM,01/02/2026 10:00 AM\n' +
      'Ada,02/01/2026 09:00 AM,02/01/2026 10:00 AM\n';
    const refused = await preview(api, eventId, file);
    expect(refused.status).toBe(422);
    expect((await json(refused)).title).toBe('The date format is ambiguous');
    const taken = await preview(api, eventId, file, { query: '?dateOrder=dmy' });
    expect(await json<ImportPreview>(taken)).toMatchObject({
      dateOrder: 'dmy',
      dateOrderFrom: 'host',
    });
  });

  it('refuses a file over 10 MB and one over 50,000 rows', async () => {
    const api = await testApi({ at: '2026-03-12T16:00:00Z' });
    const eventId = await webinar(api, NEW_YORK);
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 'a');
    expect((await preview(api, eventId, big)).status).toBe(413);
    const rows = 'name,join,leave\n' + 'Ada,2026-03-12 09:00,2026-03-12 10:00\n'.repeat(50_000);
    const response = await preview(api, eventId, rows);
    expect(response.status).toBe(413);
    expect((await json(response)).detail).toMatch(/50,000 rows/);
  });

  it('refuses a JSON body, learners and another event’s host', async () => {
    const api = await testApi({ at: '2026-03-12T16:00:00Z' });
    const eventId = await webinar(api, NEW_YORK);
    const file = fixture('generic.csv');
    expect((await preview(api, eventId, file, { type: 'application/json' })).status).toBe(415);
    expect((await preview(api, eventId, file, { as: people.ada })).status).toBe(403);
    expect((await preview(api, eventId, file, { as: { sub: 'other', role: 'host' } })).status).toBe(
      404,
    );
  });

  it('commits nothing when a mapping names a row that is not an unmatched person', async () => {
    const api = await testApi({ at: '2026-03-12T16:00:00Z' });
    const eventId = await webinar(api, NEW_YORK);
    const result = await previewed(api, eventId, fixture('zoom-participants.csv'));
    const response = await commit(api, eventId, result.id, {
      assign: [{ row: 6, learnerId: 'x' }],
    });
    expect(response.status).toBe(422);
    expect((await json(response)).errors).toEqual([
      { path: 'assign.0.row', message: 'is not the first row of an unmatched person' },
    ]);
    expect(await api.store.listCheckIns(eventId)).toEqual([]);
    expect((await commit(api, eventId, 'no-such-import')).status).toBe(404);
  });
});
