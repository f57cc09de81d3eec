import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { PolicyError } from '../../client/policy-client.js';
import type { PolicyDocument } from '../../policy/policy.js';
import type {
  CreditInput,
  DeliveryMethod,
  Edition,
  FieldError,
  Increment,
} from '../../policy/schemas.js';
import { ClientController } from '../shared/client-controller.js';
import { DelayedFlag } from '../shared/delayed-flag.js';
import { deliveryMethodNames } from '../shared/delivery-methods.js';
import { viewerTimeZone } from '../shared/viewer-zone.js';
import { LocaleController, type Translate } from '../shared/locale-controller.js';
import { controls, tokens } from '../shared/tokens.js';
import { styles } from './cpe-credit-calculator.styles.js';
import {
  numberFields,
  timedMethods,
  type CreditForm,
  type FormReading,
  type NumberKey,
  type RowList,
  type ScheduleRow,
} from './form.js';
import type { Calculation } from './deferred.js';

/** The delivery methods in the order the menu offers them. */
const methods: readonly DeliveryMethod[] = [
  'group-live',
  'group-internet',
  'blended',
  'self-study',
  'nano',
  'recorded-webinar',
  'college',
];

const labels = (t: Translate): Record<NumberKey, string> => ({
  minutes: t('Minutes'),
  'selfStudy.pilotMinutes': t('Pilot-test minutes'),
  'selfStudy.words': t('Words'),
  'selfStudy.audioVideoMinutes': t('Audio and video minutes'),
  'selfStudy.reviewQuestions': t('Review questions'),
  'selfStudy.examQuestions': t('Final exam questions'),
  'selfStudy.exerciseQuestions': t('Exercise questions'),
  'college.semesterHours': t('Semester hours'),
  'college.quarterHours': t('Quarter hours'),
});

/** How long typing must pause before the credits are worked out again. */
const debounceMs = 250;

const isMethod = (value: unknown): value is DeliveryMethod =>
  methods.includes(value as DeliveryMethod);

/**
 * Works out the NASBA and ICMA credits a program earns, for every delivery method, and
 * explains every rounding. Without `api-base` it runs the bundled rules and labels the
 * answer an estimate; with it, it asks the sponsor's policy API (`POST /v1/credits`).
 *
 * @summary CPE credit calculator: NASBA and ICMA credits side by side, with the reasons.
 *
 * @fires cpe-credits-calculated - A new result (detail: the credit result, as the engine or
 *   API returns it). Not fired while input is invalid, nor for the in-browser stand-in shown
 *   when the API cannot be reached.
 *
 * @csspart form - The inputs column.
 * @csspart result - The result column (an aria-live region).
 * @csspart figure - Each credit figure (NASBA, ICMA).
 * @csspart reasons - The list of reasons behind the figure.
 * @csspart notice - Warnings, ineligibility and the offline notice.
 *
 * @cssprop --cpe-color-accent - Focus ring, buttons and the credit figures.
 * @cssprop --cpe-color-surface - Background.
 * @cssprop --cpe-color-text - Text colour.
 * @cssprop --cpe-color-muted - Hints and fine print.
 * @cssprop --cpe-color-warning - Warning notices.
 * @cssprop --cpe-color-danger - Errors and ineligibility.
 * @cssprop --cpe-radius - Corner radius.
 * @cssprop --cpe-space - Base spacing unit.
 * @cssprop --cpe-max-width - Widest the calculator grows (default 40rem).
 * @cssprop --cpe-credit-calculator-figure-size - Size of the credit figures (default 2.5em).
 */
export class CpeCreditCalculator extends LitElement {
  static override styles = [tokens, controls, styles];

  private readonly working = new DelayedFlag(this);

  /** Its words, from `lang` on it or around it; Spanish and French load on demand. */
  private readonly i18n = new LocaleController(this, {
    es: () => import('./locales/es.js'),
    fr: () => import('./locales/fr.js'),
  });

  /** The client and the policy it applies, renewed when `api-base` or `policy` changes. */
  private readonly client = new ClientController(this, {
    args: () => [this.apiBase, undefined, this.policy],
    locale: () => this.i18n.target,
    deferred: () => import('./deferred.js'),
    resolvePolicy: true,
    // Offline, the bundled rules still answer, shown as such and never announced as official.
    fallback: true,
  });

