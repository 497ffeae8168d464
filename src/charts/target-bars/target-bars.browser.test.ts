import { expect, fixture, html } from '@open-wc/testing';
import { parseDataset } from '../../data/load.js';
import type { Dataset } from '../../data/types.js';
import counties from '../../../data/counties.json';
import indicators from '../../../data/indicators.json';
import figures from '../../../data/figures.json';
import { axeViolations } from '../core/axe-check.js';
import { ChartHarness } from '../core/harness.js';
import './define.js';
import type { CountyTargetBars } from './target-bars.js';

const dataset: Dataset = parseDataset({ counties, indicators, figures });

const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

async function mount(attrs: string, width = 800, data: Dataset | undefined = dataset) {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  wrapper.innerHTML = `<county-target-bars ${attrs}></county-target-bars>`;
  const el = wrapper.firstElementChild as CountyTargetBars;
  if (data) el.data = data;
  const h = new ChartHarness(el);
  await h.ready();
  await frame();
  await el.updateComplete;
  return { el, h, wrapper };
}

/** Elements, Lit's comment markers, text nodes with words and whitespace-only ones under `root` (itself not counted). */
function nodes(root: Node): { elements: number; comments: number; words: number; whitespace: number } {
  const n = { elements: 0, comments: 0, words: 0, whitespace: 0 };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (node.nodeType === Node.ELEMENT_NODE) n.elements++;
    else if (node.nodeType === Node.COMMENT_NODE) n.comments++;
    else if (node.nodeType === Node.TEXT_NODE) n[node.textContent!.trim() ? 'words' : 'whitespace']++;
  }
  return n;
}

/** A chart of rows given by code (`.rows`, set before it is connected), in English. */
async function mountRows(rows: CountyTargetBars['rows'], width: number) {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  const el = document.createElement('county-target-bars');
  el.setAttribute('lang', 'en');
  el.rows = rows;
  wrapper.append(el);
  const h = new ChartHarness(el);
  await h.ready();
  await frame();
  await el.updateComplete;
  return { el, h };
}

