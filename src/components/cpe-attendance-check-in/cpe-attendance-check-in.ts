import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Task, initialState } from '@lit/task';
import { PolicyError } from '../../client/policy-client.js';
import type { PolicyDocument } from '../../policy/policy.js';
import type { AttendanceResult, PublicEvent, Roster, StoredCheckIn } from '../../policy/schemas.js';
import { ClientController } from '../shared/client-controller.js';
import { formatDateTime, formatTime } from '../shared/format.js';
import { viewerTimeZone } from '../shared/viewer-zone.js';
import { LocaleController } from '../shared/locale-controller.js';
import { controls, tokens } from '../shared/tokens.js';
import { unreachableSentence, warnUnreachable } from '../shared/unreachable.js';
import { styles } from './cpe-attendance-check-in.styles.js';
import type { HostController } from './host-controller.js';
import type { LearnerController } from './learner-controller.js';
import { CheckInSession } from './session.js';

/** `detail` of `cpe-checked-in` and `cpe-checked-out`: the record the policy API stored. */
export type CheckedDetail = StoredCheckIn;

/** `detail` of `cpe-attendance-changed`: the learner's evaluation, or the host's roster. */
export type AttendanceChangedDetail =
  { eventId: string; attendance: AttendanceResult } | { eventId: string; roster: Roster };

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

  /** Its words, from `lang` on it or around it; Spanish and French load on demand. */
  private readonly i18n = new LocaleController(this, {
    es: () => import('./locales/es.js'),
    fr: () => import('./locales/fr.js'),
  });

  /** The client, with the learner's side (`deferred.ts`) loaded alongside. */
  private readonly client = new ClientController(this, {
    args: () => [this.apiBase, this.token, this.policy],
    locale: () => this.i18n.target,
    deferred: () => import('./deferred.js'),
  });

  /** The event, once the client is here; then the current role starts. */
  private readonly loader = new Task(this, {
    args: () => [this.client.value, this.apiBase, this.eventId] as const,
    task: async ([setup, apiBase, eventId], { signal }) => {
      if (!setup) return initialState;
      if (apiBase && !eventId) {
        const { t } = this.i18n;
        throw new PolicyError(
          400,
          t('No event'),
          t('Set the event-id attribute to the event’s id.'),
        );
      }
      return setup.client.getEvent(eventId || 'demo', { signal });
    },
    onComplete: (event) => this.start(event),
  });

  private readonly session = new CheckInSession(this);
  /** The learner's side, made when the widget first starts as the learner. */
  private learner?: LearnerController;
  /** The host's side, loaded (`host-deferred.ts`) when the widget first starts as the host. */
  private hosting?: HostController;
  private hostingLoaded?: Promise<HostController>;

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
    // Back in the page after a move: the loaded event is still good, restart the polls.
    if (this.loader.value) this.start(this.loader.value);
  }

  /** Fetches everything the current view shows now, without waiting for the next poll. */
  async refresh(): Promise<void> {
    await this.client.setup.taskComplete;
    await this.updateComplete;
    await this.loader.taskComplete;
    await (this.role === 'host' ? (await this.loadHosting()).refresh() : this.learner?.refresh());
  }

  /** Sends the check-ins queued while offline; resolves when the queue is empty or stuck. */
  async replayQueue(): Promise<void> {
    await this.learner?.replayQueue();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('role') && this.loader.value) this.start(this.loader.value);
  }

  private start(event: PublicEvent): void {
    const { current: client, deferred } = this.client;
    if (!client || !deferred) return;
    this.session.begin(client, event);
    if (this.role === 'learner') {
      this.learner ??= new deferred.LearnerController(this, this.session, this.client, this.i18n);
      this.learner.start({ apiBase: this.apiBase, token: this.token });
      return;
    }
    this.loadHosting().then(
      (hosting) => {
        if (this.role === 'host') hosting.start(); // Unless the role changed meanwhile.
      },
      (error: unknown) => this.session.explain(error),
    );
  }

  /** Loads again what failed: the client (its chunk) or the event. */
  private retry(): void {
    if (this.client.error) void this.client.setup.run();
    else void this.loader.run();
  }

  private loadHosting(): Promise<HostController> {
    this.hostingLoaded ??= Promise.all([
      import('./host-deferred.js'),
      // The host screens' words come with them: a learner never downloads them.
      this.i18n.also({
        es: () => import('./locales/host-es.js'),
        fr: () => import('./locales/host-fr.js'),
      }),
    ]).then(
      ([{ HostController }]) =>
        (this.hosting = new HostController(this, this.session, this.client, this.i18n)),
      (error: unknown) => {
        this.hostingLoaded = undefined; // `refresh()` or the next start tries again.
        throw error;
      },
    );
    return this.hostingLoaded;
  }

  override render(): TemplateResult {
    const { t } = this.i18n;
    const loading = (): TemplateResult => html`<p role="status">${t('Loading the event…')}</p>`;
    const failed = (error: unknown): TemplateResult => {
      const unreachable = error instanceof PolicyError && error.isNetwork;
      if (unreachable) warnUnreachable(this.localName, this.apiBase);
      return html`<div class="notice danger" role="alert">
        <p>
          ${t('The event could not be loaded.')}
          ${
            unreachable
              ? unreachableSentence(t)
              : error instanceof PolicyError
                ? error.detail || error.title
                : String(error)
          }
        </p>
        <button type="button" class="secondary retry" @click=${() => this.retry()}>
          ${t('Retry')}
        </button>
      </div>`;
    };
    return html`<div class="root">
      <section class="card" part="card" aria-labelledby="title">
        ${
          this.client.error
            ? failed(this.client.error)
            : this.loader.render({
                initial: loading,
                pending: loading,
                error: failed,
                complete: (event) => this.renderEvent(event),
              })
        }
      </section>
    </div>`;
  }

  private renderEvent(event: PublicEvent): TemplateResult {
    const { t } = this.i18n;
    return html`
      ${
        this.client.isEstimate
          ? html`<p class="notice local-banner">
              <strong>${t('Demo: not an official record.')}</strong>
              ${t('Check-ins are kept in this browser only; the sponsor has no record of them.')}
              ${
                this.role === 'learner' && this.learner?.state.demoCode
                  ? html`${t('The host’s code right now is')}
                      <strong>${this.learner.state.demoCode}</strong>.`
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
        this.session.state.offline
          ? html`<p class="notice" role="status">
              ${t(
                'You seem to be offline. What you send is kept on this device and sent when the connection returns.',
              )}
            </p>`
          : nothing
      }
      ${
        this.role === 'learner'
          ? (this.learner?.render(event) ?? nothing)
          : (this.hosting?.render(event) ??
            html`<p class="hint" role="status">
              ${this.session.state.notice?.say(this.i18n) ?? t('Getting the code…')}
            </p>`)
      }
    `;
  }

  private renderTimes(event: PublicEvent): TemplateResult {
    const viewer = viewerTimeZone();
    const { t, intl } = this.i18n;
    const span = (start: string, end: string, zone: string): string =>
      `${formatDateTime(start, zone, intl)} – ${formatTime(end, zone, intl)}`;
    return html`<ul class="times hint">
      ${event.segments.map((segment) => {
        const there = span(segment.start, segment.end, event.timeZone);
        const here = span(segment.start, segment.end, viewer);
        const local = here !== there ? ` ${t('(your time: {here})', { here })}` : '';
        return html`<li>${there}${local}</li>`;
      })}
    </ul>`;
  }
}
