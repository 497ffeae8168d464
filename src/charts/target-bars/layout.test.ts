import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../../data/fixtures/sample-dataset.js';
import {
  attainmentScore,
  rowsFromValues,
  selectGivenRows,
  selectTargetsVersusActuals,
  type GivenRow,
  type TargetActualRow,
  type TargetsVersusActualsOptions,
} from '../../data/queries.js';
import type { Period } from '../../data/types.js';
import { estimateTextWidth } from '../core/text-fit.js';
import { change, describeTargetBars } from './target-bars.js';
import { layoutTargetBars, MAX_PITCH, NAME_SIZE, type GroupLayout, type RowLayout } from './layout.js';

/** Rows given by code, as the element builds them from `.rows`. */
const rowsFromInput = (input: readonly GivenRow[]): TargetActualRow[] => rowsFromValues(input);

const y = (year: number): Period => ({ start: year, end: year });
/** The rows as the chart draws them, with their words. */
const input = (rows: readonly TargetActualRow[], lang: 'zh-CN' | 'en' = 'zh-CN') =>
  describeTargetBars(rows, { lang }).rows;

const growth = rowsFromInput([
  {
    label: 'GDP growth',
    unit: '%',
    measure: 'growth',
    actual: { value: 8, kind: 'estimate', period: 2021 },
    target: { value: 9, period: 2022 },
  },
  {
    label: 'Investment growth',
    unit: '%',
    measure: 'growth',
    actual: { value: 32, kind: 'estimate', period: 2021 },
    target: { value: 10, comparator: '>=', period: 2022 },
  },
]);
const level = rowsFromInput([
  {
    label: 'Roads',
    unit: '公里',
    measure: 'level',
    actual: { value: 68.1, period: 2021 },
    target: { value: 58.2, period: 2022 },
  },
]);

/** The shapes of a laid-out row, by what they draw. */
const rect = (r: RowLayout, c: string, nth = 0) => {
  const s = r.shapes.filter((s) => s[0] === c && s.length === 5)[nth];
  return s && { x: s[1] as number, y: s[2] as number, width: s[3] as number, height: s[4] as number };
};
const bar = (r: RowLayout) => rect(r, 'c-actual fill') ?? rect(r, 'c-estimate hollow');
/** The target tick's centre (a range: its first tick is the high end's). */
const targetX = (r: RowLayout, nth = 0) => {
  const t = rect(r, 'c-target fill', nth);
  return t && t.x + t.width / 2;
};
/** The ≥/≤ flag's direction: +6 points right, −6 left. */
const flag = (r: RowLayout) => {
  const p = r.shapes.find((s) => s[0] === 'c-target fill' && s.length === 2);
  return p && Number(/l(-?[\d.]+) /.exec(p[1] as string)![1]);
};
const text = (r: RowLayout, c: string) => r.texts.find((t) => t.c.split(' ').includes(c));
/** x of a group's zero line: "M<x> <top>V<bottom>". */
const zeroLine = (g: GroupLayout) =>
  Number(/^M(\S+) /.exec(g.shapes.find((s) => s[0] === 'axis')![1] as string)![1]);

