import { expect, fixture, html } from '@open-wc/testing';
import { svg } from 'lit';
import { property } from 'lit/decorators.js';
import { sampleDataset } from '../../data/fixtures/sample-dataset.js';
import type { Dataset, Figure } from '../../data/types.js';
import { formatFigureValue } from '../../format/index.js';
import { ChartElement, type DescribeInput } from './chart-element.js';
import { clearDatasetCache, setDefaultDatasetSource } from './dataset-source.js';
import { chartErrors } from './errors.js';
import { findCounty, sourceLine } from './frame.js';
import { ChartHarness } from './harness.js';
import { figureQuotes, figureRow } from './tooltip.js';
import type { ChartDescription, ChartSize } from './view.js';

/** A minimal chart on the core: one dot per figure of a county, in a row. */
class CoreTestChart extends ChartElement<ChartDescription & { figures: readonly Figure[] }> {
  @property() county = 'tonghua';
  layouts = 0;

  protected override describe({ dataset, lang }: DescribeInput) {
    const ds = dataset as Dataset;
    const county = findCounty(ds, this.county);
    if (!county)
      throw chartErrors.unknownCounty(
        this.county,
        ds.counties.map((c) => c.id),
      );
    const figures = ds.figures.filter((f) => f.county === county.id).slice(0, 6);
    return {
      title: `Test ${county.name.en}`,
      source: sourceLine([county], lang),
      summary: `${figures.length} figures`,
      figures,
      marks: figures.map((f) => ({
        key: f.id,
        label: `${f.subject} ${formatFigureValue(f, lang)}`,
        tooltip: { title: f.subject, rows: [figureRow(f, lang)], quotes: figureQuotes([f], ds, lang) },
        select: { key: f.id, figureIds: [f.id], county: f.county, indicator: f.indicator },
      })),
      table: {
        caption: 'figures',
        columns: ['subject', 'value'],
        rows: figures.map((f) => [f.subject, formatFigureValue(f, lang)]),
      },
    };
  }

  protected override renderPlot(d: { figures: readonly Figure[] }, size: ChartSize) {
    this.layouts++;
    const step = size.width / (d.figures.length + 1);
    return svg`${d.figures.map((_, i) =>
      this.mark(
        i,
        svg`<circle class="hit" cx=${step * (i + 1)} cy=${size.height / 2} r="10"></circle>
            <circle class="c-actual fill" cx=${step * (i + 1)} cy=${size.height / 2} r="5"></circle>`,
      ),
    )}`;
  }
}
customElements.define('core-test-chart', CoreTestChart);

/** Its drawing code fails below 500 px (a layout bug that only some widths reach). */
class NarrowFailChart extends CoreTestChart {
  protected override renderPlot(d: { figures: readonly Figure[] }, size: ChartSize) {
    if (size.width < 500) throw new Error('no room for this layout');
    return super.renderPlot(d, size);
  }
}
customElements.define('narrow-fail-chart', NarrowFailChart);

const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

