import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/cpe-attendance-check-in/define.js';
import type { CpeAttendanceCheckIn } from '../../../src/components/cpe-attendance-check-in/cpe-attendance-check-in.js';
import type {
  EventPrompt,
  LearnerAttendance,
  Roster,
  StoredCheckIn,
} from '../../../src/policy/schemas.js';
import {
  call,
  createEvent,
  currentCode,
  newSpace,
  requestsTo,
  setLine,
  shiftClocks,
  token,
} from '../api-space.js';

// API mode talks to the real app (test/components/real-api.mjs): each test opens a fresh space,
// creates its event there as an admin and reads the rotating code as the host.

/** A fresh space with one event whose check-in is open (or closed). */
async function newEvent(
  options: Parameters<typeof createEvent>[1] = {},
): Promise<{ api: string; eventId: string }> {
  const api = newSpace('attend');
  return { api, eventId: (await createEvent(api, options)).id };
}

const code = async (api: string, eventId: string): Promise<string> =>
  (await currentCode(api, eventId)).code;

/** The learner’s records as the API keeps them. */
async function recordsOf(api: string, eventId: string, sub = 'ann'): Promise<StoredCheckIn[]> {
  const path = `v1/events/${eventId}/attendance/me`;
  return (await call<LearnerAttendance>(api, path, { as: [sub, 'learner'] })).records;
}

async function learner(api: string, eventId: string, sub = 'ann'): Promise<CpeAttendanceCheckIn> {
  const el = await fixture<CpeAttendanceCheckIn>(
    html`<cpe-attendance-check-in
      api-base=${api}
      event-id=${eventId}
      token=${await token(sub)}
    ></cpe-attendance-check-in>`,
  );
  await el.refresh();
  await el.updateComplete;
  return el;
}

async function host(api: string, eventId: string): Promise<CpeAttendanceCheckIn> {
  const el = await fixture<CpeAttendanceCheckIn>(
    html`<cpe-attendance-check-in
      api-base=${api}
      event-id=${eventId}
      token=${await token('hal', 'host')}
      role="host"
    ></cpe-attendance-check-in>`,
  );
  await el.refresh();
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: CpeAttendanceCheckIn, selector: string): T =>
  el.shadowRoot!.querySelector<T>(selector)!;
