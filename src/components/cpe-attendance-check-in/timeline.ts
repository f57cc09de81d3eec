/**
 * The geometry of a learner's attendance timeline: where the event's segments and breaks,
 * the check-in window, the learner's own intervals and the prompts fall along the event,
 * as percentages of its width. Pure, so the picture and its text say the same thing.
 */

export interface TimelineInput {
  segments: readonly { start: string; end: string }[];
  breaks: readonly { start: string; end: string }[];
  records: readonly { kind: 'in' | 'out'; at: string }[];
  prompts: readonly { at: string; answered: boolean }[];
  /** An interval still open (checked in, not out) runs to now, or to the event's end. */
  now: number;
  /** The policy's check-in lead time; unknown leaves the window out. */
  leadMinutes?: number;
}

export interface Bar {
  /** Left edge and width, in percent of the timeline. */
  x: number;
  width: number;
  start: string;
  end: string;
}

export interface Mark {
  x: number;
  at: string;
  answered: boolean;
}

export interface Timeline {
  start: string;
  end: string;
  windows: Bar[];
  segments: Bar[];
  breaks: Bar[];
  /** The learner's own time present, check-in to check-out. */
  present: Bar[];
  prompts: Mark[];
}

const MINUTE_MS = 60_000;

export function timeline(input: TimelineInput): Timeline | undefined {
  const spans = input.segments.map(({ start, end }) => [Date.parse(start), Date.parse(end)]);
  if (spans.length === 0) return undefined;
  const eventEnd = Math.max(...spans.map(([, end]) => end!));
  const lead = (input.leadMinutes ?? 0) * MINUTE_MS;
  const windows = input.leadMinutes === undefined ? [] : spans.map(([s, e]) => [s! - lead, e!]);
  const present = intervals(input.records, Math.min(input.now, eventEnd));
  const times = [
    ...spans.flat(),
    ...windows.flat(),
    ...present.flat(),
    ...input.prompts.map((prompt) => Date.parse(prompt.at)),
  ];
  const from = Math.min(...times);
  const to = Math.max(...times);
  const length = Math.max(1, to - from);
  const percent = (ms: number): number => round(((ms - from) / length) * 100);
  const bar = ([start, end]: number[]): Bar => ({
    x: percent(start!),
    width: round(percent(end!) - percent(start!)),
    start: new Date(start!).toISOString(),
    end: new Date(end!).toISOString(),
  });
  return {
    start: new Date(from).toISOString(),
    end: new Date(to).toISOString(),
    windows: windows.map(bar),
    segments: spans.map(bar),
    breaks: input.breaks.map(({ start, end }) => bar([Date.parse(start), Date.parse(end)])),
    present: present.map(bar),
    prompts: input.prompts.map((prompt) => ({
      x: percent(Date.parse(prompt.at)),
      at: prompt.at,
      answered: prompt.answered,
    })),
  };
}

/** Check-in to check-out pairs, in time order; a repeated check-in keeps the first. */
function intervals(records: TimelineInput['records'], openUntil: number): number[][] {
  const sorted = [...records].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const result: number[][] = [];
  let since: number | undefined;
  for (const record of sorted) {
    const at = Date.parse(record.at);
    if (record.kind === 'in') since ??= at;
    else if (since !== undefined) {
      result.push([since, at]);
      since = undefined;
    }
  }
  if (since !== undefined) result.push([since, Math.max(since, openUntil)]);
  return result;
}

const round = (value: number): number => Math.round(value * 100) / 100;
