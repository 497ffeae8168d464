// Builds the framework example apps (examples/react, examples/vue) with vite's JS API when their
// dist/ is missing or older than their inputs, and a web-test-runner plugin so the browser tests
// open the app as built (`executeServerCommand('example-app-build', { app: 'react' })`).
//
//   node examples/app-build.mjs [react|vue ...]   build by hand (only if stale)
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
export const apps = ['react', 'vue'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    // The app's own output and tests never reach the build.
    if (entry === 'dist' || entry === 'node_modules' || /\.(browser\.)?test\.ts$|\.stories\.ts$/.test(entry))
      continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** Why the app must be rebuilt, or null when examples/<app>/dist is newer than all its inputs. */
export function appStaleReason(app) {
  const index = join(root, 'examples', app, 'dist', 'index.html');
  if (!existsSync(index)) return `${index} is missing`;
  const built = statSync(index).mtimeMs;
  const inputs = [`examples/${app}`, 'src', 'data', 'package.json', 'examples/app-build.mjs'];
  const newer = inputs.find((input) => newestMtime(join(root, input)) > built);
  return newer ? `${newer} changed since the last build` : null;
}

const building = new Map();

/** Build examples/<app>/dist if stale; concurrent callers in one process share one build. */
export function ensureAppBuild(app, { log = console.log } = {}) {
  if (!apps.includes(app)) return Promise.reject(new Error(`unknown example app "${app}"`));
  const reason = appStaleReason(app);
  if (!reason) return Promise.resolve(false);
  if (!building.has(app)) {
    const job = (async () => {
      log(`examples: building examples/${app}/dist (${reason})`);
      const { build } = await import('vite');
      await build({ configFile: join(root, 'examples', app, 'vite.config.ts'), logLevel: 'warn' });
      return true;
    })().finally(() => building.delete(app));
    building.set(app, job);
  }
  return building.get(app);
}

/** web-test-runner plugin: `executeServerCommand('example-app-build', { app })` → built or fresh. */
export function exampleAppsPlugin() {
  return {
    name: 'county-charts-example-apps',
    async executeCommand({ command, payload }) {
      if (command !== 'example-app-build') return undefined;
      await ensureAppBuild(payload?.app);
      return true;
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const app of process.argv.length > 2 ? process.argv.slice(2) : apps) {
    const built = await ensureAppBuild(app);
    if (!built) console.log(`examples: examples/${app}/dist is up to date`);
  }
}
