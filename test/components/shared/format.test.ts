import { expect } from '@open-wc/testing';
import {
  formatDateTime,
  formatDuration,
  formatMinutes,
} from '../../../src/components/shared/format.js';

/** French and Spanish keep a number and its unit together with no-break spaces of two kinds. */
const spaced = (text: string): string => text.replace(/\s/g, ' ');

describe('format helpers', () => {
  it('names the time zone of a date and time', () => {
    expect(formatDateTime('2026-03-31T13:30:00Z', 'America/New_York', 'en-US')).to.equal(
      'Mar 31, 2026, 9:30 AM EDT',
    );
  });

  it('gives a coarse countdown', () => {
    expect(formatDuration((2 * 24 + 4) * 3_600_000 + 59_000, 'en-US')).to.equal('2 days 4 hr');
    expect(formatDuration(24 * 3_600_000, 'en-US')).to.equal('1 day');
    expect(formatDuration(35 * 60_000, 'en-US')).to.equal('35 min');
    expect(formatDuration(-5, 'en-US')).to.equal('0 min');
    expect(spaced(formatDuration((2 * 24 + 4) * 3_600_000, 'fr'))).to.equal('2 j 4 h');
    expect(spaced(formatDuration((2 * 24 + 4) * 3_600_000, 'es'))).to.equal('2 d 4 h');
  });

  it('shows attended minutes whole, rounded down, with hours past 60', () => {
    expect(formatMinutes(0.09, 'en-US')).to.equal('0 min');
    expect(formatMinutes(59.99, 'en-US')).to.equal('59 min');
    expect(formatMinutes(60, 'en-US')).to.equal('1 hr');
    expect(formatMinutes(85.7, 'en-US')).to.equal('1 hr 25 min');
    expect(formatMinutes(1505, 'en-US')).to.equal('25 hr 5 min');
    expect(spaced(formatMinutes(85.7, 'fr'))).to.equal('1 h 25 min');
  });
});