const text = (el: CpeAttendanceCheckIn, selector: string): string =>
  $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function enterCode(el: CpeAttendanceCheckIn, code: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#code');
  input.value = code;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

function submitCheckIn(el: CpeAttendanceCheckIn): void {
  $<HTMLButtonElement>(el, 'form button[type="submit"]').click();
}

/** Checks in through the API directly, as another learner's phone would. */
async function seedCheckIn(
  api: string,
  eventId: string,
  sub: string,
  kind: 'in' | 'out',
): Promise<void> {
  await call(api, `v1/events/${eventId}/check-ins`, {
    as: [sub, 'learner'],
    json: { kind, code: await code(api, eventId) },
  });
}

beforeEach(() => localStorage.clear());

describe('cpe-attendance-check-in', () => {
  describe('accessibility', () => {
    it('is accessible as a learner and as a host', async () => {
      const { api, eventId } = await newEvent({ method: 'group-internet' });
      await expect(await learner(api, eventId)).to.be.accessible();
      await expect(await host(api, eventId)).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('runs a local demo by default, labelled as not an official record', async () => {
      const el = await fixture<CpeAttendanceCheckIn>(
        html`<cpe-attendance-check-in></cpe-attendance-check-in>`,
      );
      await el.refresh();
      expect(el.role).to.equal('learner');
      expect(text(el, '.local-banner')).to.contain('not an official record');
      expect(text(el, '#state-heading')).to.equal('Not checked in');
      expect(text(el, 'form button[type="submit"]')).to.equal('Check in');
    });

    it('checks in locally with the code a local host shows', async () => {
      const hostEl = await fixture<CpeAttendanceCheckIn>(
        html`<cpe-attendance-check-in role="host" event-id="demo"></cpe-attendance-check-in>`,
      );
      await hostEl.refresh();
      await hostEl.updateComplete;
      const code = text(hostEl, '.code');
      expect(code).to.match(/^[2-9A-Z]{6}$/);
      const el = await fixture<CpeAttendanceCheckIn>(
        html`<cpe-attendance-check-in event-id="demo"></cpe-attendance-check-in>`,
      );
      await el.refresh();
      await enterCode(el, code.toLowerCase());
      submitCheckIn(el);
      const checkedIn: CustomEvent<StoredCheckIn> = await oneEvent(el, 'cpe-checked-in');
      expect(checkedIn.detail).to.include({ eventId: 'demo', kind: 'in', learnerId: 'you' });
    });
  });

  describe('attributes', () => {
    it('shows the event from the API, in the event’s zone', async () => {
      const { api, eventId } = await newEvent({ title: 'Lease accounting update' });
      const el = await learner(api, eventId);
      expect(text(el, '#title')).to.equal('Lease accounting update');
      expect(text(el, '.times')).to.match(/E[SD]T/);
      expect($(el, '.local-banner')).to.equal(null);
    });

    it('shows the host the code, its QR code and a quiet countdown', async () => {
      const { api, eventId } = await newEvent();
      // The code rotates: the one shown is the API's current code at one of these two reads.
      const before = await code(api, eventId);
      const el = await host(api, eventId);
      const after = await code(api, eventId);
      // role="host" is taken as the view and dropped: left there it is an invalid ARIA role.
      expect(el.role).to.equal('host');
      expect(el.hasAttribute('role')).to.equal(false);
      const shown = text(el, '.code');
      expect([before, after]).to.include(shown);
      expect($(el, 'svg.qr').getAttribute('role')).to.equal('img');
      expect($(el, 'svg.qr path').getAttribute('d')).to.match(/^M\d/);
      const countdown = $(el, '.countdown');
      expect(countdown.textContent).to.match(/New code in \d+ s/);
      expect(countdown.closest('[aria-live]')).to.equal(null);
      expect(text(el, '[aria-live]')).to.contain(shown);
    });

    it('prefills the code from the cpe-code parameter of the host’s check-in link', async () => {
      const { api, eventId } = await newEvent();
      const { code: shown, checkInUrl } = await currentCode(api, eventId);
      const before = location.href;
      history.replaceState(null, '', `${location.pathname}${new URL(checkInUrl).search}`);
      try {
        const el = await learner(api, eventId);
        expect($<HTMLInputElement>(el, '#code').value).to.equal(shown);
      } finally {
        history.replaceState(null, '', before);
      }
    });
  });

  describe('events', () => {
    it('checks in and out, firing its events, and remembers the state', async () => {
      const { api, eventId } = await newEvent();
      const el = await learner(api, eventId);
      expect(text(el, 'label[for="code"]')).to.equal('Check-in code');
      const changes: unknown[] = [];
      document.addEventListener('cpe-attendance-changed', (event) =>
        changes.push((event as CustomEvent).detail),
      );
      await enterCode(el, await code(api, eventId));
      submitCheckIn(el);
      const checkedIn = await oneEvent(document, 'cpe-checked-in');
      expect(checkedIn.composed).to.equal(true);
      expect(checkedIn.detail).to.include({ eventId, kind: 'in', learnerId: 'ann' });
      await el.updateComplete;
      expect(text(el, '#state-heading')).to.match(/^Checked in since /);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#state-heading'));
      await waitUntil(() => changes.length > 0, 'no cpe-attendance-changed');
      expect(JSON.parse(JSON.stringify(changes.at(-1)))).to.deep.equal(changes.at(-1));

      expect(text(el, 'label[for="code"]')).to.equal('Check-out code');
      await enterCode(el, await code(api, eventId));
      expect(text(el, 'form button[type="submit"]')).to.equal('Check out');
      submitCheckIn(el);
      const checkedOut = await oneEvent(el, 'cpe-checked-out');
      expect(checkedOut.detail).to.include({ kind: 'out' });
      await el.updateComplete;
      expect(text(el, '#state-heading')).to.match(/^Checked out at /);
      expect((await recordsOf(api, eventId)).map((record) => record.kind)).to.deep.equal([
        'in',
        'out',
      ]);

      // A reload knows the learner checked out.
      const again = await learner(api, eventId);
      expect(text(again, '#state-heading')).to.match(/^Checked out at /);
    });

    it('shows a check-in made on another device, from the API’s records', async () => {
      const { api, eventId } = await newEvent();
      await seedCheckIn(api, eventId, 'ann', 'in');
      await seedCheckIn(api, eventId, 'bea', 'in');
      await seedCheckIn(api, eventId, 'bea', 'out');
      expect(localStorage.length).to.equal(0);
      const el = await learner(api, eventId, 'ann');
      expect(text(el, '#state-heading')).to.match(/^Checked in since /);
      expect(text(el, 'form button[type="submit"]')).to.equal('Check out');
      // Each learner sees their own records only.
      const other = await learner(api, eventId, 'bea');
      expect(text(other, '#state-heading')).to.match(/^Checked out at /);
    });

    it('shows the host a roster and downloads it as CSV', async () => {
      const { api, eventId } = await newEvent();
      await seedCheckIn(api, eventId, 'bea', 'in');
      await seedCheckIn(api, eventId, 'cal', 'in');
      await seedCheckIn(api, eventId, 'cal', 'out');
      const el = await host(api, eventId);
      expect(text(el, '#present-count')).to.equal('1');
      const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')];
      expect(rows.map((row) => row.querySelector('th')!.textContent)).to.deep.equal(['bea', 'cal']);
      expect(rows[0]!.textContent).to.contain('Present');
      expect(rows[1]!.textContent).to.contain('Left');

      const blobs: Blob[] = [];
      const original = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        blobs.push(blob as Blob);
        return original(blob);
      };
      try {
        const buttons = [...el.shadowRoot!.querySelectorAll('button')];
        buttons.find((button) => button.textContent.includes('Download CSV'))!.click();
        await waitUntil(() => blobs.length === 1, 'no download');
      } finally {
        URL.createObjectURL = original;
      }
      const csv = await blobs[0]!.text();
      const expected = await call<string>(api, `v1/events/${eventId}/attendance?format=csv`, {
        as: ['hal', 'host'],
      });
      expect(csv).to.equal(expected);
      const [header, ...lines] = csv.trimEnd().split('\r\n');
      expect(header).to.match(/^event id,event title,learner,/);
      expect(lines.map((line) => line.split(',')[2])).to.deep.equal(['bea', 'cal']);
      expect(blobs[0]!.type).to.contain('text/csv');
    });

    it('shows the host each learner’s timeline, folded in the roster', async () => {
      const { api, eventId } = await newEvent({ method: 'group-internet' });
      await call(api, `v1/events/${eventId}/prompts`, {
        as: ['hal', 'host'],
        json: { question: 'Codeword?' },
      });
      await seedCheckIn(api, eventId, 'bea', 'in');
      await seedCheckIn(api, eventId, 'cal', 'in');
      await seedCheckIn(api, eventId, 'cal', 'out');
      const el = await host(api, eventId);
      await waitUntil(() => el.shadowRoot!.querySelectorAll('tbody details').length === 2);
      const details = [...el.shadowRoot!.querySelectorAll<HTMLDetailsElement>('tbody details')];
      const summary = details[0]!.querySelector('summary')!;
      expect(summary.textContent.replace(/\s+/g, ' ').trim()).to.equal('Timeline of bea');
      expect(details[0]!.open).to.equal(false);
      summary.click();
      await waitUntil(() => details[0]!.open, 'not opened');
      const heading = details[0]!.querySelector('h3')!;
      expect(heading.textContent.trim()).to.equal("bea's attendance timeline");
      expect(details[0]!.querySelector('section')!.getAttribute('aria-labelledby')).to.equal(
        heading.id,
      );
      const items = [...details[0]!.querySelectorAll('.timeline-text li')].map((item) =>
        item.textContent.replace(/\s+/g, ' ').trim(),
      );
      expect(items.some((item) => /^bea was present: .+ – .+/.test(item))).to.equal(true);
      expect(items.some((item) => /^Prompts not answered: \d/.test(item))).to.equal(true);
      expect(details[0]!.querySelectorAll('.timeline-picture rect.tl-present')).to.have.length(1);
      const ids = [...el.shadowRoot!.querySelectorAll('[id]')].map((node) => node.id);
      expect(new Set(ids).size).to.equal(ids.length);
      details[1]!.open = true;
      await expect(el).to.be.accessible();
      // The flags in words; the API (and the CSV) keep the codes.
      const roster = await call<Roster>(api, `v1/events/${eventId}/attendance`, {
        as: ['hal', 'host'],
      });
      expect(roster.entries[1]!.flags).to.include('early-departure');
      const flags = [...el.shadowRoot!.querySelectorAll('td[data-label="Flags"]')].map((cell) =>
        cell.textContent.trim(),
      );
      expect(flags[1]).to.contain('left early');
      for (const cell of flags) expect(cell).not.to.match(/\b[a-z]+-[a-z]+\b/);
    });

    it('draws the learner’s timeline, with a text that says the same', async () => {
      const { api, eventId } = await newEvent({ method: 'group-internet' });
      const el = await learner(api, eventId);
      const items = (): string[] =>
        [...el.shadowRoot!.querySelectorAll('.timeline-text li')].map((item) =>
          item.textContent.replace(/\s+/g, ' ').trim(),
        );
      expect(items()).to.include('You have not checked in.');
      expect(items().some((item) => item.startsWith('Session: '))).to.equal(true);
      await call(api, `v1/events/${eventId}/prompts`, {
        as: ['hal', 'host'],
        json: { question: 'Codeword?' },
      });
      await seedCheckIn(api, eventId, 'ann', 'in');
      await el.refresh();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('.timeline-picture rect.tl-present')).to.have.length(
        1,
      );
      expect(el.shadowRoot!.querySelectorAll('.timeline-picture .tl-missed')).to.have.length(1);
      expect(items().some((item) => /^You were present: .+ – .+/.test(item))).to.equal(true);
      expect(items().some((item) => /^Prompts not answered: \d/.test(item))).to.equal(true);
      expect(items()).to.include('Prompts answered: none');
      expect($(el, '.timeline-picture').getAttribute('aria-hidden')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('shows attended time in whole minutes, with hours past 60', async () => {
      const { api, eventId } = await newEvent();
      await seedCheckIn(api, eventId, 'bea', 'in');
      await seedCheckIn(api, eventId, 'cal', 'in');
      const restore = await shiftClocks(api, 85 * 60_000);
      try {
        const el = await host(api, eventId);
        const attended = [...el.shadowRoot!.querySelectorAll('td[data-label="Attended"]')];
        expect(attended.map((cell) => cell.textContent.trim())).to.deep.equal([
          '1 hr 25 min',
          '1 hr 25 min',
        ]);
        const mine = await learner(api, eventId, 'bea');
        expect(text(mine, '.credit .hint')).to.contain('1 hr 25 min attended');
      } finally {
        restore();
      }
    });

    it('stacks the roster by learner in a narrow column, each value under its column name', async () => {
      const { api, eventId } = await newEvent();
      await seedCheckIn(api, eventId, 'bea', 'in');
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
      const el = await host(api, eventId);
      const row = (): HTMLElement => $(el, 'tbody tr');
      expect(getComputedStyle(row()).display).to.equal('table-row');
      wrapper.append(el);
      await el.updateComplete;
      await waitUntil(() => getComputedStyle(row()).display === 'block', 'not stacked');
      const cell = $(el, 'td[data-label="Flags"]');
      expect(getComputedStyle(cell, '::before').content).to.equal('"Flags"');
      expect(cell.getBoundingClientRect().right).to.be.at.most(
        $(el, '.card').getBoundingClientRect().right,
      );
      await expect(el).to.be.accessible();
    });

    it('runs the prompts flow: issued by the host, answered by the learner, missed ones shown', async () => {
      const { api, eventId } = await newEvent({ method: 'group-internet' });
      const hostEl = await host(api, eventId);
      const learnerEl = await learner(api, eventId);
      expect(text(learnerEl, '#prompt-counts')).to.equal('You answered 0 of 0 prompts issued.');

      const issue = async (question: string, choices = ''): Promise<void> => {
        $<HTMLInputElement>(hostEl, '#question').value = question;
        $<HTMLInputElement>(hostEl, '#choices').value = choices;
        $<HTMLInputElement>(hostEl, '#question').form!.requestSubmit();
        await waitUntil(() => text(hostEl, '.prompt-list').includes(question), 'not issued');
      };
      await issue('Which standard sets the 50-minute hour?', 'NASBA, IFRS');
      await learnerEl.refresh();
      await learnerEl.updateComplete;
      expect(text(learnerEl, 'form.prompt legend')).to.equal(
        'Which standard sets the 50-minute hour?',
      );
      const radios = [
        ...learnerEl.shadowRoot!.querySelectorAll<HTMLInputElement>('form.prompt input'),
      ];
      radios[0]!.click();
      $<HTMLFormElement>(learnerEl, 'form.prompt').requestSubmit();
      await waitUntil(
        () => text(learnerEl, '#prompt-counts') === 'You answered 1 of 1 prompts issued.',
        'answer not counted',
      );

      await issue('Type the codeword');
      await issue('Still with us?');
      await learnerEl.refresh();
      await learnerEl.updateComplete;
      expect(text(learnerEl, '#prompt-counts')).to.equal('You answered 1 of 3 prompts issued.');
      expect(text(learnerEl, '.missed')).to.contain('Type the codeword');
      expect(text(learnerEl, 'form.prompt label')).to.equal('Still with us?');
      const [first] = await call<EventPrompt[]>(api, `v1/events/${eventId}/prompts`, {
        as: ['hal', 'host'],
      });
      const answers = await requestsTo(
        api,
        'POST',
        `/v1/events/${eventId}/prompts/${first!.id}/responses`,
      );
      expect(answers.map((item) => JSON.parse(item.body!) as unknown)).to.deep.equal([
        { answer: 'NASBA' },
      ]);
    });
  });

  describe('keyboard', () => {
    it('takes the code from the keyboard, forgiving case and spaces', async () => {
      const { api, eventId } = await newEvent();
      const el = await learner(api, eventId);
      const typed = (await code(api, eventId)).toLowerCase();
      $<HTMLInputElement>(el, '#code').focus();
      await sendKeys({ type: `${typed.slice(0, 3)} ${typed.slice(3)}` });
      const checkedIn = oneEvent(el, 'cpe-checked-in');
      await sendKeys({ press: 'Enter' });
      expect((await checkedIn).detail).to.include({ kind: 'in' });
    });
  });

  describe('error states', () => {
    it('says plainly when the API does not answer (as across origins), and retries', async () => {
      const { api, eventId } = await newEvent();
      await setLine(api, 'down');
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const el = await fixture<CpeAttendanceCheckIn>(
          html`<cpe-attendance-check-in
            api-base=${api}
            event-id=${eventId}
            token=${await token('ann')}
          ></cpe-attendance-check-in>`,
        );
        // The client retries a GET twice before it calls the API unreachable.
        await waitUntil(() => $(el, '[role="alert"]'), 'no alert', { timeout: 10_000 });
        expect(text(el, '[role="alert"]')).to.contain(
          'The sponsor’s server did not answer this page: it may not allow this site yet',
        );
        expect(text(el, '[role="alert"]')).not.to.contain('Failed to fetch');
        expect(warnings.join('\n')).to.contain('api-base');
        await expect(el).to.be.accessible();
        await setLine(api, 'up');
        $<HTMLButtonElement>(el, '[role="alert"] button').click();
        await waitUntil(() => $(el, '#title'), 'not loaded on retry', { timeout: 10_000 });
        expect(text(el, '#title')).to.equal('Month-end close');
      } finally {
        console.warn = warn;
      }
    });

    it('tells the author which origin to allow when the API is on another origin', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const el = await fixture<CpeAttendanceCheckIn>(
          html`<cpe-attendance-check-in
            api-base="http://127.0.0.1:9/api/"
            event-id="e1"
          ></cpe-attendance-check-in>`,
        );
        await waitUntil(() => $(el, '[role="alert"]'), 'no alert', { timeout: 10_000 });
        expect(warnings.join('\n')).to.contain(
          `add this page's origin (${location.origin}) to CPE_ALLOWED_ORIGINS`,
        );
      } finally {
        console.warn = warn;
      }
    });

    it('refuses a wrong code with a message tied to the field', async () => {
      const { api, eventId } = await newEvent();
      const el = await learner(api, eventId);
      await enterCode(el, 'AAAAAA');
      submitCheckIn(el);
      await waitUntil(() => $(el, '#code-error'), 'no error shown');
      const input = $<HTMLInputElement>(el, '#code');
      expect(text(el, '#code-error')).to.contain('wrong or has expired');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.contain('code-error');
      expect(el.shadowRoot!.activeElement).to.equal(input);
      expect(await recordsOf(api, eventId)).to.deep.equal([]);
    });

    it('asks for six characters before sending anything', async () => {
      const { api, eventId } = await newEvent();
      const el = await learner(api, eventId);
      await enterCode(el, (await code(api, eventId)).slice(0, 3));
      submitCheckIn(el);
      await el.updateComplete;
      expect(text(el, '#code-error')).to.contain('6 letters and digits');
      expect(await requestsTo(api, 'POST', `/v1/events/${eventId}/check-ins`)).to.deep.equal([]);
    });

    it('explains a closed check-in window', async () => {
      const { api, eventId } = await newEvent({ closed: true });
      const el = await learner(api, eventId);
      await enterCode(el, await code(api, eventId));
      submitCheckIn(el);
      await waitUntil(() => text(el, '.notice.danger'), 'no message');
      expect(text(el, '.notice.danger')).to.contain('Check-in has closed.');
      expect(await recordsOf(api, eventId)).to.deep.equal([]);
    });

    it('queues a check-in made offline and sends it once when the network returns', async () => {
      const { api, eventId } = await newEvent();
      const el = await learner(api, eventId);
      // The API stores the check-in but the answer is lost: the worst case for duplicates.
      const typed = await code(api, eventId);
      await setLine(api, 'lose-response');
      await enterCode(el, typed);
      submitCheckIn(el);
      await waitUntil(() => $(el, '#queued'), 'not queued');
      expect(text(el, '#queued')).to.contain('will be sent when you are back online');
      expect(JSON.stringify(localStorage)).to.contain('idempotencyKey');

      await setLine(api, 'down');
      window.dispatchEvent(new Event('online'));
      await el.replayQueue();
      await el.updateComplete;
      expect($(el, '#queued')).to.not.equal(null);

      await setLine(api, 'up');
      const checkedIn = oneEvent(el, 'cpe-checked-in');
      window.dispatchEvent(new Event('online'));
      await checkedIn;
      await el.replayQueue();
      await el.updateComplete;
      expect($(el, '#queued')).to.equal(null);
      expect(text(el, '#state-heading')).to.match(/^Checked in since /);
      expect(await recordsOf(api, eventId)).to.have.length(1);

      // Another load replays nothing: the queue is empty.
      await learner(api, eventId);
      expect(await recordsOf(api, eventId)).to.have.length(1);
    });

    it('replays a queued check-in on the next load', async () => {
      const { api, eventId } = await newEvent();
      const el = await learner(api, eventId);
      const typed = await code(api, eventId);
      await setLine(api, 'down');
      await enterCode(el, typed);
      submitCheckIn(el);
      await waitUntil(() => $(el, '#queued'), 'not queued');
      el.remove();
      await setLine(api, 'up');
      const again = await learner(api, eventId);
      await again.replayQueue();
      await again.updateComplete;
      expect(text(again, '#state-heading')).to.match(/^Checked in since /);
      expect(await recordsOf(api, eventId)).to.have.length(1);
    });
  });

  describe('languages', () => {
    /** Waits for the catalog to arrive: what `selector` shows changes language. */
    async function speaking(el: CpeAttendanceCheckIn, selector: string, words: string) {
      await waitUntil(() => text(el, selector) === words, `no "${words}" in ${selector}`);
    }

    it('speaks French from its own lang: words, times, credits and minutes, and passes axe', async () => {
      const { api, eventId } = await newEvent();
      await seedCheckIn(api, eventId, 'bea', 'in');
      const restore = await shiftClocks(api, 85 * 60_000);
      try {
        const mine = await fixture<CpeAttendanceCheckIn>(
          html`<cpe-attendance-check-in
            lang="fr"
            api-base=${api}
            event-id=${eventId}
            token=${await token('bea')}
          ></cpe-attendance-check-in>`,
        );
        await mine.refresh();
        await speaking(mine, 'label[for="code"]', 'Code de départ');
        // French times run on the 24-hour clock: no AM or PM.
        expect(text(mine, '#state-heading')).to.match(/^Arrivée enregistrée depuis \d{2}:\d{2} /);
        expect(text(mine, '.credit .hint')).to.equal(
          'NASBA 1,6 · ICMA 1,6 · 1 h 25 min de présence',
        );
        // The engine's reasons, worded from their params by the French tables: asked for in
        // French from the first request, before the widget's own words are in (`text` reads
        // the no-break space before the colon as a space).
        expect(text(mine, '.credit .reasons')).to.contain('Votre présence est enregistrée : 85');
        await expect(mine).to.be.accessible();

        const hostEl = await fixture<CpeAttendanceCheckIn>(
          html`<cpe-attendance-check-in
            lang="fr"
            api-base=${api}
            event-id=${eventId}
            token=${await token('hal', 'host')}
            role="host"
          ></cpe-attendance-check-in>`,
        );
        await hostEl.refresh();
        await speaking(hostEl, '#roster-heading', 'Liste de présence');
        expect(text(hostEl, 'td[data-label="Présence"]')).to.equal('1 h 25 min');
        expect(text(hostEl, 'td[data-label="Crédits"]')).to.equal('1,6');
        expect(text(hostEl, '.countdown')).to.match(/^Nouveau code dans \d+ s$/);
        expect($(hostEl, 'svg.qr').getAttribute('aria-label')).to.match(
          /^Code QR\u00a0: ouvre la page d’arrivée avec le code [2-9A-Z]{6}$/,
        );
        await expect(hostEl).to.be.accessible();
      } finally {
        restore();
      }
    });

    it('says in French that a check-in made meanwhile in another tab is on record, and shows it', async () => {
      const hostEl = await fixture<CpeAttendanceCheckIn>(
        html`<cpe-attendance-check-in role="host" event-id="demo"></cpe-attendance-check-in>`,
      );
      await hostEl.refresh();
      await hostEl.updateComplete;
      const code = text(hostEl, '.code');
      const stale = await fixture<CpeAttendanceCheckIn>(
        html`<cpe-attendance-check-in lang="fr" event-id="demo"></cpe-attendance-check-in>`,
      );
      await stale.refresh();
      await speaking(stale, '#state-heading', 'Arrivée non enregistrée');
      const other = await fixture<CpeAttendanceCheckIn>(
        html`<cpe-attendance-check-in event-id="demo"></cpe-attendance-check-in>`,
      );
      await other.refresh();
      await enterCode(other, code);
      submitCheckIn(other);
      await oneEvent(other, 'cpe-checked-in');
      // The bundled rules refuse it as the API does (ATTEND.ON_RECORD); the widget says so.
      await enterCode(stale, code);
      submitCheckIn(stale);
      await waitUntil(() => text(stale, '.notice.danger'), 'no message');
      expect(text(stale, '.notice.danger')).to.equal(
        'Votre arrivée est déjà enregistrée ; enregistrez votre départ en partant.',
      );
      await waitUntil(
        () => text(stale, '#state-heading').startsWith('Arrivée enregistrée depuis'),
        'the records were not read again',
      );
      await expect(stale).to.be.accessible();
    });

    it('takes Spanish from an ancestor, with its plural rules and the sentences built in code', async () => {
      const { api, eventId } = await newEvent({ method: 'group-internet' });
      const outer = await fixture(
        html`<div lang="es-MX">
          <cpe-attendance-check-in
            api-base=${api}
            event-id=${eventId}
            token=${await token('ann')}
          ></cpe-attendance-check-in>
        </div>`,
      );
      const el = outer.querySelector<CpeAttendanceCheckIn>('cpe-attendance-check-in')!;
      await el.refresh();
      await speaking(el, 'label[for="code"]', 'Código de entrada');
      expect(text(el, '#state-heading')).to.equal('Entrada no registrada');
      expect(text(el, 'form button[type="submit"]')).to.equal('Registrar entrada');
      // Zero takes the plural in Spanish (and the singular in French).
      expect(text(el, '#prompt-counts')).to.equal('Ha respondido 0 de 0 preguntas planteadas.');
      await enterCode(el, 'AB');
      submitCheckIn(el);
      await el.updateComplete;
      expect(text(el, '#code-error')).to.equal(
        'El código tiene 6 letras y cifras; está en la pantalla del anfitrión.',
      );
    });

    it('switches live when a lang changes, sentences already shown included', async () => {
      const { api, eventId } = await newEvent();
      const el = await learner(api, eventId);
      el.lang = 'fr';
      await speaking(el, 'label[for="code"]', 'Code d’arrivée');
      await enterCode(el, 'AB');
      submitCheckIn(el);
      await el.updateComplete;
      expect(text(el, '#code-error')).to.match(/^Le code compte 6 lettres et chiffres/);
      el.lang = 'es';
      await speaking(el, 'label[for="code"]', 'Código de entrada');
      expect(text(el, '#code-error')).to.match(/^El código tiene 6 letras y cifras/);
      el.removeAttribute('lang');
      await speaking(el, 'label[for="code"]', 'Check-in code');
      expect(text(el, '#code-error')).to.equal(
        'The code has 6 letters and digits; it is on the host’s screen.',
      );
    });
  });
});
