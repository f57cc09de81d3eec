/**
 * Programs: the list (drafts and published), and the form that creates or edits one with
 * every field of the disclosure, the credits offered worked out locally by the engine as the
 * sponsor types, and publishing.
 */
import { FIELDS_OF_STUDY, offeredCredits, type Program } from '../../src/policy/programs.js';
import type { PublicEvent } from '../../src/policy/schemas.js';
import { formatCredits } from '../../src/policy/locale.js';
import { formatMoney } from '../../src/policy/money.js';
import { describe, showErrors, type Console } from './app.js';
import { button, el, field, fieldset, input, select, type Field } from './dom.js';
import {
  COLLEGE_FIELDS,
  SELF_STUDY_FIELDS,
  contentKind,
  draftOf,
  emptyDraft,
  programBody,
  type ProgramDraft,
} from './program-body.js';
import { eventsSection } from './events.js';

const METHODS = [
  ['group-live', 'Group live'],
  ['group-internet', 'Group internet-based'],
  ['blended', 'Blended'],
  ['self-study', 'QAS self-study'],
  ['nano', 'Nano-learning'],
  ['recorded-webinar', 'Recorded webinar'],
  ['college', 'College course'],
] as const;
const PRODUCTS = [
  ['live-event', 'Live event'],
  ['self-study', 'Self-study'],
  ['conference', 'Conference'],
] as const;
const LEVELS = ['Basic', 'Intermediate', 'Advanced', 'Update', 'Overview'] as const;

type AnyField = Field<HTMLElement & { focus(): void }>;

export async function programList(app: Console, main: HTMLElement): Promise<void> {
  const heading = el('h2', { tabIndex: -1 }, 'Programs');
  const list = el('ul', { className: 'cards', attrs: { 'aria-label': 'Programs' } });
  main.replaceChildren(
    heading,
    el('p', {}, el('a', { href: '#programs/new', className: 'button primary' }, 'New program')),
    list,
  );
  heading.focus();
  try {
    const programs = await app.client.listPrograms();
    if (!programs.length) list.append(el('li', {}, 'No program yet: create the first one.'));
    for (const program of programs) list.append(programCard(program));
  } catch (error) {
    list.append(
      el('li', { className: 'error' }, `Could not load the programs: ${describe(error)}`),
    );
  }
}

function programCard(program: Program): HTMLElement {
  return el(
    'li',
    { className: 'card' },
    el('h3', {}, el('a', { href: `#programs/${program.id}` }, program.title)),
    el(
      'p',
      {},
      el(
        'span',
        { className: `badge ${program.status}` },
        program.status === 'draft' ? 'Draft' : 'Published',
      ),
      ` Version ${program.version} · ${formatCredits('en', program.creditsOffered.nasba)} credits offered · `,
      formatMoney(program.priceCents, program.currency),
    ),
  );
}

/** The create/edit view; `id` undefined for a new program. */
export async function programView(app: Console, main: HTMLElement, id?: string): Promise<void> {
  let program: Program | undefined;
  if (id) {
    try {
      program = await app.client.getProgram(id);
    } catch (error) {
      main.replaceChildren(
        el('p', { className: 'error' }, `Could not load the program: ${describe(error)}`),
      );
      return;
    }
  }
  const draft = program
    ? draftOf(program)
    : emptyDraft(Intl.DateTimeFormat().resolvedOptions().timeZone);
  const heading = el('h2', { tabIndex: -1 }, program ? program.title : 'New program');
  const meta = program
    ? el(
        'p',
        { className: 'hint' },
        `${program.status === 'draft' ? 'Draft' : 'Published'}, version ${program.version}`,
      )
    : undefined;
  const { form, showEvents } = programForm(app, draft, program);
  main.replaceChildren(
    el('p', {}, el('a', { href: '#programs' }, '← All programs')),
    heading,
    ...(meta ? [meta] : []),
    form,
    ...(program ? [eventsSection(app, program, showEvents)] : []),
  );
  heading.focus();
}

type Schedule = Parameters<typeof offeredCredits>[1];

