import { describe, expect, it } from 'vitest';
import { indicatorSeries } from '../../data/series.js';
import { trendFixture } from './fixture.js';
import { describeTrend, trendModel, type TrendInput, type TrendModelOptions } from './describe.js';
import { fiveYearPlan, fiveYearPlanName, overlaps, textBox, trendLayout, type PlacedSpan } from './layout.js';

const input = (county: string, indicator: string, label = county): TrendInput => ({
  key: county,
  label,
  series: indicatorSeries(trendFixture, county, indicator),
});
type Opts = Partial<TrendModelOptions> & { width: number; height: number; lang: TrendModelOptions['lang'] };
const size: Opts = { width: 800, height: 400, lang: 'zh-CN' };
/** Model and layout together, as the element uses them. */
function trendLayoutOf(inputs: TrendInput[], o: Opts) {
  const model = trendModel(inputs, o);
  const layout = trendLayout(model, o);
  return {
    ...model,
    ...layout,
    points: layout.items.filter((m) => !m.period),
    spans: layout.items.filter((m): m is PlacedSpan => !!m.period),
  };
}

/** Points of an SVG path "M x,y L x,y ..." (d3-shape linear curve). */
const pathPoints = (d: string): [number, number][] =>
  (d.match(/-?[\d.]+,-?[\d.]+/g) ?? []).map((pair) => pair.split(',').map(Number) as [number, number]);

describe('five-year plans', () => {
  it('names the plan a year falls in', () => {
    expect(fiveYearPlan(2021)).toEqual({ start: 2021, end: 2025, ordinal: 14 });
    expect(fiveYearPlan(2020)).toEqual({ start: 2016, end: 2020, ordinal: 13 });
    expect(fiveYearPlanName(14, 'zh-CN')).toBe('十四五');
    expect(fiveYearPlanName(13, 'zh-CN')).toBe('十三五');
    expect(fiveYearPlanName(15, 'zh-CN')).toBe('十五五');
    expect(fiveYearPlanName(14, 'en')).toBe('14th Five-Year Plan');
  });
});

