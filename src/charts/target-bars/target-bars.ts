import { nothing, svg, type SVGTemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Category, Figure } from '../../data/types.js';
import { categoryLabel } from '../../format/index.js';
import {
  ChartElement,
  chartErrors,
  findCounty,
  pick,
  type ChartSize,
  type DescribeInput,
} from '../core/index.js';
import { describeTargetBars, type TargetBarsDescription } from './describe.js';
import { layoutTargetBars, type RowLayout, type TargetBarsLayout } from './layout.js';
import { buildRows, rowsFromInput, type TargetBarRow, type TargetBarsInputRow } from './rows.js';
import { SORTS, sortRows, type TargetBarsSort } from './sort.js';
import { targetBarsStyles } from './styles.js';

const CATEGORIES: readonly Category[] = [
  'economy',
  'industry',
  'agriculture',
  'infrastructure',
  'environment',
  'livelihood',
  'social',
  'governance',
];
const MEASURE_ORDER = ['growth', 'share', 'level'];

/**
 * Targets against results for one county: per indicator, the latest actual (or estimate) as a bar
 * and the target as a marker (≥/≤ with an arrow, ranges as a span, ~ dashed), the change labelled.
 * Growth rates, shares and levels are grouped and never share a scale.
 *
 * @summary Bullet-style bars of a county's targets against its results.
 * @attr {string} county - County id from the dataset (e.g. "tonghua").
 * @attr {string} indicators - Space-separated indicator ids to show, in this order (default: every indicator with a target).
 * @attr {string} category - Only indicators of this category (economy, industry, agriculture, infrastructure, environment, livelihood, social, governance).
 * @attr {'report'|'attainment'|'name'|'value'} sort - Row order within each group (default report order).
 * @attr {number} limit - At most this many rows (rows that do not fit the height are listed in the table).
 * @attr {string} heading - Replaces the default title.
 * @prop {TargetBarsInputRow[]} rows - Rows given by code instead of a dataset.
 * @prop {Figure[]} figures - Figures given by code (paired like dataset figures).
 */
export class CountyTargetBars extends ChartElement<TargetBarsDescription> {
  static override styles = [...ChartElement.styles, targetBarsStyles];

  @property() county = '';
  @property() indicators = '';
  @property() category = '';
  @property() sort: TargetBarsSort = 'report';
  @property({ type: Number }) limit?: number;
  @property() heading?: string;
  @property({ attribute: false }) rows?: readonly TargetBarsInputRow[];
  @property({ attribute: false }) figures?: readonly Figure[];

  private _layout?: { d: TargetBarsDescription; w: number; h: number; layout: TargetBarsLayout };

  protected override needsDataset(): boolean {
    return !this.rows && !this.figures;
  }

  protected override describe({ dataset, lang }: DescribeInput): TargetBarsDescription {
    const sort = (this.sort || 'report') as TargetBarsSort;
    if (!SORTS.includes(sort)) throw chartErrors.invalidAttribute('sort', String(this.sort), SORTS);
    const category = this.category.trim();
    if (category && !CATEGORIES.includes(category as Category))
      throw chartErrors.invalidAttribute('category', category, CATEGORIES);
    const wanted = this.indicators.split(/\s+/).filter(Boolean);
    const countyId = this.county.trim();
    const county = dataset && countyId ? findCounty(dataset, countyId) : undefined;

    let rows: TargetBarRow[];
    let omitted = 0;
    if (this.rows) {
      rows = rowsFromInput(this.rows);
    } else {
      const catalogue = dataset?.indicators ?? [];
      for (const id of wanted)
        if (dataset && !catalogue.some((i) => i.id === id)) throw chartErrors.unknownIndicator(id);
      let figures: readonly Figure[];
      if (this.figures) {
        figures = countyId ? this.figures.filter((f) => f.county === countyId) : this.figures;
      } else {
        if (!dataset) throw chartErrors.malformed('no dataset');
        if (!countyId)
          throw chartErrors.invalidAttribute(
            'county',
            '',
            dataset.counties.map((c) => c.id),
          );
        if (!county)
          throw chartErrors.unknownCounty(
            countyId,
            dataset.counties.map((c) => c.id),
          );
        figures = dataset.figures.filter((f) => f.county === county.id);
      }
      rows = buildRows(figures, catalogue, {
        planYear: county?.report.year,
        indicators: wanted.length ? wanted : undefined,
        category: category || undefined,
      });
      // By default the chart is about targets against results: rows with both. Targets with no
      // result to compare are counted in a note (a county with only targets shows them all).
      if (!wanted.length) {
        const paired = rows.filter((r) => r.actual && r.target);
        if (paired.length) {
          omitted = rows.length - paired.length;
          rows = paired;
        }
      }
      if (!rows.length) {
        const who = county ? pick(county.name, lang) : '';
        const what = wanted.length
          ? { 'zh-CN': `${who} 的指标 ${wanted.join('、')} `, en: `${who}, indicator ${wanted.join(', ')}` }
          : category
            ? {
                'zh-CN': `${who} 的${categoryLabel(category as Category, 'zh-CN')}类目标`,
                en: `${who}, ${categoryLabel(category as Category, 'en')} targets`,
              }
            : { 'zh-CN': `${who} 的目标`, en: `${who} targets` };
        throw chartErrors.noData(what);
      }
    }
    // Group by measure (they never share a scale), then order within groups.
    rows = sortRows(rows, sort, lang).sort(
      (a, b) => MEASURE_ORDER.indexOf(a.measure) - MEASURE_ORDER.indexOf(b.measure),
    );
    const limit = this.limit;
    if (limit !== undefined && Number.isFinite(limit) && limit >= 1) rows = rows.slice(0, Math.floor(limit));
    const d = describeTargetBars(rows, { lang, county, dataset, omitted, title: this.heading || undefined });
    return rows.length ? d : { ...d, empty: lang === 'zh-CN' ? '没有可显示的指标' : 'No indicators to show' };
  }

