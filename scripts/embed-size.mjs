#!/usr/bin/env node
// Prints the gzip size of the embed bundle and of the dataset it loads; exits 1 when the bundle
// (three elements, lit and d3 inlined, dataset excluded) is over its budget.
//   node scripts/embed-size.mjs            measure dist/embed (build it first if stale)
//   node scripts/embed-size.mjs --no-build measure what is there
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { embedDir, ensureEmbedBuild } from './embed-build.mjs';

/** Issue 7's bar for county-charts.js, gzip, in KB (1 KB = 1024 bytes). */
export const BUNDLE_BUDGET_KB = 30;

/** Raw and gzip (level 9, as CDNs serve static files) byte counts of one file. */
export function fileSize(path) {
  const bytes = readFileSync(path);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

export function embedSizes(dir = embedDir) {
  return {
    bundle: fileSize(join(dir, 'county-charts.js')),
    dataset: fileSize(join(dir, 'county-charts-data.json')),
    stylesheet: fileSize(join(dir, 'county-charts.css')),
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

export function formatSizes(sizes) {
  const rows = [
    ['county-charts.js', sizes.bundle, `budget ${BUNDLE_BUDGET_KB} KB gzip`],
    ['county-charts-data.json', sizes.dataset, 'loaded separately'],
    ['county-charts.css', sizes.stylesheet, ''],
  ];
  return rows
    .map(([name, size, note]) =>
      `${name.padEnd(25)} ${kb(size.raw).padStart(9)} raw ${kb(size.gzip).padStart(9)} gzip  ${note}`.trimEnd(),
    )
    .join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!process.argv.includes('--no-build')) await ensureEmbedBuild();
  const sizes = embedSizes();
  console.log(formatSizes(sizes));
  if (sizes.bundle.gzip > BUNDLE_BUDGET_KB * 1024) {
    console.error(
      `county-charts.js is ${kb(sizes.bundle.gzip)} gzip, over the ${BUNDLE_BUDGET_KB} KB budget`,
    );
    process.exit(1);
  }
}
