/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

// Library build for npm users: one ESM entry per element plus the package entry;
// lit and d3 stay external so applications dedupe them. The embed bundle (all inlined)
// is built by vite.embed.config.ts.
export default defineConfig({
  build: {
    lib: {
      entry: {
        index: 'src/index.ts',
        define: 'src/define.ts',
        'elements/county-target-bars': 'src/charts/target-bars/define.ts',
        'elements/county-trend-line': 'src/charts/trend-line/define.ts',
        'elements/county-radar': 'src/charts/radar/define.ts',
        data: 'src/data/index.ts',
        format: 'src/format/index.ts',
        react: 'src/react/index.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      // react stays the app's; @lit/react (1 kB) is bundled into dist/react.js, not a dependency.
      external: (id) =>
        /^lit($|\/)/.test(id) ||
        (/^@lit\//.test(id) && !/^@lit\/react($|\/)/.test(id)) ||
        /^d3-/.test(id) ||
        /^react($|\/)|^react-dom($|\/)/.test(id),
    },
    outDir: 'dist',
    // The first build step: leftovers of an earlier build (renamed chunks) must not ship.
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['src/**/*.browser.test.ts', 'node_modules/**'],
  },
});