/** The form, and where the events section hands over the API's events for the preview. */
function programForm(
  app: Console,
  draft: ProgramDraft,
  program: Program | undefined,
): { form: HTMLFormElement; showEvents: (events: PublicEvent[]) => void } {
  const fields = new Map<string, AnyField>();
  const add = <F extends AnyField>(path: string, entry: F): F => {
    fields.set(path, entry);
    return entry;
  };
  const text = (path: keyof ProgramDraft, label: string, multiline = false, hint?: string) => {
    const control = multiline ? el('textarea', { rows: 3 }) : input();
    control.value = draft[path] as string;
    control.addEventListener('input', () => {
      (draft[path] as string) = control.value;
      update();
    });
    return add(path, field(label, control, hint)).wrapper;
  };
  const choice = <K extends keyof ProgramDraft>(
    path: K,
    label: string,
    options: readonly (string | readonly [string, string])[],
  ) => {
    const control = select(options as (string | [string, string])[], draft[path] as string);
    control.addEventListener('change', () => {
      (draft[path] as string) = control.value;
      if (path === 'deliveryMethod') renderContent();
      update();
    });
    return add(path, field(label, control)).wrapper;
  };

  // Objectives: one text field per row, rows added and removed.
  const objectiveRows = el('ol', { className: 'rows' });
  const renderObjectives = () => {
    objectiveRows.replaceChildren(
      ...draft.objectives.map((objective, index) => {
        const control = input({ value: objective });
        control.addEventListener('input', () => {
          draft.objectives[index] = control.value;
        });
        const entry = add(`objectives.${index}`, field(`Objective ${index + 1}`, control));
        return el(
          'li',
          { className: 'row' },
          entry.wrapper,
          draft.objectives.length > 1 &&
            button(
              `Remove objective ${index + 1}`,
              () => {
                draft.objectives.splice(index, 1);
                renderObjectives();
              },
              { className: 'quiet' },
            ),
        );
      }),
    );
  };
  renderObjectives();

  // Fields of study: a checkbox per field; a credits box per chosen one when several.
  const fieldChoices = el('div', { className: 'checks' });
  const fieldCredits = el('div', { className: 'split' });
  const renderFieldCredits = () => {
    fieldCredits.replaceChildren(
      ...(draft.fields.length > 1
        ? draft.fields.map((entry, index) => {
            const control = input({
              type: 'number',
              min: '0',
              step: '0.1',
              value: entry.credits,
              inputMode: 'decimal',
            });
            control.addEventListener('input', () => {
              entry.credits = control.value;
              update();
            });
            return add(
              `fieldsOfStudy.${index}.credits`,
              field(`Credits in ${entry.field}`, control),
            ).wrapper;
          })
        : []),
    );
  };
  for (const name of FIELDS_OF_STUDY) {
    const box = input({
      type: 'checkbox',
      checked: draft.fields.some(({ field: f }) => f === name),
    });
    box.addEventListener('change', () => {
      draft.fields = box.checked
        ? [...draft.fields, { field: name, credits: '' }]
        : draft.fields.filter(({ field: f }) => f !== name);
      renderFieldCredits();
      update();
    });
    fieldChoices.append(el('label', { className: 'check' }, box, ` ${name}`));
  }
  renderFieldCredits();
  const fieldsOfStudy = add('fieldsOfStudy', {
    wrapper: fieldset('Fields of study', fieldChoices, fieldCredits),
    control: fieldChoices,
    setError(message: string) {
      fieldsError.textContent = message;
      fieldsError.hidden = !message;
    },
  });
  const fieldsError = el('p', { className: 'error', role: 'alert' });
  fieldsError.hidden = true;
  fieldsOfStudy.wrapper.append(fieldsError);

  // Instructors: name and credentials rows.
  const instructorRows = el('ol', { className: 'rows' });
  const renderInstructors = () => {
    instructorRows.replaceChildren(
      ...draft.instructors.map((person, index) => {
        const name = input({ value: person.name, autocomplete: 'off' });
        name.addEventListener('input', () => (person.name = name.value));
        const credentials = input({ value: person.credentials, autocomplete: 'off' });
        credentials.addEventListener('input', () => (person.credentials = credentials.value));
        return el(
          'li',
          { className: 'row' },
          add(`instructors.${index}.name`, field(`Instructor ${index + 1} name`, name)).wrapper,
          add(
            `instructors.${index}.credentials`,
            field(`Instructor ${index + 1} credentials`, credentials),
          ).wrapper,
          button(
            `Remove instructor ${index + 1}`,
            () => {
              draft.instructors.splice(index, 1);
              renderInstructors();
            },
            { className: 'quiet' },
          ),
        );
      }),
    );
  };
  renderInstructors();

  // The content the engine works credits out from, by delivery method.
  const content = el('div', { className: 'grid' });
  const renderContent = () => {
    const kind = contentKind(draft.deliveryMethod);
    const numberField = (
      path: string,
      label: string,
      value: string,
      set: (v: string) => void,
      hint?: string,
    ) => {
      const control = input({ type: 'number', min: '0', value, inputMode: 'numeric' });
      control.addEventListener('input', () => {
        set(control.value);
        update();
      });
      return add(path, field(label, control, hint)).wrapper;
    };
    if (kind === 'minutes') {
      content.replaceChildren(
        numberField(
          'creditInput.minutes',
          'Planned minutes of instruction',
          draft.minutes,
          (v) => (draft.minutes = v),
          'Group programs: replaced by the events’ sessions once an event is scheduled.',
        ),
      );
    } else {
      const list = kind === 'self-study' ? SELF_STUDY_FIELDS : COLLEGE_FIELDS;
      const values = (kind === 'self-study' ? draft.selfStudy : draft.college) as Record<
        string,
        string
      >;
      content.replaceChildren(
        ...list.map(([key, label]) =>
          numberField(
            `creditInput.${kind === 'self-study' ? 'selfStudy' : 'college'}.${key}`,
            label,
            values[key] ?? '',
            (v) => (values[key] = v),
          ),
        ),
      );
    }
  };
  renderContent();

  // Credits offered, from the engine in the browser, as the sponsor types.
  const creditsValue = el('p', { className: 'credits-value' });
  const creditsReasons = el('ul', { className: 'reasons' });
  const creditsError = el('p', { className: 'error' });
  // A group program's events replace its planned minutes: the preview waits for the API's.
  const eventsNote = el('p', { className: 'hint' });
  let events: Schedule = [];
  const creditsBox = el(
    'section',
    {
      className: 'credits',
      attrs: { 'aria-labelledby': 'credits-heading', 'aria-live': 'polite' },
    },
    el('h3', { id: 'credits-heading' }, 'Credits offered'),
    creditsValue,
    eventsNote,
    creditsError,
    creditsReasons,
  );
  const showEvents = (loaded: PublicEvent[]) => {
    events = loaded.map(({ segments, breaks }) => ({ segments, breaks }));
    eventsNote.className = 'hint';
    eventsNote.replaceChildren();
    update();
  };
  const loadEvents = async (id: string) => {
    eventsNote.textContent = 'Loading events…';
    try {
      showEvents(await app.client.programEvents(id));
    } catch (error) {
      eventsNote.className = 'error';
      eventsNote.textContent = `Could not load the events: ${describe(error)}`;
    }
  };
  const update = () => {
    const { body } = programBody(draft);
    let result: ReturnType<typeof offeredCredits>;
    try {
      result = offeredCredits(body, events, app.policy);
    } catch {
      result = {
        ok: false,
        errors: [{ path: 'creditInput', message: 'cannot be worked out from these values yet' }],
      };
    }
    if (result.ok) {
      creditsValue.textContent = `${formatCredits('en', result.value.creditsOffered.nasba)} CPE credits`;
      creditsError.textContent = '';
      creditsReasons.replaceChildren(
        ...result.value.reasons.map(({ message }) => el('li', {}, message)),
        ...result.value.warnings.map(({ message }) => el('li', { className: 'warning' }, message)),
        ...(result.value.fieldsOfStudy.length > 1
          ? result.value.fieldsOfStudy.map(({ field: f, credits }) =>
              el('li', {}, `${f}: ${formatCredits('en', credits)}`),
            )
          : []),
      );
    } else {
      creditsValue.textContent = '—';
      creditsError.textContent = result.errors
        .map(({ path, message }) => `${label(path)} ${message}`)
        .join('; ');
      creditsReasons.replaceChildren();
    }
  };

  const priceControl = input({ inputMode: 'decimal', value: draft.price, autocomplete: 'off' });
  priceControl.addEventListener('input', () => (draft.price = priceControl.value));
  const price = add(
    'priceCents',
    field('Price', priceControl, 'In the currency below, e.g. 199.00'),
  );

  const summary = el('p', { className: 'error summary', role: 'alert' });
  summary.hidden = true;
  const save = el(
    'button',
    { type: 'submit', className: 'primary' },
    program ? 'Save changes' : 'Create program',
  );
  const publish =
    program?.status === 'draft'
      ? button('Publish', () => void doPublish(), { className: 'secondary' })
      : undefined;

  const form = el(
    'form',
    { noValidate: true, attrs: { 'aria-labelledby': 'program-form-heading' } },
    el('h3', { id: 'program-form-heading', className: 'visually-hidden' }, 'Program details'),
    el(
      'div',
      { className: 'program-layout' },
      el(
        'div',
        { className: 'program-fields' },
        fieldset(
          'Disclosure',
          text('title', 'Title'),
          text('description', 'Description', true),
          el(
            'div',
            { className: 'grid' },
            choice('deliveryMethod', 'Delivery method', METHODS),
            choice('knowledgeLevel', 'Knowledge level', LEVELS),
            choice('product', 'Product', PRODUCTS),
          ),
        ),
        fieldset(
          'Learning objectives',
          objectiveRows,
          button(
            'Add an objective',
            () => {
              draft.objectives.push('');
              renderObjectives();
              objectiveRows.querySelector<HTMLInputElement>('li:last-child input')?.focus();
            },
            { className: 'secondary' },
          ),
        ),
        fieldsOfStudy.wrapper,
        fieldset('Content (what the credits follow from)', content),
        fieldset(
          'Before and during the program',
          text('prerequisites', 'Prerequisites', true, 'Left blank, the disclosure says “None”.'),
          text(
            'advancePreparation',
            'Advance preparation',
            true,
            'Left blank, the disclosure says “None”.',
          ),
          text('attendanceRequirements', 'Attendance requirements', true),
          el(
            'div',
            { className: 'grid' },
            text('location', 'Location'),
            text('timeZone', 'Time zone', false, 'An IANA zone, e.g. America/New_York'),
          ),
        ),
        fieldset(
          'Instructors',
          instructorRows,
          button(
            'Add an instructor',
            () => {
              draft.instructors.push({ name: '', credentials: '' });
              renderInstructors();
              instructorRows.querySelector<HTMLInputElement>('li:last-child input')?.focus();
            },
            { className: 'secondary' },
          ),
        ),
        fieldset(
          'Price',
          el(
            'div',
            { className: 'grid' },
            price.wrapper,
            text('currency', 'Currency', false, 'Three letters, e.g. USD'),
          ),
        ),
      ),
      creditsBox,
    ),
    summary,
    el('div', { className: 'actions' }, save, publish),
  );

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void doSave();
  });

  async function doSave(): Promise<void> {
    const { body, errors } = programBody(draft);
    summary.hidden = true;
    for (const entry of fields.values()) entry.setError('');
    if (errors.length) {
      for (const { path, message } of errors) fields.get(path)?.setError(message);
      fields.get(errors[0]!.path)?.control.focus();
      return;
    }
    save.disabled = true;
    try {
      const saved = program
        ? await app.client.updateProgram(program.id, { ...body, status: program.status })
        : await app.client.createProgram({ ...body, status: 'draft' });
      app.announce(`Program “${saved.title}” saved (version ${saved.version}).`);
      app.go(`#programs/${saved.id}`);
    } catch (error) {
      showErrors(error, fields, summary);
    } finally {
      save.disabled = false;
    }
  }

  async function doPublish(): Promise<void> {
    if (!program) return;
    try {
      const published = await app.client.publishProgram(program.id);
      app.announce(`Program “${published.title}” published (version ${published.version}).`);
      app.go(`#programs/${published.id}`);
    } catch (error) {
      showErrors(error, fields, summary);
    }
  }

  update();
  if (program) void loadEvents(program.id);
  return { form, showEvents };
}

/** An engine error path in words ("creditInput" -> "The content"). */
function label(path: string): string {
  if (path.startsWith('fieldsOfStudy')) return 'The fields of study:';
  if (path.startsWith('creditInput')) return 'The content:';
  return `${path}:`;
}
