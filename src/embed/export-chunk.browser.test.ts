// The built embed (dist/embed) as a page loads it: the export code is not in county-charts.js but in
// county-charts-export.js beside it, fetched on the first export only, and it works from there.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import counties from '../../data/counties.json';
import figures from '../../data/figures.json';
import indicators from '../../data/indicators.json';
import { ChartHarness } from '../charts/core/harness.js';

interface EmbeddedChart extends LitElement {
  data: unknown;
  exportSVG(): Promise<string>;
  exportCSV(): Promise<string>;
  download(format: 'svg' | 'png' | 'csv'): Promise<void>;
}

/** Fetches of a dist/embed file so far (with their query strings). */
const fetched = (file: string): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => new URL(url).pathname === `/dist/embed/${file}`);

describe('embed: the export chunk, loaded on demand', function () {
  this.timeout(180_000);
  let chart: EmbeddedChart;

  before(async () => {
    await executeServerCommand('embed-article-build');
    // Versioned, as CDNs and CMSs often load scripts: the chunk must not load an unversioned copy.
    const script = '/dist/embed/county-charts.js?v=3';
    await import(/* @vite-ignore */ script);
    const wrapper = document.createElement('div');
    wrapper.style.width = '640px';
    document.body.append(wrapper);
    wrapper.innerHTML = '<county-target-bars county="hulan" lang="en"></county-target-bars>';
    chart = wrapper.firstElementChild as EmbeddedChart;
    // By property: this test server turns .json files into modules, so the default URL cannot serve it.
    chart.data = { counties, indicators, figures };
    await new ChartHarness(chart).ready(10_000);
  });

  it('is not fetched until a reader or the page exports', () => {
    expect(customElements.get('county-target-bars')).to.not.equal(undefined);
    expect(chart.shadowRoot!.querySelectorAll('[data-mark]').length).to.be.greaterThan(2);
    expect(fetched('county-charts-export.js')).to.deep.equal([]);
  });

  it('is fetched once, beside the script, and exports CSV and SVG', async () => {
    const csv = await chart.exportCSV();
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    expect(csv).to.contain('"source sentence"');
    expect(csv).to.contain('"hulan"');
    const svg = new DOMParser().parseFromString(await chart.exportSVG(), 'image/svg+xml');
    expect(svg.querySelector('parsererror')).to.equal(null);
    expect(svg.querySelectorAll('g.mark').length).to.equal(
      chart.shadowRoot!.querySelectorAll('[data-mark]').length,
    );
    expect(fetched('county-charts-export.js')).to.have.length(1);
    // Only the versioned script: the chunk imports nothing, so no second copy of the bundle.
    expect(fetched('county-charts.js').map((url) => new URL(url).search)).to.deep.equal(['?v=3']);
  });

  it("the menu's CSV button downloads through it", async () => {
    const saved: string[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push(this.download);
    };
    try {
      const root = chart.shadowRoot!;
      root.querySelector<HTMLElement>('[part="export"] summary')!.click();
      root.querySelector<HTMLButtonElement>('[data-format="csv"]')!.click();
      for (let i = 0; i < 100 && saved.length === 0; i += 1) await new Promise((r) => setTimeout(r, 20));
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(saved).to.deep.equal(['county-target-bars-hulan.csv']);
  });
});
