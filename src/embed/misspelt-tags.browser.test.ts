import { expect, fixture, html } from '@open-wc/testing';
import { parseDataset } from '../data/load.js';
import counties from '../../data/counties.json';
import indicators from '../../data/indicators.json';
import figures from '../../data/figures.json';
import '../define.js';
import { defineMisspeltChartTags } from './misspelt-tags.js';
import { ChartHarness } from '../charts/core/harness.js';
import type { ChartElement } from '../charts/core/chart-element.js';

const dataset = parseDataset({ counties, indicators, figures });

describe('chart tags an editor mistyped', () => {
  it('are defined as the chart they name, drawn like it, and said in the console', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      const page = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
      page.innerHTML = `<county-target-bar county="tonghua"></county-target-bar>
        <county-target-bars county="tonghua"></county-target-bars>
        <county-map></county-map>`;
      defineMisspeltChartTags(page);
      const [typo, right, other] = [...page.children] as ChartElement[];
      for (const chart of [typo!, right!]) {
        chart.data = dataset;
        await new ChartHarness(chart).ready();
      }
      expect(typo).to.be.instanceOf(customElements.get('county-target-bars')!);
      expect(new ChartHarness(typo!).summary()).to.equal(new ChartHarness(right!).summary());
      expect(new ChartHarness(typo!).markLabels()).to.deep.equal(new ChartHarness(right!).markLabels());
      expect(warnings).to.deep.equal([
        '<county-target-bar>: read as <county-target-bars> (write <county-target-bars>)',
      ]);
      // Not a chart's name: left to the page.
      expect(customElements.get('county-map')).to.equal(undefined);
      expect(other!.shadowRoot).to.equal(null);
      // Done again (a second copy of the bundle): nothing defined twice, nothing thrown.
      defineMisspeltChartTags(page);
    } finally {
      console.warn = warn;
    }
  });
});
