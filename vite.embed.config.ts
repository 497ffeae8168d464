import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, parseSync, Visitor, type Plugin } from 'vite';

// The single-file embed for news pages (README "Embed in an article"):
//   dist/embed/county-charts.js            every element, lit and d3 inlined, one ESM file
//   dist/embed/county-charts-export.js     SVG/PNG/CSV export, imported by county-charts.js on the
//                                          first download (resolved beside it), self-contained
//   dist/embed/county-charts-data.json     the dataset, loaded by default from next to the script
//   dist/embed/county-charts.css           reserves each element's box before the script runs
// Nothing is injected into the host page: Lit adopts constructed stylesheets, and a strict CSP
// (no 'unsafe-inline', no 'unsafe-eval') is enough.

const root = import.meta.dirname;

/** The script a page loads, and the chunk it imports (from beside itself) on the first export. */
export const EMBED_SCRIPT = 'county-charts.js';
export const EMBED_EXPORT_CHUNK = 'county-charts-export.js';

/** The three generated files of `npm run data`, combined into one compact `Dataset`. */
export function embedDatasetJson(dataDir = resolve(root, 'data')): string {
  const read = (name: string): unknown => {
    const path = resolve(dataDir, name);
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`embed build: cannot read ${path} (run \`npm run data\`): ${String(error)}`);
    }
  };
  const dataset = {
    counties: read('counties.json'),
    indicators: read('indicators.json'),
    figures: read('figures.json'),
  };
  return JSON.stringify(dataset);
}

/** Drop comments and needless whitespace: the stylesheet is a handful of rules. */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

// Elements whose start and end bound a block (or a table/list box): whitespace beside their tags
// renders nothing. Inline elements (span, button, svg in a line, …) are not listed: a space between
// two of them shows.
const BLOCK_TAG = /^<\/?(?:div|p|ul|ol|li|table|caption|thead|tbody|tr|th|td|details|summary|style)\b/;
// SVG ignores whitespace between elements except inside text content: after a text's start, before
// its end, and beside a tspan (only ever inside text) or a title (maybe inside text).
const INSIDE_TEXT_AFTER = /^<(?:text|tspan)\b|^<\/(?:tspan|title)\b/;
const INSIDE_TEXT_BEFORE = /^<\/?(?:tspan|title)\b|^<\/text\b/;

/**
 * Whether a run of whitespace between these tags (their `<…>` or `<…` text; one may be unknown, an
 * expression's content) renders nothing: in HTML beside a block's start or end, where it is
 * collapsed away; in SVG anywhere outside text content.
 */
function silentBetween(tag: 'html' | 'svg', previous?: string, next?: string): boolean {
  if (tag === 'html')
    // Also right inside an inline <svg>: its children are SVG, where spaces between elements show nothing.
    return (
      [previous, next].some((t) => t !== undefined && BLOCK_TAG.test(t)) ||
      (previous !== undefined && /^<svg\b/.test(previous)) ||
      (next !== undefined && /^<\/svg\b/.test(next))
    );
  return (
    (previous !== undefined || next !== undefined) &&
    !(previous !== undefined && INSIDE_TEXT_AFTER.test(previous)) &&
    !(next !== undefined && INSIDE_TEXT_BEFORE.test(next))
  );
}

/**
 * Whitespace inside Lit's css`` / html`` / svg`` templates, which no JS minifier may touch.
 * CSS: comments dropped, spaces around punctuation and child combinators removed, the last `;` of
 * a block, the space before `!important` and the 0 of `0.5` dropped. Markup: a run of whitespace
 * holding a line break becomes one space (the same rendering outside <pre>, which the charts do not use),
 * or nothing where it renders nothing: beside a block's tag in HTML, between SVG elements outside text.
 * Every such run would be a text node in each chart's shadow root.
 */
