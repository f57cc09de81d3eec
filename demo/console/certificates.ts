/**
 * Certificates: search by program, learner and completion dates; revoke one with a reason;
 * export the ones found as a ZIP of PDFs with a manifest, with progress (done of total, time
 * left) and a cancel button.
 */
import type { Certificate } from '../../src/policy/certificates.js';
import type { Program } from '../../src/policy/programs.js';
import { formatCredits } from '../../src/policy/locale.js';
import { formatDuration } from '../../src/components/shared/format.js';
import type { CertificateQuery } from '../../src/client/policy-client.js';
import { describe, type Console } from './app.js';
import { button, el, field, input, select } from './dom.js';

export async function certificatesView(app: Console, main: HTMLElement): Promise<void> {
  const heading = el('h2', { tabIndex: -1 }, 'Certificates');
  main.replaceChildren(heading);
  heading.focus();
  let programs: Program[] = [];
  try {
    programs = await app.client.listPrograms();
  } catch (error) {
    main.append(el('p', { className: 'error' }, `Could not load the programs: ${describe(error)}`));
  }
  const program = field(
    'Program',
    select([['', 'Any program'], ...programs.map((p): [string, string] => [p.id, p.title])]),
  );
  const learner = field(
    'Learner id (sub)',
    input({ autocomplete: 'off' }),
    'Leave empty for every learner.',
  );
  const from = field('Completed from', input({ type: 'date' }));
  const to = field('Completed to', input({ type: 'date' }));
  const results = el('div', { attrs: { 'aria-live': 'polite' } });
  const query = (): CertificateQuery => ({
    ...(program.control.value ? { programId: program.control.value } : {}),
    ...(learner.control.value.trim() ? { learnerId: learner.control.value.trim() } : {}),
    ...(from.control.value ? { from: from.control.value } : {}),
    ...(to.control.value ? { to: to.control.value } : {}),
  });
  const search = async () => {
    try {
      const page = await app.client.listCertificates(query());
      results.replaceChildren(certificateTable(app, page.items, search));
      if (page.nextCursor) {
        results.append(el('p', { className: 'hint' }, 'Showing the first 100: narrow the search.'));
      }
    } catch (error) {
      results.replaceChildren(
        el('p', { className: 'error' }, `Could not search: ${describe(error)}`),
      );
    }
  };
  const form = el(
    'form',
    { noValidate: true, className: 'grid', attrs: { 'aria-label': 'Search certificates' } },
    program.wrapper,
    learner.wrapper,
    from.wrapper,
    to.wrapper,
    el(
      'div',
      { className: 'actions' },
      el('button', { type: 'submit', className: 'primary' }, 'Search'),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  main.append(
    form,
    exportPanel(app, () => query()),
    el('h3', { id: 'certificates-heading' }, 'Found'),
    results,
  );
  await search();
}

function certificateTable(
  app: Console,
  certificates: Certificate[],
  refresh: () => Promise<void>,
): HTMLElement {
  if (!certificates.length) return el('p', {}, 'No certificate matches.');
  const row = (certificate: Certificate) =>
    el(
      'tr',
      {},
      el(
        'th',
        { scope: 'row' },
        certificate.learner.name,
        el('br'),
        el('span', { className: 'hint' }, certificate.learner.id),
      ),
      el('td', {}, certificate.program.title),
      el('td', {}, certificate.completedOn),
      el('td', {}, formatCredits('en', certificate.credits.nasba)),
      el(
        'td',
        {},
        certificate.status,
        certificate.revokedReason
          ? el('span', { className: 'hint' }, ` (${certificate.revokedReason})`)
          : '',
      ),
      el(
        'td',
        {},
        el('a', { href: certificate.verifyUrl, target: '_blank', rel: 'noopener' }, 'Verify page'),
        certificate.status === 'valid' ? revokeForm(app, certificate, refresh) : '',
      ),
    );
  return el(
    'div',
    {
      className: 'table-wrap',
      tabIndex: 0,
      attrs: { role: 'region', 'aria-labelledby': 'certificates-heading' },
    },
    el(
      'table',
      {},
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ...['Learner', 'Program', 'Completed', 'Credits', 'Status', 'Actions'].map((h) =>
            el('th', { scope: 'col' }, h),
          ),
        ),
      ),
      el('tbody', {}, ...certificates.map(row)),
    ),
  );
}