describe('layoutTargetBars', () => {
  it('puts growth rows on one shared scale starting at zero, with ticks', () => {
    const l = layoutTargetBars(input(growth, 'en'), { width: 800, height: 400 }, { lang: 'en' });
    expect(l.barX0).toBeGreaterThan(100); // wide: a label column left of the bars
    expect(l.groups).toHaveLength(1);
    const [g] = l.groups;
    expect(g.measure).toBe('growth');
    expect(g.ticks.map((t) => t.label.text)).toEqual(['0', '5', '10', '15', '20', '25', '30', '35%']);
    const [gdp, inv] = l.rows;
    // Both bars start at the same zero and are proportional on the shared scale.
    expect(bar(gdp)!.x).toBe(bar(inv)!.x);
    expect(bar(gdp)!.x).toBeCloseTo(g.ticks[0].x, 6);
    expect(bar(gdp)!.x).toBeCloseTo(zeroLine(g), 6);
    expect(bar(inv)!.width / bar(gdp)!.width).toBeCloseTo(32 / 8, 6);
    expect(targetX(gdp)! - bar(gdp)!.x).toBeCloseTo((9 / 8) * bar(gdp)!.width, 6);
    // Estimates are hollow bars; ≥ gets a flag pointing right.
    expect(rect(gdp, 'c-estimate hollow')).toBeDefined();
    expect(rect(gdp, 'c-actual fill')).toBeUndefined();
    expect(flag(inv)).toBe(6);
    expect(flag(gdp)).toBeUndefined();
    // Every row is a hit area across the plot.
    expect(rect(gdp, 'hit')).toEqual({ x: 0, y: gdp.y + 1, width: 800, height: gdp.height - 2 });
    // Values column: "8% → 9%", in parts to colour.
    expect(gdp.values!.text).toBe('8% → 9%');
    expect(text(gdp, 'values')!.parts).toEqual(['8%', '9%']);
    expect(text(gdp, 'change')!.text).toBe('+1 pt');
  });

  it('never lets growth, share and level share an axis: one group each, levels without ticks', () => {
    const share = rowsFromInput([
      {
        label: 'Unemployment',
        unit: '%',
        measure: 'share',
        higherIsBetter: false,
        actual: { value: 3.91, period: 2021 },
        target: { value: 5, comparator: '<=', period: 2022 },
      },
    ]);
    const l = layoutTargetBars(
      input([...growth, ...share, ...level]),
      { width: 900, height: 600 },
      { lang: 'zh-CN' },
    );
    expect(l.groups.map((g) => g.measure)).toEqual(['growth', 'share', 'level']);
    expect(l.groups[2].ticks).toEqual([]);
    expect(l.groups[2].shapes).toEqual([]);
    expect(l.groups[2].texts[0].text).toContain('每行各自刻度');
    const [, , shareRow, roads] = l.rows; // growth, growth, share, level
    expect(flag(shareRow)).toBe(-6); // ≤: the flag points left
    // Level row: its own scale, the larger value (68.1) is drawn at 1/1.08 of the bar area.
    expect(bar(roads)!.x + bar(roads)!.width).toBeCloseTo(l.barX0 + (l.barX1 - l.barX0) / 1.08, 6);
    // Groups stack top to bottom without overlap.
    for (let i = 1; i < l.rows.length; i++)
      expect(l.rows[i].y).toBeGreaterThanOrEqual(l.rows[i - 1].y + l.rows[i - 1].height);
  });

  it('puts labels above the bars when narrow, inside the width', () => {
    const l = layoutTargetBars(input(growth, 'zh-CN'), { width: 320, height: 400 }, { lang: 'zh-CN' });
    expect([l.barX0, l.barX1]).toEqual([0, 320]); // narrow: bars span the width, labels above
    for (const r of l.rows) {
      expect(r.name.y).toBeLessThan(bar(r)!.y);
      expect(text(r, 'sub')!.y).toBeLessThan(bar(r)!.y);
      expect(bar(r)!.x + bar(r)!.width).toBeLessThanOrEqual(320);
      expect(r.values).toBeUndefined();
      expect(text(r, 'sub')!.text).toBe(
        '2021 预计 8% → 2022 目标 9%'
          .replace('9%', r.index === 0 ? '9%' : '≥10%')
          .replace('8%', r.index === 0 ? '8%' : '32%'),
      );
      // the change on the name's line, at the right
      expect(text(r, 'change')).toMatchObject({ x: 320, y: r.name.y });
    }
    for (const t of l.groups[0].ticks) {
      const half = estimateTextWidth(t.label.text, 11) / 2;
      expect(t.label.x - half).toBeGreaterThanOrEqual(-0.01);
      expect(t.label.x + half).toBeLessThanOrEqual(320.01);
    }
  });

  it('truncates long labels to the label column', () => {
    const long = rowsFromInput([
      {
        label: '推动碳化硅超细微粉系列产品市场占有率稳步提高并且继续扩大出口规模',
        unit: '%',
        actual: { value: 1, period: 2021 },
        target: { value: 2, period: 2022 },
      },
    ]);
    const l = layoutTargetBars(input(long), { width: 700, height: 300 }, { lang: 'zh-CN' });
    const name = l.rows[0].name.text;
    expect(name.endsWith('…')).toBe(true);
    expect(estimateTextWidth(name, NAME_SIZE)).toBeLessThanOrEqual(Math.max(110, 700 * 0.28));
  });

  it('draws what fits and counts the rest', () => {
    const many = rowsFromInput(
      Array.from({ length: 20 }, (_, i) => ({
        label: `r${i}`,
        unit: '%',
        actual: { value: i, period: 2021 },
        target: { value: i + 1, period: 2022 },
      })),
    );
    const l = layoutTargetBars(input(many), { width: 800, height: 300 }, { lang: 'en' });
    expect(l.rows.length).toBeGreaterThan(3);
    expect(l.rows.length + l.hidden).toBe(20);
    const last = l.rows[l.rows.length - 1];
    expect(last.y + last.height).toBeLessThanOrEqual(300);
    expect(l.more!.y).toBeLessThanOrEqual(300);
    expect(l.more!.text).toBe(`${l.hidden} more in the table`);
    // A larger height fits more rows; all of them, no note.
    expect(
      layoutTargetBars(input(many), { width: 800, height: 600 }, { lang: 'en' }).rows.length,
    ).toBeGreaterThan(l.rows.length);
    expect(layoutTargetBars(input(many), { width: 800, height: 2000 }, { lang: 'en' }).more).toBeUndefined();
  });

  it('uses a tall reserved box for few rows: taller pitch up to a cap, block centred', () => {
    const base = layoutTargetBars(input(growth), { width: 1100, height: 24 + 2 * 40 }, { lang: 'en' });
    expect(base.rows.map((r) => r.height)).toEqual([40, 40]);
    expect(base.rows[0].y).toBe(24);
    const tall = layoutTargetBars(input(growth), { width: 1100, height: 600 }, { lang: 'en' });
    // Pitch grows to MAX_PITCH × 40 and no further; bars grow a little with it.
    expect(tall.rows.map((r) => r.height)).toEqual([40 * MAX_PITCH, 40 * MAX_PITCH]);
    expect(bar(tall.rows[0])!.height).toBeGreaterThan(bar(base.rows[0])!.height);
    expect(bar(tall.rows[0])!.height).toBeLessThanOrEqual(14);
    // The block (group header + rows) is centred: equal space above and below.
    const top = tall.groups[0].texts[0].y - 15;
    const last = tall.rows[tall.rows.length - 1];
    const bottom = 600 - (last.y + last.height);
    expect(Math.abs(top - bottom)).toBeLessThanOrEqual(1);
    expect(top).toBeGreaterThan(100);
    // Narrow rows keep name and values above their bar when they grow.
    const narrow = layoutTargetBars(input(growth), { width: 320, height: 600 }, { lang: 'en' });
    for (const r of narrow.rows) {
      const b = bar(r)!;
      expect(text(r, 'sub')!.y).toBeLessThan(b.y);
      expect(b.y - text(r, 'sub')!.y).toBeLessThan(12);
      expect(r.name.y).toBeGreaterThan(r.y);
      expect(b.y + b.height).toBeLessThanOrEqual(r.y + r.height);
    }
  });

  it('draws ranges as a span and ~ as approximate', () => {
    const rows = rowsFromInput([
      {
        label: 'Firms',
        unit: '%',
        actual: { value: 1, valueHi: 1.5, period: 2021 },
        target: { value: 2, valueHi: 4, period: 2022 },
      },
      {
        label: 'About',
        unit: '%',
        actual: { value: 1, period: 2021 },
        target: { value: 3, comparator: '~', period: 2022 },
      },
    ]);
    const l = layoutTargetBars(input(rows), { width: 800, height: 300 }, { lang: 'en' });
    const [range, about] = l.rows;
    const unit = bar(range)!.width; // 1 on the scale
    // the target range 2–4: a span with a tick at each end
    const span = rect(range, 'c-target span')!;
    expect(span.width).toBeCloseTo(2 * unit, 6);
    expect(targetX(range, 0)).toBeCloseTo(span.x + span.width, 6);
    expect(targetX(range, 1)).toBeCloseTo(span.x, 6);
    // the actual range 1–1.5: a lighter extension of the bar
    const hi = rect(range, 'c-actual span')!;
    expect(hi.x).toBeCloseTo(bar(range)!.x + unit, 6);
    expect(hi.width).toBeCloseTo(0.5 * unit, 6);
    // about 3: a dashed line instead of the tick
    expect(rect(about, 'c-target fill')).toBeUndefined();
    const dashed = about.shapes.find((s) => s[0] === 'c-target stroke dash')!;
    const [x, y1, y2] = /^M(\S+) (\S+)V(\S+)$/
      .exec(dashed[1] as string)!
      .slice(1)
      .map(Number);
    expect(x).toBeCloseTo(bar(about)!.x + 3 * unit, 6);
    expect(y2 - y1).toBeGreaterThan(bar(about)!.height);
  });

  it('shows a lone level (targets only) as text, not as a bar on a meaningless scale', () => {
    const rows = rowsFromInput([
      { label: 'Roads', unit: '公里', measure: 'level', target: { value: 160.5, period: 2023 } },
    ]);
    const l = layoutTargetBars(
      input(rows),
      { width: 800, height: 300 },
      { lang: 'zh-CN', targetsOnly: true },
    );
    expect(l.rows[0].shapes.map((s) => s[0])).toEqual(['hit']);
    expect(text(l.rows[0], 'lone')).toMatchObject({ c: 'lone lone-target', text: '160.5公里', x: l.barX0 });
  });

  it('draws a row given by code with neither side as its name alone (found by the property tests)', () => {
    const rows = rowsFromInput([
      { label: 'Nothing', unit: '个百分点' },
      { label: 'Nothing either', unit: '%' },
    ]);
    for (const width of [320, 800]) {
      const l = layoutTargetBars(input(rows, 'en'), { width, height: 300 }, { lang: 'en' });
      expect(l.rows.map((r) => r.name.text)).toEqual(['Nothing', 'Nothing either']);
      expect(l.rows.flatMap((r) => r.shapes.map((s) => s[0]))).toEqual(['hit', 'hit']);
    }
  });

  it('draws a fall below zero leftwards from the zero line', () => {
    const rows = rowsFromInput([
      { label: 'Fall', unit: '%', actual: { value: -3, period: 2021 }, target: { value: 2, period: 2022 } },
    ]);
    const l = layoutTargetBars(input(rows), { width: 800, height: 300 }, { lang: 'en' });
    const r = l.rows[0];
    const zeroX = zeroLine(l.groups[0]);
    expect(zeroX).toBeGreaterThan(l.barX0);
    expect(bar(r)!.x + bar(r)!.width).toBeCloseTo(zeroX, 6);
    expect(targetX(r)).toBeGreaterThan(zeroX);
  });
});

