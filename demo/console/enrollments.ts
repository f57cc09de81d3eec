/**
 * Enrollments of one program: enroll a learner by form, import a CSV file (all rows or none,
 * errors by row number), the list with status, and a self-study final test's score.
 */
import type { Enrollment } from '../../src/policy/enrollments.js';
import type { Program } from '../../src/policy/programs.js';
import { formatMoney } from '../../src/policy/money.js';
import { formatDateTime } from '../../src/components/shared/format.js';
import { PolicyError } from '../../src/client/policy-client.js';
import { describe, showErrors, type Console } from './app.js';
import { el, field, fieldset, input, select, type Field } from './dom.js';
import { moneyText, parseMoney, rowMessage, zonedInstant } from './form-values.js';

type AnyField = Field<HTMLElement & { focus(): void }>;

export async function enrollmentsView(
  app: Console,
  main: HTMLElement,
  programId?: string,
): Promise<void> {
  const heading = el('h2', { tabIndex: -1 }, 'Enrollments');
  main.replaceChildren(heading);
  heading.focus();
  let programs: Program[];
  try {
    programs = await app.client.listPrograms();
  } catch (error) {
    main.append(el('p', { className: 'error' }, `Could not load the programs: ${describe(error)}`));
    return;
  }
  if (!programs.length) {
    main.append(
      el(
        'p',
        {},
        'Create a program first: ',
        el('a', { href: '#programs/new' }, 'New program'),
        '.',
      ),
    );
    return;
  }
  const chooser = field(
    'Program',
    select(
      programs.map((p) => [p.id, `${p.title} (v${p.version})`] as [string, string]),
      programId ?? programs[0]!.id,
    ),
  );
  chooser.control.addEventListener('change', () => app.go(`#enrollments/${chooser.control.value}`));
  const program = programs.find(({ id }) => id === chooser.control.value)!;
  const list = el('div');
  const refresh = async (focusId?: string) => {
    try {
      list.replaceChildren(
        enrollmentTable(app, program, await app.client.programEnrollments(program.id), refresh),
      );
      if (focusId) list.querySelector<HTMLElement>(`#enrollment-${CSS.escape(focusId)}`)?.focus();
    } catch (error) {
      list.replaceChildren(
        el('p', { className: 'error' }, `Could not load the enrollments: ${describe(error)}`),
      );
    }
  };
  main.append(
    chooser.wrapper,
    el(
      'div',
      { className: 'two' },
      enrollForm(app, program, refresh),
      importForm(app, program, refresh),
    ),
    el('h3', { id: 'enrolled-heading', tabIndex: -1 }, 'Enrolled learners'),
    list,
  );
  await refresh();
}

function enrollmentTable(
  app: Console,
  program: Program,
  enrollments: Enrollment[],
  refresh: (id?: string) => Promise<void>,
): HTMLElement {
  if (!enrollments.length) return el('p', {}, 'Nobody is enrolled yet.');
  const selfStudy = program.deliveryMethod === 'self-study';
  const row = (enrollment: Enrollment) => {
    const cells: (Node | string)[] = [
      el(
        'th',
        { scope: 'row', id: `enrollment-${enrollment.id}`, tabIndex: -1 },
        enrollment.learner.name,
        el('br'),
        el('span', { className: 'hint' }, enrollment.learner.email),
      ),
      el('td', {}, enrollment.status),
      el('td', {}, formatMoney(enrollment.pricePaidCents, enrollment.currency)),
      el('td', {}, formatDateTime(enrollment.purchasedAt)),
      el('td', {}, enrollment.orderRef),
    ];
    if (selfStudy) cells.push(el('td', {}, assessmentCell(app, enrollment, refresh)));
    return el('tr', {}, ...cells);
  };
  const headers = [
    'Learner',
    'Status',
    'Paid',
    'Purchased',
    'Order',
    ...(selfStudy ? ['Final test'] : []),
  ];
  return el(
    'div',
    {
      className: 'table-wrap',
      tabIndex: 0,
      attrs: { role: 'region', 'aria-labelledby': 'enrolled-heading' },
    },
    el(
      'table',
      {},
      el('thead', {}, el('tr', {}, ...headers.map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...enrollments.map(row)),
    ),
  );
}

function assessmentCell(
  app: Console,
  enrollment: Enrollment,
  refresh: (id?: string) => Promise<void>,
): HTMLElement {
  const score = input({
    type: 'number',
    min: '0',
    max: '100',
    inputMode: 'numeric',
    value: enrollment.assessment ? String(enrollment.assessment.scorePercent) : '',
  });
  const entry = field(`Score (%) of ${enrollment.learner.name}`, score);
  const status = enrollment.assessment
    ? enrollment.assessment.passed
      ? 'Passed'
      : 'Not passed'
    : 'Not recorded';
  const form = el(
    'form',
    { className: 'inline', noValidate: true },
    entry.wrapper,
    el('button', { type: 'submit', className: 'secondary' }, 'Record'),
    el('p', { className: 'hint' }, status),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      try {
        const saved = await app.client.recordAssessment(enrollment.id, {
          scorePercent: Number(score.value),
        });
        app.announce(
          `Final test of ${saved.learner.name}: ${saved.assessment?.passed ? 'passed' : 'not passed'}.`,
        );
        await refresh(saved.id);
      } catch (error) {
        entry.setError(
          error instanceof PolicyError && error.errors[0]
            ? error.errors[0].message
            : describe(error),
        );
      }
    })();
  });
  return form;
}

