import { html, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import { tableTemplate } from './data-table.js';
import { headerTemplate, legendTemplate } from './frame.js';
import type { Lang } from './language.js';
import type { ChartDescription, ChartSize } from './view.js';

/**
 * The chart for a page without JavaScript: the live chart's frame (same header, legend, plot SVG,
 * notes and source templates and classes) with the summary as visible text and the data table
 * shown as a real table. No buttons, no tooltip. `ids` prefixes element ids, so several static
 * charts can share a page.
 */
export function staticFrameTemplate(
  d: ChartDescription,
  plot: SVGTemplateResult,
  size: ChartSize,
  lang: Lang,
  ids: string,
): TemplateResult {
  return html`<div class="chart" lang=${lang}>
    ${headerTemplate(d.title, d.subtitle, `${ids}title`)} ${legendTemplate(d.legend)}
    <div class="plot" part="plot">
      ${
        d.empty
          ? html`<p class="status">${d.empty}</p>`
          : html`<svg
              xmlns="http://www.w3.org/2000/svg"
              class="plot-svg"
              width=${size.width}
              height=${size.height}
              viewBox="0 0 ${size.width} ${size.height}"
              role="group"
              aria-labelledby="${ids}title"
              aria-describedby="${ids}summary"
            >
              ${plot}
            </svg>`
      }
    </div>
    <div class="footer">
      ${
        d.notes?.length
          ? html`<ul class="notes" part="notes">
              ${d.notes.map((n) => html`<li>${n}</li>`)}
            </ul>`
          : nothing
      }
      <p class="source" part="source">${d.source}</p>
    </div>
    <p class="summary" id="${ids}summary">${d.summary}</p>
    ${d.empty ? nothing : tableTemplate(d.table, true, `${ids}table`)}
  </div>`;
}
