// Real HTTP routes for the browser tests of data-source failures (src/charts/core/hostile.browser.test.ts).
// Served by the test runner's own dev server under /__county-test/ (anything else there is a real 404):
//   dataset.json            the dataset in data/, as one JSON document
//   slow.json?ms=N           the same after N ms (a stalled server when N is larger than the chart's timeout)
//   invalid.json             not JSON
//   wrong-schema.json        JSON that is not a dataset
//   status/CODE              an empty response with that HTTP status
//   flaky/KEY?fail=N         the first N requests for KEY answer 503, later ones the dataset
//   hits/KEY                 how many requests reached flaky/KEY or slow.json?key=KEY (as JSON)
//   fuzz-settings.json       { runs, seed, trace } from FUZZ_RUNS / FUZZ_SEED / FUZZ_TRACE
//   trace (POST)             with FUZZ_TRACE=file: the case about to run, written to that file
import { readFileSync, writeFileSync } from 'node:fs';

const PREFIX = '/__county-test/';
const hits = new Map();
let dataset;

function datasetJson() {
  dataset ??= JSON.stringify({
    counties: JSON.parse(readFileSync('data/counties.json', 'utf8')),
    indicators: JSON.parse(readFileSync('data/indicators.json', 'utf8')),
    figures: JSON.parse(readFileSync('data/figures.json', 'utf8')),
  });
  return dataset;
}

function json(ctx, body, status = 200) {
  ctx.status = status;
  ctx.set('content-type', 'application/json');
  ctx.set('cache-control', 'no-store');
  ctx.body = body;
}

export async function countyTestRoutes(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const route = ctx.path.slice(PREFIX.length);
  const count = (key) => hits.set(key, (hits.get(key) ?? 0) + 1).get(key);
  if (route === 'dataset.json') return json(ctx, datasetJson());
  if (route === 'fuzz-settings.json') {
    const runs = Number(process.env.FUZZ_RUNS) || undefined;
    const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
    return json(ctx, JSON.stringify({ runs, seed, trace: Boolean(process.env.FUZZ_TRACE) }));
  }
  if (route === 'trace' && ctx.method === 'POST' && process.env.FUZZ_TRACE) {
    // FUZZ_TRACE=file: each case is written before it runs, so a case that hangs the page is on record
    let body = '';
    for await (const chunk of ctx.req) body += chunk;
    writeFileSync(process.env.FUZZ_TRACE, `${body}\n`);
    return json(ctx, 'true');
  }
  if (route === 'slow.json') {
    const key = ctx.query.key;
    if (key) count(String(key));
    const ms = Math.min(Number(ctx.query.ms) || 0, 30000);
    await new Promise((done) => setTimeout(done, ms));
    return json(ctx, datasetJson());
  }
  if (route === 'invalid.json') return json(ctx, '{"counties": [{"id": "tonghua",');
  if (route === 'wrong-schema.json') return json(ctx, '{"counties": 5, "indicators": [], "figures": {}}');
  let m = /^status\/(\d{3})$/.exec(route);
  if (m) return json(ctx, '', Number(m[1]));
  m = /^flaky\/([\w-]+)$/.exec(route);
  if (m) {
    const n = count(m[1]);
    return n <= (Number(ctx.query.fail) || 1) ? json(ctx, '', 503) : json(ctx, datasetJson());
  }
  m = /^hits\/([\w-]+)$/.exec(route);
  if (m) return json(ctx, String(hits.get(m[1]) ?? 0));
  return next();
}
