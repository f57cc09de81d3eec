/** Live check-ins and imported reports read as separate sources, their stays united. */
import { describe, expect, it } from 'vitest';
import { attendanceRecords } from '../../src/server/attendance-records.js';
import type { CheckInRow } from '../../src/server/store/store.js';

let serial = 0;
const row = (kind: 'in' | 'out', time: string, importId?: string): CheckInRow => ({
  id: `r${(serial += 1)}`,
  eventId: 'e',
  learnerId: 'ada',
  kind,
  at: `2026-03-12T${time}:00.000Z`,
  ...(importId ? { source: { importId, fileHash: 'h', rows: [2] } } : {}),
});
const at = (time: string) => `2026-03-12T${time}:00.000Z`;

describe('attendanceRecords', () => {
  it('leaves one source as it is', () => {
    const rows = [row('in', '13:00'), row('out', '13:50')];
    expect(attendanceRecords(rows)).toEqual([
      { kind: 'in', at: at('13:00') },
      { kind: 'out', at: at('13:50') },
    ]);
  });

  it('unites a report’s stay inside a live one instead of ending the live stay', () => {
    // Read as one sequence, the report's join would be a repeated in and its leave would end
    // the live stay at 13:50, losing 13:50-13:55.
    const rows = [
      row('in', '13:00'),
      row('in', '13:01', 'zoom'),
      row('out', '13:50', 'zoom'),
      row('out', '13:55'),
    ];
    expect(attendanceRecords(rows)).toEqual([
      { kind: 'in', at: at('13:00') },
      { kind: 'out', at: at('13:55') },
    ]);
  });

  it('keeps two reports’ separate stays, and a live check-in still open', () => {
    const rows = [
      row('in', '13:00', 'zoom'),
      row('out', '13:20', 'zoom'),
      row('in', '13:10', 'poll'),
      row('out', '13:30', 'poll'),
      row('in', '13:40', 'zoom'),
      row('out', '13:50', 'zoom'),
      row('in', '13:45'),
    ];
    expect(attendanceRecords(rows)).toEqual([
      { kind: 'in', at: at('13:00') },
      { kind: 'out', at: at('13:30') },
      { kind: 'in', at: at('13:40') },
    ]);
  });

  it('counts a correction of an imported record in the import it corrects', () => {
    const imported = row('out', '13:50', 'zoom');
    const correction = { ...row('out', '14:00'), replaces: imported.id, correctedBy: 'grace' };
    const rows = [row('in', '13:00', 'zoom'), imported, row('in', '14:30'), correction];
    expect(attendanceRecords(rows)).toEqual([
      { kind: 'in', at: at('13:00') },
      { kind: 'out', at: at('14:00') },
      { kind: 'in', at: at('14:30') },
    ]);
  });
});
