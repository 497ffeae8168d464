import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import counties from '../../../data/counties.json';
import figures from '../../../data/figures.json';
import indicators from '../../../data/indicators.json';
import type { Dataset } from '../../data/types.js';
import '../radar/define.js';
import '../target-bars/define.js';
import '../trend-line/define.js';
import { axeViolations } from './axe-check.js';
import type { ChartElement } from './chart-element.js';
import { ChartHarness } from './harness.js';

const dataset = { counties, indicators, figures } as unknown as Dataset;

async function mount(markup: string, width = 640): Promise<{ el: ChartElement; h: ChartHarness }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  wrapper.innerHTML = markup;
  const el = wrapper.firstElementChild as ChartElement;
  el.data = dataset;
  const h = new ChartHarness(el);
  await h.ready();
  return { el, h };
}

/** RFC 4180 records (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  if (cell || record.length) records.push([...record, cell]);
  return records;
}

const parseSvg = (text: string): Document => new DOMParser().parseFromString(text, 'image/svg+xml');

describe('export', () => {
  it('exportSVG: a stand-alone SVG document with the title, every mark and inlined colours', async () => {
    const { el, h } = await mount('<county-target-bars county="tonghua" lang="zh-CN"></county-target-bars>');
    const text = await el.exportSVG();
    const doc = parseSvg(text);
    expect(doc.querySelector('parsererror')?.textContent ?? null).to.equal(null);
    const svg = doc.documentElement;
    expect(svg.localName).to.equal('svg');
    expect(svg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    const frame = el.shadowRoot!.querySelector('.chart')!.getBoundingClientRect();
    expect(Number(svg.getAttribute('width'))).to.equal(Math.ceil(frame.width));
    expect(Number(svg.getAttribute('height'))).to.equal(Math.ceil(frame.height));
    expect(doc.querySelector('title')!.textContent).to.equal(h.text('title'));
    const words = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(words).to.include(h.text('title'));
    expect(words).to.include(h.text('source'));
    expect(doc.querySelectorAll('g.mark')).to.have.length(h.marks().length);
    // colours are attributes, not classes needing a stylesheet: target ticks carry the light theme's target colour
    const ticks = [...doc.querySelectorAll('g.mark rect.c-target.fill')];
    expect(ticks.length).to.be.greaterThan(0);
    expect(new Set(ticks.map((t) => t.getAttribute('fill')))).to.deep.equal(new Set(['rgb(200, 81, 12)']));
    expect(text).to.not.contain('var(');
    // no buttons, no tooltip, no hidden table text
    expect(words.join(' ')).to.not.contain('显示数据表');
    expect(words.join(' ')).to.not.contain('下载');
  });

  it('exportSVG follows the dark theme as drawn', async () => {
    const { el } = await mount(
      '<county-trend-line county="tonghua" indicator="gdp" theme="dark" lang="en"></county-trend-line>',
    );
    const doc = parseSvg(await el.exportSVG());
    expect(doc.querySelector('svg > rect')!.getAttribute('fill')).to.equal('rgb(22, 24, 29)');
  });

  it('exportSVG turns the radar legend (HTML in the SVG) into SVG text', async () => {
    const { el } = await mount('<county-radar counties="tonghua hulan fuxin" lang="en"></county-radar>');
    const doc = parseSvg(await el.exportSVG());
    expect(doc.querySelector('parsererror')?.textContent ?? null).to.equal(null);
    expect(doc.querySelector('foreignObject')).to.equal(null);
    const words = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(words).to.include('Tonghua County');
  });

  it('exportPNG: a PNG image at twice the chart size', async () => {
    const { el } = await mount(
      '<county-trend-line county="tonghua" indicator="gdp" lang="zh-CN"></county-trend-line>',
    );
    const blob = await el.exportPNG();
    expect(blob.type).to.equal('image/png');
    const bytes = new Uint8Array(await blob.slice(0, 8).arrayBuffer());
    expect([...bytes]).to.deep.equal([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const image = await createImageBitmap(blob);
    const frame = el.shadowRoot!.querySelector('.chart')!.getBoundingClientRect();
    expect(image.width).to.equal(Math.ceil(frame.width) * 2);
    expect(image.height).to.equal(Math.ceil(frame.height) * 2);
    // not blank: the drawing has dark pixels (text, lines)
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let dark = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 100 && pixels[i + 3]! > 200) dark += 1;
    expect(dark).to.be.greaterThan(500);
  });

  it('exportCSV: BOM, a header, one row per table row, the source sentence quoted', async () => {
    const { el, h } = await mount('<county-target-bars county="hulan" lang="en"></county-target-bars>');
    const csv = await el.exportCSV();
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    const rows = await h.tableRows();
    const records = parseCsv(csv.slice(1));
    expect(records).to.have.length(rows.length + 1);
    const header = records[0]!;
    expect(header.slice(-11)).to.deep.equal([
      'county',
      'county id',
      'indicator',
      'indicator id',
      'kind',
      'period',
      'value',
      'unit',
      'comparator',
      'source sentence',
      'source',
    ]);
    const sentences = new Set(
      (figures as { county: string; source: { sentence: string } }[])
        .filter((f) => f.county === 'hulan')
        .map((f) => f.source.sentence),
    );
    const at = header.indexOf('source sentence');
    records.slice(1).forEach((record, i) => {
      expect(record[0]).to.equal(rows[i]![0]);
      expect(record[header.indexOf('county id')]).to.equal('hulan');
      for (const line of record[at]!.split('\n')) expect(sentences.has(line), line).to.equal(true);
    });
    // text cells are quoted: the sentence cell as written in the file
    expect(csv).to.contain(`,"${records[1]![at]!.replace(/"/g, '""')}",`);
  });

  it('the export menu: keyboard-operable disclosure with zh/en labels, axe clean', async () => {
    const { el } = await mount(
      '<county-trend-line county="tonghua" indicator="gdp" lang="en"></county-trend-line>',
    );
    const root = el.shadowRoot!;
    const details = root.querySelector<HTMLDetailsElement>('[part="export"]')!;
    const summary = details.querySelector('summary')!;
    expect(summary.textContent!.trim()).to.equal('Download');
    // The buttons are rendered when the menu first opens (nothing to lay out on a page of many charts).
    expect(details.querySelectorAll('button').length).to.equal(0);
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    const buttons = [...details.querySelectorAll('button')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Download SVG image',
      'Download PNG image (2×)',
      'Download CSV data',
    ]);
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(buttons[0]);
    expect(await axeViolations(el)).to.deep.equal([]);
    await sendKeys({ press: 'Escape' });
    expect(details.open).to.equal(false);
    expect(root.activeElement).to.equal(summary);

    el.setAttribute('lang', 'zh-CN');
    await el.updateComplete;
    expect(root.querySelector('[part="export"] summary')!.textContent!.trim()).to.equal('下载');
  });

  it('print: no buttons, the chart at its drawn height in greyscale, the data table under it', async () => {
    const { el, h } = await mount('<county-target-bars county="tonghua" lang="zh-CN"></county-target-bars>');
    await h.tableRows(); // the table is rendered (on idle) before anyone prints
    const root = el.shadowRoot!;
    const plotHeight = root.querySelector('.plot-svg')!.getBoundingClientRect().height;
    await emulateMedia({ media: 'print' });
    try {
      for (const part of ['export', 'table-toggle'])
        expect(getComputedStyle(root.querySelector(`[part="${part}"]`)!).display).to.equal('none');
      const svg = root.querySelector('.plot-svg')!;
      expect(getComputedStyle(svg).filter).to.equal('grayscale(1)');
      expect(svg.getBoundingClientRect().height).to.be.closeTo(plotHeight, 1);
      const table = root.querySelector<HTMLElement>('[part="table"]')!;
      const box = table.getBoundingClientRect();
      expect(box.height).to.be.greaterThan(100);
      // below the plot, inside the host (which grew to hold it)
      expect(box.top).to.be.at.least(svg.getBoundingClientRect().bottom);
      expect(el.getBoundingClientRect().bottom).to.be.at.least(box.bottom - 1);
      expect(getComputedStyle(root.querySelector('.title')!).color).to.equal('rgb(0, 0, 0)');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('download() saves a file named after the chart', async () => {
    const { el } = await mount(
      '<county-trend-line county="tonghua" indicator="gdp" lang="en"></county-trend-line>',
    );
    const clicked: { name: string; href: string }[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ name: this.download, href: this.href });
    };
    try {
      await el.download('csv');
      await el.download('svg');
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicked.map((c) => c.name)).to.deep.equal([
      'county-trend-line-tonghua-gdp.csv',
      'county-trend-line-tonghua-gdp.svg',
    ]);
    const bytes = new Uint8Array(await (await fetch(clicked[0]!.href)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
  });
});
