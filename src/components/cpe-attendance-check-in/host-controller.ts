import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { PolicyError } from '../../client/policy-client.js';
import type { CheckInCode, PublicEvent, Roster } from '../../policy/schemas.js';
import type { ClientController } from '../shared/client-controller.js';
import { downloadFile } from '../shared/download.js';
import { adoptLazyStyles } from '../shared/lazy-styles.js';
import type { Words } from '../shared/locale-controller.js';
import { reactiveState } from '../shared/reactive-state.js';
import type * as Deferred from './deferred.js';
import { hostStyles } from './host.styles.js';
import { qrCode, renderHostPrompts, renderRoster } from './host-views.js';
import { ImportController } from './import-controller.js';
import { PROMPT_POLL_MS, type CheckInHost, type CheckInSession } from './session.js';

const ROSTER_POLL_MS = 10_000;

interface HostState {
  code: CheckInCode | undefined;
  secondsLeft: number;
  roster: Roster | undefined;
  fullscreen: boolean;
}

/**
 * The host's side: the rotating code (polled as it expires) with its QR code and the full
 * screen toggle, the live roster and its CSV, and issuing engagement prompts.
 */
export class HostController implements ReactiveController {
  readonly state: HostState;
  /** The code being fetched: a second ask (the clock, `refresh()`) waits for it. */
  private fetchingCode?: Promise<void>;
  /** "Import a report": API mode only, the records it makes are the API's. */
  private readonly importing: ImportController;

  constructor(
    private readonly host: CheckInHost,
    private readonly session: CheckInSession,
    private readonly client: ClientController<typeof Deferred>,
    private readonly words: Words,
  ) {
    this.state = reactiveState<HostState>(host, {
      code: undefined,
      secondsLeft: 0,
      roster: undefined,
      fullscreen: false,
    });
    host.addController(this);
    this.importing = new ImportController(host, session, words, () => this.loadRoster());
  }

  hostConnected(): void {
    // The rules of the host's screen ride in the host chunk, not in every learner's first load.
    adoptLazyStyles(this.host.renderRoot, hostStyles);
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
  }

  /** Starts the host's view of the session's event: the code's clock and the polls. */
  start(): void {
    void this.refresh();
    this.session.every(1_000, () => this.tick());
    this.session.every(ROSTER_POLL_MS, () => this.loadRoster());
    if (this.session.hasPrompts)
      this.session.every(PROMPT_POLL_MS, () => this.session.loadPrompts());
  }

  /** Fetches what the host's view shows now. */
  async refresh(): Promise<void> {
    await Promise.all([this.loadCode(), this.loadRoster(), this.session.loadPrompts()]);
  }

  private get codePanel(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('#code-panel');
  }

  private readonly onFullscreenChange = (): void => {
    const panel = this.codePanel;
    this.state.fullscreen = document.fullscreenElement === panel && !!panel;
  };

  private tick(): void {
    const { code } = this.state;
    if (!code) return;
    this.state.secondsLeft = Math.max(
      0,
      Math.ceil((Date.parse(code.expiresAt) - Date.now()) / 1000),
    );
    if (this.state.secondsLeft === 0) void this.loadCode();
  }

  private loadCode(): Promise<void> {
    this.fetchingCode ??= this.fetchCode().finally(() => {
      this.fetchingCode = undefined;
    });
    return this.fetchingCode;
  }

  private async fetchCode(): Promise<void> {
    const { client, event } = this.session;
    if (!client || !event || this.host.role !== 'host') return;
    try {
      const code = await client.getCode(event.id);
      this.state.code = code;
      this.session.state.offline = false;
      this.tick();
    } catch (error) {
      this.session.noteFailure(error);
      if (!(error instanceof PolicyError && error.isNetwork)) this.session.explain(error);
    }
  }

  private async loadRoster(): Promise<void> {
    const { client, event } = this.session;
    if (!client || !event || this.host.role !== 'host') return;
    try {
      const roster = await client.roster(event.id);
      const changed = JSON.stringify(roster) !== JSON.stringify(this.state.roster);
      this.state.roster = roster;
      if (changed) this.client.emit('cpe-attendance-changed', { eventId: event.id, roster });
    } catch (error) {
      this.session.noteFailure(error);
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
    const { client, event } = this.session;
    if (!client || !event) return;
    try {
      const csv = await client.rosterCsv(event.id);
      downloadFile(
        new Blob([csv], { type: 'text/csv;charset=utf-8' }),
        `attendance-${event.id}.csv`,
      );
    } catch (error) {
      this.session.explain(error);
    }
  };

  private readonly onIssuePrompt = async (submit: SubmitEvent): Promise<void> => {
    submit.preventDefault();
    const { client, event } = this.session;
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
      this.session.state.notice = { tone: 'success', say: ({ t }) => t('Prompt issued.') };
      await this.session.loadPrompts();
    } catch (error) {
      this.session.explain(error);
    }
  };

  render(event: PublicEvent): TemplateResult {
    const { code, secondsLeft, roster, fullscreen } = this.state;
    const notice = this.session.state.notice;
    const { words } = this;
    const { t } = words;
    return html`
      <div id="code-panel" class="code-panel">
        <p id="code-label">${t('Check-in code')}</p>
        ${
          code
            ? html`<p class="code" part="code" aria-labelledby="code-label">${code.code}</p>
                ${qrCode(
                  code.checkInUrl,
                  t('QR code: opens the check-in page with code {code}', { code: code.code }),
                )}
                <p class="countdown">
                  ${t('New code in {seconds} s', {
                    seconds: new Intl.NumberFormat(words.intl).format(secondsLeft),
                  })}
                </p>
                <p class="visually-hidden" aria-live="polite">
                  ${t('New check-in code: {code}', { code: code.code })}
                </p>`
            : html`<p class="hint">${t('Getting the code…')}</p>`
        }
        ${
          document.fullscreenEnabled
            ? html`<button type="button" class="secondary" @click=${this.onToggleFullscreen}>
                ${fullscreen ? t('Exit full screen') : t('Full screen')}
              </button>`
            : nothing
        }
      </div>
      <div role="status">
        ${notice ? html`<p class="notice ${notice.tone}">${notice.say(words)}</p>` : nothing}
      </div>
      ${renderRoster(words, roster, event.timeZone, this.onDownloadCsv, {
        event,
        prompts: this.session.hasPrompts ? this.session.state.prompts : [],
        leadMinutes: this.client.policy?.attendance.windowOpensMinutesBefore,
        now: Date.now(),
      })}
      ${
        this.session.hasPrompts
          ? renderHostPrompts(words, this.session.state.prompts, event.timeZone, this.onIssuePrompt)
          : nothing
      }
      ${this.host.apiBase ? this.importing.render(event) : nothing}
    `;
  }
}

const formText = (value: FormDataEntryValue | null): string =>
  typeof value === 'string' ? value : '';