describe('trendLayout: level view', () => {
  const sample = trendLayoutOf([input('sample', 'above-scale-enterprises', '示例县')], size);

  it('places stated levels on year and value scales, estimates hollow, target a diamond', () => {
    expect(sample.view).toBe('level');
    expect(sample.indexed).toBe(false);
    // (the element draws actuals solid, the rest hollow, and goals as diamonds: see the browser test)
    const kinds = sample.points.map((p) => [p.year, p.kind]);
    expect(kinds).toEqual([
      [2019, 'actual'],
      [2021, 'estimate'],
      [2026, 'target'],
    ]);
    const [a, e, t] = sample.points;
    // x grows with the year, evenly; y falls as the value rises
    expect(e!.x - a!.x).toBeCloseTo(((t!.x - e!.x) * 2) / 5, 6);
    expect(a!.y).toBeGreaterThan(e!.y);
    expect(e!.y).toBeGreaterThan(t!.y);
    // y is linear in value from a zero baseline: 23 / 30 / 40 on one scale
    const zeroY = sample.yTicks.find((tk) => tk.value === 0)!.pos;
    expect((zeroY - a!.y) / (zeroY - t!.y)).toBeCloseTo(23 / 40, 6);
    expect(t!.valueText).toBe('≥40家');
    expect(t!.sourceFigureIds).toEqual(['sample-3']);
  });

  it('draws the achieved line solid and the plan dashed from the latest stated level', () => {
    const roles = sample.lines.map((l) => l.role);
    expect(roles).toEqual(['achieved', 'plan']);
    const plan = pathPoints(sample.lines[1]!.d);
    const [, e, t] = sample.points;
    expect(plan[0]![0]).toBeCloseTo(e!.x, 2);
    expect(plan[0]![1]).toBeCloseTo(e!.y, 2);
    expect(plan.at(-1)![0]).toBeCloseTo(t!.x, 2);
    expect(pathPoints(sample.lines[0]!.d)).toHaveLength(2);
  });

  it('annotates the required annual rate beside the latest rate', () => {
    expect(sample.annotations).toHaveLength(1);
    // 30 → 40 over 2021–2026 needs 5.92% a year; 23 → 30 over 2019–2021 was 14.21% a year
    expect(sample.annotations[0]!.text).toBe('需年均 +5.92% · 最近 +14.21% (2019–2021 预计)');
  });

  it('shades and names the 14th Five-Year Plan on the year axis', () => {
    const current = sample.bands.find((b) => b.current)!;
    expect(current.label).toBe('十四五 2021–2025');
    const x2021 = sample.xTicks.find((t) => t.value === 2021)!.pos;
    const x2025 = sample.xTicks.find((t) => t.value === 2025)!.pos;
    expect(current.x0).toBeLessThan(x2021);
    expect(current.x1).toBeGreaterThan(x2025);
    // neighbours are named too; a band too narrow for its years keeps only its name
    expect(sample.bands.map((b) => [b.label, b.current])).toEqual([
      ['十三五 2016–2020', false],
      ['十四五 2021–2025', true],
      ['十五五', false],
    ]);
  });

  it('compounds 翻一番 year by year from the stated base', () => {
    const l = trendLayoutOf([input('sample', 'gdp')], size);
    const plan = pathPoints(l.lines.find((x) => x.role === 'plan')!.d);
    expect(plan).toHaveLength(6);
    // equal ratios: a compounded path is a geometric series in value, so pixel drops from zero grow ×1.1487
    const zeroY = l.yTicks.find((t) => t.value === 0)!.pos;
    const v = plan.map(([, py]) => zeroY - py);
    expect(v[1]! / v[0]!).toBeCloseTo(Math.pow(2, 1 / 5), 4);
    expect(v[5]! / v[0]!).toBeCloseTo(2, 4);
    expect(l.annotations[0]!.text).toContain('+14.87%');
  });

  it('shows a five-year total as a span over its years, at its yearly mean', () => {
    const l = trendLayoutOf([input('tonghua', 'fixed-asset-investment')], { ...size, lang: 'en' });
    expect(l.spans).toHaveLength(2);
    const [past, plan] = l.spans;
    expect(past!.period).toEqual({ start: 2017, end: 2021 });
    expect(past!.label).toBe('total CNY 11.6 billion');
    expect(plan!.kind).toBe('target');
    expect(past!.x1 - past!.x0).toBeCloseTo(plan!.x1 - plan!.x0, 6);
    // 200亿/5 = 40亿 a year sits higher than 116亿/5 = 23.2亿
    expect(plan!.y).toBeLessThan(past!.y);
    expect(l.points.map((p) => p.kind)).toEqual(['estimate']);
  });
});

