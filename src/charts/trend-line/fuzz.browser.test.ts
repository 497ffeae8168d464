import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import counties from '../../../data/counties.json';
import indicators from '../../../data/indicators.json';
import figures from '../../../data/figures.json';
import { parseDataset } from '../../data/load.js';
import type { Dataset } from '../../data/types.js';
import {
  attributes,
  attrValue,
  buildData,
  fuzzChart,
  fuzzSettings,
  mutation,
  WRONG_TYPES,
  type Mutation,
} from '../core/fuzz-kit.js';
import './define.js';
import { trendFixture } from './fixture.js';
import type { CountyTrendLine } from './trend-line.js';

const real: Dataset = parseDataset({ counties, indicators, figures });
const settings = await fuzzSettings();

/** `.figures` given by code: the fixture's figures mutated, or junk. */
type Extra = { mutations: Mutation[] | null; junk: unknown };
const extra: fc.Arbitrary<Extra> = fc.record({
  mutations: fc.option(fc.array(mutation, { maxLength: 4 }), { freq: 4 }),
  junk: fc.constantFrom(...WRONG_TYPES, [null], [{}], ['x'], [{ period: null }]),
});

describe('<county-trend-line> under hostile input (fast-check)', () => {
  it(`keeps its invariants over ${settings.runs} random cases`, async function () {
    this.timeout(Math.max(60_000, settings.runs * 200));
    // hulan and tonghua are in both datasets
    const ids = ['hulan', 'tonghua', 'hulan', 'tonghua', 'quiet', 'sample'];
    const report = await fuzzChart<Extra>({
      tag: 'county-trend-line',
      bases: [trendFixture, trendFixture, real],
      runs: settings.runs,
      seed: settings.seed,
      trace: settings.trace,
      attributes: (calm) =>
        attributes({
          county: attrValue(ids, { absent: 3, bad: ['no-such-county', '__proto__'] }),
          counties: attrValue(ids, { absent: 12, list: true, bad: ['hulan nope', 'hulan,,tonghua'] }),
          indicator: attrValue(
            ['gdp', 'gdp-growth', 'fixed-asset-investment', 'budget-revenue-growth', 'rural-roads'],
            { absent: 2, bad: ['nope', 'constructor'] },
          ),
          indexed: attrValue(['', 'true', 'false'], { absent: 14 }),
          view: attrValue(['level', 'rate', 'auto'], { bad: ['pie'] }),
          'base-year': attrValue(['2016', '2020', '2021', '2025'], {
            absent: 14,
            bad: ['0', '-1', '1e15', '2020.5'],
          }),
        })(calm),
      extra,
      applyExtra: (el, e) => {
        (el as CountyTrendLine).figures = (
          e.mutations
            ? (buildData({ type: 'mutated', mutations: e.mutations }, trendFixture) as Dataset).figures
            : e.junk
        ) as CountyTrendLine['figures'];
      },
      ownData: (el) => !!(el as CountyTrendLine).figures,
      clearExtra: (el) => {
        (el as CountyTrendLine).figures = undefined;
      },
    });
    const top = Object.entries(report.errors)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12);
    console.log(`<county-trend-line> fuzz: ${JSON.stringify({ ...report, errors: top })}`);
    expect(report.cases).to.be.at.least(settings.runs);
    // The generator must reach both outcomes, or the invariants test little.
    const drawn = (report.states.ready ?? 0) + (report.states.empty ?? 0);
    expect(drawn).to.be.above(settings.runs * 0.2);
    expect(report.states.error ?? 0).to.be.above(settings.runs * 0.1);
  });
});
