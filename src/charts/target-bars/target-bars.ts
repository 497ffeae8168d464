import { nothing, svg, type SVGTemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  CATEGORIES,
  rowsFromValues,
  selectGivenRows,
  selectTargetsVersusActuals,
  type GivenRow,
  type TargetsSelection,
  type TargetsSort,
} from '../../data/queries.js';
import type { Category, County, Dataset, Figure } from '../../data/types.js';
import { categoryLabel } from '../../format/index.js';
import {
  ChartElement,
  chartErrors,
  findCounty,
  pick,
  type ChartSize,
  type DescribeInput,
} from '../core/index.js';
import { barRow } from './bar-row.js';
import { describeTargetBars, type TargetBarsDescription } from './describe.js';
import { layoutTargetBars, type RowLayout, type TargetBarsLayout } from './layout.js';
import { targetBarsStyles } from './styles.js';

/** A row given by code through the `rows` property (see `GivenRow` in src/data/queries.ts). */
export type TargetBarsInputRow = GivenRow;

export type TargetBarsSort = 'report' | 'attainment' | 'name' | 'value';
const SORTS: readonly TargetBarsSort[] = ['report', 'attainment', 'name', 'value'];
const QUERY_SORT: Readonly<Record<TargetBarsSort, TargetsSort>> = {
  report: 'document',
  attainment: 'attainment',
  name: 'name',
  value: 'value',
};

/**
 * Targets against results for one county: per indicator, the latest actual (or estimate) as a bar
 * and the target as a marker (≥/≤ with an arrow, ranges as a span, ~ dashed), the change labelled.
 * Growth rates, shares and levels are grouped and never share a scale.
 *
 * @summary Bullet-style bars of a county's targets against its results.
 * @attr {string} county - County id from the dataset (e.g. "tonghua").
 * @attr {string} indicators - Space-separated indicator ids to show, in this order unless `sort` is set (default: indicators with both a target and a result; targets alone for a report without results).
 * @attr {string} category - Only indicators of this category (economy, industry, agriculture, infrastructure, environment, livelihood, social, governance).
 * @attr {'report'|'attainment'|'name'|'value'} sort - Row order within each measure group (default: report order, or the order of `indicators`).
 * @attr {number} limit - At most this many rows (rows that do not fit the height are listed in the table).
 * @attr {string} heading - Replaces the default title.
 * @prop {TargetBarsInputRow[]} rows - Rows given by code instead of a dataset.
 * @prop {Figure[]} figures - Figures given by code (paired like dataset figures; one county, or set `county`).
 */
export class CountyTargetBars extends ChartElement<TargetBarsDescription> {
  static override styles = [...ChartElement.styles, targetBarsStyles];

  @property() county = '';
  @property() indicators = '';
  @property() category = '';
  @property() sort?: TargetBarsSort;
  @property({ type: Number }) limit?: number;
  @property() heading?: string;
  @property({ attribute: false }) rows?: readonly TargetBarsInputRow[];
  @property({ attribute: false }) figures?: readonly Figure[];

  private _layout?: { d: TargetBarsDescription; w: number; h: number; layout: TargetBarsLayout };

  protected override needsDataset(): boolean {
    return !this.rows && !this.figures;
  }

  protected override describe({ dataset, lang }: DescribeInput): TargetBarsDescription {
    const sort = this.sort || undefined;
    if (sort !== undefined && !SORTS.includes(sort))
      throw chartErrors.invalidAttribute('sort', String(this.sort), SORTS);
    // A removed attribute sets its property to null.
    const category = (this.category ?? '').trim();
    if (category && !CATEGORIES.includes(category as Category))
      throw chartErrors.invalidAttribute('category', category, CATEGORIES);
    const wanted = (this.indicators ?? '').split(/\s+/).filter(Boolean);
    const limit = this.limit;
    const order = {
      sort: sort ? QUERY_SORT[sort] : undefined,
      labelLang: lang === 'zh-CN' ? ('zh' as const) : ('en' as const),
      // Growth rates, shares and levels never share a scale: one group each.
      groupBy: 'measure' as const,
      limit: limit !== undefined && Number.isFinite(limit) && limit >= 1 ? Math.floor(limit) : undefined,
    };

    let selection: TargetsSelection;
    let county: County | undefined;
    let countyId: string | null = null;
    if (this.rows) {
      selection = selectGivenRows(rowsFromValues(this.rows), order);
    } else {
      const catalogue = dataset?.indicators ?? [];
      for (const id of wanted)
        if (dataset && !catalogue.some((i) => i.id === id)) throw chartErrors.unknownIndicator(id);
      let source: Dataset;
      countyId = (this.county ?? '').trim();
      if (this.figures) {
        source = { counties: dataset?.counties ?? [], indicators: catalogue, figures: this.figures };
        if (!countyId) {
          // Figures of one county need no `county` attribute.
          const ids = [...new Set(this.figures.map((f) => f.county))];
          if (ids.length > 1) throw chartErrors.invalidAttribute('county', '', ids);
          countyId = ids[0] ?? '';
        }
        county = dataset ? findCounty(dataset, countyId) : undefined;
      } else {
        if (!dataset) throw chartErrors.malformed('no dataset');
        if (!countyId)
          throw chartErrors.invalidAttribute(
            'county',
            '',
            dataset.counties.map((c) => c.id),
          );
        county = findCounty(dataset, countyId);
        if (!county)
          throw chartErrors.unknownCounty(
            countyId,
            dataset.counties.map((c) => c.id),
          );
        source = dataset;
      }
      selection = selectTargetsVersusActuals(source, county?.id ?? countyId, {
        ...order,
        indicators: wanted.length ? wanted : undefined,
        category: (category || undefined) as Category | undefined,
        // The chart pairs each target with the latest result before it (2021 预计 / 2022 目标).
        pairing: 'target-first',
        // By default the chart is about targets against results: rows with both; targets with no
        // result are counted in a note (a county with only targets shows them all).
        keep: wanted.length ? 'all' : 'paired',
        uncatalogued: 'by-subject',
      });
      if (!selection.rows.length) {
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
    const rows = selection.rows.map(barRow);
    const d = describeTargetBars(rows, {
      lang,
      county,
      countyId: county?.id ?? (countyId || null),
      dataset,
      omitted: selection.omitted.targets,
      title: this.heading || undefined,
    });
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
