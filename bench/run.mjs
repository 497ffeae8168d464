#!/usr/bin/env node
// `npm run bench`: the same 150 charts drawn by county-charts, Apache ECharts, Chart.js and
// Observable Plot, each page bundled by vite, measured in headless Chromium.
//
//   node bench/run.mjs [--runs 5] [--only county-charts,echarts] [--no-write] [--keep-open]
//
// Per page and run: time from navigation until all 150 are drawn; after the grid's width changes
// (1200 → 900 px, at the start of a frame), the time until all 150 and until the charts in the
// viewport are re-laid out; the JS heap after a forced GC; and the page's JavaScript, gzipped.
// Runs alternate between libraries (the order rotates each round), each in a fresh browser context.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const benchDir = join(root, 'bench');
const out = join(benchDir, 'out');
const site = join(out, 'site');

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Math.max(1, Number(opt('runs', 5)) || 5);
const WRITE = !args.includes('--no-write');
const SETTLE_MS = 2500;
const VIEWPORT = { width: 1280, height: 800 };
const NARROW = 900;

const LIBS = [
  { id: 'county-charts', name: 'county-charts', entry: 'county-charts.js' },
  { id: 'echarts', name: 'Apache ECharts', entry: 'echarts.js' },
  { id: 'chartjs', name: 'Chart.js', entry: 'chartjs.js' },
  { id: 'plot', name: 'Observable Plot', entry: 'plot.js' },
].filter((l) => !opt('only') || opt('only').split(',').includes(l.id));

function sh(cmd, cmdArgs) {
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

// ---- 1. data and bundles ---------------------------------------------------------------------
console.log('bench: deriving bench/data.json …');
process.stdout.write(sh('npx', ['tsx', 'bench/make-data.ts']));
rmSync(out, { recursive: true, force: true });
console.log('bench: building the county-charts embed (vite.embed.config.ts) …');
sh('npx', [
  'vite',
  'build',
  '--config',
  'vite.embed.config.ts',
  '--outDir',
  join(out, 'embed'),
  '--logLevel',
  'warn',
]);

const HTML = (lib, scripts, css = '') => `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench: ${lib.name}</title>
${css}<style>
  html, body { margin: 0; font: 14px/1.4 system-ui, sans-serif; color: #222; background: #fff; }
  #grid { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 16px; width: 1200px; padding: 8px; box-sizing: border-box; }
  .cell { position: relative; height: 320px; min-width: 0; overflow: hidden; }
</style>
</head>
<body>
<main id="grid"></main>
${scripts.map((s) => `<script type="module" src="./${s}"></script>`).join('\n')}
</body>
</html>
`;

const sizes = {};
for (const lib of LIBS) {
  const dir = join(site, lib.id);
  console.log(`bench: bundling the ${lib.name} page …`);
  await build({
    configFile: false,
    root: benchDir,
    logLevel: 'warn',
    publicDir: false,
    envDir: false,
    build: {
      chunkSizeWarningLimit: 2000,
      outDir: dir,
      emptyOutDir: true,
      target: 'es2022',
      minify: 'oxc',
      sourcemap: false,
      modulePreload: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: join(benchDir, 'pages', lib.entry),
        output: { entryFileNames: 'page.js', codeSplitting: false, minify: true, comments: false },
      },
    },
  });
  copyFileSync(join(benchDir, 'data.json'), join(dir, 'data.json'));
  const scripts = ['page.js'];
  let css = '';
  if (lib.id === 'county-charts') {
    for (const f of readdirSync(join(out, 'embed'))) copyFileSync(join(out, 'embed', f), join(dir, f));
    scripts.unshift('county-charts.js');
    css = '<link rel="stylesheet" href="./county-charts.css">\n';
  }
  writeFileSync(join(dir, 'index.html'), HTML(lib, scripts, css));
  const gz = (f) => gzipSync(readFileSync(join(dir, f)), { level: 9 }).length;
  sizes[lib.id] = {
    total: scripts.reduce((n, f) => n + gz(f), 0),
    files: Object.fromEntries(scripts.map((f) => [f, gz(f)])),
  };
}

