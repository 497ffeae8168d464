import { svg, type SVGTemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Figure } from '../../data/types.js';
import { ChartElement, type DescribeInput } from '../core/chart-element.js';
import type { ChartSize } from '../core/view.js';
import { describeTrend, type TrendDescription } from './describe.js';
import { trendLayout, type PlacedMark, type PlacedSpan, type TrendLayout } from './layout.js';
import { trendLineStyles } from './styles.js';

/** `indexed` absent → 'auto'; present (or "true") → true; "false" → false. */
const indexedConverter = {
  fromAttribute: (v: string | null): boolean | 'auto' => (v === null ? 'auto' : v !== 'false'),
  toAttribute: (v: boolean | 'auto'): string | null => (v === 'auto' ? null : v ? '' : 'false'),
};

/**
 * Five-year trends of one indicator for one or more counties: what was achieved (actual dots solid,
 * estimates hollow, joined by a solid line) and the path the plan implies (dashed), with the annual
 * rate the plan requires beside the latest rate, five-year totals as spans, and the Five-Year Plan
 * period shaded on the year axis. Growth-rate indicators draw their rates as their own line.
 *
 * @summary Achieved values and the path a county's plan implies, on one honest line chart.
 *
 * @attr {string} county - County id, e.g. "hulan".
 * @attr {string} counties - Several county ids separated by spaces, e.g. "hulan tonghua" (wins over `county`).
 * @attr {string} indicator - Catalogue indicator id, e.g. "gdp"; its paired growth indicator (gdp-growth) is included.
 * @attr {boolean} indexed - Index values to base year = 100 (so counties of different sizes share the chart); "false" forces stated units; absent: automatic.
 * @attr {string} view - "level" (amounts or index), "rate" (growth in % a year) or "auto" (default).
 * @attr {number} base-year - Preferred base year of the index (default: the plan's base year).
 * @prop {Figure[]} figures - Figures given by code (e.g. the CLI's output for an unseen report); wins over the dataset.
 * @cssprop --county-chart-actual - Achieved line and dots (one county).
 * @cssprop --county-chart-estimate - Fill of estimated values.
 * @cssprop --county-chart-target - The planned path and its goal (one county).
 * @cssprop --county-chart-series-1 - First county's colour when several share the chart (…-2 to -5 likewise).
 */
export class CountyTrendLine extends ChartElement<TrendDescription> {
  static override styles = [...ChartElement.styles, trendLineStyles];

  @property() county?: string;
  @property() counties?: string;
  @property() indicator?: string;
  @property({ converter: indexedConverter }) indexed: boolean | 'auto' = 'auto';
  @property() view?: 'level' | 'rate' | 'auto';
  @property({ type: Number, attribute: 'base-year' }) baseYear?: number;
  @property({ attribute: false }) figures?: readonly Figure[];

  private _layout?: { d: TrendDescription; w: number; h: number; layout: TrendLayout };

  protected override needsDataset(): boolean {
    return !this.figures;
  }

  protected override describe({ dataset, lang }: DescribeInput): TrendDescription {
    const ids = (this.counties ?? this.county ?? '').split(/[\s,]+/).filter(Boolean);
    const view = this.view === 'level' || this.view === 'rate' ? this.view : 'auto';
    return describeTrend(dataset, this.figures, {
      counties: ids,
      indicator: this.indicator?.trim() || undefined,
      indexed: this.indexed,
      view,
      baseYear: this.baseYear && Number.isFinite(this.baseYear) ? this.baseYear : undefined,
      lang,
    });
  }

  /** The layout for this description and size (cached: tooltips and focus re-render without re-laying out). */
  private _layoutFor(d: TrendDescription, size: ChartSize): TrendLayout {
    const c = this._layout;
    if (c && c.d === d && c.w === size.width && c.h === size.height) return c.layout;
    const layout = trendLayout(d.model, size);
    this._layout = { d, w: size.width, h: size.height, layout };
    return layout;
  }

