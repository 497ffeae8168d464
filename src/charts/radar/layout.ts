/**
 * The radar's view model: comparison + size + options -> panels of axes, rings, polygons broken at
 * missing axes, vertices, 'not reported' marks and legend items. Pure (no DOM, no Lit), unit-tested in node.
 */
import type { RadarComparison, RadarGap, RadarVertex } from '../../data/comparison.js';
import type { Lang } from '../../format/lang.js';
import { radarText } from './strings.js';
import { estimateTextWidth, wrapText } from '../core/text-fit.js';

export interface RadarLayoutOptions {
  readonly lang: Lang;
  /** County id drawn on top and emphasised; the others are dimmed. */
  readonly highlight?: string | null;
  /** County ids the reader switched off in the legend. */
  readonly hidden?: ReadonlySet<string>;
  /** 'auto': small multiples below `narrowWidth` or with more than four shown counties. */
  readonly smallMultiples?: boolean | 'auto';
  readonly narrowWidth?: number;
  readonly fontSize?: number;
  /** Reserve room for the legend above the radar (default true). */
  readonly legend?: boolean;
}

export interface RadarSize {
  readonly width: number;
  /** Height of the plot for one radar; small multiples compute their own (see `RadarLayout.height`). */
  readonly height: number;
}

export interface AxisLabel {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  /** Lines of the indicator name, already wrapped; `note` is an extra line (lower is better). */
  readonly lines: readonly string[];
  readonly note?: string;
  readonly full: string;
  readonly truncated: boolean;
  /** y of the first line's baseline. */
  readonly firstBaseline: number;
  readonly lineHeight: number;
}

export interface AxisLayout {
  readonly index: number;
  readonly indicator: string;
  readonly angle: number;
  /** The spoke, from the inner ring to the outer ring. */
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly inverted: boolean;
  /** The counties' figures on this axis differ in kind or period (marked * beside the label). */
  readonly mixedPeriods: boolean;
  readonly label: AxisLabel;
}

export interface Ring {
  /** Share of the axis' reference (0.5 = half the best value). */
  readonly level: number;
  readonly r: number;
  readonly path: string;
  readonly label?: { readonly x: number; readonly y: number; readonly text: string };
}

export interface VertexMark {
  readonly kind: 'vertex';
  readonly county: string;
  readonly axis: number;
  readonly x: number;
  readonly y: number;
  readonly value: RadarVertex;
}

export interface GapMark {
  readonly kind: 'gap';
  readonly county: string;
  readonly axis: number;
  /** Centre of the × drawn beyond the outer ring on that axis. */
  readonly x: number;
  readonly y: number;
  readonly value: RadarGap;
}

export type RadarMark = VertexMark | GapMark;

export interface CountyShape {
  readonly county: string;
  readonly colorIndex: number;
  readonly highlighted: boolean;
  readonly dimmed: boolean;
  /** Outline: one closed path when every axis is reported, else open runs broken at each gap. */
  readonly outline: readonly string[];
  /** Fill: wedges from the centre between neighbouring reported axes, so a gap shows as a notch. */
  readonly fill: string;
  readonly complete: boolean;
  readonly vertices: readonly VertexMark[];
  readonly gaps: readonly GapMark[];
}

export interface RadarPanel {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Small multiples: the panel's county and its title. */
  readonly county?: string;
  readonly title?: { readonly x: number; readonly y: number; readonly text: string };
  readonly cx: number;
  readonly cy: number;
  readonly radius: number;
  readonly innerRadius: number;
  readonly axes: readonly AxisLayout[];
  readonly rings: readonly Ring[];
  readonly shapes: readonly CountyShape[];
}

export interface LegendItem {
  readonly county: string;
  readonly label: string;
  readonly colorIndex: number;
  readonly hidden: boolean;
  readonly highlighted: boolean;
  /** Axes this county does not report (names), for the legend's title and the summary. */
  readonly notReported: readonly string[];
}

export interface RadarLayout {
  readonly mode: 'single' | 'small-multiples';
  readonly width: number;
  /** Total SVG height: the given height for one radar, rows × panel height for small multiples. */
  readonly height: number;
  readonly panels: readonly RadarPanel[];
  readonly legend: readonly LegendItem[];
  /** Every mark in reading order (county by county, axis by axis), for keyboard navigation. */
  readonly marks: readonly RadarMark[];
  readonly fontSize: number;
  /** Height of the legend band at the top of the plot (0 without a legend). */
  readonly legendHeight: number;
  /** Whether any shown county leaves an axis unreported (the legend then explains the × mark). */
  readonly hasGaps: boolean;
  /** Whether filled (actual) and hollow (target or estimate) vertices both appear (the legend then explains them). */
  readonly mixedKinds: boolean;
}

