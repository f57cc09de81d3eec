import { css } from 'lit';

/**
 * The rules of what arrives with the client (`deferred.ts`): the message box, the answer with
 * its facts, deadline and reasons, the send button, the receipt and the status look-up.
 */
export const styles = css`
  textarea {
    resize: vertical;
  }

  .send {
    grid-area: send;
    align-self: start;
    display: grid;
    gap: var(--_space);
    justify-items: start;
  }

  .outcome {
    font-size: var(--cpe-refund-request-outcome-size, 1.75em);
    font-weight: 700;
    line-height: 1.2;
    margin: 0 0 var(--_space);
    overflow-wrap: anywhere;
  }

  .outcome.eligible {
    color: var(--_success);
  }

  .outcome.ineligible {
    color: var(--_danger);
  }

  .estimate {
    color: var(--_warning);
  }

  .facts {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin: 0 0 var(--_space);
  }

  .facts div {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 var(--_space);
    border-block-end: 1px solid var(--_surface-alt);
  }

  .facts dt {
    color: var(--_muted);
  }

  .facts dd {
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  .deadline p,
  .pay-by {
    margin: 0 0 var(--_space);
  }

  .countdown {
    font-weight: 600;
  }

  .muted {
    color: var(--_muted);
  }

  .aside {
    display: block;
    font-weight: 400;
    font-size: 0.875em;
  }

  .notice {
    margin: var(--_space) 0;
  }

  .notice p {
    margin: 0 0 var(--_space);
  }

  .notice-title {
    font-weight: 600;
  }

  a {
    color: var(--_accent);
  }

  /* A policy URL in a reason or a link is one long word: let it break inside the card. */
  .reasons,
  .quote a {
    overflow-wrap: anywhere;
  }

  .reasons li + li {
    margin-block-start: calc(var(--_space) / 2);
  }

  .receipt-facts div {
    justify-content: start;
  }

  .receipt-facts dt {
    min-width: 8rem;
  }

  /* A reference reads as one word: never split at its dashes. */
  .send strong {
    white-space: nowrap;
  }

  .reference {
    font-family: ui-monospace, monospace;
    font-size: 1.25em;
  }

  .receipt .subheading:focus-visible {
    outline: none;
    box-shadow: var(--_focus-ring);
  }

  .lookup {
    margin-block-start: calc(var(--_space) * 3);
    border-block-start: 1px solid var(--_border);
  }

  .lookup-form {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0 var(--_space);
  }

  .lookup-form .field {
    flex: 1 1 12rem;
  }

  .lookup-form button {
    margin-block-end: calc(var(--_space) * 2);
  }

  /* A printed page (the receipt, or the quote) without the frame and the controls. */
  @media print {
    .card {
      border: 0;
      padding: 0;
    }

    .no-print,
    button {
      display: none;
    }
  }

  /* The frame the receipt is printed from: out of sight and out of the layout. */
  .print-frame {
    position: absolute;
    width: 0;
    height: 0;
    border: 0;
    visibility: hidden;
  }
`;
