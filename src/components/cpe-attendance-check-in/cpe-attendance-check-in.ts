import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { createClient } from '../../client/create-client.js';
import { PolicyError, type PolicyClient } from '../../client/policy-client.js';
import { CODE_LENGTH, normalizeCode } from '../../policy/code-format.js';
import type { PolicyDocument } from '../../policy/policy.js';
import type {
  AttendanceResult,
  CheckInCode,
  EventPrompt,
  LearnerPrompt,
  PublicEvent,
  Roster,
  StoredCheckIn,
} from '../../policy/schemas.js';
import { DelayedFlag } from '../shared/delayed-flag.js';
import { formatCredits, formatDateTime, formatTime, viewerTimeZone } from '../shared/format.js';
import { controls, tokens } from '../shared/tokens.js';
import { styles } from './cpe-attendance-check-in.styles.js';
import type * as LearnerMemory from './learner-storage.js';
import type { LearnerStorage, QueuedCheckIn } from './learner-storage.js';
import type * as HostView from './host-view.js';

/** `detail` of `cpe-checked-in` and `cpe-checked-out`: the record the policy API stored. */
export type CheckedDetail = StoredCheckIn;

/** `detail` of `cpe-attendance-changed`: the learner's evaluation, or the host's roster. */
export type AttendanceChangedDetail =
  { eventId: string; attendance: AttendanceResult } | { eventId: string; roster: Roster };

const PROMPT_POLL_MS = 5_000;
const ROSTER_POLL_MS = 10_000;
const ATTENDANCE_POLL_MS = 30_000;

type Notice = { tone: 'success' | 'warning' | 'danger'; text: string };

/**
 * Check in and out of a CPE session with the host's rotating code (learner), or show that
 * code with its QR code and a live roster (host).
 *
 * @summary Attendance on record: check-in codes, engagement prompts, credit so far, roster.
 *
 * @fires cpe-checked-in - The API stored a check-in. `detail`: the stored record.
 * @fires cpe-checked-out - The API stored a check-out. `detail`: the stored record.
 * @fires cpe-attendance-changed - The learner's evaluation (`{ eventId, attendance }`) or the
 *   host's roster (`{ eventId, roster }`) changed.
 *
 * @csspart card - The widget's frame.
 * @csspart code - The host's rotating code.
 * @csspart qr - The QR code that opens the check-in page with the code filled in.
 * @csspart roster - The host's roster table.
 *
 * @cssprop --cpe-attendance-code-size - Font size of the host's code (default scales with width).
 * @cssprop --cpe-attendance-qr-size - Width of the host's QR code (default min(16rem, 70%)).
 */
export class CpeAttendanceCheckIn extends LitElement {
  static override styles = [tokens, controls, styles];

  private readonly working = new DelayedFlag(this);

  private readonly loader = new Task(this, {
    args: () => [this.apiBase, this.token, this.eventId, this.policy] as const,
    task: async ([apiBase, token, eventId, policy], { signal }) => {
      if (apiBase && !eventId) {
        throw new PolicyError(400, 'No event', 'Set the event-id attribute to the event’s id.');
      }
      // What this device remembers is needed only once the event is known: it loads alongside.
      const [client, memory] = await Promise.all([
        createClient({ apiBase, token, ...(policy ? { policy } : {}) }),
        import('./learner-storage.js'),
      ]);
      const event = await client.getEvent(eventId || 'demo', { signal });
      return { client, event, memory };
    },
    onComplete: ({ client, event, memory }) => {
      this.memory = memory;
      this.start(client, event);
    },
  });

  @query('#state-heading') private stateHeading?: HTMLElement;
  @query('#code-panel') private codePanel?: HTMLElement;
  @query('#code') private codeField?: HTMLInputElement;

  @state() private records: StoredCheckIn[] = [];
  @state() private queued: QueuedCheckIn[] = [];
  @state() private attendance?: AttendanceResult;
  @state() private prompts: (LearnerPrompt | EventPrompt)[] = [];
  @state() private code = '';
  @state() private codeError = '';
  @state() private notice?: Notice;
  @state() private offline = false;
  @state() private answers: Record<string, string> = {};
  @state() private hostCode?: CheckInCode;
  @state() private secondsLeft = 0;
  @state() private roster?: Roster;
  @state() private fullscreen = false;
  /** Local demo only: the code a host screen would show, so one browser can try it alone. */
  @state() private demoCode?: string;

