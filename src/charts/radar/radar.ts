import { html, nothing, svg, type SVGTemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  ComparisonError,
  radarComparison,
  type RadarComparison,
  type RadarComparisonOptions,
  type RadarKind,
} from '../../data/comparison.js';
import type { Dataset } from '../../data/types.js';
import { ChartDataError, chartErrors, ChartElement, seriesClass, type DescribeInput } from '../core/index.js';
import type { ChartDescription, ChartSize } from '../core/view.js';
import { checkComparison } from './check-comparison.js';
import { axisValueText, describeRadar, radarMarkKey } from './describe.js';
import { radarLayout, type RadarLayout, type RadarPanel } from './layout.js';
import { radarText } from './strings.js';
import { radarStyles } from './styles.js';

export interface RadarDescription extends ChartDescription {
  readonly comparison: RadarComparison;
}

const KINDS: readonly RadarKind[] = ['target', 'actual', 'latest'];
const MULTIPLES = ['auto', 'always', 'never'] as const;
type MultiplesOption = (typeof MULTIPLES)[number];

const split = (v: string | undefined): string[] => (v ?? '').split(/[\s,]+/).filter(Boolean);

/** `reference`: a county id, or per-indicator values "gdp-growth:6.5 grain-area:300000" (canonical units). */
function parseReference(value: string | undefined): string | Record<string, number> | undefined {
  const parts = split(value);
  if (parts.length === 0) return undefined;
  if (parts.length === 1 && !/[:=]/.test(parts[0])) return parts[0];
  const out: Record<string, number> = {};
  for (const p of parts) {
    const [id, raw] = p.split(/[:=]/);
    const n = Number(raw);
    if (!id || !Number.isFinite(n))
      throw chartErrors.invalidAttribute('reference', value ?? '', ['county-id', 'indicator:value …']);
    out[id] = n;
  }
  return out;
}

/**
 * Radars on one page often ask the same question of the same dataset: compute each comparison once.
 * (Its vertices also key the formatted texts in describe.ts, so those are shared too.)
 */
const comparisons = new WeakMap<Dataset, Map<string, RadarComparison>>();
function cachedComparison(dataset: Dataset, options: RadarComparisonOptions): RadarComparison {
  const key = JSON.stringify(options);
  let perDataset = comparisons.get(dataset);
  if (!perDataset) comparisons.set(dataset, (perDataset = new Map()));
  let comparison = perDataset.get(key);
  if (!comparison) {
    comparison = radarComparison(dataset, options);
    perDataset.set(key, comparison);
  }
  return comparison;
}

/** Map the data layer's comparison errors onto the core's bilingual chart errors. */
function chartError(error: ComparisonError, dataset: Dataset): ChartDataError {
  switch (error.code) {
    case 'unknown-county':
      return chartErrors.unknownCounty(
        error.subject ?? '',
        dataset.counties.map((c) => c.id),
      );
    case 'unknown-indicator':
      return chartErrors.unknownIndicator(error.subject ?? '');
    case 'not-comparable':
      return new ChartDataError('invalid-attribute', {
        'zh-CN': `指标 "${error.subject}" 不能跨县比较`,
        en: `Indicator "${error.subject}" cannot be compared across counties`,
      });
    default:
      return new ChartDataError('no-data', {
        'zh-CN': `所选县区没有可比较的共同指标（${error.message}）`,
        en: error.message,
      });
  }
}

/**
 * Counties compared on the indicators they share: one polygon per county on axes normalised to the
 * best shown value (or a stated reference), lower-is-better axes inverted and labelled so. A county
 * that does not report an indicator gets a gap in its outline and a × on that axis, never a zero.
 * Narrow widths or more than four counties switch to small multiples (one radar per county), fitted
 * into the chart's box: the box comes from the width alone, so the page never moves when data arrives.
 *
 * @summary Compare counties on the indicators they share, every vertex traced to its sentence.
 *
 * @attr {string} counties - County ids separated by spaces (default: every county in the dataset).
 * @attr {string} indicators - Indicator ids separated by spaces (default: comparable indicators at least two chosen counties report).
 * @attr {'target'|'actual'|'latest'} kind - Targets, results (actual and 预计 estimates), or each county's latest figure (its most recent result, else its nearest target). Default `target`.
 * @attr {string} reference - What 100% means on each axis: a county id ("tonghua"), or values per indicator in its canonical unit ("gdp-growth:6.5 rural-roads:100"). Default: the best shown value.
 * @attr {string} highlight - County id to emphasise (the others are dimmed).
 * @attr {'auto'|'always'|'never'} small-multiples - One small radar per county: automatically below 480 px or with more than four counties (default `auto`).
 * @prop {RadarComparison} comparison - A ready comparison (from `radarComparison()`), given by code; wins over the attributes.
 * @fires {CustomEvent<{county: string, hidden: boolean}>} county-toggle - The reader switched a county on or off in the legend.
 * @cssprop --county-chart-series-1 - First county's colour (…-2 to -5 likewise).
 * @cssprop --county-chart-aspect-ratio - Width / height of the chart (default 1, or 1 / 4 below 480 px where the small multiples stack; clamped by --county-chart-min-height / -max-height, defaults 360px and 640px, or 1920px below 480 px).
 */