describe('trendLayout: index and rate views', () => {
  it('draws a growth goal without a base level as an index path, and says so', () => {
    const l = trendLayoutOf([input('hulan', 'gdp')], size);
    expect(l.indexed).toBe(true);
    expect(l.axisLabel).toBe('指数(2021年=100)');
    expect(l.notes[0]).toContain('基期=100');
    expect(l.points.map((p) => [p.year, p.kind, p.valueText])).toEqual([
      [2021, 'base', '100'],
      [2026, 'implied', '150'],
    ]);
    expect(pathPoints(l.lines[0]!.d)).toHaveLength(6);
    expect(l.annotations[0]!.text).toBe('需年均 +8.45%');
  });

  it('indexes counties of different sizes to one base year', () => {
    const l = trendLayoutOf(
      [
        input('sample', 'above-scale-enterprises', '示例县'),
        input('tonghua', 'above-scale-enterprises', '通化县'),
      ],
      {
        ...size,
        indexed: true,
      },
    );
    expect(l.indexed).toBe(true);
    const base = l.points.filter((p) => p.year === 2021);
    // both counties' 2021 levels (30 and 46) sit at 100
    expect(base.map((p) => p.valueText)).toEqual(['100', '100']);
    expect(base[0]!.y).toBeCloseTo(base[1]!.y, 6);
    expect(l.labels.map((t) => t.text)).toEqual(['示例县 ≥133.3', '通化县 100']);
  });

  it('names each county’s base year when they differ, and none on the axis', () => {
    const m = trendModel(
      [
        input('sample', 'above-scale-enterprises', 'Sample'),
        input('tonghua', 'above-scale-enterprises', 'Tonghua'),
      ],
      { lang: 'en', indexed: true, baseYear: 2019 },
    );
    // Sample states 2019; Tonghua's earliest stated level is 2021
    expect(m.notes).toEqual(['Base years differ: Sample 2019 = 100; Tonghua 2021 = 100']);
    expect(m.axisLabel).toBe('Index, base year = 100');
    expect(m.marks.filter((p) => p.valueText === '100').map((p) => [p.seriesIndex, p.year])).toEqual([
      [0, 2019],
      [1, 2021],
    ]);
  });

  it('puts one-year growth rates on their own line: estimate to target dashed, 年均 as a span', () => {
    const l = trendLayoutOf([input('tonghua', 'budget-revenue-growth')], size);
    expect(l.view).toBe('rate');
    expect(l.axisLabel).toBe('增速 (%)');
    expect(l.points.map((p) => [p.year, p.kind, p.valueText])).toEqual([
      [2021, 'estimate', '+3.5%'],
      [2022, 'target', '+5%'],
    ]);
    expect(l.lines.map((x) => x.role)).toEqual(['plan']);
    expect(l.spans.map((s) => [s.label, s.kind])).toEqual([['年均 +6%', 'target']]);
  });

  it('says when there is nothing to show', () => {
    const l = trendLayoutOf([input('quiet', 'gdp')], size);
    expect(l.empty).toBe(true);
    expect(l.points).toEqual([]);
    expect(l.lines).toEqual([]);
    const d = describeTrend(trendFixture, undefined, {
      counties: ['quiet'],
      indicator: 'gdp',
      indexed: 'auto',
      view: 'auto',
      baseYear: undefined,
      lang: 'zh-CN',
    });
    expect(d.empty).toBe('某县报告中没有可绘制的数据。');
    expect(d.summary).toBe('报告中没有可绘制的数据。');
  });

  it('re-lays out for a narrow width: fewer year ticks, everything inside the box', () => {
    const wide = trendLayoutOf([input('sample', 'above-scale-enterprises')], size);
    const narrow = trendLayoutOf([input('sample', 'above-scale-enterprises')], {
      width: 320,
      height: 260,
      lang: 'en',
    });
    expect(narrow.xTicks.length).toBeLessThan(wide.xTicks.length);
    for (const p of narrow.points) {
      expect(p.x).toBeGreaterThanOrEqual(narrow.plot.left);
      expect(p.x).toBeLessThanOrEqual(narrow.plot.right);
      expect(p.y).toBeGreaterThanOrEqual(narrow.plot.top);
      expect(p.y).toBeLessThanOrEqual(narrow.plot.bottom);
    }
    for (const a of narrow.annotations) expect(a.x).toBeLessThanOrEqual(320);
  });
});

