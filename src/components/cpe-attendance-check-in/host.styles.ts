import { css } from 'lit';

/** The host's screen: the code panel, the summary and the roster (`host-deferred.ts`). */
export const hostStyles = css`
  /* The code panel, readable from the back of the room. */
  .code-panel {
    display: grid;
    justify-items: center;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    background: var(--_surface);
    color: var(--_text);
    border-radius: var(--_radius);
    text-align: center;
  }

  .code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: var(--cpe-attendance-code-size, clamp(2.25rem, 14cqi, 5rem));
    font-weight: 700;
    letter-spacing: 0.15em;
    line-height: 1.1;
    margin: 0;
  }

  .qr {
    width: var(--cpe-attendance-qr-size, min(16rem, 70cqi));
    height: auto;
    border-radius: 4px;
  }

  .countdown {
    margin: 0;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  .code-panel:fullscreen {
    align-content: center;
    width: 100vw;
    height: 100vh;
  }

  .code-panel:fullscreen .code {
    font-size: 18vmin;
  }

  .code-panel:fullscreen .qr {
    width: 45vmin;
  }

  .summary {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(6rem, 1fr));
    gap: var(--_space);
    margin: 0 0 calc(var(--_space) * 2);
  }

  .summary div {
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    padding: var(--_space);
  }

  .summary dt {
    font-size: 0.8125em;
    color: var(--_muted);
  }

  .summary dd {
    margin: 0;
    font-size: 1.5em;
    font-weight: 700;
  }

  /* Shadows at an edge with more columns beyond it: the table visibly scrolls. Both edges get
     the same treatment, so the physical left/right here read the same in either direction. */
  .table-wrap {
    overflow-x: auto;
    margin-block-end: calc(var(--_space) * 2);
    background:
      linear-gradient(to right, var(--_surface) 30%, transparent) left / 2rem 100% no-repeat local,
      linear-gradient(to left, var(--_surface) 30%, transparent) right / 2rem 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, var(--_border), transparent) left / 0.75rem 100%
        no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, var(--_border), transparent) right / 0.75rem 100%
        no-repeat scroll;
  }

  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.875em;
  }

  th,
  td {
    text-align: start;
    padding: calc(var(--_space) / 2) var(--_space);
    border-block-end: 1px solid var(--_border);
    white-space: nowrap;
  }

  td.num,
  th.num {
    text-align: end;
  }

  /* Narrow: one block per learner, each value under its column's name, in the CSV's order. */
  @container cpe (max-width: 35.99rem) {
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }

    table,
    tbody,
    tr,
    th,
    td {
      display: block;
    }

    tr {
      padding-block: var(--_space);
      border-block-end: 1px solid var(--_border);
    }

    th,
    td,
    td.num {
      border: 0;
      padding-block: 0;
      text-align: start;
      white-space: normal;
    }

    th[scope='row'] {
      font-size: 1.0625em;
    }

    td {
      display: grid;
      grid-template-columns: 6rem 1fr;
      column-gap: var(--_space);
    }

    td::before {
      content: attr(data-label);
      color: var(--_muted);
    }
  }
`;