export function minifyTemplateText(tag: 'css' | 'html' | 'svg', text: string, lead = ''): string {
  if (tag === 'css') {
    return text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>]|!important)\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .replace(/(^|[\s:,(])0\.(\d)/g, '$1.$2');
  }
  // Between two tags, or between a tag and the quasi's edge (an expression or the template's end).
  return text.replace(/\s*\n\s*/g, (run, at: number) => {
    const before = text.slice(0, at);
    // `lead`: the template's text before this quasi, where the tag closed by a leading `>` began.
    const after = text.slice(at + run.length);
    const previous = /<\/?[^<>]*>$/.exec(before.includes('<') ? before : lead + before)?.[0];
    const next = /^<\/?[\w-]+/.exec(after)?.[0];
    if (previous === undefined && before !== '') return ' '; // text before: a word space
    if (next === undefined && after !== '') return ' ';
    // At the quasi's edge only the tag side is known (the expression's content may be text).
    return silentBetween(tag, previous, next) ? '' : ' ';
  });
}

/** Rewrite the static parts of every css/html/svg tagged template in one module. */
export function minifyTemplates(code: string, id: string): string | null {
  const edits: { start: number; end: number; text: string }[] = [];
  new Visitor({
    TaggedTemplateExpression(node) {
      const tag = node.tag.type === 'Identifier' ? node.tag.name : '';
      if (tag !== 'css' && tag !== 'html' && tag !== 'svg') return;
      // The template's static text so far, expressions as `0`: a tag may open in an earlier quasi.
      let lead = '';
      for (const quasi of node.quasi.quasis) {
        // The span holds its delimiters: ` or } before, ` or ${ after.
        const text = code.slice(quasi.start, quasi.end);
        const close = text.endsWith('${') ? 2 : 1;
        const inner = text.slice(1, -close);
        const minified = text[0] + minifyTemplateText(tag, inner, lead) + text.slice(-close);
        lead += inner + '0';
        if (minified !== text) edits.push({ start: quasi.start, end: quasi.end, text: minified });
      }
    },
  }).visit(parseSync(id, code).program);
  if (edits.length === 0) return null;
  let out = '';
  let at = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    out += code.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + code.slice(at);
}

/**
 * The names of `private` class members declared in these TypeScript sources (`private _size`,
 * `@state() private _tip`, `private declare _tip`, `private _select(`). Only `_`-prefixed ones: TypeScript guarantees they
 * are used inside their class alone, and the prefix keeps them apart from DOM and Lit names.
 */
export function privateMemberNames(sources: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const source of sources) {
    for (const m of source.matchAll(
      /\bprivate\s+(?:static\s+)?(?:readonly\s+|declare\s+)?(?:[gs]et\s+)?(_[a-z]\w*)/g,
    ))
      names.add(m[1]!);
  }
  return names;
}

const memberToken = (name: string) => new RegExp(`(?<![\\w$-])${name}(?![\\w$])`, 'g');

/**
 * Short names for those members in the final code (`this._description` → `this._0`), the most used
 * first, none already used in any of `codes`. No minifier mangles properties. A name counts only as
 * a whole token: not inside CSS custom properties (`--_text`) or longer identifiers; Lit's own
 * `_$…` members never match. One map for all chunks, so a member keeps its name across them.
 */
export function shortPrivateMemberNames(
  codes: readonly string[],
  names: Iterable<string>,
): Map<string, string> {
  const all = codes.join('\n');
  const counts = [...names]
    .map((name) => ({ name, uses: all.match(memberToken(name))?.length ?? 0 }))
    .filter((n) => n.uses > 0)
    .sort((a, b) => b.uses * b.name.length - a.uses * a.name.length);
  const map = new Map<string, string>();
  let next = 0;
  for (const { name } of counts) {
    let short: string;
    do short = `_${(next++).toString(36)}`;
    while (memberToken(short).test(all));
    if (short.length < name.length) map.set(name, short);
  }
  return map;
}

/** Rename members in `code` by `map` (from shortPrivateMemberNames). */
export function renameMembers(code: string, map: ReadonlyMap<string, string>): string {
  for (const [name, short] of map) code = code.replace(memberToken(name), short);
  return code;
}

/** shortPrivateMemberNames + renameMembers for one file. */
export function shortenPrivateMembers(code: string, names: Iterable<string>): string {
  return renameMembers(code, shortPrivateMemberNames([code], names));
}

/** Every non-test TypeScript source under src/. */
function sourceTexts(dir = resolve(root, 'src')): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => readFileSync(resolve(dir, file), 'utf8'));
}

