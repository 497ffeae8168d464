import type { CountySelectDetail } from './events.js';

/** The plot's box in CSS px (the area between the words above and below it). */
export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

/** What the tooltip shows for one mark. Plain text only: templates escape it. */
export interface TooltipContent {
  /** First line, bold: the indicator (and county when several are shown). */
  readonly title: string;
  /** Label → value lines: "2022 目标" → "≥8%"; "完成度" → "94%". */
  readonly rows: readonly { readonly label: string; readonly value: string }[];
  /** The sentences the figures come from, quoted, each with its citation. */
  readonly quotes: readonly { readonly text: string; readonly cite: string }[];
  /** One muted line under the rows, e.g. "五年累计 ÷ 5 = 年均". */
  readonly note?: string;
}

/** One focusable mark: what keyboard, tooltip, table and `county-select` need to know about it. */
export interface ChartMark {
  /** Stable within the chart (e.g. "tonghua:gdp-growth"); survives re-layout. */
  readonly key: string;
  /** Accessible name read when the mark is focused: a full sentence with values and periods. */
  readonly label: string;
  readonly tooltip: TooltipContent;
  readonly select: CountySelectDetail;
}

/** The data table: one row per mark, in mark order; the first cell of a row is its header. */
export interface DataTable {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/**
 * Colour classes a mark or legend swatch can carry; the core styles map each to its token
 * (`--_c` is set to the colour, marks paint with `fill: var(--_c)`). SVG presentation attributes
 * cannot take var(), and inline styles are off-limits under a strict CSP, hence classes.
 */
export type ColorClass = 'c-actual' | 'c-estimate' | 'c-target' | 'c-muted' | `c-s${1 | 2 | 3 | 4 | 5}`;

/** Series colour class for the n-th series (0-based), cycling through the five. */
export const seriesClass = (index: number): ColorClass => `c-s${((index % 5) + 1) as 1 | 2 | 3 | 4 | 5}`;

export interface LegendItem {
  readonly label: string;
  readonly symbol: 'bar' | 'bar-hollow' | 'tick' | 'span' | 'line' | 'dash' | 'dot' | 'ring';
  readonly color: ColorClass;
}

/**
 * Everything about a chart that does not depend on its size: built by the subclass's
 * `describe()` when data, language or attributes change; the plot is drawn from it per size.
 */
export interface ChartDescription {
  readonly title: string;
  readonly subtitle?: string;
  /** Omit (or leave empty) when direct labels say it all. */
  readonly legend?: readonly LegendItem[];
  /** Short notes under the plot: scales, derived values, what the report does not give. */
  readonly notes?: readonly string[];
  /** The source line, e.g. "来源:通化县 2022年政府工作报告". */
  readonly source: string;
  /** What the chart shows, in one or two sentences, for screen readers. */
  readonly summary: string;
  /** Focusable marks in reading order (keyboard order). */
  readonly marks: readonly ChartMark[];
  readonly table: DataTable;
  /** When set, the chart shows this message instead of a plot (nothing to draw, not an error). */
  readonly empty?: string;
}