  /** Recomputes whenever the (valid) input changes, after typing pauses. */
  private readonly calculation = new Task(this, {
    // The locale too: the reasons come worded in it.
    args: () => [this.client.value, this.inputKey, this.i18n.target] as const,
    task: async ([setup, key], { signal }): Promise<Calculation | undefined> => {
      if (!setup || !key) return undefined;
      await pause(debounceMs, signal);
      this.working.start();
      try {
        const input = JSON.parse(key) as CreditInput;
        const result = await setup.client.computeCredits(input, { signal });
        const source = this.client.sourceOf(result);
        if (source !== 'fallback') this.client.emit('cpe-credits-calculated', result);
        return { result, source, version: setup.policy?.version ?? '' };
      } finally {
        this.working.stop();
      }
    },
  });

  @state() private timing: CreditForm['timing'] = 'total';
  @state() private selfStudySource: CreditForm['selfStudySource'] = 'pilot';
  @state() private collegeUnit: CreditForm['collegeUnit'] = 'semester';
  @state() private values: CreditForm['values'] = {};
  @state() private date = new Date().toISOString().slice(0, 10);
  @state() private timeZone: string | undefined;
  @state() private segments: ScheduleRow[] = [{ id: 1, start: '', end: '' }];
  @state() private breaks: ScheduleRow[] = [];
  private nextRowId = 2;
  private reading: FormReading = { errors: [] };
  private inputKey = '';

  /** The sponsor's policy API; without it the bundled rules answer (an estimate). */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** Delivery method: group-live, group-internet, blended, self-study, nano, recorded-webinar, college. */
  @property() method: DeliveryMethod = 'group-live';

  /** `fifth` or `half`; the policy's choice when unset. */
  @property() increment?: Increment;

  /** Standards edition, `2024` or `2026`; the policy's choice when unset. */
  @property() edition?: Edition;

  /**
   * Lets the viewer change Increment and Standards edition (a what-if for course authors).
   * Off by default: they are the sponsor's policy, so learners only read which apply.
   */
  @property({ type: Boolean, attribute: 'show-policy-options' }) showPolicyOptions = false;

  /** The rules to apply in local mode (the sponsor preset by default); in API mode, skips fetching them. */
  @property({ attribute: false }) policy?: PolicyDocument;

  /** Settles once the credits for the current input are worked out (or there is nothing to work out). */
  get calculationComplete(): Promise<void> {
    return this.client.settled(this.calculation);
  }

  private get form(): CreditForm {
    return {
      method: isMethod(this.method) ? this.method : 'group-live',
      increment:
        this.increment === 'fifth' || this.increment === 'half' ? this.increment : undefined,
      edition: this.edition === '2024' || this.edition === '2026' ? this.edition : undefined,
      timing: this.timing,
      selfStudySource: this.selfStudySource,
      collegeUnit: this.collegeUnit,
      values: this.values,
      date: this.date,
      timeZone: this.timeZone ?? this.client.policy?.timeZone ?? viewerTimeZone(),
      segments: this.segments,
      breaks: this.breaks,
    };
  }

  private onMethod(event: Event): void {
    this.method = (event.target as HTMLSelectElement).value as DeliveryMethod;
  }

  private onIncrement(event: Event): void {
    this.increment = (event.target as HTMLSelectElement).value as Increment;
  }

  private onEdition(event: Event): void {
    this.edition = (event.target as HTMLSelectElement).value as Edition;
  }

  private onNumber(key: NumberKey, event: Event): void {
    this.values = { ...this.values, [key]: (event.target as HTMLInputElement).value };
  }

  private onRow(list: RowList, id: number, end: 'start' | 'end', value: string): void {
    this[list] = this[list].map((row) => (row.id === id ? { ...row, [end]: value } : row));
  }

  private async addRow(list: RowList): Promise<void> {
    const id = this.nextRowId++;
    this[list] = [...this[list], { id, start: '', end: '' }];
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#${list}-${id}-start`)?.focus();
  }

  private async removeRow(list: RowList, id: number): Promise<void> {
    this[list] = this[list].filter((row) => row.id !== id);
    await this.updateComplete;
    // The removed button took focus with it; the add button is the natural next stop.
    this.renderRoot.querySelector<HTMLButtonElement>(`#add-${list}`)?.focus();
  }

