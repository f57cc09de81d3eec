/**
 * The host's "Import a report" (issue 15): a file dropped or chosen is previewed by the API
 * (nothing stored), the host maps the unmatched people, and the commit stores the records;
 * the roster then shows them. Part of the host chunk: learners never load it.
 */
import type { ReactiveController } from 'lit';
import { PolicyError } from '../../client/policy-client.js';
import type { ImportQuery } from '../../policy/imports.js';
import type { PublicEvent } from '../../policy/schemas.js';
import { adoptLazyStyles } from '../shared/lazy-styles.js';
import type { Words } from '../shared/locale-controller.js';
import { reactiveState } from '../shared/reactive-state.js';
import { importStyles, renderImport, type ImportViewState } from './import-view.js';
import type { CheckInHost, CheckInSession } from './session.js';

export class ImportController implements ReactiveController {
  readonly state: ImportViewState;
  private file?: File;

  constructor(
    private readonly host: CheckInHost,
    private readonly session: CheckInSession,
    private readonly words: Words,
    private readonly onCommitted: () => Promise<void>,
  ) {
    this.state = reactiveState<ImportViewState>(host, {
      fileName: undefined,
      dragging: false,
      busy: undefined,
      preview: undefined,
      committed: undefined,
      problem: undefined,
    });
    host.addController(this);
  }

  hostConnected(): void {
    // The rules of this panel ride in the host chunk, not in every learner's first load.
    adoptLazyStyles(this.host.renderRoot, importStyles);
  }

  render(event: PublicEvent) {
    return renderImport(this.words, this.state, event.timeZone, {
      onFile: this.onFile,
      onDragOver: this.onDragOver,
      onDragLeave: this.onDragLeave,
      onDrop: this.onDrop,
      onPreview: this.onPreview,
      onCommit: this.onCommit,
    });
  }

  private choose(file: File | undefined): void {
    this.file = file;
    this.state.fileName = file?.name;
    this.state.preview = undefined;
    this.state.committed = undefined;
    this.state.problem = undefined;
  }

  private readonly onFile = (event: Event): void => {
    this.choose((event.target as HTMLInputElement).files?.[0]);
  };

  private readonly onDragOver = (event: DragEvent): void => {
    event.preventDefault();
    this.state.dragging = true;
  };

  private readonly onDragLeave = (): void => {
    this.state.dragging = false;
  };

  private readonly onDrop = (event: DragEvent): void => {
    event.preventDefault();
    this.state.dragging = false;
    const file = event.dataTransfer?.files[0];
    if (file) this.choose(file);
  };

  private readonly onPreview = async (submit: SubmitEvent): Promise<void> => {
    submit.preventDefault();
    const { client, event } = this.session;
    if (!client || !event) return;
    if (!this.file) {
      const { t } = this.words;
      this.state.problem = {
        title: t('No file yet'),
        detail: t('Choose the report first.'),
        errors: [],
      };
      return;
    }
    const data = new FormData(submit.target as HTMLFormElement);
    const query: ImportQuery = {};
    const zone = text(data.get('timeZone')).trim();
    if (zone) query.timeZone = zone;
    const order = text(data.get('dateOrder'));
    if (order === 'mdy' || order === 'dmy') query.dateOrder = order;
    if (data.get('includeStaff') === 'true') query.includeStaff = 'true';
    await this.run('preview', async () => {
      this.state.preview = await client.previewImport(event.id, this.file!, query);
      this.state.committed = this.state.preview.committedAt ? this.state.preview : undefined;
      await this.focus(this.state.committed ? '#import-done' : '#import-preview-heading');
    });
  };

  private readonly onCommit = async (submit: SubmitEvent): Promise<void> => {
    submit.preventDefault();
    const { client, event } = this.session;
    const preview = this.state.preview;
    if (!client || !event || !preview) return;
    const data = new FormData(submit.target as HTMLFormElement);
    const assign = preview.unmatched.flatMap(({ row }) => {
      const learnerId = text(data.get(`assign-${row}`)).trim();
      return learnerId ? [{ row, learnerId }] : [];
    });
    await this.run('commit', async () => {
      this.state.committed = await client.commitImport(event.id, preview.id, { assign });
      await this.focus('#import-done');
      await this.onCommitted();
    });
  };

  private async run(busy: 'preview' | 'commit', work: () => Promise<void>): Promise<void> {
    this.state.busy = busy;
    this.state.problem = undefined;
    try {
      await work();
    } catch (error) {
      this.state.problem =
        error instanceof PolicyError
          ? { title: error.title, detail: error.detail, errors: error.errors }
          : {
              title: this.words.t('The report could not be read'),
              detail: String(error),
              errors: [],
            };
    } finally {
      this.state.busy = undefined;
    }
  }

  /** After a preview or a commit, focus moves to what it produced. */
  private async focus(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}

const text = (value: FormDataEntryValue | null): string => (typeof value === 'string' ? value : '');
