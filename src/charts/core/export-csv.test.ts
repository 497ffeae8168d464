import { describe, expect, it } from 'vitest';
import type { Figure } from '../../data/types.js';
import { comparatorLabel, kindLabel } from '../../format/index.js';
import { BOM, chartCsvRows, CSV_COMPARATOR, CSV_KIND, csvCell, csvText } from './export-csv.js';
import type { ChartDescription } from './view.js';

const figure = (over: Partial<Figure>): Figure => ({
  id: 'tonghua-1',
  county: 'tonghua',
  indicator: 'gdp-growth',
  subject: '地区生产总值',
  kind: 'target',
  measure: 'growth',
  value: 6.5,
  unit: '%',
  baseValue: 6.5,
  baseUnit: '%',
  comparator: '>=',
  cumulative: false,
  period: { start: 2022, end: 2022 },
  source: {
    seed: 'tonghua.txt',
    start: 10,
    end: 14,
    sentence: '地区生产总值增长6.5%以上，"稳"字当头。',
    sentenceStart: 0,
  },
  ...over,
});

const description = (figureIds: string[][]): ChartDescription => ({
  title: 'T',
  source: '来源',
  summary: 'S',
  marks: figureIds.map((ids, i) => ({
    key: `k${i}`,
    label: `mark ${i}`,
    tooltip: { title: '', rows: [], quotes: [] },
    select: { key: `k${i}`, figureIds: ids, county: 'tonghua', indicator: 'gdp-growth' },
  })),
  table: {
    caption: 'C',
    columns: ['指标', '目标'],
    rows: figureIds.map((_, i) => [`row ${i}`, `≥6.5%`]),
  },
});

describe('csvCell', () => {
  it.each([
    ['plain', '"plain"'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['通化县', '"通化县"'],
    ['', '""'],
  ])('quotes text %j', (input, expected) => expect(csvCell(input)).toBe(expected));

  it('writes finite numbers bare and empties the rest', () => {
    expect(csvCell(6.5)).toBe('6.5');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(Number.NaN)).toBe('""');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(undefined)).toBe('""');
  });

  it.each(['=1+1', '+1', '-2%', '@SUM(A1)', '\tx'])('defuses formula-like text %j', (input) => {
    expect(csvCell(input)).toBe(`"'${input.replace(/"/g, '""')}"`);
  });
});

describe('csvText', () => {
  it('starts with the UTF-8 BOM, joins with commas and CRLF, ends with CRLF', () => {
    const text = csvText([
      ['a', 1],
      ['b,c', 2],
    ]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.slice(1)).toBe('"a",1\r\n"b,c",2\r\n');
    // UTF-8 bytes EF BB BF at the start once encoded
    expect([...new TextEncoder().encode(text).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('chartCsvRows', () => {
  const counties = [
    {
      id: 'tonghua',
      name: { zh: '通化县', en: 'Tonghua County' },
    },
  ] as never;
  const indicators = [{ id: 'gdp-growth', name: { zh: '地区生产总值增长', en: 'GDP growth' } }] as never;

  it('has a header (table columns, then the figure columns) and one row per mark', () => {
    const f = figure({});
    const rows = chartCsvRows(
      description([[f.id], []]),
      { figures: new Map([[f.id, f]]), counties, indicators },
      'en',
    );
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual([
      '指标',
      '目标',
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
    ]);
    expect(rows[1]).toEqual([
      'row 0',
      '≥6.5%',
      'Tonghua County',
      'tonghua',
      'GDP growth',
      'gdp-growth',
      'target',
      '2022',
      6.5,
      '%',
      'at least',
      f.source.sentence,
      'tonghua.txt',
    ]);
    // a mark with no figure (a derived point) keeps its table cells and its county, figure cells empty
    expect(rows[2]!.slice(0, 6)).toEqual([
      'row 1',
      '≥6.5%',
      'Tonghua County',
      'tonghua',
      'GDP growth',
      'gdp-growth',
    ]);
    expect(rows[2]!.slice(6)).toEqual(['', '', '', '', '', '', '']);
  });

  it('joins several figures of one mark with " | ", ranges as written, zh labels', () => {
    const actual = figure({
      id: 'a',
      kind: 'actual',
      value: 5.8,
      comparator: '=',
      period: { start: 2021, end: 2021 },
    });
    const target = figure({
      id: 't',
      value: 6,
      valueHi: 7,
      comparator: '~',
      period: { start: 2022, end: 2026 },
    });
    const rows = chartCsvRows(
      description([['a', 't']]),
      {
        figures: new Map([
          ['a', actual],
          ['t', target],
        ]),
        counties,
        indicators,
      },
      'zh-CN',
    );
    expect(rows[0]!.slice(2, 6)).toEqual(['县区', '县区代码', '指标', '指标代码']);
    const [, , county, , , , kind, period, value, , comparator, sentence] = rows[1]!;
    expect(county).toBe('通化县');
    expect(kind).toBe('实际 | 目标');
    expect(period).toBe('2021 | 2022–2026');
    expect(value).toBe('5.8 | 6–7');
    expect(comparator).toBe('等于 | 约');
    // one sentence, both figures quote it
    expect(sentence).toBe(actual.source.sentence);
  });

  it('round-trips through csvText with the sentence quoted', () => {
    const f = figure({});
    const text = csvText(
      chartCsvRows(description([[f.id]]), { figures: new Map([[f.id, f]]), counties, indicators }, 'en'),
    );
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('"地区生产总值增长6.5%以上，""稳""字当头。"');
    expect(lines[1]).toContain(',6.5,');
  });
});

describe('the CSV words (the export chunk keeps its own copy)', () => {
  it('name kinds and comparators as src/format does, "=" spelt out', () => {
    for (const [i, lang] of (['zh-CN', 'en'] as const).entries()) {
      for (const kind of ['target', 'actual', 'estimate'] as const)
        expect(CSV_KIND[kind][i]).toBe(kindLabel(kind, lang));
      for (const comparator of ['>=', '<=', '~'] as const)
        expect(CSV_COMPARATOR[comparator][i]).toBe(comparatorLabel(comparator, lang));
      expect(comparatorLabel('=', lang)).toBe('');
    }
    expect(CSV_COMPARATOR['=']).toEqual(['等于', 'exactly']);
  });
});
