// Serves the example article pages the way a news site would: a plain static server on its own
// origin with a strict Content-Security-Policy header, and a web-test-runner plugin whose command
// opens a page in a fresh browser context of the test browser, records what a reader would suffer
// (layout shifts, CSP violations, requests, errors) and returns it to the browser test.
//
//   node examples/article/article-server.mjs [port]   browse the pages by hand
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { ensureEmbedBuild } from '../../scripts/embed-build.mjs';

const root = resolve(import.meta.dirname, '../..');

/** No 'unsafe-inline', no 'unsafe-eval': what a careful newsroom sends. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

// Only what the pages need is served; everything else is a 404 like on a real site.
const servedRoots = ['/examples/article/', '/dist/embed/'];

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Network latency so the page paints before the script and the data arrive: the reserve
 * stylesheet and the loading state are then what the reader sees first, and any size change
 * after them is a measured layout shift.
 */
const delays = { 'county-charts.js': 250, 'county-charts-data.json': 400 };

/** Every ```html block of the README, in order: what an editor copies into the CMS. */
export function readmeSnippets(readme = readFileSync(join(root, 'README.md'), 'utf8')) {
  return [...readme.matchAll(/^```html\n([\s\S]*?)^```/gm)].map((m) => m[1].trim());
}

/**
 * The harmless slips an editor makes retyping a snippet, which the charts must read as meant:
 * capitalised or padded ids and keywords, commas in lists, a Chinese county name for its id.
 */
export function withEditorSlips(snippet) {
  const names = { tonghua: '通化县', hulan: '呼兰区', yitong: '伊通', changbai: '长白', fuxin: '阜新' };
  return snippet
    .replace(/\b(county|indicator|kind|sort|category)="([^"]*)"/g, (_, name, value) =>
      name === 'county' && names[value]
        ? `${name}="${names[value]}"`
        : `${name}=" ${value[0].toUpperCase()}${value.slice(1)} "`,
    )
    .replace(
      /\b(counties|indicators)="([^"]*)"/g,
      (_, name, value) => `${name}="${value.split(' ').join(', ')}"`,
    );
}

/**
 * The snippet as it arrives from a word processor or a JSX habit: typographic quotes around the
 * chart's attribute values (`county=“tonghua”`, `indicators=“a b”` split at the space by the HTML
 * parser) and the chart closed as `<county-radar … />`, which HTML reads as a start tag only: the
 * rest of the article would become the chart's children.
 */
export function withWordProcessorSlips(snippet) {
  return snippet.replace(/<(county-[a-z-]+)([^>]*)><\/\1>/g, (_, tag, attributes) => {
    const curly = attributes.replace(/="([^"]*)"/g, '=“$1”');
    return `<${tag}${curly} />`;
  });
}

/** The README page's `?param`s: each applies one kind of slip to every snippet. */
const readmeSlips = {
  typos: withEditorSlips,
  wordprocessor: withWordProcessorSlips,
  // The script tag without type="module" (a CMS may drop it): the bundle runs as a classic script.
  classic: (snippet) => snippet.replace(/<script type="module" /g, '<script '),
  // The bars' tag mistyped in the singular.
  tagtypo: (snippet) =>
    snippet
      .replace(/county-target-bars/g, 'county-target-bar')
      .replace(/county-trend-line/g, 'county-trendline')
      .replace(/county-radar\b/g, 'county-radar-chart'),
  // A height as CSS writes it, and one in another unit (ignored: the chart keeps its aspect ratio).
  heightpx: (snippet) => snippet.replace(/<(county-[a-z-]+) /g, '<$1 height="380px" '),
  heightpercent: (snippet) => snippet.replace(/<(county-[a-z-]+) /g, '<$1 height="40%" '),
};

const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * /examples/article/readme.html: an article whose body is the README's snippets pasted verbatim
 * between paragraphs, under the hostile host stylesheet. `?lang=en` for an English page.
 */