const RING_STEP = 0.25;
const MAX_LEVEL = 4;
/** Gap marks sit this far beyond the outer ring; labels start beyond them. */
const GAP_OFFSET = 9;
const LABEL_GAP = 22;

/** Whether a comparison is drawn as small multiples at this width. */
export function useSmallMultiples(
  width: number,
  shownCounties: number,
  option: boolean | 'auto' = 'auto',
  narrowWidth = 480,
): boolean {
  if (option !== 'auto') return option;
  return width < narrowWidth || shownCounties > 4;
}

/** Grid of small multiples: columns and panel size for `count` panels at `width` (panels as wide as they need). */
export function smallMultipleGrid(
  width: number,
  count: number,
): { columns: number; rows: number; panelWidth: number; panelHeight: number } {
  const columns = Math.max(1, Math.min(count, Math.floor(width / 340)));
  const panelWidth = width / columns;
  const panelHeight = Math.round(Math.min(panelWidth, 420) * 0.82 + 28);
  return { columns, rows: Math.ceil(count / columns), panelWidth, panelHeight };
}

/**
 * A grid that fits `count` panels into a box: the column count that gives the largest panels, or
 * the largest radius when `radiusOf(panelWidth, panelHeight)` tells what a panel's labels leave.
 */
export function fittedGrid(
  width: number,
  height: number,
  count: number,
  radiusOf: (panelWidth: number, panelHeight: number) => number = (w, h) => Math.min(w, h),
): { columns: number; rows: number; panelWidth: number; panelHeight: number } {
  const wanted = smallMultipleGrid(width, count);
  if (wanted.rows * wanted.panelHeight <= height + 0.5) return wanted;
  let best = { columns: 1, rows: count, panelWidth: width, panelHeight: height / count };
  let bestSide = -Infinity;
  for (let columns = 1; columns <= count; columns++) {
    const rows = Math.ceil(count / columns);
    const side = radiusOf(width / columns, height / rows);
    if (side > bestSide + 0.5) {
      bestSide = side;
      best = { columns, rows, panelWidth: width / columns, panelHeight: height / rows };
    }
  }
  return best;
}

const LEGEND_ROW = 26;
const LEGEND_GAP = 6;

/** Estimated width of one legend button (swatch, name, padding, border). */
function legendItemWidth(label: string, fontSize: number): number {
  // border, toggle button (24), name with padding, border.
  return 2 + 2 + 24 + 4 + estimateTextWidth(label, fontSize) + 8 + 2 + 2;
}

/** Height of the legend row(s) above the plot at `width`: buttons wrap onto more rows when narrow. */
export function legendHeight(
  labels: readonly string[],
  width: number,
  extraKeys: string | readonly string[] = [],
  fontSize = 12,
): number {
  if (labels.length === 0) return 0;
  const widths = labels.map((l) => legendItemWidth(l, fontSize));
  for (const key of typeof extraKeys === 'string' ? [extraKeys] : extraKeys) {
    if (key) widths.push(estimateTextWidth(key, fontSize) + 8);
  }
  let rows = 1;
  let x = 0;
  for (const w of widths) {
    if (x > 0 && x + w > width) {
      rows += 1;
      x = 0;
    }
    x += w + LEGEND_GAP;
  }
  return rows * LEGEND_ROW + (rows - 1) * 4 + 8;
}

/**
 * Plot height the element should reserve at `width`: `singleHeight` for one radar, else the
 * legend plus rows of small multiples as tall as their width wants (known before data arrives
 * when the counties are).
 */
export function radarHeight(
  width: number,
  shownCounties: number,
  singleHeight: number,
  legend = 0,
  option: boolean | 'auto' = 'auto',
): number {
  if (!useSmallMultiples(width, shownCounties, option)) return singleHeight;
  const grid = smallMultipleGrid(width, Math.max(1, shownCounties));
  return legend + grid.rows * grid.panelHeight;
}

