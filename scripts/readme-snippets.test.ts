import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The README's TypeScript snippets, compiled as a developer pastes them into a strict project that
 * installed county-charts: the package's entry points resolve to this repository's sources (as its
 * `exports` map them once built). A snippet that imports nothing is a fragment of a page that already
 * registered the elements: it gets `import 'county-charts/define'` in front. Config fragments (Vue's
 * `vite.config.ts` line) are not whole modules and are left out.
 */
const root = resolve(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

interface Snippet {
  readonly line: number;
  readonly lang: 'ts' | 'tsx';
  readonly code: string;
}

function snippets(): Snippet[] {
  const found: Snippet[] = [];
  for (const m of readme.matchAll(/^```(tsx?)\n([\s\S]*?)^```/gm)) {
    const code = m[2]!;
    if (!/county-charts|county-target-bars|county-radar|county-trend-line/.test(code)) continue;
    // A line of a config file, not a module (vite.config.ts's `vue({ … })`).
    if (/^\/\/ vite\.config\.ts/m.test(code)) continue;
    found.push({ line: readme.slice(0, m.index).split('\n').length + 1, lang: m[1] as 'ts' | 'tsx', code });
  }
  return found;
}

const ENTRIES: Record<string, string> = {
  'county-charts': 'src/index.ts',
  'county-charts/define': 'src/define.ts',
  'county-charts/data': 'src/data/index.ts',
  'county-charts/format': 'src/format/index.ts',
  'county-charts/react': 'src/react/index.ts',
  'county-charts/elements/county-target-bars': 'src/charts/target-bars/define.ts',
  'county-charts/elements/county-trend-line': 'src/charts/trend-line/define.ts',
  'county-charts/elements/county-radar': 'src/charts/radar/define.ts',
  'county-charts/data/*.json': 'data/*.json',
};

function compile(files: readonly string[]): string[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    resolveJsonModule: true,
    jsx: ts.JsxEmit.ReactJSX,
    // as in Vite's templates: an unused import is an error there
    noUnusedLocals: true,
    experimentalDecorators: true,
    useDefineForClassFields: false,
    types: [],
    baseUrl: root,
    paths: Object.fromEntries(Object.entries(ENTRIES).map(([name, path]) => [name, [path]])),
  };
  const program = ts.createProgram(files, options);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && files.includes(d.file.fileName))
    .map((d) => {
      const at = d.file!.getLineAndCharacterOfPosition(d.start ?? 0);
      return `${d.file!.fileName.split('/').pop()}:${at.line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
}

describe("the README's TypeScript snippets", () => {
  it('are found: npm use, React, the Dataset API and export', () => {
    const found = snippets();
    expect(found.length).toBeGreaterThanOrEqual(4);
    expect(found.some((s) => s.lang === 'tsx')).toBe(true);
  });

  it('compile under strict TypeScript as written', { timeout: 60_000 }, () => {
    const dir = join(root, 'node_modules', '.cache', 'readme-snippets');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const files = snippets().map(({ line, lang, code }) => {
      const file = join(dir, `readme-line-${line}.${lang}`);
      const whole = /^\s*import\b/m.test(code) ? code : `import 'county-charts/define';\n${code}`;
      // Each file is a module (top-level await, its own names).
      writeFileSync(file, `${whole}\nexport {};\n`);
      return file;
    });
    expect(compile(files)).toEqual([]);
  });

  it('would catch a snippet that does not compile', { timeout: 60_000 }, () => {
    const dir = join(root, 'node_modules', '.cache', 'readme-snippets-canary');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'canary.ts');
    writeFileSync(
      file,
      "import { parseDataset, type Dataset } from 'county-charts';\nparseDataset({});\nexport {};\n",
    );
    expect(compile([file]).join('\n')).toMatch(/Dataset/);
  });
});
