import { svg, type SVGTemplateResult } from 'lit';
import type { Figure } from '../../data/types.js';
import { canonicalIds } from '../../data/lookup.js';
import type { PointKind } from '../../data/series.js';
import { ChartElement, type DescribeInput } from '../core/chart-element.js';
import { chartErrors } from '../core/errors.js';
import { seriesClass, type ChartSize, type ColorClass } from '../core/view.js';
import { describeTrend, type TrendDescription } from './describe.js';
import { trendLayout, type TrendLayout } from './layout.js';
import { labels, markShapes, paths, type Label } from './marks.js';
import { trendLineStyles } from './styles.js';

/** The values of `view` (absent: auto). */
const VIEWS: readonly string[] = ['level', 'rate', 'auto'];

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

  // What editors write for the attribute this chart takes (read as it).
  static override attributeAliases = { indicators: 'indicator' };
  static override properties = {
    county: {},
    counties: {},
    indicator: {},
    // Absent: automatic ('auto'); present (or "true"): indexed; "false": stated units.
    indexed: { converter: (v: string | null) => (v === null ? 'auto' : v !== 'false') },
    view: {},
    baseYear: { type: Number, attribute: 'base-year' },
    figures: { attribute: false },
  };

  declare county?: string;
  declare counties?: string;
  declare indicator?: string;
  /** Index values to base year = 100: true, false (stated units) or 'auto' (the default, also when unset). */
  declare indexed?: boolean | 'auto';
  declare view?: 'level' | 'rate' | 'auto';
  declare baseYear?: number;
  declare figures?: readonly Figure[];

  /** The last layout (tooltips and focus re-render without laying out again). */
  private _laid?: { d: TrendDescription; width: number; height: number; l: TrendLayout };

  protected override needsDataset(): boolean {
    return !this.figures;
  }

  protected override describe({ dataset, lang }: DescribeInput): TrendDescription {
    const view = this.view?.trim().toLowerCase();
    if (view && !VIEWS.includes(view)) throw chartErrors.invalidAttribute('view', view, VIEWS);
    return describeTrend(dataset, this.figures, {
      // Editors' spellings (Tonghua, 通化县, GDP_growth, commas) resolve to catalogue ids.
      counties: canonicalIds(dataset?.counties, this.counties ?? this.county),
      indicator: canonicalIds(dataset?.indicators, this.indicator).join(' ') || undefined,
      indexed: this.indexed ?? 'auto',
      view: view === 'level' || view === 'rate' ? view : undefined,
      baseYear: Number.isFinite(this.baseYear) ? this.baseYear : undefined,
      lang,
    });
  }

  protected override renderPlot(d: TrendDescription, size: ChartSize): SVGTemplateResult {
    const { width, height } = size;
    const c = this._laid;
    const l = c?.d === d && c.width === width && c.height === height ? c.l : trendLayout(d.model, size);
    this._laid = { d, width, height, l };
    const { left, top, bottom } = l.plot;
    const multi = d.model.series.length > 1;
    // The county's colour when several share the chart; else by kind (goals and the plan in the target colour).
    const color = (seriesIndex: number, kind: PointKind): ColorClass =>
      multi
        ? seriesClass(seriesIndex)
        : kind === 'target' || kind === 'implied'
          ? 'c-target'
          : kind === 'estimate'
            ? 'c-estimate'
            : 'c-actual';
    const band = l.bands.find((b) => b.current);
    // Behind the marks, hidden from screen readers: the shaded plan period, the grid and the
    // baseline, the lines (achieved solid, planned dashed), then every text.
    const backdrop = band
      ? svg`<rect class="band" x=${band.x0} y=${top} width=${band.x1 - band.x0} height=${bottom - top}></rect><path class="grid" d=${l.grid}></path><path class="axis" d=${l.axis}></path>`
      : svg`<path class="grid" d=${l.grid}></path><path class="axis" d=${l.axis}></path>`;
    const lines = l.lines.map(
      (ln) =>
        [
          `trend ${ln.role} ${color(ln.seriesIndex, ln.role === 'plan' ? 'target' : 'actual')}`,
          ln.d,
        ] as const,
    );
    const texts: Label[] = [
      ...l.bands
        .filter((b) => b.label)
        .map((b): Label => [`band-label${b.current ? ' current' : ''}`, b.x0 + 4, top - 5, b.label]),
      ...l.yTicks.map((t): Label => ['tick y-tick', left - 6, t.pos, t.label]),
      ...l.xTicks.map((t): Label => ['tick', t.pos, bottom + 15, t.label]),
      ...l.annotations.map((a): Label => ['annotation', a.x, a.y, a.text]),
      ...l.labels.map((t): Label => ['end-label', t.x, t.y, t.text]),
    ];
    return svg`<g aria-hidden="true">${labels(texts, paths(lines, backdrop))}</g>${l.items.map((m, i) =>
      this.mark(i, markShapes(m), color(m.seriesIndex, m.kind) + (i === this.activeMark ? ' active' : '')),
    )}`;
  }
}
