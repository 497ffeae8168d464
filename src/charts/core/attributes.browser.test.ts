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
    const page = [...wrapper.children].map((child) => child.localName);
    return { state: h.state(), summary: h.summary(), labels: h.markLabels(), warnings, page, el };
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

  it('reads a misspelt attribute as the nearest one, says so in the console, and draws the chart asked for', async () => {
    const typo = await paste(
      '<county-target-bars county="tonghua" indicaters="gdp-growth" data-cms="x" class="c" aria-label="a" id="i"></county-target-bars>',
    );
    const meant = await paste(
      '<county-target-bars county="tonghua" indicators="gdp-growth"></county-target-bars>',
    );
    expect(typo.state).to.equal('ready');
    expect(typo.summary).to.equal(meant.summary);
    expect(typo.warnings).to.have.length(1);
    expect(typo.warnings[0]).to.include('indicaters="gdp-growth"').and.include('as indicators');
    const radar = await paste('<county-radar countries="tonghua hulan"></county-radar>');
    const radarMeant = await paste('<county-radar counties="tonghua hulan"></county-radar>');
    expect(radar.warnings.join()).to.include('countries').and.include('counties');
    expect(radar.labels).to.deep.equal(radarMeant.labels);
    // The attribute it misspells is written too: the typo is only named.
    const both = await paste(
      '<county-target-bars county="tonghua" indicators="gdp-growth" indicaters="gdp"></county-target-bars>',
    );
    expect(both.summary).to.equal(meant.summary);
    expect(both.warnings[0]).to.include('did you mean "indicators"');
    // Far from every attribute: named, no guess.
    const far = await paste('<county-trend-line county="tonghua" xyz="1"></county-trend-line>');
    expect(far.warnings).to.deep.equal(['<county-trend-line>: unknown attribute "xyz", ignored']);
  });

  it('reads values in typographic quotes, also a list the parser split at its spaces', async () => {
    const canonical = await paste(
      '<county-target-bars county="tonghua" indicators="gdp-growth retail-sales-growth"></county-target-bars>',
    );
    const curly = await paste(
      '<county-target-bars county=“tonghua” indicators=“gdp-growth retail-sales-growth” height=‘320’></county-target-bars>',
    );
    expect(canonical.state).to.equal('ready');
    expect(curly.summary).to.equal(canonical.summary);
    expect(curly.labels).to.deep.equal(canonical.labels);
    // The split is said (with the value as read), and its pieces are not reported as unknown attributes.
    expect(curly.warnings, curly.warnings.join('\n')).to.have.length(1);
    expect(curly.warnings[0]).to.include('read indicators="gdp-growth retail-sales-growth"');
  });

  it('moves the article back out of a chart left open (<county-… />), and says so', async () => {
    const open = await paste(
      '<county-trend-line county="tonghua" indicator="gdp-growth" /><p>After the chart.</p> text <p>More.</p>',
    );
    expect(open.state).to.equal('ready');
    expect(open.page).to.deep.equal(['county-trend-line', 'p', 'p']);
    expect(open.el.childNodes.length).to.equal(0);
    expect(open.el.nextElementSibling?.textContent).to.equal('After the chart.');
    expect(open.warnings.join()).to.include('moved 3 nodes of the page out');
    // A chart created by a script keeps what the script put in it (a framework owns those nodes).
    const byScript = document.createElement('county-trend-line') as ChartElement;
    byScript.append(document.createElement('p'));
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
    wrapper.append(byScript);
    byScript.data = dataset;
    await new ChartHarness(byScript).ready();
    expect(byScript.children.length).to.equal(1);
  });

  it('reads English names of several words, and quotes that open with a closing mark', async () => {
    const canonical = await paste('<county-target-bars county="tonghua"></county-target-bars>');
    for (const markup of [
      '<county-target-bars county="Tonghua County"></county-target-bars>',
      '<county-target-bars county=”tonghua”></county-target-bars>',
    ]) {
      const got = await paste(markup);
      expect(got.state, markup).to.equal('ready');
      expect(got.summary, markup).to.equal(canonical.summary);
    }
    const line = await paste(
      '<county-trend-line county="tonghua" indicator="GDP growth"></county-trend-line>',
    );
    expect(line.state).to.equal('ready');
  });

  it('reads theme="Dark " as dark, and says an unknown theme, view or limit instead of hiding it', async () => {
    const dark = await paste(
      '<county-trend-line county="tonghua" indicator="gdp" theme=" Dark "></county-trend-line>',
    );
    const background = (el: ChartElement) =>
      getComputedStyle(el.shadowRoot!.querySelector('.chart')!).backgroundColor;
    const light = await paste(
      '<county-trend-line county="tonghua" indicator="gdp" theme="light"></county-trend-line>',
    );
    expect(background(dark.el)).to.not.equal(background(light.el));
    const night = await paste(
      '<county-trend-line county="tonghua" indicator="gdp" theme="night"></county-trend-line>',
    );
    expect(night.state).to.equal('ready');
    expect(night.warnings.join('\n')).to.match(/theme="night"/);
    const view = await paste(
      '<county-trend-line county="tonghua" indicator="gdp" view="levels"></county-trend-line>',
    );
    expect(view.state).to.equal('error');
    const limit = await paste('<county-target-bars county="tonghua" limit="two"></county-target-bars>');
    expect(limit.state).to.equal('ready');
    expect(limit.warnings.join('\n')).to.match(/limit="two"/);
  });

  it('shares a flex row or a grid line with another chart instead of taking it all', async () => {
    for (const layout of ['display:flex;gap:16px', 'display:grid;grid-template-columns:1fr 1fr;gap:16px']) {
      const row = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
      row.setAttribute('style', `width:900px;${layout}`);
      row.innerHTML =
        '<county-target-bars county="tonghua"></county-target-bars><county-radar counties="tonghua hulan"></county-radar>';
      const charts = [...row.children] as ChartElement[];
      for (const chart of charts) chart.data = dataset;
      const harnesses = charts.map((chart) => new ChartHarness(chart));
      await Promise.all(harnesses.map((h) => h.ready()));
      const widths = charts.map((chart) => chart.getBoundingClientRect().width);
      expect(widths, layout).to.deep.equal([442, 442]);
      for (const h of harnesses) expect(h.marks().length, layout).to.be.greaterThan(0);
    }
  });
});
