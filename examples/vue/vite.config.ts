import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// The Vue 3 example as an app that installed county-charts from npm would build it, except that
// the package's entry points are aliased to the source of this repository.
//   npx vite build --config examples/vue/vite.config.ts   → examples/vue/dist
const here = import.meta.dirname;
const repo = resolve(here, '../..');

export default defineConfig({
  root: here,
  base: './',
  plugins: [
    vue({
      // <county-*> are custom elements: Vue renders them as they are instead of resolving components.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('county-') } },
    }),
  ],
  resolve: {
    alias: [
      { find: /^county-charts\/data\/(.+\.json)$/, replacement: `${repo}/data/$1` },
      { find: /^county-charts\/define$/, replacement: `${repo}/src/define.ts` },
      { find: /^county-charts$/, replacement: `${repo}/src/index.ts` },
    ],
    // Production Lit even when the build is started from a test runner with NODE_ENV unset or 'test'.
    conditions: ['module', 'browser', 'production'],
  },
  define: {
    'process.env.NODE_ENV': JSON.stringify('production'),
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1000 },
});
