import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { LitElement } from 'lit';
import counties from '../../../data/counties.json';
import indicators from '../../../data/indicators.json';
import figures from '../../../data/figures.json';
import { parseDataset } from '../../data/load.js';
import type { Dataset } from '../../data/types.js';
import { sampleDataset } from '../../data/fixtures/sample-dataset.js';
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
import type { CountyTargetBars } from './target-bars.js';

const real: Dataset = parseDataset({ counties, indicators, figures });
const settings = await fuzzSettings();

const value = fc.record(
  {
    value: hostileNumber,
    valueHi: hostileNumber,
    period: fc.oneof(
      fc.constantFrom(2021, 2022, 2026, NaN, -1, 1e15),
      fc.record({ start: hostileNumber, end: hostileNumber }),
    ),
    comparator: fc.constantFrom('=', '>=', '<=', '~', 'lots', undefined),
    kind: fc.constantFrom('actual', 'target', 'estimate', 'plan', undefined),
    sentence: hostileString,
  },
  { requiredKeys: ['value'] },
);
const inputRow = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record(
      {
        label: fc.oneof(hostileString, fc.record({ zh: hostileString, en: hostileString })),
        unit: fc.constantFrom('%', '亩', '元', '个百分点', '', '<script>'),
        measure: fc.constantFrom('level', 'growth', 'share', 'speed', undefined),
        higherIsBetter: fc.oneof(fc.boolean(), fc.constantFrom(...WRONG_TYPES)),
        actual: value,
        target: value,
      },
      { requiredKeys: ['label', 'unit'] },
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(...WRONG_TYPES) },
);

/** `.rows`, `.figures` (mutated dataset figures or junk), or both. */
type Extra =
  { type: 'rows'; rows: unknown } | { type: 'figures'; mutations: Mutation[] | null; junk: unknown };

const extra: fc.Arbitrary<Extra> = fc.oneof(
  fc.record({
    type: fc.constant('rows' as const),
    rows: fc.oneof(
      { weight: 6, arbitrary: fc.array(inputRow, { maxLength: 12 }) },
      { weight: 1, arbitrary: fc.constantFrom(...WRONG_TYPES, 'rows') },
    ),
  }),
  fc.record({
    type: fc.constant('figures' as const),
    mutations: fc.option(fc.array(mutation, { maxLength: 4 })),
    junk: fc.constantFrom(...WRONG_TYPES, [null], [{}], ['x']),
  }),
);

describe('<county-target-bars> under hostile input (fast-check)', () => {
  it(`keeps its invariants over ${settings.runs} random cases`, async function () {
    this.timeout(Math.max(60_000, settings.runs * 200));
    const ids = real.counties.map((c) => c.id);
    const report = await fuzzChart<Extra>({
      tag: 'county-target-bars',
      bases: [real, sampleDataset],
      runs: settings.runs,
      seed: settings.seed,
      trace: settings.trace,
      attributes: (calm) =>
        attributes({
          county: attrValue([...ids, 'tonghua', 'hulan'], { absent: 1, bad: ['no-such-county', 'TONGHUA'] }),
          indicators: attrValue(
            ['gdp-growth', 'rural-roads', 'project-investment', 'grain-output', 'new-urban-jobs'],
            { absent: 20, list: true, bad: ['nope', 'gdp-growth nope'] },
          ),
          category: attrValue(['economy', 'agriculture', 'livelihood'], { absent: 20, bad: ['weather'] }),
          sort: attrValue(['report', 'attainment', 'name', 'value'], { bad: ['random', 'Report'] }),
          limit: attrValue(['1', '3', '10'], { bad: ['0', '-2', 'NaN', '1e15', '2.5'] }),
          heading: attrValue(['目标与完成', 'Targets & results']),
        })(calm),
      extra,
      applyExtra: (el, e) => {
        const bars = el as CountyTargetBars;
        if (e.type === 'rows') bars.rows = e.rows as CountyTargetBars['rows'];
        else
          bars.figures = (
            e.mutations
              ? (buildData({ type: 'mutated', mutations: e.mutations }, real) as Dataset).figures
              : e.junk
          ) as CountyTargetBars['figures'];
      },
      ownData: (el) => !!(el as CountyTargetBars).rows || !!(el as CountyTargetBars).figures,
      clearExtra: (el: LitElement) => {
        const bars = el as CountyTargetBars;
        bars.rows = undefined;
        bars.figures = undefined;
      },
    });
    const top = Object.entries(report.errors)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12);
    console.log(`<county-target-bars> fuzz: ${JSON.stringify({ ...report, errors: top })}`);
    expect(report.cases).to.be.at.least(settings.runs);
    // The generator must reach both outcomes, or the invariants test little.
    const drawn = (report.states.ready ?? 0) + (report.states.empty ?? 0);
    expect(drawn).to.be.above(settings.runs * 0.2);
    expect(report.states.error ?? 0).to.be.above(settings.runs * 0.1);
  });
});
