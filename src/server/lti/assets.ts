/**
 * The script and stylesheet of the LTI pages, served at /lti/page.js and /lti/page.css. They
 * stay out of the widget bundles: only an LTI launch downloads them. The script reads the
 * page's data- attributes, so the pages need no inline script under the strict CSP.
 */

export const pageScript = `const root = document.querySelector('[data-lti]');
const page = root?.dataset.lti;

// The LMS frame follows the content's height (LTI's lti.frameResize message).
if (parent !== window) {
  const report = () =>
    parent.postMessage({ subject: 'lti.frameResize', height: Math.ceil(document.documentElement.getBoundingClientRect().height) }, '*');
  new ResizeObserver(report).observe(document.documentElement);
}

/** LTI Platform Storage: one request to the platform's storage frame, answered by message_id. */
function platformStorage(target, origin, subject, fields) {
  const frame = target === '_parent' ? parent : parent.frames[target];
  const id = crypto.randomUUID();
  return new Promise((resolve, reject) => {
    if (!frame) return reject(new Error('The platform offers no storage frame.'));
    addEventListener('message', function answer(event) {
      if (event.origin !== origin || event.data?.message_id !== id) return;
      removeEventListener('message', answer);
      if (event.data.error) reject(new Error(event.data.error.message || 'Platform storage refused.'));
      else resolve(event.data);
    });
    frame.postMessage({ subject, message_id: id, ...fields }, origin);
  });
}

// The launch page's words in its language (data-words); {name} marks a figure.
const words = JSON.parse(root?.dataset.words ?? '{}');
const fill = (text, params) => text.replace(/\\{(\\w+)\\}/g, (mark, name) => String(params[name] ?? mark));

const status = (text) => {
  const line = root.querySelector('.launch-status');
  if (line) line.textContent = text;
};

async function store() {
  const { storageTarget, storageOrigin, storageKey, storageValue, next } = root.dataset;
  try {
    await platformStorage(storageTarget, storageOrigin, 'lti.put_data', { key: storageKey, value: storageValue });
    location.replace(next);
  } catch (error) {
    status('Sign-in could not continue: ' + error.message);
  }
}

async function launch() {
  const { ticket, widget, attributes, storageTarget, storageOrigin, storageKey, rosterEvent } = root.dataset;
  delete root.dataset.ticket;
  let proof;
  if (storageTarget) {
    try {
      proof = (await platformStorage(storageTarget, storageOrigin, 'lti.get_data', { key: storageKey })).value;
    } catch (error) {
      return status(fill(words.notConfirmed, { error: error.message }));
    }
  }
  const response = await fetch('/lti/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(proof ? { ticket, proof } : { ticket }),
  });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    return status((problem.title || words.signInFailed) + '. ' + (problem.detail || words.openAgain));
  }
  const { token } = await response.json();
  const element = document.createElement(widget);
  for (const [name, value] of Object.entries(JSON.parse(attributes))) element.setAttribute(name, value);
  element.setAttribute('token', token);
  root.querySelector('.widget-slot').append(element);
  status('');
  if (rosterEvent) roster(rosterEvent, token);
}

/** A host's list of course members (NRPS) who have not checked in. */
function roster(eventId, token) {
  const section = root.querySelector('.roster');
  const list = section.querySelector('.roster-list');
  const line = section.querySelector('.roster-status');
  const load = async (refresh) => {
    line.textContent = words.rosterLoading;
    const response = await fetch('/v1/lti/events/' + encodeURIComponent(eventId) + '/roster' + (refresh ? '?refresh=1' : ''), {
      headers: { authorization: 'Bearer ' + token },
    });
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      line.textContent = problem.detail || words.rosterUnreadable;
      return;
    }
    const { notCheckedIn, members } = await response.json();
    list.replaceChildren(...notCheckedIn.map((member) => {
      const item = document.createElement('li');
      item.textContent = member.name || member.email || member.userId;
      return item;
    }));
    const count = notCheckedIn.length;
    const form = words.rosterCount[new Intl.PluralRules(document.documentElement.lang).select(count)] ?? words.rosterCount.other;
    line.textContent = fill(form, { count: count.toLocaleString(document.documentElement.lang), members: members.toLocaleString(document.documentElement.lang) });
  };
  section.hidden = false;
  section.querySelector('.roster-refresh').addEventListener('click', () => void load(true));
  void load(false);
}

function picker() {
  const form = root.querySelector('form');
  const slot = root.querySelector('.preview-slot');
  const show = async () => {
    const tag = form.widget.value;
    for (const field of form.querySelectorAll('[data-for]')) field.hidden = !field.dataset.for.split(' ').includes(tag);
    // A widget shown without its event or program would only show an error: say what it needs.
    const missing = [...form.querySelectorAll('[data-needed]')].find((control) => !control.value && !control.closest('[data-for]').hidden);
    if (missing) {
      const hint = document.createElement('p');
      hint.textContent = missing.dataset.needed;
      return slot.replaceChildren(hint);
    }
    await import('/cdn/' + tag + '.js');
    const element = document.createElement(tag);
    element.setAttribute('api-base', '/');
    for (const control of form.querySelectorAll('[name^="attr-"]')) {
      if (control.value && !control.closest('[data-for]').hidden) element.setAttribute(control.name.slice(5), control.value);
    }
    slot.replaceChildren(element);
  };
  form.addEventListener('change', () => void show());
  void show();
}

if (page === 'store') void store();
if (page === 'launch') void launch();
if (page === 'picker') picker();
if (page === 'autopost') root.querySelector('form').submit();
if (page === 'registered') (opener || parent).postMessage({ subject: 'org.imsglobal.lti.close' }, '*');
`;

export const pageStyles = `:root{color-scheme:light dark;--ink:#1b1f24;--paper:#fff;--line:#6b7480;--accent:#0b57d0}
@media (prefers-color-scheme:dark){:root{--ink:#e8eaed;--paper:#17191c;--line:#8b949e;--accent:#8ab4f8}}
html,body{margin:0;background:var(--paper);color:var(--ink);font:16px/1.5 system-ui,sans-serif}
main{padding:1px 12px 12px;max-width:60rem}
h1{font-size:1.25rem;margin:.75rem 0}h2{font-size:1.05rem;margin:1rem 0 .5rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.launch-status:empty{display:none}
/* One column no wider than the screen: a long option (a French delivery method) must not widen it. */
.picker{display:grid;grid-template-columns:minmax(0,1fr);gap:.75rem;max-width:28rem}
.field{display:grid;grid-template-columns:minmax(0,1fr);gap:.25rem}.field[hidden]{display:none}
label{font-weight:600}
select,input,button{font:inherit;color:inherit;background:var(--paper);border:1px solid var(--line);border-radius:6px;padding:.45rem .6rem;min-height:2.75rem;box-sizing:border-box}
button{background:var(--accent);color:var(--paper);border-color:var(--accent);font-weight:600;cursor:pointer;justify-self:start}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.preview{border-top:1px solid var(--line);margin-top:1rem}
.roster ul{padding-inline-start:1.25rem}
@media (prefers-reduced-motion:reduce){*{transition:none!important;animation:none!important}}
`;
