import { html, type TemplateResult } from 'lit';
import type { DataTable } from './view.js';

/**
 * The data table of every mark (part `table`). Visually hidden (but read by screen readers) unless
 * `visible`; then it replaces the plot inside the chart's box and scrolls, so the box keeps its size.
 */
export function tableTemplate(table: DataTable, visible: boolean, id: string): TemplateResult {
  return html`<div
    class=${visible ? 'table-wrap' : 'table-wrap sr-only'}
    part="table"
    id=${id}
    tabindex=${visible ? '0' : '-1'}
    role="region"
    aria-label=${table.caption}
  >
    <table>
      <caption>
        ${table.caption}
      </caption>
      <thead>
        <tr>
          ${table.columns.map((c) => html`<th scope="col">${c}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${table.rows.map(
          (row) =>
            html`<tr>
              <th scope="row">${row[0]}</th>
              ${row.slice(1).map((cell) => html`<td>${cell}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
