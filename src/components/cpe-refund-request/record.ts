/**
 * Record mode: the enrollment a refund is about, read from the sponsor's API (the order of
 * record, its program version and its event), and the facts the learner is shown from it.
 * Loaded with the lazy chunk: only API pages with a learner's token need it.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { CallOptions, PolicyClient } from '../../client/policy-client.js';
import type { Enrollment, EnrollmentRefundRequest } from '../../policy/enrollments.js';
import type { Program } from '../../policy/programs.js';
import type { StoredRefund } from '../../policy/schemas.js';
import { formatMoney } from '../../policy/money.js';
import { formatDateTime } from '../shared/format.js';
import { viewerTimeZone } from '../shared/viewer-zone.js';
import type { Translate, Words } from '../shared/locale-controller.js';
import { reactiveState } from '../shared/reactive-state.js';
import { statusLabel } from '../shared/refund-labels.js';

export interface EnrollmentRecord {
  enrollment: Enrollment;
  program: Pick<Program, 'title' | 'product' | 'timeZone'>;
  /** When the event bought starts, for a live event or conference. */
  eventStart?: string;
  eventTimeZone?: string;
}

/** A quote about an enrollment of record: only what the learner alone can say. */
export interface RecordQuote {
  enrollmentId: string;
  answers: { specialCircumstances?: true };
}

/** What the element says of record mode: whether it is in it, and the enrollment it names. */
export type RecordArgs = readonly [
  client: PolicyClient | undefined,
  recordMode: boolean,
  enrollmentId: string | undefined,
];

/** One enrollment with its program version (title, product, zone) and its event's start. */
async function recordOf(
  client: PolicyClient,
  enrollment: Enrollment,
  options: CallOptions,
): Promise<EnrollmentRecord> {
  const [program, event] = await Promise.all([
    client.getProgram(enrollment.programId, { ...options, version: enrollment.programVersion }),
    enrollment.eventId
      ? client.getEvent(enrollment.eventId, options).catch(() => undefined)
      : undefined,
  ]);
  const first = event?.segments[0];
  return {
    enrollment,
    program,
    ...(first && event ? { eventStart: first.start, eventTimeZone: event.timeZone } : {}),
  };
}

/** The learner's own enrollment of that id, or undefined when it is not theirs (or none). */
async function loadRecord(
  client: PolicyClient,
  enrollmentId: string,
  options: CallOptions,
): Promise<EnrollmentRecord | undefined> {
  const enrollment = (await client.myEnrollments(options)).find((item) => item.id === enrollmentId);
  return enrollment && recordOf(client, enrollment, options);
}

/** The learner's enrollments, to pick the one to ask about. */
async function loadChoices(
  client: PolicyClient,
  options: CallOptions,
): Promise<EnrollmentRecord[]> {
  const enrollments = await client.myEnrollments(options);
  return Promise.all(enrollments.map((enrollment) => recordOf(client, enrollment, options)));
}

/** A purchase no longer active, in a word. */
const statusWord = (t: Translate, status: Enrollment['status']): string =>
  status === 'refunded' ? t('refunded') : t('cancelled');

/** The facts of record, which the learner reads but cannot change. */
function renderRecordFacts({ t, intl, locale }: Words, record: EnrollmentRecord): TemplateResult {
  const { enrollment, program, eventStart, eventTimeZone } = record;
  const here = viewerTimeZone();
  return html`
    <dl class="facts record-facts">
      <div>
        <dt>${t('Program')}</dt>
        <dd>${program.title}</dd>
      </div>
      <div>
        <dt>${t('You paid')}</dt>
        <dd>${formatMoney(enrollment.pricePaidCents, enrollment.currency, locale)}</dd>
      </div>
      <div>
        <dt>${t('Purchased')}</dt>
        <dd>${formatDateTime(enrollment.purchasedAt, here, intl)}</dd>
      </div>
      ${
        eventStart
          ? html`<div>
              <dt>${t('Event starts')}</dt>
              <dd>${formatDateTime(eventStart, eventTimeZone ?? here, intl)}</dd>
            </div>`
          : nothing
      }
    </dl>
    <p class="fine-print">${t('From the sponsor’s records of your order.')}</p>
  `;
}

/** An enrollment that is no longer active has nothing left to refund: say so, and why. */
function renderInactive(
  { t }: Words,
  record: EnrollmentRecord,
  contact: string | undefined,
): TemplateResult {
  const sentence =
    record.enrollment.status === 'refunded'
      ? t(
          'This enrollment was refunded, so there is nothing left to refund. Questions go to {contact}.',
          { contact: contact ?? '' },
        )
      : t(
          'This enrollment was cancelled, so there is nothing left to refund. Questions go to {contact}.',
          { contact: contact ?? '' },
        );
  return html`
    <div class="notice" part="notice" role="status">
      <p>${sentence}</p>
    </div>
  `;
}

/** The learner's purchases on record as a labelled radio list; `choose` takes an id. */
function renderChoices(
  { t, intl, locale }: Words,
  choices: EnrollmentRecord[],
  chosen: string,
  contact: string | undefined,
  choose: (enrollmentId: string) => void,
): TemplateResult {
  if (choices.length === 0) {
    return html`<p class="notice" part="notice" role="status">
      ${t(
        'You have no purchases on record with this sponsor, so there is nothing to ask a refund for here. If you bought something, contact {contact}.',
        { contact: contact ?? '' },
      )}
    </p>`;
  }
  return html`
    <fieldset class="field choices" part="questions">
      <legend>${t('Which purchase is this about?')}</legend>
      ${choices.map(
        ({ enrollment, program }) => html`
          <label class="check">
            <input
              type="radio"
              name="enrollment"
              value=${enrollment.id}
              .checked=${enrollment.id === chosen}
              @change=${() => choose(enrollment.id)}
            />
            <span>
              ${program.title}
              <span class="muted aside">
                ${t('{price}, bought {date}', {
                  price: formatMoney(enrollment.pricePaidCents, enrollment.currency, locale),
                  date: formatDateTime(enrollment.purchasedAt, viewerTimeZone(), intl),
                })}${enrollment.status === 'active' ? '' : ` (${statusWord(t, enrollment.status)})`}
              </span>
            </span>
          </label>
        `,
      )}
    </fieldset>
  `;
}

