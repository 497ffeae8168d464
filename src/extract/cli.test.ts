import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { County, Figure } from '../data/types.js';
import { main } from './cli.js';
import { inferYear } from './year.js';

const counties = JSON.parse(readFileSync('seeds/counties.json', 'utf8')) as County[];
const bySeed = (id: string) => counties.find((c) => c.id === id) as County;

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('county-charts extract', () => {
  it('prints valid figures for a seed, inferring the year from the text', () => {
    const seed = `seeds/${bySeed('changbai').report.seed}`;
    const { code, out, err } = run(['extract', seed]);
    expect(code).toBe(0);
    expect(err).toMatch(/year 2023 \(inferred; cites 党的二十大/);
    const figures = JSON.parse(out) as Figure[];
    expect(figures.length).toBeGreaterThan(5);
    const text = readFileSync(seed, 'utf8');
    for (const f of figures) {
      expect(f.id).toMatch(/^001-f94aa3af576e94c2-\d{4}$/);
      expect(f.source.seed).toBe('001_f94aa3af576e94c2.txt');
      expect(text.slice(f.source.sentenceStart).startsWith(f.source.sentence)).toBe(true);
      expect(['target', 'actual', 'estimate']).toContain(f.kind);
    }
    const jobs = figures.find((f) => f.indicator === 'new-urban-jobs');
    expect(jobs).toMatchObject({
      value: 1000,
      unit: '人',
      kind: 'target',
      period: { start: 2023, end: 2023 },
    });
  });

  it('takes --county and --year', () => {
    const seed = `seeds/${bySeed('tonghua').report.seed}`;
    const { code, out, err } = run(['extract', seed, '--county', 'tonghua', '--year', '2022']);
    expect(code).toBe(0);
    expect(err).not.toMatch(/inferred/);
    const figures = JSON.parse(out) as Figure[];
    expect(figures[0].id).toBe('tonghua-0001');
    const gdp = figures.filter((f) => f.indicator === 'gdp-growth');
    expect(gdp.map((f) => [f.value, f.kind, f.period.start, f.period.end])).toEqual([
      [8, 'estimate', 2021, 2021],
      [9, 'target', 2022, 2022],
    ]);
    const shifted = JSON.parse(
      run(['extract', seed, '--county', 'tonghua', '--year', '2021']).out,
    ) as Figure[];
    expect(shifted.find((f) => f.indicator === 'gdp-growth')?.period).toEqual({ start: 2020, end: 2020 });
  });

  it('equals the committed dataset for a seed with the same county and year', () => {
    const county = bySeed('hulan');
    const { out } = run([
      'extract',
      `seeds/${county.report.seed}`,
      '--county',
      'hulan',
      '--year',
      String(county.report.year),
    ]);
    const committed = (JSON.parse(readFileSync('data/figures.json', 'utf8')) as Figure[]).filter(
      (f) => f.county === 'hulan',
    );
    expect(JSON.parse(out)).toEqual(committed);
  });

  it('works on a report it has never seen', () => {
    const dir = mkdtempSync(join(tmpdir(), 'county-charts-'));
    const file = join(dir, 'Sample County.txt');
    writeFileSync(
      file,
      '某县2024年政府工作报告\n一、2023年工作回顾\n一年来,全县地区生产总值增长6.5%,新建农村公路45.5公里。\n' +
        '二、2024年工作安排\n全年城镇新增就业1500人以上,城镇登记失业率控制在5%以内。\n',
    );
    const { code, out, err } = run(['extract', file]);
    expect(code).toBe(0);
    expect(err).toMatch(/year 2024 \(stated/);
    const figures = JSON.parse(out) as Figure[];
    expect(figures.map((f) => [f.id, f.value, f.unit, f.kind, f.period.start, f.comparator])).toEqual([
      ['sample-county-0001', 6.5, '%', 'actual', 2023, '='],
      ['sample-county-0002', 45.5, '公里', 'actual', 2023, '='],
      ['sample-county-0003', 1500, '人', 'target', 2024, '>='],
      ['sample-county-0004', 5, '%', 'target', 2024, '<='],
    ]);
    expect(figures.map((f) => f.indicator)).toEqual([
      'gdp-growth',
      'rural-roads',
      'new-urban-jobs',
      'urban-unemployment-rate',
    ]);
    expect(figures[0].source.seed).toBe('Sample County.txt');
  });

  it('reads a report saved as GBK / GB18030 or UTF-16 (as many county sites publish them) like its UTF-8', () => {
    const text =
      '某县2024年政府工作报告\n一、2023年工作回顾\n一年来,全县地区生产总值增长6.5%,新建农村公路45.5公里。\n' +
      '二、2024年工作安排\n全年城镇新增就业1500人以上,城镇登记失业率控制在5%以内。\n';
    // A GB18030 encoder from the decoder: every two-byte code, decoded once.
    const codes = new Map<string, number[]>();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead++)
      for (let trail = 0x40; trail <= 0xfe; trail++)
        if (trail !== 0x7f) codes.set(decoder.decode(Uint8Array.from([lead, trail])), [lead, trail]);
    const gb = Uint8Array.from(
      [...text].flatMap((ch) => (ch < '\x80' ? [ch.charCodeAt(0)] : codes.get(ch)!)),
    );
    const le = Uint8Array.from([
      0xff,
      0xfe,
      ...[...text].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]),
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'county-charts-'));
    const figuresOf = (bytes: Uint8Array | string, name: string) => {
      writeFileSync(join(dir, name), bytes);
      const { code, out, err } = run(['extract', join(dir, name)]);
      expect(code).toBe(0);
      return {
        figures: (JSON.parse(out) as Figure[]).map((f) => [f.value, f.unit, f.kind, f.source.sentence]),
        err,
      };
    };
    const utf8 = figuresOf(text, 'a.txt');
    expect(utf8.figures).toHaveLength(4);
    const fromGb = figuresOf(gb, 'a.txt');
    expect(fromGb.figures).toEqual(utf8.figures);
    expect(fromGb.err).toMatch(/read as GB18030/);
    expect(figuresOf(le, 'a.txt').figures).toEqual(utf8.figures);
    expect(utf8.err).not.toMatch(/read as/);
  });

  it('asks for --year when the text gives no clue, and rejects bad options', () => {
    const dir = mkdtempSync(join(tmpdir(), 'county-charts-'));
    const file = join(dir, 'x.txt');
    writeFileSync(file, '新建农村公路45公里。');
    expect(run(['extract', file])).toMatchObject({ code: 1, err: expect.stringMatching(/--year/) });
    expect(run(['extract', file, '--year', '22']).code).toBe(2);
    expect(run(['extract', file, '--county', '通化']).code).toBe(2);
    expect(run(['extract']).code).toBe(2);
    expect(run(['extract', file, '--year', '2023']).code).toBe(0);
  });
});

describe('inferYear', () => {
  it.each(['hulan', 'tonghua', 'fuxin', 'changbai'])(
    'infers the year of %s as counties.json has it',
    (id) => {
      const county = bySeed(id);
      const text = readFileSync(`seeds/${county.report.seed}`, 'utf8');
      expect(inferYear(text)?.year).toBe(county.report.year);
    },
  );

  it.each([
    ['2023年政府工作报告', 2023, 'stated'],
    ['一、过去五年和2021年工作回顾', 2022, 'inferred'],
    ['做好2024年政府工作', 2024, 'stated'],
    ['深入学习贯彻党的二十届三中全会精神', 2025, 'inferred'],
    ['认真学习党的十九届六中全会精神', 2022, 'inferred'],
    ['隆重庆祝阜新蒙古族自治县成立六十五周年', 2023, 'inferred'],
  ] as const)('%s → %d', (text, year, confidence) => {
    expect(inferYear(text)).toMatchObject({ year, confidence });
  });

  it('returns null without evidence', () => {
    expect(inferYear('新建农村公路45公里。')).toBeNull();
  });
});
