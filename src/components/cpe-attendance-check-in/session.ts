import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PolicyError, type PolicyClient } from '../../client/policy-client.js';
import type { EventPrompt, LearnerPrompt, PublicEvent } from '../../policy/schemas.js';
import type { Words } from '../shared/locale-controller.js';
import { reactiveState } from '../shared/reactive-state.js';

/** The element, as its controllers see it. */
export type CheckInHost = ReactiveControllerHost &
  HTMLElement & {
    readonly renderRoot: HTMLElement | DocumentFragment;
    role: 'learner' | 'host';
    apiBase: string;
  };

/** A sentence put into words when shown, so a change of language reaches it too. */
export type Saying = (words: Words) => string;

export type Notice = { tone: 'success' | 'warning' | 'danger'; say: Saying };

export const PROMPT_POLL_MS = 5_000;

interface SessionState {
  notice: Notice | undefined;
  offline: boolean;
  prompts: (LearnerPrompt | EventPrompt)[];
}

/**
 * What the learner's and the host's controllers share once the event has loaded: its client,
 * the notice and connection lines, the prompts issued so far, and the polls (stopped when
 * the element leaves the page).
 */
export class CheckInSession implements ReactiveController {
  readonly state: SessionState;
  client?: PolicyClient;
  event?: PublicEvent;
  private timers: ReturnType<typeof setInterval>[] = [];

  constructor(host: ReactiveControllerHost) {
    this.state = reactiveState<SessionState>(host, {
      notice: undefined,
      offline: false,
      prompts: [],
    });
    host.addController(this);
  }

  /** Starts over with the loaded event: the role's controller starts its polls next. */
  begin(client: PolicyClient, event: PublicEvent): void {
    this.stopPolls();
    this.client = client;
    this.event = event;
    this.state.offline = !navigator.onLine;
  }

  /** Prompts only exist where the method has them (not in a classroom). */
  get hasPrompts(): boolean {
    return !!this.event && this.event.method !== 'group-live';
  }

  every(ms: number, run: () => unknown): void {
    this.timers.push(setInterval(run, ms));
  }

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    this.stopPolls();
  }

  async loadPrompts(): Promise<void> {
    const { client, event } = this;
    if (!client || !event || !this.hasPrompts) return;
    try {
      this.state.prompts = await client.listPrompts(event.id);
      this.state.offline = false;
    } catch (error) {
      this.noteFailure(error);
    }
  }

  /** Polls fail quietly: the next poll retries; only the connection state is shown. */
  noteFailure(error: unknown): void {
    if (error instanceof PolicyError && error.isNetwork) this.state.offline = true;
  }

  /** A refusal or failure, said in the notice line. */
  explain(error: unknown): void {
    this.state.notice = { tone: 'danger', say: (words) => refusalText(error, words) };
  }

  private stopPolls(): void {
    this.timers.forEach(clearInterval);
    this.timers = [];
  }

  private readonly onOnline = (): void => {
    this.state.offline = false;
  };

  private readonly onOffline = (): void => {
    this.state.offline = true;
  };
}

function refusalText(error: unknown, { t }: Words): string {
  if (error instanceof PolicyError && error.rule === 'ATTEND.WINDOW') {
    // The API's own sentence stays as it is; the advice after it is ours.
    return `${error.detail} ${t('Ask the host if you believe you attended.')}`;
  }
  if (error instanceof PolicyError && (error.status === 401 || error.status === 403)) {
    return t('You are not signed in for this event. Reopen the course page and try again.');
  }
  const text = error instanceof PolicyError ? error.detail || error.title : String(error);
  return t('That did not work: {text}', { text });
}
