export default {
  globs: ['src/charts/**/*.ts', 'src/elements/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/layout.ts'],
  outdir: '.',
  litelement: true,
  // package.json's customElements field is written by hand: an analysis into another --outdir
  // must not rewrite it.
  packagejson: false,
};
