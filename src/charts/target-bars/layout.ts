/**
 * The pure view model of <county-target-bars>: rows + plot size → positions, in px.
 * No DOM, no Lit: unit-tested in node. Growth rates, shares and levels never share an axis:
 * rows arrive grouped by measure; growth and share groups each get one shared scale with ticks,
 * level rows each get their own scale (and no ticks, which would be misleading).
 */
import type { Measure } from '../../data/types.js';
import { formatNumber, type Lang } from '../../format/index.js';
import { estimateTextWidth, linearScale, niceDomain, truncateToWidth } from '../core/index.js';
import type { BarValue, TargetBarRow } from './describe.js';

export interface LayoutOptions {
  readonly lang: Lang;
  /** The rows have targets only. (Their words already say so: the layout draws them alike.) */
  readonly targetsOnly?: boolean;
}

/** A line of text at baseline `y`; its x follows from its class (name and sub at 0, values and change at the right edge). */
export interface TextBox {
  readonly y: number;
  readonly text: string;
}

export interface GroupLayout {
  readonly measure: Measure;
  /** "增速(同一刻度)" at the group's top left. */
  readonly label: TextBox;
  /** Tick labels (centred on x, kept inside the plot) of a shared scale (growth, share); empty for levels. */
  readonly ticks: readonly { readonly x: number; readonly label: TextBox & { readonly x: number } }[];
  /** The grid lines of the ticks, as one path. */
  readonly grid: string;
  readonly gridTop: number;
  readonly gridBottom: number;
  /** x of the zero line of a shared scale. */
  readonly zeroX?: number;
}

export interface RowLayout {
  readonly index: number;
  readonly measure: Measure;
  readonly y: number;
  readonly height: number;
  readonly name: TextBox;
  /** Periods (wide), or periods with values (narrow), under the name. */
  readonly sub: TextBox;
  /** Values column (wide only): "8% → ≥9%"; `parts` [actual, target] for colouring when it fits whole. */
  readonly values?: TextBox & { readonly parts?: readonly [string, string] };
  readonly change?: TextBox;
  /** A lone level (no pair, own scale): written out at `x` instead of a meaningless bar. */
  readonly lone?: TextBox & { readonly x: number; readonly kind: 'target' | 'actual' };
  readonly bar?: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
    readonly estimate: boolean;
    /** The high end of an actual range, drawn as a lighter extension. */
    readonly hi?: { readonly x: number; readonly width: number };
  };
  readonly target?: {
    readonly x: number;
    readonly y1: number;
    readonly y2: number;
    /** ≥ points right (more is within target), ≤ left: the flag's width in px, as drawn. */
    readonly arrow?: number;
    readonly approx: boolean;
    /** A range target (1–2家) as a span between two ticks. */
    readonly span?: { readonly x1: number; readonly x2: number };
  };
  readonly zeroX: number;
}

export interface TargetBarsLayout {
  readonly narrow: boolean;
  readonly width: number;
  readonly groups: readonly GroupLayout[];
  readonly rows: readonly RowLayout[];
  /** Rows that did not fit the height (the element notes how many, at `moreY`). */
  readonly hidden: number;
  readonly moreY: number;
  readonly barX0: number;
  readonly barX1: number;
}

export const NAME_SIZE = 13;
export const SMALL_SIZE = 11;
/** Rows grow to at most this multiple of their base pitch when the box has room to spare. */
export const MAX_PITCH = 2;

const GROUP_LABEL: Readonly<Record<Measure, readonly [string, string]>> = {
  growth: ['增速(同一刻度)', 'Growth rates (one scale)'],
  share: ['比重与比率(同一刻度)', 'Shares and rates (one scale)'],
  level: ['总量(每行各自刻度)', 'Levels (each row on its own scale)'],
};

const extent = (v: BarValue | undefined): number[] =>
  v ? (v.valueHi === undefined ? [v.value] : [v.value, v.valueHi]) : [];

