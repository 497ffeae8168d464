import {
  html,
  LitElement,
  nothing,
  svg,
  type PropertyDeclarations,
  type PropertyValues,
  type SVGTemplateResult,
  type TemplateResult,
} from 'lit';
import type { Dataset } from '../../data/types.js';
import { baseStyles } from './base-styles.js';
import { blockIfInline } from './block-host.js';
import {
  checkDataset,
  getDefaultDatasetSource,
  onDefaultDatasetSourceChange,
  resolveDatasetSource,
} from './dataset-source.js';
import { closestId } from '../../data/lookup.js';
import {
  afterParse,
  pixelHeight,
  rejoinSplitValues,
  releaseSwallowedContent,
  unquote,
} from './editor-slips.js';
import { toChartError, type ChartDataError } from './errors.js';
import { chartEvent, type CountyDataErrorDetail } from './events.js';
import type { ChartExport, ExportFormat } from './export.js';
import { exportMenuTemplate } from './export-menu.js';
import { legendTemplate, tableTemplate } from './frame.js';
import { isNavigationKey, nextMarkIndex } from './keyboard.js';
import { resolveLang, uiText, type Lang } from './language.js';
import { observeSize } from './sizing.js';
import { themeStyles } from './theme.js';
import { positionTooltip, tooltipTemplate } from './tooltip.js';
import type { ChartDescription, ChartSize } from './view.js';

/** What `describe()` receives. `dataset` is undefined only when `needsDataset()` returned false. */
export interface DescribeInput {
  readonly dataset: Dataset | undefined;
  readonly lang: Lang;
}

// Changes to these only redraw; any other property change (data, lang, chart attributes) re-describes.
// (The size, tooltip, tab stop, the table's readiness and the dataset's arrival are plain fields that
// call requestUpdate(): the chart's reactive properties are its public attributes alone.)
const VIEW_ONLY = new Set<PropertyKey>(['theme', 'showTable', 'height']);

