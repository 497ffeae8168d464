/**
 * The pure view model of <county-target-bars>: rows + texts + plot size → positions, in px.
 * No DOM, no Lit: unit-tested in node. Growth rates, shares and levels never share an axis:
 * rows are grouped by measure; growth and share groups each get one shared scale with ticks,
 * level rows each get their own scale (and no ticks, which would be misleading).
 */
import { MEASURE_ORDER } from '../../data/queries.js';
import type { Comparator, Measure } from '../../data/types.js';
import { formatNumber, type Lang } from '../../format/index.js';
import { linearScale, niceDomain } from '../core/scales.js';
import { estimateTextWidth, truncateToWidth } from '../core/text-fit.js';
import type { BarValue, TargetBarRow } from './bar-row.js';
import type { RowText } from './texts.js';

export interface BarRowInput {
  readonly row: TargetBarRow;
  readonly text: RowText;
}

export interface LayoutOptions {
  readonly lang: Lang;
  /** Width below which labels go above the bars. Default 560. */
  readonly narrowBelow?: number;
  /** The county reports only targets: draw no 'missing actual' anywhere. */
  readonly targetsOnly?: boolean;
}

export interface TextBox {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly anchor: 'start' | 'end' | 'middle';
  /** The text split for colouring (values: actual, arrow, target), present when not truncated. */
  readonly parts?: readonly { readonly text: string; readonly kind: 'actual' | 'arrow' | 'target' }[];
}

export interface GroupLayout {
  readonly measure: Measure;
  readonly label: TextBox;
  /** Tick labels and grid lines of a shared scale (growth, share); empty for levels. */
  readonly ticks: readonly { readonly x: number; readonly label: TextBox }[];
  readonly gridTop: number;
  readonly gridBottom: number;
  /** x of the zero line when the shared scale has one. */
  readonly zeroX?: number;
}

export interface TargetMarker {
  readonly x: number;
  readonly y1: number;
  readonly y2: number;
  readonly comparator: Comparator;
  /** ≥ arrow points right (more is within target), ≤ points left; as drawn (after sign). */
  readonly arrow?: 'right' | 'left';
  readonly approx: boolean;
  /** A range target (1–2家) as a span between two ticks. */
  readonly span?: { readonly x1: number; readonly x2: number };
}

export interface RowLayout {
  readonly index: number;
  readonly key: string;
  readonly measure: Measure;
  readonly y: number;
  readonly height: number;
  readonly name: TextBox;
  /** Periods (wide: under the name) or values with periods (narrow: under the name). */
  readonly sub: TextBox;
  /** Values column (wide only): "8% → ≥9%". */
  readonly values?: TextBox;
  readonly change?: TextBox;
  /** A lone level (no pair, own scale): written out instead of a meaningless bar. */
  readonly loneValue?: TextBox & { readonly kind: 'target' | 'actual' };
  readonly bar?: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
    readonly estimate: boolean;
    /** The high end of an actual range, drawn as a lighter extension. */
    readonly hi?: { readonly x: number; readonly width: number };
  };
  readonly target?: TargetMarker;
  readonly zeroX: number;
  readonly hit: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

export interface TargetBarsLayout {
  readonly narrow: boolean;
  readonly width: number;
  readonly height: number;
  readonly groups: readonly GroupLayout[];
  readonly rows: readonly RowLayout[];
  /** Rows that did not fit the height (the element notes how many). */
  readonly hidden: number;
  /** Baseline of the "N more not shown" note, when rows are hidden. */
  readonly moreY?: number;
  readonly barX0: number;
  readonly barX1: number;
}

/** The values column: "8% → ≥9%", coloured by part when it fits whole. */
function valueBox(text: RowText, x: number, y: number, maxWidth: number): TextBox {
  const fitted = truncateToWidth(text.values, maxWidth, 12);
  const parts =
    fitted === text.values && text.actual && text.target
      ? [
          { text: text.actual, kind: 'actual' as const },
          { text: ' → ', kind: 'arrow' as const },
          { text: text.target, kind: 'target' as const },
        ]
      : undefined;
  return { x, y, text: fitted, anchor: 'end', parts };
}

function clampLabel(x: number, text: string, width: number): number {
  const half = estimateTextWidth(text, SMALL_SIZE) / 2;
  return Math.max(half, Math.min(width - half, x));
}

export const NAME_SIZE = 13;
export const SMALL_SIZE = 11;
/** Rows grow to at most this multiple of their base pitch when the box has room to spare. */
export const MAX_PITCH = 2;

