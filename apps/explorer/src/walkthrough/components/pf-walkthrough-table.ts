import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatNumber } from '../../components/format-number.ts';
import type { StepTable } from '../step.ts';

/**
 * A step's small table of live numbers, each column printed in its format.
 *
 * @example
 * ```ts
 * html`<pf-walkthrough-table .table=${{ caption: 'h', columns: [{ label: 'h', format: 'text' }], rows: [[0.5]] }}>`
 * ```
 */
@customElement('pf-walkthrough-table')
export class PfWalkthroughTable extends LitElement {
  static override styles = css`
    :host {
      display: block;
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      font-size: 0.85rem;
      font-variant-numeric: tabular-nums;
    }
    caption {
      text-align: left;
      font-weight: 600;
      padding-bottom: 0.35rem;
    }
    th,
    td {
      padding: 0.2rem 0.6rem;
      border-bottom: 1px solid #e1e5ea;
      text-align: right;
      white-space: nowrap;
    }
    th {
      font-weight: 600;
      color: #4a5565;
    }
  `;

  @property({ attribute: false }) accessor table: StepTable | undefined = undefined;

  override render() {
    const table = this.table;
    if (table === undefined) return nothing;
    return html`
      <table>
        <caption>${table.caption}</caption>
        <thead>
          <tr>${table.columns.map((column) => html`<th scope="col">${column.label}</th>`)}</tr>
        </thead>
        <tbody>
          ${table.rows.map(
            (row) =>
              html`<tr>${row.map((cell, i) => html`<td>${formatNumber(cell, table.columns[i]?.format ?? 'text')}</td>`)}</tr>`,
          )}
        </tbody>
      </table>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pf-walkthrough-table': PfWalkthroughTable;
  }
}
