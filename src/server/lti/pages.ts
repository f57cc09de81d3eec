/**
 * The tool's HTML pages: refusals (plain text, no stack), the launch page that renders the
 * chosen widget, the Deep Linking picker, the auto-posting form back to the platform and the
 * login step that writes to the platform's storage. No inline script: every page runs
 * /lti/page.js under the strict CSP; data rides in data- attributes, never in the URL.
 */
import type { Locale } from '../../policy/locale.js';
import type { WidgetTag } from '../../components/widgets.js';
import { escapeHtml } from '../html.js';
import { messagesFor } from '../locales/index.js';
import { wordRefusal } from '../locales/lti-refusals.js';
import type { LtiRefusal } from './launch.js';

const attributesOf = (data: Record<string, string | undefined>): string =>
  Object.entries(data)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` data-${name}="${escapeHtml(value)}"`)
    .join('');

/** A page; `lang` is the language of its words and its widgets. */
function document(title: string, body: string, lang: Locale, head = ''): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="/favicon.svg">
<link rel="stylesheet" href="/lti/page.css">
${head}<script type="module" src="/lti/page.js"></script>
</head>
<body>
${body}
</body>
</html>
`;
}

/** A refusal worded in `lang`, the reader's language. */
export function refusalPage(refusal: LtiRefusal, lang: Locale): string {
  const { title, detail } = wordRefusal(refusal.said, lang);
  return document(
    title,
    `<main data-lti="message">
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(detail)}</p>
</main>`,
    lang,
  );
}

export interface LaunchPageInput {
  ticket: string;
  widget: string;
  attributes: Record<string, string>;
  heading: string;
  storage?: { target: string; origin: string; key: string };
  /** The event whose course roster a host sees under the widget. */
  rosterEvent?: string;
  /** The launch's locale, negotiated: the page's `lang`, which the widget inherits. */
  lang: Locale;
}

export function launchPage(input: LaunchPageInput): string {
  const words = messagesFor(input.lang).launch;
  const data = attributesOf({
    lti: 'launch',
    ticket: input.ticket,
    widget: input.widget,
    attributes: JSON.stringify(input.attributes),
    'storage-target': input.storage?.target,
    'storage-origin': input.storage?.origin,
    'storage-key': input.storage?.key,
    'roster-event': input.rosterEvent,
    // What the page's script says as the launch goes on.
    words: JSON.stringify(words),
  });
  const roster = input.rosterEvent
    ? `
<section class="roster" aria-labelledby="roster-heading" hidden>
<h2 id="roster-heading">${escapeHtml(words.rosterHeading)}</h2>
<p class="roster-status" role="status"></p>
<ul class="roster-list"></ul>
<button type="button" class="roster-refresh">${escapeHtml(words.rosterRefresh)}</button>
</section>`
    : '';
  return document(
    input.heading,
    `<main${data}>
<h1 class="visually-hidden">${escapeHtml(input.heading)}</h1>
<p class="launch-status" role="status">${escapeHtml(words.signingIn)}</p>
<div class="widget-slot"></div>${roster}
</main>`,
    input.lang,
    `<script type="module" src="/cdn/${escapeHtml(input.widget)}.js"></script>\n`,
  );
}

/** Writes the login's proof to the platform's storage, then goes on to the platform. */
export function storagePage(
  next: string,
  storage: { target: string; origin: string; key: string; value: string },
  lang: Locale,
) {
  const words = messagesFor(lang);
  return document(
    words.lti.signingInTitle,
    `<main${attributesOf({
      lti: 'store',
      next,
      'storage-target': storage.target,
      'storage-origin': storage.origin,
      'storage-key': storage.key,
      'storage-value': storage.value,
    })}>
<p class="launch-status" role="status">${escapeHtml(words.launch.signingIn)}</p>
</main>`,
    lang,
  );
}

/** A form that posts itself (the platform's return address gets a signed JWT). */
export function autoPostPage(
  action: string,
  fields: Record<string, string>,
  heading: string,
  lang: Locale,
) {
  const inputs = Object.entries(fields)
    .map(
      ([name, value]) =>
        `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`,
    )
    .join('\n');
  return document(
    heading,
    `<main data-lti="autopost">
