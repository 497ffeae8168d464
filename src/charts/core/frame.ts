import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Dataset, County } from '../../data/types.js';
import { uiText, pick, type Lang } from './language.js';
import type { LegendItem } from './view.js';

/** Title and subtitle above the plot (parts `title`, `subtitle`). */
export function headerTemplate(title: string, subtitle: string | undefined, titleId: string): TemplateResult {
  return html`<div class="header">
    <p class="title" part="title" id=${titleId}>${title}</p>
    ${subtitle ? html`<p class="subtitle" part="subtitle">${subtitle}</p>` : nothing}
  </div>`;
}

function swatch(item: LegendItem): TemplateResult {
  const shape = {
    bar: svg`<rect class="fill" x="0" y="3" width="14" height="8"></rect>`,
    'bar-hollow': svg`<rect class="hollow" x="0.75" y="3.75" width="12.5" height="6.5"></rect>`,
    tick: svg`<rect class="fill" x="6" y="0" width="2.5" height="14"></rect>`,
    span: svg`<rect class="span" x="0" y="4" width="14" height="6"></rect>`,
    line: svg`<line class="stroke" x1="0" y1="7" x2="14" y2="7"></line>`,
    dash: svg`<line class="stroke dash" x1="0" y1="7" x2="14" y2="7"></line>`,
    dot: svg`<circle class="fill" cx="7" cy="7" r="4"></circle>`,
    ring: svg`<circle class="hollow" cx="7" cy="7" r="3.5"></circle>`,
  }[item.symbol];
  return html`<li class=${item.color}>
    <svg class="swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">${shape}</svg
    >${item.label}
  </li>`;
}

/** A legend (part `legend`); nothing when there are no items. */
export function legendTemplate(items: readonly LegendItem[] | undefined): TemplateResult | typeof nothing {
  if (!items?.length) return nothing;
  return html`<ul class="legend" part="legend">
    ${items.map(swatch)}
  </ul>`;
}

/** "通化县 2022年政府工作报告" / "Tonghua County, 2022 government work report". */
export function reportCitation(county: County, lang: Lang): string {
  const name = pick(county.name, lang);
  return lang === 'zh-CN'
    ? `${name} ${county.report.year}年${uiText('governmentWorkReport', lang)}`
    : `${name}, ${county.report.year} ${uiText('governmentWorkReport', lang)}`;
}

/** The source line for the counties a chart shows: "来源:通化县 2022年政府工作报告;呼兰区 …". */
export function sourceLine(counties: readonly County[], lang: Lang): string {
  const cites = counties.map((c) => reportCitation(c, lang));
  return lang === 'zh-CN'
    ? `${uiText('source', lang)}:${cites.join(';')}`
    : `${uiText('source', lang)}: ${cites.join('; ')}`;
}

/** The county with `id`, or undefined. */
export function findCounty(dataset: Dataset, id: string): County | undefined {
  return dataset.counties.find((c) => c.id === id);
}
