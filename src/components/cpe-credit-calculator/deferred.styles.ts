import { css } from 'lit';

/**
 * The rules of what arrives with the client (`deferred.ts`): the policy choices, the schedule's
 * rows, the figures and their explanation.
 */
export const styles = css`
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

  .form > .hint {
    margin-block: calc(var(--_space) * -1) calc(var(--_space) * 2);
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
