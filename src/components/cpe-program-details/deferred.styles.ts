import { css } from 'lit';
import { creditsTableStyles } from '../shared/credits-table.js';

/**
 * The rules of the program (`deferred.ts`): its facts, credits table, sessions and fine
 * print; printed, it is the card alone.
 */
export const styles = css`
  ${creditsTableStyles}

  h3 {
    margin: calc(var(--_space) * 2) 0 var(--_space);
    font-size: 1em;
  }

  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: var(--_space) calc(var(--_space) * 2);
    margin: calc(var(--_space) * 2) 0 0;
  }

  dt {
    color: var(--_muted);
    font-size: 0.875em;
  }

  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .plain,
  .sessions,
  .segments {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .sessions > li + li {
    margin-top: var(--_space);
  }

  .objectives {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .muted {
    color: var(--_muted);
  }

  .fine-print {
    margin-top: calc(var(--_space) * 2);
  }

  @media print {
    .root {
      max-width: none;
    }

    .card {
      border: none;
      box-shadow: none;
      background: none;
      color: black;
    }

    button {
      display: none;
    }

    a::after {
      content: ' (' attr(href) ')';
    }
  }
`;
