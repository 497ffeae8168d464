import { expect, fixture, html } from '@open-wc/testing';
import { parseDataset } from '../../data/load.js';
import type { Dataset } from '../../data/types.js';
import counties from '../../../data/counties.json';
import indicators from '../../../data/indicators.json';
import figures from '../../../data/figures.json';
import '../../define.js';
import { ChartHarness } from './harness.js';
import type { ChartElement } from './chart-element.js';

const dataset: Dataset = parseDataset({ counties, indicators, figures });

/** The chart as an editor pastes it; its summary, mark labels and the console warnings it gave. */
async function paste(markup: string) {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
    wrapper.innerHTML = markup;
    const el = wrapper.firstElementChild as ChartElement;
    el.data = dataset;
    const h = new ChartHarness(el);
    await h.ready();
    return { state: h.state(), summary: h.summary(), labels: h.markLabels(), warnings };
  } finally {
    console.warn = warn;
  }
}

describe('attributes as editors write them', () => {
  it('reads the singular or plural name a chart does not take as the one it takes', async () => {
    const pairs = [
      [
        '<county-target-bars county="tonghua" indicators="gdp-growth retail-sales-growth"></county-target-bars>',
        '<county-target-bars county="tonghua" indicator="gdp-growth retail-sales-growth"></county-target-bars>',
      ],
      [
        '<county-target-bars county="tonghua"></county-target-bars>',
        '<county-target-bars counties="tonghua"></county-target-bars>',
      ],
      [
        '<county-trend-line county="tonghua" indicator="gdp-growth"></county-trend-line>',
        '<county-trend-line county="tonghua" indicators="gdp-growth"></county-trend-line>',
      ],
      [
        '<county-radar counties="tonghua hulan" indicators="gdp-growth rural-roads"></county-radar>',
        '<county-radar county="tonghua hulan" indicator="gdp-growth rural-roads"></county-radar>',
      ],
    ];
    for (const [canonical, alias] of pairs) {
      const expected = await paste(canonical!);
      const got = await paste(alias!);
      expect(expected.state, canonical).to.equal('ready');
      expect(got.summary, alias).to.equal(expected.summary);
      expect(got.labels, alias).to.deep.equal(expected.labels);
      expect(got.warnings, alias).to.deep.equal([]);
    }
  });

  it('warns in the console about a misspelt attribute, naming the nearest one, and still draws', async () => {
    const typo = await paste(
      '<county-target-bars county="tonghua" indicaters="gdp-growth" data-cms="x" class="c" aria-label="a" id="i"></county-target-bars>',
    );
    expect(typo.state).to.equal('ready');
    expect(typo.warnings).to.have.length(1);
    expect(typo.warnings[0]).to.include('"indicaters"').and.include('did you mean "indicators"');
    const radar = await paste('<county-radar countries="tonghua hulan"></county-radar>');
    expect(radar.warnings.join()).to.include('"countries"').and.include('"counties"');
    // Far from every attribute: named, no guess.
    const far = await paste('<county-trend-line county="tonghua" xyz="1"></county-trend-line>');
    expect(far.warnings).to.deep.equal(['<county-trend-line>: unknown attribute "xyz", ignored']);
  });
});
