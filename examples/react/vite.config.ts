import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The React example as an app that installed county-charts from npm would build it, except that
// the package's entry points are aliased to the source of this repository.
//   npx vite build --config examples/react/vite.config.ts   → examples/react/dist
const here = import.meta.dirname;
const repo = resolve(here, '../..');

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^county-charts\/data\/(.+\.json)$/, replacement: `${repo}/data/$1` },
      { find: /^county-charts\/react$/, replacement: `${repo}/src/react/index.ts` },
      { find: /^county-charts\/define$/, replacement: `${repo}/src/define.ts` },
      {
        find: /^county-charts\/elements\/county-(target-bars|trend-line|radar)$/,
        replacement: `${repo}/src/charts/$1/define.ts`,
      },
      { find: /^county-charts$/, replacement: `${repo}/src/index.ts` },
    ],
    // Production Lit even when the build is started from a test runner with NODE_ENV unset or 'test'.
    conditions: ['module', 'browser', 'production'],
  },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1000 },
});
