import { css } from 'lit';

/**
 * The certificate element's own layout on top of the shared tokens: what the first render
 * draws. The card's content, which arrives with the client, brings its own rules
 * (`deferred.styles.ts`).
 */
export const styles = css`
  h2 {
    margin: 0 0 calc(var(--_space) * 2);
    font-size: 1.25em;
  }

  p {
    margin: 0 0 var(--_space);
  }

  .notice {
    margin-block-end: calc(var(--_space) * 2);
  }

  .message:empty {
    margin: 0;
  }

  .message {
    margin: var(--_space) 0 0;
    font-weight: 600;
  }
`;
