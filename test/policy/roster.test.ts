import { beforeAll, describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../src/policy/policy.js';
import { buildRoster, rosterToCsv, type RosterEvent } from '../../src/policy/roster.js';
import type { Roster } from '../../src/policy/schemas.js';

const event: RosterEvent = {
  id: 'ev-1',
  title: 'Revenue recognition, live',
  method: 'group-live',
  timeZone: 'America/New_York',
  segments: [{ start: '2026-03-10T09:00:00-04:00', end: '2026-03-10T11:00:00-04:00' }],
  breaks: [],
};
const now = '2026-03-10T12:00:00-04:00';

describe('buildRoster', () => {
  let roster: Roster;
  beforeAll(() => {
    roster = buildRoster(
      event,
      [
        {
          learnerId: 'zed',
          name: 'Zed Young',
          records: [
            { kind: 'in', at: '2026-03-10T09:00:00-04:00' },
            { kind: 'out', at: '2026-03-10T10:00:00-04:00' },
          ],
          responses: [],
        },
        {
          learnerId: 'amy',
          name: 'Amy Abbott',
          // Out of order on purpose: the roster reads them by time.
          records: [
            { kind: 'out', at: '2026-03-10T15:00:00Z' },
            { kind: 'in', at: '2026-03-10T12:55:00Z' },
          ],
          responses: [],
        },
        {
          learnerId: 'kim',
          records: [{ kind: 'in', at: '2026-03-10T09:20:00-04:00' }],
          responses: [],
        },
        { learnerId: 'nobody', records: [], responses: [] },
      ],
      defaultPolicy,
      now,
    );
  });
  const entry = (id: string) => roster.entries.find((item) => item.learnerId === id)!;

  it('has one entry per learner, sorted by name, and counts who is present', () => {
    expect(roster.eventId).toBe('ev-1');
    expect(roster.entries.map((item) => item.learnerId)).toEqual(['amy', 'zed', 'kim', 'nobody']);
    expect(roster.presentCount).toBe(1);
    expect(entry('kim').present).toBe(true);
    expect(entry('zed').present).toBe(false);
  });

  it('takes the first check-in and the last check-out as UTC instants', () => {
    expect(entry('amy').firstIn).toBe('2026-03-10T12:55:00.000Z');
    expect(entry('amy').lastOut).toBe('2026-03-10T15:00:00.000Z');
    expect(entry('kim').lastOut).toBeUndefined();
    expect(entry('nobody').firstIn).toBeUndefined();
  });

  it('uses the engine for minutes, credits and flags', () => {
    expect(entry('zed')).toMatchObject({ attendedMinutes: 60, credits: { nasba: 1.2, icma: 1.2 } });
    expect(entry('zed').flags).toContain('early-departure');
    expect(entry('amy').attendedMinutes).toBe(120);
    expect(entry('kim').flags).toEqual(
      expect.arrayContaining(['late-arrival', 'checkout-missing']),
    );
    expect(entry('nobody')).toMatchObject({ attendedMinutes: 0, credits: { nasba: 0, icma: 0 } });
    expect(entry('nobody').flags).toContain('no-record');
  });

  it('refuses an event the engine cannot read', () => {
    expect(() => buildRoster({ ...event, segments: [] }, [], defaultPolicy, now)).not.toThrow();
    expect(() =>
      buildRoster(
        { ...event, segments: [] },
        [{ learnerId: 'x', records: [], responses: [] }],
        defaultPolicy,
        now,
      ),
    ).toThrow(/Cannot evaluate attendance of x: event\.segments/);
  });
});

describe('rosterToCsv', () => {
  const roster: Roster = {
    eventId: 'ev-1',
    presentCount: 1,
    entries: [
      {
        learnerId: 'l1',
        name: 'O"Brien, Pat',
        present: true,
        firstIn: '2026-03-10T13:00:00.000Z',
        attendedMinutes: 70,
        credits: { nasba: 1.4, icma: 1.4 },
        promptsIssued: 3,
        promptsAnswered: 2,
        flags: ['checkout-missing', 'late-arrival'],
      },
      {
        learnerId: 'l2',
        name: '=HYPERLINK("x")',
        present: false,
        firstIn: '2026-03-10T13:05:00.000Z',
        lastOut: '2026-03-10T14:00:00.000Z',
        attendedMinutes: 50,
        credits: { nasba: 1, icma: 1 },
        promptsIssued: 0,
        promptsAnswered: 0,
        flags: [],
      },
    ],
  };
  const lines = rosterToCsv(roster, { title: 'Ethics\nfor CMAs' }).split('\r\n');

  it('starts with a header row of audit columns and ends every row with CRLF', () => {
    expect(lines[0]).toBe(
      'event id,event title,learner,name,present,first check-in,last check-out,' +
        'attended minutes,NASBA credits,ICMA credits,prompts issued,prompts answered,flags',
    );
    expect(rosterToCsv(roster).endsWith('\r\n')).toBe(true);
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(rosterToCsv(roster, { title: 'Ethics\nfor CMAs' })).toContain(
      'ev-1,"Ethics\nfor CMAs",l1,"O""Brien, Pat",yes,2026-03-10T13:00:00.000Z,,70,1.4,1.4,3,2,' +
        'checkout-missing late-arrival\r\n',
    );
  });

  it('writes credits with one decimal and defuses spreadsheet formulas', () => {
    const row = rosterToCsv(roster).split('\r\n')[2];
    expect(row).toBe(
      `ev-1,,l2,"'=HYPERLINK(""x"")",no,2026-03-10T13:05:00.000Z,2026-03-10T14:00:00.000Z,50,1.0,1.0,0,0,`,
    );
  });

  it('writes only the header for an empty roster', () => {
    expect(rosterToCsv({ eventId: 'e', presentCount: 0, entries: [] }).split('\r\n')).toHaveLength(
      2,
    );
  });
});