  protected override willUpdate(): void {
    // The form is read once the client is here: until then nothing can be calculated, so
    // neither a typed figure's range nor the schedule's rows are checked yet.
    this.reading = this.client.deferred?.readForm(this.form, this.i18n) ?? { errors: [] };
    this.inputKey = this.reading.input ? JSON.stringify(this.reading.input) : '';
  }

  /** Errors under fields: the form's own, then those the engine or API returned. */
  private fieldErrors(): FieldError[] {
    const error = this.calculation.status === TaskStatus.ERROR ? this.calculation.error : undefined;
    const fromRules = error instanceof PolicyError ? error.errors.filter((item) => item.path) : [];
    return [...this.reading.errors, ...fromRules];
  }

  override render(): TemplateResult {
    const form = this.form;
    const errors = this.fieldErrors();
    return html`
      <div class="root">
        <div class="card layout">
          <div part="form" class="form">
            ${this.renderChoices(form)} ${this.renderTiming(form, errors)}
            ${numberFields(form).map((key) => this.renderNumber(key, form, errors))}
          </div>
          ${this.renderResult(form)}
        </div>
      </div>
    `;
  }

  private renderChoices(form: CreditForm): TemplateResult {
    const { t } = this.i18n;
    const names = deliveryMethodNames(t);
    return html`
      <div class="field">
        <label for="method">${t('Delivery method')}</label>
        <select id="method" @input=${(event: Event) => this.onMethod(event)}>
          ${methods.map(
            (value) =>
              html`<option value=${value} ?selected=${value === form.method}>
                ${names[value]}
              </option>`,
          )}
        </select>
      </div>
      ${
        // They show once the client (and so the policy they default from) is here.
        this.client.deferred?.renderPolicyChoices(this.i18n, {
          open: this.showPolicyOptions,
          increment: form.increment,
          edition: form.edition,
          credits: this.client.policy?.credits,
          onIncrement: (event) => this.onIncrement(event),
          onEdition: (event) => this.onEdition(event),
        }) ?? nothing
      }
    `;
  }

  /** The radio group that picks how a method's length is given, when it has a choice. */
  private renderTiming(form: CreditForm, errors: FieldError[]): TemplateResult | typeof nothing {
    const { t } = this.i18n;
    if (form.method === 'self-study') {
      return this.renderRadios(t('Self-study length from'), 'source', form.selfStudySource, [
        ['pilot', t('A pilot test')],
        ['formula', t('Word count and questions')],
      ]);
    }
    if (form.method === 'college') {
      return this.renderRadios(t('The college counts in'), 'unit', form.collegeUnit, [
        ['semester', t('Semester system')],
        ['quarter', t('Quarter system')],
      ]);
    }
    if (!timedMethods.includes(form.method)) return nothing;
    return html`
      ${this.renderRadios(t('Program length as'), 'timing', form.timing, [
        ['total', t('Total minutes')],
        ['schedule', t('A schedule')],
      ])}
      ${
        form.timing === 'schedule'
          ? // The schedule's rows, like their times, arrive with the client.
            (this.client.deferred?.renderSchedule(this.i18n, {
              form,
              errors,
              onDate: (value) => (this.date = value),
              onTimeZone: (value) => (this.timeZone = value),
              onRow: (list, id, end, value) => this.onRow(list, id, end, value),
              onAdd: (list) => this.addRow(list),
              onRemove: (list, id) => this.removeRow(list, id),
            }) ?? nothing)
          : nothing
      }
    `;
  }

  private renderRadios(
    legend: string,
    name: 'timing' | 'source' | 'unit',
    current: string,
    options: [string, string][],
  ): TemplateResult {
    const pick = (value: string): void => {
      if (name === 'timing') this.timing = value as CreditForm['timing'];
      if (name === 'source') this.selfStudySource = value as CreditForm['selfStudySource'];
      if (name === 'unit') this.collegeUnit = value as CreditForm['collegeUnit'];
    };
    return html`
      <fieldset class="field">
        <legend>${legend}</legend>
        <div class="radios">
          ${options.map(
            ([value, label]) => html`
              <label class="check">
                <input
                  type="radio"
                  name=${name}
                  value=${value}
                  .checked=${current === value}
                  @change=${() => pick(value)}
                />
                ${label}
              </label>
            `,
          )}
        </div>
      </fieldset>
    `;
  }