export function radarLayout(
  comparison: RadarComparison,
  size: RadarSize,
  options: RadarLayoutOptions,
): RadarLayout {
  const hidden = options.hidden ?? new Set<string>();
  const highlight = options.highlight ?? null;
  const { lang } = options;
  const shown = comparison.series.filter((s) => !hidden.has(s.county.id));
  const small = useSmallMultiples(
    size.width,
    shown.length,
    options.smallMultiples ?? 'auto',
    options.narrowWidth,
  );
  const fontSize = options.fontSize ?? (small ? 11 : 12);
  // A tiny stated reference (gdp-growth:1e-9) makes values huge: rings stop at MAX_LEVEL × the
  // reference, values beyond sit on the outer ring (tooltip and table give them exactly).
  const maxLevel = Math.min(
    MAX_LEVEL,
    Math.max(
      1,
      ...comparison.series.flatMap((s) =>
        s.values.map((v) => (v.status === 'reported' && Number.isFinite(v.normalized) ? v.normalized : 0)),
      ),
    ),
  );
  const outerLevel = Math.ceil(maxLevel / RING_STEP - 1e-9) * RING_STEP;

  const legend: LegendItem[] = comparison.series.map((s, i) => ({
    county: s.county.id,
    label: lang === 'en' ? s.county.name.en : s.county.name.zh,
    colorIndex: i,
    hidden: hidden.has(s.county.id),
    highlighted: highlight === s.county.id,
    notReported: s.values.flatMap((v, a) =>
      v.status === 'not-reported' ? [axisName(comparison, a, lang)] : [],
    ),
  }));
  const colorOf = new Map(comparison.series.map((s, i) => [s.county.id, i]));

  const n = comparison.axes.length;
  const lineHeight = Math.round(fontSize * 1.25);
  /** The circle's radius in a panel (before the 24 px floor): room beside it for the side labels, above and below for the others. */
  const radiusFor = (width: number, height: number, top: number, titled: boolean): number => {
    // Side labels get what is left beside the circle; the circle keeps at least 38% of the width.
    // Room beside the circle for the widest side label set on two lines (its longest word unbroken).
    const sideLabel = Math.min(
      width * 0.3,
      fontSize * 10,
      Math.max(
        fontSize * 3,
        ...comparison.axes.map((axis, i) => {
          const cos = Math.cos(-Math.PI / 2 + (2 * Math.PI * i) / n);
          if (Math.abs(cos) <= 0.08) return 0;
          const name = lang === 'en' ? axis.indicator.name.en : axis.indicator.name.zh;
          const longestWord = Math.max(...name.split(/\s+/).map((w) => estimateTextWidth(w, fontSize)));
          // A little slack: real Latin glyphs run wider than the estimate in some fonts.
          return (
            (Math.max(longestWord, estimateTextWidth(name, fontSize) / 2 + fontSize) * Math.abs(cos) + 4) *
            1.08
          );
        }),
      ),
    );
    // A titled small multiple hangs from its title: below it, the top label (two lines), the circle,
    // and the bottom label (up to two lines and a note, with its descent) must fit in the panel.
    const verticalRoom = titled
      ? (height - top - 2 * LABEL_GAP - 4 * lineHeight - fontSize * 1.05) / 2
      : (height - top) / 2 - GAP_OFFSET - lineHeight * 2.6;
    return Math.min(width / 2 - sideLabel - GAP_OFFSET - 6, verticalRoom, width * 0.42);
  };

  const geometry = (
    x: number,
    y: number,
    width: number,
    height: number,
    top: number,
    counties: typeof shown,
    title?: string,
  ): RadarPanel => {
    const radius = Math.max(24, radiusFor(width, height, top, title !== undefined));
    const innerRadius = Math.round(radius * 0.08 * 10) / 10;
    const cx = x + width / 2;
    // A titled small multiple hangs from its title; a single radar is centred in its box.
    const cy =
      title !== undefined ? y + top + LABEL_GAP + lineHeight * 2 + radius : y + top + (height - top) / 2;
    const r = (level: number) =>
      innerRadius + ((level > 0 ? Math.min(level, outerLevel) : 0) / outerLevel) * (radius - innerRadius);
    const point = (angle: number, rad: number) => ({
      x: cx + rad * Math.cos(angle),
      y: cy + rad * Math.sin(angle),
    });

    const axes: AxisLayout[] = comparison.axes.map((axis, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
      const inner = point(angle, innerRadius);
      const outer = point(angle, radius);
      const cos = Math.cos(angle);
      const sin = Math.sin(angle);
      // Only (near-)vertical spokes centre their label; neighbours of the bottom spoke lean away from it.
      const anchor: AxisLabel['anchor'] = cos > 0.08 ? 'start' : cos < -0.08 ? 'end' : 'middle';
      const at = point(angle, radius + LABEL_GAP);
      const maxWidth =
        anchor === 'middle'
          ? // Top and bottom labels share the arc with their neighbours.
            Math.min(
              width * 0.7,
              radius * 1.6,
              Math.max(fontSize * 5, 2.4 * (radius + LABEL_GAP) * Math.sin(Math.PI / Math.max(n, 2))),
            )
          : anchor === 'start'
            ? x + width - at.x - 6
            : at.x - x - 6;
      const full = lang === 'en' ? axis.indicator.name.en : axis.indicator.name.zh;
      const lines = wrapText(full, Math.max(fontSize * 3, maxWidth), fontSize, 2);
      const truncated = lines.join('').replace(/\s/g, '') !== full.replace(/\s/g, '');
      const note = axis.inverted
        ? radarText(small ? 'lowerIsBetterShort' : 'lowerIsBetter', lang)
        : undefined;
      const count = lines.length + (note ? 1 : 0);
      // Top labels grow upwards, bottom labels downwards, side labels are centred on the spoke's end.
      const firstBaseline =
        sin < -0.5
          ? at.y - (count - 1) * lineHeight
          : sin > 0.5
            ? at.y + fontSize * 0.8
            : at.y - ((count - 1) * lineHeight) / 2 + fontSize * 0.35;
      return {
        index: i,
        indicator: axis.indicator.id,
        angle,
        x1: inner.x,
        y1: inner.y,
        x2: outer.x,
        y2: outer.y,
        inverted: axis.inverted,
        mixedPeriods: axis.mixedPeriods,
        label: {
          x: at.x,
          y: at.y,
          anchor,
          lines,
          ...(note ? { note } : {}),
          full,
          truncated,
          firstBaseline,
          lineHeight,
        },
      };
    });

    const rings: Ring[] = [];
    for (let level = RING_STEP; level <= outerLevel + 1e-9; level += RING_STEP) {
      const rr = r(level);
      const pts = axes.map((a) => point(a.angle, rr));
      const path = n >= 3 ? polygonPath(pts, true) : circlePath(cx, cy, rr);
      const labelled = Math.abs(level - 1) < 1e-9 || Math.abs(level - 0.5) < 1e-9;
      const labelAngle = n >= 2 ? -Math.PI / 2 + Math.PI / n : -Math.PI / 4;
      // On the ring's straight edge between two spokes, not on its circumscribed circle.
      const lp = point(labelAngle, n >= 3 ? rr * Math.cos(Math.PI / n) : rr);
      rings.push({
        level,
        r: rr,
        path,
        ...(labelled && !small
          ? { label: { x: lp.x + 3, y: lp.y - 3, text: `${Math.round(level * 100)}%` } }
          : {}),
      });
    }

    const shapes: CountyShape[] = counties.map((s) => {
      const vertices: VertexMark[] = [];
      const gaps: GapMark[] = [];
      const missingOnAxis = (i: number) => counties.filter((c) => c.values[i].status === 'not-reported');
      s.values.forEach((v, i) => {
        const angle = axes[i].angle;
        if (v.status === 'reported') {
          const p = point(angle, r(v.normalized));
          vertices.push({ kind: 'vertex', county: s.county.id, axis: i, x: p.x, y: p.y, value: v });
        } else {
          // Several counties missing on one axis: spread their × marks across the spoke's end.
          const missing = missingOnAxis(i);
          const k = missing.indexOf(s);
          const offset = (k - (missing.length - 1) / 2) * 9;
          const p = point(angle, radius + GAP_OFFSET);
          gaps.push({
            kind: 'gap',
            county: s.county.id,
            axis: i,
            x: p.x - Math.sin(angle) * offset,
            y: p.y + Math.cos(angle) * offset,
            value: v,
          });
        }
      });
      const runs = reportedRuns(s.values.map((v) => v.status === 'reported'));
      const byAxis = new Map(vertices.map((v) => [v.axis, v]));
      const complete = runs.length === 1 && runs[0].length === n;
      const outline = complete
        ? [
            polygonPath(
              runs[0].map((i) => byAxis.get(i)!),
              n >= 3,
            ),
          ]
        : runs
            .filter((run) => run.length >= 2)
            .map((run) =>
              polygonPath(
                run.map((i) => byAxis.get(i)!),
                false,
              ),
            );
      const fill = complete
        ? outline[0]
        : runs
            .filter((run) => run.length >= 2)
            .map((run) => polygonPath([{ x: cx, y: cy }, ...run.map((i) => byAxis.get(i)!)], true))
            .join(' ');
      return {
        county: s.county.id,
        colorIndex: colorOf.get(s.county.id) ?? 0,
        highlighted: highlight === s.county.id,
        dimmed:
          highlight !== null && highlight !== s.county.id && shown.some((c) => c.county.id === highlight),
        outline,
        fill,
        complete,
        vertices,
        gaps,
      };
    });
    // The highlighted county is drawn last, on top.
    shapes.sort((a, b) => Number(a.highlighted) - Number(b.highlighted));

    return {
      x,
      y,
      width,
      height,
      ...(counties.length === 1 && title !== undefined
        ? {
            county: counties[0].county.id,
            title: {
              x: x + width / 2,
              y: y + fontSize + 6,
              text: title,
            },
          }
        : {}),
      cx,
      cy,
      radius,
      innerRadius,
      axes,
      rings,
      shapes,
    };
  };

  const hasGaps = shown.some((s) => s.values.some((v) => v.status === 'not-reported'));
  const kinds = new Set(
    shown.flatMap((s) => s.values.flatMap((v) => (v.status === 'reported' ? [v.kind === 'actual'] : []))),
  );
  const mixedKinds = kinds.size > 1;
  const legendBand =
    options.legend === false
      ? 0
      : legendHeight(
          legend.map((l) => l.label),
          size.width,
          [hasGaps ? radarText('gapKey', lang) : '', mixedKinds ? radarText('kindKey', lang) : ''],
        );
  const available = Math.max(0, size.height - legendBand);
  let panels: RadarPanel[];
  let height: number;
  if (!small) {
    panels = [geometry(0, legendBand, size.width, available, 0, shown)];
    height = size.height;
  } else {
    const panelTop = fontSize + 14;
    const grid = fittedGrid(size.width, available, Math.max(1, shown.length), (w, h) =>
      radiusFor(w, h, panelTop, true),
    );
    panels = shown.map((s, i) =>
      geometry(
        (i % grid.columns) * grid.panelWidth,
        legendBand + Math.floor(i / grid.columns) * grid.panelHeight,
        grid.panelWidth,
        grid.panelHeight,
        panelTop,
        [s],
        lang === 'en' ? s.county.name.en : s.county.name.zh,
      ),
    );
    height =
      shown.length === 0 ? size.height : Math.max(size.height, legendBand + grid.rows * grid.panelHeight);
  }

  // Reading order for the keyboard: counties in legend order, each axis clockwise from the top.
  const marks: RadarMark[] = [];
  for (const s of shown) {
    const shape = panels.flatMap((p) => p.shapes).find((sh) => sh.county === s.county.id);
    if (!shape) continue;
    const all: RadarMark[] = [...shape.vertices, ...shape.gaps].sort((a, b) => a.axis - b.axis);
    marks.push(...all);
  }

  return {
    mode: small ? 'small-multiples' : 'single',
    width: size.width,
    height,
    panels,
    legend,
    marks,
    fontSize,
    legendHeight: legendBand,
    hasGaps,
    mixedKinds,
  };
}

