#!/usr/bin/env node
// county-charts CLI: `county-charts extract FILE... [--county ID] [--year YYYY]`, `county-charts build`.
// In a checkout of the repository (src/ present) runs src/extract/cli.ts through tsx, so a stale build
// is never used; in the installed package (no src/) runs the compiled dist/cli.js.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const built = join(root, 'dist', 'cli.js');
const source = join(root, 'src', 'extract', 'cli.ts');

if (!existsSync(source) && existsSync(built)) {
  const { main } = await import(pathToFileURL(built).href);
  process.exitCode = main(args);
} else {
  const require = createRequire(import.meta.url);
  let tsxCli;
  try {
    tsxCli = join(dirname(require.resolve('tsx/package.json')), 'dist', 'cli.mjs');
  } catch {
    console.error(
      'county-charts: neither dist/cli.js nor tsx is available; run `npm install` in the package first.',
    );
    process.exit(1);
  }
  const result = spawnSync(process.execPath, [tsxCli, source, ...args], {
    stdio: 'inherit',
  });
  process.exitCode = result.status ?? 1;
}
