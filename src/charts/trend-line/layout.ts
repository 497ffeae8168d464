/**
 * The trend line's view model in pixels: (model, size) → marks, axes, bands and labels. Pure: no DOM.
 *
 * Encoding: achieved levels (actual solid dots, estimates hollow) joined by a solid line; the path a
 * plan implies dashed, ending at a target diamond; five-year totals as spans at their yearly mean;
 * the Five-Year Plan period (十四五, 2021–2025) shaded and named behind the plot.
 */
import { formatNumber } from '../../format/number.js';
import type { Lang } from '../../format/lang.js';
import { linePath } from '../core/path.js';
import { linearScale, niceDomain } from '../core/scales.js';
import { estimateTextWidth } from '../core/text-fit.js';
import { clampBox, takeFirstFree, textBox, type Box } from './label-boxes.js';
import type { MarkShape, TrendMark, TrendModel, TrendSpanMark } from './model.js';
import { fiveYearPlan, fiveYearPlanName } from './words.js';

export interface TrendSize {
  readonly width: number;
  readonly height: number;
  /** Label font size in px (default 12). */
  readonly fontSize?: number;
}

export interface PlacedMark extends TrendMark {
  readonly x: number;
  readonly y: number;
}

export interface PlacedSpan extends TrendSpanMark {
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  /** Where the span's label is drawn (centred); absent when no free place was found for it. */
  readonly labelAt?: { readonly x: number; readonly y: number };
}

export interface TrendLine {
  readonly seriesIndex: number;
  readonly role: 'achieved' | 'plan';
  readonly d: string;
}

export interface TrendText {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly anchor: 'start' | 'end';
  readonly seriesIndex: number;
}

export interface Tick {
  readonly value: number;
  readonly pos: number;
  readonly label: string;
}

/** A Five-Year Plan period on the year axis; the current one (十四五) is shaded. */
export interface PlanBand {
  readonly x0: number;
  readonly x1: number;
  readonly label: string;
  readonly current: boolean;
}

export interface TrendLayout {
  readonly width: number;
  readonly height: number;
  readonly plot: {
    readonly left: number;
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
  };
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  readonly bands: readonly PlanBand[];
  readonly lines: readonly TrendLine[];
  readonly spans: readonly PlacedSpan[];
  /** Focusable point marks, in the model's reading order. */
  readonly marks: readonly PlacedMark[];
  /** Direct labels at the right end of each series. */
  readonly labels: readonly TrendText[];
  /** Required versus latest rate, beside the plan's start. */
  readonly annotations: readonly TrendText[];
}

export type { MarkShape };

function tickText(v: number, unit: string, lang: Lang): string {
  if (unit === '%') return `${formatNumber(v, lang)}%`;
  return formatNumber(v, lang, { maximumFractionDigits: 1 });
}

