/**
 * A statistics table written as text: reports often append one (附表: 2024年主要经济指标完成情况), and a copy
 * from a web page or a PDF keeps it as lines of cells apart by blanks or tabs:
 *
 *   指标名称　单位　2024年　增长%
 *   地区生产总值　亿元　215.8　5.7
 *   规模以上工业增加值　亿元　—　8.2
 *
 * The sentence rules cannot read it (a cell's unit stands in another column), so this module does: the
 * header says what each column holds (a year's level, a target, a growth rate), each row names its thing and
 * its unit, and every number cell becomes a figure whose span is the number itself. A dash is a missing
 * value: no figure, never a zero.
 */
import type { Comparator, Figure, FigureKind } from '../data/types.js';
import { multiplierAt, perUnitAt, unitAt } from './units.js';

/** One number cell read as a figure (the fields it fills of the dataset's Figure), with its row (its sentence). */
export type TableCell = Pick<
  Figure,
  | 'subject'
  | 'kind'
  | 'measure'
  | 'value'
  | 'valueHi'
  | 'unit'
  | 'baseValue'
  | 'baseValueHi'
  | 'baseUnit'
  | 'comparator'
  | 'direction'
  | 'period'
> & {
  readonly start: number;
  readonly end: number;
  readonly rowStart: number;
  readonly rowEnd: number;
};

interface Cell {
  readonly text: string;
  readonly start: number;
}

/** Cells are apart by blanks, tabs or bars (｜, folded to |); the names of Chinese indicators hold none. */
function cellsOf(line: string, lineStart: number): Cell[] {
  const cells: Cell[] = [];
  for (const m of line.matchAll(/[^\s\u3000|]+/g)) cells.push({ text: m[0], start: lineStart + m.index });
  return cells;
}

const NUMBER = /^([-−+]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
/** A target cell: a number, a range (6—7) and a qualifier (8以上, 5左右). */
const TARGET_CELL = /^(\d+(?:\.\d+)?)(?:[—–~-]+(\d+(?:\.\d+)?))?(以上|以下|以内|左右)?$/;
const CELL_COMPARATOR: Readonly<Record<string, Comparator>> = {
  以上: '>=',
  以下: '<=',
  以内: '<=',
  左右: '~',
};
/** A row number in a first 序号 column. */
const ROW_NUMBER = /^\d{1,3}[.、]?$/;
/** A cell left empty on purpose: —, -, /, ×, 空. */
const MISSING = /^(?:[-—–―/×]+|空|—+)$/;
const NAME_HEADER = /^(?:主要)?(?:指标|项目|名称)/;
const UNIT_HEADER = /^(?:计量)?单位$/;
const GROWTH_HEADER = /增长|增速|增幅|增减|同比|比上年|±/;

interface Unit {
  readonly unit: string;
  readonly baseUnit: string;
  readonly factor: number;
}

/** 亿元, 元, %, 万吨, 元/人 as a whole cell (or the bracket of a name: 地区生产总值(亿元)). */
export function readUnitCell(text: string): Unit | null {
  const multiplier = multiplierAt(text, 0);
  const at = multiplier ? multiplier[0].length : 0;
  const base = unitAt(text, at);
  if (!base) return null;
  const per = perUnitAt(text, at + base.length, base) ?? '';
  if (at + base.length + per.length !== text.length) return null;
  return { unit: text, baseUnit: base + per, factor: multiplier ? multiplier[1] : 1 };
}

interface Column {
  readonly measure: 'level' | 'growth';
  readonly kind: FigureKind;
  readonly year: number;
  /** 个百分点 stated in the header (增减百分点). */
  readonly points: boolean;
}

/** What each column after the name (and unit) holds, from its header cell. */
function columnsOf(headers: readonly string[], titleYear: number | null, reportYear: number): Column[] {
  const columns: Column[] = [];
  let last: Column | null = null;
  for (const header of headers) {
    const year = /((?:19|20)\d\d)年?/.exec(header)?.[1];
    const growth = GROWTH_HEADER.test(header);
    const stated: FigureKind | null = /目标|预期|计划/.test(header)
      ? 'target'
      : /预计/.test(header)
        ? 'estimate'
        : null;
    // a growth column without its own year or kind is the growth of the level just before it
    const base: Column | null = growth && !year && !stated ? last : null;
    const y = year
      ? Number(year)
      : (base?.year ?? titleYear ?? (stated === 'target' ? reportYear : reportYear - 1));
    const kind = stated ?? base?.kind ?? (y >= reportYear ? 'target' : 'actual');
    const column: Column = {
      measure: growth ? 'growth' : 'level',
      kind,
      year: y,
      points: /百分点/.test(header),
    };
    columns.push(column);
    if (!growth) last = column;
  }
  return columns;
}

interface Line {
  readonly text: string;
  readonly start: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    lines.push({ text: line.replace(/\r$/, ''), start });
    start += line.length + 1;
  }
  return lines;
}

/** The first year a line names (2024年梅坪县主要经济指标完成情况), or null. */
const yearIn = (line: string | undefined): number | null => {
  const m = /((?:19|20)\d\d)年/.exec(line ?? '');
  return m ? Number(m[1]) : null;
};