  private client?: PolicyClient;
  private event?: PublicEvent;
  /** The host's panels and QR encoder, loaded when the host view starts. */
  private hostView?: typeof HostView;
  private hostViewLoading?: Promise<void>;
  private memory?: typeof LearnerMemory;
  private storage?: LearnerStorage;
  private timers: ReturnType<typeof setInterval>[] = [];
  private sending = false;
  private replaying?: Promise<void>;
  /** Counts evaluations asked for, so only the newest answer is applied. */
  private attendanceAsked = 0;
  /** The code being fetched: a second ask (the clock, `refresh()`) waits for it. */
  private fetchingCode?: Promise<void>;

  /** The policy API; without it the widget runs a local demo that is not an official record. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** The event's id in the policy API (local mode uses a demo event). */
  @property({ attribute: 'event-id' }) eventId = '';

  /** The learner's or host's JWT, sent as a bearer token. */
  @property() token = '';

  /**
   * `learner` (check in and out) or `host` (the code screen and the roster). The attribute is
   * taken and then removed: `role="host"` left on the element would be an invalid ARIA role.
   */
  @property({ converter: { fromAttribute: (value) => (value === 'host' ? 'host' : 'learner') } })
  override role: 'learner' | 'host' = 'learner';

  /** The rules local mode applies (the sponsor preset when unset). */
  @property({ attribute: false }) policy?: PolicyDocument;

  private readonly onOnline = (): void => {
    this.offline = false;
    void this.replayQueue();
  };

  private readonly onOffline = (): void => {
    this.offline = true;
  };