export class CountyRadar extends ChartElement<RadarDescription> {
  static override styles = [...ChartElement.styles, radarStyles];

  @property() counties?: string;
  @property() indicators?: string;
  // Removing an attribute hands the converter null: fall back to the default, not "null".
  @property({ converter: { fromAttribute: (v: string | null) => v ?? 'target' } }) kind: RadarKind = 'target';
  @property() reference?: string;
  @property() highlight?: string;
  @property({ attribute: 'small-multiples', converter: { fromAttribute: (v: string | null) => v ?? 'auto' } })
  smallMultiples: MultiplesOption = 'auto';
  @property({ attribute: false }) comparison?: RadarComparison;

  /** Counties switched off in the legend. */
  @state() private _hidden: ReadonlySet<string> = new Set();
  /** County under the pointer or focus in the legend (view only: no re-describe). */
  private _hover?: string;
  /** County pinned by clicking its name in the legend. */
  private _pinned?: string;

  private _layout?: { d: RadarDescription; w: number; h: number; hl: string; layout: RadarLayout };

  protected override needsDataset(): boolean {
    return !this.comparison;
  }

  protected override describe({ dataset, lang }: DescribeInput): RadarDescription {
    if (!KINDS.includes(this.kind)) throw chartErrors.invalidAttribute('kind', String(this.kind), KINDS);
    if (!MULTIPLES.includes(this.smallMultiples)) {
      throw chartErrors.invalidAttribute('small-multiples', String(this.smallMultiples), MULTIPLES);
    }
    let comparison = this.comparison && checkComparison(this.comparison);
    const data: Dataset = dataset ?? {
      counties: comparison?.series.map((s) => s.county) ?? [],
      indicators: comparison?.axes.map((a) => a.indicator) ?? [],
      figures: [],
    };
    if (!comparison) {
      const reference = parseReference(this.reference);
      try {
        comparison = cachedComparison(data, {
          counties: split(this.counties),
          indicators: split(this.indicators),
          kind: this.kind,
          ...(reference === undefined ? {} : { reference }),
        });
      } catch (error) {
        throw error instanceof ComparisonError ? chartError(error, data) : error;
      }
    }
    const hidden = new Set(
      [...this._hidden].filter((id) => comparison.series.some((s) => s.county.id === id)),
    );
    return { ...describeRadar(comparison, data, { lang, hidden }), comparison };
  }

  /** Keyboard: ←/→ go round the axes of one county, ↑/↓ move to the same axis of the previous/next county. */
  protected override nextMarkIndex(current: number, key: string, count: number): number {
    const axes = this.description?.comparison.axes.length ?? 1;
    if (count <= 0) return -1;
    const from = current < 0 ? 0 : Math.min(current, count - 1);
    const county = Math.floor(from / axes);
    const axis = from % axes;
    const counties = Math.ceil(count / axes);
    switch (key) {
      case 'ArrowRight':
        return county * axes + ((axis + 1) % axes);
      case 'ArrowLeft':
        return county * axes + ((axis - 1 + axes) % axes);
      case 'ArrowDown':
      case 'PageDown':
        return Math.min(counties - 1, county + 1) * axes + axis;
      case 'ArrowUp':
      case 'PageUp':
        return Math.max(0, county - 1) * axes + axis;
      case 'Home':
        return 0;
      case 'End':
        return count - 1;
      default:
        return from;
    }
  }

  /** The county emphasised now: legend hover/focus, then the active mark, then the pinned or `highlight` county. */
  private _highlighted(d: RadarDescription): string {
    if (this._hover) return this._hover;
    const active = this.activeMark >= 0 ? d.marks[this.activeMark]?.select.county : undefined;
    return active ?? this._pinned ?? this.highlight ?? '';
  }

