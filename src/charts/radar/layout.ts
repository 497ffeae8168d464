/**
 * The radar's view model: comparison + size + options -> panels of axes, rings, polygons broken at
 * missing axes, and the focusable marks (vertices and 'not reported' gaps). Pure (no DOM, no Lit),
 * unit-tested in node.
 */
import type { RadarComparison, RadarValue } from '../../data/comparison.js';
import type { Lang } from '../../format/lang.js';
import { pick } from '../core/language.js';
import { estimateTextWidth as textWidth, truncateToWidth, wrapText as wrapLines } from '../core/text-fit.js';
import { radarText } from './describe.js';

export interface RadarLayoutOptions {
  readonly lang: Lang;
  /** County id drawn on top and emphasised; the others are dimmed. */
  readonly highlight?: string | null;
  /** County ids the reader switched off in the legend. */
  readonly hidden?: ReadonlySet<string>;
  /** 'auto': small multiples below 480 px or with more than four shown counties. */
  readonly smallMultiples?: boolean | 'auto';
  /** Reserve room for the legend above the radar (default true). */
  readonly legend?: boolean;
}

export interface RadarSize {
  readonly width: number;
  readonly height: number;
}

export interface AxisLabel {
  readonly x: number;
  readonly anchor: 'start' | 'middle' | 'end';
  /** Lines of the indicator name, already wrapped; `note` is an extra line (lower is better). */
  readonly lines: readonly string[];
  readonly note?: string;
  /** The whole name, when `lines` had to cut it (shown as the label's title). */
  readonly full?: string;
  /** Baseline of the first line; the others follow `lineHeight` apart. */
  readonly y: number;
  readonly lineHeight: number;
}

export interface AxisLayout {
  readonly indicator: string;
  /** Clockwise from the top: -π/2 for the first axis. */
  readonly angle: number;
  readonly label: AxisLabel;
}

export interface Ring {
  /** Share of the axis' reference (0.5 = half the reference). */
  readonly level: number;
  readonly r: number;
  readonly label?: { readonly x: number; readonly y: number; readonly text: string };
}

/** A focusable mark: a county's vertex on an axis, or the × of an axis it does not report. */
export interface RadarMark {
  readonly county: string;
  readonly axis: number;
  /** The vertex, or the centre of the × beyond the outer ring. */
  readonly x: number;
  readonly y: number;
  readonly value: RadarValue;
  readonly colorIndex: number;
  readonly dimmed: boolean;
}

export interface CountyShape {
  readonly county: string;
  readonly colorIndex: number;
  readonly highlighted: boolean;
  readonly dimmed: boolean;
  /** Outline: one closed ring when every axis is reported, else open runs broken at each gap. */
  readonly outline: string;
  /** Fill: wedges from the centre between neighbouring reported axes, so a gap shows as a notch. */
  readonly fill: string;
}

export interface RadarPanel {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Small multiples: the panel's title (its county's name). */
  readonly title?: { readonly x: number; readonly y: number; readonly text: string };
  readonly cx: number;
  readonly cy: number;
  readonly radius: number;
  readonly innerRadius: number;
  readonly axes: readonly AxisLayout[];
  readonly rings: readonly Ring[];
  /** Paths: the rings and spokes (grid), and the 100% and outer rings (drawn darker). */
  readonly grid: string;
  readonly frame: string;
  /** County shapes in drawing order (the highlighted one last, on top). */
  readonly shapes: readonly CountyShape[];
}

export interface RadarLayout {
  readonly mode: 'single' | 'small-multiples';
  readonly panels: readonly RadarPanel[];
  /** Every mark in reading order (county by county, axis by axis): the description's marks, one to one. */
  readonly marks: readonly RadarMark[];
  readonly fontSize: number;
  /** Height of the legend band at the top of the plot (0 without a legend). */
  readonly legendHeight: number;
  /** Whether any shown county leaves an axis unreported (the legend then explains the × mark). */
  readonly hasGaps: boolean;
  /** Whether filled (actual) and hollow (target or estimate) vertices both appear (the legend then explains them). */
  readonly mixedKinds: boolean;
}

interface Grid {
  readonly columns: number;
  readonly rows: number;
  readonly panelWidth: number;
  readonly panelHeight: number;
}

/**
 * Text fitting memoised: a page of radars fits the same county and indicator names again and again
 * (every chart, every re-layout on hover or resize), and each fit estimates every character.
 */