<h1>${escapeHtml(heading)}</h1>
<form method="post" action="${escapeHtml(action)}" data-autopost>
${inputs}
<button type="submit">${escapeHtml(messagesFor(lang).lti.continue)}</button>
</form>
</main>`,
    lang,
  );
}

export interface PickerChoice {
  value: string;
  label: string;
}

export interface PickerInput {
  ticket: string;
  /** The launchable widgets, by tag, with the attributes a course may set. */
  widgets: { tag: WidgetTag; attributes: readonly string[] }[];
  programs: PickerChoice[];
  events: PickerChoice[];
  /** The author's language (launch_presentation.locale): the page's words and the preview's. */
  lang: Locale;
}

const options = (choices: PickerChoice[], empty: string) =>
  [
    `<option value="">${escapeHtml(empty)}</option>`,
    ...choices.map(
      (choice) =>
        `<option value="${escapeHtml(choice.value)}">${escapeHtml(choice.label)}</option>`,
    ),
  ].join('');

/** The course author's picker: a widget, what it shows, a live preview, then "Add". */
export function pickerPage(input: PickerInput): string {
  const { lti: words, widgets, methods } = messagesFor(input.lang);
  const users = (name: string) =>
    input.widgets
      .filter((w) => w.attributes.includes(name))
      .map((w) => w.tag)
      .join(' ');
  const field = (name: string, label: string, control: string) =>
    users(name)
      ? `<div class="field" data-for="${users(name)}"><label for="f-${name}">${escapeHtml(label)}</label>${control}</div>`
      : '';
  // What the preview says while a widget still lacks the one attribute it cannot do without.
  const needed = (sentence: string) => ` data-needed="${escapeHtml(sentence)}"`;
  const widgetOptions = input.widgets
    .map((w) => `<option value="${w.tag}">${escapeHtml(widgets[w.tag].title)}</option>`)
    .join('');
  const methodChoices = Object.entries(methods).map(([value, label]) => ({ value, label }));
  return document(
    words.pickerHeading,
    `<main data-lti="picker">
<h1>${escapeHtml(words.pickerHeading)}</h1>
<form method="post" action="/lti/deep-link" class="picker">
<input type="hidden" name="ticket" value="${escapeHtml(input.ticket)}">
<div class="field"><label for="f-widget">${escapeHtml(words.widget)}</label><select id="f-widget" name="widget" required>${widgetOptions}</select></div>
<div class="field"><label for="f-title">${escapeHtml(words.title)}</label><input id="f-title" name="title" maxlength="200" placeholder="${escapeHtml(words.titlePlaceholder)}"></div>
${field('event-id', words.event, `<select id="f-event-id" name="attr-event-id"${needed(words.previewNeedsEvent)}>${options(input.events, words.chooseEvent)}</select>`)}
${field('program-id', words.program, `<select id="f-program-id" name="attr-program-id"${needed(words.previewNeedsProgram)}>${options(input.programs, words.chooseProgram)}</select>`)}
${field(
  'method',
  words.method,
  `<select id="f-method" name="attr-method">${options(methodChoices, words.anyMethod)}</select>`,
)}
<button type="submit">${escapeHtml(words.add)}</button>
</form>
<section class="preview" aria-labelledby="preview-heading">
<h2 id="preview-heading">${escapeHtml(words.preview)}</h2>
<div class="preview-slot"></div>
</section>
</main>`,
    input.lang,
  );
}

/** After a dynamic registration: the platform is told to close its dialog. */
export function registeredPage(name: string, lang: Locale): string {
  const words = messagesFor(lang).lti;
  return document(
    words.registeredTitle,
    `<main data-lti="registered">
<h1>${escapeHtml(words.registeredHeading(name))}</h1>
<p>${escapeHtml(words.registeredText)}</p>
</main>`,
    lang,
  );
}