/** What record mode knows, for the renderer below. */
interface RecordView {
  /** The enrollments could not be read. */
  failed: boolean;
  /** The learner's enrollments, when there was no `enrollment-id` to ask about. */
  choices: EnrollmentRecord[] | undefined;
  /** The enrollments have been read. */
  loaded: boolean;
  /** The enrollment asked about or chosen (undefined while loading or when not theirs). */
  record: EnrollmentRecord | undefined;
  /** An `enrollment-id` was given (rather than a choice to make). */
  given: boolean;
  chosen: string;
  contact: string | undefined;
  choose: (enrollmentId: string) => void;
  retry: () => void;
  /** The question and the answer, for an active enrollment. */
  form: () => TemplateResult;
}

function renderRecord(words: Words, view: RecordView): TemplateResult {
  const { t } = words;
  const { record, choices, contact } = view;
  if (view.failed) {
    return html`<div class="notice danger" part="notice" role="alert">
      <p>${t('Your purchases could not be read from the sponsor’s system.')}</p>
      <button type="button" class="secondary" @click=${view.retry}>${t('Try again')}</button>
    </div>`;
  }
  const list = choices ? renderChoices(words, choices, view.chosen, contact, view.choose) : nothing;
  if (record) {
    return html`
      ${list} ${renderRecordFacts(words, record)}
      ${
        record.enrollment.status === 'active' ? view.form() : renderInactive(words, record, contact)
      }
    `;
  }
  if (choices) return html`${list}`;
  if (view.loaded && view.given) {
    return html`<p class="notice danger" part="notice" role="alert">
      ${t('This purchase is not on record for you. Contact {contact} to ask for a refund.', {
        contact: contact ?? '',
      })}
    </p>`;
  }
  return html`<p class="empty">${t('Reading your purchases…')}</p>`;
}

/** One request per enrollment: the open one, not an error. */
export function renderOpen(words: Words, existing: StoredRefund): TemplateResult {
  const { t } = words;
  return html`
    <div class="send notice" part="notice" role="status">
      <p>
        ${t('You already asked about this purchase: reference')}
        <strong>${existing.reference ?? existing.id}</strong>,
        ${statusLabel(words, existing.status).toLowerCase()}.
      </p>
    </div>
  `;
}

/**
 * The enrollment a request is about in record mode: the one `enrollment-id` names, or the one
 * the learner picks from their enrollments. Made when the element first is in record mode.
 */
export class EnrollmentOfRecord {
  private readonly state: { chosen: string };
  private readonly loading: Task<
    RecordArgs,
    { record?: EnrollmentRecord | undefined; choices?: EnrollmentRecord[] } | undefined
  >;

  /** `onChoose`: another purchase picked, so what was said about the last one no longer applies. */
  constructor(
    host: ReactiveControllerHost,
    private readonly args: () => RecordArgs,
    private readonly onChoose: () => void,
  ) {
    this.state = reactiveState(host, { chosen: '' });
    this.loading = new Task(host, {
      args,
      task: async ([client, recordMode, enrollmentId], { signal }) => {
        if (!client || !recordMode) return undefined;
        return enrollmentId
          ? { record: await loadRecord(client, enrollmentId, { signal }) }
          : { choices: await loadChoices(client, { signal }) };
      },
    });
  }

  private get loaded() {
    return this.loading.status === TaskStatus.COMPLETE ? this.loading.value : undefined;
  }

  /** The enrollment asked about or chosen, once loaded (undefined when it is not theirs). */
  get current(): EnrollmentRecord | undefined {
    const loaded = this.loaded;
    return (
      loaded?.record ??
      loaded?.choices?.find((choice) => choice.enrollment.id === this.state.chosen)
    );
  }

  /** What to quote: an active enrollment, and whether something exceptional happened. */
  quote(specialCircumstances: boolean): RecordQuote | undefined {
    const record = this.current;
    if (record?.enrollment.status !== 'active') return undefined;
    return {
      enrollmentId: record.enrollment.id,
      answers: specialCircumstances ? { specialCircumstances: true } : {},
    };
  }

  /** The written request about the enrollment, once it is loaded. */
  request(specialCircumstances: boolean, message: string): EnrollmentRefundRequest | undefined {
    if (!this.current) return undefined;
    return {
      enrollmentId: this.args()[2] || this.state.chosen,
      ...(specialCircumstances ? { specialCircumstances: true } : {}),
      ...(message ? { message } : {}),
    };
  }

  /** The choice of enrollment, then its facts and, for an active one, `form`. */
  render(words: Words, contact: string | undefined, form: () => TemplateResult): TemplateResult {
    const loaded = this.loaded;
    return renderRecord(words, {
      failed: this.loading.status === TaskStatus.ERROR,
      loaded: loaded !== undefined,
      choices: loaded?.choices,
      record: this.current,
      given: !!this.args()[2],
      chosen: this.state.chosen,
      contact,
      choose: (id) => {
        this.state.chosen = id;
        this.onChoose();
      },
      retry: () => void this.loading.run(),
      form,
    });
  }
}
