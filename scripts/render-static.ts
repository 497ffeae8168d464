/**
 * `npm run render`: every chart × county × language as a self-contained HTML page with inline SVG
 * (no JavaScript) in dist/static/, for AMP, Apple News, RSS, e-mail and print; an index.html lists them.
 *
 *   npx tsx scripts/render-static.ts [--width 640] [--out dist/static]
 *   npx tsx scripts/render-static.ts --one --chart radar --lang en --width 640 --height 900 --attr highlight=tonghua
 *       prints one chart's markup as JSON { html, size, title } (used by the browser test)
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parseDataset } from '../src/data/load.js';
import type { Dataset } from '../src/data/types.js';
import { LANGS, type Lang } from '../src/format/index.js';
import { CHART_KINDS, renderStaticChart, type ChartKind } from '../src/static/render.js';
import { staticPage } from '../src/static/page.js';
import { chartAttributes } from '../src/static/selection.js';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    one: { type: 'boolean', default: false },
    chart: { type: 'string' },
    lang: { type: 'string', default: 'zh-CN' },
    width: { type: 'string', default: '640' },
    height: { type: 'string' },
    attr: { type: 'string', multiple: true, default: [] },
    out: { type: 'string', default: 'dist/static' },
  },
});

function loadDataset(): Dataset {
  const read = (name: string): unknown => JSON.parse(readFileSync(join(root, 'data', name), 'utf8'));
  return parseDataset({
    counties: read('counties.json'),
    indicators: read('indicators.json'),
    figures: read('figures.json'),
  });
}

const dataset = loadDataset();
const width = Number(values.width);

if (values.one) {
  const attributes = Object.fromEntries(values.attr.map((a) => a.split('=', 2) as [string, string]));
  const chart = await renderStaticChart(dataset, {
    chart: values.chart as ChartKind,
    lang: values.lang as Lang,
    width,
    height: values.height ? Number(values.height) : undefined,
    attributes,
  });
  process.stdout.write(JSON.stringify({ html: chart.html, size: chart.size, title: chart.title }));
} else {
  const out = resolve(root, values.out);
  rmSync(out, { recursive: true, force: true });
  const rows: { file: string; title: string; raw: number; gzip: number }[] = [];
  const failures: string[] = [];
  for (const chart of CHART_KINDS) {
    mkdirSync(join(out, chart), { recursive: true });
    for (const county of dataset.counties) {
      for (const lang of LANGS) {
        const file = `${chart}/${county.id}.${lang}.html`;
        try {
          const attributes = chartAttributes(dataset, chart, county.id);
          const rendered = await renderStaticChart(
            dataset,
            { chart, lang, width, attributes },
            `${chart}-${county.id}-`,
          );
          const page = staticPage(rendered.html, rendered.title, lang, width);
          writeFileSync(join(out, file), page);
          const bytes = Buffer.from(page);
          rows.push({
            file,
            title: rendered.title,
            raw: bytes.length,
            gzip: gzipSync(bytes, { level: 9 }).length,
          });
        } catch (error) {
          failures.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
  }
  const list = rows.map((r) => `<li><a href="${r.file}">${r.file}</a> ${r.title}</li>`).join('\n');
  writeFileSync(
    join(out, 'index.html'),
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>Static county charts</title><ul>\n${list}\n</ul></html>\n`,
  );
  const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  for (const r of rows)
    console.log(`${r.file.padEnd(36)} ${kb(r.raw).padStart(9)} raw ${kb(r.gzip).padStart(8)} gzip`);
  const total = rows.reduce((s, r) => ({ raw: s.raw + r.raw, gzip: s.gzip + r.gzip }), { raw: 0, gzip: 0 });
  console.log(`${rows.length} files in ${values.out}: ${kb(total.raw)} raw, ${kb(total.gzip)} gzip`);
  for (const f of failures) console.error(`not rendered: ${f}`);
  if (failures.length) process.exitCode = 1;
}