describe('ChartElement (core)', () => {
  afterEach(() => {
    setDefaultDatasetSource(undefined);
    clearDatasetCache();
  });

  it('holds its final size from loading to loaded (no layout shift)', async () => {
    let resolve!: (d: Dataset) => void;
    setDefaultDatasetSource(new Promise<Dataset>((r) => (resolve = r)));
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:600px">
        <core-test-chart lang="en"></core-test-chart>
        <p id="after">after</p>
      </div>`,
    );
    const el = wrapper.querySelector('core-test-chart') as CoreTestChart;
    const h = new ChartHarness(el);
    await el.updateComplete;
    expect(h.state()).to.equal('loading');
    const before = el.getBoundingClientRect();
    const afterTop = wrapper.querySelector('#after')!.getBoundingClientRect().top;
    // 600 px wide at 3:2 → 400 px, inside the 360–640 clamp
    expect(before.height).to.equal(400);
    resolve(sampleDataset);
    await h.ready();
    await frame();
    expect(h.state()).to.equal('ready');
    expect(el.getBoundingClientRect().height).to.equal(before.height);
    expect(wrapper.querySelector('#after')!.getBoundingClientRect().top).to.equal(afterTop);
    expect(h.marks().length).to.equal(6);
  });

  it("reads an empty src as no src: the default dataset, not the page's own URL", async () => {
    setDefaultDatasetSource(sampleDataset);
    const el = await fixture<CoreTestChart>(html`<core-test-chart src=" " lang="en"></core-test-chart>`);
    const h = new ChartHarness(el);
    await h.ready();
    expect(h.state()).to.equal('ready');
    expect(h.marks().length).to.equal(6);
  });

  it('keeps its aspect-ratio box for a height in another unit (height="40%", ignored)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:600px">
        <core-test-chart .data=${sampleDataset} height="40%"></core-test-chart>
      </div>`,
    );
    const el = wrapper.firstElementChild as CoreTestChart;
    await new ChartHarness(el).ready();
    expect(el.getBoundingClientRect().height).to.equal(400);
  });

  it('reads height="260px" as editors write it (260 px)', async () => {
    const el = await fixture<CoreTestChart>(
      html`<core-test-chart .data=${sampleDataset} height="260px"></core-test-chart>`,
    );
    await new ChartHarness(el).ready();
    expect(el.getBoundingClientRect().height).to.equal(260);
  });

  it('re-lays out on resize, from its own box', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:800px">
        <core-test-chart .data=${sampleDataset} height="300"></core-test-chart>
      </div>`,
    );
    const el = wrapper.querySelector('core-test-chart') as CoreTestChart;
    const h = new ChartHarness(el);
    await h.ready();
    await frame();
    expect(el.getBoundingClientRect().height).to.equal(300);
    const w1 = h.plotSize().width;
    expect(w1).to.be.within(790, 800);
    wrapper.style.width = '400px';
    await frame();
    await el.updateComplete;
    expect(h.plotSize().width).to.be.within(390, 400);
    const cx = h.marks()[0].querySelector('circle')!.getAttribute('cx');
    expect(Number(cx)).to.be.closeTo(h.plotSize().width / 7, 0.01);
  });

  it('off screen: skipped by the browser, still redrawn after a width change, exact once in view', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:800px">
        <div style="height:${innerHeight * 3}px"></div>
        <core-test-chart .data=${sampleDataset} height="300" lang="en"></core-test-chart>
      </div>`,
    );
    const el = wrapper.querySelector('core-test-chart') as CoreTestChart;
    const h = new ChartHarness(el);
    await h.ready();
    await frame();
    await frame();
    const root = el.shadowRoot!;
    const chart = root.querySelector('.chart')!;
    const plot = root.querySelector<HTMLElement>('.plot')!;
    expect(chart.classList.contains('cv')).to.equal(true);
    expect(getComputedStyle(chart).contentVisibility).to.equal('auto');
    expect(plot.checkVisibility({ contentVisibilityAuto: true })).to.equal(false); // skipped
    const drawn = h.plotSize();
    expect(drawn.width).to.be.within(790, 800);
    // New words around the plot while skipped (no size change reported), then a narrower page.
    el.setAttribute('lang', 'zh-CN');
    wrapper.style.width = '400px';
    for (let i = 0; i < 60 && h.plotSize().width > 400; i++) await frame();
    expect(h.plotSize().width).to.be.within(390, 400);
    expect(plot.checkVisibility({ contentVisibilityAuto: true })).to.equal(false); // drawn, not laid out
    el.scrollIntoView();
    await frame();
    await frame();
    await el.updateComplete;
    expect(plot.checkVisibility({ contentVisibilityAuto: true })).to.equal(true);
    const box = plot.getBoundingClientRect();
    expect(h.plotSize()).to.deep.equal({ width: Math.floor(box.width), height: Math.floor(box.height) });
    const cx = h.marks()[0]!.querySelector('circle')!.getAttribute('cx');
    expect(Number(cx)).to.be.closeTo(h.plotSize().width / 7, 0.01);
  });

  it('shows an error with role=alert, logs it and fires county-data-error for an unknown county', async () => {
    const events: CustomEvent[] = [];
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args[0]);
    try {
      const el = await fixture<CoreTestChart>(
        html`<core-test-chart
          lang="en"
          county="xyz"
          .data=${sampleDataset}
          @county-data-error=${(e: CustomEvent) => events.push(e)}
        ></core-test-chart>`,
      );
      const h = new ChartHarness(el);
      await h.ready();
      expect(h.state()).to.equal('error');
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
      expect(h.errorText()).to.contain('Unknown county "xyz"');
      expect(events).to.have.length(1);
      expect(events[0].detail.kind).to.equal('unknown-county');
      expect(events[0].bubbles && events[0].composed).to.equal(true);
      expect(String(logged[0])).to.contain('xyz');
    } finally {
      console.error = original;
    }
  });

  it('names the bad record for malformed data', async () => {
    const bad = {
      ...sampleDataset,
      figures: [{ ...sampleDataset.figures[0], value: 'many' }],
    } as unknown as Dataset;
    const original = console.error;
    console.error = () => {};
    try {
      const el = await fixture<CoreTestChart>(
        html`<core-test-chart lang="en" .data=${bad}></core-test-chart>`,
      );
      const h = new ChartHarness(el);
      await h.ready();
      expect(h.errorText()).to.contain(sampleDataset.figures[0].id);
    } finally {
      console.error = original;
    }
  });

  it('moves through marks with arrow keys (one tab stop) and quotes the source sentence', async () => {
    const el = await fixture<CoreTestChart>(
      html`<core-test-chart lang="zh-CN" .data=${sampleDataset}></core-test-chart>`,
    );
    const h = new ChartHarness(el);
    await h.ready();
    await frame();
    const marks = h.marks();
    expect(marks.filter((m) => m.getAttribute('tabindex') === '0')).to.have.length(1);
    await h.focusPlot();
    expect(h.focusedMark()?.dataset.mark).to.equal('0');
    await h.focusNext();
    expect(h.focusedMark()?.dataset.mark).to.equal('1');
    expect(h.marks().filter((m) => m.getAttribute('tabindex') === '0')[0].dataset.mark).to.equal('1');
    const f = sampleDataset.figures.filter((x) => x.county === 'tonghua')[1];
    expect(h.tooltipText()).to.contain(f.source.sentence.trim().slice(0, 20));
    expect(h.tooltipText()).to.contain('通化县 2022年政府工作报告');
    await h.press('End');
    expect(h.focusedMark()?.dataset.mark).to.equal('5');
    await h.press('Escape');
    expect(h.tooltip()).to.equal(null);
  });

  it('fires county-select on Enter with the figure ids', async () => {
    const el = await fixture<CoreTestChart>(html`<core-test-chart .data=${sampleDataset}></core-test-chart>`);
    const h = new ChartHarness(el);
    await h.ready();
    await frame();
    let detail: { figureIds: readonly string[] } | undefined;
    el.addEventListener('county-select', (e) => (detail = e.detail));
    await h.focusPlot();
    await h.press('Enter');
    expect(detail?.figureIds).to.deep.equal([sampleDataset.figures.find((f) => f.county === 'tonghua')!.id]);
  });

  it('renders the table lazily, one row per mark, and shows it in place of the plot', async () => {
    const el = await fixture<CoreTestChart>(
      html`<core-test-chart lang="en" .data=${sampleDataset}></core-test-chart>`,
    );
    const h = new ChartHarness(el);
    await h.ready();
    const rows = await h.tableRows();
    expect(rows.length).to.equal(h.marks().length);
    expect(el.shadowRoot!.querySelector('[part="table"]')!.classList.contains('sr-only')).to.equal(true);
    (el.shadowRoot!.querySelector('[part="table-toggle"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.hasAttribute('show-table')).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="table"]')!.classList.contains('sr-only')).to.equal(false);
    expect(el.shadowRoot!.querySelector('svg.plot-svg')).to.equal(null);
  });

  it('a drawing error on resize shows the error state, with no ResizeObserver loop error', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    const original = console.error;
    console.error = () => {};
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width:800px">
          <narrow-fail-chart lang="en" .data=${sampleDataset}></narrow-fail-chart>
        </div>`,
      );
      const el = wrapper.firstElementChild as NarrowFailChart;
      const h = new ChartHarness(el);
      await h.ready();
      await frame();
      expect(h.state()).to.equal('ready');
      wrapper.style.width = '400px';
      await frame();
      await frame();
      expect(h.state()).to.equal('error');
      expect(h.errorText()).to.contain('no room for this layout');
      // The removed plot box is no longer observed: the browser reports no ResizeObserver loop.
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      console.error = original;
    }
  });

  it('follows the nearest lang in the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><core-test-chart .data=${sampleDataset}></core-test-chart></div>`,
    );
    const el = wrapper.querySelector('core-test-chart') as CoreTestChart;
    const h = new ChartHarness(el);
    await h.ready();
    expect(h.text('source')).to.equal('Source: Tonghua County, 2022 government work report');
    wrapper.setAttribute('lang', 'zh');
    el.setAttribute('lang', 'zh-CN');
    await el.updateComplete;
    expect(h.text('source')).to.equal('来源:通化县 2022年政府工作报告');
  });

  it('is not reached by hostile page CSS', async () => {
    const style = document.createElement('style');
    style.textContent = `*{font-size:40px!important;color:red!important;letter-spacing:9px;line-height:5}
      svg{display:none!important;fill:red} text{fill:red} div{padding:50px} p{margin:40px}`;
    document.head.append(style);
    try {
      const el = await fixture<CoreTestChart>(
        html`<core-test-chart lang="en" .data=${sampleDataset}></core-test-chart>`,
      );
      const h = new ChartHarness(el);
      await h.ready();
      const title = el.shadowRoot!.querySelector('[part="title"]')!;
      const cs = getComputedStyle(title);
      expect(cs.color).to.not.equal('rgb(255, 0, 0)');
      expect(parseFloat(cs.fontSize)).to.be.closeTo(16, 0.1);
      expect(cs.letterSpacing).to.equal('normal');
      const plot = el.shadowRoot!.querySelector('svg.plot-svg')!;
      expect(getComputedStyle(plot).display).to.equal('block');
    } finally {
      style.remove();
    }
  });
});
