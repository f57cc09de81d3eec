import { describe, expect, it } from 'vitest';
import { checkInWindow, decideCheckIn, engineEvent } from '../../src/policy/attendance.js';
import { defaultPolicy } from '../../src/policy/policy.js';
import type { PublicEvent } from '../../src/policy/schemas.js';

const t = (hhmm: string) => `2026-03-10T${hhmm}:00-04:00`;
const event = { segments: [{ start: t('09:00'), end: t('12:00') }] };
const before = checkInWindow(event, t('08:00'), defaultPolicy);
const open = checkInWindow(event, t('10:00'), defaultPolicy);
const after = checkInWindow(event, t('12:30'), defaultPolicy);
const checkedIn = [{ kind: 'in' }, { kind: 'out' }, { kind: 'in' }] as const;
const checkedOut = [{ kind: 'in' }, { kind: 'out' }] as const;

describe('decideCheckIn: window, then code, then ATTEND.ON_RECORD', () => {
  it.each([
    ['in, window open, right code, no record', 'in', [], open, true, undefined],
    ['in after a check-out', 'in', checkedOut, open, true, undefined],
    ['out while checked in', 'out', checkedIn, open, true, undefined],
    ['out after the window closed', 'out', checkedIn, after, true, undefined],
    ['in before the window opens', 'in', [], before, true, 'ATTEND.WINDOW'],
    ['in after the window closed', 'in', [], after, true, 'ATTEND.WINDOW'],
    ['window before code: closed and wrong code', 'in', [], after, false, 'ATTEND.WINDOW'],
    ['in with a wrong code', 'in', [], open, false, 'ATTEND.CODE'],
    ['out with a wrong code', 'out', checkedIn, open, false, 'ATTEND.CODE'],
    ['code before state: repeated in, wrong code', 'in', checkedIn, open, false, 'ATTEND.CODE'],
    ['a second in', 'in', checkedIn, open, true, 'ATTEND.ON_RECORD'],
    ['an out with no record', 'out', [], open, true, 'ATTEND.ON_RECORD'],
    ['a second out', 'out', checkedOut, open, true, 'ATTEND.ON_RECORD'],
  ] as const)('%s -> %s', (_name, kind, records, window, codeAccepted, rule) => {
    const decision = decideCheckIn({ kind, records, window, codeAccepted }, defaultPolicy);
    expect(decision.ok ? undefined : decision.refusal.rule).toBe(rule);
  });

  it('words each refusal as the API answers it', () => {
    const refusal = (...args: Parameters<typeof decideCheckIn>) => {
      const decision = decideCheckIn(...args);
      return decision.ok ? undefined : decision.refusal;
    };
    const policy = defaultPolicy;
    const step = policy.attendance.codeStepSeconds;
    expect(
      refusal({ kind: 'in', records: [], window: before, codeAccepted: true }, policy),
    ).toEqual({
      rule: 'ATTEND.WINDOW',
      cause: 'window',
      status: 422,
      title: 'Check-in is closed',
      detail: before.reason.message,
      opensAt: before.opensAt,
      // Kept so the API can word the detail in the learner's language.
      reason: before.reason,
    });
    expect(before.reason.message).toMatch(/^Check-in is not open yet\./);
    expect(refusal({ kind: 'in', records: [], window: after, codeAccepted: true }, policy)).toEqual(
      {
        rule: 'ATTEND.WINDOW',
        cause: 'window',
        status: 422,
        title: 'Check-in is closed',
        detail: after.reason.message,
        reason: after.reason,
      },
    );
    expect(refusal({ kind: 'in', records: [], window: open, codeAccepted: false }, policy)).toEqual(
      {
        rule: 'ATTEND.CODE',
        cause: 'code',
        status: 422,
        title: 'Wrong or expired code',
        detail: `Type the code shown on the host screen now; it changes every ${step} seconds.`,
      },
    );
    expect(
      refusal({ kind: 'in', records: checkedIn, window: open, codeAccepted: true }, policy),
    ).toEqual({
      rule: 'ATTEND.ON_RECORD',
      cause: 'checked-in',
      status: 409,
      title: 'Already checked in',
      detail: 'You are checked in; check out first.',
    });
    expect(refusal({ kind: 'out', records: [], window: open, codeAccepted: true }, policy)).toEqual(
      {
        rule: 'ATTEND.ON_RECORD',
        cause: 'not-checked-in',
        status: 409,
        title: 'Not checked in',
        detail: 'You are not checked in; check in first.',
      },
    );
  });
});

describe('engineEvent', () => {
  it('keeps what evaluateAttendance reads and only the id and time of each prompt', () => {
    const stored: PublicEvent & { secret: string } = {
      id: 'e1',
      title: 'Close',
      method: 'group-internet',
      timeZone: 'America/New_York',
      segments: event.segments,
      breaks: [],
      secret: 'not for the engine',
    };
    const prompts = [{ id: 'p1', at: t('09:30'), question: 'Ready?' }];
    expect(engineEvent(stored, prompts)).toEqual({
      method: 'group-internet',
      timeZone: 'America/New_York',
      segments: event.segments,
      breaks: [],
      prompts: [{ id: 'p1', at: t('09:30') }],
    });
  });
});