export function readmeArticle(lang = 'zh-CN', snippets = readmeSnippets(), { bare = false } = {}) {
  // `bare`: the snippets straight between paragraphs, with no <figure> around them (whose end tag
  // would close a chart left open).
  const body = snippets
    .map((snippet, i) =>
      bare
        ? `<p>Paragraph ${i + 1} before the chart. 正文段落。</p>\n${snippet}`
        : `<p>Paragraph ${i + 1} before the chart. 正文段落。</p>\n<figure>\n${snippet}\n</figure>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText('README snippets')}</title>
<link rel="stylesheet" href="article.css">
<link rel="stylesheet" href="hostile.css">
</head>
<body>
<main class="article">
<h1>README snippets, pasted as an editor would</h1>
${body}
<p>The end.</p>
</main>
</body>
</html>
`;
}

/**
 * Test pages that are the article (index.html) with one thing changed, derived here rather than
 * kept as copies: a stylesheet added in <head>, the reserve stylesheet left out, or `height`
 * attributes dropped (every chart pasted exactly as the README's snippet).
 */
const articleVariants = {
  'hostile.html': { label: 'hostile CSS', stylesheet: 'hostile.css' },
  'canary-theme.html': { label: 'themed', stylesheet: 'canary-theme.css' },
  'reset.html': { label: 'CSS reset', stylesheet: 'reset.css' },
  'canary-no-reserve.html': { label: 'no reserve stylesheet', withoutReserve: true },
  'defaults.html': { label: 'README snippet, no height', withoutHeight: true },
  // The script never arrives (blocked, offline): only county-charts.css holds the boxes.
  'no-script.html': { label: 'no script', withoutScript: true },
};

export function articleVariant(
  name,
  article = readFileSync(join(root, 'examples/article/index.html'), 'utf8'),
) {
  const variant = articleVariants[name];
  let html = article.replace('<title>', `<title>[${variant.label}] `);
  if (variant.stylesheet) {
    html = html.replace('</head>', `  <link rel="stylesheet" href="${variant.stylesheet}" />\n  </head>`);
  }
  if (variant.withoutReserve)
    html = html.replace(/^\s*<link rel="stylesheet" href="[^"]*county-charts\.css" \/>\n/gm, '');
  if (variant.withoutHeight) html = html.replace(/(<county-[a-z-]+[^>]*?) height="\d+"/g, '$1');
  if (variant.withoutScript)
    html = html.replace(/^\s*<script [^>]*county-charts\.js[^>]*><\/script>\n/gm, '');
  return html;
}

function handle(request, response) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const path = normalize(decodeURIComponent(url.pathname));
  const file = join(root, path);
  const allowed = servedRoots.some((prefix) => path.startsWith(prefix)) && file.startsWith(root + sep);
  const headers = { 'Content-Security-Policy': STRICT_CSP, 'Cache-Control': 'no-store' };
  const variant = path.startsWith('/examples/article/') && path.slice('/examples/article/'.length);
  if (variant && Object.hasOwn(articleVariants, variant)) {
    response.writeHead(200, { ...headers, 'Content-Type': types['.html'] });
    response.end(articleVariant(variant));
    return;
  }
  if (path === '/examples/article/readme.html') {
    const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'zh-CN';
    const snippets = readmeSnippets().map((snippet) =>
      Object.entries(readmeSlips).reduce(
        (text, [param, slip]) => (url.searchParams.has(param) ? slip(text) : text),
        snippet,
      ),
    );
    response.writeHead(200, { ...headers, 'Content-Type': types['.html'] });
    response.end(readmeArticle(lang, snippets, { bare: url.searchParams.has('bare') }));
    return;
  }
  if (!allowed || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('not found');
    return;
  }
  const name = path.slice(path.lastIndexOf('/') + 1);
  setTimeout(() => {
    response.writeHead(200, {
      ...headers,
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  }, delays[name] ?? 0);
}

/** Start the static server; resolves to its origin (`http://127.0.0.1:PORT`). */
export function startArticleServer(port = 0) {
  const server = createServer(handle);
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolvePromise({ origin: `http://127.0.0.1:${address.port}`, server });
    });
  });
}

