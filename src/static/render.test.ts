import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RadarDescription } from '../charts/radar/index.js';
import { radarLayout } from '../charts/radar/layout.js';
import type { TargetBarsDescription } from '../charts/target-bars/describe.js';
import { layoutTargetBars } from '../charts/target-bars/layout.js';
import type { TrendDescription } from '../charts/trend-line/describe.js';
import { trendLayout } from '../charts/trend-line/layout.js';
import { parseDataset } from '../data/load.js';
import { elements, parseMarkup, textContent, type MarkupElement } from './markup.js';
import { staticPage } from './page.js';
import { renderStaticChart } from './render.js';

const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8'));
const dataset = parseDataset({
  counties: read('counties.json'),
  indicators: read('indicators.json'),
  figures: read('figures.json'),
});

const hasClass = (el: MarkupElement, name: string) =>
  (el.attrs.get('class') ?? '').split(/\s+/).includes(name);
const all = (root: MarkupElement, test: (el: MarkupElement) => boolean) => [...elements(root)].filter(test);
const texts = (root: MarkupElement, cls: string) =>
  all(root, (el) => el.tag === 'text' && hasClass(el, cls)).map((el) => textContent(el).trim());
const marks = (root: MarkupElement) => all(root, (el) => el.tag === 'g' && hasClass(el, 'mark'));