  private readonly onFullscreenChange = (): void => {
    this.fullscreen = document.fullscreenElement === this.codePanel && !!this.codePanel;
  };

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'role' && (value === 'host' || value === 'learner')) {
      super.attributeChangedCallback(name, old, value);
      this.removeAttribute('role');
      return;
    }
    // Our own removal above must not reset the view; other ARIA roles are the author's.
    if (name === 'role') return;
    super.attributeChangedCallback(name, old, value);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
    // Back in the page after a move: the loaded event is still good, restart the timers.
    if (this.client && this.event) this.start(this.client, this.event);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    this.stopTimers();
  }

  /** Fetches everything the current view shows now, without waiting for the next poll. */
  async refresh(): Promise<void> {
    await this.loader.taskComplete;
    if (this.role === 'host') {
      await Promise.all([this.loadCode(), this.loadRoster(), this.loadPrompts()]);
    } else {
      await Promise.all([this.loadAttendance(), this.loadPrompts()]);
    }
  }

  /** Sends the check-ins queued while offline; resolves when the queue is empty or stuck. */
  replayQueue(): Promise<void> {
    this.replaying ??= this.sendQueued().finally(() => {
      this.replaying = undefined;
    });
    return this.replaying;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('role') && this.client && this.event) this.start(this.client, this.event);
  }

  private start(client: PolicyClient, event: PublicEvent): void {
    const memory = this.memory;
    if (!memory) return;
    this.stopTimers();
    this.client = client;
    this.event = event;
    this.storage = new memory.LearnerStorage(memory.deviceStorage(), {
      apiBase: this.apiBase,
      eventId: event.id,
      token: this.token,
    });
    this.queued = this.storage.queue;
    this.offline = !navigator.onLine;
    const polls = event.method !== 'group-live';
    if (this.role === 'host') {
      void this.loadCode();
      void this.loadRoster();
      if (polls) void this.loadPrompts();
      this.every(1_000, () => this.tick());
      this.every(ROSTER_POLL_MS, () => this.loadRoster());
      if (polls) this.every(PROMPT_POLL_MS, () => this.loadPrompts());
    } else {
      this.code ||= codeFromUrl();
      if (client.mode === 'local') {
        void this.loadDemoCode();
        this.every(PROMPT_POLL_MS, () => this.loadDemoCode());
      }
      void this.loadAttendance();
      if (polls) void this.loadPrompts();
      void this.replayQueue();
      this.every(ATTENDANCE_POLL_MS, () => this.loadAttendance());
      if (polls) this.every(PROMPT_POLL_MS, () => this.loadPrompts());
    }
  }

  private every(ms: number, run: () => unknown): void {
    this.timers.push(setInterval(run, ms));
  }

  private stopTimers(): void {
    this.timers.forEach(clearInterval);
    this.timers = [];
  }

  // ------------------------------------------------------------------------------ learner

  private get lastRecord(): StoredCheckIn | undefined {
    return this.records.at(-1);
  }

  private get nextKind(): 'in' | 'out' {
    const pending = this.queued.at(-1)?.kind ?? this.lastRecord?.kind;
    return pending === 'in' ? 'out' : 'in';
  }

  private readonly onCodeInput = (event: Event): void => {
    this.code = (event.target as HTMLInputElement).value;
    this.codeError = '';
  };

  private readonly onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.sending || !this.client || !this.event || !this.storage || !this.memory) return;
    const code = normalizeCode(this.code);
    if (code.length !== CODE_LENGTH) {
      this.codeError = `The code has ${CODE_LENGTH} letters and digits; it is on the host’s screen.`;
      this.codeField?.focus();
      return;
    }
    const item: QueuedCheckIn = {
      kind: this.nextKind,
      code,
      idempotencyKey: this.memory.newIdempotencyKey(),
      queuedAt: new Date().toISOString(),
    };
    this.sending = true;
    this.working.start();
    this.notice = undefined;
    try {
      await this.send(item);
    } finally {
      this.sending = false;
      this.working.stop();
    }
  };

  /** One attempt; a network failure queues the check-in, a refusal is explained. */
  private async send(item: QueuedCheckIn, replayed = false): Promise<boolean> {
    const { client, event, storage } = this;
    if (!client || !event || !storage) return false;
    try {
      const record = await client.checkIn(
        event.id,
        { kind: item.kind, code: item.code },
        item.idempotencyKey,
      );
      storage.dequeue(item.idempotencyKey);
      // Shown at once; the evaluation fetched below brings the records as the API has them,
      // and an answer already on its way (it predates this record) is dropped.
      this.attendanceAsked += 1;
      if (!this.records.some((known) => known.id === record.id)) {
        this.records = [...this.records, record];
      }
      this.queued = storage.queue;
      this.code = '';
      this.codeError = '';
      this.offline = false;
      this.notice = {
        tone: 'success',
        text: record.kind === 'in' ? 'You are checked in.' : 'You are checked out.',
      };
      this.emit(record.kind === 'in' ? 'cpe-checked-in' : 'cpe-checked-out', record);
      await this.updateComplete;
      this.stateHeading?.focus();
      await this.loadAttendance();
      return true;
    } catch (error) {
      if (error instanceof PolicyError && error.isNetwork) {
        storage.enqueue(item);
        this.queued = storage.queue;
        this.offline = true;
        this.notice = undefined;
        return false;
      }
      storage.dequeue(item.idempotencyKey);
      this.queued = storage.queue;
      this.explain(error, item, replayed);
      return false;
    }
  }

  private async sendQueued(): Promise<void> {
    for (const item of this.storage?.queue ?? []) {
      if (!(await this.send(item, true)) && this.offline) return;
    }
  }

  private explain(error: unknown, item: QueuedCheckIn = emptyItem, replayed = false): void {
    if (error instanceof PolicyError && error.rule === 'ATTEND.CODE') {
      this.codeError = replayed
        ? 'The code you typed offline has expired by now. Type the code on the host’s screen.'
        : 'That code is wrong or has expired. Type the code on the host’s screen now.';
      this.code = item.code;
      this.codeField?.focus();
      return;
    }
    if (error instanceof PolicyError && error.rule === 'ATTEND.WINDOW') {
      this.notice = {
        tone: 'danger',
        text: `${error.detail} Ask the host if you believe you attended.`,
      };
      return;
    }
    if (error instanceof PolicyError && (error.status === 401 || error.status === 403)) {
      this.notice = {
        tone: 'danger',
        text: 'You are not signed in for this event. Reopen the course page and try again.',
      };
      return;
    }
    const text = error instanceof PolicyError ? error.detail || error.title : String(error);
    this.notice = { tone: 'danger', text: `That did not work: ${text}` };
  }

  private async loadAttendance(): Promise<void> {
    const { client, event } = this;
    if (!client || !event || this.role !== 'learner') return;
    const asked = (this.attendanceAsked += 1);
    try {
      const { records, ...attendance } = await client.myAttendance(event.id);
      // A slower, older answer must not undo a newer one (a poll racing a check-in).
      if (asked !== this.attendanceAsked) return;
      // An API without `records` leaves the state to what this page has seen confirmed.
      if (Array.isArray(records)) this.records = records;
      const changed = JSON.stringify(attendance) !== JSON.stringify(this.attendance);
      this.attendance = attendance;
      if (changed) this.emit('cpe-attendance-changed', { eventId: event.id, attendance });
    } catch (error) {
      this.noteFailure(error);
    }
  }

  private async loadPrompts(): Promise<void> {
    const { client, event } = this;
    if (!client || !event || event.method === 'group-live') return;
    try {
      this.prompts = await client.listPrompts(event.id);
      this.offline = false;
    } catch (error) {
      this.noteFailure(error);
    }
  }

  private async onAnswer(submit: SubmitEvent, prompt: LearnerPrompt | EventPrompt): Promise<void> {
    submit.preventDefault();
    const { client, event } = this;
    const answer = (this.answers[prompt.id] ?? '').trim();
    if (!client || !event || !answer) return;
    try {
      await client.answerPrompt(event.id, prompt.id, answer);
      this.notice = { tone: 'success', text: 'Your answer is on record.' };
      await Promise.all([this.loadPrompts(), this.loadAttendance()]);
    } catch (error) {
      if (error instanceof PolicyError && error.isNetwork) {
        this.offline = true;
        this.notice = {
          tone: 'warning',
          text: 'Your answer could not be sent: you seem to be offline. Send it again when you are back.',
        };
        return;
      }
      this.explain(error);
    }
  }

  /** Polls fail quietly: the next poll retries; only the connection state is shown. */
  private noteFailure(error: unknown): void {
    if (error instanceof PolicyError && error.isNetwork) this.offline = true;
  }

  private async loadDemoCode(): Promise<void> {
    if (!this.client || !this.event) return;
    this.demoCode = (await this.client.getCode(this.event.id)).code;
  }

  // --------------------------------------------------------------------------------- host

  private tick(): void {
    if (!this.hostCode) return;
    this.secondsLeft = Math.max(
      0,
      Math.ceil((Date.parse(this.hostCode.expiresAt) - Date.now()) / 1000),
    );
    if (this.secondsLeft === 0) void this.loadCode();
  }

  private loadCode(): Promise<void> {
    this.fetchingCode ??= this.fetchCode().finally(() => {
      this.fetchingCode = undefined;
    });
    return this.fetchingCode;
  }

  private async fetchCode(): Promise<void> {
    const { client, event } = this;
    if (!client || !event || this.role !== 'host') return;
    try {
      const [code] = await Promise.all([client.getCode(event.id), this.loadHostView()]);
      this.hostCode = code;
      this.offline = false;
      this.tick();
    } catch (error) {
      this.noteFailure(error);
      if (!(error instanceof PolicyError && error.isNetwork)) this.explain(error);
    }
  }

  private loadHostView(): Promise<void> {
    this.hostViewLoading ??= import('./host-view.js').then(
      (module) => {
        this.hostView = module;
        this.requestUpdate();
      },
      (error: unknown) => {
        this.hostViewLoading = undefined; // The next poll tries again.
        throw error;
      },
    );
    return this.hostViewLoading;
  }

  private async loadRoster(): Promise<void> {
    const { client, event } = this;
    if (!client || !event || this.role !== 'host') return;
    try {
      const [roster] = await Promise.all([client.roster(event.id), this.loadHostView()]);
      const changed = JSON.stringify(roster) !== JSON.stringify(this.roster);
      this.roster = roster;
      if (changed) this.emit('cpe-attendance-changed', { eventId: event.id, roster });
    } catch (error) {
      this.noteFailure(error);
    }
  }

  private readonly onToggleFullscreen = async (): Promise<void> => {
    if (document.fullscreenElement) {
      await document.exitFullscreen();
    } else {
      await this.codePanel?.requestFullscreen();
    }
  };

  private readonly onDownloadCsv = async (): Promise<void> => {
    const { client, event } = this;
    if (!client || !event) return;
    try {
      const csv = await client.rosterCsv(event.id);
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `attendance-${event.id}.csv`;
      link.click();
      // The download has started from the URL by the next task; then it can go.
      setTimeout(() => URL.revokeObjectURL(url));
    } catch (error) {
      this.explain(error);
    }
  };

  private readonly onIssuePrompt = async (submit: SubmitEvent): Promise<void> => {
    submit.preventDefault();
    const { client, event } = this;
    const form = submit.target as HTMLFormElement;
    const data = new FormData(form);
    const question = formText(data.get('question')).trim();
    const choices = formText(data.get('choices'))
      .split(',')
      .map((choice) => choice.trim())
      .filter(Boolean);
    if (!client || !event || !question) return;
    try {
      await client.issuePrompt(event.id, { question, ...(choices.length ? { choices } : {}) });
      form.reset();
      this.notice = { tone: 'success', text: 'Prompt issued.' };
      await this.loadPrompts();
    } catch (error) {
      this.explain(error);
    }
  };

  private emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  // ------------------------------------------------------------------------------- render

  override render(): TemplateResult {
    return html`<div class="root">
      <section class="card" part="card" aria-labelledby="title">
        ${this.loader.render({
          pending: () => html`<p role="status">Loading the event…</p>`,
          error: (error) =>
            html`<p class="notice danger" role="alert">
              The event could not be loaded.
              ${error instanceof PolicyError ? error.detail || error.title : String(error)}
            </p>`,
          complete: ({ client, event }) => this.renderEvent(client, event),
        })}
      </section>
    </div>`;
  }

  private renderEvent(client: PolicyClient, event: PublicEvent): TemplateResult {
    return html`
      ${
        client.mode === 'local'
          ? html`<p class="notice local-banner">
              <strong>Demo: not an official record.</strong> Check-ins are kept in this browser
              only; the sponsor has no record of them.
              ${
                this.role === 'learner' && this.demoCode
                  ? html`The host’s code right now is <strong>${this.demoCode}</strong>.`
                  : nothing
              }
            </p>`
          : nothing
      }
      <header>
        <h2 id="title">${event.title}</h2>
        ${this.renderTimes(event)}
      </header>
      ${
        this.offline
          ? html`<p class="notice" role="status">
              You seem to be offline. What you send is kept on this device and sent when the
              connection returns.
            </p>`
          : nothing
      }
      ${this.role === 'host' ? this.renderHost(event) : this.renderLearner(event)}
    `;
  }

  private renderTimes(event: PublicEvent): TemplateResult {
    const viewer = viewerTimeZone();
    return html`<ul class="times hint">
      ${event.segments.map((segment) => {
        const there = `${formatDateTime(segment.start, event.timeZone)} – ${formatTime(segment.end, event.timeZone)}`;
        const here = `${formatDateTime(segment.start, viewer)} – ${formatTime(segment.end, viewer)}`;
        return html`<li>${there}${here !== there ? html` (your time: ${here})` : nothing}</li>`;
      })}
    </ul>`;
  }

  // The learner's view ---------------------------------------------------------------

  private renderLearner(event: PublicEvent): TemplateResult {
    const kind = this.nextKind;
    const errorId = this.codeError ? 'code-error' : '';
    return html`
      <div class="layout">
        <div>
          <h3 id="state-heading" class="state" tabindex="-1">${this.stateText(event)}</h3>
          ${
            this.queued.length
              ? html`<p class="notice" role="status" id="queued">
                  Your check-${this.queued.at(-1)?.kind} is saved on this device and will be sent
                  when you are back online.
                </p>`
              : nothing
          }
          <form @submit=${this.onSubmit} novalidate>
            <div class="field">
              <label for="code">Check-in code</label>
              <input
                id="code"
                class="code-input"
                name="code"
                autocomplete="off"
                autocapitalize="characters"
                spellcheck="false"
                maxlength="16"
                .value=${this.code}
                aria-describedby="code-hint ${errorId}"
                aria-invalid=${this.codeError ? 'true' : 'false'}
                @input=${this.onCodeInput}
              />
              <p id="code-hint" class="hint">
                The ${CODE_LENGTH} characters on the host’s screen. Case and spaces do not matter.
              </p>
              ${
                this.codeError
                  ? html`<p id="code-error" class="error" role="alert">${this.codeError}</p>`
                  : nothing
              }
            </div>
            <div class="actions">
              <button type="submit">
                ${kind === 'in' ? (this.lastRecord ? 'Check in again' : 'Check in') : 'Check out'}
              </button>
              <span class="working ${this.working.value ? 'shown' : ''}">Sending…</span>
            </div>
          </form>
          <div role="status">
            ${
              this.notice
                ? html`<p class="notice ${this.notice.tone}">${this.notice.text}</p>`
                : nothing
            }
          </div>
        </div>
        ${this.renderCredit()}
      </div>
      ${event.method === 'group-live' ? nothing : this.renderLearnerPrompts()}
    `;
  }

  private stateText(event: PublicEvent): string {
    const last = this.lastRecord;
    if (!last) return 'Not checked in';
    const time = formatTime(last.at, event.timeZone);
    return last.kind === 'in' ? `Checked in since ${time}` : `Checked out at ${time}`;
  }

  private renderCredit(): TemplateResult {
    const result = this.attendance;
    return html`<div class="credit" aria-live="polite">
      <h3>Credit earned so far</h3>
      ${
        result
          ? html`<p class="hero">${formatCredits(result.credits.nasba)}</p>
              <p class="hint">
                NASBA ${formatCredits(result.credits.nasba)} · ICMA
                ${formatCredits(result.credits.icma)} · ${result.attendedMinutes} min attended
              </p>
              <ul class="reasons">
                ${result.reasons.map((reason) => html`<li>${reason.message}</li>`)}
              </ul>`
          : html`<p class="hint">Your credit appears here once the event has your records.</p>`
      }
    </div>`;
  }

  private renderLearnerPrompts(): TemplateResult {
    const prompts = this.prompts as LearnerPrompt[];
    const open = prompts.at(-1);
    const unanswered = open && !open.answered ? open : undefined;
    const missed = prompts.filter((prompt) => !prompt.answered && prompt !== unanswered);
    const answered = prompts.filter((prompt) => prompt.answered).length;
    return html`<section class="section" aria-labelledby="prompts-heading">
      <h3 id="prompts-heading">Engagement prompts</h3>
      <p id="prompt-counts">You answered ${answered} of ${prompts.length} prompts issued.</p>
      ${unanswered ? this.renderPromptForm(unanswered) : nothing}
      ${
        missed.length
          ? html`<p class="error">Missed prompts:</p>
              <ul class="prompt-list missed">
                ${missed.map(
                  (prompt) =>
                    html`<li>${prompt.question} (${formatTime(prompt.at, viewerTimeZone())})</li>`,
                )}
              </ul>`
          : nothing
      }
    </section>`;
  }

  private renderPromptForm(prompt: LearnerPrompt): TemplateResult {
    const setAnswer = (value: string): void => {
      this.answers = { ...this.answers, [prompt.id]: value };
    };
    return html`<form class="prompt" @submit=${(e: SubmitEvent) => this.onAnswer(e, prompt)}>
      ${
        prompt.choices?.length
          ? html`<fieldset>
              <legend>${prompt.question}</legend>
              ${prompt.choices.map(
                (choice) =>
                  html`<label class="check"
                    ><input
                      type="radio"
                      name="answer"
                      .value=${choice}
                      @change=${() => setAnswer(choice)}
                    />${choice}</label
                  >`,
              )}
            </fieldset>`
          : html`<div class="field">
              <label for="answer">${prompt.question}</label>
              <input
                id="answer"
                name="answer"
                autocomplete="off"
                @input=${(e: Event) => setAnswer((e.target as HTMLInputElement).value)}
              />
            </div>`
      }
      <button type="submit">Send answer</button>
    </form>`;
  }

  // The host's view ------------------------------------------------------------------

  private renderHost(event: PublicEvent): TemplateResult {
    const code = this.hostCode;
    return html`
      <div id="code-panel" class="code-panel">
        <p id="code-label">Check-in code</p>
        ${
          code
            ? html`<p class="code" part="code" aria-labelledby="code-label">${code.code}</p>
                ${this.hostView?.qrCode(code.checkInUrl, `QR code: opens the check-in page with code ${code.code}`)}
                <p class="countdown">New code in ${this.secondsLeft} s</p>
                <p class="visually-hidden" aria-live="polite">New check-in code: ${code.code}</p>`
            : html`<p class="hint">Getting the code…</p>`
        }
        ${
          document.fullscreenEnabled
            ? html`<button type="button" class="secondary" @click=${this.onToggleFullscreen}>
                ${this.fullscreen ? 'Exit full screen' : 'Full screen'}
              </button>`
            : nothing
        }
      </div>
      <div role="status">
        ${this.notice ? html`<p class="notice ${this.notice.tone}">${this.notice.text}</p>` : nothing}
      </div>
      ${this.hostView?.renderRoster(this.roster, event.timeZone, this.onDownloadCsv)}
      ${
        event.method === 'group-live'
          ? nothing
          : this.hostView?.renderHostPrompts(this.prompts, event.timeZone, this.onIssuePrompt)
      }
    `;
  }
}

const emptyItem: QueuedCheckIn = { kind: 'in', code: '', idempotencyKey: '', queuedAt: '' };

/** The code a QR code carries: the page's `cpe-code` parameter. */
function codeFromUrl(): string {
  return new URLSearchParams(globalThis.location?.search ?? '').get('cpe-code') ?? '';
}

const formText = (value: FormDataEntryValue | null): string =>
  typeof value === 'string' ? value : '';
