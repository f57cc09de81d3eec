import type { ReactiveController, TemplateResult } from 'lit';
import { PolicyError } from '../../client/policy-client.js';
import { CODE_LENGTH, normalizeCode } from '../../policy/code-format.js';
import type { Locale } from '../../policy/locale.js';
import type {
  AttendanceResult,
  LearnerPrompt,
  PublicEvent,
  StoredCheckIn,
} from '../../policy/schemas.js';
import type { ClientController } from '../shared/client-controller.js';
import { DelayedFlag } from '../shared/delayed-flag.js';
import type { Words } from '../shared/locale-controller.js';
import { reactiveState } from '../shared/reactive-state.js';
import type * as Deferred from './deferred.js';
import {
  deviceStorage,
  LearnerStorage,
  newIdempotencyKey,
  type QueuedCheckIn,
} from './learner-storage.js';
import { renderLearner } from './learner-view.js';
import { PROMPT_POLL_MS, type CheckInHost, type CheckInSession, type Saying } from './session.js';

const ATTENDANCE_POLL_MS = 30_000;

export interface LearnerState {
  records: StoredCheckIn[];
  queued: QueuedCheckIn[];
  attendance: AttendanceResult | undefined;
  code: string;
  /** What is wrong with the code typed, if anything. */
  codeError: Saying | undefined;
  answers: Record<string, string>;
  /** Local demo only: the code a host screen would show, so one browser can try it alone. */
  demoCode: string | undefined;
}

/**
 * The learner's side: the check-in form, the check-ins queued on this device while offline
 * (`learner-storage.ts` keeps them) and their replay, the credit so far and the prompts to
 * answer. It arrives with the client (`deferred.ts`), which the event it shows needs anyway.
 */
export class LearnerController implements ReactiveController {
  readonly state: LearnerState;
  private readonly working: DelayedFlag;
  private storage?: LearnerStorage;
  private sending = false;
  private replaying?: Promise<void>;
  /** Counts evaluations asked for, so only the newest answer is applied. */
  private attendanceAsked = 0;
  /** The language the evaluation shown was asked in: its reasons are worded in it. */
  private attendanceLocale?: Locale;

  constructor(
    private readonly host: CheckInHost,
    private readonly session: CheckInSession,
    private readonly client: ClientController<typeof Deferred>,
    private readonly words: Words,
  ) {
    this.state = reactiveState<LearnerState>(host, {
      records: [],
      queued: [],
      attendance: undefined,
      code: '',
      codeError: undefined,
      answers: {},
      demoCode: undefined,
    });
    this.working = new DelayedFlag(host);
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
  }

  /** A new language asks for the evaluation again, in it. */
  hostUpdated(): void {
    if (this.attendanceLocale && this.attendanceLocale !== this.words.target) {
      void this.loadAttendance();
    }
  }

  /** Starts the learner's view of the session's event (its polls, the replay of the queue). */
  start(scope: { apiBase: string; token: string }): void {
    const { event } = this.session;
    if (!event) return;
    this.storage = new LearnerStorage(deviceStorage(), {
      ...scope,
      eventId: event.id,
    });
    this.state.queued = this.storage.queue;
    this.state.code ||= codeFromUrl();
    if (this.client.isEstimate) {
      void this.loadDemoCode();
      this.session.every(PROMPT_POLL_MS, () => this.loadDemoCode());
    }
    void this.loadAttendance();
    void this.session.loadPrompts();
    void this.replayQueue();
    this.session.every(ATTENDANCE_POLL_MS, () => this.loadAttendance());
    if (this.session.hasPrompts)
      this.session.every(PROMPT_POLL_MS, () => this.session.loadPrompts());
  }

  /** Fetches what the learner's view shows now. */
  async refresh(): Promise<void> {
    await Promise.all([this.loadAttendance(), this.session.loadPrompts()]);
  }

  /** Sends the check-ins queued while offline; resolves when the queue is empty or stuck. */
  replayQueue(): Promise<void> {
    this.replaying ??= this.sendQueued().finally(() => {
      this.replaying = undefined;
    });
    return this.replaying;
  }

  private readonly onOnline = (): void => {
    void this.replayQueue();
  };

  private get lastRecord(): StoredCheckIn | undefined {
    return this.state.records.at(-1);
  }

  private get nextKind(): 'in' | 'out' {
    const pending = this.state.queued.at(-1)?.kind ?? this.lastRecord?.kind;
    return pending === 'in' ? 'out' : 'in';
  }

  private get codeField(): HTMLInputElement | null {
    return this.host.renderRoot.querySelector<HTMLInputElement>('#code');
  }

  private readonly onCodeInput = (event: Event): void => {
    this.state.code = (event.target as HTMLInputElement).value;
    this.state.codeError = undefined;
  };

