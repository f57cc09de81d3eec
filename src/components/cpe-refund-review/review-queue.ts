/**
 * The queue's requests and deciding them: loading the list, the notes being written,
 * approve's confirmation, sending a decision and saying that it was made. There is nothing
 * to show before the list arrives, so this comes with the queue's module (deferred.ts), made
 * once it is here.
 */
import type { ReactiveElement } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { PolicyError, type PolicyClient } from '../../client/policy-client.js';
import type { Locale } from '../../policy/locale.js';
import type { StoredRefund } from '../../policy/schemas.js';
import { DelayedFlag } from '../shared/delayed-flag.js';
import type { Translate } from '../shared/locale-controller.js';
import { reactiveState } from '../shared/reactive-state.js';
import { unreachableSentence, warnUnreachable } from '../shared/unreachable.js';
import type { Decision, Draft, QueueFilter, QueueView } from './deferred.js';

/** Ids from the API may hold any character; element ids here keep to a safe set. */
export const cssId = (id: string): string => id.replace(/[^A-Za-z0-9_-]/g, '_');

/** A failed load or decision, in words for the admin. */
export function problemText(t: Translate, error: unknown): string {
  if (error instanceof PolicyError) {
    if (error.isNetwork) return unreachableSentence(t);
    if (error.status === 401 || error.status === 403) {
      return t('Only a signed-in administrator can review refund requests.');
    }
    // The API's own title and detail: its words, not the widget's.
    return `${error.title}${error.detail ? `: ${error.detail}` : ''}`;
  }
  return t('Something went wrong. Try again.');
}

/** Why the queue did not load; an API that did not answer also tells the author what to check. */
export function loadProblem(t: Translate, error: unknown, tag: string, apiBase: string): string {
  if (error instanceof PolicyError && error.isNetwork) warnUnreachable(tag, apiBase);
  return problemText(t, error);
}

export interface ReviewQueueOptions {
  client: () => PolicyClient | undefined;
  t: Translate;
  /** The decisions' reasons come worded in it: a new language loads the list again. */
  locale: () => Locale;
  /** The API stored a decision. */
  decided: (stored: StoredRefund) => void;
}

export class ReviewQueue implements QueueView {
  /** The list as the API has it, asked again on a new client, language or reload. */
  readonly requests: Task<
    readonly [PolicyClient | undefined, number, Locale],
    StoredRefund[] | undefined
  >;
  private readonly working: DelayedFlag;
  private readonly state: {
    drafts: Record<string, Draft>;
    /** Requests as changed by decisions made here, over the loaded list. */
    updated: Record<string, StoredRefund>;
    announcement: string;
    filter: QueueFilter;
    reloads: number;
  };

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: ReviewQueueOptions,
  ) {
    this.working = new DelayedFlag(host);
    this.state = reactiveState(host, {
      drafts: {},
      updated: {},
      announcement: '',
      filter: 'all',
      reloads: 0,
    });
    this.requests = new Task(host, {
      args: () => [options.client(), this.state.reloads, options.locale()] as const,
      task: async ([client], { signal }) => {
        if (!client) return undefined;
        this.working.start();
        try {
          return await client.listRefunds({ signal });
        } finally {
          this.working.stop();
        }
      },
    });
  }

  /** The loaded list, with the decisions made here since. */
  get list(): StoredRefund[] | undefined {
    return this.requests.value?.map((request) => this.state.updated[request.id] ?? request);
  }

  /** Why the list did not load, if it did not. */
  get error(): unknown {
    return this.requests.status === TaskStatus.ERROR ? this.requests.error : undefined;
  }

  /** The list has been loading for a while: a quiet indicator says so. */
  get busy(): boolean {
    return this.working.value && this.requests.status === TaskStatus.PENDING;
  }

  /** What the status line last said: the decision just made. */
  get announcement(): string {
    return this.state.announcement;
  }

  /** Loads the list again, which has every decision. */
  reload(): void {
    this.state.updated = {};
    this.state.reloads++;
  }

  filter(): QueueFilter {
    return this.state.filter;
  }

  setFilter(filter: QueueFilter): void {
    this.state.filter = filter;
  }

  draft(id: string): Draft {
    return this.state.drafts[id] ?? { note: '' };
  }

  setDraft(id: string, patch: Partial<Draft>): void {
    this.state.drafts = { ...this.state.drafts, [id]: { ...this.draft(id), ...patch } };
  }

  async askToApprove(request: StoredRefund): Promise<void> {
    if (this.draft(request.id).sending || !(await this.noteFor(request))) return;
    this.setDraft(request.id, { confirming: true, error: undefined });
    await this.host.updateComplete;
    this.focus(`#confirm-${cssId(request.id)}-yes`);
  }

  async decide(request: StoredRefund, decision: Decision): Promise<void> {
    const client = this.options.client();
    if (this.draft(request.id).sending || !client) return;
    const note = await this.noteFor(request);
    if (!note) return;
    this.setDraft(request.id, { sending: decision, error: undefined });
    const { t } = this.options;
    try {
      const stored = await client.decideRefund(request.id, { decision, note });
      this.state.updated = { ...this.state.updated, [stored.id]: stored };
      this.state.drafts = { ...this.state.drafts, [stored.id]: { note: '' } };
      this.state.announcement =
        decision === 'approve'
          ? t('Request {id} approved.', { id: stored.id })
          : t('Request {id} denied.', { id: stored.id });
      this.options.decided(stored);
    } catch (error) {
      this.setDraft(request.id, { sending: undefined, error: problemText(t, error) });
    }
  }

  /** The note, or (when it is empty) the reason shown under it and focus on it. */
  private async noteFor(request: StoredRefund): Promise<string | undefined> {
    const note = this.draft(request.id).note.trim();
    if (note) return note;
    this.setDraft(request.id, {
      error: this.options.t('Write a note: it goes into the audit trail.'),
      confirming: false,
    });
    await this.host.updateComplete;
    this.focus(`#note-${cssId(request.id)}`);
    return undefined;
  }

  private focus(selector: string): void {
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
