import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { PolicyDocument } from '../../policy/policy.js';
import type {
  RefundInput,
  RefundResult,
  RefundSubmit,
  StoredRefund,
} from '../../policy/schemas.js';
import { ClientController } from '../shared/client-controller.js';
import { DelayedFlag } from '../shared/delayed-flag.js';
import { viewerTimeZone } from '../shared/viewer-zone.js';
import { LocaleController } from '../shared/locale-controller.js';
import { controls, tokens } from '../shared/tokens.js';
import { styles } from './cpe-refund-request.styles.js';
import {
  emptyAnswers,
  readRefund,
  type FieldMessage,
  type QuestionId,
  type RefundAnswers,
  type RefundReading,
} from './form.js';
import type * as Deferred from './deferred.js';

type Submission = Deferred.Submission;

/** The countdown moves on by itself; a minute is as fine as it shows. */
const CLOCK_TICK_MS = 30_000;

/**
 * Tells a learner, before they write in, whether the sponsor's refund rules give them their
 * money back, how much, by when and why; then sends the written request and shows a
 * printable receipt. Without `api-base` it runs the bundled rules and shows an estimate only.
 * It is a form-associated element: inside a `<form>` it submits the request and quote as
 * JSON under its `name`, and it is invalid until the learner has answered every question.
 *
 * @summary Refund request: instant eligibility, amount, deadline and reasons; then a receipt.
 *
 * @fires cpe-refund-quoted - A new quote for the current answers (detail: the RefundResult).
 * @fires cpe-refund-submitted - The policy API stored the written request (detail: the
 *   StoredRefund, with its reference `id`).
 *
 * @csspart questions - The learner's questions.
 * @csspart quote - The live quote (an aria-live region).
 * @csspart outcome - The one-sentence answer in large type.
 * @csspart reasons - The list of reasons behind the answer.
 * @csspart notice - Estimate, setup and connection notices.
 * @csspart receipt - The receipt shown after sending.
 * @csspart status - The status look-up by reference.
 *
 * @cssprop --cpe-color-accent - Focus ring, buttons and the amount.
 * @cssprop --cpe-color-surface - Background.
 * @cssprop --cpe-color-text - Text colour.
 * @cssprop --cpe-color-muted - Hints and fine print.
 * @cssprop --cpe-color-success - An eligible answer.
 * @cssprop --cpe-color-warning - Estimate and review notices.
 * @cssprop --cpe-color-danger - Errors and a refused refund.
 * @cssprop --cpe-radius - Corner radius.
 * @cssprop --cpe-space - Base spacing unit.
 * @cssprop --cpe-max-width - Widest the widget grows (default 40rem).
 * @cssprop --cpe-refund-request-outcome-size - Size of the answer sentence (default 1.75em).
 */
export class CpeRefundRequest extends LitElement {
  static override styles = [tokens, controls, styles];
  static formAssociated = true;

  private readonly internals = this.attachInternals();
  private readonly working = new DelayedFlag(this);

  /** Its words, from `lang` on it or around it; Spanish and French load on demand. */
  private readonly i18n = new LocaleController(this, {
    es: () => import('./locales/es.js'),
    fr: () => import('./locales/fr.js'),
  });

  /** The client and the policy it applies, renewed when `api-base`, `token` or `policy` change. */
  private readonly client = new ClientController(this, {
    args: () => [this.apiBase, this.token, this.policy],
    locale: () => this.i18n.target,
    // The engine's check of the page's attributes and the learner's answers, and the words.
    deferred: () => import('./deferred.js'),
    resolvePolicy: true,
  });

  /** The live quote: asked again whenever the answers or the page's context change. */
  private readonly quote = new Task(this, {
    // The locale too: the reasons come worded in it.
    args: () => [this.client.value, this.inputKey, this.quoteAttempt, this.i18n.target] as const,
    task: async ([setup, key], { signal }): Promise<RefundResult | undefined> => {
      this.deadline?.watch(undefined);
      if (!setup || !key) return undefined;
      // The first quote brings the watch of its deadline, from the lazy chunk.
      this.deadline ??= new setup.deferred.DeadlineWatch(this, () => {
        this.now = Date.now();
        this.retryQuote();
      });
      this.working.start();
      try {
        const input = JSON.parse(key) as RefundInput | Deferred.RecordQuote;
        const result =
          'enrollmentId' in input
            ? await setup.client.quoteEnrollmentRefund(input.enrollmentId, input.answers, {
                signal,
              })
            : await setup.client.quoteRefund(input, { signal });
        this.deadline.watch(result.deadline);
        this.client.emit('cpe-refund-quoted', result);
        return result;
      } finally {
        this.working.stop();
      }
    },
  });

