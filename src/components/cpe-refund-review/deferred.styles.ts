import { css } from 'lit';

/** The rules of the queue (`deferred.ts`): its requests, their facts, audit trail and decisions. */
export const styles = css`
  .requests {
    list-style: none;
    margin: calc(var(--_space) * 2) 0 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 2);
  }

  .request {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
    min-width: 0;
  }

  .request h3 {
    font-size: 1.0625em;
    margin: 0 0 var(--_space);
    overflow-wrap: anywhere;
  }

  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin: 0 0 var(--_space);
  }

  .facts dt {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .status-pending {
    color: var(--_warning);
  }

  .status-approved {
    color: var(--_success);
  }

  .status-denied {
    color: var(--_danger);
  }

  .audit {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.25em;
    font-size: 0.875em;
  }

  .message-text {
    white-space: pre-wrap;
  }

  .message {
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0 0 var(--_space);
  }

  .decide .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }

  textarea {
    resize: vertical;
  }

  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 calc(var(--_space) * 2);
    margin-block-start: calc(var(--_space) * 2);
  }

  .filter legend {
    float: inline-start;
    margin-inline-end: var(--_space);
  }

  .confirm {
    border-inline-start: 4px solid var(--_warning);
    padding-inline-start: calc(var(--_space) * 1.5);
  }

  .confirm p {
    margin: 0 0 var(--_space);
  }

  .notice p {
    margin: 0 0 var(--_space);
  }
`;