describe('<county-target-bars>', () => {
  it('draws one mark per row, bars and markers matching the data', async () => {
    const { el, h } = await mount('county="tonghua" lang="en" indicators="gdp-growth retail-sales-growth"');
    const marks = h.marks();
    expect(marks.length).to.equal(2);
    expect(h.markLabels()[0]).to.equal(
      'GDP growth: 2021 estimate 8%, 2022 target 9%, target +1 percentage point against the result',
    );
    // The bars share one growth scale: their widths are in the ratio of the values (8% vs 16%).
    const bar = (m: Element) => m.querySelector('rect.fill, rect.hollow') as SVGRectElement;
    const w1 = Number(bar(marks[0]).getAttribute('width'));
    const w2 = Number(bar(marks[1]).getAttribute('width'));
    expect(w2 / w1).to.be.closeTo(16 / 8, 1e-6);
    // Target marker of GDP at 9 on the same scale.
    const tick = marks[0].querySelector('rect.c-target') as SVGRectElement;
    const x0 = Number(bar(marks[0]).getAttribute('x'));
    const tickX = Number(tick.getAttribute('x')) + 1.25;
    expect((tickX - x0) / w1).to.be.closeTo(9 / 8, 1e-6);
    expect(el.shadowRoot!.querySelector('.group-label')!.textContent).to.contain('Growth rates');
    expect(h.text('source')).to.equal('Source: Tonghua County, 2022 government work report');
  });

  it('re-lays out when its container is resized, labels above bars when narrow', async () => {
    const { el, h, wrapper } = await mount('county="tonghua" lang="zh-CN" indicators="gdp-growth"', 900);
    const wideName = el.shadowRoot!.querySelector('.name') as SVGTextElement;
    const wideBar = el.shadowRoot!.querySelector(
      '[data-mark] rect.hollow, [data-mark] rect.fill',
    ) as SVGRectElement;
    expect(Number(wideBar.getAttribute('x'))).to.be.greaterThan(100); // label column on the left
    expect(Number(wideName.getAttribute('y'))).to.be.greaterThan(Number(wideBar.getAttribute('y')));
    wrapper.style.width = '320px';
    await frame();
    await el.updateComplete;
    expect(h.plotSize().width).to.be.at.most(320);
    const bar = el.shadowRoot!.querySelector(
      '[data-mark] rect.hollow, [data-mark] rect.fill',
    ) as SVGRectElement;
    const name = el.shadowRoot!.querySelector('.name') as SVGTextElement;
    expect(Number(bar.getAttribute('x'))).to.equal(0);
    expect(Number(name.getAttribute('y'))).to.be.lessThan(Number(bar.getAttribute('y')));
    expect(el.getBoundingClientRect().width).to.equal(320);
  });

  it('moves through marks with the keyboard and quotes the source sentence', async () => {
    const { h } = await mount('county="tonghua" lang="zh-CN" indicators="gdp-growth retail-sales-growth"');
    await h.focusPlot();
    expect(h.tooltipText()).to.contain('地区生产总值增长');
    await h.focusNext();
    expect(h.focusedMark()!.dataset.mark).to.equal('1');
    const retail = dataset.figures.find(
      (f) => f.county === 'tonghua' && f.indicator === 'retail-sales-growth' && f.kind === 'target',
    )!;
    expect(h.tooltipText()).to.contain(retail.source.sentence.trim().slice(0, 30));
    expect(h.tooltipText()).to.contain('通化县 2022年政府工作报告');
    expect(h.tooltipText()).to.contain('2022 目标');
    await h.press('Escape');
    expect(h.tooltip()).to.equal(null);
  });

  it('has a table row per mark with the same values', async () => {
    const { h } = await mount('county="tonghua" lang="en" height="700"');
    const rows = await h.tableRows();
    const labels = h.markLabels();
    expect(rows.length).to.be.at.least(labels.length);
    labels.forEach((label, i) => {
      expect(label.startsWith(rows[i][0])).to.equal(true);
      expect(label).to.contain(rows[i][2]); // the target cell, with period and value
    });
    expect(h.tableColumns()).to.deep.equal(['Indicator', 'Result', 'Target', 'Change']);
  });

  // Drawing time grows with DOM nodes (issue 9's benchmark): Lit adds a comment marker per part
  // between tags and two per array item, so arrays of shapes and texts cost 2-3 markers each. A row
  // here is one template; its other shapes and texts share a few templates.
  it('draws lean rows: one hit area a row, few Lit markers, rows at least 16 px high', async () => {
    const rows = [
      {
        label: 'GDP growth',
        unit: '%',
        measure: 'growth' as const,
        actual: { value: 8, kind: 'estimate' as const, period: 2021 },
        target: { value: 9, comparator: '>=' as const, period: 2022 },
      },
      {
        label: 'Firms',
        unit: '家',
        measure: 'level' as const,
        actual: { value: 1, period: 2021 },
        target: { value: 1, valueHi: 2, period: 2022 },
      },
      { label: 'Tourists', unit: '人次', measure: 'level' as const, target: { value: 9e5, period: 2022 } },
    ];
    const cases = [
      ['county="tonghua" lang="zh-CN"', 380, undefined],
      ['county="hulan" lang="en"', 800, undefined],
      ['.rows', 800, rows],
      ['.rows', 400, rows],
    ] as const;
    for (const [attrs, width, given] of cases) {
      const { el, h } = given ? await mountRows(given, width) : await mount(attrs, width);
      const plot = el.shadowRoot!.querySelector('svg.plot-svg')!;
      expect(h.marks().length).to.be.greaterThan(1);
      for (const m of h.marks()) {
        const n = nodes(m);
        expect(m.querySelectorAll('rect.hit')).to.have.length(1);
        expect(m.querySelectorAll('g')).to.have.length(0);
        // Markers: the mark's content (core's), the row's parts, two per text node with words at
        // most, shapes included (arrays: 19 for a row of 3 texts and 3 shapes; this: 7).
        expect(n.comments, `${attrs} ${width}`).to.be.at.most(2 + 2 * n.words);
        expect(n.whitespace).to.equal(0);
        // the hit area (pointer target, highlight, focus ring) spans the plot's width and the row's height
        const hit = m.querySelector<SVGRectElement>('rect.hit')!.getBBox();
        expect(hit.width).to.equal(h.plotSize().width);
        expect(hit.height).to.be.at.least(16);
      }
      const layer = plot.querySelector(':scope > g[aria-hidden="true"]')!;
      expect(plot.querySelectorAll(':scope > g[aria-hidden="true"]')).to.have.length(1);
      const n = nodes(layer);
      // the groups' grids, axes and labels: one marker per text, one per template of texts and per path
      expect(n.comments).to.be.at.most(1 + Math.ceil(n.words * 1.5) + layer.querySelectorAll('path').length);
      expect(n.whitespace).to.equal(0);
    }
  });

  it('a county with targets only shows them with one note, no missing rows', async () => {
    const { el, h } = await mount('county="yitong" lang="en"');
    expect(h.state()).to.equal('ready');
    expect(h.marks().length).to.be.greaterThan(0);
    expect(h.text('notes')).to.contain('The report gives targets only');
    expect(el.shadowRoot!.textContent).to.not.contain('no actual');
    expect(el.shadowRoot!.querySelectorAll('[data-mark] rect.c-actual').length).to.equal(0);
  });

  it('says which side is missing when indicators are named', async () => {
    const { h } = await mount('county="tonghua" lang="en" indicators="forest-coverage"');
    expect(h.markLabels()[0]).to.contain('no target');
  });

  it('shows an error for an unknown county and for an unknown indicator', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const a = await mount('county="xyz" lang="en"');
      expect(a.h.state()).to.equal('error');
      expect(a.h.errorText()).to.contain('Unknown county "xyz"');
      const b = await mount('county="tonghua" indicators="no-such" lang="en"');
      expect(b.h.errorText()).to.contain('Unknown indicator "no-such"');
      const c = await mount('county="tonghua" sort="colour" lang="en"');
      expect(c.h.errorText()).to.contain('Invalid sort="colour"');
    } finally {
      console.error = original;
    }
  });

  it('draws rows given by code (.rows)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
    const el = document.createElement('county-target-bars');
    el.setAttribute('lang', 'en');
    el.rows = [
      {
        label: 'Firms',
        unit: '家',
        measure: 'level',
        actual: { value: 40, period: 2021 },
        target: { value: 45, valueHi: 50, period: 2022, sentence: '企业达到45-50家。' },
      },
    ];
    wrapper.append(el);
    const h = new ChartHarness(el);
    await h.ready();
    await frame();
    await el.updateComplete;
    expect(h.marks().length).to.equal(1);
    expect(el.shadowRoot!.querySelectorAll('[data-mark] rect.span').length).to.equal(1);
    await h.focusPlot();
    expect(h.tooltipText()).to.contain('企业达到45-50家');
  });

  it('axe catches a mark without a name (the check can fail)', async () => {
    const { el } = await mount('county="tonghua" lang="en" indicators="gdp-growth"');
    el.shadowRoot!.querySelector('[data-mark]')!.removeAttribute('aria-label');
    expect((await axeViolations(el)).join()).to.contain('svg-img-alt');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations (${theme})`, async () => {
      const { el, h } = await mount(`county="tonghua" lang="zh-CN" theme="${theme}"`);
      await h.tableRows();
      await h.focusPlot();
      expect(await axeViolations(el)).to.deep.equal([]);
      el.setAttribute('show-table', '');
      await el.updateComplete;
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }

  it('keeps its size from loading to loaded', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:700px"></div>`);
    wrapper.innerHTML = '<county-target-bars county="hulan"></county-target-bars><p>after</p>';
    const el = wrapper.firstElementChild as CountyTargetBars;
    await el.updateComplete;
    const h = new ChartHarness(el);
    expect(h.state()).to.equal('loading');
    const before = el.getBoundingClientRect().height;
    const pTop = wrapper.querySelector('p')!.getBoundingClientRect().top;
    expect(before).to.equal(Math.max(420, Math.min(760, (700 * 3) / 4)));
    el.data = dataset;
    await h.ready();
    await frame();
    expect(h.state()).to.equal('ready');
    expect(el.getBoundingClientRect().height).to.equal(before);
    expect(wrapper.querySelector('p')!.getBoundingClientRect().top).to.equal(pTop);
  });
});
