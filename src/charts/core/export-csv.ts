import type { County, Figure, Indicator } from '../../data/types.js';
import { comparatorLabel, formatYears, kindLabel } from '../../format/index.js';
import { pick, type Lang } from './language.js';
import type { ChartDescription } from './view.js';

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

export interface CsvLookup {
  readonly figures: ReadonlyMap<string, Figure>;
  readonly counties: readonly County[];
  readonly indicators: readonly Indicator[];
}

// '=' has no word in the reports; a cell starting with "=" would be read as a formula.
const EXACT: Readonly<Record<Lang, string>> = { 'zh-CN': '等于', en: 'exactly' };

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
  const rows: (string | number)[][] = [[...table.columns, ...HEADER[lang]]];
  const countyName = (id: string | null | undefined) => {
    const county = id ? lookup.counties.find((c) => c.id === id) : undefined;
    return county ? pick(county.name, lang) : (id ?? '');
  };
  const indicatorName = (id: string | null | undefined) => {
    const indicator = id ? lookup.indicators.find((i) => i.id === id) : undefined;
    return indicator ? pick(indicator.name, lang) : (id ?? '');
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
    const sentences = [...new Set(figures.map((f) => f.source.sentence))];
    const seeds = [...new Set(figures.map((f) => f.source.seed))];
    const written = (f: Figure) => (f.valueHi !== undefined ? `${f.value}–${f.valueHi}` : String(f.value));
    const only = figures.length === 1 ? figures[0] : undefined;
    cells.push(
      countyName(countyId),
      countyId,
      indicatorName(indicatorId) || (figures[0]?.subject ?? ''),
      indicatorId,
      join(figures.map((f) => kindLabel(f.kind, lang))),
      join(figures.map((f) => formatYears(f.period))),
      // One plain figure: a number cell, so the spreadsheet can sum it.
      only && only.valueHi === undefined ? only.value : join(figures.map(written)),
      join(figures.map((f) => f.unit)),
      join(figures.map((f) => comparatorLabel(f.comparator, lang) || EXACT[lang])),
      sentences.join('\n'),
      seeds.join('; '),
    );
    rows.push(cells);
  }
  return rows;
}