  @state() private answers: RefundAnswers = emptyAnswers;
  @state() private submission: Submission = { state: 'idle' };
  /** Set once the learner tried to send (or a host form checked us): show what is missing. */
  @state() private attempted = false;
  @state() private formDisabled = false;
  @state() private now = Date.now();
  @state() private quoteAttempt = 0;
  /** Status by reference, made once there is an API client (it comes with the lazy chunk). */
  private statusLookup?: Deferred.StatusLookup;
  /** Record mode's enrollment (asked about, or picked from the learner's), made on entering it. */
  private records?: Deferred.EnrollmentOfRecord;
  /** The quote's deadline, whose passing changes the answer; made with the first quote. */
  private deadline?: Deferred.DeadlineWatch;
  /** Sends the written request, made with the lazy chunk (only the API takes one). */
  private sender?: Deferred.RequestSender;
  private reading: RefundReading = { questions: [], setupErrors: [], missing: [] };
  private inputKey = '';
  private clock: ReturnType<typeof setInterval> | undefined;
  /** The set-up problems last written to the console, so each is logged once. */
  private loggedSetup = '';

  /** The sponsor's policy API; without it the bundled rules give an estimate and nothing is sent. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** The learner's sign-in (a JWT from the LMS), needed to send a request and look one up. */
  @property() token?: string;

  /**
   * API mode with a learner's `token`: the enrollment of record the request is about. The API
   * then takes product, price, dates and test status from its records, and the widget shows
   * them; without it (and without `product`) the learner picks from their enrollments.
   */
  @property({ attribute: 'enrollment-id' }) enrollmentId?: string;

  /** What was bought: `self-study`, `live-event` or `conference`. */
  @property() product?: string;

  /** The price paid, in minor units of `currency` (19999 for $199.99). */
  @property({ attribute: 'price-cents', type: Number }) priceCents?: number;

  /** ISO 4217 code of the price. */
  @property() currency = 'USD';

  /** When it was bought (ISO 8601 with an offset); self-study windows count from here. */
  @property({ attribute: 'purchased-at' }) purchasedAt?: string;

  /** When a live event starts (ISO 8601 with an offset). */
  @property({ attribute: 'event-start' }) eventStart?: string;

  /** The event's IANA zone; its calendar days set the cancellation deadline. */
  @property({ attribute: 'event-time-zone' }) eventTimeZone?: string;

  /** The course's name, shown to the learner and sent with the request. */
  @property({ attribute: 'course-title' }) courseTitle?: string;

  /** Sold as a recorded webinar: no CPE credit; the refund follows `product`. */
  @property({ attribute: 'recorded-webinar', type: Boolean }) recordedWebinar = false;

  /** The rules for local mode (the sponsor preset by default); in API mode, skips fetching them. */
  @property({ attribute: false }) policy?: PolicyDocument;

  /** Settles once the quote for the current answers is in (or there is nothing to quote). */
  get quoteComplete(): Promise<void> {
    return this.client.settled(this.quote);
  }

  /** The form this element belongs to, like a native control's `form`. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    this.attempted = true;
    return this.internals.reportValidity();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.clock = setInterval(() => (this.now = Date.now()), CLOCK_TICK_MS);
    // A host form that finds us invalid shows the messages under our fields.
    this.addEventListener('invalid', this.onInvalid);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.clock);
    this.removeEventListener('invalid', this.onInvalid);
  }

  formResetCallback(): void {
    this.answers = emptyAnswers;
    this.attempted = false;
    this.submission = { state: 'idle' };
    this.sender?.forget();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  private readonly onInvalid = (): void => {
    this.attempted = true;
  };

  private answer(patch: Partial<RefundAnswers>): void {
    this.answers = { ...this.answers, ...patch };
    if (this.submission.state === 'failed' || this.submission.state === 'blocked') {
      this.submission = { state: 'idle' };
    }
  }

  private async askForReview(): Promise<void> {
    this.answer({ specialCircumstances: true });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLTextAreaElement>('#message')?.focus();
  }

  /** Another purchase picked: what was said about the last one no longer applies. */
  private readonly onChoose = (): void => {
    this.submission = { state: 'idle' };
    this.sender?.forget();
  };

  private retryQuote(): void {
    this.quoteAttempt++;
  }