export function trendLayout(model: TrendModel, size: TrendSize): TrendLayout {
  const fs = size.fontSize ?? 12;
  const { lang, unit } = model;
  const years: number[] = [];
  const values: number[] = [];
  const add = (v: number, ...yrs: number[]): void => {
    values.push(v);
    years.push(...yrs);
  };
  for (const m of model.marks) add(m.value, m.year);
  for (const s of model.spans) add(s.value, s.period.start, s.period.end);
  for (const s of model.series) for (const p of [...s.achieved, ...s.plan]) add(p.value, p.year);

  // Rates and stated amounts start at zero; an index is read against 100, so it need not.
  const includeZero = model.view === 'rate' || (!model.indexed && values.every((v) => v >= 0));
  const count = size.height < 240 ? 4 : 5;
  // Headroom above the highest value for span labels and the plan band's name.
  const lo = Math.min(...values, model.indexed ? 100 : Infinity);
  const hi = Math.max(...values, model.indexed ? 100 : -Infinity);
  const headroom = values.length ? [hi + (hi - Math.min(lo, includeZero ? 0 : lo)) * 0.08] : [];
  const yDomain = niceDomain([...(model.indexed ? [100] : []), ...values, ...headroom], {
    includeZero,
    count,
  });
  const yTickValues = linearScale(yDomain, [0, 1]).ticks(count);
  const yTickText = yTickValues.map((v) => tickText(v, unit, lang));

  // Margins: left for y tick labels, right for direct labels, top for the plan band's name.
  const left = Math.ceil(Math.max(20, ...yTickText.map((t) => estimateTextWidth(t, fs - 1))) + 8);
  const labelWidth = Math.max(
    0,
    ...model.series.map((s, i) => estimateTextWidth(endLabel(model, i, s.label), fs)),
  );
  const right = Math.min(Math.round(size.width * 0.32), Math.ceil(labelWidth) + 12);
  const top = fs + 10;
  const bottom = fs + 10;
  const plot = {
    left,
    top,
    right: Math.max(left + 10, size.width - right),
    bottom: Math.max(top + 10, size.height - bottom),
  };

  const minYear = years.length ? Math.min(...years) : 2021;
  const maxYear = years.length ? Math.max(...years) : 2026;
  const pad = maxYear === minYear ? 1 : 0.5;
  const x = linearScale([minYear - pad, maxYear + pad], [plot.left, plot.right]);
  const y = linearScale(yDomain, [plot.bottom, plot.top]);

  // Year ticks: every year when there is room (≥ 34 px a year), else every other one.
  const every = Math.max(1, Math.ceil(34 / Math.max(1, x(minYear + 1) - x(minYear))));
  const xTicks: Tick[] = [];
  for (let yr = minYear; yr <= maxYear; yr += every)
    xTicks.push({ value: yr, pos: x(yr), label: String(yr) });
  const yTicks: Tick[] = yTickValues.map((v, i) => ({ value: v, pos: y(v), label: yTickText[i]! }));

  // Five-Year Plan bands within the axis: the current one (十四五) shaded, its neighbours named.
  const bands: PlanBand[] = [];
  if (!model.empty) {
    for (let start = fiveYearPlan(minYear).start; start <= maxYear; start += 5) {
      const fyp = fiveYearPlan(start);
      const x0 = Math.max(plot.left, x(fyp.start - 0.5));
      const x1 = Math.min(plot.right, x(fyp.end + 0.5));
      if (x1 - x0 < 4) continue;
      const name = fiveYearPlanName(fyp.ordinal, lang);
      const full = `${name} ${fyp.start}–${fyp.end}`;
      const label =
        estimateTextWidth(full, fs - 1) <= x1 - x0 - 8
          ? full
          : estimateTextWidth(name, fs - 1) <= x1 - x0 - 4
            ? name
            : '';
      bands.push({ x0, x1, label, current: fyp.ordinal === 14 });
    }
  }

  const path = (points: readonly { year: number; value: number }[]): string =>
    linePath(
      points,
      (p) => x(p.year),
      (p) => y(p.value),
    );
  const lines: TrendLine[] = [];
  model.series.forEach((s, si) => {
    if (s.achieved.length > 1)
      lines.push({
        seriesIndex: si,
        role: 'achieved',
        d: path(s.achieved),
      });
    if (s.plan.length > 1)
      lines.push({
        seriesIndex: si,
        role: 'plan',
        d: path(s.plan),
      });
  });
  const marks: PlacedMark[] = model.marks.map((m) => ({ ...m, x: x(m.year), y: y(m.value) }));
  const spans: PlacedSpan[] = model.spans.map((s) => ({
    ...s,
    x0: x(s.period.start - 0.4),
    x1: x(s.period.end + 0.4),
    y: y(s.value),
  }));

  const labels: TrendText[] = [];
  const annotations: TrendText[] = [];
  model.series.forEach((s, si) => {
    const own = marks.filter((m) => m.seriesIndex === si);
    const last = own.reduce<PlacedMark | undefined>((a, m) => (!a || m.x >= a.x ? m : a), undefined);
    if (last)
      labels.push({
        x: last.x + 9,
        y: last.y,
        text: endLabel(model, si, s.label),
        anchor: 'start',
        seriesIndex: si,
      });
    if (s.annotation && s.annotationAt) {
      // Beside the plan's start, on the side the dashed path leaves free (below when it rises).
      // No room below (an index path starting on the baseline): the plot's top-left corner is free.
      const rises = (s.plan.at(-1)?.value ?? 0) >= s.annotationAt.value;
      const ay = y(s.annotationAt.value) + (rises ? fs + 6 : -10);
      const roomBelow = !rises || ay <= plot.bottom - 6;
      annotations.push({
        x: roomBelow ? x(s.annotationAt.year) + 8 : plot.left + 8,
        y: roomBelow ? ay : plot.top + fs + 4,
        text: s.annotation,
        anchor: 'start',
        seriesIndex: si,
      });
    }
  });
  spreadLabels(labels, fs + 2, plot);
  fitAnnotations(annotations, fs, plot, size.width);
  const labelledSpans = separateTexts(labels, annotations, spans, marks, bands, plot, fs, size.width);
  return {
    width: size.width,
    height: size.height,
    plot,
    xTicks,
    yTicks,
    bands,
    lines,
    spans: labelledSpans,
    marks,
    labels,
    annotations,
  };
}

