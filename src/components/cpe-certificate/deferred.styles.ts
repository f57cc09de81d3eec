import { css } from 'lit';
import { creditsTableStyles } from '../shared/credits-table.js';

/**
 * The rules of the card's content (`deferred.ts`): the name and program in large type, the
 * facts, the credits table, the verification code and the actions.
 */
export const styles = css`
  ${creditsTableStyles}

  h3 {
    margin: calc(var(--_space) * 3) 0 var(--_space);
    font-size: 1em;
  }

  .lead {
    margin: 0;
  }

  .name {
    font-size: 1.25em;
  }

  .program-title {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.25;
    margin: calc(var(--_space) / 2) 0 calc(var(--_space) * 2);
  }

  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: var(--_space) calc(var(--_space) * 2);
    margin: 0 0 calc(var(--_space) * 2);
  }

  dt {
    color: var(--_muted);
    font-size: 0.875em;
  }

  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .credits {
    margin-block-end: calc(var(--_space) * 2);
  }

  .verification {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: calc(var(--_space) * 2);
  }

  .verification .facts {
    flex: 1 1 14rem;
  }

  .qr {
    width: 7.5rem;
    height: 7.5rem;
    flex: none;
    /* The code keeps its white quiet zone in dark mode, so phones still read it. */
    border: 1px solid var(--_border);
  }

  .statement {
    font-style: italic;
  }

  a {
    color: var(--_accent);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-block: calc(var(--_space) * 2) var(--_space);
  }

  /* In a narrow column the buttons stack at full width instead of wrapping their words. */
  @container cpe (max-width: 360px) {
    .actions {
      flex-direction: column;
    }

    .actions button {
      padding-inline: var(--_space);
    }
  }

  @media print {
    .card {
      border: none;
      background: none;
      color: black;
    }

    .actions,
    .hint,
    .message {
      display: none;
    }
  }
`;
