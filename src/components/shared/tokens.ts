/**
 * The kit's shared look (UI.md): every colour, radius and space comes from a `--cpe-*`
 * custom property with a fallback, so an author restyles all three widgets with a few
 * variables. Dark fallbacks apply under `prefers-color-scheme: dark`; an author forces a
 * scheme by setting the variables (or `color-scheme`) on the element.
 */
import { css } from 'lit';

/** Host defaults and the internal `--_` aliases every widget's styles use. */
export const tokens = css`
  :host {
    display: block;
    max-width: var(--cpe-max-width, 40rem);
    font: inherit;
    font-size: var(--cpe-font-size, 1rem);
    line-height: 1.5;
    color: var(--cpe-color-text, inherit);
    box-sizing: border-box;
    /* Native controls (date pickers, scrollbars) follow the scheme; an author can force one. */
    color-scheme: var(--cpe-color-scheme, light dark);

    --_accent: var(--cpe-color-accent, #1d4ed8);
    --_on-accent: var(--cpe-color-on-accent, #ffffff);
    --_surface: var(--cpe-color-surface, #ffffff);
    --_surface-alt: var(--cpe-color-surface-alt, #f3f4f6);
    --_text: var(--cpe-color-text, #111827);
    --_muted: var(--cpe-color-muted, #4b5563);
    --_border: var(--cpe-color-border, #6b7280);
    --_success: var(--cpe-color-success, #15803d);
    --_warning: var(--cpe-color-warning, #a16207);
    --_danger: var(--cpe-color-danger, #b91c1c);
    --_radius: var(--cpe-radius, 0.5rem);
    --_space: var(--cpe-space, 0.5rem);
    --_focus-ring: 0 0 0 3px var(--_surface), 0 0 0 5px var(--_accent);
    --_transition: 150ms ease-out;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--cpe-color-accent, #93c5fd);
      --_on-accent: var(--cpe-color-on-accent, #0b1220);
      --_surface: var(--cpe-color-surface, #111827);
      --_surface-alt: var(--cpe-color-surface-alt, #1f2937);
      --_text: var(--cpe-color-text, #f9fafb);
      --_muted: var(--cpe-color-muted, #cbd5e1);
      --_border: var(--cpe-color-border, #9ca3af);
      --_success: var(--cpe-color-success, #86efac);
      --_warning: var(--cpe-color-warning, #fcd34d);
      --_danger: var(--cpe-color-danger, #fca5a5);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_transition: 0s;
    }
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;

/** Form controls, buttons, messages and the result "hero", shared by all widgets. */
export const controls = css`
  /* Lay out by the widget's own width, not the page's: it may sit in a narrow column. */
  .root {
    container: cpe / inline-size;
  }

  .card {
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 3);
  }

  .layout {
    display: grid;
    gap: calc(var(--_space) * 3);
    grid-template-columns: 1fr;
  }

  @container cpe (min-width: 480px) {
    .layout {
      grid-template-columns: 1fr 1fr;
    }
  }

  .field {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin-block-end: calc(var(--_space) * 2);
  }

  label,
  legend {
    font-weight: 600;
  }

  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }

  input,
  select,
  textarea,
  button {
    font: inherit;
    color: inherit;
  }

  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
    min-height: 44px;
    width: 100%;
    padding: calc(var(--_space) * 1) calc(var(--_space) * 1.5);
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  input[aria-invalid='true'],
  select[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }

  input[type='checkbox'],
  input[type='radio'] {
    width: 1.25rem;
    height: 1.25rem;
    accent-color: var(--_accent);
  }

  .check {
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-height: 44px;
    font-weight: 400;
  }

  button {
    min-height: 44px;
    padding: var(--_space) calc(var(--_space) * 2);
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    cursor: pointer;
    transition: filter var(--_transition);
  }

  button.secondary {
    background: transparent;
    color: var(--_accent);
  }

  button:hover {
    filter: brightness(1.1);
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  :focus-visible {
    outline: none;
    box-shadow: var(--_focus-ring);
  }

  .hint {
    color: var(--_muted);
    font-size: 0.875em;
    margin: 0;
  }

  .error {
    color: var(--_danger);
    font-size: 0.875em;
    margin: 0;
  }

  .hero {
    font-size: 2.5em;
    font-weight: 700;
    line-height: 1.1;
    margin: 0;
  }

  .fine-print {
    color: var(--_muted);
    font-size: 0.8125em;
  }

  .badge {
    display: inline-block;
    padding: 0 var(--_space);
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.8125em;
    font-weight: 600;
  }

  .notice {
    border-inline-start: 4px solid var(--_warning);
    padding: var(--_space) calc(var(--_space) * 1.5);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }

  .notice.danger {
    border-color: var(--_danger);
  }

  .notice.success {
    border-color: var(--_success);
  }

  .reasons {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .working {
    visibility: hidden;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .working.shown {
    visibility: visible;
  }
`;
