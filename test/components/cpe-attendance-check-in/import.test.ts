/**
 * The host's "Import a report" against the real API: a generic CSV with one enrolled learner
 * and one unmatched person, previewed (nothing stored), mapped, committed, then on the roster.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/cpe-attendance-check-in/define.js';
import type { CpeAttendanceCheckIn } from '../../../src/components/cpe-attendance-check-in/cpe-attendance-check-in.js';
import type { PublicEvent, Roster } from '../../../src/policy/schemas.js';
import { call, createEvent, createProgram, enroll, newSpace, token } from '../api-space.js';

async function hostView(): Promise<{ api: string; event: PublicEvent; el: CpeAttendanceCheckIn }> {
  const api = newSpace('import');
  const program = await createProgram(api, { product: 'live-event' });
  const event = await createEvent(api, { closed: true, programId: program.id });
  await enroll(api, program.id, 'bea', { eventId: event.id });
  const el = await fixture<CpeAttendanceCheckIn>(
    html`<cpe-attendance-check-in
      api-base=${api}
      event-id=${event.id}
      token=${await token('hal', 'host')}
      role="host"
    ></cpe-attendance-check-in>`,
  );
  await el.refresh();
  await el.updateComplete;
  return { api, event, el };
}

const $ = <T extends Element = HTMLElement>(el: CpeAttendanceCheckIn, selector: string): T =>
  el.shadowRoot!.querySelector<T>(selector)!;
const text = (el: CpeAttendanceCheckIn, selector: string): string =>
  $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The event's session in the generic layout: Bea (enrolled) for 60 minutes, a guest for 55. */
function report(event: PublicEvent, leaveBeforeJoin = false): File {
  const start = Date.parse(event.segments[0]!.start);
  const iso = (minutes: number) => new Date(start + minutes * 60_000).toISOString();
  const bea = leaveBeforeJoin ? `${iso(60)},${iso(0)}` : `${iso(0)},${iso(60)}`;
  const csv = `name,email,join,leave\nBea Brown,bea@example.org,${bea}\nGuest Gus,,${iso(5)},${iso(60)}\n`;
  return new File([csv], 'webinar.csv', { type: 'text/csv' });
}

async function choose(el: CpeAttendanceCheckIn, file: File): Promise<void> {
  const input = $<HTMLInputElement>(el, '#import-file');
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

const previewFile = (el: CpeAttendanceCheckIn): void =>
  $<HTMLInputElement>(el, '#import-file').form!.requestSubmit();

describe('cpe-attendance-check-in: import a report', () => {
  it('is accessible with the import panel and its preview', async () => {
    const { el, event } = await hostView();
    await expect(el).to.be.accessible();
    await choose(el, report(event));
    previewFile(el);
    await waitUntil(() => $(el, '#import-preview-heading'), 'no preview');
    await expect(el).to.be.accessible();
  });

  it('offers the panel to hosts in API mode only, with the event’s zone filled in', async () => {
    const { el } = await hostView();
    expect($<HTMLInputElement>(el, '#import-zone').value).to.equal('America/New_York');
    const local = await fixture<CpeAttendanceCheckIn>(
      html`<cpe-attendance-check-in role="host" event-id="demo"></cpe-attendance-check-in>`,
    );
    await local.refresh();
    await local.updateComplete;
    expect($(local, '#import-heading')).to.equal(null);
  });

  it('previews, maps the unmatched guest, commits and shows them on the roster', async () => {
    const { api, event, el } = await hostView();
    await choose(el, report(event));
    expect(text(el, '#import-file-hint')).to.equal('Chosen: webinar.csv.');
    previewFile(el);
    // Focus moves to the preview; nothing is stored yet.
    await waitUntil(
      () => el.shadowRoot!.activeElement?.id === 'import-preview-heading',
      'no preview',
    );
    expect(text(el, '[aria-label="Import preview"]')).to.contain('Bea Brown');
    expect(text(el, '[aria-label="Import preview"]')).to.contain('Unmatched');
    const before = await call<Roster>(api, `v1/events/${event.id}/attendance`, {
      as: ['hal', 'host'],
    });
    expect(before.entries).to.deep.equal([]);

    $<HTMLInputElement>(el, '#assign-3').value = 'gus';
    $<HTMLInputElement>(el, '#assign-3').form!.requestSubmit();
    // Focus moves to the confirmation.
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'import-done', 'not committed');
    expect(text(el, '[role="status"] .notice.success')).to.contain('2 learners’ attendance');
    await waitUntil(() => text(el, '[part="roster"]').includes('Guest Gus'), 'not on the roster');
    expect(text(el, '[part="roster"]')).to.contain('Bea Brown');
  });

  it('takes a dropped file', async () => {
    const { el, event } = await hostView();
    const transfer = new DataTransfer();
    transfer.items.add(report(event));
    const zone = $(el, '.drop-zone');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
    await el.updateComplete;
    expect(zone.classList.contains('over')).to.equal(true);
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    await el.updateComplete;
    expect(zone.classList.contains('over')).to.equal(false);
    expect(text(el, '#import-file-hint')).to.equal('Chosen: webinar.csv.');
  });

  it('shows the API’s refusal with the row that caused it, and stores nothing', async () => {
    const { api, event, el } = await hostView();
    previewFile(el);
    await waitUntil(() => text(el, '.notice.danger').includes('No file yet'), 'no message');
    await choose(el, report(event, true));
    previewFile(el);
    await waitUntil(() => text(el, '.import-errors'), 'no errors shown');
    expect(text(el, '.notice.danger')).to.contain('The report has impossible times');
    expect(text(el, '.import-errors')).to.equal('Row 2: leaves before it joins');
    const roster = await call<Roster>(api, `v1/events/${event.id}/attendance`, {
      as: ['hal', 'host'],
    });
    expect(roster.entries).to.deep.equal([]);
  });
});
