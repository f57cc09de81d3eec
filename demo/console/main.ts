/**
 * The sponsor console (`/console`): sign in with an admin token, then programs, their events,
 * enrollments and the refund queue. Built from the kit's client and elements, from DOM APIs
 * (no innerHTML), so it runs under the server's strict CSP.
 */
import '../../src/components/cpe-refund-review/define.js';
import '../../src/components/cpe-attendance-check-in/define.js';
import { createClient } from '../../src/client/create-client.js';
import { defaultPolicy } from '../../src/policy/policy.js';
import { loadSession } from '../session.js';
import { describe, type Console } from './app.js';
import { button, el, field, input } from './dom.js';
import { certificatesView } from './certificates.js';
import { enrollmentsView } from './enrollments.js';
import { programList, programView } from './programs.js';

const TOKEN_KEY = 'cpe-console-token';
const root = document.querySelector<HTMLElement>('#console')!;
const status = document.querySelector<HTMLElement>('#announce')!;
const themeSelect = document.querySelector<HTMLSelectElement>('#theme')!;

const announce = (message: string) => {
  // A fresh text node so the same words said twice are read twice.
  status.replaceChildren(document.createTextNode(message));
};

themeSelect.value = localStorage.getItem('cpe-console-theme') ?? 'light';
document.documentElement.dataset.theme = themeSelect.value;
themeSelect.addEventListener('change', () => {
  document.documentElement.dataset.theme = themeSelect.value;
  localStorage.setItem('cpe-console-theme', themeSelect.value);
});

async function signIn(token: string, apiBase: string): Promise<Console | string> {
  const client = await createClient({ apiBase, token });
  try {
    // An admin-only read: a learner or host token answers 403, a bad one 401.
    await client.listRefunds();
  } catch (error) {
    return `Could not sign in: ${describe(error)}`;
  }
  const policy = await client.getPolicy().catch(() => defaultPolicy);
  return { client, apiBase, token, policy, announce, go: (hash) => navigate(hash) };
}

async function signInView(message = ''): Promise<void> {
  const session = await loadSession();
  const tokenField = field(
    'Admin token',
    input({ type: 'password', autocomplete: 'off' }),
    'Kept in this tab only (session storage), never in the address.',
  );
  const error = el('p', { className: 'error', role: 'alert' }, message);
  const heading = el('h2', { tabIndex: -1 }, 'Sign in');
  const form = el(
    'form',
    { noValidate: true, className: 'signin' },
    heading,
    tokenField.wrapper,
    error,
    el(
      'div',
      { className: 'actions' },
      el('button', { type: 'submit', className: 'primary' }, 'Sign in'),
    ),
  );
  const start = async (token: string) => {
    const signed = await signIn(token, session?.apiBase ?? location.origin);
    if (typeof signed === 'string') {
      error.textContent = signed;
      tokenField.setError(signed);
      tokenField.control.focus();
      return;
    }
    sessionStorage.setItem(TOKEN_KEY, token);
    app = signed;
    renderShell();
    await route();
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void start(tokenField.control.value.trim());
  });
  if (session) {
    form.append(
      el(
        'p',
        { className: 'hint' },
        'This server runs in demo mode and hands out a demo admin token.',
      ),
      button('Use the demo admin', () => void start(session.tokens.admin), {
        className: 'secondary',
      }),
    );
  }
  root.replaceChildren(el('main', { id: 'main' }, form));
  heading.focus();
}

let app: Console | undefined;
const main = el('main', { id: 'main', tabIndex: -1 });
const nav = el('nav', { attrs: { 'aria-label': 'Console' } });
// A save's announcement belongs to its view: moving to another section clears it.
nav.addEventListener('click', (event) => {
  if ((event.target as Element).closest('a[data-section]')) status.replaceChildren();
});
const SECTIONS = [
  ['programs', 'Programs'],
  ['enrollments', 'Enrollments'],
  ['refunds', 'Refunds'],
  ['certificates', 'Certificates'],
] as const;

function renderShell(): void {
  nav.replaceChildren(
    el(
      'ul',
      {},
      ...SECTIONS.map(([hash, label]) =>
        el('li', {}, el('a', { href: `#${hash}`, attrs: { 'data-section': hash } }, label)),
      ),
    ),
    button(
      'Sign out',
      () => {
        sessionStorage.removeItem(TOKEN_KEY);
        app = undefined;
        void signInView('Signed out.');
      },
      { className: 'quiet' },
    ),
  );
  root.replaceChildren(el('div', { className: 'shell' }, nav, main));
}

function navigate(hash: string): void {
  if (location.hash === hash) void route();
  else location.hash = hash;
}

async function route(): Promise<void> {
  if (!app) return;
  const [section = 'programs', id] = location.hash.slice(1).split('/');
  for (const link of nav.querySelectorAll<HTMLAnchorElement>('a[data-section]')) {
    if (link.dataset.section === (section === 'run' ? 'programs' : section))
      link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (section === 'enrollments') return enrollmentsView(app, main, id);
  if (section === 'refunds') return refundsView(app);
  if (section === 'certificates') return certificatesView(app, main);
  if (section === 'run' && id) return runView(app, id);
  if (id === 'new') return programView(app, main);
  if (id) return programView(app, main, id);
  return programList(app, main);
}

function refundsView(signed: Console): void {
  // The element titles itself; the section's heading is for screen readers and focus.
  const heading = el('h2', { tabIndex: -1, className: 'visually-hidden' }, 'Refunds');
  const review = document.createElement('cpe-refund-review');
  review.setAttribute('api-base', signed.apiBase);
  review.setAttribute('token', signed.token);
  main.replaceChildren(heading, review);
  heading.focus();
}

function runView(signed: Console, eventId: string): void {
  const heading = el('h2', { tabIndex: -1 }, 'Run the event');
  const widget = document.createElement('cpe-attendance-check-in');
  for (const [name, value] of [
    ['api-base', signed.apiBase],
    ['token', signed.token],
    ['event-id', eventId],
    ['role', 'host'],
  ])
    widget.setAttribute(name!, value!);
  main.replaceChildren(el('p', {}, el('a', { href: '#programs' }, '← Programs')), heading, widget);
  heading.focus();
}

addEventListener('hashchange', () => void route());

const saved = sessionStorage.getItem(TOKEN_KEY);
if (saved) {
  const session = await loadSession();
  const signed = await signIn(saved, session?.apiBase ?? location.origin);
  if (typeof signed === 'string') await signInView(signed);
  else {
    app = signed;
    renderShell();
    await route();
  }
} else await signInView();
