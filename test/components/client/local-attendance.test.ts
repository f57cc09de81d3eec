import { expect } from '@open-wc/testing';
import { LocalAttendance } from '../../../src/client/local-attendance.js';
import { LocalPolicyClient } from '../../../src/client/local.js';
import { PolicyError } from '../../../src/client/policy-client.js';
import { defaultPolicy } from '../../../src/policy/policy.js';

const MINUTE = 60_000;

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

/** A local demo whose clock the test moves. */
function demo(): { attendance: LocalAttendance; clock: { at: number } } {
  const clock = { at: Date.now() };
  const attendance = new LocalAttendance({
    policy: defaultPolicy,
    now: () => new Date(clock.at),
  });
  return { attendance, clock };
}

let serial = 0;
const eventId = (): string => `local-attendance-${Date.now()}-${(serial += 1)}`;

describe('LocalAttendance', () => {
  afterEach(() => localStorage.clear());

  it('checks in while the demo event runs', async () => {
    const { attendance } = demo();
    const id = eventId();
    const { code } = await attendance.getCode(id);
    const record = await attendance.checkIn(id, { kind: 'in', code }, 'key-open');
    expect(record.kind).to.equal('in');
  });

  it('refuses a record that does not change the state, as the API does (ATTEND.ON_RECORD)', async () => {
    const { attendance } = demo();
    const id = eventId();
    const { code } = await attendance.getCode(id);
    const orphanOut = (await rejection(
      attendance.checkIn(id, { kind: 'out', code }, 'key-out'),
    )) as PolicyError;
    expect([orphanOut.status, orphanOut.title, orphanOut.rule]).to.deep.equal([
      409,
      'Not checked in',
      'ATTEND.ON_RECORD',
    ]);
    await attendance.checkIn(id, { kind: 'in', code }, 'key-in');
    const again = (await rejection(
      attendance.checkIn(id, { kind: 'in', code }, 'key-in-2'),
    )) as PolicyError;
    expect([again.status, again.title, again.rule]).to.deep.equal([
      409,
      'Already checked in',
      'ATTEND.ON_RECORD',
    ]);
    expect((await attendance.checkIn(id, { kind: 'in', code }, 'key-in')).kind).to.equal('in');
  });

  it('refuses a check-in after the event with ATTEND.WINDOW and the window rule', async () => {
    const { attendance, clock } = demo();
    const id = eventId();
    const event = await attendance.getEvent(id);
    clock.at = Date.parse(event.segments.at(-1)!.end) + MINUTE;
    const { code } = await attendance.getCode(id);
    const error = await rejection(attendance.checkIn(id, { kind: 'in', code }, 'key-late'));
    expect(error).to.be.instanceOf(PolicyError);
    const refused = error as PolicyError;
    expect(refused.status).to.equal(422);
    expect(refused.rule).to.equal('ATTEND.WINDOW');
    expect(refused.title).to.equal('Check-in is closed');
    expect(refused.detail).to.equal(
      `Check-in has closed. Check-in opens ${defaultPolicy.attendance.windowOpensMinutesBefore} minutes before a session starts and closes when it ends.`,
    );
  });

  it('says the window rule in the client’s language, as the API does', async () => {
    let at = Date.now();
    const client = new LocalPolicyClient({ now: () => new Date(at), locale: () => 'fr' });
    const id = eventId();
    const event = await client.getEvent(id);
    at = Date.parse(event.segments.at(-1)!.end) + MINUTE;
    const { code } = await client.getCode(id);
    const refused = (await rejection(
      client.checkIn(id, { kind: 'in', code }, 'key-fr'),
    )) as PolicyError;
    expect(refused).to.be.instanceOf(PolicyError);
    expect([refused.status, refused.rule]).to.deep.equal([422, 'ATTEND.WINDOW']);
    expect(refused.detail).to.match(/^L’enregistrement des arrivées est fermé\./);
    expect(refused.extra).to.not.have.property('reason');
  });

  it('an aborted call rejects without answering', async () => {
    const { attendance } = demo();
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(attendance.getEvent(eventId(), { signal: controller.signal }));
    expect((error as Error).name).to.equal('AbortError');
  });
});