  /**
   * Judged from the record: the API with a learner's token, and an enrollment (given, or to be
   * chosen when the page claims no product). Otherwise the page's attributes are the facts.
   */
  private get isRecordMode(): boolean {
    return this.client.isApi && !!this.token && (!!this.enrollmentId || !this.product);
  }

  /** The loaded enrollment of record, in record mode. */
  private get enrollmentRecord(): Deferred.EnrollmentRecord | undefined {
    return this.records?.current;
  }

  /** The product the rules apply to: the record's, or the page's claim. */
  private get effectiveProduct(): string | undefined {
    return this.isRecordMode ? this.enrollmentRecord?.program.product : this.product;
  }

  /** What the learner paid: from the record, or the page's claim. */
  private get paidCents(): number | undefined {
    return this.isRecordMode ? this.enrollmentRecord?.enrollment.pricePaidCents : this.priceCents;
  }

  /** Words, deadline and receipt: here by the time there is an answer (with the client). */
  private get deferred(): typeof Deferred | undefined {
    return this.client.deferred;
  }

  /** The zone a deadline counts calendar days in: the event's, or the sponsor's for purchases. */
  private get ruleZone(): Deferred.RuleZone {
    const eventZone = this.isRecordMode ? this.enrollmentRecord?.eventTimeZone : this.eventTimeZone;
    const { t } = this.i18n;
    if (this.effectiveProduct === 'live-event' && eventZone) {
      return { zone: eventZone, label: t('event time') };
    }
    return { zone: this.client.policy?.timeZone ?? viewerTimeZone(), label: t('sponsor’s time') };
  }