const idle = (cb: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(cb, { timeout: 1500 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(cb, 50);
  return () => clearTimeout(id);
};

const THEMES = ['light', 'dark', 'auto'];
/** `theme=" Dark "` as `dark`; an unknown one is said, and the chart follows the system (auto). */
function themeName(value: string | null): string | undefined {
  const theme = value?.trim().toLowerCase();
  if (theme && !THEMES.includes(theme))
    console.warn(`theme="${value}" is not one of ${THEMES.join(', ')}: the chart follows the system (auto)`);
  return theme || undefined;
}
/** Print media: the frame takes its content's height then, so the plot box alone is the measure. */
let printQuery: MediaQueryList | undefined;
const printing = (): MediaQueryList => (printQuery ??= matchMedia('print'));

/** HTML's global attributes, data-* and aria-*, and event handler content attributes: not ours to check. */
const GLOBAL_ATTRIBUTE =
  /^(?:id|class|style|dir|hidden|title|tabindex|role|slot|part|exportparts|is|translate|inert|draggable|spellcheck|autofocus|nonce|popover|accesskey|autocapitalize|contenteditable|enterkeyhint|inputmode|itemscope|itemprop|itemtype|itemid|itemref|data-.*|aria-.*|on.*|xmlns.*)$/;

const markKeys = (d: ChartDescription): string => d.marks.map((m) => m.key).join();

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
  static override styles = [baseStyles, themeStyles];

  // `static properties` rather than decorators (smaller); the fields are `declare`d, their
  // defaults set in the constructor, so no class field shadows Lit's accessors. Only the public
  // attributes are reactive (custom-elements.json documents them as such).
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    theme: { reflect: true, converter: themeName },
    // `height="400px"`, as editors write it, is 400.
    height: { converter: pixelHeight },
    showTable: { type: Boolean, reflect: true, attribute: 'show-table' },
  };

  /** The dataset as an object. (Not `.dataset`: HTMLElement owns that name for data-* attributes.) */
  declare data?: Dataset;
  declare src?: string;
  declare theme?: 'light' | 'dark' | 'auto';
  declare height?: number;
  declare showTable: boolean;

  private _lang: Lang = 'zh-CN';
  /** The mark holding the tab stop (roving tabindex). */
  private _active = 0;
  /** The mark whose tooltip is open, or -1. */
  private _tip = -1;
  private _dataset?: Dataset;
  /** The dataset on its way (a fetch); a newer source replaces it, and its answer is then ignored. */
  private _pending?: Promise<Dataset>;
  /** Why the source gave no dataset (fetch failed, invalid data): the chart shows it, with Retry. */
  private _failed?: ChartDataError;
  /** Why describe() gave no description. */
  private _error?: ChartDataError;
  /** What renderPlot() threw in the last render (not reactive: rendering again would throw again). */
  private _renderError?: ChartDataError;
  private _reportedError?: ChartDataError;
  private _description?: D;
  private _size?: ChartSize;
  private _tableReady?: boolean;
  private _needsResolve?: boolean;
  private _stopObserving?: () => void;
  private _stopDefault?: () => void;
  private _cancelIdle?: () => void;
  private _observed?: Element;
  /** The frame's last size, and how much smaller the plot box is (see `_observe`). */
  private _frameSize?: ChartSize;
  private _chrome?: ChartSize;
  private _pointerX?: number;
  private _focusPending?: boolean;
  private _retryFocus?: boolean;
  /** Which frame was rendered last (loading, chart, error): a new frame has a new plot box. */
  private _frameKind?: string;
  /** Set while `renderStatic()` draws: marks are not focusable (no script to move the focus). */
  private _static?: boolean;

  /** Whether the element came from the page's HTML (an upgrade, or created while the page parses). */
  private _fromPage: boolean;
  private _stopWaitingForParse?: () => void;

  constructor() {
    super();
    this.showTable = false;
    // (No document in node, where static rendering constructs charts under Lit's DOM shim.)
    this._fromPage = this.isConnected || globalThis.document?.readyState === 'loading';
  }

  /**
   * Attribute names an editor writes for another one of this chart: `indicator` where the chart takes
   * `indicators`, `county` for `counties`. Read as that attribute (a subclass lists its own).
   */
  static attributeAliases: Readonly<Record<string, string>> = {};

  /** `lang` is a native attribute; observe it without shadowing HTMLElement.lang. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', ...Object.keys(this.attributeAliases)];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    const alias = (this.constructor as typeof ChartElement).attributeAliases[name];
    // `county=“tonghua”` pasted from a word processor: the quotes are part of the value.
    super.attributeChangedCallback(alias ?? name, old, value && unquote(value));
    if (name === 'lang') this.requestUpdate('lang', old);
  }

  /**
   * Once, before the first render: the attributes as the editor meant them. A list that typographic
   * quotes split across attributes is read rejoined (editor-slips.ts). A misspelt attribute is
   * ignored by the browser, and the chart would quietly draw its default: it is read as the nearest
   * attribute this chart knows (when that one is not written too), and said in the console; one near
   * none is named there. (Not in the chart: pages add attributes of their own, and a chart that
   * draws is better than an error for them.)
   */
  private _readAttributesAsWritten(): void {
    const known = (this.constructor as typeof ChartElement).observedAttributes;
    const rejoinedParts = new Set<string>();
    for (const { name, value, parts } of rejoinSplitValues([...this.attributes])) {
      if (!known.includes(name)) continue;
      parts.forEach((part) => rejoinedParts.add(part));
      console.warn(`<${this.localName}>: read ${name}="${value}" (typographic quotes)`);
      this.attributeChangedCallback(name, this.getAttribute(name), value);
    }
    for (const name of this.getAttributeNames()) {
      if (known.includes(name) || GLOBAL_ATTRIBUTE.test(name) || rejoinedParts.has(name)) continue;
      const near = closestId(known, name);
      const aliases = (this.constructor as typeof ChartElement).attributeAliases;
      // indicaters="gdp-growth": read as the attribute it misspells, unless that one is written too
      // (the chart asked for, not its default; said in the console either way).
      if (near && !this.hasAttribute(near) && !this.hasAttribute(aliases[near] ?? near)) {
        console.warn(`<${this.localName}>: read ${name}="${this.getAttribute(name)}" as ${near}`);
        this.attributeChangedCallback(near, null, this.getAttribute(name));
        continue;
      }
      console.warn(
        `<${this.localName}>: unknown attribute "${name}", ignored${near ? ` (did you mean "${near}"?)` : ''}`,
      );
    }
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

  /** Index of the mark whose tooltip is open, or -1 (subclasses may highlight it). */
  protected get activeMark(): number {
    return this._tip;
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
    return svg`<g class="mark ${className}" data-mark=${index} role="img" tabindex=${this._static ? nothing : index === this._active ? 0 : -1}
      aria-label=${this._description?.marks[index]?.label ?? ''} aria-describedby=${index === this._tip ? 'tip' : nothing}>${content}</g>`;
  }

  // ---- data ----------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    blockIfInline(this);
    // Once: a chart from the page's HTML gives back what a missing end tag put inside it.
    if (this._fromPage && !this._stopWaitingForParse)
      this._stopWaitingForParse = afterParse(() => {
        this._fromPage = false;
        this._stopWaitingForParse = undefined;
        releaseSwallowedContent(this);
      });
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
    this._stopWaitingForParse?.();
    this._cancelIdle?.();
    this._stopDefault =
      this._stopObserving =
      this._stopWaitingForParse =
      this._cancelIdle =
      this._observed =
        undefined;
    this._tableReady = false;
  }

  /** `.data`, else `src`, else the page default: the dataset now, or a fetch on its way. */
  private _resolveSource(): void {
    this._failed = this._error = this._pending = this._dataset = undefined;
    try {
      // src="" (an editor who emptied it) is no source, not the page's own URL.
      const source = this.data ?? (this.src?.trim() || undefined) ?? getDefaultDatasetSource();
      if (source === undefined) return;
      const resolved = source === this.data ? checkDataset(source) : resolveDatasetSource(source);
      if (!(resolved instanceof Promise)) {
        this._dataset = resolved;
        return;
      }
      this._pending = resolved;
      const settle = (dataset?: Dataset, failed?: ChartDataError) => {
        if (this._pending !== resolved) return;
        this._pending = undefined;
        this._dataset = dataset;
        this._failed = failed;
        this.requestUpdate();
      };
      resolved.then(
        (dataset) => settle(dataset),
        (error: unknown) => settle(undefined, toChartError(error)),
      );
    } catch (error) {
      this._failed = toChartError(error);
    }
  }

  /** Fetch again after a failure (the retry button). */
  retry(): void {
    // The button is replaced by the loading state: if this fails again, give the new one the focus.
    this._retryFocus = !!this.shadowRoot?.activeElement?.classList.contains('retry');
    this._needsResolve = true;
    this.requestUpdate();
  }

  // ---- static rendering and export -----------------------------------------------------------

  /**
   * The chart drawn once, for a page without JavaScript (`npm run render`, through @lit-labs/ssr):
   * the same `describe()` and `renderPlot()` as the live chart, at `size` (the plot box in px),
   * in the same frame with the summary and the data table shown, and no buttons. Data from `.data`
   * (or the chart's own data properties); `size` may depend on the description (e.g. one row per
   * bar); `idPrefix` keeps the ids of several static charts on one page apart.
   * Throws the chart's `ChartDataError` when it cannot be drawn.
   */
  renderStatic(size: ChartSize | ((description: D) => ChartSize), lang: Lang, idPrefix = ''): TemplateResult {
    const dataset = this.data ? checkDataset(this.data) : undefined;
    if (!dataset && this.needsDataset()) throw new Error('renderStatic needs .data');
    this._lang = lang;
    this._dataset = dataset;
    const d = (this._description = this.describe({ dataset, lang }));
    this._static = true;
    try {
      return this._chartFrame(d, typeof size === 'function' ? size(d) : size, idPrefix);
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

  // ---- update --------------------------------------------------------------------------------

  /** The error the chart shows: its source failed, or describe() did. */
  private _shownError(): ChartDataError | undefined {
    return this._failed ?? (this._description ? undefined : this._error);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) this._readAttributesAsWritten();
    if (changed.has('height')) {
      const h = this.height;
      // CSSOM, not a style attribute: allowed under a strict CSP.
      const px = Number.isFinite(h) && h! > 0 ? `${Math.min(Math.max(h!, 120), 4000)}px` : '';
      // Also as --_height for the inner box: a page rule may make the host inline (a reset's
      // `all: unset`), which ignores its height.
      this.style.height = px;
      this.style.setProperty('--_height', px || null);
    }
    const lang = resolveLang(this);
    const langChanged = lang !== this._lang;
    this._lang = lang;
    if (this._needsResolve || changed.has('data') || changed.has('src')) {
      this._needsResolve = false;
      this._resolveSource();
      // Data taken away (or a new source on its way): stop drawing the old data.
      if (this._pending || (!this._dataset && this.needsDataset())) this._description = undefined;
    }
    const ready = !this._pending && !this._failed && (this._dataset || !this.needsDataset());
    if (ready && (langChanged || !this._description || [...changed.keys()].some((k) => !VIEW_ONLY.has(k)))) {
      const previous = this._description;
      try {
        const d = (this._description = this.describe({ dataset: this._dataset, lang }));
        this._error = undefined;
        this._chrome = undefined; // new words around the plot: measure them again
        if (previous && markKeys(previous) !== markKeys(d)) this._active = this._tip = -1;
        if (!(this._active >= 0 && this._active < d.marks.length)) this._active = 0;
      } catch (error) {
        this._description = undefined;
        this._error = toChartError(error);
      }
    }
    // When the marks leave the DOM (table shown, error, empty), close the tooltip here: the focusout
    // their removal fires during the commit would otherwise schedule a second update.
    const d = this._description;
    if (this.showTable || !d || d.empty || this._failed) this._tip = -1;
    // Loading → chart (or → error) renders a new frame with a new plot box, whose size differs from
    // the old one (header, legend, notes): wait for its own size, which the ResizeObserver reports
    // in this same frame, instead of drawing every mark at the old size and again one frame later.
    const frame = this._shownError() ? 'error' : d ? 'chart' : 'loading';
    if (frame !== this._frameKind) {
      if (this._frameKind) this._size = undefined;
      this._frameKind = frame;
    }
  }

  protected override updated(): void {
    const root = this.renderRoot;
    const plot = root.querySelector<HTMLElement>('.plot');
    // A new frame, a new plot box: observe it instead. The error frame has none: stop observing the
    // removed box, or the observer would report it (as 0 × 0) in the frame that removed it, which
    // browsers flag as a "ResizeObserver loop" error. Lit may still update a chart just removed:
    // observe nothing then, or the shared ResizeObserver would keep the detached chart alive.
    if (plot !== this._observed && this.isConnected) {
      this._stopObserving?.();
      this._observed = plot ?? undefined;
      this._chrome = this._frameSize = undefined;
      this._stopObserving = plot ? this._observe(plot) : undefined;
    }
    const error = this._shownError() ?? this._renderError;
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
      const retry = root.querySelector<HTMLElement>('.retry');
      retry?.focus();
      if (retry || this._description) this._retryFocus = false;
    }
    if (this._description && !this._tableReady && !this._cancelIdle && this.isConnected) {
      this._cancelIdle = idle(() => {
        this._cancelIdle = undefined;
        this._tableReady = true;
        this.requestUpdate();
      });
    }
    const tip = root.querySelector<HTMLElement>('.tooltip');
    const mark = root.querySelector(`[data-mark="${this._tip}"]`);
    if (tip && mark && plot) positionTooltip(tip, mark, plot, this._pointerX);
    if (this._focusPending) {
      this._focusPending = false;
      root.querySelector<SVGElement>(`[data-mark="${this._active}"]`)?.focus();
    }
  }

  /**
   * Size the plot from two boxes. The frame (`.chart`) is sized by the host, so it is laid out even
   * while the browser skips its insides. The plot box reports its own size whenever it is laid out.
   * Each time, what the frame adds around it (title, legend, footer: the chrome) is kept, and once
   * a chart has been sized while off screen, its frame gets `content-visibility: auto` (class `cv`).
   * A skipped chart's plot is then the frame minus that chrome, so off-screen charts are drawn, and
   * redrawn after a width change, without laying out their insides; when one scrolls into view with
   * chrome that wrapped differently, its plot box reports the true size. (Chrome unknown, after new
   * data while skipped: one forced layout of this chart alone.)
   */
  private _observe(plot: HTMLElement): () => void {
    const frame = plot.parentElement!;
    const setSize = (size: ChartSize): void => {
      const old = this._size;
      if (old?.width === size.width && old.height === size.height) return;
      this._size = size;
      this.requestUpdate();
    };
    // Whether the browser skips the frame's insides now (no event where content-visibility is not
    // supported: never skipped). checkVisibility() would tell too, but recalculates style each call.
    let skipped = false;
    frame.addEventListener('contentvisibilityautostatechange', (event) => {
      skipped = (event as Event & { skipped: boolean }).skipped;
    });
    const stopFrame = observeSize(frame, (outer) => {
      this._frameSize = outer;
      // Laid out: the plot box reports its own size (every change of the frame changes it).
      if (!skipped || printing().matches) return;
      let chrome = this._chrome;
      if (!chrome) {
        const r = plot.getBoundingClientRect();
        chrome = this._chrome = {
          width: outer.width - Math.floor(r.width),
          height: outer.height - Math.floor(r.height),
        };
      }
      setSize({
        width: Math.max(0, outer.width - chrome.width),
        height: Math.max(0, outer.height - chrome.height),
      });
    });
    const stopPlot = observeSize(plot, (size, offScreen) => {
      const outer = this._frameSize;
      if (outer) this._chrome = { width: outer.width - size.width, height: outer.height - size.height };
      // From now on the browser may skip this chart while it is off screen (base-styles.ts, .cv).
      // Only while it is off screen now: a box in view that turns `auto` starts out skipped for a
      // frame (a layout shift, and a "ResizeObserver loop" inside the observer's callback).
      if (outer && offScreen) frame.classList.add('cv');
      setSize(size);
    });
    return () => {
      stopFrame();
      stopPlot();
    };
  }

  // ---- interaction ---------------------------------------------------------------------------

  /** The mark an event happened in, or -1. */
  private _markIndex(event: Event): number {
    for (const node of event.composedPath()) {
      if (node === event.currentTarget) break;
      const index = (node as Element).getAttribute?.('data-mark');
      if (index) return Number(index);
    }
    return -1;
  }

  /** Open mark `tip`'s tooltip (-1: close it) and put the tab stop on `active`; redraw on a change. */
  private _show(tip: number, active = this._active, pointerX?: number): void {
    this._pointerX = pointerX;
    if (tip === this._tip && active === this._active) return;
    this._tip = tip;
    this._active = active;
    this.requestUpdate();
  }

  private _select(index: number): void {
    const mark = this._description?.marks[index];
    if (mark) this.dispatchEvent(chartEvent('county-select', mark.select));
  }

  private _onKeyDown(event: KeyboardEvent): void {
    const { key } = event;
    const index = this._markIndex(event);
    const count = this._description?.marks.length ?? 0;
    if (key === 'Escape') {
      if (this._tip < 0) return;
      this._show(-1);
      event.stopPropagation();
    } else if ((key === 'Enter' || key === ' ') && index >= 0) {
      event.preventDefault();
      this._show(index);
      this._select(index);
    } else if (isNavigationKey(key) && count) {
      event.preventDefault();
      const next = this.nextMarkIndex(index >= 0 ? index : this._active, key, count);
      if (next < 0) return;
      this._show(next, next);
      this._focusPending = true;
      this.requestUpdate();
    }
  }

  private _onFocusIn(event: FocusEvent): void {
    const index = this._markIndex(event);
    if (index >= 0) this._show(index, index);
  }

  private _onFocusOut(event: FocusEvent): void {
    if (!(event.currentTarget as Node).contains(event.relatedTarget as Node | null)) this._show(-1);
  }

  private _onPointerOver(event: PointerEvent): void {
    const index = this._markIndex(event);
    if (index >= 0) this._show(index, this._active, event.clientX);
  }

  private _onPointerLeave(event: PointerEvent): void {
    // A tap ends with pointerleave: keep the tapped mark's tooltip until the next tap elsewhere.
    if (event.pointerType === 'touch') return;
    const focused = this.shadowRoot?.activeElement?.getAttribute('data-mark');
    this._show(focused ? Number(focused) : -1);
  }

  private _onClick(event: MouseEvent): void {
    const index = this._markIndex(event);
    if (index < 0) return this._show(-1);
    this._show(index, index, event.clientX || undefined);
    this._select(index);
  }

  /** The export menu's buttons exist once it has been opened (most readers never open it). */
  private _menuOpened?: boolean;
  private _openMenu = (): void => {
    if (this._menuOpened) return;
    this._menuOpened = true;
    this.requestUpdate();
    // Now, not in a microtask: the buttons exist as the disclosure opens (code may click one at once).
    this.performUpdate();
  };

  private _toggleTable(): void {
    this.showTable = !this.showTable;
  }

  // ---- rendering -----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    // The box the frame is drawn in, and its sizer, stay; only the frame (loading, chart, error) changes.
    const h = this.height;
    const theme = this.theme === 'dark' || this.theme === 'light' ? ` ${this.theme}` : '';
    return html`<div class=${`box${Number.isFinite(h) && h! > 0 ? ' fixed' : ''}${theme}`}>
      <div class="sizer"></div>
      ${this._frame()}
    </div>`;
  }

  private _frame(): TemplateResult {
    const lang = this._lang;
    const d = this._description;
    // A chart's renderPlot() that throws (data that changed under it, a layout bug) shows this chart's
    // error state instead of breaking its update for good; updated() reports it like any other.
    this._renderError = undefined;
    let error = this._shownError();
    if (!error && d) {
      try {
        return this._chartFrame(d, this._size);
      } catch (thrown) {
        error = this._renderError = toChartError(thrown);
      }
    }
    return error
      ? html`<div class="chart" lang=${lang}>
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
        </div>`
      : // Loading (or waiting for data): the chart's box and frame, so nothing moves.
        html`<div class="chart" lang=${lang} aria-busy="true">
          <div class="header"><p class="title" part="title"></p></div>
          <div class="plot" part="plot"><p class="status">${uiText('loading', lang)}</p></div>
          <div class="footer"><p class="source" part="source"></p></div>
        </div>`;
  }

  /**
   * The chart and the words around it. Live: the plot (or the table in its place), tooltip,
   * buttons, the summary for screen readers and the table rendered on idle, visually hidden.
   * Static (`renderStatic`): no buttons or tooltip; summary and table shown; ids prefixed.
   */
  private _chartFrame(d: D, size: ChartSize | undefined, ids = ''): TemplateResult {
    const lang = this._lang;
    const live = !this._static;
    const table = live && this.showTable;
    return html`<div class="chart" lang=${lang}>
      <div class="header">
        <p class="title" part="title" id="${ids}title">${d.title}</p>
        ${d.subtitle ? html`<p class="subtitle" part="subtitle">${d.subtitle}</p>` : nothing}
      </div>
      ${legendTemplate(d.legend)}
      <div class="plot" part="plot">
        ${
          d.empty
            ? html`<p class="status">${d.empty}</p>`
            : table
              ? tableTemplate(d.table, true, 'table')
              : size && size.width > 0 && size.height > 0
                ? html`<svg
                    xmlns="http://www.w3.org/2000/svg"
                    class="plot-svg"
                    width=${size.width}
                    height=${size.height}
                    viewBox="0 0 ${size.width} ${size.height}"
                    role="group"
                    aria-labelledby="${ids}title"
                    aria-describedby="${ids}summary"
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
        ${table ? nothing : tooltipTemplate(d.marks[this._tip]?.tooltip)}
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
            live && !d.empty
              ? html`<button
                    type="button"
                    class="button table-toggle"
                    part="table-toggle"
                    @click=${this._toggleTable}
                  >
                    ${uiText(table ? 'showChart' : 'showTable', lang)}
                  </button>
                  ${exportMenuTemplate(
                    lang,
                    (format) => this.download(format).catch((error: unknown) => console.error(error)),
                    !!this._menuOpened,
                    this._openMenu,
                  )}`
              : nothing
          }
        </div>
      </div>
      <p class=${live ? 'sr-only' : 'summary'} id="${ids}summary">${d.summary}</p>
      ${!d.empty && (live ? !table && this._tableReady : true) ? tableTemplate(d.table, !live, `${ids}table`) : nothing}
    </div>`;
  }
}
