/**
 * The trend line's view model in pixels: (model, size) → marks, axes, bands and labels. Pure: no DOM.
 *
 * Encoding: achieved levels (actual solid dots, estimates hollow) joined by a solid line; the path a
 * plan implies dashed, ending at a target diamond; five-year totals as spans at their yearly mean;
 * the Five-Year Plan period (十四五, 2021–2025) shaded and named behind the plot.
 *
 * Labels never run into each other, without measuring the DOM: each text gets an estimated box
 * (the core's text-fit widths), and lower-priority labels take the first free candidate position
 * or are left out (their text stays in the tooltip and the table).
 */
import { formatNumber } from '../../format/number.js';
import type { Period } from '../../data/types.js';
import type { Lang } from '../../format/lang.js';
import { linePath } from '../core/path.js';
import { linearScale, niceDomain, ticks } from '../core/scales.js';
import { estimateTextWidth } from '../core/text-fit.js';
import type { TrendMark, TrendModel } from './describe.js';

export interface TrendSize {
  readonly width: number;
  readonly height: number;
  /** Label font size in px (default 12). */
  readonly fontSize?: number;
}

/** A mark placed: a point at (x, y), a span from x0 to x1 at y. */
export interface PlacedMark extends TrendMark {
  readonly x: number;
  readonly y: number;
  readonly x0: number;
  readonly x1: number;
  /** Spans: where the label is drawn (centred); absent when no free place was found for it. */
  labelAt?: { readonly x: number; readonly y: number };
}

export type PlacedSpan = PlacedMark & { readonly period: Period; readonly label: string };

export type Anchor = 'start' | 'middle' | 'end';

/** A text drawn from its start (`text-anchor: start`). */
export interface TrendText {
  readonly x: number;
  y: number;
  readonly text: string;
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
  /** The name and years, or the name alone, or '' when neither fits. */
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
  /** The grid as one path (horizontal lines at the y ticks, the start of each unshaded plan period), and the baseline (0, or 100 for an index). */
  readonly grid: string;
  readonly axis: string;
  readonly bands: readonly PlanBand[];
  readonly lines: readonly {
    readonly seriesIndex: number;
    readonly role: 'achieved' | 'plan';
    readonly d: string;
  }[];
  /** Every mark in the model's keyboard order: points, and spans (with `period`). */
  readonly items: readonly PlacedMark[];
  /** Direct labels at the right end of each series. */
  readonly labels: readonly TrendText[];
  /** Required versus latest rate, beside the plan's start. */
  readonly annotations: readonly TrendText[];
}

/** An axis-aligned box in px: left, top, right, bottom. */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** Whether two boxes overlap or come closer than `pad` px. */
export const overlaps = (a: Box, b: Box, pad = 1): boolean =>
  a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;

/**
 * The estimated box of `text` drawn at (`x`, `baseline`) with `anchor`: ascent 0.8em, descent
 * 0.25em. `widthFactor` widens bold text, which runs wider than the estimate.
 */
export function textBox(
  text: string,
  x: number,
  baseline: number,
  fontSize: number,
  anchor: Anchor,
  widthFactor = 1,
): Box {
  const w = estimateTextWidth(text, fontSize) * widthFactor;
  const x0 = x - w * { start: 0, middle: 0.5, end: 1 }[anchor];
  return { x0, y0: baseline - fontSize * 0.8, x1: x0 + w, y1: baseline + fontSize * 0.25 };
}

/** The Five-Year Plan covering `year` (十一五 began in 2006; the plans run in step since 三五, 1966). */
export function fiveYearPlan(year: number): { start: number; end: number; ordinal: number } {
  const ordinal = 11 + Math.floor((year - 2006) / 5);
  const start = 2006 + (ordinal - 11) * 5;
  return { start, end: start + 4, ordinal };
}

const ZH_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** "十四五" / "14th Five-Year Plan". */
export function fiveYearPlanName(n: number, lang: Lang): string {
  return lang === 'en'
    ? `${n}${(n % 100 > 10 && n % 100 < 14) || n % 10 > 3 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10]} Five-Year Plan`
    : `${n > 19 ? ZH_DIGITS[Math.floor(n / 10) % 10] : ''}${n > 9 ? '十' : ''}${ZH_DIGITS[n % 10]}五`;
}

