import { css } from 'lit';

/**
 * The review element's own layout on top of the shared tokens and controls: what the first
 * render draws. The queue, which arrives with the client, brings its own rules
 * (`deferred.styles.ts`).
 */
export const styles = css`
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space);
  }

  .heading {
    font-size: 1.25em;
    margin: 0;
  }

  .empty {
    color: var(--_muted);
  }
`;