/** Revoking asks why: the reason is kept on the certificate and shown on its verify page. */
function revokeForm(
  app: Console,
  certificate: Certificate,
  refresh: () => Promise<void>,
): HTMLElement {
  const reason = field(
    `Reason to revoke the certificate of ${certificate.learner.name}`,
    input({ autocomplete: 'off', required: true }),
  );
  const form = el(
    'form',
    { className: 'inline', noValidate: true },
    reason.wrapper,
    el('button', { type: 'submit', className: 'secondary' }, 'Revoke'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const why = reason.control.value.trim();
    if (!why) {
      reason.setError('Say why the certificate is revoked.');
      reason.control.focus();
      return;
    }
    void (async () => {
      try {
        await app.client.revokeCertificate(certificate.id, why);
        app.announce(`Certificate of ${certificate.learner.name} revoked.`);
        await refresh();
      } catch (error) {
        reason.setError(describe(error));
      }
    })();
  });
  return form;
}

/** The ZIP's local-file signature: one per file, so the PDFs received can be counted. */
const FILE_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

function exportPanel(app: Console, query: () => CertificateQuery): HTMLElement {
  const progress = el('progress', { max: 1, value: 0, id: 'export-progress' });
  progress.hidden = true;
  const status = el('p', { id: 'export-status', attrs: { role: 'status' } });
  let controller: AbortController | undefined;
  const cancel = button('Cancel export', () => controller?.abort(), { className: 'secondary' });
  cancel.hidden = true;
  const start = button(
    'Export ZIP',
    () => {
      const filter = query();
      if (!filter.programId && !filter.from && !filter.to) {
        status.textContent = 'Choose a program or a date range to export.';
        return;
      }
      controller = new AbortController();
      void exportZip(app, filter, controller.signal, (done, total, msLeft) => {
        progress.hidden = false;
        progress.max = Math.max(total, 1);
        progress.value = done;
        status.textContent = `Exported ${done} of ${total}${msLeft === undefined ? '' : `, about ${formatDuration(msLeft)} left`}.`;
      })
        .then(
          (message) => (status.textContent = message),
          (error: unknown) =>
            (status.textContent = controller?.signal.aborted
              ? 'Export cancelled.'
              : `Export failed: ${describe(error)}`),
        )
        .finally(() => {
          start.disabled = false;
          cancel.hidden = true;
          progress.hidden = true;
        });
      start.disabled = true;
      cancel.hidden = false;
    },
    { className: 'secondary' },
  );
  progress.setAttribute('aria-labelledby', 'export-heading');
  return el(
    'section',
    { className: 'card', attrs: { 'aria-labelledby': 'export-heading' } },
    el('h3', { id: 'export-heading' }, 'Bulk export'),
    el(
      'p',
      { className: 'hint' },
      'The PDFs of the program or dates chosen above, with a CSV manifest, as one ZIP file.',
    ),
    el('div', { className: 'actions' }, start, cancel),
    progress,
    status,
  );
}

/** Streams the export, counting the PDFs as they arrive; saves the ZIP when it is whole. */
async function exportZip(
  app: Console,
  filter: CertificateQuery,
  signal: AbortSignal,
  onProgress: (done: number, total: number, msLeft?: number) => void,
): Promise<string> {
  const url = new URL('v1/certificates/export', new URL(app.apiBase.replace(/\/?$/, '/')));
  for (const [name, value] of Object.entries(filter) as [string, string | undefined][]) {
    if (value) url.searchParams.set(name, value);
  }
  const response = await fetch(url, { headers: { authorization: `Bearer ${app.token}` }, signal });
  if (!response.ok || !response.body) throw new Error(`the server answered ${response.status}`);
  const total = Number(response.headers.get('cpe-export-count') ?? 0);
  const started = performance.now();
  const chunks: Uint8Array[] = [];
  let done = 0;
  let matched = 0;
  onProgress(0, total);
  const reader = response.body.getReader();
  for (;;) {
    const { done: finished, value } = await reader.read();
    if (finished) break;
    chunks.push(value);
    for (const byte of value) {
      // A signature split across two chunks still matches: the state carries over.
      matched = byte === FILE_SIGNATURE[matched] ? matched + 1 : byte === FILE_SIGNATURE[0] ? 1 : 0;
      if (matched === FILE_SIGNATURE.length) {
        matched = 0;
        done = Math.min(done + 1, total);
      }
    }
    const elapsed = performance.now() - started;
    onProgress(done, total, done > 0 ? (elapsed / done) * (total - done) : undefined);
  }
  const link = el('a', {
    href: URL.createObjectURL(new Blob(chunks as BlobPart[], { type: 'application/zip' })),
    download: 'certificates.zip',
  });
  link.click();
  URL.revokeObjectURL(link.href);
  return `Exported ${total} certificate${total === 1 ? '' : 's'} to certificates.zip.`;
}