/** The direct label: the county name when several share the chart, then the last value. */
function endLabel(model: TrendModel, si: number, name: string): string {
  const own = model.marks.filter((m) => m.seriesIndex === si);
  const last = own.reduce<TrendMark | undefined>((a, m) => (!a || m.year >= a.year ? m : a), undefined);
  if (!last) return '';
  return model.series.length > 1 ? `${name} ${last.valueText}` : last.valueText;
}

/** Push direct labels apart vertically so they never overlap, keeping them inside the plot. */
function spreadLabels(labels: TrendText[], gap: number, plot: TrendLayout['plot']): void {
  const order = labels.map((l, i) => ({ l, i })).sort((a, b) => a.l.y - b.l.y);
  let prev = -Infinity;
  for (const o of order) {
    const yv = Math.max(o.l.y, prev + gap, plot.top + gap / 2);
    labels[o.i] = { ...o.l, y: yv };
    prev = yv;
  }
  const overflow = prev - plot.bottom;
  if (overflow > 0) for (const o of order) labels[o.i] = { ...labels[o.i]!, y: labels[o.i]!.y - overflow };
}

/** Keep annotations inside the chart: end-anchor them when they would overrun the right edge. */
function fitAnnotations(notes: TrendText[], fs: number, plot: TrendLayout['plot'], width: number): void {
  notes.forEach((a, i) => {
    const w = estimateTextWidth(a.text, fs - 1);
    let xv = a.x;
    let anchor: TrendText['anchor'] = 'start';
    if (xv + w > width - 4) {
      xv = Math.min(width - 4, Math.max(w + 4, a.x));
      anchor = 'end';
      if (xv - w < 4) {
        xv = 4;
        anchor = 'start';
      }
    }
    notes[i] = {
      ...a,
      x: xv,
      anchor,
      y: Math.min(plot.bottom - 4, Math.max(plot.top + fs, a.y + i * (fs + 4))),
    };
  });
}

/**
 * Keep the texts from running into each other, by priority: the direct end labels and the marks
 * stay put; an annotation (the required rate) moves a line down or up if that frees it; a span's
 * label goes above or below its span, centred or flush with either end, or is left out: its text
 * is still in the span's tooltip and in the table.
 */
function separateTexts(
  labels: readonly TrendText[],
  annotations: TrendText[],
  spans: readonly PlacedSpan[],
  marks: readonly PlacedMark[],
  bands: readonly PlanBand[],
  plot: TrendLayout['plot'],
  fs: number,
  width: number,
): PlacedSpan[] {
  const small = fs - 1;
  const taken: Box[] = [
    // End labels are bold, centred on their y (dominant-baseline: middle).
    ...labels.map((t) => textBox(t.text, t.x, t.y + fs * 0.35, fs, 'start', 1.06)),
    ...marks.map((m) => ({ x0: m.x - 6, y0: m.y - 6, x1: m.x + 6, y1: m.y + 6 })),
    ...spans.map((s) => ({ x0: s.x0, y0: s.y - 3, x1: Math.max(s.x1, s.x0 + 2), y1: s.y + 3 })),
    ...bands.filter((b) => b.label).map((b) => textBox(b.label, b.x0 + 4, plot.top - 5, small, 'start')),
  ];
  const bounds: Box = { x0: 2, y0: 0, x1: width - 2, y1: plot.bottom };
  const line = fs + 4;
  annotations.forEach((a, i) => {
    const shifts = [0, line, -line, 2 * line, -2 * line];
    const boxes = shifts.map((dy) => textBox(a.text, a.x, a.y + dy, small, a.anchor));
    const k = takeFirstFree(boxes, taken, bounds);
    if (k > 0) annotations[i] = { ...a, y: a.y + shifts[k]! };
    else if (k < 0) taken.push(boxes[0]!); // the required rate stays, even crowded
  });
  const spanBounds: Box = { ...bounds, x0: plot.left };
  return spans.map((s) => {
    if (!s.label) return s;
    const baselines = [s.y - 8, s.y + 3 + small * 0.8 + 4];
    const places: [number, 'middle' | 'start' | 'end'][] = [
      [(s.x0 + s.x1) / 2, 'middle'],
      [s.x0, 'start'],
      [s.x1, 'end'],
    ];
    const candidates = baselines.flatMap((yb) =>
      places.map(([x, anchor]) => ({
        yb,
        box: clampBox(textBox(s.label, x, yb, small, anchor), spanBounds.x0, spanBounds.x1),
      })),
    );
    const k = takeFirstFree(
      candidates.map((c) => c.box),
      taken,
      spanBounds,
    );
    if (k < 0) return s;
    const { box, yb } = candidates[k]!;
    return { ...s, labelAt: { x: (box.x0 + box.x1) / 2, y: yb } };
  });
}
