import { css } from 'lit';

/** The event's view, for learner and host alike; it loads with the client (`deferred.ts`). */
export const styles = css`
  header {
    margin-block-end: calc(var(--_space) * 2);
  }

  h2 {
    margin: 0;
    font-size: 1.25em;
  }

  h3 {
    margin: 0 0 var(--_space);
    font-size: 1.05em;
  }

  .times {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .section > .hint {
    margin-block-end: calc(var(--_space) * 2);
  }

  .state {
    /* Smaller in a narrow frame: French and Spanish say it in more words than English. */
    font-size: clamp(1.25em, 7cqi, 1.75em);
    font-weight: 700;
    line-height: 1.2;
    margin: 0 0 calc(var(--_space) * 2);
    overflow-wrap: anywhere;
  }

  .state:focus-visible {
    border-radius: var(--_radius);
  }

  .code-input {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    letter-spacing: 0.2em;
    text-transform: uppercase;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }

  .local-banner {
    margin: 0 0 calc(var(--_space) * 2);
  }

  .credit .hero {
    color: var(--_accent);
  }

  .section {
    margin-block-start: calc(var(--_space) * 3);
    padding-block-start: calc(var(--_space) * 2);
    border-block-start: 1px solid var(--_border);
  }

  /* The learner's timeline (drawn by timeline-view.ts). */
  .timeline-picture {
    display: block;
    width: 100%;
    height: 3.75rem;
    overflow: visible;
  }

  /* Time runs from the start edge: from the right in right-to-left text (shapes only, no text). */
  .timeline-picture:dir(rtl) {
    transform: scaleX(-1);
  }

  .timeline-text {
    list-style: none;
    padding: 0;
    margin: var(--_space) 0 0;
  }

  .swatch {
    width: 1.25em;
    height: 1em;
    vertical-align: -0.15em;
  }

  .tl-window {
    fill: none;
    stroke: var(--_border);
    stroke-dasharray: 3 2;
  }

  .tl-segment {
    fill: var(--_surface-alt);
    stroke: var(--_border);
  }

  .tl-break {
    fill: var(--_surface);
    stroke: var(--_border);
    stroke-dasharray: 2 2;
  }

  .tl-present {
    fill: var(--_accent);
  }

  .tl-answered {
    fill: var(--_success);
  }

  .tl-missed {
    fill: var(--_surface);
    stroke: var(--_danger);
    stroke-width: 2;
  }

  .prompt {
    margin-block-end: calc(var(--_space) * 2);
  }

  .prompt-list {
    margin: 0;
    padding-inline-start: 1.25em;
  }
`;
