import { css } from 'lit';

/** The calculator's own layout on top of the shared tokens and controls. */
export const styles = css`
  /* The form needs more room than the answer where both fit side by side. */
  @container cpe (min-width: 480px) {
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(11rem, 2fr);
    }
  }

  .result-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space);
    margin: 0 0 var(--_space);
  }

  .heading {
    font-size: 1.125em;
    margin: 0;
  }

  .subheading {
    font-size: 1em;
    margin: calc(var(--_space) * 2) 0 var(--_space);
  }

  /* Increment and edition side by side where there is room. */
  .pair {
    display: grid;
    gap: 0 calc(var(--_space) * 2);
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
  }

  .pair .field {
    align-content: start;
  }

  /* A zone name such as America/Los_Angeles needs the room: the date goes above it first. */
  .pair.when {
    grid-template-columns: repeat(auto-fit, minmax(min(14rem, 100%), 1fr));
  }

  .radios {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
  }

  .form > .hint {
    margin-block: calc(var(--_space) * -1) calc(var(--_space) * 2);
  }

  /* The rows below lay out by the form column's own width. */
  .form {
    container: form / inline-size;
  }

  /* Label, input and message rows shared by both times, so a message under one time never
     moves the other time out of line; Remove goes under them, or beside where there is room. */
  .row {
    display: grid;
    /* The same row gap as a field's own, so the button's row starts where the inputs do. */
    gap: calc(var(--_space) / 2) var(--_space);
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    grid-template-rows: auto auto auto auto;
    margin-block-end: var(--_space);
  }

  .row .field {
    grid-row: 1 / span 3;
    grid-template-rows: subgrid;
    align-content: start;
    min-width: 0;
    margin: 0;
  }

  .row input {
    padding-inline: var(--_space);
  }

  .row button {
    grid-row: 4;
    grid-column: 1 / -1;
    justify-self: start;
  }

  @container form (min-width: 26rem) {
    .row {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) auto;
    }

    .row button {
      grid-row: 2;
      grid-column: 3;
    }
  }

  /* Too narrow for two times side by side: one under the other. */
  @container form (max-width: 17rem) {
    .row {
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: none;
    }

    .row .field,
    .row button {
      grid-row: auto;
      grid-template-rows: none;
    }
  }

  .rows > button {
    justify-self: start;
  }

  .result {
    min-width: 0;
  }

  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 3);
  }

  .figure {
    display: grid;
    margin: 0;
  }

  .figure .hero {
    font-size: var(--cpe-credit-calculator-figure-size, 2.5em);
    color: var(--_accent);
    font-variant-numeric: tabular-nums;
  }

  .figure-label {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
  }

  .minutes {
    margin: var(--_space) 0;
  }

  .estimate {
    margin: 0 0 var(--_space);
    color: var(--_warning);
  }

  .empty {
    color: var(--_muted);
    margin: 0;
  }

  .notice {
    margin: var(--_space) 0;
  }

  .field-warning {
    margin: 0;
    font-size: 0.875em;
  }

  .reasons li + li {
    margin-block-start: calc(var(--_space) / 2);
  }
`;
