#!/usr/bin/env node
// Where county-charts spends its time on the benchmark page: an unminified embed build, a
// Chromium trace (scripting vs style vs layout vs paint) and a CPU profile (self time by function),
// once for the first draw and once for the width change.
//
//   node bench/profile.mjs [--top 40]      (after `npm run bench` or on its own)
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const benchDir = join(root, 'bench');
const dir = join(benchDir, 'out', 'profile');
const args = process.argv.slice(2);
const TOP = Number(args[args.indexOf('--top') + 1]) || 40;

rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
// The embed as shipped, but readable names: the same config with minification off.
await build({
  configFile: join(root, 'vite.embed.config.ts'),
  logLevel: 'warn',
  build: { outDir: join(dir, 'embed'), minify: false, rolldownOptions: { output: { minify: false } } },
});
await build({
  configFile: false,
  root: benchDir,
  logLevel: 'warn',
  publicDir: false,
  envDir: false,
  build: {
    outDir: join(dir, 'page'),
    minify: false,
    rolldownOptions: {
      input: join(benchDir, 'pages', 'county-charts.js'),
      output: { entryFileNames: 'page.js', codeSplitting: false },
    },
  },
});
for (const f of readdirSync(join(dir, 'embed'))) copyFileSync(join(dir, 'embed', f), join(dir, f));
copyFileSync(join(dir, 'page', 'page.js'), join(dir, 'page.js'));
copyFileSync(join(benchDir, 'data.json'), join(dir, 'data.json'));
writeFileSync(
  join(dir, 'index.html'),
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="stylesheet" href="./county-charts.css">
<style>html,body{margin:0;font:14px/1.4 system-ui,sans-serif}#grid{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:16px;width:1200px;padding:8px;box-sizing:border-box}.cell{position:relative;height:320px;min-width:0;overflow:hidden}</style>
</head><body><main id="grid"></main><script type="module" src="./county-charts.js"></script><script type="module" src="./page.js"></script></body></html>`,
);

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};
const server = createServer((req, res) => {
  const path = join(dir, new URL(req.url, 'http://x').pathname);
  try {
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;

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

/** Self time per function (ms), and per category of the trace's top-level work. */
function summariseProfile(profile) {
  const self = new Map();
  const dt = profile.timeDeltas;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map();
  profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i + 1] ?? 0)));
  for (const [id, us] of counts) {
    const f = byId.get(id).callFrame;
    const file = f.url.split('/').pop();
    const key = `${f.functionName || '(anonymous)'} ${file ? `${file}:${f.lineNumber + 1}` : ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + us / 1000);
  }
  // Inclusive time of the functions that matter, counted once per stack (recursion-safe).
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map();
  for (const [id, us] of counts) {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at).callFrame.functionName;
      if (INCLUSIVE.includes(name) && !seen.has(name)) {
        seen.add(name);
        incl.set(name, (incl.get(name) ?? 0) + us / 1000);
      }
    }
  }
  console.log(
    'inclusive (ms): ' +
      INCLUSIVE.filter((n) => incl.has(n))
        .map((n) => `${n} ${incl.get(n).toFixed(0)}`)
        .join(' · '),
  );
  return [...self].sort((a, b) => b[1] - a[1]);
}
const INCLUSIVE = [
  'performUpdate',
  'willUpdate',
  'describe',
  'render',
  'renderPlot',
  'update',
  'updated',
  'tableTemplate',
  'layoutTargetBars',
  'trendLayout',
  'radarLayout',
  'describeTargetBars',
  'describeTrend',
  'describeRadar',
  'radarComparison',
  'checkDataset',
  'parseDataset',
  'loadDataset',
  'fetchDataset',
  'figureQuotes',
  'connectedCallback',
  'positionTooltip',
  'headerTemplate',
  'legendTemplate',
  '_legend',
  '_panel',
  '_marks',
  'renderRow',
  'observeSize',
  '_reserveHeight',
];

function summariseTrace(events) {
  const CATS = {
    scripting: [
      'FunctionCall',
      'EvaluateScript',
      'v8.evaluateModule',
      'RunMicrotasks',
      'FireAnimationFrame',
      'TimerFire',
      'EventDispatch',
      'ResizeObserver',
      'v8.compile',
      'FireIdleCallback',
    ],
    style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
    layout: ['Layout'],
    paint: ['Paint', 'PrePaint', 'Layerize', 'UpdateLayer', 'Commit', 'RasterTask'],
    gc: ['MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'BlinkGC.AtomicPhase'],
    parse: ['ParseHTML'],
  };
  // The page's renderer main thread: of the CrRendererMain threads, the one with the most layouts.
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const layouts = (t) =>
    events.filter((e) => e.name === 'Layout' && e.pid === t.pid && e.tid === t.tid).length;
  const main = mains.sort((a, b) => layouts(b) - layouts(a))[0];
  const count = (name) =>
    events.filter((e) => e.name === name && main && e.pid === main.pid && e.tid === main.tid);
  const big = (name) =>
    count(name)
      .map((e) => Math.round(e.dur / 1000))
      .filter((d) => d >= 5);
  console.log(
    `  Layout events ${count('Layout').length} (≥5 ms: ${big('Layout').join(', ')}); style ${count('UpdateLayoutTree').length} (≥5 ms: ${big('UpdateLayoutTree').join(', ')})`,
  );
  const out = Object.fromEntries(Object.keys(CATS).map((k) => [k, 0]));
  // Self time of each event on the main thread: duration minus its direct children.
  const evs = events
    .filter((e) => e.ph === 'X' && (!main || (e.pid === main.pid && e.tid === main.tid)) && e.dur)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  const selfOf = new Map();
  for (const e of evs) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
    selfOf.set(e, e.dur);
    if (stack.length) selfOf.set(stack[stack.length - 1], selfOf.get(stack[stack.length - 1]) - e.dur);
    stack.push(e);
  }
  let total = 0;
  for (const [e, us] of selfOf) {
    const cat = Object.entries(CATS).find(([, names]) => names.includes(e.name))?.[0];
    if (cat) out[cat] += us / 1000;
    total += us / 1000;
  }
  out.other = total - Object.values(out).reduce((a, b) => a + b, 0);
  return out;
}

async function phase(label, page, cdp, action) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await page.tracing.start({
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'],
  });
  await cdp.send('Profiler.start');
  const result = await action();
  const { profile } = await cdp.send('Profiler.stop');
  const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
  const top = summariseProfile(profile).slice(0, TOP);
  const cats = summariseTrace(trace.traceEvents);
  console.log(`\n## ${label}: ${JSON.stringify(result)}`);
  console.log(
    'main thread (ms): ' +
      Object.entries(cats)
        .map(([k, v]) => `${k} ${v.toFixed(0)}`)
        .join(' · '),
  );
  console.log('self time by function (ms):');
  for (const [k, v] of top) console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`);
  writeFileSync(join(dir, `${label}.cpuprofile`), JSON.stringify(profile));
}

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const cdp = await page.createCDPSession();
  await phase('draw', page, cdp, async () => {
    await page.goto(url);
    await page.waitForFunction(() => window.bench?.drawn || window.bench?.error, {
      polling: 50,
      timeout: 120000,
    });
    return page.evaluate(() => window.bench.drawn ?? window.bench.error);
  });
  await new Promise((r) => setTimeout(r, 2500));
  await phase('resize', page, cdp, () => page.evaluate(() => window.bench.resize(900)));
} finally {
  await browser.close();
  server.close();
}
