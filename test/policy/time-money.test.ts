import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { formatMoney, formatPercent, percentOf } from '../../src/policy/money.js';
import {
  DAY_CACHE_LIMIT,
  addDays,
  civilDate,
  dayCacheSizes,
  dayNumber,
  describeDate,
  endOfDay,
  formatInZone,
  isRealInstant,
  startOfDay,
} from '../../src/policy/time.js';
import { creditValue, credits, figure, minutes } from '../../src/policy/reasons.js';

describe('time', () => {
  it.each([
    ['2026-03-01T09:00:00-05:00', true],
    ['2026-02-29T09:00:00Z', false],
    ['2028-02-29T09:00:00Z', true],
    ['2026-04-31T09:00:00Z', false],
    ['2026-03-01T09:00:00+05', false],
    ['yesterday', false],
    ['+002026-03-01T09:00:00Z', false],
  ])('isRealInstant(%s) is %s', (text, expected) => {
    expect(isRealInstant(text)).toBe(expected);
  });

  it.each([
    [
      'America/New_York',
      { year: 2026, month: 3, day: 8 },
      '2026-03-08T00:00:00.000-05:00',
      '2026-03-08T23:59:59.999-04:00',
    ],
    [
      'America/New_York',
      { year: 2026, month: 11, day: 1 },
      '2026-11-01T00:00:00.000-04:00',
      '2026-11-01T23:59:59.999-05:00',
    ],
    [
      'Europe/London',
      { year: 2026, month: 3, day: 29 },
      '2026-03-29T00:00:00.000+00:00',
      '2026-03-29T23:59:59.999+01:00',
    ],
    [
      'Asia/Kolkata',
      { year: 2026, month: 1, day: 1 },
      '2026-01-01T00:00:00.000+05:30',
      '2026-01-01T23:59:59.999+05:30',
    ],
    // Santiago moves its clocks at midnight: September 6, 2026 starts at 1 am.
    [
      'America/Santiago',
      { year: 2026, month: 9, day: 6 },
      '2026-09-06T01:00:00.000-03:00',
      '2026-09-06T23:59:59.999-03:00',
    ],
    // Havana falls back at 1 am: midnight happens once, the day has 25 hours.
    [
      'America/Havana',
      { year: 2026, month: 11, day: 1 },
      '2026-11-01T00:00:00.000-04:00',
      '2026-11-01T23:59:59.999-05:00',
    ],
  ])('days start and end at the wall-clock midnight in %s (%j)', (zone, date, start, end) => {
    expect(formatInZone(startOfDay(date, zone), zone)).toBe(start);
    expect(formatInZone(endOfDay(date, zone), zone)).toBe(end);
  });

  it('counts calendar days with civil dates', () => {
    const date = civilDate(Date.parse('2026-03-01T04:59:59Z'), 'America/New_York');
    expect(date).toEqual({ year: 2026, month: 2, day: 28 });
    expect(addDays(date, 1)).toEqual({ year: 2026, month: 3, day: 1 });
    expect(
      dayNumber({ year: 2026, month: 3, day: 31 }) - dayNumber({ year: 2026, month: 3, day: 1 }),
    ).toBe(30);
    expect(dayNumber({ year: 1970, month: 1, day: 1 })).toBe(0);
  });
});

describe('money and numbers', () => {
  it('rounds fees half away from zero, in integers', () => {
    expect(percentOf(19999, 1000)).toBe(2000);
    expect(percentOf(5, 1000)).toBe(1);
    expect(percentOf(100_000_000_00, 10_000)).toBe(100_000_000_00);
  });
  it('formats money and percentages', () => {
    expect(formatMoney(17999, 'USD')).toBe('$179.99');
    expect(formatMoney(1000, 'JPY')).toBe('¥1,000');
    expect(formatPercent(1250)).toBe('12.5%');
  });
  it('keeps one decimal on the wire and words the minutes', () => {
    expect(creditValue(12)).toBe(1.2);
    expect(creditValue(3)).toBe(0.3);
    expect(minutes(1)).toBe('1 minute');
    expect(minutes(64.8)).toBe('64.8 minutes');
    expect(minutes(19.999)).toBe('19.99 minutes');
  });
});

describe('time caches', () => {
  it('keeps the day caches bounded and answers the same after eviction', () => {
    const zones = ['America/New_York', 'Europe/London', 'Asia/Kolkata', 'America/Santiago'];
    const first = { year: 2026, month: 3, day: 8 };
    const expected = formatInZone(startOfDay(first, zones[0]!), zones[0]!);
    expect(expected).toBe('2026-03-08T00:00:00.000-05:00');
    // Walk far more (zone, day) pairs than the caches hold.
    for (let day = 0; day < DAY_CACHE_LIMIT; day += 1) {
      const date = addDays(first, day - 2000);
      for (const zone of zones) startOfDay(date, zone);
      describeDate(date);
    }
    const sizes = dayCacheSizes();
    expect(sizes.starts).toBe(DAY_CACHE_LIMIT);
    expect(sizes.descriptions).toBe(DAY_CACHE_LIMIT);
    // The first day has been evicted by now; computing it again gives the same instant.
    expect(formatInZone(startOfDay(first, zones[0]!), zones[0]!)).toBe(expected);
    expect(describeDate(first)).toBe('March 8, 2026');
  });

  it('reads wall clocks through formatToParts when format prints something unexpected', () => {
    // `format` is a getter returning a bound function (typed as a method, hence the cast).
    const prototype = Intl.DateTimeFormat.prototype as unknown as { format: unknown };
    const format = vi.spyOn(prototype, 'format', 'get').mockReturnValue(() => 'unexpected');
    try {
      const zone = 'Asia/Tokyo';
      expect(civilDate(Date.parse('2026-03-01T15:30:00Z'), zone)).toEqual({
        year: 2026,
        month: 3,
        day: 2,
      });
      expect(formatInZone(Date.parse('2026-03-01T15:30:00Z'), zone)).toBe(
        '2026-03-02T00:30:00.000+09:00',
      );
    } finally {
      format.mockRestore();
    }
  });
});

describe('credit figures', () => {
  it('spells whole and odd tenths alike', () => {
    expect([credits(0), credits(14), credits(2405)]).toEqual(['0.0', '1.4', '240.5']);
    expect([credits(2.5), credits(-3), credits(1e13 + 1)]).toEqual([
      (0.25).toFixed(1),
      '-0.3',
      (1e12 + 0.1).toFixed(1),
    ]);
    expect(Object.is(creditValue(0), 0)).toBe(true);
    expect(Object.is(creditValue(-0), 0)).toBe(true);
    expect(creditValue(2405)).toBe(240.5);
    expect(creditValue(2.5)).toBe(0.3);
    expect(creditValue(1e13 + 1)).toBe(1_000_000_000_000.1);
  });

  it('prints a figure exactly as String does, on the integer path or not', () => {
    expect([figure(64.84), figure(1.85), figure(0.05), figure(57), figure(1.5)]).toEqual([
      '64.84',
      '1.85',
      '0.05',
      '57',
      '1.5',
    ]);
    const hundredths = fc.integer({ min: 0, max: 1e12 }).map((count) => count / 100);
    fc.assert(
      fc.property(fc.oneof(hundredths, fc.double()), (value) => {
        expect(figure(value)).toBe(String(value));
      }),
      { numRuns: 5000 },
    );
  });
});
