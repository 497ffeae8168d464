export default {
  globs: ['src/charts/**/*.ts', 'src/elements/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/layout.ts'],
  outdir: '.',
  litelement: true,
};
