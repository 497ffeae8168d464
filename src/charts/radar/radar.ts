import { html, nothing, svg, type SVGTemplateResult } from 'lit';
import {
  ComparisonError,
  radarComparison,
  type RadarComparison,
  type RadarKind,
} from '../../data/comparison.js';
import { parseDataset } from '../../data/load.js';
import { canonicalIds } from '../../data/lookup.js';
import type { Dataset } from '../../data/types.js';
import {
  ChartDataError,
  chartErrors,
  ChartElement,
  chartEvent,
  pick,
  seriesClass,
  type ChartDescription,
  type ChartSize,
  type DescribeInput,
} from '../core/index.js';
import { axisValueText, bilingual, describeRadar, radarText, type RadarStringKey } from './describe.js';
import { radarLayout, type RadarLayout } from './layout.js';
import { gapShape, inline, inlineHtml, labelledVertexShapes, panelTemplate, vertexShapes } from './marks.js';
import { radarStyles } from './styles.js';

export interface RadarDescription extends ChartDescription {
  readonly comparison: RadarComparison;
}

const KINDS: readonly RadarKind[] = ['target', 'actual', 'latest'];
const MULTIPLES = ['auto', 'always', 'never'] as const;

const split = (v: string | undefined): string[] => (v ?? '').split(/[\s,]+/).filter(Boolean);

/** `reference`: a county id, or per-indicator values "gdp-growth:6.5 grain-area:300000" (canonical units). */
function parseReference(value: string | undefined): string | Record<string, number> | undefined {
  const parts = split(value);
  if (parts.length === 1 && !/[:=]/.test(parts[0])) return parts[0];
  if (!parts.length) return undefined;
  return Object.fromEntries(
    parts.map((part) => {
      const [id, raw] = part.split(/[:=]/);
      const n = Number(raw);
      if (!id || !Number.isFinite(n))
        throw chartErrors.invalidAttribute('reference', value ?? '', ['county-id', 'indicator:value …']);
      return [id, n];
    }),
  );
}

/** The data layer's comparison errors as the core's bilingual chart errors. */
function chartError({ code, subject = '', message }: ComparisonError, dataset: Dataset): ChartDataError {
  if (code === 'unknown-county')
    return chartErrors.unknownCounty(
      subject,
      dataset.counties.map((c) => c.id),
    );
  if (code === 'unknown-indicator')
    return chartErrors.unknownIndicator(
      subject,
      dataset.indicators.map((i) => i.id),
    );
  return code === 'no-data'
    ? new ChartDataError(code, { 'zh-CN': `所选县区没有可比较的共同指标（${message}）`, en: message })
    : new ChartDataError('invalid-attribute', { 'zh-CN': `指标 "${subject}" 不能跨县比较`, en: message });
}

const checked = new WeakSet<object>();

/**
 * A comparison handed over by code (`.comparison`) is checked like a dataset before it is drawn: its
 * counties, indicators and the figures behind its vertices against the dataset contract, one value
 * per axis, every vertex's numbers finite. Checked once per object.
 * @throws ChartDataError 'malformed-data' naming the bad part (junk fails on its first missing part).
 */
function checkComparison(c: RadarComparison): RadarComparison {
  if (!checked.has(c)) {
    try {
      if (!KINDS.includes(c.kind)) throw Error(`kind must be one of ${KINDS.join(', ')}`);
      parseDataset({
        counties: c.series.map((s) => s.county),
        indicators: c.axes.map((a) => a.indicator),
        figures: c.series.flatMap((s, i) =>
          s.values.flatMap((v, a) => {
            if (
              s.values.length !== c.axes.length ||
              (v.status !== 'not-reported' &&
                !(v.status === 'reported' && Number.isFinite(v.value + v.normalized + (v.valueHi ?? 0))))
            )
              throw Error(
                `series[${i}].values[${a}]: one value per axis, reported with finite numbers or not-reported`,
              );
            return v.status === 'reported' ? [v.figure] : [];
          }),
        ),
      });
    } catch (error) {
      throw chartErrors.malformed(`comparison: ${error instanceof Error ? error.message : String(error)}`);
    }
    checked.add(c);
  }
  return c;
}

/**
 * Radars on one page often ask the same question of the same dataset: describe each question once
 * (per dataset, attributes, language and counties switched off).
 */
