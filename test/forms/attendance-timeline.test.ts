import { describe, expect, it } from 'vitest';
import { timeline } from '../../src/components/cpe-attendance-check-in/timeline.js';

const at = (time: string): string => `2026-03-02T${time}:00.000Z`;

describe('the attendance timeline', () => {
  const event = {
    segments: [{ start: at('09:00'), end: at('10:40') }],
    breaks: [{ start: at('09:50'), end: at('10:00') }],
  };

  it('places segments, breaks, the window, the intervals and the prompts along the event', () => {
    const result = timeline({
      ...event,
      leadMinutes: 20,
      records: [
        { kind: 'in', at: at('09:10') },
        { kind: 'out', at: at('09:30') },
        { kind: 'in', at: at('10:00') },
      ],
      prompts: [
        { at: at('09:20'), answered: true },
        { at: at('10:20'), answered: false },
      ],
      now: Date.parse(at('12:00')),
    })!;
    // 08:40 (the window opens) to 10:40: 120 minutes, so 1 minute is 0.8333 %.
    expect(result.start).toBe(at('08:40'));
    expect(result.end).toBe(at('10:40'));
    expect(result.windows.map(({ x, width }) => [x, width])).toEqual([[0, 100]]);
    expect(result.segments.map(({ x, width }) => [x, width])).toEqual([[16.67, 83.33]]);
    expect(result.breaks.map(({ x, width }) => [x, width])).toEqual([[58.33, 8.34]]);
    // The second interval is still open: it runs to the event's end, not to now.
    expect(result.present.map(({ start, end }) => [start, end])).toEqual([
      [at('09:10'), at('09:30')],
      [at('10:00'), at('10:40')],
    ]);
    expect(result.prompts).toEqual([
      { x: 33.33, at: at('09:20'), answered: true },
      { x: 83.33, at: at('10:20'), answered: false },
    ]);
  });

  it('runs an open interval to now while the event goes on, and leaves an unknown window out', () => {
    const result = timeline({
      ...event,
      records: [
        { kind: 'in', at: at('09:05') },
        { kind: 'in', at: at('09:07') },
      ],
      prompts: [],
      now: Date.parse(at('09:35')),
    })!;
    expect(result.windows).toEqual([]);
    expect(result.present.map(({ start, end }) => [start, end])).toEqual([
      [at('09:05'), at('09:35')],
    ]);
  });

  it('has nothing to draw without segments', () => {
    expect(timeline({ segments: [], breaks: [], records: [], prompts: [], now: 0 })).toBe(
      undefined,
    );
  });
});
