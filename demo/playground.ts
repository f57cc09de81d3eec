/**
 * The playground: each widget live, an attribute editor that updates it, a theme switcher
 * and the exact embed snippet for the chosen settings. Built from DOM APIs (no innerHTML),
 * so it runs under the same strict CSP as the widgets.
 */
/// <reference types="vite/client" />
import { widgets, type AttributeControl, type WidgetDemo } from './widgets.js';
import { widgets as registry } from '../src/components/widgets.js';
import { loadSession } from './session.js';

// Every widget folder's define file (test/registry/registry.test.ts holds the folders to the
// registry), bundled in like static imports, so each element is defined before it renders.
import.meta.glob('../src/components/*/define.ts', { eager: true });

const tabs = document.querySelector<HTMLElement>('#tabs')!;
const panels = document.querySelector<HTMLElement>('#panels')!;
const modeSelect = document.querySelector<HTMLSelectElement>('#mode')!;
const themeSelect = document.querySelector<HTMLSelectElement>('#theme')!;
const languageSelect = document.querySelector<HTMLSelectElement>('#language')!;
const sessionStatus = document.querySelector<HTMLElement>('#session')!;

interface Mounted {
  demo: WidgetDemo;
  stage: HTMLElement;
  element: HTMLElement;
  values: Map<string, string>;
  snippet: HTMLElement;
  /** Each control's field, to hide the ones that do not apply to the other values. */
  fields: Map<AttributeControl, HTMLElement>;
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
  for (const spec of entry.demo.attributes) {
    if (spec.showIf && !spec.showIf(entry.values)) attributes.delete(spec.name);
  }
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
  if (modeSelect.value !== 'api' || !session) {
    Object.assign(element, entry.demo.localProperties?.());
  }
  entry.element.replaceWith(element);
  entry.element = element;
  entry.snippet.textContent = embedSnippet(entry.demo, attributes);
  for (const [spec, field] of entry.fields)
    field.hidden = !!spec.showIf && !spec.showIf(entry.values);
}

function embedSnippet(demo: WidgetDemo, attributes: Map<string, string>): string {
  const lines = [`<script type="module" src="${location.origin}/cdn/${demo.tag}.js"></script>`];
  const attrs = [...attributes]
    .filter(([, value]) => value !== '')
    .map(([name, value]) => {
      if (name === 'token') return `  token="JWT minted by your LMS or site"`;
      // A page elsewhere reaches this API by its full address.
      if (name === 'api-base') return `  api-base="${new URL(value, location.href).origin}"`;
      if (flags.has(name)) return `  ${name}`;
      return `  ${name}="${value}"`;
    });
  lines.push(
    attrs.length
      ? `<${demo.tag}\n${attrs.join('\n')}\n></${demo.tag}>`
      : `<${demo.tag}></${demo.tag}>`,
  );
  return lines.join('\n');
}

/** Boolean attributes: present or absent, written bare in the snippet. */
const flags = new Set(
  widgets.flatMap((demo) =>
    demo.attributes.filter((spec) => spec.type === 'flag').map((spec) => spec.name),
  ),
);

/** Minor units per major unit of a currency (100 for USD, 1 for JPY). */
const minorUnits = (currency: string): number =>
  10 **
  (new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits ?? 2);