/**
 * Every number cell of every statistics table in `text` (the report with full-width forms folded, one unit
 * for one, so offsets are the report's; its lines as written, not joined as a PDF's broken lines are).
 */
export function readStatTables(text: string, reportYear: number): TableCell[] {
  const lines = linesOf(text);
  const out: TableCell[] = [];
  for (let i = 0; i < lines.length; i++) {
    const cells = cellsOf(lines[i]!.text, lines[i]!.start);
    // a first 序号 column numbers the rows
    const numbered = /^序号$/.test(cells[0]?.text ?? '');
    const header = numbered ? cells.slice(1) : cells;
    if (header.length < 2 || !NAME_HEADER.test(header[0]!.text)) continue;
    const hasUnitColumn = UNIT_HEADER.test(header[1]?.text ?? '');
    const valueHeaders = header.slice(hasUnitColumn ? 2 : 1).map((c) => c.text);
    // a table's header names its value columns by year, kind or growth; a sentence starting with 指标 does not
    if (
      !valueHeaders.length ||
      !valueHeaders.every((h) =>
        /\d{4}|目标|预期|计划|预计|完成|实绩|数值|增长|增速|增幅|增减|同比|%/.test(h),
      )
    )
      continue;
    let title: number | null = null;
    for (let k = i - 1; k >= Math.max(0, i - 3) && title === null; k--) title = yearIn(lines[k]!.text);
    const columns = columnsOf(valueHeaders, title, reportYear);
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!;
      if (!line.text.trim()) continue;
      const row = readRow(line, columns, hasUnitColumn, numbered);
      if (!row) break;
      out.push(...row);
      i = j;
    }
  }
  return out;
}

/** A row's cells as figures, or null when the line is not a row of this table (the table has ended). */
function readRow(
  line: Line,
  columns: readonly Column[],
  hasUnitColumn: boolean,
  numbered: boolean,
): TableCell[] | null {
  const all = cellsOf(line.text, line.start);
  if (numbered && !ROW_NUMBER.test(all[0]?.text ?? '')) return null;
  const cells = numbered ? all.slice(1) : all;
  const valueCells = cells.slice(hasUnitColumn ? 2 : 1);
  if (!cells.length || valueCells.length !== columns.length) return null;
  let name = cells[0]!.text.replace(/^其中[:：]?/, '');
  let unit: Unit | null;
  if (hasUnitColumn) unit = readUnitCell(cells[1]!.text);
  else {
    // 地区生产总值(亿元)
    const bracket = /[((]([^()()]+)[))]$/.exec(name);
    unit = bracket ? readUnitCell(bracket[1]!) : null;
    if (bracket) name = name.slice(0, bracket.index);
  }
  if (!unit || !/[\u4e00-\u9fff]/.test(name)) return null;
  if (!valueCells.every((c) => NUMBER.test(c.text) || TARGET_CELL.test(c.text) || MISSING.test(c.text)))
    return null;
  const rowStart = cells[0]!.start;
  const rowEnd = line.start + line.text.trimEnd().length;
  const share = unit.baseUnit === '%' || unit.baseUnit === '‰';
  // 一般公共预算收入增长(%): the row itself is a growth rate
  const growthRow = share && GROWTH_HEADER.test(name);
  const figures: TableCell[] = [];
  valueCells.forEach((cell, k) => {
    const m = NUMBER.exec(cell.text);
    const target = m ? null : TARGET_CELL.exec(cell.text);
    if (!m && !target) return;
    const column = columns[k]!;
    const negative = !!m && (m[1] === '-' || m[1] === '−');
    const magnitude = m ? Number(`${m[2]!.replace(/,/g, '')}${m[3] ? `.${m[3]}` : ''}`) : Number(target![1]);
    const hi = target?.[2] !== undefined ? Number(target[2]) : undefined;
    const growth = column.measure === 'growth' || growthRow;
    // a share's change is in percentage points; an amount's in per cent
    const cellUnit = growthRow ? unit.unit : growth ? (share || column.points ? '个百分点' : '%') : unit.unit;
    const factor = growth ? 1 : unit.factor;
    const value = growth || !negative ? magnitude : -magnitude;
    figures.push({
      subject: name,
      kind: column.kind,
      measure: growth ? 'growth' : share ? 'share' : 'level',
      value,
      ...(hi !== undefined ? { valueHi: hi, baseValueHi: Number((hi * factor).toPrecision(12)) } : {}),
      unit: cellUnit,
      baseValue: Number((value * factor).toPrecision(12)),
      baseUnit: growth ? cellUnit : unit.baseUnit,
      comparator: target?.[3] ? CELL_COMPARATOR[target[3]]! : '=',
      ...(growth ? { direction: negative ? ('decrease' as const) : ('increase' as const) } : {}),
      period: { start: column.year, end: column.year },
      start: cell.start,
      end: cell.start + cell.text.length,
      rowStart,
      rowEnd,
    });
  });
  return figures;
}
