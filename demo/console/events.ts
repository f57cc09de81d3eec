/**
 * A program's events: the API's list, a link to run each (the attendance widget as
 * host), and the form that schedules one (sessions and breaks on the event's wall clock).
 */
import type { Program } from '../../src/policy/programs.js';
import type { EventCreate, PublicEvent } from '../../src/policy/schemas.js';
import { formatDateTime } from '../../src/components/shared/format.js';
import { describe, showErrors, type Console } from './app.js';
import { button, el, field, fieldset, input, type Field } from './dom.js';
import { lines, zonedInstant } from './form-values.js';

type AnyField = Field<HTMLElement & { focus(): void }>;
const GROUP = new Set(['group-live', 'group-internet', 'blended']);

/** `loaded` hears each list the API gives (the credits preview follows the events). */
export function eventsSection(
  app: Console,
  program: Program,
  loaded: (events: PublicEvent[]) => void,
): HTMLElement {
  const heading = el('h2', { id: 'events-heading', tabIndex: -1 }, 'Events');
  const section = el('section', { attrs: { 'aria-labelledby': 'events-heading' } }, heading);
  if (!GROUP.has(program.deliveryMethod)) {
    section.append(
      el(
        'p',
        { className: 'hint' },
        'Events are for group programs (live, internet-based, blended).',
      ),
    );
    return section;
  }
  const list = el('ul', { className: 'cards', attrs: { 'aria-label': 'Events of this program' } });
  const renderList = async () => {
    list.replaceChildren(el('li', { className: 'hint' }, 'Loading events…'));
    try {
      const events = await app.client.programEvents(program.id);
      list.replaceChildren(
        ...(events.length ? events.map(eventCard) : [el('li', {}, 'No event scheduled yet.')]),
      );
      loaded(events);
    } catch (error) {
      list.replaceChildren(
        el('li', { className: 'error' }, `Could not load the events: ${describe(error)}`),
      );
    }
  };
  void renderList();
  section.append(
    list,
    eventForm(app, program, async (id) => {
      await renderList();
      list.querySelector<HTMLElement>(`#event-${CSS.escape(id)}`)?.focus();
    }),
  );
  return section;
}

function eventCard(event: PublicEvent): HTMLElement {
  return el(
    'li',
    { className: 'card' },
    el('h3', { id: `event-${event.id}`, tabIndex: -1 }, event.title),
    el('p', {}, `${formatDateTime(event.segments[0]!.start, event.timeZone)} (${event.timeZone})`),
    el('p', {}, el('a', { href: `#run/${event.id}` }, `Run “${event.title}” (host view)`)),
  );
}

interface SpanRow {
  start: string;
  end: string;
}

function eventForm(
  app: Console,
  program: Program,
  created: (id: string) => Promise<void>,
): HTMLFormElement {
  const fields = new Map<string, AnyField>();
  const title = field('Event title', input({ value: program.title }));
  const timeZone = field(
    'Event time zone',
    input({ value: program.timeZone }),
    'The sessions’ times below are on this clock.',
  );
  const location = field('Location', input({ value: program.location ?? '' }));
  const hosts = field(
    'Hosts',
    el('textarea', { rows: 2 }),
    'Their sign-in ids (sub), one per line. Only they and admins run it.',
  );
  fields
    .set('title', title)
    .set('timeZone', timeZone)
    .set('location', location)
    .set('hosts', hosts);

  const spans = (name: 'segments' | 'breaks', noun: string, rows: SpanRow[]) => {
    const list = el('ol', { className: 'rows' });
    const render = () => {
      list.replaceChildren(
        ...rows.map((row, index) => {
          const start = input({ type: 'datetime-local', value: row.start });
          start.addEventListener('input', () => (row.start = start.value));
          const end = input({ type: 'datetime-local', value: row.end });
          end.addEventListener('input', () => (row.end = end.value));
          const startField = field(`${noun} ${index + 1} starts`, start);
          const endField = field(`${noun} ${index + 1} ends`, end);
          fields.set(`${name}.${index}.start`, startField);
          fields.set(`${name}.${index}`, endField);
          return el(
            'li',
            { className: 'row' },
            startField.wrapper,
            endField.wrapper,
            button(
              `Remove ${noun.toLowerCase()} ${index + 1}`,
              () => {
                rows.splice(index, 1);
                render();
              },
              { className: 'quiet' },
            ),
          );
        }),
      );
    };
    render();
    return fieldset(
      name === 'segments' ? 'Sessions' : 'Breaks',
      list,
      button(
        `Add a ${noun.toLowerCase()}`,
        () => {
          rows.push({ start: '', end: '' });
          render();
          list.querySelector<HTMLInputElement>('li:last-child input')?.focus();
        },
        { className: 'secondary' },
      ),
    );
  };
  const segments: SpanRow[] = [{ start: '', end: '' }];
  const breaks: SpanRow[] = [];
  const summary = el('p', { className: 'error summary', role: 'alert' });
  summary.hidden = true;
  const submit = el('button', { type: 'submit', className: 'primary' }, 'Create event');
  const form = el(
    'form',
    { noValidate: true, attrs: { 'aria-labelledby': 'new-event-heading' } },
    el('h3', { id: 'new-event-heading' }, 'New event'),
    el('div', { className: 'grid' }, title.wrapper, timeZone.wrapper, location.wrapper),
    spans('segments', 'Session', segments),
    spans('breaks', 'Break', breaks),
    hosts.wrapper,
    summary,
    el('div', { className: 'actions' }, submit),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void send();
  });

  async function send(): Promise<void> {
    const zone = timeZone.control.value.trim();
    const toSpan = ({ start, end }: SpanRow) => ({
      start: zonedInstant(start, zone) ?? start,
      end: zonedInstant(end, zone) ?? end,
    });
    const hostList = lines(hosts.control.value);
    const body: EventCreate = {
      title: title.control.value.trim(),
      method: program.deliveryMethod as EventCreate['method'],
      timeZone: zone,
      segments: segments.map(toSpan),
      ...(breaks.length ? { breaks: breaks.map(toSpan) } : {}),
      ...(location.control.value.trim() ? { location: location.control.value.trim() } : {}),
      programId: program.id,
      ...(hostList.length ? { hosts: hostList } : {}),
    };
    summary.hidden = true;
    submit.disabled = true;
    try {
      const saved = await app.client.createEvent(body);
      app.announce(`Event “${saved.title}” created.`);
      await created(saved.id);
    } catch (error) {
      showErrors(error, fields, summary);
    } finally {
      submit.disabled = false;
    }
  }
  return form;
}
