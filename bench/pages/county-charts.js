// county-charts: the real elements from the single-file embed (loaded by the page before this
// script), every feature on (tooltips, keyboard, summary, data table), the dataset fetched from
// the JSON published beside the embed, as an embedder's page does. The elements derive the rows,
// lines and vertices of bench/data.json from that dataset themselves (bench/make-data.ts used the
// same functions); this script only sets the attributes an article would carry.
import { benchPage, CELL_HEIGHT, loadData, makeCells } from './harness.js';

const TAG = { bars: 'county-target-bars', lines: 'county-trend-line', radars: 'county-radar' };

function attributes(kind, spec) {
  if (kind === 'bars') return { county: spec.county, indicators: spec.indicators.join(' ') };
  if (kind === 'lines') return { county: spec.county, indicator: spec.indicator };
  return {
    counties: spec.counties.join(' '),
    indicators: spec.indicators.join(' '),
    kind: spec.kind,
    'small-multiples': 'never',
  };
}

const hasMarks = (el) => !!el.shadowRoot?.querySelector('svg.plot-svg .mark');

benchPage({
  async draw() {
    // The specs say which charts to draw (the same list every page draws); the numbers come from
    // the dataset the elements fetch.
    const data = await loadData();
    const { grid, cells } = makeCells(data);
    for (const c of cells) {
      const el = document.createElement(TAG[c.kind]);
      for (const [k, v] of Object.entries(attributes(c.kind, c.spec))) el.setAttribute(k, v);
      el.setAttribute('height', String(CELL_HEIGHT));
      c.el.append(el);
      c.chart = el;
    }
    return { grid, cells };
  },
  ready: (cells) => cells.every((c) => hasMarks(c.chart)),
  watch(cells, done) {
    for (const c of cells) {
      // The plot's <svg width> is written when the chart re-lays out at a new width.
      new MutationObserver((records) => {
        if (records.some((r) => r.target.classList?.contains('plot-svg'))) done(c.index);
      }).observe(c.chart.shadowRoot, { subtree: true, attributes: true, attributeFilter: ['width'] });
    }
  },
});
