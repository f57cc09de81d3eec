import { css } from 'lit';

/**
 * What the first render can show besides "Loading the event…": the notice that the event
 * could not be loaded. The event's view brings its own rules (`deferred.styles.ts`, and
 * `host.styles.ts` for the host's screen).
 */
export const styles = css`
  .notice {
    margin: calc(var(--_space) * 2) 0 0;
  }

  .notice p {
    margin: 0;
  }

  .retry {
    margin-block-start: var(--_space);
  }
`;
