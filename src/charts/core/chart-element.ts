import {
  html,
  LitElement,
  nothing,
  svg,
  type PropertyValues,
  type SVGTemplateResult,
  type TemplateResult,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Dataset } from '../../data/types.js';
import { baseStyles } from './base-styles.js';
import { tableTemplate } from './data-table.js';
import {
  getDefaultDatasetSource,
  onDefaultDatasetSourceChange,
  resolveDatasetSource,
  checkDataset,
  fetchDataset,
} from './dataset-source.js';
import { toChartError, type ChartDataError } from './errors.js';
import { chartEvent, type CountyDataErrorDetail } from './events.js';
import type { ChartExport, ExportFormat } from './export.js';
import { exportMenuTemplate } from './export-menu.js';
import { headerTemplate, legendTemplate } from './frame.js';
import { nextMarkIndex, NAV_KEYS } from './keyboard.js';
import { resolveLang, uiText, type Lang } from './language.js';
import { observeSize, sameSize } from './sizing.js';
import { themeStyles } from './theme.js';
import { staticFrameTemplate } from './static-frame.js';
import { positionTooltip, tooltipTemplate } from './tooltip.js';
import type { ChartDescription, ChartSize } from './view.js';

/** What `describe()` receives. `dataset` is undefined only when `needsDataset()` returned false. */
export interface DescribeInput {
  readonly dataset: Dataset | undefined;
  readonly lang: Lang;
}

type Status = 'waiting' | 'loading' | 'ready' | 'error';

// Changes to these only redraw; any other property change (data, lang, chart attributes) re-describes.
const VIEW_ONLY = new Set<PropertyKey>([
  '_size',
  '_active',
  '_tip',
  '_tableReady',
  'theme',
  'showTable',
  'height',
]);

