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
    });
    expect(roster.entries[1]).toMatchObject({ learnerId: 'b', present: true });
  });
});
