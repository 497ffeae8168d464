// Builds the embed bundle (vite.embed.config.ts -> dist/embed/) when it is missing or older than
// its inputs. Shared by the embed size test (vitest) and the article browser tests (wtr), so
// `npm test` measures the current source without a separate `npm run build`.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
export const embedDir = join(root, 'dist/embed');
export const embedFiles = [
  'county-charts.js',
  'county-charts-export.js',
  'county-charts-data.json',
  'county-charts.css',
];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    // Tests and stories never reach the bundle.
    if (/\.(browser\.)?test\.ts$|\.stories\.ts$/.test(entry)) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** Why the bundle must be rebuilt, or null when dist/embed is newer than all its inputs. */
export function embedStaleReason() {
  const outputs = embedFiles.map((name) => join(embedDir, name));
  const missing = outputs.find((file) => !existsSync(file));
  if (missing) return `${missing} is missing`;
  const built = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  const inputs = ['src', 'data', 'vite.embed.config.ts', 'package.json'];
  const newer = inputs.find((input) => newestMtime(join(root, input)) > built);
  return newer ? `${newer} changed since the last embed build` : null;
}

let building;

/** Build dist/embed/ if stale; concurrent callers in one process share one build. */
export function ensureEmbedBuild({ log = console.log } = {}) {
  // EMBED_SKIP_BUILD=1: test the bundle that dist/embed holds (e.g. one built by a release job).
  if (process.env.EMBED_SKIP_BUILD === '1') return Promise.resolve(false);
  const reason = embedStaleReason();
  if (!reason) return Promise.resolve(false);
  building ??= (async () => {
    log(`embed: building dist/embed (${reason})`);
    const { build } = await import('vite');
    await build({ root, configFile: join(root, 'vite.embed.config.ts'), logLevel: 'warn' });
    return true;
  })().finally(() => {
    building = undefined;
  });
  return building;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const built = await ensureEmbedBuild();
  if (!built) console.log('embed: dist/embed is up to date');
}