  private _layoutFor(d: RadarDescription, size: ChartSize, highlight: string): RadarLayout {
    const c = this._layout;
    if (c && c.d === d && c.w === size.width && c.h === size.height && c.hl === highlight) return c.layout;
    const option = this.smallMultiples === 'auto' ? 'auto' : this.smallMultiples === 'always';
    const layout = radarLayout(d.comparison, size, {
      lang: this.language,
      highlight: highlight || null,
      hidden: this._hidden,
      smallMultiples: option,
    });
    this._layout = { d, w: size.width, h: size.height, hl: highlight, layout };
    return layout;
  }

  private _toggle(county: string): void {
    const hidden = new Set(this._hidden);
    const hide = !hidden.has(county);
    if (hide) hidden.add(county);
    else hidden.delete(county);
    this._hidden = hidden;
    if (hide && (this._pinned === county || this._hover === county)) this._pinned = this._hover = undefined;
    this.dispatchEvent(
      new CustomEvent('county-toggle', { detail: { county, hidden: hide }, bubbles: true, composed: true }),
    );
  }

  private _pin(county: string): void {
    this._pinned = this._pinned === county ? undefined : county;
    this.requestUpdate();
  }

  private _setHover(county: string | undefined): void {
    if (this._hover === county) return;
    this._hover = county;
    this.requestUpdate();
  }

  private _legend(d: RadarDescription, l: RadarLayout, highlight: string): SVGTemplateResult {
    const lang = this.language;
    const stop = (e: KeyboardEvent) => {
      // Arrow keys belong to the buttons here, not to the plot's mark navigation.
      if (e.key.startsWith('Arrow') || e.key === 'Home' || e.key === 'End') e.stopPropagation();
    };
    return svg`<foreignObject x="0" y="0" width=${l.width} height=${Math.max(1, l.legendHeight)}>
      ${html`<ul class="radar-legend" aria-label=${radarText('legendLabel', lang)} @keydown=${stop}>
        ${l.legend.map((item) => {
          const cls = seriesClass(item.colorIndex);
          const shownLabel = lang === 'zh-CN' ? `显示${item.label}` : `Show ${item.label}`;
          const name = lang === 'zh-CN' ? `突出显示${item.label}` : `Highlight ${item.label}`;
          const gaps = item.notReported.length
            ? `${radarText('notReported', lang)}: ${item.notReported.join(lang === 'zh-CN' ? '、' : ', ')}`
            : nothing;
          return html`<li
            class="${cls} legend-item ${item.county === highlight ? 'highlighted' : ''} ${item.hidden ? 'off' : ''}"
            @pointerenter=${() => !item.hidden && this._setHover(item.county)}
            @pointerleave=${() => this._setHover(undefined)}
            @focusin=${() => !item.hidden && this._setHover(item.county)}
            @focusout=${() => this._setHover(undefined)}
          >
            <button
              type="button"
              class="legend-toggle"
              aria-pressed=${item.hidden ? 'false' : 'true'}
              aria-label=${shownLabel}
              data-county=${item.county}
              @click=${() => this._toggle(item.county)}
            >
              <svg class="legend-swatch" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
                <circle class=${item.hidden ? 'off' : 'on'} cx="6" cy="6" r="5"></circle>
              </svg>
            </button>
            <button
              type="button"
              class="legend-name"
              aria-pressed=${this._pinned === item.county ? 'true' : 'false'}
              aria-label=${name}
              title=${gaps}
              data-county=${item.county}
              ?disabled=${item.hidden}
              @click=${() => this._pin(item.county)}
            >
              ${item.label}
            </button>
          </li>`;
        })}
        ${l.hasGaps ? html`<li class="legend-key" aria-hidden="true">${radarText('gapKey', lang)}</li>` : nothing}
        ${l.mixedKinds ? html`<li class="legend-key" aria-hidden="true">${radarText('kindKey', lang)}</li>` : nothing}
      </ul>`}
    </foreignObject>`;
  }