function embedAssets(): Plugin {
  const reserveCss = resolve(root, 'src/embed/reserve.css');
  return {
    name: 'county-charts-embed-assets',
    // package.json's `sideEffects` lists dist/ files only, so every src/ module would count as
    // pure and side-effect imports (`import './define.js'`, the dataset default) be dropped.
    transform: {
      filter: { id: /[\\/]src[\\/].*\.ts$/ },
      handler: (code, id) => ({
        code: minifyTemplates(code, id) ?? code,
        map: null,
        moduleSideEffects: true,
      }),
    },
    buildStart() {
      this.addWatchFile(reserveCss);
      for (const name of ['counties.json', 'indicators.json', 'figures.json']) {
        this.addWatchFile(resolve(root, 'data', name));
      }
    },
    generateBundle(_options, bundle) {
      this.emitFile({
        type: 'asset',
        fileName: 'county-charts-data.json',
        source: embedDatasetJson(),
      });
      this.emitFile({
        type: 'asset',
        fileName: 'county-charts.css',
        source: minifyCss(readFileSync(reserveCss, 'utf8')) + '\n',
      });
      // One file that defines everything, plus the export code it loads on the first download: fail
      // loudly if anything else split off, or if the export chunk would load the main file again.
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const names = chunks.map((c) => c.fileName).sort();
      const main = chunks.find((c) => c.fileName === EMBED_SCRIPT);
      const exporter = chunks.find((c) => c.fileName === EMBED_EXPORT_CHUNK);
      if (names.join() !== [EMBED_EXPORT_CHUNK, EMBED_SCRIPT].sort().join() || !main || !exporter) {
        this.error(
          `embed build: expected ${EMBED_SCRIPT} and ${EMBED_EXPORT_CHUNK}, got ${names.join(', ')}`,
        );
      }
      if (main.imports.length || main.dynamicImports.join() !== EMBED_EXPORT_CHUNK) {
        this.error(`embed build: ${EMBED_SCRIPT} may import only ${EMBED_EXPORT_CHUNK}, on demand`);
      }
      if (exporter.imports.length || exporter.dynamicImports.length) {
        this.error(`embed build: ${EMBED_EXPORT_CHUNK} must import nothing (${exporter.imports.join(', ')})`);
      }
      const short = shortPrivateMemberNames(
        chunks.map((c) => c.code),
        privateMemberNames(sourceTexts()),
      );
      for (const chunk of chunks) chunk.code = renameMembers(chunk.code, short);
      // The page's script may lack type="module" (an editor's slip, or a CMS that drops it): the
      // file then runs as a classic script. It has no import or export and no import.meta, so it
      // parses either way; in a function its declarations stay its own (a classic script's would be
      // page globals, clashing with the page's and with a second copy), and strict as a module is.
      main.code = `(()=>{"use strict";${main.code.trimEnd()}\n})();\n`;
      if (/\bimport\.meta\b|^\s*(?:import\b(?!\s*\()|export\b)/m.test(main.code)) {
        this.error(
          `embed build: ${EMBED_SCRIPT} must also run as a classic script (no import.meta, import or export)`,
        );
      }
    },
  };
}

export default defineConfig({
  // No public/ copy, no .env: the embed ships exactly four files.
  publicDir: false,
  envDir: false,
  plugins: [embedAssets()],
  // Production Lit whatever NODE_ENV says: builds started from vitest (NODE_ENV=test) would
  // otherwise resolve lit's `development` export (dev warnings, debug hooks, +5 kB gzip).
  resolve: { conditions: ['module', 'browser', 'production'] },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    lib: {
      entry: resolve(root, 'src/embed.ts'),
      formats: ['es'],
      fileName: () => EMBED_SCRIPT,
    },
    outDir: resolve(root, 'dist/embed'),
    emptyOutDir: true,
    // 'oxc', not true: in library mode vite otherwise leaves ES output unminified for bundlers.
    minify: 'oxc',
    sourcemap: false,
    target: 'es2022',
    reportCompressedSize: true,
    rolldownOptions: {
      // lit and d3 are inlined (no `external`): the page loads one file; the export code
      // (src/charts/core/export.ts, a dynamic import) is the one chunk split off, on demand.
      // Final files, not input for another bundler: whitespace too, and no comments.
      output: {
        codeSplitting: true,
        chunkFileNames: EMBED_EXPORT_CHUNK,
        minify: true,
        comments: false,
      },
    },
  },
});