function axisName(comparison: RadarComparison, i: number, lang: Lang): string {
  const name = comparison.axes[i].indicator.name;
  return lang === 'en' ? name.en : name.zh;
}

/** Maximal runs of consecutive reported axes, wrapping around (axis n-1 is next to axis 0). */
export function reportedRuns(reported: readonly boolean[]): number[][] {
  const n = reported.length;
  if (n === 0) return [];
  if (reported.every(Boolean)) return [reported.map((_, i) => i)];
  const firstGap = reported.findIndex((r) => !r);
  const runs: number[][] = [];
  let run: number[] = [];
  for (let k = 1; k <= n; k++) {
    const i = (firstGap + k) % n;
    if (reported[i]) run.push(i);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

const fmt = (v: number) => (Math.round(v * 100) / 100).toString();

function polygonPath(points: readonly { x: number; y: number }[], closed: boolean): string {
  if (points.length === 0) return '';
  const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${fmt(p.x)},${fmt(p.y)}`).join('');
  return closed ? `${d}Z` : d;
}

function circlePath(cx: number, cy: number, r: number): string {
  return `M${fmt(cx - r)},${fmt(cy)}A${fmt(r)},${fmt(r)} 0 1 0 ${fmt(cx + r)},${fmt(cy)}A${fmt(r)},${fmt(r)} 0 1 0 ${fmt(cx - r)},${fmt(cy)}Z`;
}
