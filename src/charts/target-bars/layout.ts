/**
 * The pure view model of <county-target-bars>: rows + plot size → the texts and shapes to draw, in px.
 * No DOM, no Lit: unit-tested in node. Growth rates, shares and levels never share an axis:
 * rows arrive grouped by measure; growth and share groups each get one shared scale with ticks,
 * level rows each get their own scale (and no ticks, which would be misleading).
 */
import type { Measure } from '../../data/types.js';
import { formatNumber, type Lang } from '../../format/index.js';
import {
  estimateTextWidth,
  linearScale,
  niceDomain,
  truncateToWidth,
  type LinearScale,
} from '../core/index.js';
import type { BarValue, TargetBarRow } from './describe.js';

export interface LayoutOptions {
  readonly lang: Lang;
  /** The rows have targets only. (Their words already say so: the layout draws them alike.) */
  readonly targetsOnly?: boolean;
}

/** A line of text: its class, x, baseline y and words; the values column also has its [actual, target] parts to colour. */
export interface TextBox {
  readonly c: string;
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly parts?: readonly [string, string];
}

/**
 * A shape with its classes (core colour and paint classes: `c-target fill`): a rect
 * [class, x, y, width, height] or a path [class, d].
 */
export type Shape = readonly [string, number, number, number, number] | readonly [string, string];

export interface GroupLayout {
  readonly measure: Measure;
  /** The group label ("增速(同一刻度)") and the tick labels. */
  readonly texts: readonly TextBox[];
  /** Ticks of a shared scale (growth, share); none for levels. */
  readonly ticks: readonly { readonly x: number; readonly label: TextBox }[];
  /** Grid lines and the zero line. */
  readonly shapes: readonly Shape[];
}

export interface RowLayout {
  readonly index: number;
  readonly y: number;
  readonly height: number;
  readonly name: TextBox;
  /** Values column (wide, with a pair): "8% → ≥9%". */
  readonly values?: TextBox;
  /** Every text of the row: name, periods (wide) or periods with values (narrow), values, change, a lone level. */
  readonly texts: readonly TextBox[];
  /**
   * The hit area (class `hit`, the whole row), the actual bar (`c-actual fill`, an estimate
   * `c-estimate hollow`, a range's upper part `c-actual span`), the target tick (`c-target fill`;
   * about: a dashed `c-target stroke dash` path; a range: `c-target span` and a second tick) and
   * the ≥/≤ flag (a `c-target fill` path), in drawing order.
   */
  readonly shapes: readonly Shape[];
}

