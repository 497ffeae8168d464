import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import counties from '../../../data/counties.json';
import indicators from '../../../data/indicators.json';
import figures from '../../../data/figures.json';
import { radarComparison, type RadarComparison } from '../../data/comparison.js';
import { sampleDataset } from '../../data/comparison.fixture.js';
import { parseDataset } from '../../data/load.js';
import type { Dataset } from '../../data/types.js';
import {
  attributes,
  attrValue,
  buildData,
  fuzzChart,
  fuzzSettings,
  hostileNumber,
  hostileString,
  mutation,
  WRONG_TYPES,
  type Mutation,
} from '../core/fuzz-kit.js';
import './define.js';
import type { CountyRadar } from './radar.js';

const real: Dataset = parseDataset({ counties, indicators, figures });
const fixture = sampleDataset();
const settings = await fuzzSettings();

/** `.comparison` given by code: computed from a mutated dataset, then tampered with, or junk. */
type Extra =
  | { type: 'computed'; mutations: Mutation[]; tamper: { value: number; label: string } | null }
  | { type: 'junk'; junk: unknown };
const extra: fc.Arbitrary<Extra> = fc.oneof(
  fc.record({
    type: fc.constant('computed' as const),
    mutations: fc.array(mutation, { maxLength: 3 }),
    tamper: fc.option(fc.record({ value: hostileNumber, label: hostileString })),
  }),
  fc.record({
    type: fc.constant('junk' as const),
    junk: fc.constantFrom(...WRONG_TYPES, { series: [], axes: [] }, { series: [{}], axes: [{}] }),
  }),
);

function comparisonFor(e: Extra): unknown {
  if (e.type === 'junk') return e.junk;
  let c: RadarComparison;
  try {
    c = radarComparison(buildData({ type: 'mutated', mutations: e.mutations }, fixture) as Dataset, {
      kind: 'latest',
    });
  } catch {
    return { series: 'none' };
  }
  if (!e.tamper) return c;
  const { value, label } = e.tamper;
  // A comparison is plain data: code may hand one whose numbers and names were changed.
  return {
    ...c,
    axes: c.axes.map((a, i) => (i === 0 ? { ...a, label: { zh: label, en: label } } : a)),
    series: c.series.map((s) => ({
      ...s,
      values: s.values.map((v, i) => (i === 0 ? { ...v, value, normalized: value } : v)),
    })),
  };
}

describe('<county-radar> under hostile input (fast-check)', () => {
  it(`keeps its invariants over ${settings.runs} random cases`, async function () {
    this.timeout(Math.max(60_000, settings.runs * 200));
    const report = await fuzzChart<Extra>({
      tag: 'county-radar',
      bases: [fixture, real],
      runs: settings.runs,
      seed: settings.seed,
      trace: settings.trace,
      attributes: (calm, base) => {
        const ids = (base === 0 ? fixture : real).counties.map((c) => c.id);
        return attributes({
          counties: attrValue(ids, { absent: 8, list: true, bad: ['alpha nope', '__proto__ alpha'] }),
          indicators: attrValue(
            base === 0
              ? ['gdp-growth', 'grain-area', 'energy-intensity', 'good-air-days']
              : ['rural-roads', 'afforestation', 'new-urban-jobs', 'rural-toilets', 'good-air-days'],
            { absent: 14, list: true, bad: ['nope', 'tourists'] },
          ),
          kind: attrValue(['target', 'actual', 'latest'], { bad: ['both', 'TARGET'] }),
          reference: attrValue(['alpha', 'tonghua', 'gdp-growth:6.5 grain-area:300000'], {
            absent: 14,
            bad: [
              'gdp-growth:NaN',
              'gdp-growth:1e400',
              'gdp-growth:-5',
              'gdp-growth:0',
              ':',
              'nope',
              'a:1:2',
            ],
          }),
          highlight: attrValue(ids, { absent: 10, bad: ['nope', 'tonghua'] }),
          'small-multiples': attrValue(['auto', 'always', 'never'], { bad: ['sometimes'] }),
        })(calm);
      },
      extra,
      applyExtra: (el, e) => {
        (el as CountyRadar).comparison = comparisonFor(e) as RadarComparison;
      },
      ownData: (el) => !!(el as CountyRadar).comparison,
      clearExtra: (el) => {
        (el as CountyRadar).comparison = undefined;
      },
    });
    const top = Object.entries(report.errors)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12);
    console.log(`<county-radar> fuzz: ${JSON.stringify({ ...report, errors: top })}`);
    expect(report.cases).to.be.at.least(settings.runs);
    // The generator must reach both outcomes, or the invariants test little.
    const drawn = (report.states.ready ?? 0) + (report.states.empty ?? 0);
    expect(drawn).to.be.above(settings.runs * 0.2);
    expect(report.states.error ?? 0).to.be.above(settings.runs * 0.1);
  });
});
