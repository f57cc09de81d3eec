import { css } from 'lit';

/** The widget's own layout on top of the shared tokens and controls. */
export const styles = css`
  h2 {
    margin: 0 0 var(--_space);
    font-size: 1.25em;
  }
`;
