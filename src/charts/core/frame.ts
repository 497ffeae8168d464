import { html, nothing, svg, type TemplateResult } from 'lit';
import { countyById } from '../../data/by-id.js';
import type { County, Dataset } from '../../data/types.js';
import { pick, uiText, type Lang } from './language.js';
import type { DataTable, LegendItem } from './view.js';

/** Title and subtitle above the plot (parts `title`, `subtitle`). */
export function headerTemplate(title: string, subtitle: string | undefined, titleId: string): TemplateResult {
  return html`<div class="header">
    <p class="title" part="title" id=${titleId}>${title}</p>
    ${subtitle ? html`<p class="subtitle" part="subtitle">${subtitle}</p>` : nothing}
  </div>`;
}

// Legend swatches, 14 × 14, drawn as the marks are (the same paint classes).
const SWATCH = {
  bar: svg`<rect class="fill" y="3" width="14" height="8"></rect>`,
  'bar-hollow': svg`<rect class="hollow" x="0.75" y="3.75" width="12.5" height="6.5"></rect>`,
  tick: svg`<rect class="fill" x="6" width="2.5" height="14"></rect>`,
  span: svg`<rect class="span" y="4" width="14" height="6"></rect>`,
  line: svg`<line class="stroke" y1="7" x2="14" y2="7"></line>`,
  dash: svg`<line class="stroke dash" y1="7" x2="14" y2="7"></line>`,
  dot: svg`<circle class="fill" cx="7" cy="7" r="4"></circle>`,
  ring: svg`<circle class="hollow" cx="7" cy="7" r="3.5"></circle>`,
};

/** A legend (part `legend`); nothing when there are no items. */
export function legendTemplate(items: readonly LegendItem[] | undefined): TemplateResult | typeof nothing {
  return items?.length
    ? html`<ul class="legend" part="legend">
        ${items.map(
          (item) =>
            html`<li class=${item.color}>
              <svg class="swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                ${SWATCH[item.symbol]}</svg
              >${item.label}
            </li>`,
        )}
      </ul>`
    : nothing;
}

/**
 * The data table of every mark (part `table`). Visually hidden (but read by screen readers) unless
 * `visible`; then it replaces the plot inside the chart's box and scrolls, so the box keeps its size.
 */
export function tableTemplate(table: DataTable, visible: boolean, id: string): TemplateResult {
  return html`<div
    class="table-wrap ${visible ? '' : 'sr-only'}"
    part="table"
    id=${id}
    tabindex=${visible ? 0 : -1}
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
          ([header, ...cells]) =>
            html`<tr>
              <th scope="row">${header}</th>
              ${cells.map((cell) => html`<td>${cell}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** "通化县 2022年政府工作报告" / "Tonghua County, 2022 government work report". */
export function reportCitation(county: County, lang: Lang): string {
  const name = pick(county.name, lang);
  const report = `${county.report.year}${lang === 'en' ? ' ' : '年'}${uiText('governmentWorkReport', lang)}`;
  return lang === 'en' ? `${name}, ${report}` : `${name} ${report}`;
}

/** The source line for the counties a chart shows: "来源:通化县 2022年政府工作报告;呼兰区 …". */
export function sourceLine(counties: readonly County[], lang: Lang): string {
  const cites = counties.map((c) => reportCitation(c, lang));
  return lang === 'en'
    ? `${uiText('source', lang)}: ${cites.join('; ')}`
    : `${uiText('source', lang)}:${cites.join(';')}`;
}

/** The county with `id`, or undefined. */
export const findCounty: (dataset: Dataset, id: string) => County | undefined = countyById;