export function trendLayout(model: TrendModel, size: TrendSize): TrendLayout {
  const { width, height } = size;
  const fs = size.fontSize ?? 12;
  const small = fs - 1;
  const { lang, indexed, series } = model;
  const years: number[] = [];
  const values: number[] = indexed ? [100] : [];
  for (const p of [...model.items, ...series.flatMap((s) => [...s.achieved, ...s.plan])]) {
    values.push(p.value);
    years.push(p.year, (p as TrendMark).period?.end ?? p.year);
  }

  // Rates and stated amounts start at zero; an index is read against 100, so it need not.
  const includeZero = model.view === 'rate' || (!indexed && values.every((v) => v >= 0));
  const count = height < 240 ? 4 : 5;
  // Headroom above the highest value for span labels and the plan band's name.
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const yDomain = niceDomain([...values, hi + (hi - Math.min(lo, includeZero ? 0 : lo)) * 0.08], {
    includeZero,
    count,
  });
  const tickValues = ticks(...yDomain, count);
  const tickText = (v: number) => formatNumber(v, lang) + (model.unit === '%' ? '%' : '');

  // Margins: left for y tick labels, right for direct labels, top for the plan band's name.
  const left = Math.ceil(Math.max(20, ...tickValues.map((v) => estimateTextWidth(tickText(v), small))) + 8);
  const labelWidth = Math.max(0, ...series.map((s) => estimateTextWidth(s.end?.text ?? '', fs)));
  const top = fs + 10;
  const plot = {
    left,
    top,
    right: Math.max(left + 10, width - Math.min(Math.round(width * 0.32), Math.ceil(labelWidth) + 12)),
    bottom: Math.max(top + 10, height - top),
  };
  const { right, bottom } = plot;

  const minYear = years.length ? Math.min(...years) : 2021;
  const maxYear = years.length ? Math.max(...years) : 2026;
  const pad = maxYear === minYear ? 1 : 0.5;
  const x = linearScale([minYear - pad, maxYear + pad], [left, right]);
  const y = linearScale(yDomain, [bottom, top]);

  // Year ticks: every year when there is room (≥ 34 px a year), else every other one (or fewer).
  const every = Math.max(1, Math.ceil(34 / Math.max(1, x(minYear + 1) - x(minYear))));
  const xTicks: Tick[] = [];
  for (let yr = minYear; yr <= maxYear; yr += every)
    xTicks.push({ value: yr, pos: x(yr), label: String(yr) });
  const yTicks = tickValues.map((v) => ({ value: v, pos: y(v), label: tickText(v) }));
  const rules = (isAxis: boolean) =>
    yTicks
      .filter((t) => (t.value === 0 || (indexed && t.value === 100)) === isAxis)
      .map((t) => `M${left},${t.pos}H${right}`)
      .join('');

  // Five-Year Plan bands within the axis: the current one (十四五) shaded, its neighbours named.
  const bands: PlanBand[] = [];
  for (
    let start = Math.max(1966, fiveYearPlan(minYear).start);
    !model.empty && start <= maxYear;
    start += 5
  ) {
    const { end, ordinal } = fiveYearPlan(start);
    const x0 = Math.max(left, x(start - 0.5));
    const room = Math.min(right, x(end + 0.5)) - x0;
    const name = fiveYearPlanName(ordinal, lang);
    const full = `${name} ${start}–${end}`;
    if (room >= 4)
      bands.push({
        x0,
        x1: x0 + room,
        label: [full, name, ''].find((t, i) => estimateTextWidth(t, small) <= room - 8 + 4 * i)!,
        current: ordinal === 14,
      });
  }

  const lines: TrendLayout['lines'][number][] = [];
  series.forEach((s, seriesIndex) => {
    for (const role of ['achieved', 'plan'] as const)
      if (s[role].length > 1)
        lines.push({
          seriesIndex,
          role,
          d: linePath(
            s[role],
            (p) => x(p.year),
            (p) => y(p.value),
          ),
        });
  });
  const items: PlacedMark[] = model.items.map((m) => ({
    ...m,
    x: x(m.year),
    y: y(m.value),
    x0: x(m.year - 0.4),
    x1: x((m.period?.end ?? m.year) + 0.4),
  }));
  const spans = items.filter((m): m is PlacedSpan => !!m.period);

  const labels: TrendText[] = [];
  const annotations: TrendText[] = [];
  for (const s of series) {
    if (s.end) labels.push({ x: x(s.end.year) + 9, y: y(s.end.value), text: s.end.text });
    const at = s.annotationAt;
    if (s.annotation && at) {
      // Beside the plan's start, on the side the dashed path leaves free (below when it rises).
      // No room below (an index path starting on the baseline): the plot's top-left corner is free.
      const rises = (s.plan.at(-1)?.value ?? 0) >= at.value;
      const ay = y(at.value) + (rises ? fs + 6 : -10);
      const roomBelow = !rises || ay <= bottom - 6;
      const text = (series.length > 1 ? s.label + (lang === 'zh-CN' ? ':' : ': ') : '') + s.annotation;
      const w = estimateTextWidth(text, small);
      const ax = roomBelow ? x(at.year) + 8 : left + 8;
      annotations.push({
        // Inside the chart: when it would overrun the right edge, it ends where it would have begun.
        x: ax + w > width - 4 ? Math.max(4, Math.min(width - 4, ax) - w) : ax,
        y: Math.min(
          bottom - 4,
          Math.max(top + fs, (roomBelow ? ay : top + fs + 4) + annotations.length * (fs + 4)),
        ),
        text,
      });
    }
  }

  // Direct labels pushed apart vertically so they never overlap, kept inside the plot.
  const gap = fs + 2;
  const order = [...labels].sort((a, b) => a.y - b.y);
  let prev = -Infinity;
  for (const l of order) prev = l.y = Math.max(l.y, prev + gap, top + gap / 2);
  for (const l of order) l.y -= Math.max(0, prev - bottom);

  // The texts by priority: the direct end labels and the marks stay put; an annotation (the
  // required rate) moves a line down or up if that frees it; a span's label goes above or below its
  // span, centred or flush with either end, or is left out (its tooltip and the table carry it).
  const taken: Box[] = [
    // End labels are bold, centred on their y (dominant-baseline: middle).
    ...labels.map((t) => textBox(t.text, t.x, t.y + fs * 0.35, fs, 'start', 1.06)),
    ...items.map((m) =>
      m.period
        ? { x0: m.x0, y0: m.y - 3, x1: Math.max(m.x1, m.x0 + 2), y1: m.y + 3 }
        : { x0: m.x - 6, y0: m.y - 6, x1: m.x + 6, y1: m.y + 6 },
    ),
    ...bands.filter((b) => b.label).map((b) => textBox(b.label, b.x0 + 4, top - 5, small, 'start')),
  ];
  /** The first candidate inside [x0, x1] × [0, plot bottom] that overlaps nothing taken (then taken too), or -1. */
  const firstFree = (boxes: Box[], x0: number): number => {
    const i = boxes.findIndex(
      (c) =>
        c.x0 >= x0 - 0.5 &&
        c.x1 <= width - 1.5 &&
        c.y0 >= -0.5 &&
        c.y1 <= bottom + 0.5 &&
        !taken.some((t) => overlaps(c, t)),
    );
    if (i >= 0) taken.push(boxes[i]!);
    return i;
  };
  const line = fs + 4;
  for (const a of annotations) {
    const shifts = [0, line, -line, 2 * line, -2 * line];
    const boxes = shifts.map((dy) => textBox(a.text, a.x, a.y + dy, small, 'start'));
    const k = firstFree(boxes, 2);
    if (k < 0) taken.push(boxes[0]!); // the required rate stays, even crowded
    a.y += shifts[k] ?? 0;
  }
  for (const s of spans) {
    const candidates = [s.y - 8, s.y + 7 + small * 0.8].flatMap((yb) =>
      (
        [
          [(s.x0 + s.x1) / 2, 'middle'],
          [s.x0, 'start'],
          [s.x1, 'end'],
        ] as const
      ).map(([cx, anchor]) => {
        const b = textBox(s.label, cx, yb, small, anchor);
        // Shifted horizontally (no more than needed) to lie between the plot's left and the chart's right.
        const dx = b.x0 < left ? left - b.x0 : b.x1 > width - 2 ? width - 2 - b.x1 : 0;
        return { ...b, x0: b.x0 + dx, x1: b.x1 + dx, yb };
      }),
    );
    const c = candidates[firstFree(candidates, left)];
    if (c) s.labelAt = { x: (c.x0 + c.x1) / 2, y: c.yb };
  }
  return {
    width,
    height,
    plot,
    xTicks,
    yTicks,
    grid: rules(false) + bands.map((b) => (b.current ? '' : `M${b.x0},${top}V${bottom}`)).join(''),
    axis: rules(true),
    bands,
    lines,
    items,
    labels,
    annotations,
  };
}
