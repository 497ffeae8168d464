/**
 * Derive the benchmark's 150 charts once from data/*.json into bench/data.json, so every library
 * draws the same numbers. The numbers come from county-charts' own data functions (the same ones
 * its elements call), and each spec also carries the attributes county-charts is given, so its
 * elements derive exactly these rows, lines and vertices from the dataset themselves.
 *
 *   npx tsx bench/make-data.ts        (also run by bench/run.mjs)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { radarComparison } from '../src/data/comparison.js';
import { selectTargetsVersusActuals } from '../src/data/queries.js';
import type { Dataset } from '../src/data/types.js';
import { describeTrend } from '../src/charts/trend-line/describe.js';

const root = resolve(import.meta.dirname, '..');
const read = (name: string): unknown => JSON.parse(readFileSync(resolve(root, 'data', name), 'utf8'));
const dataset = {
  counties: read('counties.json'),
  indicators: read('indicators.json'),
  figures: read('figures.json'),
} as Dataset;

const PER_KIND = 50;
const name = (id: string) => dataset.counties.find((c) => c.id === id)!.name.zh;

// ---- 50 target-versus-actual bar charts: per county, windows of 4 paired indicators ----------
export interface BarSpec {
  county: string;
  indicators: string[];
  title: string;
  rows: { label: string; unit: string; actual: number; target: number }[];
}
const barPool: BarSpec[] = [];
for (const c of dataset.counties) {
  // The selection <county-target-bars county indicators> makes (target-bars.ts describe()).
  const { rows } = selectTargetsVersusActuals(dataset, c.id, {
    labelLang: 'zh',
    groupBy: 'measure',
    pairing: 'target-first',
    keep: 'paired',
    uncatalogued: 'by-subject',
  });
  const paired = rows.filter(
    (r) =>
      !!r.indicator &&
      !!r.actual &&
      !!r.target &&
      !r.yearlyMean &&
      r.actual.valueHi === undefined &&
      r.target.valueHi === undefined,
  );
  // One unit per chart (county-charts groups growth, share and level rows on separate scales; the
  // peers draw one value axis), 2-4 rows each.
  const byUnit = new Map<string, typeof paired>();
  for (const r of paired) byUnit.set(r.unit, [...(byUnit.get(r.unit) ?? []), r]);
  for (const [unit, list] of byUnit) {
    for (let i = 0; i + 2 <= list.length; i += 1) {
      const pick = list.slice(i, i + 4);
      barPool.push({
        county: c.id,
        indicators: pick.map((r) => r.indicator!.id),
        title: `${name(c.id)}：目标与实绩`,
        rows: pick.map((r) => ({
          label: r.label.zh,
          unit,
          actual: r.actual!.value,
          target: r.target!.value,
        })),
      });
    }
  }
}

// ---- 50 lines: achieved (solid) and the planned path (dashed) ------------------------------------
// The dataset holds about 20 county × indicator pairs with a planned path (most a one-year plan
// from the latest result, two a five-year index path): the 50 charts cycle over them.
export interface LineSpec {
  county: string;
  indicator: string;
  title: string;
  unit: string;
  achieved: { year: number; value: number }[];
  plan: { year: number; value: number }[];
  /** The stated and derived points county-charts marks (dots for the peers). */
  marks: { year: number; value: number; kind: string }[];
}
const linePool: LineSpec[] = [];
for (const c of dataset.counties) {
  for (const ind of dataset.indicators) {
    let d;
    try {
      d = describeTrend(dataset, undefined, {
        counties: [c.id],
        indicator: ind.id,
        indexed: 'auto',
        view: 'auto',
        baseYear: undefined,
        lang: 'zh-CN',
      });
    } catch {
      continue;
    }
    const s = d.model.series[0];
    if (!s || d.model.empty || s.plan.length < 2) continue;
    linePool.push({
      county: c.id,
      indicator: ind.id,
      title: `${name(c.id)}：${ind.name.zh}`,
      unit: d.model.unit,
      achieved: s.achieved.map((p) => ({ year: p.year, value: p.value })),
      plan: s.plan.map((p) => ({ year: p.year, value: p.value })),
      marks: d.model.marks.map((m) => ({ year: m.year, value: m.value, kind: m.kind })),
    });
  }
}

// ---- 50 five-county radars: windows of 5 shared comparable indicators, three kinds ----------------
export interface RadarSpec {
  counties: string[];
  indicators: string[];
  kind: 'target' | 'actual' | 'latest';
  title: string;
  axes: string[];
  /** Per county: its name and the normalised value on each axis (null: not reported, a gap). */
  series: { county: string; name: string; values: (number | null)[] }[];
}
const radarPool: RadarSpec[] = [];
const counties = dataset.counties.map((c) => c.id);
for (const kind of ['target', 'actual', 'latest'] as const) {
  let all;
  try {
    all = radarComparison(dataset, { counties, kind });
  } catch {
    continue;
  }
  const ids = all.axes.map((a) => a.indicator.id);
  for (let i = 0; i + 5 <= ids.length; i += 1) {
    const pick = ids.slice(i, i + 5);
    const cmp = radarComparison(dataset, { counties, indicators: pick, kind });
    radarPool.push({
      counties,
      indicators: pick,
      kind,
      title: `五县比较：${kind === 'target' ? '目标' : kind === 'actual' ? '实绩' : '最新'}`,
      axes: cmp.axes.map((a) => a.indicator.name.zh),
      series: cmp.series.map((s) => ({
        county: s.county.id,
        name: s.county.name.zh,
        values: s.values.map((v) => (v.status === 'reported' ? v.normalized : null)),
      })),
    });
  }
}

/** Spread the picks over the pool (every county and kind), repeating only if the pool is short. */
function spread<T>(pool: T[], n: number): T[] {
  if (pool.length === 0) throw new Error('bench data: empty pool');
  const step = pool.length / n;
  return Array.from({ length: n }, (_, i) => pool[Math.floor(i * step) % pool.length]);
}

const out = {
  generated: 'bench/make-data.ts from data/*.json',
  pools: { bars: barPool.length, lines: linePool.length, radars: radarPool.length },
  bars: spread(barPool, PER_KIND),
  lines: spread(linePool, PER_KIND),
  radars: spread(radarPool, PER_KIND),
};
writeFileSync(resolve(root, 'bench/data.json'), JSON.stringify(out));
console.log(`bench/data.json: ${PER_KIND} bars, lines, radars (pools ${JSON.stringify(out.pools)})`);
