import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { articlePlugin } from './examples/article/article-server.mjs';
import { exampleAppsPlugin } from './examples/app-build.mjs';
import { staticRenderPlugin } from './scripts/wtr-static-render.mjs';
import { countyTestRoutes } from './scripts/wtr-test-routes.mjs';

// Debian's Chromium (scripts/ensure-chromium.sh installs it) or any Chrome; CHROME_PATH wins.
const executablePath = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
].find((p) => p && existsSync(p));

export default {
  files: ['src/**/*.browser.test.ts', 'examples/**/*.browser.test.ts'],
  nodeResolve: true,
  // /__county-test/*: 404s, slow, invalid and flaky dataset responses for the data-source tests
  middleware: [countyTestRoutes],
  concurrency: 2,
  plugins: [
    esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    // examples/**/*.browser.test.ts: opens the built embed's article pages on a strict-CSP server
    articlePlugin(),
    // examples/react, examples/vue: builds the framework example apps when stale
    exampleAppsPlugin(),
    // /__static-render: a chart rendered statically in node, for src/static/*.browser.test.ts
    staticRenderPlugin(),
  ],
  browsers: [
    chromeLauncher({
      // Each test page in its own browser context, so every page is a visible tab: in a background
      // tab requestAnimationFrame and ResizeObserver never fire and charts never get a size.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox', // required when running as root
          '--headless',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--js-flags=--expose-gc', // window.gc() for the lifecycle heap test
          '--enable-precise-memory-info', // performance.memory not rounded into buckets
        ],
      },
    }),
  ],
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    ...(process.env.WTR_COUNT_FILE ? [countReporter(process.env.WTR_COUNT_FILE)] : []),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
};
