/**
 * The playground: each widget live, an attribute editor that updates it, a theme switcher
 * and the exact embed snippet for the chosen settings. Built from DOM APIs (no innerHTML),
 * so it runs under the same strict CSP as the widgets.
 */
/// <reference types="vite/client" />
import { widgets, type AttributeControl, type WidgetDemo } from './widgets.js';
import { loadSession } from './session.js';

// Every widget folder's define file (test/registry/registry.test.ts holds the folders to the
// registry), bundled in like static imports, so each element is defined before it renders.
import.meta.glob('../src/components/*/define.ts', { eager: true });

const tabs = document.querySelector<HTMLElement>('#tabs')!;
const panels = document.querySelector<HTMLElement>('#panels')!;
const modeSelect = document.querySelector<HTMLSelectElement>('#mode')!;
const themeSelect = document.querySelector<HTMLSelectElement>('#theme')!;
const sessionStatus = document.querySelector<HTMLElement>('#session')!;

interface Mounted {
  demo: WidgetDemo;
  stage: HTMLElement;
  element: HTMLElement;
  values: Map<string, string>;
  snippet: HTMLElement;
}

const mounted: Mounted[] = [];

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** The attributes a widget gets: editor values, plus the API and a token in API mode. */
function liveAttributes(entry: Mounted): Map<string, string> {
  const attributes = new Map(entry.values);
  if (modeSelect.value === 'api' && session) {
    attributes.set('api-base', session.apiBase);
    const role = entry.demo.tokenRole?.(attributes);
    if (role) attributes.set('token', session.tokens[role]);
    if (entry.demo.usesEvent) attributes.set('event-id', session.eventId);
  } else if (entry.demo.usesEvent) {
    attributes.set('event-id', 'demo');
  }
  return attributes;
}

/** Re-creates the element so every attribute starts from a clean state. */
function render(entry: Mounted): void {
  const attributes = liveAttributes(entry);
  const element = document.createElement(entry.demo.tag);
  for (const [name, value] of attributes) if (value !== '') element.setAttribute(name, value);
  entry.element.replaceWith(element);
  entry.element = element;
  entry.snippet.textContent = embedSnippet(entry.demo, attributes);
}

function embedSnippet(demo: WidgetDemo, attributes: Map<string, string>): string {
  const lines = [`<script type="module" src="${location.origin}/cdn/${demo.tag}.js"></script>`];
  const attrs = [...attributes]
    .filter(([, value]) => value !== '')
    .map(([name, value]) => {
      if (name === 'token') return `  token="JWT minted by your LMS or site"`;
      // A page elsewhere reaches this API by its full address.
      if (name === 'api-base') return `  api-base="${new URL(value, location.href).origin}"`;
      return `  ${name}="${value}"`;
    });
  lines.push(
    attrs.length
      ? `<${demo.tag}\n${attrs.join('\n')}\n></${demo.tag}>`
      : `<${demo.tag}></${demo.tag}>`,
  );
  return lines.join('\n');
}

function control(entry: Mounted, spec: AttributeControl): HTMLElement {
  const id = `${entry.demo.tag}-${spec.name}`;
  const input =
    spec.options !== undefined
      ? el(
          'select',
          { id },
          ...spec.options.map(([value, label]) =>
            el('option', { value, selected: value === spec.value }, label),
          ),
        )
      : el('input', { id, type: spec.type ?? 'text', value: spec.value });
  input.addEventListener('change', () => {
    entry.values.set(spec.name, input.value);
    render(entry);
  });
  const hint = el('span', { className: 'hint' }, spec.name);
  return el(
    'div',
    { className: 'field' },
    el('label', { htmlFor: id }, spec.label, ' ', hint),
    input,
  );
}

function mount(demo: WidgetDemo, index: number): void {
  const tab = el('button', {
    id: `tab-${demo.tag}`,
    className: 'tab',
    type: 'button',
    textContent: demo.title,
  });
  tab.setAttribute('role', 'tab');
  tab.setAttribute('aria-controls', `panel-${demo.tag}`);
  tabs.append(tab);

  const stage = el('div', { className: 'stage' });
  const snippet = el('pre', { className: 'snippet', id: `snippet-${demo.tag}` });
  const entry: Mounted = {
    demo,
    stage,
    element: el('span'),
    values: new Map(demo.attributes.map((spec) => [spec.name, spec.value])),
    snippet,
  };
  stage.append(entry.element);

  const copy = el('button', { type: 'button', className: 'copy', textContent: 'Copy embed code' });
  const copied = el('span', { className: 'hint' });
  copied.setAttribute('role', 'status');
  copy.addEventListener('click', () => {
    void navigator.clipboard.writeText(snippet.textContent ?? '').then(
      () => (copied.textContent = 'Copied.'),
      () => (copied.textContent = 'Select the code and copy it with your keyboard.'),
    );
  });

  const editor = el(
    'form',
    { className: 'editor' },
    el('h2', {}, 'Settings'),
    ...demo.attributes.map((spec) => control(entry, spec)),
  );
  editor.addEventListener('submit', (event) => event.preventDefault());
  const panel = el(
    'section',
    { id: `panel-${demo.tag}`, className: 'panel' },
    el('p', { className: 'lead' }, demo.description),
    el(
      'div',
      { className: 'workbench' },
      editor,
      el(
        'div',
        {},
        stage,
        el('h2', {}, 'Embed code'),
        snippet,
        el('div', { className: 'copy-row' }, copy, copied),
      ),
    ),
  );
  panel.setAttribute('role', 'tabpanel');
  panel.setAttribute('aria-labelledby', tab.id);
  panels.append(panel);
  mounted.push(entry);
  tab.addEventListener('click', () => select(index));
  render(entry);
}

function select(index: number, focus = false): void {
  tabs.querySelectorAll<HTMLElement>('[role=tab]').forEach((tab, i) => {
    tab.setAttribute('aria-selected', String(i === index));
    tab.tabIndex = i === index ? 0 : -1;
    if (i === index && focus) tab.focus();
  });
  panels
    .querySelectorAll<HTMLElement>('[role=tabpanel]')
    .forEach((panel, i) => (panel.hidden = i !== index));
  history.replaceState(null, '', `#${widgets[index]!.tag}`);
}

// Arrow keys move between tabs (the ARIA tabs pattern).
tabs.addEventListener('keydown', (event) => {
  const current = widgets.findIndex((demo) => document.activeElement?.id === `tab-${demo.tag}`);
  if (current < 0) return;
  const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
  if (step === undefined) return;
  event.preventDefault();
  select((current + step + widgets.length) % widgets.length, true);
});

function applyTheme(): void {
  document.documentElement.dataset['theme'] = themeSelect.value;
}

themeSelect.addEventListener('change', applyTheme);
modeSelect.addEventListener('change', () => mounted.forEach(render));

// The session decides the widgets' mode, so it is known before they first render.
const session = await loadSession();
if (session) {
  sessionStatus.textContent = `API mode uses demo tokens for ${session.learnerName} (learner), a host and an admin, and the demo event "${session.eventTitle}".`;
} else {
  modeSelect.value = 'local';
  modeSelect.querySelector('option[value=api]')?.setAttribute('disabled', '');
  sessionStatus.textContent =
    'No demo API session on this server: widgets run on the bundled rules.';
}
widgets.forEach(mount);
select(
  Math.max(
    0,
    widgets.findIndex((demo) => `#${demo.tag}` === location.hash),
  ),
);
applyTheme();
