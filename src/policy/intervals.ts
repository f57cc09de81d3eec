/** Time intervals as [start, end] epoch milliseconds: unions, overlaps and lengths. */

export type Interval = [start: number, end: number];

export const toInterval = (span: { start: string; end: string }): Interval => [
  Date.parse(span.start),
  Date.parse(span.end),
];

export const totalLength = (intervals: readonly Interval[]): number =>
  intervals.reduce((sum, [start, end]) => sum + end - start, 0);

/** Sorted, non-overlapping union of intervals. */
export function merge(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: Interval[] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Total length of the intersection of two merged interval lists. */
export function overlap(a: readonly Interval[], b: readonly Interval[]): number {
  let total = 0;
  for (const [aStart, aEnd] of a) {
    for (const [bStart, bEnd] of b) {
      total += Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));
    }
  }
  return total;
}