  private _panel(
    p: RadarPanel,
    d: RadarDescription,
    l: RadarLayout,
    index: Map<string, number>,
  ): SVGTemplateResult {
    const active = this.activeMark;
    const activeAxis = active >= 0 ? d.marks[active]?.select.indicator : undefined;
    const outer = p.rings[p.rings.length - 1];
    const ones = p.rings.find((r) => Math.abs(r.level - 1) < 1e-9);
    return svg`<g class="panel">
      <g aria-hidden="true">
        ${p.rings.map((r) => svg`<path class="ring ${r === ones || r === outer ? 'ring-outer' : ''}" d=${r.path}></path>`)}
        ${p.axes.map((a) => svg`<line class="spoke" x1=${a.x1} y1=${a.y1} x2=${a.x2} y2=${a.y2}></line>`)}
        ${p.rings.map((r) => (r.label ? svg`<text class="ring-label" x=${r.label.x} y=${r.label.y}>${r.label.text}</text>` : nothing))}
        ${p.title ? svg`<text class="panel-title" x=${p.title.x} y=${p.title.y} text-anchor="middle">${p.title.text}</text>` : nothing}
        ${p.axes.map((a) => {
          const lines = a.label.lines.map((line, i) =>
            i === a.label.lines.length - 1 && a.mixedPeriods ? `${line}*` : line,
          );
          return svg`<text class="axis-label ${a.indicator === activeAxis ? 'active' : ''}" text-anchor=${a.label.anchor}>
            ${lines.map((line, i) => svg`<tspan x=${a.label.x} y=${a.label.firstBaseline + i * a.label.lineHeight}>${line}</tspan>`)}
            ${a.label.note ? svg`<tspan class="note" x=${a.label.x} y=${a.label.firstBaseline + lines.length * a.label.lineHeight}>${a.label.note}</tspan>` : nothing}
            ${a.label.truncated ? svg`<title>${a.label.full}</title>` : nothing}
          </text>`;
        })}
        ${p.shapes.map(
          (
            s,
          ) => svg`<g class="shape ${seriesClass(s.colorIndex)} ${s.highlighted ? 'highlighted' : ''} ${s.dimmed ? 'dimmed' : ''}">
            ${s.fill ? svg`<path class="area" d=${s.fill}></path>` : nothing}
            ${s.outline.map((o) => svg`<path class="outline" d=${o}></path>`)}
          </g>`,
        )}
      </g>
      ${this._marks(p, d, l, index)}
    </g>`;
  }

  /**
   * The focusable marks, always in reading order (county by county, axis by axis) whatever is
   * highlighted: re-ordering them would hand a focused node to another mark.
   */
  private _marks(
    p: RadarPanel,
    d: RadarDescription,
    l: RadarLayout,
    index: Map<string, number>,
  ): SVGTemplateResult {
    const active = this.activeMark;
    const shapes = [...p.shapes].sort((a, b) => a.colorIndex - b.colorIndex);
    const marks = shapes.flatMap((s) => {
      const cls = `${seriesClass(s.colorIndex)} ${s.dimmed ? 'dimmed' : ''}`;
      return [...s.vertices, ...s.gaps]
        .sort((a, b) => a.axis - b.axis)
        .map((m) => {
          const i = index.get(radarMarkKey(m.county, m.value.indicator)) ?? -1;
          if (m.kind === 'vertex') {
            return this.mark(
              i,
              svg`<circle class="hit" cx=${m.x} cy=${m.y} r="8"></circle>
                <circle class="vertex ${m.value.kind}" cx=${m.x} cy=${m.y} r=${i === active ? 5 : 3.5}></circle>`,
              cls,
            );
          }
          const { x, y } = m;
          return this.mark(
            i,
            svg`<circle class="hit" cx=${x} cy=${y} r="7"></circle>
              <path class="gap-mark" d="M${x - 3.5},${y - 3.5}L${x + 3.5},${y + 3.5}M${x + 3.5},${y - 3.5}L${x - 3.5},${y + 3.5}"></path>`,
            `${cls} gap`,
          );
        });
    });
    // Direct labels for the emphasised county, just inside each vertex (gap marks and axis labels sit outside).
    // Near the centre they would pile up: those values stay in the tooltip and the table.
    // With many axes the labels would crowd each other: then only the tooltip and the table give values.
    const emphasised =
      l.mode === 'single' && p.axes.length <= 8 ? p.shapes.find((s) => s.highlighted) : undefined;
    const labels = (emphasised?.vertices ?? [])
      .filter((v) => v.value.normalized >= 0.3)
      .map((v) => {
        const angle = p.axes[v.axis].angle;
        const cos = Math.cos(angle);
        return svg`<text class="value-label" x=${v.x - cos * 10} y=${v.y - Math.sin(angle) * 10 + 4}
          text-anchor=${cos < -0.25 ? 'start' : cos > 0.25 ? 'end' : 'middle'}>${axisValueText(v.value, this.language)}</text>`;
      });
    return svg`${marks}<g aria-hidden="true">${labels}</g>`;
  }

  protected override renderPlot(d: RadarDescription, size: ChartSize): SVGTemplateResult {
    const highlight = this._highlighted(d);
    const l = this._layoutFor(d, size, highlight);
    const index = new Map(d.marks.map((m, i) => [m.key, i]));
    return svg`<g class=${l.mode}>${this._legend(d, l, highlight)}${l.panels.map((p) => this._panel(p, d, l, index))}</g>`;
  }
}
