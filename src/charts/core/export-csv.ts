import type { Comparator, County, Figure, FigureKind, Indicator } from '../../data/types.js';
import type { Lang } from '../../format/lang.js';
import type { ChartDescription } from './view.js';

// Part of the export chunk, loaded on first export: it imports nothing at run time, so the chunk
// never pulls county-charts.js in a second time (e.g. when the page loaded it as county-charts.js?v=3).
// Its few words ([zh, en]) are therefore its own; export-csv.test.ts checks them against src/format.

/** Excel reads a CSV as UTF-8 only when it starts with a byte-order mark; without it 通化县 turns into mojibake. */
export const BOM = '\uFEFF';

/**
 * One CSV cell, always quoted (RFC 4180: inner quotes doubled), so commas and line breaks in a
 * sentence stay in their cell. Text that a spreadsheet would run as a formula (= + - @, tab, CR at
 * the start: "CSV injection") gets a leading apostrophe; finite numbers are written as numbers.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '""';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '""';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

/** Rows → CSV text: BOM, cells joined by commas, CRLF line ends (what Excel writes). */
export function csvText(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const HEADER: Readonly<Record<Lang, readonly string[]>> = {
  'zh-CN': ['县区', '县区代码', '指标', '指标代码', '类型', '时期', '数值', '单位', '比较', '原文', '出处'],
  en: [
    'county',
    'county id',
    'indicator',
    'indicator id',
    'kind',
    'period',
    'value',
    'unit',
    'comparator',
    'source sentence',
    'source',
  ],
};

/** The kind column: 目标 / target (as kindLabel in src/format). */
export const CSV_KIND: Readonly<Record<FigureKind, readonly [string, string]>> = {
  target: ['目标', 'target'],
  actual: ['实际', 'actual'],
  estimate: ['预计', 'estimate'],
};

/**
 * The comparator column in words (as comparatorLabel in src/format: 以上 "at least", 以内 "at most",
 * 约 "about"), and '=' spelt out: it has no word in the reports, and a cell "=" would read as a formula.
 */
export const CSV_COMPARATOR: Readonly<Record<Comparator, readonly [string, string]>> = {
  '=': ['等于', 'exactly'],
  '>=': ['以上', 'at least'],
  '<=': ['以内', 'at most'],
  '~': ['约', 'about'],
};

export interface CsvLookup {
  readonly figures: ReadonlyMap<string, Figure>;
  readonly counties: readonly County[];
  readonly indicators: readonly Indicator[];
}

/** Several figures behind one mark (a bar's actual and target): their values in one cell, in order. */
const join = (values: readonly string[]): string => values.join(' | ');

/**
 * The chart's data as CSV rows: a header, then one row per mark (= per data-table row, same order).
 * The first columns are the data table's, as the reader sees them; then, from the figures behind the
 * mark: county, indicator, kind, period, value as written, unit, comparator, the report's sentence
 * and the report it comes from. A mark drawn from several figures lists them joined by " | ".
 */
export function chartCsvRows(
  description: ChartDescription,
  lookup: CsvLookup,
  lang: Lang,
): (string | number)[][] {
  const { table, marks } = description;
  const en = lang === 'en' ? 1 : 0;
  const rows: (string | number)[][] = [[...table.columns, ...HEADER[lang]]];
  const name = (list: readonly (County | Indicator)[], id: string) => {
    const found = list.find((c) => c.id === id);
    return found ? (en ? found.name.en : found.name.zh) : id;
  };
  const count = Math.max(table.rows.length, marks.length);
  for (let i = 0; i < count; i += 1) {
    const cells: (string | number)[] = [...(table.rows[i] ?? table.columns.map(() => ''))];
    const select = marks[i]?.select;
    const figures = (select?.figureIds ?? [])
      .map((id) => lookup.figures.get(id))
      .filter((f): f is Figure => f !== undefined);
    const countyId = select?.county ?? figures[0]?.county ?? '';
    const indicatorId = select?.indicator ?? figures[0]?.indicator ?? '';
    const each = (cell: (f: Figure) => string) => join(figures.map(cell));
    const only = figures.length === 1 ? figures[0] : undefined;
    cells.push(
      name(lookup.counties, countyId),
      countyId,
      name(lookup.indicators, indicatorId) || (figures[0]?.subject ?? ''),
      indicatorId,
      each((f) => CSV_KIND[f.kind][en]!),
      each(({ period: p }) => (p.start === p.end ? String(p.end) : `${p.start}–${p.end}`)),
      // One plain figure: a number cell, so the spreadsheet can sum it.
      only && only.valueHi === undefined
        ? only.value
        : each((f) => (f.valueHi !== undefined ? `${f.value}–${f.valueHi}` : String(f.value))),
      each((f) => f.unit),
      each((f) => CSV_COMPARATOR[f.comparator][en]!),
      [...new Set(figures.map((f) => f.source.sentence))].join('\n'),
      [...new Set(figures.map((f) => f.source.seed))].join('; '),
    );
    rows.push(cells);
  }
  return rows;
}