describe('trendLayout: labels never run into each other', () => {
  type L = ReturnType<typeof trendLayoutOf>;
  const small = 11;
  const endBox = (l: L, t: L['labels'][number]) => textBox(t.text, t.x, t.y + 12 * 0.35, 12, 'start', 1.06);
  const spanBox = (s: L['spans'][number]) => textBox(s.label, s.labelAt!.x, s.labelAt!.y, small, 'middle');
  /** Every collision of a drawn span label with another text, or with the chart's edges. */
  function collisions(l: L): string[] {
    const found: string[] = [];
    const shown = l.spans.filter((s) => s.labelAt);
    const others = [
      ...l.labels.map((t) => [t.text, endBox(l, t)] as const),
      ...l.annotations.map((a) => [a.text, textBox(a.text, a.x, a.y, small, 'start')] as const),
    ];
    shown.forEach((s, i) => {
      const box = spanBox(s);
      if (box.x0 < l.plot.left - 0.5 || box.x1 > l.width - 1.5 || box.y1 > l.plot.bottom + 0.5)
        found.push(`${s.label} leaves the plot`);
      for (const [text, b] of others) if (overlaps(box, b)) found.push(`${s.label} × ${text}`);
      for (const t of shown.slice(i + 1))
        if (overlaps(box, spanBox(t))) found.push(`${s.label} × ${t.label}`);
    });
    return found;
  }

  it('moves a span label that would run into the end label at 320 px (height 300)', () => {
    const l = trendLayoutOf([input('tonghua', 'fixed-asset-investment')], {
      width: 320,
      height: 150,
      lang: 'en',
    });
    const [past, plan] = l.spans;
    // Where the labels used to go (centred above the span): the past total ran into the end
    // label and, on the left, into the y axis' tick labels.
    const centred = (s: typeof past) => textBox(s!.label, (s!.x0 + s!.x1) / 2, s!.y - 8, small, 'middle');
    expect(overlaps(centred(past), endBox(l, l.labels[0]!))).toBe(true);
    expect(centred(past).x0).toBeLessThan(l.plot.left);
    expect(collisions(l)).toEqual([]);
    // Both still labelled, each beside its own span.
    for (const s of [past!, plan!]) {
      expect(s.labelAt).toBeDefined();
      expect(Math.abs(s.labelAt!.y - s.y)).toBeLessThan(20);
    }
  });

  it('keeps the labels where they were when there is room', () => {
    const l = trendLayoutOf([input('tonghua', 'fixed-asset-investment')], { ...size, lang: 'en' });
    for (const s of l.spans) expect(s.labelAt).toEqual({ x: (s.x0 + s.x1) / 2, y: s.y - 8 });
  });

  it('leaves out a span label that finds no free place; the span itself stays', () => {
    const l = trendLayoutOf([input('tonghua', 'fixed-asset-investment')], {
      width: 150,
      height: 100,
      lang: 'en',
    });
    expect(l.spans).toHaveLength(2);
    for (const s of l.spans) {
      expect(s.labelAt).toBeUndefined();
      expect(s.x1).toBeGreaterThan(s.x0);
    }
    expect(collisions(l)).toEqual([]);
  });

  it('holds for every fixture series at phone to desktop sizes, in both languages', () => {
    const inputs: TrendInput[][] = [
      [input('tonghua', 'fixed-asset-investment')],
      [input('tonghua', 'budget-revenue-growth')],
      [input('tonghua', 'gdp')],
      [input('sample', 'gdp')],
      [input('sample', 'above-scale-enterprises')],
      [input('hulan', 'gdp')],
      [
        input('sample', 'above-scale-enterprises', '示例县'),
        input('tonghua', 'above-scale-enterprises', '通化县'),
      ],
    ];
    let shown = 0;
    for (const series of inputs)
      for (const lang of ['zh-CN', 'en'] as const)
        for (const width of [240, 320, 480, 800])
          for (const height of [100, 150, 300]) {
            const l = trendLayoutOf(series, {
              width,
              height,
              lang,
              ...(series.length > 1 ? { indexed: true } : {}),
            });
            expect(collisions(l), `${series.map((s) => s.key)} ${lang} ${width}x${height}`).toEqual([]);
            shown += l.spans.filter((s) => s.labelAt).length;
          }
    expect(shown).toBeGreaterThan(20);
  });
});
