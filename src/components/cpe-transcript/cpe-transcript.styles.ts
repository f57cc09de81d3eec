import { css } from 'lit';

/**
 * The transcript element's own layout on top of the shared tokens: what the first render
 * draws. The transcript itself, which arrives with the client, brings its own rules
 * (`deferred.styles.ts`).
 */
export const styles = css`
  h2 {
    margin: 0 0 var(--_space);
    font-size: 1.25em;
  }

  p {
    margin: 0 0 calc(var(--_space) / 2);
  }

  .notice {
    margin-block-end: calc(var(--_space) * 2);
  }
`;
