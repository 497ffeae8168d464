import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  embedDatasetJson,
  minifyCss,
  minifyTemplates,
  privateMemberNames,
  renameMembers,
  shortenPrivateMembers,
  shortPrivateMemberNames,
} from '../vite.embed.config.js';
import { embedDir, ensureEmbedBuild } from './embed-build.mjs';
import {
  BUDGET_SLACK_KB,
  BUNDLE_BUDGET_KB,
  embedSizes,
  fileSize,
  formatSizes,
  ISSUE_BAR_KB,
} from './embed-size.mjs';

const TAGS = ['county-target-bars', 'county-trend-line', 'county-radar'] as const;

describe('embed bundle (dist/embed)', () => {
  beforeAll(async () => {
    await ensureEmbedBuild();
  }, 120_000);

  it(`county-charts.js is at most ${BUNDLE_BUDGET_KB} kB (${BUNDLE_BUDGET_KB * 1000} bytes) gzip`, () => {
    const sizes = embedSizes();
    console.log(`\n${formatSizes(sizes)}`);
    expect(sizes.bundle.gzip).toBeGreaterThan(5000); // it really holds the elements
    expect(sizes.bundle.gzip).toBeLessThanOrEqual(BUNDLE_BUDGET_KB * 1000);
  });

  it(`the budget follows the bundle down (at most ${BUDGET_SLACK_KB} kB above it) towards issue 7's ${ISSUE_BAR_KB} kB`, () => {
    const { gzip } = embedSizes().bundle;
    // Once the bar is met the budget is the bar; until then it may not hide a saving.
    expect(BUNDLE_BUDGET_KB * 1000 - gzip).toBeLessThanOrEqual(BUDGET_SLACK_KB * 1000);
    expect(BUNDLE_BUDGET_KB).toBeGreaterThanOrEqual(ISSUE_BAR_KB);
  });

  it('ships exactly the script, its export chunk, the dataset and the reserve stylesheet', () => {
    expect(readdirSync(embedDir).sort()).toEqual([
      'county-charts-data.json',
      'county-charts-export.js',
      'county-charts.css',
      'county-charts.js',
    ]);
  });

  it('is one production file that loads only its export chunk, on demand: no eval, no dev-mode Lit', () => {
    const code = readFileSync(join(embedDir, 'county-charts.js'), 'utf8');
    // The one import: the export code, from beside the script, when a reader first downloads.
    const imports = [...code.matchAll(/\bimport\s*\(([^)]*)\)/g)].map((m) => m[1]!.slice(1, -1));
    expect(imports).toEqual(['./county-charts-export.js']);
    expect(code).not.toMatch(/(^|[;}\s])import\s*["'{*\w]/); // static import
    expect(code).not.toMatch(/(^|[;}\s])export\s*[{*]/); // nothing exported for the chunk to import back
    expect(code).not.toMatch(/\beval\s*\(/);
    expect(code).not.toMatch(/\bnew\s+Function\b/);
    expect(code).not.toContain('Lit is in dev mode');
    expect(code).not.toMatch(/\n\s{2,}\S/); // minified
    // The dataset is found next to the script, whatever page or CDN path loads it.
    expect(code).toContain('county-charts-data.json');
    // Also as a classic script (<script> without type="module"): no import.meta, which would not
    // parse; one strict function, so nothing of it becomes a page global.
    expect(code).not.toContain('import.meta');
    expect(code.startsWith('(()=>{"use strict";')).toBe(true);
    expect(code.trimEnd().endsWith('})();')).toBe(true);
    for (const tag of TAGS) expect(code).toContain(tag);
    // The export code is not in it: no canvas encoding, no file saving, no CSV byte-order mark.
    for (const exportOnly of ['toBlob', 'createObjectURL', '\uFEFF', 'source sentence'])
      expect(code).not.toContain(exportOnly);
  });

  it('has a self-contained export chunk: SVG, PNG and CSV export, importing nothing', () => {
    const code = readFileSync(join(embedDir, 'county-charts-export.js'), 'utf8');
    expect(code).not.toMatch(/\bimport\s*\(/);
    expect(code).not.toMatch(/(^|[;}\s])import\s*["'{*\w]/); // would load county-charts.js again
    for (const exportOnly of ['toBlob', 'createObjectURL', '\uFEFF', 'source sentence', 'image/png'])
      expect(code).toContain(exportOnly);
    expect(code).not.toMatch(/\n\s{2,}\S/); // minified
    expect(code).not.toMatch(/\beval\s*\(/);
    const { gzip } = embedSizes().exportChunk;
    expect(gzip).toBeGreaterThan(1000);
  });

  it('combines data/*.json into one compact dataset', () => {
    const text = readFileSync(join(embedDir, 'county-charts-data.json'), 'utf8');
    const dataset = JSON.parse(text) as Record<string, unknown[]>;
    const source = (name: string): unknown[] =>
      JSON.parse(readFileSync(join('data', `${name}.json`), 'utf8')) as unknown[];
    expect(dataset.counties).toEqual(source('counties'));
    expect(dataset.indicators).toEqual(source('indicators'));
    expect(dataset.figures).toEqual(source('figures'));
    expect(dataset.figures.length).toBeGreaterThan(0);
    expect(text).not.toContain('\n');
  });

  it('reserves the box of every element before it is defined', () => {
    const css = readFileSync(join(embedDir, 'county-charts.css'), 'utf8');
    for (const tag of TAGS) expect(css).toMatch(new RegExp(`${tag}:not\\(:defined\\)`));
    expect(css).toContain('aspect-ratio');
    expect(css).not.toContain('/*');
  });
});

describe('embed size helpers', () => {
  it('measures raw and gzip bytes of a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'embed-size-'));
    const file = join(dir, 'x.js');
    const text = 'export const x = 1;\n'.repeat(200);
    writeFileSync(file, text);
    const size = fileSize(file);
    expect(size.raw).toBe(text.length);
    expect(size.gzip).toBe(gzipSync(Buffer.from(text), { level: 9 }).length);
    expect(size.gzip).toBeLessThan(size.raw / 10);
  });

  it('formats sizes in KB with the budget', () => {
    const out = formatSizes({
      bundle: { raw: 80_000, gzip: 25_000 },
      exportChunk: { raw: 9_000, gzip: 3_400 },
      dataset: { raw: 200_000, gzip: 30_000 },
      stylesheet: { raw: 512, gzip: 300 },
    });
    expect(out).toContain('county-charts.js');
    expect(out).toMatch(/80\.0 kB raw\s+25\.0 kB gzip\s+budget [\d.]+ kB gzip; issue bar 30 kB met/);
    expect(
      formatSizes({
        bundle: { raw: 1, gzip: 42_000 },
        exportChunk: { raw: 1, gzip: 1 },
        dataset: { raw: 1, gzip: 1 },
        stylesheet: { raw: 1, gzip: 1 },
      }),
    ).toContain('issue bar 30 kB NOT met');
    expect(out).toMatch(/county-charts-data\.json\s+200\.0 kB raw\s+30\.0 kB gzip/);
    expect(out).toMatch(/county-charts-export\.js\s+9\.0 kB raw\s+3\.4 kB gzip\s+loaded on first export/);
  });

  it('minifies the reserve stylesheet without changing its rules', () => {
    expect(
      minifyCss('/* why */\ncounty-radar:not(:defined) {\n  display: block;\n  aspect-ratio: 1 / 1;\n}\n'),
    ).toBe('county-radar:not(:defined){display:block;aspect-ratio:1 / 1}');
  });

  it("minifies the static text of Lit's css/html/svg templates and nothing else", () => {
    const code = [
      'const styles = css`\n  :host {\n    color: ${color};\n  }\n  /* why */\n  .a, .b > c { margin: 0 }\n`;',
      'const print = css`@media print {\n  .x {\n    opacity: 0.5 !important;\n    width: 10.5px;\n  }\n}`;',
      'const view = html`<p class="x">\n  ${label}\n</p>\n<span>a</span> <span>b</span>`;',
      'const keep = other`\n  a  b\n`, text = "  two  spaces ";',
    ].join('\n');
    expect(minifyTemplates(code, 'x.ts')).toBe(
      [
        'const styles = css` :host{color:${color}}.a,.b>c{margin:0}`;',
        'const print = css`@media print{.x{opacity:.5!important;width:10.5px}}`;',
        'const view = html`<p class="x">${label}</p><span>a</span> <span>b</span>`;',
        'const keep = other`\n  a  b\n`, text = "  two  spaces ";',
      ].join('\n'),
    );
    expect(minifyTemplates('const x = 1;', 'x.ts')).toBeNull();
  });

  it('drops whitespace only where it renders nothing: beside HTML blocks, between SVG elements outside text', () => {
    const minified = (code: string) => minifyTemplates(code, 'x.ts');
    // Inline HTML keeps its word spaces; a button's label keeps its edges (an expression may be text).
    expect(minified('html`<li>\n  <b>a</b>\n  <i>b</i>\n</li>\n<button>\n  ${t}\n</button>`')).toBe(
      'html`<li><b>a</b> <i>b</i></li><button> ${t} </button>`',
    );
    // SVG: nothing between shapes and groups; inside text, the spaces between tspans and at its edges stay.
    expect(
      minified(
        'svg`<g>\n  <path d="M0"></path>\n  ${marks}\n  <text x="1">\n    <tspan>a</tspan>\n    <tspan>b</tspan>${note}\n  </text>\n</g>`',
      ),
    ).toBe(
      'svg`<g><path d="M0"></path>${marks}<text x="1"> <tspan>a</tspan> <tspan>b</tspan>${note} </text></g>`',
    );
    // A tag whose attributes hold expressions closes in a later quasi: its name is still known.
    // Inside an inline <svg> of an HTML template, as in SVG.
    expect(
      minified(
        'html`<div class=${c}\n>\n  <p>a</p>\n</div>\n<svg class=${s}>\n  ${shape}\n</svg>\n${label} <b>x</b>`',
      ),
    ).toBe('html`<div class=${c} ><p>a</p></div><svg class=${s}>${shape}</svg> ${label} <b>x</b>`');
  });

  it('fails clearly when the generated data is missing', () => {
    expect(() => embedDatasetJson(mkdtempSync(join(tmpdir(), 'no-data-')))).toThrow(/npm run data/);
  });

  it('finds the private members of the TypeScript sources', () => {
    const names = privateMemberNames([
      'class A { @state() private _tip = -1; private readonly _lang = 1; private get _size() {} }',
      'class B { private _select(i: number) {} protected _shown = 1; private plain = 2; _loose = 3; }',
      'class C { private declare _active: number; }',
    ]);
    expect([...names].sort()).toEqual(['_active', '_lang', '_select', '_size', '_tip']);
  });

  it('shortens private members as whole tokens, leaving CSS variables and Lit internals alone', () => {
    const code =
      'this._description=d;this._description.marks;this._tip=-1;B([N()],V.prototype,`_tip`,void 0);' +
      'x.has(`_tip`);css`color:var(--_tip)`;this._$litPart=1;this._tipX=2;var _0=1;';
    expect(shortenPrivateMembers(code, ['_description', '_tip', '_unused'])).toBe(
      'this._1=d;this._1.marks;this._2=-1;B([N()],V.prototype,`_2`,void 0);' +
        'x.has(`_2`);css`color:var(--_tip)`;this._$litPart=1;this._tipX=2;var _0=1;',
    );
  });

  it('gives a member one short name across chunks, free in all of them', () => {
    const main = 'this._description=d;this._tip=1;this._tip=2;';
    const chunk = 'var _0=1;x._description.title;';
    const map = shortPrivateMemberNames([main, chunk], ['_description', '_tip']);
    expect([...map]).toEqual([
      ['_description', '_1'],
      ['_tip', '_2'],
    ]);
    expect(renameMembers(chunk, map)).toBe('var _0=1;x._1.title;');
  });
});
