#!/usr/bin/env node
// docs/charts.png, the README's picture: the three charts from the built embed, side by side, as
// Chromium draws them (examples/article/picture.html on the article server).
//   node scripts/readme-picture.mjs
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { startArticleServer } from '../examples/article/article-server.mjs';
import { ensureEmbedBuild } from './embed-build.mjs';

await ensureEmbedBuild();
const { origin, server } = await startArticleServer();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--hide-scrollbars'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1560, height: 520, deviceScaleFactor: 1 });
  await page.goto(`${origin}/examples/article/picture.html`, { waitUntil: 'load' });
  // Drawn when each chart's shadow root holds marks.
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('county-target-bars, county-trend-line, county-radar')].every((chart) =>
        chart.shadowRoot?.querySelector('svg [data-key], svg .mark, svg path'),
      ),
    { timeout: 15000 },
  );
  await new Promise((done) => setTimeout(done, 1000));
  const picture = await page.$('#picture');
  const out = resolve(import.meta.dirname, '../docs/charts.png');
  await picture.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server.close();
}