describe('static charts match the live code path', () => {
  it('target-bars: one mark per laid-out row, the same names, values and ticks as layoutTargetBars', async () => {
    const size = { width: 640, height: 420 };
    const chart = await renderStaticChart(dataset, {
      chart: 'target-bars',
      lang: 'zh-CN',
      ...size,
      attributes: { county: 'tonghua' },
    });
    const d = chart.description as TargetBarsDescription;
    const layout = layoutTargetBars(d.rows, size, { lang: 'zh-CN', targetsOnly: d.targetsOnly });
    const root = parseMarkup(chart.html);
    expect(layout.rows.length).toBeGreaterThan(3);
    expect(marks(root)).toHaveLength(layout.rows.length);
    expect(texts(root, 'name')).toEqual(layout.rows.map((r) => r.name.text));
    expect(texts(root, 'tick')).toEqual(layout.groups.flatMap((g) => g.ticks.map((t) => t.label.text)));
    expect(texts(root, 'values')).toEqual(layout.rows.filter((r) => r.values).map((r) => r.values!.text));
    // accessible names: the description's sentences, in mark order
    expect(marks(root).map((m) => m.attrs.get('aria-label'))).toEqual(
      layout.rows.map((r) => d.marks[r.index]!.label.replace(/&/g, '&amp;').replace(/"/g, '&quot;')),
    );
    // rows that do not fit are announced, as in the live chart
    if (layout.hidden) expect(texts(root, 'more')).toHaveLength(1);
  });

  it('target-bars by default grows to show every row', async () => {
    const chart = await renderStaticChart(dataset, {
      chart: 'target-bars',
      lang: 'en',
      width: 640,
      attributes: { county: 'tonghua' },
    });
    const d = chart.description as TargetBarsDescription;
    const root = parseMarkup(chart.html);
    expect(marks(root)).toHaveLength(d.rows.length);
    expect(texts(root, 'more')).toEqual([]);
  });

  it('trend-line: the marks, ticks, annotations and end labels of trendLayout', async () => {
    const size = { width: 600, height: 300 };
    const chart = await renderStaticChart(dataset, {
      chart: 'trend-line',
      lang: 'en',
      ...size,
      attributes: { counties: 'tonghua fuxin', indicator: 'gdp-growth' },
    });
    const d = chart.description as TrendDescription;
    const l = trendLayout(d.model, size);
    const root = parseMarkup(chart.html);
    expect(d.items.length).toBeGreaterThan(1);
    expect(marks(root)).toHaveLength(d.items.length);
    expect(texts(root, 'tick')).toEqual([...l.yTicks.map((t) => t.label), ...l.xTicks.map((t) => t.label)]);
    expect(texts(root, 'end-label')).toEqual(l.labels.map((t) => t.text));
    expect(texts(root, 'annotation')).toEqual(l.annotations.map((t) => t.text));
    expect(all(root, (el) => el.tag === 'path' && hasClass(el, 'trend'))).toHaveLength(l.lines.length);
  });

  it('radar: a mark per vertex and gap, the axis labels of radarLayout', async () => {
    const size = { width: 640, height: 460 };
    const chart = await renderStaticChart(dataset, {
      chart: 'radar',
      lang: 'zh-CN',
      ...size,
      attributes: { counties: 'tonghua hulan fuxin', highlight: 'tonghua' },
    });
    const d = chart.description as RadarDescription;
    const l = radarLayout(d.comparison, size, {
      lang: 'zh-CN',
      highlight: 'tonghua',
      hidden: new Set(),
      smallMultiples: 'auto',
    });
    const root = parseMarkup(chart.html);
    expect(marks(root)).toHaveLength(d.marks.length);
    const axisLabels = all(root, (el) => el.tag === 'text' && hasClass(el, 'axis-label')).map((el) =>
      [...elements(el)]
        .filter((t) => t.tag === 'tspan' && !hasClass(t, 'note'))
        .map((t) => textContent(t).replace(/\*$/, '')),
    );
    expect(axisLabels).toEqual(l.panels.flatMap((p) => p.axes.map((a) => [...a.label.lines])));
    // legend buttons become text: no controls without a script
    expect(all(root, (el) => el.tag === 'button')).toEqual([]);
    expect(chart.html).toContain('通化县');
  });
});

describe('static output needs no script and no stylesheet for its SVG', () => {
  it('writes the light theme as presentation attributes, no var(), no tabindex, no script', async () => {
    const chart = await renderStaticChart(dataset, {
      chart: 'target-bars',
      lang: 'en',
      width: 640,
      attributes: { county: 'hulan' },
    });
    const root = parseMarkup(chart.html);
    const svgText = chart.html.slice(chart.html.indexOf('<svg xmlns'));
    expect(svgText).not.toContain('var(');
    expect(svgText).not.toContain('color-mix');
    expect(chart.html).not.toMatch(/tabindex="-1"|<script|<button/);
    // achieved bars in the light theme's actual colour, target ticks in its target colour
    const actual = all(root, (el) => el.tag === 'rect' && hasClass(el, 'c-actual') && hasClass(el, 'fill'));
    expect(actual.length).toBeGreaterThan(0);
    expect(new Set(actual.map((el) => el.attrs.get('fill')))).toEqual(new Set(['#27548c']));
    const targets = all(root, (el) => el.tag === 'rect' && hasClass(el, 'c-target') && hasClass(el, 'fill'));
    expect(new Set(targets.map((el) => el.attrs.get('fill')))).toEqual(new Set(['#c8510c']));
    // pointer targets are not painted
    expect(new Set(all(root, (el) => hasClass(el, 'hit')).map((el) => el.attrs.get('fill')))).toEqual(
      new Set(['none']),
    );
    // the table is real HTML: a row per mark
    const rows = all(root, (el) => el.tag === 'tr').length - 1;
    expect(rows).toBe(chart.description.table.rows.length);
  });

  it('a page: doctype, lang, title, one style element with a print block, the chart', async () => {
    const chart = await renderStaticChart(dataset, {
      chart: 'trend-line',
      lang: 'zh-CN',
      width: 640,
      attributes: { county: 'tonghua', indicator: 'gdp' },
    });
    const page = staticPage(chart.html, chart.title, 'zh-CN', 640);
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toContain(`<title>${chart.title}</title>`);
    expect(page.match(/<style>/g)).toHaveLength(1);
    expect(page).toContain('@media print');
    expect(page).not.toMatch(/<script|<link /);
  });
});