const idle = (cb: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(cb, { timeout: 1500 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(cb, 50);
  return () => clearTimeout(id);
};

/**
 * The base of every county chart. Owns sizing, theme, language, dataset resolution, the loading /
 * error / empty states, the words around the plot, tooltip, keyboard navigation, summary and
 * data table. A chart subclass implements `describe()` (data → words, marks, table) and
 * `renderPlot()` (description + size → SVG), and wraps each focusable mark with `this.mark()`.
 *
 * @attr {string} src - URL of a dataset JSON (fetched once per page, validated).
 * @attr {'light'|'dark'|'auto'} theme - Colour theme; `auto` (default) follows prefers-color-scheme.
 * @attr {number} height - Height in px; default: from the width by `--county-chart-aspect-ratio`, clamped.
 * @attr {boolean} show-table - Show the data table in place of the plot.
 * @attr {string} lang - zh-CN or en; default: the nearest `lang` in the page.
 * @prop {Dataset} data - The dataset as an object (wins over `src` and the page default).
 * @fires {CustomEvent<CountySelectDetail>} county-select - A mark was activated (click, tap, Enter, Space).
 * @fires {CustomEvent<CountyDataErrorDetail>} county-data-error - The chart shows its error state.
 * @csspart title - The chart title.
 * @csspart subtitle - The line under the title.
 * @csspart legend - The legend list.
 * @csspart plot - The box holding the SVG plot (and the visible table).
 * @csspart tooltip - The tooltip.
 * @csspart table - The data table's wrapper.
 * @csspart source - The source line.
 * @csspart notes - Notes under the plot.
 * @csspart error - The error message (role="alert").
 * @csspart table-toggle - The show-table / show-chart button.
 * @csspart export - The download menu (SVG, PNG at 2×, CSV); hidden in print.
 * @cssprop --county-chart-font - Font stack (default: PingFang SC, Hiragino Sans GB, Microsoft YaHei, Noto Sans CJK SC, Source Han Sans SC, sans-serif).
 * @cssprop --county-chart-font-size - Base font size (default 14px).
 * @cssprop --county-chart-background - Background.
 * @cssprop --county-chart-text - Primary text.
 * @cssprop --county-chart-text-muted - Secondary text (subtitle, ticks, notes, source).
 * @cssprop --county-chart-grid - Grid lines and bar tracks.
 * @cssprop --county-chart-axis - Axis and zero lines.
 * @cssprop --county-chart-actual - Achieved values.
 * @cssprop --county-chart-estimate - Fill of estimated values (outlined in the actual colour).
 * @cssprop --county-chart-target - Targets.
 * @cssprop --county-chart-focus - Keyboard focus ring.
 * @cssprop --county-chart-tooltip-background - Tooltip background.
 * @cssprop --county-chart-tooltip-text - Tooltip text.
 * @cssprop --county-chart-error - Error accent.
 * @cssprop --county-chart-series-1 - First series colour (…-2 to -5 likewise).
 * @cssprop --county-chart-aspect-ratio - Width / height when no `height` is given.
 * @cssprop --county-chart-min-height - Lower bound of the height from the aspect ratio.
 * @cssprop --county-chart-max-height - Upper bound of the height from the aspect ratio.
 */
export abstract class ChartElement<D extends ChartDescription = ChartDescription> extends LitElement {
  static override styles = [themeStyles, baseStyles];

  /** The dataset as an object. (Not `.dataset`: HTMLElement owns that name for data-* attributes.) */
  @property({ attribute: false }) data?: Dataset;

  @property() src?: string;

  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  @property({ type: Number }) height?: number;

  @property({ type: Boolean, reflect: true, attribute: 'show-table' }) showTable = false;

  @state() private _dataset?: Dataset;
  @state() private _status: Status = 'waiting';
  @state() private _error?: ChartDataError;
  @state() private _size?: ChartSize;
  /** The mark holding the tab stop (roving tabindex). */
  @state() private _active = 0;
  /** The mark whose tooltip is open, or -1. */
  @state() private _tip = -1;
  @state() private _tableReady = false;

  private _description?: D;
  private _lang: Lang = 'zh-CN';
  private _sourceToken = 0;
  private _stopObserving?: () => void;
  private _stopDefault?: () => void;
  private _cancelIdle?: () => void;
  private _observed?: Element;
  private _pointerX?: number;
  private _focusPending = false;
  private _reportedError?: ChartDataError;
  /** What renderPlot() threw in the last render (not reactive: rendering again would throw again). */
  private _renderError?: ChartDataError;
  private _retryFocus = false;
  private _needsResolve = true;
  /** Which frame was rendered last ('loading' | 'chart' | 'error'): a new frame has a new plot box. */
  private _frameKind?: string;
  /** Set while `renderStatic()` draws: marks are not focusable (no script to move the focus). */
  private _static = false;

  /** `lang` is a native attribute; observe it without shadowing HTMLElement.lang. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate('lang', old);
  }

  // ---- what a chart subclass provides -------------------------------------------------------

  /**
   * Data → everything but geometry: title, legend, notes, source, summary, marks, table.
   * Throw a `ChartDataError` (see `chartErrors`) for unknown ids, missing or malformed data.
   */
  protected abstract describe(input: DescribeInput): D;

  /** Description + plot size → the SVG content of the plot (marks wrapped with `this.mark()`). */
  protected abstract renderPlot(description: D, size: ChartSize): SVGTemplateResult;

  /** Whether the chart needs a dataset now (false when its data came as a property, e.g. `.rows`). */
  protected needsDataset(): boolean {
    return true;
  }

  /** The mark to focus after `key`; override for 2-D navigation (e.g. radar axes × counties). */
  protected nextMarkIndex(current: number, key: string, count: number): number {
    return nextMarkIndex(current, key, count);
  }

  // ---- helpers for subclasses ----------------------------------------------------------------

  /** The resolved language ('zh-CN' | 'en'). */
  protected get language(): Lang {
    return this._lang;
  }

  /** The current description (after a successful describe()). */
  protected get description(): D | undefined {
    return this._description;
  }

  /**
   * Wrap mark `index`'s shapes in its focusable group: roving tabindex, accessible name, tooltip
   * hook. Put a `.hit` shape inside (the focus ring and pointer target), usually a transparent rect.
   */
  protected mark(
    index: number,
    content: SVGTemplateResult | SVGTemplateResult[],
    className = '',
  ): SVGTemplateResult {
    const m = this._description?.marks[index];
    return svg`<g class="mark ${className}" data-mark=${index} role="img" tabindex=${this._static ? nothing : index === this._active ? '0' : '-1'}
      aria-label=${m?.label ?? ''} aria-describedby=${index === this._tip ? 'tip' : nothing}>${content}</g>`;
  }

  /** Index of the mark whose tooltip is open, or -1 (subclasses may highlight it). */
  protected get activeMark(): number {
    return this._tip;
  }

  // ---- lifecycle -----------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    this._stopDefault = onDefaultDatasetSourceChange(() => {
      if (this.data || this.src) return;
      this._needsResolve = true;
      this.requestUpdate();
    });
    this._needsResolve = true;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._stopDefault?.();
    this._stopObserving?.();
    this._cancelIdle?.();
    this._stopDefault = this._stopObserving = this._cancelIdle = this._observed = undefined;
    this._tableReady = false;
  }

  private _resolveSource(): void {
    const token = ++this._sourceToken;
    this._error = undefined;
    const fail = (error: unknown) => {
      if (token !== this._sourceToken) return;
      this._error = toChartError(error);
      this._status = 'error';
    };
    try {
      const source = this.data ?? this.src ?? getDefaultDatasetSource();
      if (source === undefined) {
        this._dataset = undefined;
        this._status = this.needsDataset() ? 'waiting' : 'ready';
        return;
      }
      const resolved = this.data
        ? checkDataset(this.data)
        : this.src
          ? fetchDataset(this.src)
          : resolveDatasetSource(source);
      if (resolved instanceof Promise) {
        this._status = 'loading';
        resolved.then((dataset) => {
          if (token !== this._sourceToken) return;
          this._dataset = dataset;
          this._status = 'ready';
        }, fail);
      } else {
        this._dataset = resolved;
        this._status = 'ready';
      }
    } catch (error) {
      fail(error);
    }
  }

  /** Fetch again after a failure (the retry button). */
  retry(): void {
    // The button is replaced by the loading state: if this fails again, give the new one the focus.
    this._retryFocus = this.shadowRoot?.activeElement?.classList.contains('retry') ?? false;
    this._resolveSource();
  }

  // ---- static rendering and export -----------------------------------------------------------

  /**
   * The chart drawn once, for a page without JavaScript (`npm run render`, through @lit-labs/ssr):
   * the same `describe()` and `renderPlot()` as the live chart, at `size` (the plot box in px),
   * in the static frame (summary and data table shown, no buttons). Data from `.data` (or the
   * chart's own data properties); `size` may depend on the description (e.g. one row per bar).
   * Throws the chart's `ChartDataError` when it cannot be drawn.
   */
  renderStatic(size: ChartSize | ((description: D) => ChartSize), lang: Lang, idPrefix = ''): TemplateResult {
    const dataset = this.data ? checkDataset(this.data) : undefined;
    if (!dataset && this.needsDataset()) throw new Error('renderStatic needs .data');
    this._lang = lang;
    this._dataset = dataset;
    this._description = this.describe({ dataset, lang });
    this._static = true;
    try {
      const d = this._description;
      const box = typeof size === 'function' ? size(d) : size;
      const plot = d.empty ? svg`` : this.renderPlot(d, box);
      return staticFrameTemplate(d, plot, box, lang, idPrefix);
    } finally {
      this._static = false;
    }
  }

  /**
   * The export code, loaded on first use (in the embed: county-charts-export.js, beside the
   * script), bound to the chart as it stands now.
   */
  private async _export(): Promise<ChartExport> {
    const { chartExport } = await import('./export.js');
    return chartExport({
      host: this,
      description: this._description,
      dataset: this._dataset,
      lang: this._lang,
    });
  }

  /**
   * The chart as drawn, as a stand-alone SVG document: title, legend, plot, notes and source, with
   * the computed theme colours written into it (no stylesheet needed). Rejects before the chart is drawn.
   */
  async exportSVG(): Promise<string> {
    return (await this._export()).svg();
  }

  /** The exported SVG as a PNG image at `scale` × the chart's size (2×: sharp in print and on HiDPI screens). */
  async exportPNG(scale = 2): Promise<Blob> {
    return (await this._export()).png(scale);
  }

  /**
   * The chart's data as CSV (UTF-8 with BOM, so Excel opens the Chinese text): a header, then one row
   * per mark (= data-table row): the table's cells, then county, indicator, kind, period, value, unit,
   * comparator, the report's sentence and the report.
   */
  async exportCSV(): Promise<string> {
    return (await this._export()).csv();
  }

  /** Save the chart as a file: `svg`, `png` (2×) or `csv`. */
  async download(format: ExportFormat): Promise<void> {
    return (await this._export()).download(format);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('height')) {
      const h = this.height;
      // CSSOM, not a style attribute: allowed under a strict CSP.
      this.style.height =
        h !== undefined && Number.isFinite(h) && h > 0 ? `${Math.min(Math.max(h, 120), 4000)}px` : '';
    }
    const lang = resolveLang(this);
    const langChanged = lang !== this._lang;
    this._lang = lang;
    if (this._needsResolve || changed.has('data') || changed.has('src')) {
      this._needsResolve = false;
      this._resolveSource();
      // Data taken away (or a new source on its way): stop drawing the old data.
      if (this._status === 'loading' || (this._status === 'waiting' && this.needsDataset()))
        this._description = undefined;
    }
    const ready = this._status === 'ready' || (this._status === 'waiting' && !this.needsDataset());
    const redescribe =
      langChanged || !this._description || [...changed.keys()].some((k) => !VIEW_ONLY.has(k));
    if (ready && redescribe) {
      try {
        const previous = this._description;
        this._description = this.describe({ dataset: this._dataset, lang });
        this._error = undefined;
        if (
          previous &&
          previous.marks.map((m) => m.key).join() !== this._description.marks.map((m) => m.key).join()
        ) {
          this._active = 0;
          this._tip = -1;
        }
        if (this._active >= this._description.marks.length) this._active = 0;
      } catch (error) {
        this._description = undefined;
        this._error = toChartError(error);
      }
    }
    // When the marks leave the DOM (table shown, error, empty), close the tooltip here: the focusout
    // their removal fires during the commit would otherwise schedule a second update.
    const d = this._description;
    if (this.showTable || !d || d.empty || this._status === 'error') this._tip = -1;
    // Loading → chart (or → error) renders a new frame with a new plot box, whose size differs from
    // the old one (header, legend, notes): wait for its own size, which the ResizeObserver reports
    // in this same frame, instead of drawing every mark at the old size and again one frame later.
    const frame = this._status === 'error' || !d ? (this._error ? 'error' : 'loading') : 'chart';
    if (frame !== this._frameKind) {
      if (this._frameKind !== undefined) this._size = undefined;
      this._frameKind = frame;
    }
  }

  protected override updated(): void {
    const plot = this.renderRoot.querySelector('.plot');
    // Lit may still update a chart just removed (a state change on disconnect): observe nothing then,
    // or the shared ResizeObserver would keep the detached chart alive.
    if (plot && plot !== this._observed && this.isConnected) {
      this._stopObserving?.();
      this._observed = plot;
      this._stopObserving = observeSize(plot, (size) => {
        if (!sameSize(size, this._size)) this._size = size;
      });
    }
    const error =
      (this._status === 'error' || !this._description ? this._error : undefined) ?? this._renderError;
    if (error && error !== this._reportedError) {
      this._reportedError = error;
      console.error(`<${this.localName}>: ${error.messages.en}`, error.cause ?? '');
      this.dispatchEvent(
        chartEvent<CountyDataErrorDetail>('county-data-error', {
          kind: error.kind,
          message: error.describe(this._lang),
        }),
      );
    }
    if (this._retryFocus) {
      const retry = this.renderRoot.querySelector<HTMLButtonElement>('.retry');
      if (retry) retry.focus();
      if (retry || this._description) this._retryFocus = false;
    }
    if (this._description && !this._tableReady && !this._cancelIdle && this.isConnected) {
      this._cancelIdle = idle(() => {
        this._cancelIdle = undefined;
        this._tableReady = true;
      });
    }
    if (this._tip >= 0) {
      const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
      const markEl = this.renderRoot.querySelector(`[data-mark="${this._tip}"]`);
      if (tip && markEl && plot instanceof HTMLElement) positionTooltip(tip, markEl, plot, this._pointerX);
    }
    if (this._focusPending) {
      this._focusPending = false;
      this.renderRoot.querySelector<SVGElement>(`[data-mark="${this._active}"]`)?.focus();
    }
  }

  // ---- interaction ---------------------------------------------------------------------------

  private _markIndex(event: Event): number {
    for (const node of event.composedPath()) {
      if (node === event.currentTarget) break;
      if (node instanceof Element && node.hasAttribute('data-mark'))
        return Number(node.getAttribute('data-mark'));
    }
    return -1;
  }

  private _select(index: number): void {
    const mark = this._description?.marks[index];
    if (mark) this.dispatchEvent(chartEvent('county-select', mark.select));
  }

  private _onKeyDown(event: KeyboardEvent): void {
    const count = this._description?.marks.length ?? 0;
    if (event.key === 'Escape') {
      if (this._tip >= 0) {
        this._tip = -1;
        event.stopPropagation();
      }
      return;
    }
    const index = this._markIndex(event);
    if ((event.key === 'Enter' || event.key === ' ') && index >= 0) {
      event.preventDefault();
      this._tip = index;
      this._select(index);
      return;
    }
    if (!NAV_KEYS.has(event.key) || count === 0) return;
    event.preventDefault();
    const next = this.nextMarkIndex(index >= 0 ? index : this._active, event.key, count);
    if (next < 0) return;
    this._pointerX = undefined;
    this._active = next;
    this._tip = next;
    this._focusPending = true;
    this.requestUpdate();
  }

  private _onFocusIn(event: FocusEvent): void {
    const index = this._markIndex(event);
    if (index < 0) return;
    this._pointerX = undefined;
    this._active = index;
    this._tip = index;
  }

  private _onFocusOut(event: FocusEvent): void {
    const to = event.relatedTarget;
    if (!(to instanceof Node) || !(event.currentTarget as Node).contains(to)) this._tip = -1;
  }

  private _onPointerOver(event: PointerEvent): void {
    const index = this._markIndex(event);
    if (index < 0) return;
    this._pointerX = event.clientX;
    this._tip = index;
  }

  private _onPointerLeave(event: PointerEvent): void {
    // A tap ends with pointerleave: keep the tapped mark's tooltip until the next tap elsewhere.
    if (event.pointerType === 'touch') return;
    const focused = this.shadowRoot?.activeElement;
    this._tip = focused?.hasAttribute('data-mark') ? Number(focused.getAttribute('data-mark')) : -1;
  }

  private _onClick(event: MouseEvent): void {
    const index = this._markIndex(event);
    if (index < 0) {
      this._tip = -1;
      return;
    }
    this._active = index;
    this._tip = index;
    this._pointerX = event.clientX || undefined;
    this._select(index);
  }

  private _toggleTable(): void {
    this.showTable = !this.showTable;
  }

  // ---- rendering -----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    // A chart's renderPlot() that throws (data that changed under it, a layout bug) shows this chart's
    // error state instead of breaking its update for good; updated() reports it like any other.
    this._renderError = undefined;
    try {
      return this._renderFrame();
    } catch (error) {
      this._renderError = toChartError(error);
      return this._errorFrame(this._renderError);
    }
  }

  private _errorFrame(error: ChartDataError): TemplateResult {
    const lang = this._lang;
    return html`<div class="sizer"></div>
      <div class="chart" lang=${lang}>
        <div class="error" part="error" role="alert">
          <p class="error-title">${uiText('chartError', lang)}</p>
          <p>${error.describe(lang)}</p>
          ${
            error.retryable
              ? html`<button type="button" class="button retry" @click=${this.retry}>
                  ${uiText('retry', lang)}
                </button>`
              : nothing
          }
        </div>
      </div>`;
  }

  private _renderFrame(): TemplateResult {
    const d = this._description;
    const lang = this._lang;
    const error = this._status === 'error' ? this._error : d ? undefined : this._error;
    if (error) return this._errorFrame(error);
    if (!d) {
      // Loading (or waiting for data): the same frame as the loaded chart, so nothing moves.
      return html`<div class="sizer"></div>
        <div class="chart" lang=${lang} aria-busy="true">
          <div class="header"><p class="title placeholder" part="title"></p></div>
          <div class="plot" part="plot"><p class="status">${uiText('loading', lang)}</p></div>
          <div class="footer"><p class="source placeholder" part="source"></p></div>
        </div>`;
    }
    const tableVisible = this.showTable;
    const size = this._size;
    const tip = this._tip >= 0 ? d.marks[this._tip]?.tooltip : undefined;
    return html`<div class="sizer"></div>
      <div class="chart" lang=${lang}>
        ${headerTemplate(d.title, d.subtitle, 'title')} ${legendTemplate(d.legend)}
        <div class="plot" part="plot">
          ${
            d.empty
              ? html`<p class="status">${d.empty}</p>`
              : tableVisible
                ? tableTemplate(d.table, true, 'table')
                : size && size.width > 0 && size.height > 0
                  ? html`<svg
                      class="plot-svg"
                      width=${size.width}
                      height=${size.height}
                      viewBox="0 0 ${size.width} ${size.height}"
                      role="group"
                      aria-labelledby="title"
                      aria-describedby="summary"
                      @keydown=${this._onKeyDown}
                      @focusin=${this._onFocusIn}
                      @focusout=${this._onFocusOut}
                      @pointerover=${this._onPointerOver}
                      @pointerleave=${this._onPointerLeave}
                      @click=${this._onClick}
                    >
                      ${this.renderPlot(d, size)}
                    </svg>`
                  : nothing
          }
          ${tableVisible ? nothing : tooltipTemplate(tip, 'tip')}
        </div>
        <div class="footer">
          ${
            d.notes?.length
              ? html`<ul class="notes" part="notes">
                  ${d.notes.map((n) => html`<li>${n}</li>`)}
                </ul>`
              : nothing
          }
          <div class="footer-row">
            <p class="source" part="source">${d.source}</p>
            ${
              d.empty
                ? nothing
                : html`<button
                    type="button"
                    class="button table-toggle"
                    part="table-toggle"
                    @click=${this._toggleTable}
                  >
                    ${uiText(tableVisible ? 'showChart' : 'showTable', lang)}
                  </button>`
            }
            ${
              d.empty
                ? nothing
                : exportMenuTemplate(lang, (format) =>
                    this.download(format).catch((error: unknown) => console.error(error)),
                  )
            }
          </div>
        </div>
        <p class="sr-only" id="summary">${d.summary}</p>
        ${!tableVisible && this._tableReady && !d.empty ? tableTemplate(d.table, false, 'table') : nothing}
      </div>`;
  }
}
