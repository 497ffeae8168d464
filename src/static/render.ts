/**
 * Static charts for pages without JavaScript (AMP, Apple News, RSS, e-mail, print): each chart's own
 * element class draws once through @lit-labs/ssr: `renderStatic()` runs the live `describe()` and
 * `renderPlot()` at a given plot size, and the live stylesheet is applied in node (cascade.ts), so
 * the SVG carries its colours as presentation attributes. Node only.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { Dataset } from '../data/types.js';
import type { ChartDescription, ChartElement, ChartSize, Lang } from '../charts/core/index.js';
import type { RadarDescription } from '../charts/radar/index.js';
import { legendHeight, radarHeight } from '../charts/radar/layout.js';
import { radarText } from '../charts/radar/strings.js';
import type { TargetBarsDescription } from '../charts/target-bars/describe.js';
import { inlineStyles, parseCss } from './cascade.js';
import { elements, parseMarkup, serializeMarkup, type MarkupElement } from './markup.js';

export const CHART_KINDS = ['target-bars', 'trend-line', 'radar'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export interface StaticChartRequest {
  readonly chart: ChartKind;
  readonly lang: Lang;
  /** Plot width in px (the chart's column). */
  readonly width: number;
  /** Plot height in px; default: what the chart needs at `width` (every bar row, every small multiple). */
  readonly height?: number;
  /** The element's attributes, as on the page: `{ county: 'tonghua' }`, `{ indicator: 'gdp' }`. */
  readonly attributes: Readonly<Record<string, string>>;
}

export interface StaticChart {
  /** The chart's markup (a `<div class="chart">`), no script, colours inlined into the SVG. */
  readonly html: string;
  readonly title: string;
  readonly size: ChartSize;
  readonly description: ChartDescription;
}

type AnyChart = ChartElement & Record<string, unknown>;
interface ChartClass {
  new (): ChartElement;
  readonly elementStyles: readonly { readonly cssText: string }[];
  readonly elementProperties: ReadonlyMap<
    PropertyKey,
    { readonly attribute?: string | boolean; readonly type?: unknown }
  >;
  finalize(): void;
}

// Loaded on demand: one chart that fails to load does not stop the others.
const CLASSES: Readonly<Record<ChartKind, () => Promise<ChartClass>>> = {
  'target-bars': async () =>
    (await import('../charts/target-bars/target-bars.js')).CountyTargetBars as unknown as ChartClass,
  'trend-line': async () =>
    (await import('../charts/trend-line/trend-line.js')).CountyTrendLine as unknown as ChartClass,
  radar: async () => (await import('../charts/radar/radar.js')).CountyRadar as unknown as ChartClass,
};

/** Attribute name → the element's property (kebab-case → camelCase; numbers where declared). */
function setAttributes(
  element: AnyChart,
  ctor: ChartClass,
  attributes: Readonly<Record<string, string>>,
): void {
  for (const [name, value] of Object.entries(attributes)) {
    let property = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    for (const [key, options] of ctor.elementProperties)
      if (options.attribute === name) property = String(key);
    const options = ctor.elementProperties.get(property);
    element[property] =
      options?.type === Number ? Number(value) : options?.type === Boolean ? value !== 'false' : value;
  }
}

/** Default plot heights at `width`, from each chart's own layout rules. */
function defaultHeight(kind: ChartKind, d: ChartDescription, request: StaticChartRequest): number {
  const { width, lang } = request;
  if (kind === 'target-bars') {
    // Every row shown (the live chart cuts rows at its height): 40 px a row (46 narrow), 24 (34) per group header.
    const rows = (d as TargetBarsDescription).rows;
    const narrow = width < 560;
    const groups = new Set(rows.map((r) => r.row.measure)).size;
    return Math.max(200, groups * (narrow ? 34 : 24) + rows.length * (narrow ? 46 : 40) + 8);
  }
  if (kind === 'radar') {
    const c = (d as RadarDescription).comparison;
    const single = Math.round(Math.min(560, Math.max(320, (width * 3) / 4 - 110)));
    const names = c.series.map((s) => (lang === 'en' ? s.county.name.en : s.county.name.zh));
    const legend = legendHeight(names, width, [radarText('gapKey', lang), radarText('kindKey', lang)]);
    const option = request.attributes['small-multiples'];
    const multiples = option === 'always' ? true : option === 'never' ? false : 'auto';
    return Math.ceil(radarHeight(width, c.series.length, single, legend, multiples));
  }
  return Math.round(Math.min(480, Math.max(240, width / 2)));
}

/** The chart's stylesheet (core theme + base + the chart's own), as the live element adopts it. */
export async function chartCss(kind: ChartKind): Promise<string> {
  const ctor = await CLASSES[kind]();
  ctor.finalize();
  return ctor.elementStyles.map((s) => s.cssText).join('\n');
}

/** Controls do nothing without a script: buttons (the radar's legend) become plain text spans. */
function staticControls(root: MarkupElement): void {
  for (const el of elements(root)) {
    if (el.tag !== 'button') continue;
    el.tag = 'span';
    for (const name of ['type', 'aria-pressed', 'aria-label', 'disabled']) el.attrs.delete(name);
  }
}

const rulesCache = new Map<ChartKind, ReturnType<typeof parseCss>>();

/** Draw one chart statically. Throws the chart's own error when it cannot be drawn (unknown county…). */
export async function renderStaticChart(
  dataset: Dataset,
  request: StaticChartRequest,
  idPrefix = '',
): Promise<StaticChart> {
  const ctor = await CLASSES[request.chart]();
  const element = new ctor() as AnyChart;
  element.data = dataset;
  setAttributes(element, ctor, request.attributes);
  let size: ChartSize = { width: request.width, height: request.height ?? 0 };
  let description: ChartDescription | undefined;
  const template = element.renderStatic(
    (d) => {
      description = d;
      if (!request.height) size = { width: request.width, height: defaultHeight(request.chart, d, request) };
      return size;
    },
    request.lang,
    idPrefix,
  );
  const markup = collectResultSync(render(template));
  const tree = parseMarkup(markup);
  let rules = rulesCache.get(request.chart);
  if (!rules) rulesCache.set(request.chart, (rules = parseCss(await chartCss(request.chart))));
  inlineStyles(tree, rules);
  staticControls(tree);
  return { html: serializeMarkup(tree), title: description!.title, size, description: description! };
}