// Runs inside the article page before any of its own scripts (injected through the DevTools
// protocol, which CSP does not govern), so nothing that happens during load is missed.
function instrumentPage() {
  const record = { shifts: [], violations: [], errors: [] };
  window.__embedRecord = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      record.shifts.push({
        value: entry.value,
        hadRecentInput: entry.hadRecentInput,
        time: entry.startTime,
        sources: (entry.sources ?? []).map((source) => ({
          node: source.node ? `${source.node.nodeName}${source.node.id ? '#' + source.node.id : ''}` : null,
          previous: source.previousRect && source.previousRect.toJSON(),
          current: source.currentRect && source.currentRect.toJSON(),
        })),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('securitypolicyviolation', (event) => {
    record.violations.push({
      directive: event.violatedDirective,
      blocked: event.blockedURI,
      source: event.sourceFile,
      line: event.lineNumber,
      sample: event.sample,
    });
  });
  window.addEventListener('error', (event) => record.errors.push(String(event.message)));
  window.addEventListener('unhandledrejection', (event) =>
    record.errors.push(`unhandled rejection: ${String(event.reason)}`),
  );
}

// (county-target-bar, county-trendline, county-radar-chart: the mistyped tags of the `tagtypo` README page,
// which must draw too.)
const CHART_SELECTOR =
  'county-target-bars, county-trend-line, county-radar, county-target-bar, county-trendline, county-radar-chart';
const MARK_SELECTOR = 'svg rect, svg path, svg line, svg circle, svg polygon, svg polyline';

// A chart has settled when it shows marks or an error, and is no longer busy loading.
function chartsSettled(chartSelector, markSelector) {
  const charts = [...document.querySelectorAll(chartSelector)];
  return (
    charts.length > 0 &&
    charts.every((chart) => {
      const shadow = chart.shadowRoot;
      if (!customElements.get(chart.localName) || !shadow) return false;
      if (shadow.querySelector('[aria-busy="true"], [part~="loading"]')) return false;
      if (shadow.querySelector('[role="alert"]')) return true;
      return [...shadow.querySelectorAll(markSelector)].some((mark) => {
        const box = mark.getBoundingClientRect();
        return box.width > 0 || box.height > 0;
      });
    })
  );
}

// Everything the tests compare, read inside the page: per chart its state, words and the
// geometry and computed style of every node of its shadow tree, relative to the chart's box.
function collectPage(chartSelector, markSelector) {
  const PAINTED = new Set([
    'rect',
    'path',
    'line',
    'circle',
    'ellipse',
    'polygon',
    'polyline',
    'text',
    'tspan',
  ]);
  const round = (n) => Math.round(n * 100) / 100;
  const styleKeys = [
    'display',
    'visibility',
    'opacity',
    'font-family',
    'font-size',
    'font-weight',
    'font-style',
    'line-height',
    'letter-spacing',
    'word-spacing',
    'text-transform',
    'text-align',
    'color',
    'fill',
    'stroke',
    'stroke-width',
    'padding',
    'margin',
    'border',
  ];
  const textOf = (root) => {
    const parts = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('style, script')) continue;
      const text = node.textContent.trim();
      if (text) parts.push(text);
    }
    return parts.join(' ');
  };
  const charts = [...document.querySelectorAll(chartSelector)].map((chart) => {
    const host = chart.getBoundingClientRect();
    const shadow = chart.shadowRoot;
    const nodes = shadow
      ? [...shadow.querySelectorAll('*')].map((node) => {
          const box = node.getBoundingClientRect();
          const style = getComputedStyle(node);
          // What a reader sees: its own text, or SVG paint. Only these nodes' text and paint styles
          // matter; an empty box (a sizer) shows its inherited font only through its size.
          const paints =
            PAINTED.has(node.localName) ||
            [...node.childNodes].some((child) => child.nodeType === 3 && child.textContent.trim());
          return {
            tag: node.localName,
            part: node.getAttribute('part'),
            className: node.getAttribute('class'),
            paints,
            // Not rendered (display: none, SVG <title>): no box to compare.
            rect:
              box.width === 0 && box.height === 0
                ? null
                : [
                    round(box.left - host.left),
                    round(box.top - host.top),
                    round(box.width),
                    round(box.height),
                  ],
            style: Object.fromEntries(styleKeys.map((key) => [key, style.getPropertyValue(key)])),
          };
        })
      : [];
    const visibleMarks = shadow
      ? [...shadow.querySelectorAll(markSelector)].filter((mark) => {
          const box = mark.getBoundingClientRect();
          return (box.width > 0 || box.height > 0) && getComputedStyle(mark).display !== 'none';
        }).length
      : 0;
    const alert = shadow?.querySelector('[role="alert"]');
    const title = shadow?.querySelector('[part~="title"]');
    return {
      tag: chart.localName,
      attributes: Object.fromEntries([...chart.attributes].map((a) => [a.name, a.value])),
      defined: Boolean(customElements.get(chart.localName)),
      host: [round(host.left), round(host.top), round(host.width), round(host.height)],
      state: alert ? 'error' : visibleMarks > 0 ? 'rendered' : 'empty',
      alertText: alert ? textOf(alert) : null,
      visibleMarks,
      title: title ? textOf(title) : null,
      text: shadow ? textOf(shadow) : '',
      shadowStyleElements: shadow ? shadow.querySelectorAll('style').length : 0,
      adoptedStyleSheets: shadow ? shadow.adoptedStyleSheets.length : 0,
      nodes,
    };
  });
  const record = window.__embedRecord;
  return {
    url: location.href,
    lang: document.documentElement.lang,
    viewport: [innerWidth, innerHeight],
    // Wider than the viewport: the page scrolls sideways.
    scrollWidth: document.documentElement.scrollWidth,
    // The page's own content height (not the viewport's): shows the host CSS took effect.
    contentHeight: round(document.body.getBoundingClientRect().height),
    cls: record.shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0),
    shifts: record.shifts,
    violations: record.violations,
    errors: record.errors,
    resources: performance.getEntriesByType('resource').map((entry) => entry.name),
    lightDomStyleElements: document.querySelectorAll('style').length,
    // The article's own paragraphs, and how many a reader sees (none may end up inside a chart).
    paragraphs: document.querySelectorAll('p').length,
    paragraphsShown: [...document.querySelectorAll('p')].filter((p) => p.getBoundingClientRect().height > 0)
      .length,
    chartChildren: [...document.querySelectorAll(chartSelector)].reduce(
      (sum, chart) => sum + chart.children.length,
      0,
    ),
    // The inline styles allowed: what a chart sets through CSSOM (not governed by CSP) on its own
    // host: its height from `height="…"`, and display: block where a page rule left it inline.
    // Anything else would be an injected style.
    lightDomStyleAttributes: [...document.querySelectorAll('[style]')].filter(
      (node) =>
        !(
          node.matches(chartSelector) &&
          [...node.style].every((property) => ['height', '--_height', 'display'].includes(property)) &&
          (!node.style.display || node.style.display === 'block') &&
          (!node.style.height || node.hasAttribute('height'))
        ),
    ).length,
    charts,
  };
}

