/**
 * Small DOM builders for the console (no innerHTML: the page runs under the server's strict
 * CSP), and the labelled field with its error line that every form uses.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & { attrs?: Record<string, string> } = {},
  ...children: (Node | string | false | undefined)[]
): HTMLElementTagNameMap[K] {
  const { attrs, ...rest } = props;
  const node = Object.assign(document.createElement(tag), rest);
  for (const [name, value] of Object.entries(attrs ?? {})) node.setAttribute(name, value);
  node.append(...children.filter((child): child is Node | string => !!child));
  return node;
}

let ids = 0;
export const uid = (prefix: string): string => `${prefix}-${++ids}`;

export interface Field<C extends HTMLElement> {
  wrapper: HTMLElement;
  control: C;
  /** Shows (or clears, with '') the message under the field, tied by aria-describedby. */
  setError(message: string): void;
}

/** A label, its control, an optional hint and the error line under it. */
export function field<C extends HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
  label: string,
  control: C,
  hint?: string,
): Field<C> {
  control.id ||= uid('f');
  const error = el('p', { className: 'error', id: uid('err') });
  error.hidden = true;
  const hintNode = hint ? el('p', { className: 'hint', id: uid('hint') }, hint) : undefined;
  const describe = () =>
    control.setAttribute(
      'aria-describedby',
      [hintNode?.id, error.hidden ? '' : error.id].filter(Boolean).join(' '),
    );
  describe();
  const wrapper = el(
    'div',
    { className: 'field' },
    el('label', { htmlFor: control.id }, label),
    hintNode,
    control,
    error,
  );
  return {
    wrapper,
    control,
    setError(message) {
      error.textContent = message;
      error.hidden = !message;
      if (message) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
      describe();
    },
  };
}

export const input = (props: Partial<HTMLInputElement> = {}): HTMLInputElement =>
  el('input', { type: 'text', ...props });

export function select(
  options: readonly (string | [string, string])[],
  value = '',
): HTMLSelectElement {
  const node = el(
    'select',
    {},
    ...options.map((option) => {
      const [optionValue, label] = typeof option === 'string' ? [option, option] : option;
      return el('option', { value: optionValue }, label);
    }),
  );
  if (value) node.value = value;
  return node;
}

export function fieldset(
  legend: string,
  ...children: (Node | false | undefined)[]
): HTMLFieldSetElement {
  return el('fieldset', {}, el('legend', {}, legend), ...children);
}

export function button(
  label: string,
  onClick: () => void,
  props: Partial<HTMLButtonElement> = {},
): HTMLButtonElement {
  const node = el('button', { type: 'button', ...props }, label);
  node.addEventListener('click', onClick);
  return node;
}