  /** Keyboard stops at the last row drawn (rows cut for height are in the table only). */
  protected override nextMarkIndex(current: number, key: string, count: number): number {
    const drawn = this._layout?.layout.rows.length ?? count;
    return super.nextMarkIndex(current, key, Math.min(count, drawn));
  }

  private layoutFor(d: TargetBarsDescription, size: ChartSize): TargetBarsLayout {
    const cached = this._layout;
    if (cached && cached.d === d && cached.w === size.width && cached.h === size.height) return cached.layout;
    const layout = layoutTargetBars(d.rows, size, { lang: this.language, targetsOnly: d.targetsOnly });
    this._layout = { d, w: size.width, h: size.height, layout };
    return layout;
  }

  private renderRow(r: RowLayout): SVGTemplateResult {
    const shapes: SVGTemplateResult[] = [
      svg`<rect class="hit" x=${r.hit.x} y=${r.hit.y} width=${r.hit.width} height=${r.hit.height} rx="3"></rect>`,
      svg`<text class="name" x=${r.name.x} y=${r.name.y}>${r.name.text}</text>`,
      svg`<text class="sub" x=${r.sub.x} y=${r.sub.y}>${r.sub.text}</text>`,
    ];
    const v = r.values;
    if (v)
      shapes.push(
        svg`<text class="values" x=${v.x} y=${v.y} text-anchor="end">${
          v.parts ? v.parts.map((p) => svg`<tspan class="v-${p.kind}">${p.text}</tspan>`) : v.text
        }</text>`,
      );
    if (r.change)
      shapes.push(
        svg`<text class="change" x=${r.change.x} y=${r.change.y} text-anchor=${r.change.anchor}>${r.change.text}</text>`,
      );
    if (r.loneValue)
      shapes.push(
        svg`<text class="lone lone-${r.loneValue.kind}" x=${r.loneValue.x} y=${r.loneValue.y}>${r.loneValue.text}</text>`,
      );
    const b = r.bar;
    if (b) {
      shapes.push(
        svg`<rect class=${b.estimate ? 'c-estimate hollow' : 'c-actual fill'} x=${b.x} y=${b.y} width=${b.width} height=${b.height}></rect>`,
      );
      if (b.hi)
        shapes.push(
          svg`<rect class="c-actual span" x=${b.hi.x} y=${b.y} width=${b.hi.width} height=${b.height}></rect>`,
        );
    }
    const t = r.target;
    if (t) {
      if (t.span) {
        const x1 = Math.min(t.span.x1, t.span.x2);
        const w = Math.abs(t.span.x2 - t.span.x1);
        const cy = (t.y1 + t.y2) / 2;
        shapes.push(svg`<rect class="c-target span" x=${x1} y=${cy - 3} width=${w} height="6"></rect>`);
        shapes.push(
          svg`<rect class="c-target fill" x=${t.span.x2 - 1.25} y=${t.y1} width="2.5" height=${t.y2 - t.y1}></rect>`,
        );
      }
      shapes.push(
        t.approx
          ? svg`<line class="c-target stroke approx" x1=${t.x} x2=${t.x} y1=${t.y1} y2=${t.y2}></line>`
          : svg`<rect class="c-target fill" x=${t.x - 1.25} y=${t.y1} width="2.5" height=${t.y2 - t.y1}></rect>`,
      );
      if (t.arrow) {
        // A small flag at the marker's top: ▸ "at least" (≥ 以上), ◂ "at most" (≤ 以内).
        const dx = t.arrow === 'right' ? 6 : -6;
        shapes.push(svg`<path class="c-target fill" d="M${t.x} ${t.y1}l${dx} 3.5l${-dx} 3.5z"></path>`);
      }
    }
    return this.mark(r.index, shapes, r.index === this.activeMark ? 'active' : '');
  }

  protected override renderPlot(d: TargetBarsDescription, size: ChartSize): SVGTemplateResult {
    const layout = this.layoutFor(d, size);
    const lang = this.language;
    return svg`
      ${layout.groups.map(
        (g) => svg`<g class="group" aria-hidden="true">
          <text class="group-label" x=${g.label.x} y=${g.label.y}>${g.label.text}</text>
          ${g.ticks.map(
            (t) => svg`<line class="grid" x1=${t.x} x2=${t.x} y1=${g.gridTop} y2=${g.gridBottom}></line>
              <text class="tick" x=${t.label.x} y=${t.label.y} text-anchor="middle">${t.label.text}</text>`,
          )}
          ${g.zeroX !== undefined ? svg`<line class="axis" x1=${g.zeroX} x2=${g.zeroX} y1=${g.gridTop} y2=${g.gridBottom}></line>` : nothing}
        </g>`,
      )}
      ${layout.rows.map((r) => this.renderRow(r))}
      ${
        layout.hidden && layout.moreY !== undefined
          ? svg`<text class="more" x="0" y=${layout.moreY}>${
              lang === 'zh-CN' ? `另有 ${layout.hidden} 项见数据表` : `${layout.hidden} more in the table`
            }</text>`
          : nothing
      }
    `;
  }
}