const nextFrames = () =>
  new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));

/**
 * Open `/examples/article/<page>` in a fresh context of the test browser and report on it.
 * @param {import('puppeteer-core').Page} opener the test's own page (gives us its browser)
 */
export async function measureArticle(opener, origin, { page: pageName, width = 1024, height = 4500 }) {
  const context = await opener.browser().createBrowserContext();
  const page = await context.newPage();
  const requests = [];
  const pageErrors = [];
  const consoleErrors = [];
  try {
    await page.setViewport({ width, height });
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => pageErrors.push(String(error?.message ?? error)));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.evaluateOnNewDocument(instrumentPage);
    const response = await page.goto(`${origin}/examples/article/${pageName}`, {
      waitUntil: 'load',
    });
    let settled = true;
    try {
      await page.waitForFunction(
        chartsSettled,
        { timeout: 8000, polling: 50 },
        CHART_SELECTOR,
        MARK_SELECTOR,
      );
    } catch {
      settled = false; // reported, and the test says which chart never settled
    }
    // Late shifts (a resize after the data, a font swap) have time to happen and be recorded.
    await page.evaluate(nextFrames);
    await new Promise((done) => setTimeout(done, 500));
    await page.evaluate(nextFrames);
    const report = await page.evaluate(collectPage, CHART_SELECTOR, MARK_SELECTOR);
    return {
      ...report,
      origin,
      settled,
      status: response?.status() ?? 0,
      csp: response?.headers()['content-security-policy'] ?? null,
      requests,
      pageErrors,
      consoleErrors,
    };
  } finally {
    await context.close();
  }
}

/** web-test-runner plugin: `executeServerCommand('embed-article', { page, width, height })`. */
export function articlePlugin() {
  let started;
  return {
    name: 'county-charts-embed-article',
    async executeCommand({ command, payload, session }) {
      if (command === 'embed-article-build') {
        await ensureEmbedBuild();
        return true;
      }
      if (command !== 'embed-article') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error('embed-article needs the Chromium (puppeteer) launcher');
      }
      await ensureEmbedBuild();
      started ??= startArticleServer();
      const { origin } = await started;
      return measureArticle(session.browser.getPage(session.id), origin, payload);
    },
    async serverStop() {
      if (started) (await started).server.close();
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await ensureEmbedBuild();
  const { origin } = await startArticleServer(Number(process.argv[2] ?? 8104));
  console.log(`article pages on ${origin}/examples/article/index.html (CSP: ${STRICT_CSP})`);
}
