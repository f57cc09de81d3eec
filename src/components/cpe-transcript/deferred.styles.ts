import { css } from 'lit';
import { creditsTableStyles } from '../shared/credits-table.js';

/**
 * The rules of the transcript (`deferred.ts`): the requirement picture first, then the
 * credits table and the certificates by year.
 */
export const styles = css`
  ${creditsTableStyles}

  h3 {
    margin: calc(var(--_space) * 3) 0 var(--_space);
    font-size: 1.0625em;
  }

  h4 {
    margin: calc(var(--_space) * 2) 0 var(--_space);
    font-size: 1em;
  }

  .muted {
    color: var(--_muted);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: var(--_space) calc(var(--_space) * 2);
  }

  .toolbar .field {
    margin: 0;
    min-width: 8rem;
  }

  .headline {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
    margin-block-end: calc(var(--_space) * 2);
  }

  .headline.status-met {
    color: var(--_success);
  }

  .meter {
    margin-block-end: calc(var(--_space) * 1.5);
  }

  .meter-label {
    display: flex;
    justify-content: space-between;
    font-weight: 600;
  }

  .figure {
    font-size: 1.25em;
    font-variant-numeric: tabular-nums;
  }

  .bar {
    display: block;
    overflow: visible;
  }

  /* The bar fills from the start edge: from the right in right-to-left text. */
  .bar:dir(rtl) {
    transform: scaleX(-1);
  }

  .track {
    fill: var(--_surface-alt);
    stroke: var(--_border);
    stroke-width: 1;
  }

  .own {
    fill: var(--_accent);
  }

  .carried {
    fill: var(--_success);
  }

  /* A gap of the surface colour between the carried and the earned parts: they differ by more than hue. */
  .split {
    stroke: var(--_surface);
    stroke-width: 2;
  }

  .target {
    stroke: var(--_text);
    stroke-width: 3;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }

  .swatch {
    display: inline-block;
    width: 0.875em;
    height: 0.875em;
    margin-inline-end: calc(var(--_space) / 2);
    border-radius: 2px;
    vertical-align: -0.1em;
  }

  .swatch.own {
    background: var(--_accent);
  }

  .swatch.carried {
    background: var(--_success);
  }

  .reasons {
    margin-block-start: calc(var(--_space) * 1.5);
  }

  .completions {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .completion {
    padding: var(--_space) 0;
    border-top: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }

  .completion-title {
    font-weight: 600;
  }

  a {
    color: var(--_accent);
  }
`;
