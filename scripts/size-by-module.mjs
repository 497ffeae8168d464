#!/usr/bin/env node
// Where the embed bundle's bytes come from: every module of dist/embed/county-charts.js built on its
// own (same config, minified), with its gzip size. The sum is larger than the bundle's gzip (each
// module compresses alone), but it ranks modules by their real minified cost.
//   node scripts/size-by-module.mjs [path-filter]      e.g. src/charts/radar
import { build } from 'vite';
import { gzipSync } from 'node:zlib';

const filter = process.argv[2] ?? '';
const report = {
  name: 'county-charts-size-by-module',
  enforce: 'pre',
  generateBundle(_options, bundle) {
    const rows = Object.values(bundle)
      .filter((file) => file.type === 'chunk')
      .map((chunk) => ({
        module: (chunk.facadeModuleId ?? chunk.moduleIds.join(','))
          .replace(/.*node_modules\//, '')
          .replace(`${process.cwd()}/`, ''),
        raw: chunk.code.length,
        gzip: gzipSync(chunk.code, { level: 9 }).length,
      }))
      .filter((row) => row.module.includes(filter))
      .sort((a, b) => b.gzip - a.gzip);
    for (const row of rows)
      console.log(`${String(row.gzip).padStart(6)} ${String(row.raw).padStart(7)}  ${row.module}`);
    const sum = (key) => rows.reduce((total, row) => total + row[key], 0);
    console.log(
      `sum of per-module gzip${filter ? ` (${filter})` : ''}: ${sum('gzip')} B, minified ${sum('raw')} B`,
    );
    // Only the report is wanted: stop before the embed plugin insists on one chunk.
    process.exit(0);
  },
};

await build({
  configFile: `${process.cwd()}/vite.embed.config.ts`,
  logLevel: 'silent',
  plugins: [report],
  build: {
    write: false,
    rolldownOptions: {
      output: { codeSplitting: true, preserveModules: true, minify: true, comments: false },
    },
  },
});
