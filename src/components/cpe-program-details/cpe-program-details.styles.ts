import { css } from 'lit';

/**
 * The card's own layout on top of the shared tokens: what the first render draws. The
 * program, which arrives with the client, brings its own rules (`deferred.styles.ts`).
 */
export const styles = css`
  h2 {
    margin: 0 0 var(--_space);
    font-size: 1.25em;
  }

  p {
    margin: 0 0 var(--_space);
  }
`;