const fitted = new Map<string, number | readonly string[]>();
function memo<T extends number | readonly string[]>(key: string, fit: () => T): T {
  let value = fitted.get(key) as T | undefined;
  if (value === undefined) {
    if (fitted.size > 2000) fitted.clear();
    fitted.set(key, (value = fit()));
  }
  return value;
}
const estimateTextWidth = (text: string, fontSize: number): number =>
  memo(`w${fontSize}:${text}`, () => textWidth(text, fontSize));
const wrapText = (text: string, maxWidth: number, fontSize: number, maxLines: number): readonly string[] =>
  memo(`l${fontSize}:${maxLines}:${maxWidth}:${text}`, () => wrapLines(text, maxWidth, fontSize, maxLines));

/** Gap marks sit this far beyond the outer ring; labels start beyond them. */
const GAP_OFFSET = 9;
const LABEL_GAP = 22;

/** Whether a comparison is drawn as small multiples at this width. */
export const useSmallMultiples = (width: number, shownCounties: number, option: boolean | 'auto' = 'auto') =>
  option === 'auto' ? width < 480 || shownCounties > 4 : option;

/** Grid of small multiples for `count` panels at `width`: panels as tall as their width wants. */
export function smallMultipleGrid(width: number, count: number): Grid {
  const columns = Math.max(1, Math.min(count, Math.floor(width / 340)));
  const panelWidth = width / columns;
  return {
    columns,
    rows: Math.ceil(count / columns),
    panelWidth,
    panelHeight: Math.round(Math.min(panelWidth, 420) * 0.82 + 28),
  };
}

/**
 * A grid that fits `count` panels into a box: the wanted grid when it fits, else the column count
 * that gives the largest radius, `radiusOf(panelWidth, panelHeight)` telling what a panel's labels leave.
 */
export function fittedGrid(
  width: number,
  height: number,
  count: number,
  radiusOf: (panelWidth: number, panelHeight: number) => number = Math.min,
): Grid {
  let best = smallMultipleGrid(width, count);
  let bestRadius = best.rows * best.panelHeight > height + 0.5 ? -Infinity : Infinity;
  for (let columns = 1; columns <= count; columns++) {
    const rows = Math.ceil(count / columns);
    const radius = radiusOf(width / columns, height / rows);
    if (radius > bestRadius + 0.5)
      [bestRadius, best] = [
        radius,
        { columns, rows, panelWidth: width / columns, panelHeight: height / rows },
      ];
  }
  return best;
}

/**
 * Height of the legend band above the plot at `width`: buttons (swatch and name: 44 px and the
 * name) and key texts wrap onto rows of 26 px, 4 px apart, with 8 px below.
 */
export function legendHeight(labels: readonly string[], width: number, keys: readonly string[] = []): number {
  let rows = 1;
  let x = 0;
  for (const w of [
    ...labels.map((l) => estimateTextWidth(l, 12) + 44),
    ...keys.map((k) => estimateTextWidth(k, 12) + 8),
  ]) {
    if (x > 0 && x + w > width) [rows, x] = [rows + 1, 0];
    x += w + 6;
  }
  return labels.length && rows * 30 + 4;
}

/**
 * Plot height to reserve at `width`: `singleHeight` for one radar, else the legend plus rows of
 * small multiples as tall as their width wants (known before data arrives when the counties are).
 */
export function radarHeight(
  width: number,
  shownCounties: number,
  singleHeight: number,
  legend = 0,
  option: boolean | 'auto' = 'auto',
): number {
  const grid = smallMultipleGrid(width, Math.max(1, shownCounties));
  return useSmallMultiples(width, shownCounties, option)
    ? legend + grid.rows * grid.panelHeight
    : singleHeight;
}

const xy = (p: { x: number; y: number }) => `${Math.round(p.x * 100) / 100},${Math.round(p.y * 100) / 100}`;

