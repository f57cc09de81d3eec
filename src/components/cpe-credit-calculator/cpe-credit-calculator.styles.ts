import { css } from 'lit';

/**
 * The calculator's own layout on top of the shared tokens and controls: what the first
 * render draws. What arrives with the client brings its own rules (`deferred.styles.ts`).
 */
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

  .radios {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
  }

  /* The schedule's rows (deferred.styles.ts) lay out by the form column's own width. */
  .form {
    container: form / inline-size;
  }

  .result {
    min-width: 0;
  }

  .empty {
    color: var(--_muted);
    margin: 0;
  }
`;
