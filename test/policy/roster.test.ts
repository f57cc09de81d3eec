import { describe, expect, it } from 'vitest';
import { buildRoster, rosterToCsv } from '../../src/policy/roster.js';
import { defaultPolicy } from '../../src/policy/policy.js';

const t = (hhmm: string) => `2026-03-10T${hhmm}:00-04:00`;
const event = {
  id: 'ev1',
  title: 'Ethics, 2026',
  method: 'group-live' as const,
  timeZone: 'America/New_York',
  segments: [{ start: t('09:00'), end: t('11:00') }],
};

describe('buildRoster and rosterToCsv', () => {
  it('evaluates each learner, sorts by name, counts who is present', () => {
    const roster = buildRoster(
      event,
      [
        { learnerId: 'b', name: 'Zoe', records: [{ kind: 'in', at: t('09:00') }], responses: [] },
        {
          learnerId: 'a',
          name: '=Al, "the" host',
          records: [
            { kind: 'in', at: t('09:00') },
            { kind: 'out', at: t('10:00') },
          ],
          responses: [],
        },
        { learnerId: 'c', records: [], responses: [] },
      ],
      defaultPolicy,
      t('10:30'),
    );
    expect(roster.presentCount).toBe(1);
    expect(roster.entries.map((e) => [e.learnerId, e.attendedMinutes, e.credits.nasba])).toEqual([
      // By name, then id: "=Al" < "Zoe" < "c".
      ['a', 60, 1.2],
      ['b', 90, 1.8],
      ['c', 0, 0],
    ]);
    const csv = rosterToCsv(roster, event);
    expect(csv.split('\r\n')[1]).toBe(
      `ev1,"Ethics, 2026",a,"'=Al, ""the"" host",no,2026-03-10T13:00:00.000Z,2026-03-10T14:00:00.000Z,60,1.2,1.2,0,0,early-departure`,
    );
    expect(rosterToCsv({ eventId: 'x', presentCount: 0, entries: [] })).toMatch(
      /^event id,.*\r\n$/,
    );
  });

  it('flags a learner whose records do not evaluate, and evaluates the others', () => {
    const tooMany = Array.from({ length: 10_001 }, () => ({ kind: 'in' as const, at: t('09:05') }));
    const roster = buildRoster(
      event,
      [
        { learnerId: 'a', name: 'Al', records: tooMany, responses: [] },
        { learnerId: 'b', records: [{ kind: 'in', at: t('09:00') }], responses: [] },
      ],
      defaultPolicy,
      t('10:00'),
    );
    expect(roster.entries[0]).toEqual({
      learnerId: 'a',
      name: 'Al',
      present: false,
      attendedMinutes: 0,
      credits: { nasba: 0, icma: 0 },
      promptsIssued: 0,
      promptsAnswered: 0,
      flags: ['records-unevaluated'],
      // Records as stored, for the host to see whom to correct.
      records: tooMany,
      answeredPromptIds: [],
    });
    expect(roster.entries[1]).toMatchObject({ learnerId: 'b', present: true });
  });

  it("carries each learner's records, oldest first, and the prompts they answered", () => {
    const roster = buildRoster(
      {
        ...event,
        prompts: [
          { id: 'p1', at: t('09:30') },
          { id: 'p2', at: t('10:15') },
        ],
      },
      [
        {
          learnerId: 'a',
          name: 'Al',
          records: [
            { kind: 'out', at: t('10:00') },
            { kind: 'in', at: t('09:10') },
          ],
          responses: [
            { promptId: 'p1', at: t('09:31') },
            { promptId: 'p1', at: t('09:32') },
          ],
        },
        { learnerId: 'b', records: [], responses: [] },
      ],
      defaultPolicy,
      t('10:30'),
    );
    expect(roster.entries[0]).toMatchObject({
      records: [
        { kind: 'in', at: t('09:10') },
        { kind: 'out', at: t('10:00') },
      ],
      answeredPromptIds: ['p1'],
    });
    expect(roster.entries[1]).toMatchObject({ records: [], answeredPromptIds: [] });
  });

  it('leaves the records and answered prompts out of the CSV', () => {
    const learners = [
      {
        learnerId: 'a',
        records: [{ kind: 'in' as const, at: t('09:00') }],
        responses: [{ promptId: 'p1', at: t('09:31') }],
      },
    ];
    const roster = buildRoster(event, learners, defaultPolicy, t('10:30'));
    const bare = {
      ...roster,
      entries: roster.entries.map(({ records: _r, answeredPromptIds: _a, ...rest }) => rest),
    };
    expect(roster.entries[0]!.records).toHaveLength(1);
    expect(rosterToCsv(roster, event)).toBe(rosterToCsv(bare, event));
    expect(rosterToCsv(roster, event).split('\r\n')[0]).toBe(
      'event id,event title,learner,name,present,first check-in,last check-out,attended minutes,NASBA credits,ICMA credits,prompts issued,prompts answered,flags',
    );
  });
});