  private renderNumber(key: NumberKey, form: CreditForm, errors: FieldError[]): TemplateResult {
    const id = key.replace('.', '-');
    const error = errors.find((item) => item.path === key);
    const warning = this.reading.warning?.path === key ? this.reading.warning : undefined;
    const hint = this.hintFor(key, form);
    const describedBy = [
      hint ? `${id}-hint` : '',
      error ? `${id}-error` : '',
      warning ? `${id}-warning` : '',
    ]
      .filter(Boolean)
      .join(' ');
    const { t } = this.i18n;
    const label =
      form.method === 'nano' && key === 'minutes' ? t('Module minutes') : labels(t)[key];
    return html`
      <div class="field">
        <label for=${id}>${label}</label>
        <input
          id=${id}
          inputmode=${
            key === 'minutes' || key.endsWith('Minutes') || key.startsWith('college')
              ? 'decimal'
              : 'numeric'
          }
          autocomplete="off"
          .value=${this.values[key] ?? ''}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy || nothing}
          @input=${(event: Event) => this.onNumber(key, event)}
        />
        ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
        ${error ? html`<p class="error" id=${`${id}-error`}>${error.message}</p>` : nothing}
        ${
          warning
            ? html`<p class="notice field-warning" id=${`${id}-warning`}>${warning.message}</p>`
            : nothing
        }
      </div>
    `;
  }

  private hintFor(key: NumberKey, form: CreditForm): string | undefined {
    const { t } = this.i18n;
    switch (key) {
      case 'minutes':
        return form.method === 'nano'
          ? t(
              'One module of 10 to 19 minutes earns 0.2 credit; longer content is split into modules.',
            )
          : t('Qualifying content only: leave out breaks, meals and housekeeping.');
      case 'selfStudy.pilotMinutes':
        return t('The representative time pilot testers took to complete the course.');
      case 'selfStudy.audioVideoMinutes':
        return t('Count a narrated video here or in the words, never both.');
      default: {
        // The policy's figures join their hints once the client has loaded.
        const credits = this.client.policy?.credits;
        return credits && this.client.deferred?.policyHint(this.i18n, key, credits);
      }
    }
  }

  private renderResult(form: CreditForm): TemplateResult {
    const pending = this.calculation.status === TaskStatus.PENDING;
    const calculation = this.inputKey ? this.calculation.value : undefined;
    const error = this.calculation.status === TaskStatus.ERROR ? this.calculation.error : undefined;
    const { t } = this.i18n;
    return html`
      <section part="result" class="result" aria-labelledby="result-heading">
        <div class="result-head">
          <h2 id="result-heading" class="heading">${t('Credits')}</h2>
          <span class="working ${this.working.value && pending ? 'shown' : ''}" aria-hidden="true">
            ${t('Working it out…')}
          </span>
        </div>
        <div class="live" role="status" aria-live="polite" aria-atomic="true">
          ${
            calculation
              ? this.client.deferred?.renderFigures(this.i18n, calculation)
              : html`<p class="empty">${this.emptyMessage(form, error)}</p>`
          }
        </div>
        ${calculation ? this.client.deferred?.renderExplanation(this.i18n, calculation) : nothing}
        <p class="fine-print">
          ${t('State boards of accountancy have final authority on the acceptance of CPE credits.')}
        </p>
      </section>
    `;
  }

  private emptyMessage(form: CreditForm, error: unknown): string {
    const { t } = this.i18n;
    if (this.reading.errors.length > 0)
      return t('Correct the highlighted field to see the credits.');
    // A calculation (and so its failure) needs the client, and this with it.
    if (error) return this.client.deferred?.failureMessage(this.i18n, error) ?? '';
    if (this.inputKey) return t('Working it out…');
    if (form.method === 'self-study') {
      return form.selfStudySource === 'pilot'
        ? t('Enter the pilot-test minutes to see the credits.')
        : t('Enter the word count to see the credits.');
    }
    if (form.method === 'college') return t('Enter the hours to see the credits.');
    if (form.timing === 'schedule' && form.method !== 'nano') {
      return t('Enter a start and end time for each segment to see the credits.');
    }
    return t('Enter the minutes to see the credits.');
  }
}

/** Resolves after `ms`, or rejects with the signal's reason if the task is superseded first. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason as Error);
      },
      { once: true },
    );
  });
}