/** `2026-03-01T09:00` in this browser's zone, as a date-time picker shows an instant. */
function pickerValue(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** The input for one attribute, reading and writing the attribute's own format. */
function input(
  entry: Mounted,
  spec: AttributeControl,
  id: string,
): HTMLInputElement | HTMLSelectElement {
  const currency = (): string => entry.values.get('currency') || 'USD';
  switch (spec.type) {
    case 'money': {
      const field = el('input', {
        id,
        inputMode: 'decimal',
        autocomplete: 'off',
        value: String(Number(spec.value) / minorUnits(currency())),
      });
      field.addEventListener('change', () => {
        const amount = Number(field.value.replace(/[^\d.]/g, ''));
        if (Number.isFinite(amount)) {
          entry.values.set(spec.name, String(Math.round(amount * minorUnits(currency()))));
        }
        render(entry);
      });
      return field;
    }
    case 'datetime': {
      const field = el('input', { id, type: 'datetime-local', value: pickerValue(spec.value) });
      field.addEventListener('change', () => {
        const date = new Date(field.value);
        if (!Number.isNaN(date.getTime())) {
          entry.values.set(spec.name, date.toISOString().replace(/\.\d{3}Z$/, 'Z'));
        }
        render(entry);
      });
      return field;
    }
    case 'flag': {
      const field = el('input', { id, type: 'checkbox', checked: spec.value !== '' });
      field.addEventListener('change', () => {
        entry.values.set(spec.name, field.checked ? 'on' : '');
        render(entry);
      });
      return field;
    }
    default: {
      const field =
        spec.options !== undefined
          ? el(
              'select',
              { id },
              ...spec.options.map(([value, label]) =>
                el('option', { value, selected: value === spec.value }, label),
              ),
            )
          : el('input', { id, value: spec.value, autocomplete: 'off' });
      field.addEventListener('change', () => {
        entry.values.set(spec.name, field.value);
        render(entry);
      });
      return field;
    }
  }
}

function control(entry: Mounted, spec: AttributeControl): HTMLElement {
  const id = `${entry.demo.tag}-${spec.name}`;
  const field = input(entry, spec, id);
  const attribute = el('code', { className: 'attribute' }, spec.name);
  const hint = spec.hint ? el('p', { className: 'hint', id: `${id}-hint` }, spec.hint) : undefined;
  if (hint) field.setAttribute('aria-describedby', hint.id);
  const label = el('label', { htmlFor: id }, spec.label, ' ', attribute);
  const wrapper =
    spec.type === 'flag'
      ? el('div', { className: 'field flag' }, el('div', { className: 'check' }, field, label))
      : el('div', { className: 'field' }, label, field);
  if (hint) wrapper.append(hint);
  entry.fields.set(spec, wrapper);
  return wrapper;
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
    fields: new Map(),
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

  // A widget with no settings gets no empty settings column: the stage takes the width.
  const editor = demo.attributes.length
    ? el(
        'form',
        { className: 'editor' },
        el('h2', {}, 'Settings'),
        ...demo.attributes.map((spec) => control(entry, spec)),
      )
    : undefined;
  editor?.addEventListener('submit', (event) => event.preventDefault());
  const panel = el(
    'section',
    { id: `panel-${demo.tag}`, className: 'panel' },
    el('p', { className: 'lead' }, demo.description),
    el(
      'div',
      { className: editor ? 'workbench' : 'workbench single' },
      ...(editor ? [editor] : []),
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

const numberWords = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine'];
const counted = (count: number, noun: string): string =>
  `${numberWords[count] ?? count} ${noun}${count === 1 ? '' : 's'}`;

/** The intro counts what the registry holds, so it never says three above four tabs. */
function describeKit(): void {
  const count = (audience: string) => registry.filter((w) => w.audience === audience).length;
  document.querySelector('#intro-count')!.textContent =
    `${counted(registry.length, 'embeddable widget')} for CPE sponsors: ` +
    `${count('learner')} for learners’ course pages, ${count('catalog')} for the catalog, ` +
    `${count('account')} for the learner’s own records, ${count('sponsor')} for the sponsor’s staff.`;
}

function applyTheme(): void {
  document.documentElement.dataset['theme'] = themeSelect.value;
}

/** The widgets take the nearest `lang`: the panels', so the playground itself stays English. */
function applyLanguage(): void {
  document.querySelector('#panels')!.setAttribute('lang', languageSelect.value);
}

themeSelect.addEventListener('change', applyTheme);
languageSelect.addEventListener('change', applyLanguage);
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
describeKit();
widgets.forEach(mount);
select(
  Math.max(
    0,
    widgets.findIndex((demo) => `#${demo.tag}` === location.hash),
  ),
);
applyTheme();
applyLanguage();