function enrollForm(
  app: Console,
  program: Program,
  refresh: (id?: string) => Promise<void>,
): HTMLFormElement {
  const fields = new Map<string, AnyField>();
  const add = (
    path: string,
    label: string,
    control: HTMLInputElement | HTMLSelectElement,
    hint?: string,
  ) => {
    const entry = field(label, control, hint);
    fields.set(path, entry);
    return entry;
  };
  const sub = add(
    'learner.sub',
    'Learner id (sub)',
    input({ autocomplete: 'off' }),
    'The id in the learner’s sign-in token.',
  );
  const name = add('learner.name', 'Name', input({ autocomplete: 'off' }));
  const email = add('learner.email', 'Email', input({ type: 'email', autocomplete: 'off' }));
  const price = add(
    'pricePaidCents',
    'Price paid',
    input({
      inputMode: 'decimal',
      autocomplete: 'off',
      value: moneyText(program.priceCents, program.currency),
    }),
  );
  const currency = add('currency', 'Currency', input({ value: program.currency }));
  const purchased = add(
    'purchasedAt',
    'Purchased',
    input({ type: 'datetime-local' }),
    `On the program’s clock (${program.timeZone}).`,
  );
  const orderRef = add(
    'orderRef',
    'Order reference',
    input({ autocomplete: 'off' }),
    'From the shop; enrolling twice with it does nothing.',
  );
  const eventSelect = select([['', 'The earliest event']]);
  const eventChoice = add('eventId', 'Event', eventSelect);
  eventChoice.wrapper.append(eventOptions(app, program, eventSelect));
  const summary = el('p', { className: 'error summary', role: 'alert' });
  summary.hidden = true;
  const form = el(
    'form',
    { noValidate: true, attrs: { 'aria-labelledby': 'enroll-heading' } },
    el('h3', { id: 'enroll-heading' }, 'Enroll a learner'),
    fieldset('Learner', sub.wrapper, name.wrapper, email.wrapper),
    fieldset(
      'Order',
      price.wrapper,
      currency.wrapper,
      purchased.wrapper,
      orderRef.wrapper,
      eventChoice.wrapper,
    ),
    summary,
    el(
      'div',
      { className: 'actions' },
      el('button', { type: 'submit', className: 'primary' }, 'Enroll'),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      for (const entry of fields.values()) entry.setError('');
      const cents = parseMoney(price.control.value, currency.control.value);
      if (cents === undefined) {
        price.setError('must be an amount such as 199.00');
        price.control.focus();
        return;
      }
      try {
        const saved = await app.client.enroll(program.id, {
          learner: {
            sub: sub.control.value.trim(),
            name: name.control.value.trim(),
            email: email.control.value.trim(),
          },
          pricePaidCents: cents,
          currency: currency.control.value.trim().toUpperCase(),
          purchasedAt:
            zonedInstant(purchased.control.value, program.timeZone) ?? purchased.control.value,
          orderRef: orderRef.control.value.trim(),
          ...(eventChoice.control.value ? { eventId: eventChoice.control.value } : {}),
        });
        summary.hidden = true;
        app.announce(`${saved.learner.name} enrolled.`);
        form.reset();
        await refresh(saved.id);
      } catch (error) {
        showErrors(error, fields, summary);
      }
    })();
  });
  return form;
}

/** Fills the event choice from the API; the note says while it loads, or why it could not. */
function eventOptions(app: Console, program: Program, choice: HTMLSelectElement): HTMLElement {
  const note = el('p', { className: 'hint' }, 'Loading events…');
  void (async () => {
    try {
      const events = await app.client.programEvents(program.id);
      choice.append(...events.map(({ id, title }) => el('option', { value: id }, title)));
      note.remove();
    } catch (error) {
      note.className = 'error';
      note.textContent = `Could not load the events: ${describe(error)}`;
    }
  })();
  return note;
}

function importForm(
  app: Console,
  program: Program,
  refresh: (id?: string) => Promise<void>,
): HTMLFormElement {
  const file = field(
    'CSV file',
    input({ type: 'file', accept: '.csv,text/csv' }),
    'Header row: sub,name,email,pricePaidCents,currency,purchasedAt,orderRef. Every row is enrolled, or none.',
  );
  const rowErrors = el('ul', { className: 'error-list' });
  const result = el('div', { attrs: { role: 'alert' } });
  const form = el(
    'form',
    { noValidate: true, attrs: { 'aria-labelledby': 'import-heading' } },
    el('h3', { id: 'import-heading' }, 'Import a CSV file'),
    file.wrapper,
    result,
    el(
      'div',
      { className: 'actions' },
      el('button', { type: 'submit', className: 'primary' }, 'Import'),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      const chosen = file.control.files?.[0];
      file.setError('');
      result.replaceChildren();
      if (!chosen) {
        file.setError('Choose a CSV file first.');
        file.control.focus();
        return;
      }
      try {
        const imported = await app.client.importEnrollments(program.id, await chosen.text());
        app.announce(
          `Imported: ${imported.created} enrolled, ${imported.existing} already enrolled.`,
        );
        result.replaceChildren(
          el(
            'p',
            { className: 'ok' },
            `${imported.created} enrolled, ${imported.existing} already enrolled.`,
          ),
        );
        await refresh();
      } catch (error) {
        if (error instanceof PolicyError && error.errors.length) {
          rowErrors.replaceChildren(
            ...error.errors.map(({ path, message }) => el('li', {}, rowMessage(path, message))),
          );
          result.replaceChildren(
            el(
              'p',
              { className: 'error' },
              'Nothing was imported. Fix these rows and import the file again:',
            ),
            rowErrors,
          );
        } else {
          result.replaceChildren(
            el('p', { className: 'error' }, `Nothing was imported: ${describe(error)}`),
          );
        }
      }
    })();
  });
  return form;
}