  protected override renderPlot(d: TrendDescription, size: ChartSize): SVGTemplateResult {
    const l = this._layoutFor(d, size);
    const { plot } = l;
    const active = this.activeMark;
    return svg`
      <g aria-hidden="true">
        ${l.bands.map(
          (
            b,
          ) => svg`${b.current ? svg`<rect class="band" x=${b.x0} y=${plot.top} width=${b.x1 - b.x0} height=${plot.bottom - plot.top}></rect>` : svg`<line class="band-edge" x1=${b.x0} x2=${b.x0} y1=${plot.top} y2=${plot.bottom}></line>`}
            <text class="band-label ${b.current ? 'current' : ''}" x=${b.x0 + 4} y=${plot.top - 5}>${b.label}</text>`,
        )}
        ${l.yTicks.map(
          (
            t,
          ) => svg`<line class=${t.value === 0 || (d.model.indexed && t.value === 100) ? 'axis' : 'grid'} x1=${plot.left} x2=${plot.right} y1=${t.pos} y2=${t.pos}></line>
            <text class="tick" x=${plot.left - 6} y=${t.pos} text-anchor="end" dominant-baseline="middle">${t.label}</text>`,
        )}
        ${l.xTicks.map((t) => svg`<text class="tick" x=${t.pos} y=${plot.bottom + 15} text-anchor="middle">${t.label}</text>`)}
        ${l.lines.map((ln) => {
          const c = d.colors[ln.seriesIndex]!;
          return svg`<path class="trend ${ln.role} ${ln.role === 'plan' ? c.plan : c.achieved}" d=${ln.d}></path>`;
        })}
        ${l.annotations.map((a) => svg`<text class="annotation" x=${a.x} y=${a.y} text-anchor=${a.anchor}>${a.text}</text>`)}
        ${l.labels.map((t) => svg`<text class="end-label" x=${t.x} y=${t.y} dominant-baseline="middle">${t.text}</text>`)}
      </g>
      ${d.items.map((it, i) =>
        it.type === 'point'
          ? this._point(d, l.marks[it.index]!, i, i === active)
          : this._span(d, l.spans[it.index]!, i, i === active),
      )}`;
  }

  private _point(d: TrendDescription, m: PlacedMark, i: number, active: boolean): SVGTemplateResult {
    const c = d.colors[m.seriesIndex]!;
    const color =
      m.kind === 'target' || m.kind === 'implied' ? c.plan : m.kind === 'estimate' ? c.estimate : c.achieved;
    const r = 4.5;
    const shape =
      m.shape === 'diamond'
        ? svg`<path class=${m.hollow ? 'hollow' : 'fill'} d="M${m.x},${m.y - r - 1.5}L${m.x + r + 1.5},${m.y}L${m.x},${m.y + r + 1.5}L${m.x - r - 1.5},${m.y}Z"></path>`
        : svg`<circle class=${m.hollow ? 'hollow' : 'fill'} cx=${m.x} cy=${m.y} r=${r}></circle>`;
    return this.mark(
      i,
      [svg`<circle class="hit" cx=${m.x} cy=${m.y} r="11"></circle>`, shape],
      `${color}${active ? ' active' : ''}`,
    );
  }

  private _span(d: TrendDescription, s: PlacedSpan, i: number, active: boolean): SVGTemplateResult {
    const c = d.colors[s.seriesIndex]!;
    const color = s.kind === 'target' || s.kind === 'implied' ? c.plan : c.achieved;
    const w = Math.max(2, s.x1 - s.x0);
    return this.mark(
      i,
      [
        svg`<rect class="hit" x=${s.x0} y=${s.y - 10} width=${w} height="20"></rect>`,
        svg`<rect class="span ${s.kind}" x=${s.x0} y=${s.y - 3} width=${w} height="6"></rect>`,
        // Left out where it would run into another text (the tooltip and the table carry it).
        ...(s.labelAt
          ? [
              svg`<text class="span-label" x=${s.labelAt.x} y=${s.labelAt.y} text-anchor="middle">${s.label}</text>`,
            ]
          : []),
      ],
      `${color}${active ? ' active' : ''}`,
    );
  }
}