export function radarLayout(
  comparison: RadarComparison,
  size: RadarSize,
  { lang, hidden, highlight, smallMultiples, legend }: RadarLayoutOptions,
): RadarLayout {
  const { axes, series } = comparison;
  const shown = series.filter((s) => !hidden?.has(s.county.id));
  const small = useSmallMultiples(size.width, shown.length, smallMultiples);
  const fontSize = small ? 11 : 12;
  const lineHeight = Math.round(fontSize * 1.25);
  const n = axes.length;
  const angles = axes.map((_, i) => -Math.PI / 2 + (2 * Math.PI * i) / n);
  const names = axes.map((a) => pick(a.indicator.name, lang));
  // Rings at quarter steps up to the largest value of any county, shown or not (switching one off
  // keeps the scale), and at most 4× the reference: a tiny stated reference would make them endless.
  let largest = 1;
  for (const s of series)
    for (const v of s.values)
      if (v.status === 'reported' && v.normalized > largest && Number.isFinite(v.normalized))
        largest = v.normalized;
  const outerLevel = Math.ceil(4 * Math.min(4, largest) - 1e-9) / 4;
  const lit = shown.some((s) => s.county.id === highlight) ? highlight : null;
  // Whether a shown county leaves an axis unreported, and whether filled and hollow vertices both appear.
  let hasGaps = false;
  let actual = false;
  let other = false;
  for (const s of shown)
    for (const v of s.values)
      if (v.status !== 'reported') hasGaps = true;
      else if (v.kind === 'actual') actual = true;
      else other = true;
  const mixedKinds = actual && other;
  const keys: string[] = [];
  if (hasGaps) keys.push(radarText('gapKey', lang));
  if (mixedKinds) keys.push(radarText('kindKey', lang));
  const legendBand =
    legend === false
      ? 0
      : legendHeight(
          series.map((s) => pick(s.county.name, lang)),
          size.width,
          keys,
        );
  const available = Math.max(0, size.height - legendBand);

  // Room beside the circle for the widest side label set on two lines (its longest word unbroken),
  // with a little slack: real Latin glyphs run wider than the estimate in some fonts.
  const sideLabel = Math.max(
    fontSize * 3,
    ...names.map((name, i) => {
      const cos = Math.abs(Math.cos(angles[i]));
      const longestWord = Math.max(...name.split(/\s+/).map((w) => estimateTextWidth(w, fontSize)));
      return cos > 0.08
        ? (Math.max(longestWord, estimateTextWidth(name, fontSize) / 2 + fontSize) * cos + 4) * 1.08
        : 0;
    }),
  );
  /** The circle's radius in a panel (before the 24 px floor): side labels get what is left beside it. */
  const radiusFor = (width: number, height: number, top: number) =>
    Math.min(
      width / 2 - Math.min(width * 0.3, fontSize * 10, sideLabel) - GAP_OFFSET - 6,
      // A titled small multiple hangs from its title: below it, the top label (two lines), the circle,
      // and the bottom label (up to two lines and a note, with its descent) must fit in the panel.
      top
        ? (height - top - 2 * LABEL_GAP - 4 * lineHeight - fontSize * 1.05) / 2
        : height / 2 - GAP_OFFSET - lineHeight * 2.6,
      width * 0.42,
    );

  const marks: RadarMark[] = [];
  /** One radar in the box (x, y, width, height); `top` > 0 leaves room for the title of a small multiple. */
  const panel = (
    x: number,
    y: number,
    width: number,
    height: number,
    top: number,
    counties: typeof shown,
  ): RadarPanel => {
    const radius = Math.max(24, radiusFor(width, height, top));
    const innerRadius = Math.round(radius * 0.8) / 10;
    const cx = x + width / 2;
    // A titled small multiple hangs from its title; a single radar is centred in its box.
    const cy = top ? y + top + LABEL_GAP + lineHeight * 2 + radius : y + height / 2;
    const point = (angle: number, r: number) => ({
      x: cx + r * Math.cos(angle),
      y: cy + r * Math.sin(angle),
    });
    const at = (level: number) =>
      innerRadius + ((level > 0 ? Math.min(level, outerLevel) : 0) / outerLevel) * (radius - innerRadius);

    const rings: Ring[] = [];
    let grid = angles.map((a) => `M${xy(point(a, innerRadius))}L${xy(point(a, radius))}`).join('');
    let frame = '';
    for (let level = 0.25; level <= outerLevel + 1e-9; level += 0.25) {
      const r = at(level);
      // Polygons through the spokes (circles with fewer than three axes).
      const d = `M${(n > 2 ? angles : Array.from({ length: 48 }, (_, k) => (k * Math.PI) / 24))
        .map((a) => xy(point(a, r)))
        .join('L')}Z`;
      if (level === 1 || level > outerLevel - 1e-9) frame += d;
      else grid += d;
      // Labelled on the ring's straight edge between the first two spokes, not on its corner.
      const p = point(
        n > 1 ? Math.PI / n - Math.PI / 2 : -Math.PI / 4,
        n > 2 ? r * Math.cos(Math.PI / n) : r,
      );
      rings.push({
        level,
        r,
        label:
          small || (level !== 1 && level !== 0.5)
            ? undefined
            : { x: p.x + 3, y: p.y - 3, text: `${level * 100}%` },
      });
    }

    const shapes = counties.map((s): CountyShape => {
      const colorIndex = series.indexOf(s);
      const dimmed = !!lit && lit !== s.county.id;
      const points = s.values.map((v, i) => {
        let p = point(angles[i], v.status === 'reported' ? at(v.normalized) : radius + GAP_OFFSET);
        if (v.status !== 'reported') {
          // Several counties missing on one axis: spread their × marks across the spoke's end.
          const missing = counties.filter((c) => c.values[i].status !== 'reported');
          const offset = (missing.indexOf(s) - (missing.length - 1) / 2) * 9;
          p = { x: p.x - Math.sin(angles[i]) * offset, y: p.y + Math.cos(angles[i]) * offset };
        }
        marks.push({ county: s.county.id, axis: i, x: p.x, y: p.y, value: v, colorIndex, dimmed });
        return xy(p);
      });
      // Walk round from just after a gap (from axis 0 when there is none): the outline moves over
      // each gap and the fill closes a wedge from the centre for each run of reported axes.
      const start = s.values.findIndex((v) => v.status !== 'reported');
      let outline = '';
      let fill = '';
      let run = false;
      for (let k = 1; k <= n; k++) {
        const i = (start + k) % n;
        const reported = s.values[i].status === 'reported';
        if (reported) {
          outline += (run ? 'L' : 'M') + points[i];
          fill += (run ? 'L' : `M${cx},${cy}L`) + points[i];
        } else if (run) fill += 'Z';
        run = reported;
      }
      const closed = outline && `${outline}Z`;
      return {
        county: s.county.id,
        colorIndex,
        highlighted: highlight === s.county.id,
        dimmed,
        outline: start < 0 && n > 2 ? closed : outline,
        fill: start < 0 ? closed : fill,
      };
    });
    // The highlighted county is drawn last, on top.
    shapes.sort((a, b) => +a.highlighted - +b.highlighted);

    const axisLayouts = axes.map((axis, i): AxisLayout => {
      const angle = angles[i];
      const cos = Math.cos(angle);
      const sin = Math.sin(angle);
      // Only (near-)vertical spokes centre their label; the others lean away from the circle.
      const anchor = cos > 0.08 ? 'start' : cos < -0.08 ? 'end' : 'middle';
      const p = point(angle, radius + LABEL_GAP);
      const full = names[i];
      const lines = wrapText(
        full,
        Math.max(
          fontSize * 3,
          anchor === 'start'
            ? x + width - p.x - 6
            : anchor === 'end'
              ? p.x - x - 6
              : // Top and bottom labels share the arc with their neighbours.
                Math.min(
                  width * 0.7,
                  radius * 1.6,
                  Math.max(fontSize * 5, 2.4 * (radius + LABEL_GAP) * Math.sin(Math.PI / Math.max(n, 2))),
                ),
        ),
        fontSize,
        2,
      );
      const note = axis.inverted
        ? radarText(small ? 'lowerIsBetterShort' : 'lowerIsBetter', lang)
        : undefined;
      const spread = (lines.length - (note ? 0 : 1)) * lineHeight;
      return {
        indicator: axis.indicator.id,
        angle,
        label: {
          x: p.x,
          anchor,
          lines,
          note,
          full: lines.join('').replace(/\s/g, '') === full.replace(/\s/g, '') ? undefined : full,
          // Top labels grow upwards, bottom labels downwards, side labels are centred on the spoke's end.
          y:
            sin < -0.5 ? p.y - spread : sin > 0.5 ? p.y + fontSize * 0.8 : p.y - spread / 2 + fontSize * 0.35,
          lineHeight,
        },
      };
    });

    return {
      x,
      y,
      width,
      height,
      cx,
      cy,
      radius,
      innerRadius,
      axes: axisLayouts,
      rings,
      grid,
      frame,
      shapes,
    };
  };

  const top = fontSize + 14;
  const { columns, panelWidth, panelHeight } = fittedGrid(size.width, available, shown.length || 1, (w, h) =>
    radiusFor(w, h, top),
  );
  return {
    mode: small ? 'small-multiples' : 'single',
    panels: small
      ? shown.map((s, i) => {
          const x = (i % columns) * panelWidth;
          const y = legendBand + Math.floor(i / columns) * panelHeight;
          // Cut to the panel (13 px bold): the legend above names every county in full.
          const text = truncateToWidth(pick(s.county.name, lang), panelWidth - 8, 14);
          return {
            ...panel(x, y, panelWidth, panelHeight, top, [s]),
            title: { x: x + panelWidth / 2, y: y + fontSize + 6, text },
          };
        })
      : [panel(0, legendBand, size.width, available, 0, shown)],
    marks,
    fontSize,
    legendHeight: legendBand,
    hasGaps,
    mixedKinds,
  };
}
