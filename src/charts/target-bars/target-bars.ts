import { nothing, svg, type SVGTemplateResult } from 'lit';
import {
  CATEGORIES,
  rowsFromValues,
  selectGivenRows,
  selectTargetsVersusActuals,
  type GivenRow,
  type TargetsSelection,
} from '../../data/queries.js';
import type { Category, County, Figure } from '../../data/types.js';
import { categoryLabel } from '../../format/index.js';
import { ChartElement, chartErrors, findCounty, type ChartSize, type DescribeInput } from '../core/index.js';
import { describeTargetBars, type TargetBarsDescription } from './describe.js';
import { layoutTargetBars, type TargetBarsLayout } from './layout.js';
import { targetBarsStyles } from './styles.js';

/** A row given by code through the `rows` property (see `GivenRow` in src/data/queries.ts). */
export type TargetBarsInputRow = GivenRow;

export type TargetBarsSort = 'report' | 'attainment' | 'name' | 'value';
const SORTS: readonly TargetBarsSort[] = ['report', 'attainment', 'name', 'value'];

const rect = (cls: string, x: number, y: number, width: number, height: number) =>
  svg`<rect class=${cls} x=${x} y=${y} width=${width} height=${height}></rect>`;
/** A target tick centred on x. */
const tick = (x: number, y1: number, y2: number) => rect('c-target fill', x - 1.25, y1, 2.5, y2 - y1);

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

  static override properties = {
    county: {},
    indicators: {},
    category: {},
    sort: {},
    limit: { type: Number },
    heading: {},
    rows: { attribute: false },
    figures: { attribute: false },
  };

  // Reactive properties (`static properties`): declared only, so no class field shadows Lit's accessors.
  // A removed attribute sets its property to null.
  declare county?: string | null;
  declare indicators?: string | null;
  declare category?: string | null;
  declare sort?: TargetBarsSort | null;
  declare limit?: number | null;
  declare heading?: string | null;
  declare rows?: readonly TargetBarsInputRow[];
  declare figures?: readonly Figure[];

  /** The last layout and what it was made from (a tooltip or focus change redraws without re-laying out). */
  private _l?: [TargetBarsDescription, ChartSize, TargetBarsLayout];

  protected override needsDataset(): boolean {
    return !this.rows && !this.figures;
  }

  protected override describe({ dataset, lang }: DescribeInput): TargetBarsDescription {
    const sort = this.sort;
    if (sort && !SORTS.includes(sort)) throw chartErrors.invalidAttribute('sort', sort, SORTS);
    const category = this.category?.trim() as Category | undefined;
    if (category && !CATEGORIES.includes(category))
      throw chartErrors.invalidAttribute('category', category, CATEGORIES);
    const wanted = this.indicators?.split(/\s+/).filter(Boolean) ?? [];
    const order = {
      sort: sort === 'report' ? ('document' as const) : sort || undefined,
      labelLang: lang === 'zh-CN' ? ('zh' as const) : ('en' as const),
      // Growth rates, shares and levels never share a scale: one group each.
      groupBy: 'measure' as const,
      limit: this.limit! >= 1 ? this.limit! : undefined,
    };

    let selection: TargetsSelection;
    let county: County | undefined;
    let countyId = this.county?.trim() || '';
    if (this.rows) {
      selection = selectGivenRows(rowsFromValues(this.rows), order);
      countyId = '';
    } else {
      const ids = dataset?.counties.map((c) => c.id) ?? [];
      for (const id of wanted)
        if (dataset && !dataset.indicators.some((i) => i.id === id)) throw chartErrors.unknownIndicator(id);
      if (this.figures && !countyId) {
        // Figures of one county need no `county` attribute.
        const found = [...new Set(this.figures.map((f) => f.county))];
        if (found.length > 1) throw chartErrors.invalidAttribute('county', '', found);
        countyId = found[0] ?? '';
      }
      county = dataset && findCounty(dataset, countyId);
      if (!this.figures) {
        if (!countyId) throw chartErrors.invalidAttribute('county', '', ids);
        if (!county) throw chartErrors.unknownCounty(countyId, ids);
      }
      selection = selectTargetsVersusActuals(
        this.figures
          ? {
              counties: dataset?.counties ?? [],
              indicators: dataset?.indicators ?? [],
              figures: this.figures,
            }
          : dataset!,
        countyId,
        {
          ...order,
          indicators: wanted.length ? wanted : undefined,
          category,
          // The chart pairs each target with the latest result before it (2021 预计 / 2022 目标).
          pairing: 'target-first',
          // By default the chart is about targets against results: rows with both; targets with no
          // result are counted in a note (a county with only targets shows them all).
          keep: wanted.length ? 'all' : 'paired',
          uncatalogued: 'by-subject',
        },
      );
      if (!selection.rows.length) {
        const what = wanted.length
          ? [`指标 ${wanted.join('、')} `, `indicator ${wanted.join(', ')}`]
          : category
            ? [`${categoryLabel(category, 'zh-CN')}类目标`, `${categoryLabel(category, 'en')} targets`]
            : ['目标', 'targets'];
        throw chartErrors.noData({
          'zh-CN': `${county?.name.zh ?? countyId} 的${what[0]}`,
          en: `${county?.name.en ?? countyId}, ${what[1]}`,
        });
      }
    }
    return describeTargetBars(selection.rows, {
      lang,
      county,
      countyId: countyId || null,
      dataset,
      omitted: selection.omitted.targets,
      title: this.heading || undefined,
    });
  }

  /** Keyboard stops at the last row drawn (rows cut for height are in the table only). */
  protected override nextMarkIndex(current: number, key: string, count: number): number {
    return super.nextMarkIndex(current, key, Math.min(count, this._l?.[2].rows.length ?? count));
  }

  protected override renderPlot(d: TargetBarsDescription, size: ChartSize): SVGTemplateResult {
    const last = this._l;
    const l =
      last?.[0] === d && last[1] === size
        ? last[2]
        : (this._l = [d, size, layoutTargetBars(d.rows, size, { lang: this.language })])[2];
    const w = l.width;
    return svg`${l.groups.map(
      (g) => svg`<g class="group" aria-hidden="true">
        <text class="group-label" x="0" y=${g.label.y}>${g.label.text}</text>
        ${
          g.zeroX === undefined
            ? nothing
            : svg`<path class="grid" d=${g.grid}></path>
              <line class="axis" x1=${g.zeroX} x2=${g.zeroX} y1=${g.gridTop} y2=${g.gridBottom}></line>`
        }
        ${g.ticks.map((t) => svg`<text class="tick" x=${t.label.x} y=${t.label.y}>${t.label.text}</text>`)}
      </g>`,
    )}
    ${l.rows.map((r) => {
      const { bar, target: t, values } = r;
      return this.mark(
        r.index,
        svg`${rect('hit', 0, r.y + 1, w, r.height - 2)}
          <text class="name" x="0" y=${r.name.y}>${r.name.text}</text>
          <text class="sub" x="0" y=${r.sub.y}>${r.sub.text}</text>
          ${
            values
              ? svg`<text class="values" x=${w} y=${values.y}>${
                  values.parts
                    ? svg`<tspan class="v-actual">${values.parts[0]}</tspan> → <tspan class="v-target">${values.parts[1]}</tspan>`
                    : values.text
                }</text>`
              : nothing
          }
          ${r.change ? svg`<text class="change" x=${w} y=${r.change.y}>${r.change.text}</text>` : nothing}
          ${
            r.lone
              ? svg`<text class="lone lone-${r.lone.kind}" x=${r.lone.x} y=${r.lone.y}>${r.lone.text}</text>`
              : nothing
          }
          ${
            bar
              ? [
                  rect(
                    bar.estimate ? 'c-estimate hollow' : 'c-actual fill',
                    bar.x,
                    bar.y,
                    bar.width,
                    bar.height,
                  ),
                  bar.hi ? rect('c-actual span', bar.hi.x, bar.y, bar.hi.width, bar.height) : nothing,
                ]
              : nothing
          }
          ${
            t
              ? [
                  t.span
                    ? [
                        rect(
                          'c-target span',
                          Math.min(t.span.x1, t.span.x2),
                          (t.y1 + t.y2) / 2 - 3,
                          Math.abs(t.span.x2 - t.span.x1),
                          6,
                        ),
                        tick(t.span.x2, t.y1, t.y2),
                      ]
                    : nothing,
                  t.approx
                    ? svg`<line class="c-target stroke approx" x1=${t.x} x2=${t.x} y1=${t.y1} y2=${t.y2}></line>`
                    : tick(t.x, t.y1, t.y2),
                  // A small flag at the marker's top: ▸ "at least" (≥ 以上), ◂ "at most" (≤ 以内).
                  t.arrow
                    ? svg`<path class="c-target fill" d="M${t.x} ${t.y1}l${t.arrow} 3.5l${-t.arrow} 3.5z"></path>`
                    : nothing,
                ]
              : nothing
          }`,
        r.index === this.activeMark ? 'active' : '',
      );
    })}
    ${
      l.hidden
        ? svg`<text class="more" x="0" y=${l.moreY}>${
            this.language === 'zh-CN' ? `另有 ${l.hidden} 项见数据表` : `${l.hidden} more in the table`
          }</text>`
        : nothing
    }`;
  }
}
