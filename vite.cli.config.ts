import { defineConfig } from 'vite';

// `county-charts extract` for npm users (bin/county-charts.mjs runs dist/cli.js): the extractor as
// one node ESM file; node's own modules stay imports. Built after the library (emptyOutDir false).
export default defineConfig({
  publicDir: false,
  envDir: false,
  build: {
    ssr: 'src/extract/cli.ts',
    outDir: 'dist',
    emptyOutDir: false,
    target: 'node20',
    sourcemap: false,
    rolldownOptions: { output: { entryFileNames: 'cli.js' } },
  },
});