export interface TargetBarsLayout {
  readonly width: number;
  readonly groups: readonly GroupLayout[];
  readonly rows: readonly RowLayout[];
  /** Rows that did not fit the height, and the note that says where they are. */
  readonly hidden: number;
  readonly more?: TextBox;
  /** Where the bars start and end. */
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

/** A rect from x `a` to x `b` (either order, at least 1 px), `height` high, centred on `cy`. */
const between = (c: string, a: number, b: number, cy: number, height: number): Shape => [
  c,
  Math.min(a, b),
  cy - height / 2,
  Math.max(1, Math.abs(b - a)),
  height,
];

const extent = (v?: BarValue): number[] => (v ? [v.value, v.valueHi ?? v.value] : []);

/** Texts and shapes for `rows` in a plot of `width` × `height`. Rows must arrive grouped by measure. */
export function layoutTargetBars(
  rows: readonly TargetBarRow[],
  { width, height }: { readonly width: number; readonly height: number },
  { lang }: LayoutOptions,
): TargetBarsLayout {
  const zh = lang === 'zh-CN';
  const narrow = width < 560;
  const rowHeight = narrow ? 46 : 40;
  const groupHeight = narrow ? 34 : 24;
  const count = narrow ? 4 : 6;
  const newGroup = (i: number) => !i || rows[i]!.row.measure !== rows[i - 1]!.row.measure;
  const fitText = (
    c: string,
    x: number,
    y: number,
    text: string,
    max: number,
    size = SMALL_SIZE,
  ): TextBox => ({
    c,
    x,
    y,
    text: truncateToWidth(text, max, size),
  });

  // Which rows fit: walk in order, adding a group header when the measure changes, and keeping
  // 18 px for the "N more" note while rows remain.
  let used = 0;
  let fit = 0;
  for (; fit < rows.length; fit++) {
    const next = (newGroup(fit) ? groupHeight : 0) + rowHeight;
    if (fit && used + next + (fit < rows.length - 1 ? 18 : 0) > height) break;
    used += next;
  }
  const hidden = rows.length - fit;
  // The box is reserved before the row count is known (no layout shift), so few rows must use it:
  // spread the spare height over them, up to MAX_PITCH times their base pitch, bars a little
  // thicker as rows grow, and centre the block in what is still left.
  const spare = Math.max(0, height - used - (hidden ? 18 : 0));
  const stretch = fit && Math.min(spare / fit, rowHeight * (MAX_PITCH - 1));
  const rh = rowHeight + stretch;
  const barH = (narrow ? 8 : 10) + Math.min(narrow ? 2 : 4, Math.round(stretch / 10));
  const reach = barH / 2 + 5;

  const labelW = narrow ? width : Math.min(260, Math.max(110, width * 0.28));
  const valueW = narrow ? width : Math.min(220, Math.max(110, width * 0.22));
  const barX0 = narrow ? 0 : labelW + 14;
  const barX1 = narrow ? width : width - valueW - 14;

  const groups: GroupLayout[] = [];
  const out: RowLayout[] = [];
  let y = hidden ? 0 : Math.floor((spare - stretch * fit) / 2);
  // The open group: its measure, top, shared scale (growth, share) and ticks.
  let measure: Measure | undefined;
  let top = y;
  let groupScale: LinearScale | undefined;
  let ticks: GroupLayout['ticks'] = [];
  const close = () => {
    const grid = `${top + groupHeight - 4}V${y}`;
    if (measure)
      groups.push({
        measure,
        texts: [
          fitText(
            'group-label',
            0,
            top + (narrow ? 12 : 15),
            GROUP_LABEL[measure][zh ? 0 : 1],
            groupScale ? labelW : width,
          ),
          ...ticks.map((t) => t.label),
        ],
        ticks,
        shapes: groupScale
          ? [
              ['grid', ticks.map((t) => `M${t.x} ${grid}`).join('')],
              ['axis', `M${groupScale(0)} ${grid}`],
            ]
          : [],
      });
  };
  for (let i = 0; i < fit; i++) {
    const row = rows[i]!;
    const { actual, target } = row;
    if (newGroup(i)) {
      close();
      measure = row.row.measure;
      top = y;
      let end = i + 1;
      while (end < fit && !newGroup(end)) end++;
      // Growth rates and shares: one scale for the group, with ticks.
      const scale = (groupScale =
        measure === 'level'
          ? undefined
          : linearScale(
              niceDomain(
                rows.slice(i, end).flatMap((m) => [...extent(m.actual), ...extent(m.target)]),
                { count },
              ),
              [barX0, barX1],
            ));
      ticks =
        scale?.ticks(count).map((t, k, all) => {
          const x = scale(t);
          const text =
            formatNumber(t, lang, { maximumFractionDigits: 1 }) + (k === all.length - 1 ? '%' : '');
          // Keep end labels inside the plot: centre them at least half their width from the edges.
          const half = estimateTextWidth(text, SMALL_SIZE) / 2;
          return {
            x,
            label: {
              c: 'tick',
              x: Math.max(half, Math.min(width - half, x)),
              y: top + (narrow ? 28 : 15),
              text,
            },
          };
        }) ?? [];
      y += groupHeight;
    }
    const values = [...extent(actual), ...extent(target)];
    const lo = Math.min(0, ...values);
    const hi = Math.max(0, ...values);
    // A level row's own scale: zero to its largest value plus room for the marker.
    const scale = groupScale ?? linearScale([lo, hi === lo ? lo + 1 : lo + (hi - lo) * 1.08], [barX0, barX1]);
    const zeroX = scale(0);
    // Narrow rows keep their labels above the bar: the whole row moves to the middle of its pitch.
    const cy = narrow ? y + stretch / 2 + 38 : y + rh / 2;
    const nameY = narrow ? cy - 24 : cy - 2;
    const subY = narrow ? cy - 9 : cy + 12;
    const shapes: Shape[] = [['hit', 0, y + 1, width, rh - 2]];
    const name = fitText(
      'name',
      0,
      nameY,
      row.name,
      labelW - (narrow && row.change ? estimateTextWidth(row.change, SMALL_SIZE) + 8 : 0),
      NAME_SIZE,
    );
    const texts = [name];
    let valuesBox: TextBox | undefined;
    // A level without its pair has no scale worth drawing: its value is written out instead.
    if (!groupScale && !(actual && target)) {
      // (A row given by code may have neither side: then there is nothing to write.)
      texts.push(
        fitText('sub', 0, subY, row.periods, labelW),
        fitText(
          `lone lone-${target ? 'target' : 'actual'}`,
          barX0,
          cy + 4,
          (target ?? actual)?.text ?? '',
          barX1 - barX0,
          NAME_SIZE,
        ),
      );
    } else {
      texts.push(fitText('sub', 0, subY, narrow ? row.detail : row.periods, labelW));
      if (!narrow) {
        valuesBox = fitText('values', width, nameY, row.values, valueW, 12);
        texts.push({
          ...valuesBox,
          parts: valuesBox.text === row.values && actual && target ? [actual.text, target.text] : undefined,
        });
      }
      if (actual) {
        const x = scale(actual.value);
        shapes.push(
          between(actual.kind === 'estimate' ? 'c-estimate hollow' : 'c-actual fill', zeroX, x, cy, barH),
        );
        // The high end of an actual range, as a lighter extension.
        if (actual.valueHi !== undefined)
          shapes.push(between('c-actual span', x, scale(actual.valueHi), cy, barH));
      }
      if (target) {
        const x = scale(target.value);
        const tick = (at: number): Shape => ['c-target fill', at - 1.25, cy - reach, 2.5, 2 * reach];
        // A range target (1–2家): a span between two ticks.
        if (target.valueHi !== undefined) {
          const xHi = scale(target.valueHi);
          shapes.push(between('c-target span', x, xHi, cy, 6), tick(xHi));
        }
        shapes.push(
          target.comparator === '~' ? ['c-target stroke dash', `M${x} ${cy - reach}V${cy + reach}`] : tick(x),
        );
        // A small flag at the marker's top: ▸ "at least" (≥ 以上), ◂ "at most" (≤ 以内). On a falling
        // rate drawn leftwards ≥ still means "more": the flag follows the scale direction.
        const dx = { '>=': 6, '<=': -6 }[target.comparator as string];
        if (dx) shapes.push(['c-target fill', `M${x} ${cy - reach}l${dx} 3.5l${-dx} 3.5z`]);
      }
    }
    if (row.change) texts.push(fitText('change', width, narrow ? nameY : subY, row.change, valueW));
    out.push({ index: i, y, height: rh, name, values: valuesBox, texts, shapes });
    y += rh;
  }
  close();
  return {
    width,
    groups,
    rows: out,
    hidden,
    more: hidden
      ? {
          c: 'more',
          x: 0,
          y: Math.min(height - 4, y + 14),
          text: zh ? `另有 ${hidden} 项见数据表` : `${hidden} more in the table`,
        }
      : undefined,
    barX0,
    barX1,
  };
}