const descriptions = new WeakMap<Dataset, Map<string, RadarDescription>>();

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
  // What editors write for the attribute this chart takes (read as it).
  static override attributeAliases = { county: 'counties', indicator: 'indicators' };
  static override properties = {
    counties: {},
    indicators: {},
    kind: {},
    reference: {},
    highlight: {},
    smallMultiples: { attribute: 'small-multiples' },
    comparison: { attribute: false },
  };

  declare counties?: string;
  declare indicators?: string;
  /** Default `target` (also when the attribute is removed). */
  declare kind?: RadarKind | null;
  declare reference?: string;
  declare highlight?: string;
  /** Default `auto` (also when the attribute is removed). */
  declare smallMultiples?: (typeof MULTIPLES)[number] | null;
  declare comparison?: RadarComparison;

  /** Counties switched off in the legend (changing it asks for a new description). */
  private _hidden = new Set<string>();
  /** County under the pointer or focus in the legend (view only: no new description). */
  private _hover?: string;
  /** County pinned by clicking its name in the legend. */
  private _pinned?: string;
  /** The last layout and what it was made from: a render with the same inputs (the idle data table's) reuses it. */
  private _layout?: { readonly inputs: readonly unknown[]; readonly layout: RadarLayout };

  protected override needsDataset(): boolean {
    return !this.comparison;
  }

  protected override describe({ dataset, lang }: DescribeInput): RadarDescription {
    // Enumerated attributes as an editor may type them: ` Target`, `LATEST`.
    const kind = (this.kind?.trim().toLowerCase() || 'target') as RadarKind;
    const multiples = (this.smallMultiples?.trim().toLowerCase() || 'auto') as (typeof MULTIPLES)[number];
    if (!KINDS.includes(kind)) throw chartErrors.invalidAttribute('kind', kind, KINDS);
    if (!MULTIPLES.includes(multiples))
      throw chartErrors.invalidAttribute('small-multiples', multiples, MULTIPLES);
    const given = this.comparison && checkComparison(this.comparison);
    const data = dataset ?? { counties: given!.series.map((s) => s.county), indicators: [], figures: [] };
    // A comparison given by code is described afresh; the attributes' question is cached per dataset.
    const key = given
      ? ''
      : JSON.stringify([this.counties, this.indicators, kind, this.reference, lang, [...this._hidden]]);
    let cache = descriptions.get(data);
    if (!cache) descriptions.set(data, (cache = new Map()));
    let d = cache.get(key);
    if (!d) {
      let comparison = given;
      if (!comparison) {
        const reference = parseReference(this.reference);
        try {
          comparison = radarComparison(data, {
            counties: canonicalIds(dataset?.counties, this.counties),
            indicators: canonicalIds(dataset?.indicators, this.indicators),
            kind,
            ...(reference === undefined ? {} : { reference }),
          });
        } catch (error) {
          throw error instanceof ComparisonError ? chartError(error, data) : error;
        }
      }
      d = { ...describeRadar(comparison, data, { lang, hidden: this._hidden }), comparison };
      if (key) cache.set(key, d);
    }
    return d;
  }

  /** Keyboard: ←/→ go round the axes of one county, ↑/↓ move to the same axis of the previous/next county. */
  protected override nextMarkIndex(current: number, key: string, count: number): number {
    const axes = this.description?.comparison.axes.length ?? 1;
    const from = Math.max(0, Math.min(current, count - 1));
    const axis = from % axes;
    const to =
      key === 'ArrowRight'
        ? from - axis + ((axis + 1) % axes)
        : key === 'ArrowLeft'
          ? from - axis + ((axis + axes - 1) % axes)
          : /Down$/.test(key) // ArrowDown, PageDown
            ? from + axes
            : /Up$/.test(key)
              ? from - axes
              : NaN;
    // Home and End as the core has them; no move past the first or last county.
    return Number.isNaN(to) ? super.nextMarkIndex(current, key, count) : to >= 0 && to < count ? to : from;
  }

  /** The legend's buttons: the swatch switches a county on or off, the name pins its highlight. */
  private _onLegend(event: Event): void {
    const button = (event.target as Element).closest('button');
    const county = button?.dataset.county;
    const { type } = event;
    if (type === 'keydown') {
      // Keys belong to the buttons here, not to the plot's mark navigation.
      event.stopPropagation();
    } else if (type === 'click') {
      if (!county) return;
      if (button.classList.contains('legend-toggle')) {
        const hide = !this._hidden.delete(county);
        if (hide) this._hidden.add(county);
        if (hide && (this._pinned === county || this._hover === county))
          this._pinned = this._hover = undefined;
        this.requestUpdate('_hidden');
        this.dispatchEvent(chartEvent('county-toggle', { county, hidden: hide }));
      } else {
        this._pinned = this._pinned === county ? undefined : county;
        this.requestUpdate();
      }
    } else {
      // pointerover / focusin highlight the county under the pointer or focus; pointerleave / focusout end it.
      this._hover = /over|in$/.test(type) && county && !this._hidden.has(county) ? county : undefined;
      this.requestUpdate();
    }
  }

  protected override renderPlot(d: RadarDescription, size: ChartSize): SVGTemplateResult {
    const lang = this.language;
    const w = bilingual(lang);
    const active = this.activeMark;
    const { axes, series } = d.comparison;
    // Emphasised: the county under the pointer or focus in the legend, of the active mark, pinned, or `highlight`.
    const hl = this._hover ?? d.marks[active]?.select.county ?? this._pinned ?? this.highlight ?? '';
    const m = this.smallMultiples;
    const smallMultiples = !m || m === 'auto' ? 'auto' : m === 'always';
    const inputs = [
      d.comparison,
      size.width,
      size.height,
      lang,
      hl,
      [...this._hidden].join(' '),
      smallMultiples,
    ];
    const last = this._layout;
    const l =
      last && inputs.every((v, i) => v === last.inputs[i])
        ? last.layout
        : radarLayout(d.comparison, size, { lang, highlight: hl, hidden: this._hidden, smallMultiples });
    this._layout = { inputs, layout: l };
    // Direct labels for the emphasised county's values, just inside each vertex, on one radar of at most
    // eight axes and not near the centre, where they would crowd each other (tooltip and table give every value).
    const labelled = l.mode === 'single' && axes.length <= 8 ? hl : undefined;
    const onLegend = this._onLegend;
    // Legend: a toggle (swatch) and a pin (name) per county, then the keys that apply.
    const legend = series.map(({ county: { id, name: names } }, i) => {
      const name = pick(names, lang);
      const off = this._hidden.has(id);
      // One line, no whitespace between tags: each run of it would be a text node in every chart.
      // prettier-ignore
      return html`<li class="legend-item ${seriesClass(i)}${id === hl ? ' highlighted' : ''}${off ? ' off' : ''}"><button class="button legend-toggle" data-county=${id} aria-pressed=${!off} aria-label=${w('显示', 'Show ') + name}><svg class="swatch" width="12" height="12" aria-hidden="true"><circle cx="6" cy="6" r="5"></circle></svg></button><button class="button legend-name" data-county=${id} aria-pressed=${this._pinned === id} aria-label=${w('突出显示', 'Highlight ') + name} ?disabled=${off}>${name}</button></li>`;
    });
    // The keys that apply, each in its own part: the counties' part keeps its item count (and so its
    // buttons, and the focus on them) when a toggle changes which keys apply.
    const key = (on: boolean, text: RadarStringKey) =>
      on ? html`<li class="legend-key" aria-hidden="true">${radarText(text, lang)}</li>` : nothing;
    const panel = {
      mode: l.mode,
      activeIndicator: d.marks[active]?.select.indicator,
      mixedPeriods: axes.map((a) => a.mixedPeriods),
    };
    const angles = l.panels[0]?.axes.map((a) => a.angle) ?? [];
    // The legend's HTML sits in the SVG template itself: a foreignObject's children parse as HTML.
    return svg`<foreignObject width=${size.width} height=${Math.max(1, l.legendHeight)}><ul class="radar-legend" part="legend" aria-label=${w('县（点击显示或隐藏）', 'Counties (click to show or hide)')} @click=${onLegend} @keydown=${onLegend} @pointerover=${onLegend} @pointerleave=${onLegend} @focusin=${onLegend} @focusout=${onLegend}>${inlineHtml(legend)}${key(l.hasGaps, 'gapKey')}${key(l.mixedKinds, 'kindKey')}</ul></foreignObject>${inline(
      l.panels.map((p) => panelTemplate(p, panel)),
    )}${inline(
      l.marks.map(({ county, axis, x, y, value: v, colorIndex, dimmed }, i) =>
        this.mark(
          i,
          v.status !== 'reported'
            ? gapShape(x, y, i === active)
            : // Inside the mark (role=img), so a screen reader hears the mark's label, not this text twice.
              county === labelled && v.normalized >= 0.3
              ? labelledVertexShapes(x, y, v.kind, i === active, angles[axis], axisValueText(v, lang))
              : vertexShapes(x, y, v.kind, i === active),
          dimmed ? `${seriesClass(colorIndex)} dimmed` : seriesClass(colorIndex),
        ),
      ),
    )}`;
  }
}