const GROUP_LABEL: Readonly<Record<Measure, Record<Lang, string>>> = {
  growth: { 'zh-CN': '增速(同一刻度)', en: 'Growth rates (one scale)' },
  share: { 'zh-CN': '比重与比率(同一刻度)', en: 'Shares and rates (one scale)' },
  level: { 'zh-CN': '总量(每行各自刻度)', en: 'Levels (each row on its own scale)' },
};

const extent = (v: BarValue | undefined): number[] =>
  v ? [v.value, ...(v.valueHi === undefined ? [] : [v.valueHi])] : [];

function tickText(n: number, measure: Measure, lang: Lang, last: boolean): string {
  const s = formatNumber(n, lang, { maximumFractionDigits: 1 });
  return last && measure !== 'level' ? `${s}%` : s;
}

/** Bars, markers and labels for `rows` in a plot of `width` × `height`. Rows must arrive grouped and sorted. */
export function layoutTargetBars(
  input: readonly BarRowInput[],
  size: { readonly width: number; readonly height: number },
  options: LayoutOptions,
): TargetBarsLayout {
  const { width, height } = size;
  const lang = options.lang;
  const narrow = width < (options.narrowBelow ?? 560);
  const rowHeight = narrow ? 46 : 40;
  const groupHeight = narrow ? 34 : 24;
  const moreHeight = 18;

  // Which rows fit: walk in order, adding a group header when the measure changes.
  const ordered = [...input].sort(
    (a, b) => MEASURE_ORDER.indexOf(a.row.measure) - MEASURE_ORDER.indexOf(b.row.measure),
  );
  let used = 0;
  let fit = 0;
  let lastMeasure: Measure | undefined;
  for (const [i, r] of ordered.entries()) {
    const header = r.row.measure !== lastMeasure ? groupHeight : 0;
    const reserve = i < ordered.length - 1 ? moreHeight : 0;
    if (used + header + rowHeight + reserve > height && fit > 0) break;
    used += header + rowHeight;
    lastMeasure = r.row.measure;
    fit++;
  }
  const shown = ordered.slice(0, fit);
  const hidden = ordered.length - fit;
  // The box is reserved before the row count is known (no layout shift), so few rows must use it:
  // spread the spare height over them, up to MAX_PITCH times their base pitch, bars a little
  // thicker as rows grow, and centre the block in what is still left.
  const spare = Math.max(0, height - used - (hidden ? moreHeight : 0));
  const stretch = fit ? Math.min(spare / fit, rowHeight * (MAX_PITCH - 1)) : 0;
  const rh = rowHeight + stretch;
  const barH = (narrow ? 8 : 10) + Math.min(narrow ? 2 : 4, Math.round(stretch / 10));
  const offset = hidden ? 0 : Math.floor((spare - stretch * fit) / 2);

  const labelW = narrow ? width : Math.min(260, Math.max(110, width * 0.28));
  const valueW = narrow ? 0 : Math.min(220, Math.max(110, width * 0.22));
  const gap = 14;
  const barX0 = narrow ? 0 : labelW + gap;
  const barX1 = narrow ? width : width - valueW - gap;

  const groups: GroupLayout[] = [];
  const rows: RowLayout[] = [];
  let y = offset;
  for (const measure of MEASURE_ORDER) {
    const members = shown.filter((r) => r.row.measure === measure);
    if (!members.length) continue;
    const shared = measure !== 'level';
    const domain = shared
      ? niceDomain(
          members.flatMap((m) => [...extent(m.row.actual), ...extent(m.row.target)]),
          { count: narrow ? 4 : 6 },
        )
      : undefined;
    const groupScale = domain ? linearScale(domain, [barX0, barX1]) : undefined;
    const top = y;
    const ticks = groupScale
      ? groupScale.ticks(narrow ? 4 : 6).map((t, i, all) => ({
          x: groupScale(t),
          label: {
            // Keep end labels inside the plot: centre them at least half their width from the edges.
            x: clampLabel(groupScale(t), tickText(t, measure, lang, i === all.length - 1), width),
            y: top + (narrow ? 28 : 15),
            text: tickText(t, measure, lang, i === all.length - 1),
            anchor: 'middle' as const,
          },
        }))
      : [];
    y += groupHeight;
    for (const m of members) {
      const { row, text } = m;
      const index = rows.length;
      const values = [...extent(row.actual), ...extent(row.target)];
      const lo = Math.min(0, ...values);
      const hi = Math.max(0, ...values);
      // A level row's own scale: zero to its largest value plus room for the marker.
      const scale =
        groupScale ?? linearScale([lo, hi === lo ? lo + 1 : lo + (hi - lo) * 1.08], [barX0, barX1]);
      const zeroX = scale(0);
      // Narrow rows keep their labels above the bar: the whole row moves to the middle of its pitch.
      const pad = narrow ? (rh - rowHeight) / 2 : 0;
      const cy = narrow ? y + pad + 38 : y + rh / 2;
      const lonely = !shared && !(row.actual && row.target);

      let bar: RowLayout['bar'];
      if (row.actual && !lonely) {
        const x1 = scale(row.actual.value);
        bar = {
          x: Math.min(zeroX, x1),
          y: cy - barH / 2,
          width: Math.max(1, Math.abs(x1 - zeroX)),
          height: barH,
          estimate: row.actual.kind === 'estimate',
          hi:
            row.actual.valueHi !== undefined
              ? {
                  x: Math.min(x1, scale(row.actual.valueHi)),
                  width: Math.abs(scale(row.actual.valueHi) - x1),
                }
              : undefined,
        };
      }
      let target: TargetMarker | undefined;
      if (row.target && !lonely) {
        const t = row.target;
        const x = scale(t.value);
        const reach = barH / 2 + 5;
        // ≥ on a falling rate drawn leftwards still means "more": arrows follow the scale direction.
        target = {
          x,
          y1: cy - reach,
          y2: cy + reach,
          comparator: t.comparator,
          arrow: t.comparator === '>=' ? 'right' : t.comparator === '<=' ? 'left' : undefined,
          approx: t.comparator === '~',
          span: t.valueHi !== undefined ? { x1: x, x2: scale(t.valueHi) } : undefined,
        };
      }
      let loneValue: RowLayout['loneValue'];
      if (lonely) {
        const kind = row.target ? 'target' : 'actual';
        const word = text[kind] ?? '';
        loneValue = {
          x: barX0,
          y: cy + 4,
          text: truncateToWidth(word, barX1 - barX0, NAME_SIZE),
          anchor: 'start',
          kind,
        };
      }

      if (narrow) {
        const changeW = text.change ? estimateTextWidth(text.change, SMALL_SIZE) + 8 : 0;
        const subText = lonely ? text.periods : text.detail;
        rows.push({
          index,
          key: row.key,
          measure,
          y,
          height: rh,
          name: {
            x: 0,
            y: y + pad + 14,
            text: truncateToWidth(text.name, width - changeW, NAME_SIZE),
            anchor: 'start',
          },
          sub: { x: 0, y: y + pad + 29, text: truncateToWidth(subText, width, SMALL_SIZE), anchor: 'start' },
          change: text.change ? { x: width, y: y + pad + 14, text: text.change, anchor: 'end' } : undefined,
          loneValue: loneValue && { ...loneValue, y: cy + 4 },
          bar,
          target,
          zeroX,
          hit: { x: 0, y: y + 1, width, height: rh - 2 },
        });
      } else {
        rows.push({
          index,
          key: row.key,
          measure,
          y,
          height: rh,
          name: { x: 0, y: cy - 2, text: truncateToWidth(text.name, labelW, NAME_SIZE), anchor: 'start' },
          sub: { x: 0, y: cy + 12, text: truncateToWidth(text.periods, labelW, SMALL_SIZE), anchor: 'start' },
          values: lonely ? undefined : valueBox(text, width, cy - 2, valueW),
          change: text.change
            ? { x: width, y: cy + 12, text: truncateToWidth(text.change, valueW, SMALL_SIZE), anchor: 'end' }
            : undefined,
          loneValue,
          bar,
          target,
          zeroX,
          hit: { x: 0, y: y + 1, width, height: rh - 2 },
        });
      }
      y += rh;
    }
    groups.push({
      measure,
      label: {
        x: 0,
        y: top + (narrow ? 12 : 15),
        text: truncateToWidth(GROUP_LABEL[measure][lang], narrow || !shared ? width : labelW, SMALL_SIZE),
        anchor: 'start',
      },
      ticks,
      gridTop: top + groupHeight - 4,
      gridBottom: y,
      zeroX: groupScale ? groupScale(0) : undefined,
    });
  }
  return {
    narrow,
    width,
    height,
    groups,
    rows,
    hidden,
    moreY: hidden ? Math.min(height - 4, y + 14) : undefined,
    barX0,
    barX1,
  };
}