  /** Errors shown under fields: missing answers once the learner tried, and the message box. */
  private fieldErrors(): FieldMessage[] {
    if (!this.attempted) return [];
    const { deferred } = this;
    const message =
      this.client.isApi && deferred ? deferred.messageMissing(this.i18n, this.answers) : [];
    return [...this.reading.missing, ...message];
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.submission.state === 'sending') return;
    this.attempted = true;
    const [firstError] = this.fieldErrors();
    if (firstError) {
      await this.updateComplete;
      this.fieldControl(firstError.field)?.focus();
      return;
    }
    const client = this.client.current;
    const { sender } = this;
    if (this.isRecordMode) {
      const message = this.answers.message.trim();
      const request = this.records?.request(this.answers.specialCircumstances, message);
      if (client && sender && request) {
        await this.send(sender, request, (key) => client.submitEnrollmentRefund(request, key));
      } else this.submission = { state: 'blocked' };
      return;
    }
    if (!client || !sender || !this.reading.input || !this.client.isApi) {
      // Never a click that does nothing: say why under the button.
      this.submission = { state: 'blocked' };
      return;
    }
    const payload: RefundSubmit = {
      ...this.reading.input,
      ...(this.courseTitle ? { courseTitle: this.courseTitle } : {}),
      ...(this.answers.message.trim() ? { message: this.answers.message.trim() } : {}),
    };
    await this.send(sender, payload, (key) => client.submitRefund(payload, key));
  }

  /** Sends once per intended request (a retry reuses its key), then shows the receipt. */
  private async send(
    sender: Deferred.RequestSender,
    payload: object,
    submit: (key: string) => Promise<StoredRefund>,
  ): Promise<void> {
    this.submission = { state: 'sending' };
    this.working.start();
    try {
      this.submission = await sender.send(payload, submit);
    } finally {
      this.working.stop();
    }
    if (this.submission.state !== 'done') return;
    const { stored } = this.submission;
    this.statusLookup?.fill(stored.reference ?? stored.id);
    this.client.emit('cpe-refund-submitted', stored);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#receipt-heading')?.focus();
  }

  private fieldControl(field: QuestionId | 'message'): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(
      field === 'message' ? '#message' : `input[name="${field}"]`,
    );
  }

  protected override willUpdate(): void {
    const { deferred } = this;
    if (this.client.isApi && deferred) {
      this.statusLookup ??= new deferred.StatusLookup(this, () => this.client.current);
      this.sender ??= new deferred.RequestSender();
    }
    if (this.isRecordMode && deferred) {
      this.records ??= new deferred.EnrollmentOfRecord(
        this,
        () => [this.client.current, this.isRecordMode, this.enrollmentId],
        this.onChoose,
      );
      // The record gives every fact: the learner only says whether something exceptional happened.
      this.reading = { questions: [], setupErrors: [], missing: [] };
      const quote = this.records.quote(this.answers.specialCircumstances);
      this.inputKey = quote ? JSON.stringify(quote) : '';
      return;
    }
    this.reading = readRefund(
      {
        product: this.product,
        priceCents: this.priceCents,
        currency: this.currency,
        purchasedAt: this.purchasedAt,
        eventStart: this.eventStart,
        eventTimeZone: this.eventTimeZone,
        recordedWebinar: this.recordedWebinar,
      },
      this.answers,
      this.now,
      this.client.deferred?.checkRefund,
      this.i18n.t,
    );
    this.inputKey = this.reading.input ? JSON.stringify(this.reading.input) : '';
  }

  protected override updated(): void {
    // The host page's form gets the request and its quote, and our validity per field.
    const result = this.inputKey ? this.quote.value : undefined;
    this.internals.setFormValue(
      result && this.reading.input
        ? JSON.stringify({
            request: this.reading.input,
            quote: result,
            ...(this.submission.state === 'done' ? { reference: this.submission.stored.id } : {}),
          })
        : null,
    );
    const [setupError] = this.reading.setupErrors;
    const [missing] = this.reading.missing;
    this.loggedSetup =
      this.deferred?.logSetupErrors(this.reading.setupErrors.join('; '), this.loggedSetup) ??
      this.loggedSetup;
    if (setupError) {
      this.internals.setValidity({ customError: true }, `This form is not set up: ${setupError}.`);
    } else if (missing) {
      const anchor = this.fieldControl(missing.field) ?? undefined;
      this.internals.setValidity({ valueMissing: true }, missing.message, anchor);
    } else {
      this.internals.setValidity({});
    }
  }

  override render(): TemplateResult {
    const done = this.submission.state === 'done' ? this.submission.stored : undefined;
    const title = this.isRecordMode ? this.enrollmentRecord?.program.title : this.courseTitle;
    return html`
      <div class="root">
        <div class="card">
          <h2 class="heading">
            ${title ? this.i18n.t('Refund for {title}', { title }) : this.i18n.t('Ask for a refund')}
          </h2>
          ${
            done
              ? this.deferred?.renderReceipt(
                  this.i18n,
                  this.statusLookup?.inLanguage(done, this.i18n.target) ?? done,
                  this.ruleZone,
                  title,
                )
              : this.isRecordMode
                ? this.renderRecord()
                : this.renderRequest()
          }
          ${
            this.client.isApi && this.token
              ? (this.statusLookup?.render(this.i18n) ?? nothing)
              : nothing
          }
        </div>
      </div>
    `;
  }

  /** Record mode: the choice of enrollment, then its facts, the one question and the answer. */
  private renderRecord(): TemplateResult {
    return (
      this.records?.render(this.i18n, this.client.policy?.refunds.contact, () =>
        this.renderForm(),
      ) ?? html``
    );
  }

  private renderRequest(): TemplateResult | typeof nothing {
    // The learner cannot fix an author's mistake: a plain sentence (with the sponsor's
    // contact, which comes with the client), and no form to fill in.
    if (this.reading.setupErrors.length > 0) {
      return (
        this.deferred?.renderSetupError(this.i18n, this.client.policy?.refunds.contact) ?? nothing
      );
    }
    return this.renderForm();
  }

  private renderForm(): TemplateResult {
    const errors = this.fieldErrors();
    const product = this.effectiveProduct;
    // A conference asks nothing: the answer takes the whole width.
    const single = this.reading.questions.length === 0 && product === 'conference';
    return html`
      <form
        class="layout ${single ? 'single' : ''}"
        novalidate
        @submit=${(event: Event) => this.onSubmit(event)}
      >
        <fieldset part="questions" class="questions" ?disabled=${this.formDisabled}>
          <legend class="visually-hidden">${this.i18n.t('Your answers')}</legend>
          ${this.reading.questions.map((question) => this.renderQuestion(question, errors))}
          ${product && product !== 'conference' ? this.renderSpecial(errors) : nothing}
        </fieldset>
        ${this.renderQuote()} ${this.renderSend()}
      </form>
    `;
  }

  private renderQuestion(question: QuestionId, errors: FieldMessage[]): TemplateResult {
    const error = errors.find((item) => item.field === question);
    const { t } = this.i18n;
    const [legend, hint, value] =
      question === 'final-test'
        ? [
            t('Have you taken the final test?'),
            t('Once the final test is taken, a self-study course cannot be refunded.'),
            this.answers.finalTestTaken,
          ]
        : [
            t('Did you attend the event?'),
            t('The event has started, so the rules ask whether you were there.'),
            this.answers.attended,
          ];
    const pick = (answer: boolean): void =>
      this.answer(question === 'final-test' ? { finalTestTaken: answer } : { attended: answer });
    const describedBy = `${question}-hint${error ? ` ${question}-error` : ''}`;
    return html`
      <fieldset
        class="field"
        aria-describedby=${describedBy}
        aria-invalid=${error ? 'true' : 'false'}
      >
        <legend>${legend}</legend>
        <p class="hint" id=${`${question}-hint`}>${hint}</p>
        <div class="radios">
          ${(
            [
              [false, t('No')],
              [true, t('Yes')],
            ] as const
          ).map(
            ([answer, label]) => html`
              <label class="check">
                <input
                  type="radio"
                  name=${question}
                  .checked=${value === answer}
                  aria-invalid=${error ? 'true' : 'false'}
                  @change=${() => pick(answer)}
                />
                ${label}
              </label>
            `,
          )}
        </div>
        ${error ? html`<p class="error" id=${`${question}-error`}>${error.message}</p>` : nothing}
      </fieldset>
    `;
  }

  private renderSpecial(errors: FieldMessage[]): TemplateResult {
    const error = errors.find((item) => item.field === 'message');
    const special = this.answers.specialCircumstances;
    const { t } = this.i18n;
    return html`
      <div class="field">
        <label class="check">
          <input
            type="checkbox"
            id="special"
            .checked=${special}
            aria-describedby="special-hint"
            @change=${(event: Event) =>
              this.answer({ specialCircumstances: (event.target as HTMLInputElement).checked })}
          />
          ${t('Something exceptional happened')}
        </label>
        <p class="hint" id="special-hint">
          ${t('An illness, a family emergency or similar: the sponsor reviews your case in person.')}
        </p>
      </div>
      ${
        // Only the API takes a message, and so the box comes with its client.
        this.client.isApi
          ? this.deferred?.renderMessage(this.i18n, {
              special,
              message: this.answers.message,
              error: error?.message,
              type: (message) => this.answer({ message }),
            })
          : nothing
      }
    `;
  }

  private renderSend(): TemplateResult | typeof nothing {
    // The button needs the client (and so the lazy chunk): the policy says what it may send.
    if (!this.client.ready) return nothing;
    return (
      this.deferred?.renderSend(this.i18n, {
        estimate: this.client.isEstimate,
        contact: this.client.policy?.refunds.contact,
        conference: this.effectiveProduct === 'conference',
        submission: this.submission,
        disabled: this.formDisabled,
      }) ?? nothing
    );
  }

  private renderQuote(): TemplateResult {
    const pending = this.quote.status === TaskStatus.PENDING;
    const result = this.inputKey ? this.quote.value : undefined;
    const { t } = this.i18n;
    return html`
      <section part="quote" class="quote" aria-labelledby="quote-heading">
        <div class="quote-head">
          <h3 id="quote-heading" class="subheading">${t('What you would get')}</h3>
          ${
            this.client.ready && this.client.isEstimate
              ? html`<span class="badge estimate">${t('Estimate')}</span>`
              : nothing
          }
          <span class="working ${this.working.value && pending ? 'shown' : ''}" aria-hidden="true">
            ${t('Working it out…')}
          </span>
        </div>
        <div class="live" role="status" aria-live="polite" aria-atomic="true">
          ${
            result
              ? this.deferred?.renderOutcome(this.i18n, result, this.paidCents)
              : this.renderQuoteEmpty()
          }
        </div>
        ${
          result
            ? this.deferred?.renderDetails(this.i18n, {
                result,
                ruleZone: this.ruleZone,
                now: this.now,
                product: this.effectiveProduct,
                api: this.client.isApi,
                askForReview: () => this.askForReview(),
              })
            : nothing
        }
      </section>
    `;
  }

  private renderQuoteEmpty(): TemplateResult | undefined {
    // A failed quote needed the client, and so its words arrived with it.
    if (this.quote.status === TaskStatus.ERROR) {
      return this.deferred?.renderQuoteError(this.i18n, this.quote.error, () => this.retryQuote());
    }
    const { t } = this.i18n;
    const text =
      this.reading.missing.length > 0
        ? t('Answer the question to see what you would get back.')
        : t('Working it out…');
    return html`<p class="empty">${text}</p>`;
  }
}
