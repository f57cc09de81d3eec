import { css } from 'lit';

/**
 * The refund widget's own layout on top of the shared tokens and controls: what the first
 * render draws. What arrives with the client brings its own rules (`deferred.styles.ts`).
 */
export const styles = css`
  .heading {
    font-size: 1.25em;
    margin: 0 0 calc(var(--_space) * 2);
  }

  .subheading {
    font-size: 1em;
    margin: calc(var(--_space) * 2) 0 var(--_space);
  }

  .questions {
    grid-area: questions;
    min-width: 0;
  }

  /* One column: questions, answer, then the button. Two: the answer beside both. */
  .layout {
    grid-template-areas: 'questions' 'quote' 'send';
  }

  @container cpe (min-width: 480px) {
    .layout {
      grid-template-areas: 'questions quote' 'send quote';
      grid-template-rows: auto 1fr;
    }
  }

  /* Nothing to ask (a conference): no empty column beside the answer. */
  .layout.single {
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'quote' 'send';
  }

  .layout.single .questions {
    display: none;
  }

  .radios {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 3);
  }

  .quote {
    grid-area: quote;
    min-width: 0;
  }

  .quote-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space);
  }

  .quote-head .subheading {
    margin-block-start: 0;
  }

  .empty {
    color: var(--_muted);
    margin: 0;
  }
`;