describe('row texts', () => {
  it('labels the change in percentage points for rates and by ratio for levels', () => {
    expect(change(growth[0], 'zh-CN')).toEqual(['+1个百分点', '目标较实际+1个百分点']);
    expect(change(growth[0], 'en')).toEqual(['+1 pt', 'target +1 percentage point against the result']);
    expect(change(level[0], 'en')).toEqual(['−15%', 'target −15% against the result']);
    expect(change(level[0], 'zh-CN')![1]).toBe('目标较实际−15%');
    const same = rowsFromInput([
      {
        label: 'x',
        unit: '个',
        measure: 'level',
        actual: { value: 47, period: 2022 },
        target: { value: 50, period: 2022 },
      },
    ]);
    expect(change(same[0], 'zh-CN')).toEqual(['完成94%', '完成94%']);
    expect(change(same[0], 'en')).toEqual(['94% of target', '94% of target']);
  });
  it('says which side is missing', () => {
    const rows = rowsFromInput([
      { label: 'x', unit: '%', target: { value: 5, period: 2022 } },
      { label: 'y', unit: '%', actual: { value: 5, period: 2021 } },
    ]);
    expect(input(rows, 'zh-CN')[0]!.values).toBe('无实际值 → 5%');
    expect(input(rows, 'en')[1]!.values).toBe('5% → no target');
    // A report of targets only: no 'missing' words (one note says it).
    expect(input(rows.slice(0, 1), 'zh-CN')[0]!.values).toBe('5%');
  });
  it('keeps periods explicit', () => {
    expect(input(growth, 'zh-CN')[0]!.periods).toBe('2021 预计 → 2022 目标');
    expect(input(growth, 'en')[0]!.detail).toBe('2021 estimate 8% → 2022 target 9%');
  });
});