// ---- 2. a static server -----------------------------------------------------------------------
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};
const server = createServer((req, res) => {
  const path = join(site, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!path.startsWith(site)) return res.writeHead(403).end();
  try {
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    const body = readFileSync(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

// ---- 3. measure -------------------------------------------------------------------------------
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--headless',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const chromium = await browser.version();
const samples = Object.fromEntries(LIBS.map((l) => [l.id, []]));
const loadBefore = loadavg()[0];

async function measure(lib) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on(
      'console',
      (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()),
    );
    page.on(
      'response',
      (r) =>
        r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.push(`${r.status()} ${r.url()}`),
    );
    await page.goto(`${base}/${lib.id}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.bench?.drawn !== undefined || window.bench?.error, {
      timeout: 120_000,
      polling: 50,
    });
    const drawn = await page.evaluate(() => window.bench.drawn ?? window.bench.error);
    if (typeof drawn !== 'number') throw new Error(`${lib.id}: ${drawn}`);
    if (errors.length) throw new Error(`${lib.id}: ${errors.slice(0, 3).join('\n')}`);
    // Let deferred work (idle callbacks, lazy tables) finish before the heap and the resize.
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const cdp = await page.createCDPSession();
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const nodes = await page.evaluate(() => {
      let n = document.querySelectorAll('*').length;
      for (const el of document.querySelectorAll('*'))
        if (el.shadowRoot) n += el.shadowRoot.querySelectorAll('*').length;
      return n;
    });
    const resize = await page.evaluate((w) => window.bench.resize(w), NARROW);
    return {
      drawn,
      heap: usedSize,
      nodes,
      resizeAll: resize.all,
      resizeView: resize.view,
      inView: resize.inView,
    };
  } finally {
    await context.close();
  }
}

try {
  for (let run = 0; run < RUNS; run += 1) {
    const order = LIBS.map((_, i) => LIBS[(i + run) % LIBS.length]);
    for (const lib of order) {
      const s = await measure(lib);
      samples[lib.id].push(s);
      console.log(
        `run ${run + 1}/${RUNS} ${lib.id.padEnd(13)} drawn ${s.drawn.toFixed(0).padStart(5)} ms · resize all ${s.resizeAll.toFixed(1).padStart(6)} ms, in view (${s.inView}) ${s.resizeView.toFixed(1).padStart(6)} ms · heap ${(s.heap / 1048576).toFixed(1)} MB · ${s.nodes} nodes`,
      );
    }
  }
} finally {
  await browser.close();
  server.close();
}

// ---- 4. report ----------------------------------------------------------------------------------
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stat = (id, key) => {
  const xs = samples[id].map((s) => s[key]);
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
};
const ms = (v) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
const kb = (b) => (b / 1024).toFixed(1);
const mb = (b) => (b / 1048576).toFixed(1);
const ref = 'county-charts';
const hasRef = LIBS.some((l) => l.id === ref);
const ratio = (id, key) =>
  hasRef && id !== ref ? ` (${(stat(id, key).median / stat(ref, key).median).toFixed(2)}×)` : '';
const ratioSize = (id) =>
  hasRef && id !== ref ? ` (${(sizes[id].total / sizes[ref].total).toFixed(2)}×)` : '';

const header = [
  '| library | JS gzip | 150 charts drawn | resize all 150 | resize, charts in view | JS heap after GC | DOM nodes |',
  '|---|---:|---:|---:|---:|---:|---:|',
];
const rows = LIBS.map((l) => {
  const d = stat(l.id, 'drawn');
  const a = stat(l.id, 'resizeAll');
  const v = stat(l.id, 'resizeView');
  const h = stat(l.id, 'heap');
  const n = stat(l.id, 'nodes');
  return `| ${l.name} | ${kb(sizes[l.id].total)} KB${ratioSize(l.id)} | ${ms(d.median)} ms [${ms(d.min)}–${ms(d.max)}]${ratio(l.id, 'drawn')} | ${ms(a.median)} ms [${ms(a.min)}–${ms(a.max)}]${ratio(l.id, 'resizeAll')} | ${ms(v.median)} ms [${ms(v.min)}–${ms(v.max)}] | ${mb(h.median)} MB [${mb(h.min)}–${mb(h.max)}]${ratio(l.id, 'heap')} | ${n.median} |`;
});
const table = [...header, ...rows].join('\n');
console.log(`\n${table}\n`);

let bars = '';
if (hasRef) {
  const cc = (k) => stat(ref, k).median;
  const peer = (id, k) => (samples[id] ? stat(id, k).median : NaN);
  const check = (ok) => (ok ? 'met' : '**not met**');
  const speed = (id, need) => {
    const r = peer(id, 'drawn') / cc('drawn');
    return Number.isNaN(r)
      ? null
      : `- draws ≥${need}× faster than ${LIBS.find((l) => l.id === id).name}: ${r.toFixed(2)}× — ${check(r >= need)}`;
  };
  const embed = sizes[ref].files['county-charts.js'];
  const peers = LIBS.filter((l) => l.id !== ref).map((l) => sizes[l.id].total);
  bars = [
    speed('echarts', 3),
    speed('chartjs', 3),
    speed('plot', 2),
    `- charts in view re-laid out within 16 ms of the width change: ${ms(cc('resizeView'))} ms (median; max ${ms(stat(ref, 'resizeView').max)}) — ${check(cc('resizeView') <= 16)}`,
    `- all 150 re-laid out in under 150 ms: ${ms(cc('resizeAll'))} ms — ${check(cc('resizeAll') < 150)}`,
    `- embed bundle ≤ 30 KB gzip: ${kb(embed)} KB — ${check(embed <= 30 * 1024)}` +
      (peers.length
        ? `; less than half the smallest peer (${kb(Math.min(...peers))} KB): ${check(embed * 2 < Math.min(...peers))}`
        : ''),
  ]
    .filter(Boolean)
    .join('\n');
  console.log(bars);
}

if (WRITE) {
  const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model;
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: root,
    encoding: 'utf8',
  }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src'], {
    cwd: root,
    encoding: 'utf8',
  }).stdout.trim();
  const md = `# Benchmark results

\`npm run bench\` (bench/run.mjs), ${new Date().toISOString().slice(0, 10)}, commit ${git}${dirty ? ' — the embed was built from the working tree, with uncommitted changes in src/' : ''}.

**Machine:** ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM; ${chromium.replace(/^(Headless)?Chrome\//, 'Chromium ')} (headless); Node ${process.version}; viewport ${VIEWPORT.width}×${VIEWPORT.height}. Load average (1 min) ${loadBefore.toFixed(1)} before the runs and ${loadavg()[0].toFixed(1)} after: the machine is shared with other work, so absolute times vary from run to run; the ratios come from alternating runs in the same session.

**Runs:** ${RUNS} per library, alternating (the order rotates each round), each in a fresh browser context. Median [min–max]; in brackets after a figure, the ratio to county-charts.

${table}

JS gzip: the page's JavaScript, gzip -9: ${LIBS.map(
    (l) =>
      `${l.name} ${Object.entries(sizes[l.id].files)
        .map(([f, b]) => `${f} ${kb(b)} KB`)
        .join(' + ')}`,
  ).join('; ')}. Data (bench/data.json, or the dataset for county-charts) is fetched as JSON and not counted.

## The bar (issue 9)

${bars}

## What is measured

- **The charts**: 50 target-versus-actual bar charts, 50 lines (achieved solid, planned path dashed), 50 five-county radars, in a 3-column grid 1200 px wide, each cell 320 px high; interleaved, so the viewport holds each kind. bench/make-data.ts derives them from data/*.json into bench/data.json with county-charts' own data functions; county-charts' elements get the same choices as attributes (\`county\`, \`indicators\`, \`indicator\`, \`counties\`, \`kind\`) and derive the numbers from the dataset published beside the embed, as an embedder's page would. The dataset holds about 20 county × indicator pairs with a planned path (most a one-year plan from the latest result, two a five-year index path), so the 50 lines cycle over them; bars cycle over 13 one-unit windows of paired indicators; radars over 29 five-indicator windows of three kinds.
- **county-charts**: the single-file embed (vite.embed.config.ts, built fresh) and a page script that creates the 150 elements; every feature on (tooltips, keyboard navigation, summary, the data table deferred to idle time, error states). Drawn when every element's shadow root has its marks (checked each animation frame).
- **Apache ECharts**: \`echarts/core\` with BarChart, LineChart, ScatterChart (target markers), RadarChart, Grid/Title/Legend/Radar components and the **SVG renderer** (the fair match for an SVG chart); no animation, no tooltip. Drawn when every chart has emitted \`finished\` (ECharts paints in its own animation frame), then one frame. Resize: a ResizeObserver calls \`resize()\` (ECharts does not follow its container).
- **Chart.js**: only the Bar, Line and Radar controllers, their elements and scales, Title, Legend and Filler; no animation, no tooltip plugin; responsive (its own ResizeObserver). Drawn after the constructors return, then one frame.
- **Observable Plot**: named imports (\`plot\`, \`barX\`, \`tickX\`, \`line\`, \`dot\`, \`geo\`, \`link\`, \`text\`) and \`d3-geo\`'s geoCircle. Plot has no radar: built as Plot's radar example does, a **line mark on projected coordinates** (azimuthal-equidistant projection centred on the pole; rings are geo circles, spokes links). Resize: a ResizeObserver draws the chart again at the new width.
- **Resize**: the grid's width changes from 1200 to ${NARROW} px inside a requestAnimationFrame callback (so no time is spent waiting for a frame); a chart counts as re-laid out when its library has redrawn it at the new width (county-charts: the plot's \`<svg width>\` changed; ECharts: \`finished\` after \`resize()\`; Chart.js: \`afterRender\` at the new width; Plot: the new SVG is in place). Then style and layout are forced and the end of that task is timed. "In view": the same for the charts intersecting the viewport (${VIEWPORT.width}×${VIEWPORT.height}) before the change.
- **JS heap**: \`HeapProfiler.collectGarbage\` (twice) via CDP, then \`Runtime.getHeapUsage\` (used size), ${SETTLE_MS / 1000} s after drawing. DOM nodes: elements in the document and in every shadow root.
`;
  writeFileSync(join(benchDir, 'RESULTS.md'), md);
  console.log('bench: wrote bench/RESULTS.md');
}