/** Bars, markers and labels for `rows` in a plot of `width` × `height`. Rows must arrive grouped by measure. */
export function layoutTargetBars(
  rows: readonly TargetBarRow[],
  { width, height }: { readonly width: number; readonly height: number },
  { lang }: LayoutOptions,
): TargetBarsLayout {
  const narrow = width < 560;
  const rowHeight = narrow ? 46 : 40;
  const groupHeight = narrow ? 34 : 24;
  const moreHeight = 18;
  const newGroup = (i: number) => !i || rows[i]!.row.measure !== rows[i - 1]!.row.measure;

  // Which rows fit: walk in order, adding a group header when the measure changes.
  let used = 0;
  let fit = 0;
  for (; fit < rows.length; fit++) {
    const next = (newGroup(fit) ? groupHeight : 0) + rowHeight;
    if (fit && used + next + (fit < rows.length - 1 ? moreHeight : 0) > height) break;
    used += next;
  }
  const hidden = rows.length - fit;
  // The box is reserved before the row count is known (no layout shift), so few rows must use it:
  // spread the spare height over them, up to MAX_PITCH times their base pitch, bars a little
  // thicker as rows grow, and centre the block in what is still left.
  const spare = Math.max(0, height - used - (hidden ? moreHeight : 0));
  const stretch = fit ? Math.min(spare / fit, rowHeight * (MAX_PITCH - 1)) : 0;
  const rh = rowHeight + stretch;
  const barH = (narrow ? 8 : 10) + Math.min(narrow ? 2 : 4, Math.round(stretch / 10));
  // Narrow rows keep their labels above the bar: the whole row moves to the middle of its pitch.
  const pad = narrow ? stretch / 2 : 0;

  const labelW = narrow ? width : Math.min(260, Math.max(110, width * 0.28));
  const valueW = narrow ? width : Math.min(220, Math.max(110, width * 0.22));
  const barX0 = narrow ? 0 : labelW + 14;
  const barX1 = narrow ? width : width - valueW - 14;
  const l = lang === 'zh-CN' ? 0 : 1;

  const groups: GroupLayout[] = [];
  const out: RowLayout[] = [];
  let y = hidden ? 0 : Math.floor((spare - stretch * fit) / 2);
  for (let i = 0; i < fit;) {
    const measure = rows[i]!.row.measure;
    let end = i + 1;
    while (end < fit && !newGroup(end)) end++;
    const members = rows.slice(i, end);
    const shared = measure !== 'level';
    const groupScale = shared
      ? linearScale(
          niceDomain(
            members.flatMap((m) => [...extent(m.actual), ...extent(m.target)]),
            { count: narrow ? 4 : 6 },
          ),
          [barX0, barX1],
        )
      : undefined;
    const top = y;
    const ticks =
      groupScale?.ticks(narrow ? 4 : 6).map((t, k, all) => {
        const x = groupScale(t);
        const text = formatNumber(t, lang, { maximumFractionDigits: 1 }) + (k === all.length - 1 ? '%' : '');
        // Keep end labels inside the plot: centre them at least half their width from the edges.
        const half = estimateTextWidth(text, SMALL_SIZE) / 2;
        return {
          x,
          label: { x: Math.max(half, Math.min(width - half, x)), y: top + (narrow ? 28 : 15), text },
        };
      }) ?? [];
    y += groupHeight;
    for (const row of members) {
      const { actual, target } = row;
      const values = [...extent(actual), ...extent(target)];
      const lo = Math.min(0, ...values);
      const hi = Math.max(0, ...values);
      // A level row's own scale: zero to its largest value plus room for the marker.
      const scale =
        groupScale ?? linearScale([lo, hi === lo ? lo + 1 : lo + (hi - lo) * 1.08], [barX0, barX1]);
      const zeroX = scale(0);
      const cy = narrow ? y + pad + 38 : y + rh / 2;
      const lonely = !shared && !(actual && target);
      const nameY = narrow ? y + pad + 14 : cy - 2;
      const subY = narrow ? nameY + 15 : cy + 12;
      const changeW = narrow && row.change ? estimateTextWidth(row.change, SMALL_SIZE) + 8 : 0;
      const x1 = actual && scale(actual.value);
      const tx = target && scale(target.value);
      const reach = barH / 2 + 5;
      const fitted = truncateToWidth(row.values, valueW, 12);
      const kind = target ? 'target' : 'actual';
      out.push({
        index: out.length,
        measure,
        y,
        height: rh,
        name: { y: nameY, text: truncateToWidth(row.name, labelW - changeW, NAME_SIZE) },
        sub: {
          y: subY,
          text: truncateToWidth(narrow && !lonely ? row.detail : row.periods, labelW, SMALL_SIZE),
        },
        values:
          narrow || lonely
            ? undefined
            : {
                y: nameY,
                text: fitted,
                parts: fitted === row.values && actual && target ? [actual.text, target.text] : undefined,
              },
        change: row.change
          ? { y: narrow ? nameY : subY, text: truncateToWidth(row.change, valueW, SMALL_SIZE) }
          : undefined,
        lone: lonely
          ? {
              x: barX0,
              y: cy + 4,
              text: truncateToWidth(row[kind]!.text, barX1 - barX0, NAME_SIZE),
              kind,
            }
          : undefined,
        bar:
          x1 === undefined || lonely
            ? undefined
            : {
                x: Math.min(zeroX, x1),
                y: cy - barH / 2,
                width: Math.max(1, Math.abs(x1 - zeroX)),
                height: barH,
                estimate: actual!.kind === 'estimate',
                hi:
                  actual!.valueHi === undefined
                    ? undefined
                    : {
                        x: Math.min(x1, scale(actual!.valueHi)),
                        width: Math.abs(scale(actual!.valueHi) - x1),
                      },
              },
        // ≥ on a falling rate drawn leftwards still means "more": arrows follow the scale direction.
        target:
          tx === undefined || lonely
            ? undefined
            : {
                x: tx,
                y1: cy - reach,
                y2: cy + reach,
                arrow: target!.comparator === '>=' ? 6 : target!.comparator === '<=' ? -6 : undefined,
                approx: target!.comparator === '~',
                span: target!.valueHi === undefined ? undefined : { x1: tx, x2: scale(target!.valueHi) },
              },
        zeroX,
      });
      y += rh;
    }
    groups.push({
      measure,
      label: {
        y: top + (narrow ? 12 : 15),
        text: truncateToWidth(GROUP_LABEL[measure][l], shared ? labelW : width, SMALL_SIZE),
      },
      ticks,
      grid: ticks.map((t) => `M${t.x} ${top + groupHeight - 4}V${y}`).join(''),
      gridTop: top + groupHeight - 4,
      gridBottom: y,
      zeroX: groupScale?.(0),
    });
    i = end;
  }
  return {
    narrow,
    width,
    groups,
    rows: out,
    hidden,
    moreY: Math.min(height - 4, y + 14),
    barX0,
    barX1,
  };
}