// The pairing itself is the query's (src/data/queries.test.ts); these check the chart's use of it:
// the options the element passes and the rows as drawn.
describe('rows from the dataset (targetsVersusActuals as the element calls it)', () => {
  const chartRows = (county: string, options: TargetsVersusActualsOptions = {}) =>
    selectTargetsVersusActuals(sampleDataset, county, {
      pairing: 'target-first',
      groupBy: 'measure',
      uncatalogued: 'by-subject',
      keep: options.indicators ? 'all' : 'paired',
      ...options,
    });
  it('pairs each target with the latest actual or estimate before it', () => {
    const rows = chartRows('tonghua').rows;
    const gdp = rows.find((r) => r.key === 'gdp-growth')!;
    expect(gdp.actual!.kind).toBe('estimate');
    expect(gdp.actual!.period).toEqual(y(2021));
    expect(gdp.actual!.value).toBe(8);
    expect(gdp.target!.period).toEqual(y(2022));
    expect(gdp.target!.value).toBe(9);
    // the plan-year one-year target wins over the five-year one
    const budget = rows.find((r) => r.key === 'budget-revenue-growth')!;
    expect(budget.target!.value).toBe(5);
  });
  it('shows a five-year total against a one-year target as its yearly mean', () => {
    const rows = input(chartRows('hulan').rows);
    const farmland = rows.find((r) => r.row.key === 'high-standard-farmland')!;
    expect(farmland.actual!.value).toBeCloseTo(59860, 6);
    expect(farmland.actual!.text).toBe('年均5.986万亩');
    expect(farmland.actual!.label).toBe('2017–2021 实际年均');
    expect(farmland.actual!.note).toBe('2017–2021累计的年均值(÷5)');
    // the bar is drawn at the mean, on the row's own scale
    const l = layoutTargetBars([farmland], { width: 800, height: 300 }, { lang: 'zh-CN' });
    const target = farmland.target!.value;
    expect(bar(l.rows[0]!)!.width / (targetX(l.rows[0]!)! - l.barX0)).toBeCloseTo(59860 / target, 6);
  });
  it('keeps only indicators with both sides (counting targets left out) unless indicators are named', () => {
    const { rows, omitted } = chartRows('tonghua');
    expect(rows.every((r) => r.target && r.actual)).toBe(true);
    expect(omitted.targets).toBe(1); // GDP 100亿元 by 2026: no result to compare
    const named = chartRows('tonghua', { indicators: ['forest-coverage', 'gdp-growth'] }).rows;
    // Grouped by measure (growth before share), each side named.
    expect(named.map((r) => r.key)).toEqual(['gdp-growth', 'forest-coverage']);
    expect(named[1].target).toBeUndefined();
  });
  it('a county with targets only has no actual anywhere', () => {
    const { rows, omitted } = chartRows('yitong');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => !r.actual && r.target)).toBe(true);
    expect(omitted.targets).toBe(0);
  });
});

describe('sorting rows given by code (the query orders them)', () => {
  const sorted = (sort: 'attainment' | 'name' | 'value' | 'document', rows: TargetActualRow[]) =>
    selectGivenRows(rows, { sort, labelLang: 'en', groupBy: 'measure' }).rows.map((r) => r.label.en);
  it('sorts by attainment, name, value and report order', () => {
    expect(sorted('attainment', growth)).toEqual(['Investment growth', 'GDP growth']);
    expect(sorted('name', growth)).toEqual(['GDP growth', 'Investment growth']);
    expect(sorted('value', growth)).toEqual(['Investment growth', 'GDP growth']);
    expect(sorted('document', [...growth].reverse())).toEqual(['Investment growth', 'GDP growth']);
    expect(attainmentScore(growth[0]!)).toBe(-1);
  });
});
