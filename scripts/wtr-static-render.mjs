// A web-test-runner plugin for the static-rendering browser test (src/static/static-vs-live.browser.test.ts):
//   GET /__static-render?chart=radar&lang=en&width=640&height=400&attr=counties=a%20b&attr=highlight=a
// renders that chart in node, exactly as `npm run render` does (scripts/render-static.ts --one), and
// answers { html, size, title }, so the test can compare it with the live element at the live size.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const tsx = resolve(root, 'node_modules/.bin/tsx');
const CHARTS = new Set(['target-bars', 'trend-line', 'radar']);

function renderOne(query) {
  const args = ['scripts/render-static.ts', '--one'];
  const chart = query.get('chart');
  if (!CHARTS.has(chart)) throw new Error(`unknown chart ${chart}`);
  args.push('--chart', chart, '--lang', query.get('lang') === 'en' ? 'en' : 'zh-CN');
  for (const key of ['width', 'height']) {
    const n = Number(query.get(key));
    if (Number.isFinite(n) && n > 0) args.push(`--${key}`, String(Math.round(n)));
  }
  for (const attr of query.getAll('attr')) args.push('--attr', attr);
  return new Promise((resolvePromise, reject) =>
    execFile(tsx, args, { cwd: root, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolvePromise(stdout),
    ),
  );
}

export function staticRenderPlugin() {
  return {
    name: 'county-static-render',
    async serve(context) {
      if (context.path !== '/__static-render') return undefined;
      try {
        return { body: await renderOne(new URL(context.url, 'http://localhost').searchParams), type: 'json' };
      } catch (error) {
        return { body: JSON.stringify({ error: String(error) }), type: 'json' };
      }
    },
  };
}