  private readonly onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.sending || !this.session.client || !this.storage) return;
    const code = normalizeCode(this.state.code);
    if (code.length !== CODE_LENGTH) {
      this.state.codeError = ({ t }) =>
        t('The code has {length} letters and digits; it is on the host’s screen.', {
          length: CODE_LENGTH,
        });
      this.codeField?.focus();
      return;
    }
    const item: QueuedCheckIn = {
      kind: this.nextKind,
      code,
      idempotencyKey: newIdempotencyKey(),
      queuedAt: new Date().toISOString(),
    };
    this.sending = true;
    this.working.start();
    this.session.state.notice = undefined;
    try {
      await this.send(item);
    } finally {
      this.sending = false;
      this.working.stop();
    }
  };

  /** One attempt; a network failure queues the check-in, a refusal is explained. */
  private async send(item: QueuedCheckIn, replayed = false): Promise<boolean> {
    const { client, event } = this.session;
    const { storage, state } = this;
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
      if (!state.records.some((known) => known.id === record.id)) {
        state.records = [...state.records, record];
      }
      state.queued = storage.queue;
      state.code = '';
      state.codeError = undefined;
      this.session.state.offline = false;
      this.session.state.notice = {
        tone: 'success',
        say: ({ t }) =>
          record.kind === 'in' ? t('You are checked in.') : t('You are checked out.'),
      };
      this.client.emit(record.kind === 'in' ? 'cpe-checked-in' : 'cpe-checked-out', record);
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>('#state-heading')?.focus();
      await this.loadAttendance();
      return true;
    } catch (error) {
      if (error instanceof PolicyError && error.isNetwork) {
        storage.enqueue(item);
        state.queued = storage.queue;
        this.session.state.offline = true;
        this.session.state.notice = undefined;
        return false;
      }
      storage.dequeue(item.idempotencyKey);
      state.queued = storage.queue;
      this.explain(error, item, replayed);
      return false;
    }
  }

  private async sendQueued(): Promise<void> {
    for (const item of this.storage?.queue ?? []) {
      if (!(await this.send(item, true)) && this.session.state.offline) return;
    }
  }

  /**
   * A wrong code is said under the field (with what was typed); a check-in that changes
   * nothing (made meanwhile on another device or tab) in our words, whichever client refused
   * it, and the records are read again; the rest in the notice.
   */
  private explain(error: unknown, item?: QueuedCheckIn, replayed = false): void {
    if (error instanceof PolicyError && error.rule === 'ATTEND.ON_RECORD' && item) {
      this.session.state.notice = {
        tone: 'danger',
        say: ({ t }) =>
          item.kind === 'in'
            ? t('You are already checked in; check out when you leave.')
            : t('You are not checked in; check in first.'),
      };
      void this.loadAttendance();
      return;
    }
    if (!(error instanceof PolicyError && error.rule === 'ATTEND.CODE')) {
      this.session.explain(error);
      return;
    }
    this.state.codeError = replayed
      ? ({ t }) =>
          t('The code you typed offline has expired by now. Type the code on the host’s screen.')
      : ({ t }) => t('That code is wrong or has expired. Type the code on the host’s screen now.');
    this.state.code = item?.code ?? '';
    this.codeField?.focus();
  }

  private async loadAttendance(): Promise<void> {
    const { client, event } = this.session;
    if (!client || !event || this.host.role !== 'learner') return;
    const asked = (this.attendanceAsked += 1);
    this.attendanceLocale = this.words.target;
    try {
      const { records, ...attendance } = await client.myAttendance(event.id);
      // A slower, older answer must not undo a newer one (a poll racing a check-in).
      if (asked !== this.attendanceAsked) return;
      // An API without `records` leaves the state to what this page has seen confirmed.
      if (Array.isArray(records)) this.state.records = records;
      const changed = JSON.stringify(attendance) !== JSON.stringify(this.state.attendance);
      this.state.attendance = attendance;
      if (changed) this.client.emit('cpe-attendance-changed', { eventId: event.id, attendance });
    } catch (error) {
      this.session.noteFailure(error);
    }
  }

  private async onAnswer(submit: SubmitEvent, prompt: LearnerPrompt): Promise<void> {
    submit.preventDefault();
    const { client, event } = this.session;
    const answer = (this.state.answers[prompt.id] ?? '').trim();
    if (!client || !event || !answer) return;
    try {
      await client.answerPrompt(event.id, prompt.id, answer);
      this.session.state.notice = {
        tone: 'success',
        say: ({ t }) => t('Your answer is on record.'),
      };
      await Promise.all([this.session.loadPrompts(), this.loadAttendance()]);
    } catch (error) {
      if (error instanceof PolicyError && error.isNetwork) {
        this.session.state.offline = true;
        this.session.state.notice = {
          tone: 'warning',
          say: ({ t }) =>
            t(
              'Your answer could not be sent: you seem to be offline. Send it again when you are back.',
            ),
        };
        return;
      }
      this.explain(error);
    }
  }

  private async loadDemoCode(): Promise<void> {
    const { client, event } = this.session;
    if (!client || !event) return;
    this.state.demoCode = (await client.getCode(event.id)).code;
  }

  render(event: PublicEvent): TemplateResult {
    return renderLearner(this.words, {
      event,
      state: this.state,
      notice: this.session.state.notice,
      kind: this.nextKind,
      checkedBefore: !!this.lastRecord,
      working: this.working.value,
      prompts: this.session.hasPrompts
        ? (this.session.state.prompts as LearnerPrompt[])
        : undefined,
      leadMinutes: this.client.policy?.attendance.windowOpensMinutesBefore,
      onSubmit: this.onSubmit,
      onCodeInput: this.onCodeInput,
      onAnswer: (submit, prompt) => this.onAnswer(submit, prompt),
      onChoose: (prompt, answer) => {
        this.state.answers = { ...this.state.answers, [prompt.id]: answer };
      },
    });
  }
}

/** The code a QR code carries: the page's `cpe-code` parameter. */
function codeFromUrl(): string {
  return new URLSearchParams(globalThis.location?.search ?? '').get('cpe-code') ?? '';
}
