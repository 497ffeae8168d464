/**
 * The live chart's stylesheet applied in node, so static SVG needs no CSS: a small cascade
 * (class, type, attribute selectors, descendant and child combinators, specificity, !important,
 * inheritance, custom properties with var() fallbacks, color-mix in srgb) over the markup tree,
 * whose results are written as SVG presentation attributes. That is what RSS readers and e-mail
 * clients keep when they strip <style>. States that need a script (:hover, :focus-visible, :host)
 * never match; @media blocks (dark scheme, motion) are skipped: the static chart is the light theme.
 */
import { decodeEntities, elements, escapeAttribute, isElement, type MarkupElement } from './markup.js';

interface Compound {
  readonly tag?: string;
  readonly classes: readonly string[];
  readonly attrs: readonly { readonly name: string; readonly value?: string }[];
  /** A pseudo-class or -element we cannot match statically. */
  readonly never: boolean;
}
interface Selector {
  /** Right to left: compounds[0] is the subject; combinators[i] joins compounds[i] and [i + 1]. */
  readonly compounds: readonly Compound[];
  readonly combinators: readonly (' ' | '>')[];
  readonly specificity: number;
}
interface Declaration {
  readonly property: string;
  readonly value: string;
  readonly important: boolean;
}
export interface Rule {
  readonly selectors: readonly Selector[];
  readonly declarations: readonly Declaration[];
}

function splitTopLevel(text: string, separator: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth += 1;
    else if (c === ')' || c === ']') depth -= 1;
    else if (c === separator && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

const COMPOUND_PART = /([.#]?-?[\w-]+|\*|\[[^\]]*\]|::?[\w-]+(?:\([^)]*\))?)/g;

function parseCompound(text: string): Compound {
  let tag: string | undefined;
  const classes: string[] = [];
  const attrs: { name: string; value?: string }[] = [];
  let never = false;
  for (const [part] of text.matchAll(COMPOUND_PART)) {
    if (part.startsWith('.')) classes.push(part.slice(1));
    else if (part.startsWith('[')) {
      const m = /^\[\s*([\w-]+)\s*(?:([~|^$*]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]*)))?\s*\]$/.exec(part);
      if (!m || (m[2] && m[2] !== '=')) never = true;
      else attrs.push({ name: m[1]!, value: m[2] ? (m[3] ?? m[4] ?? m[5] ?? '') : undefined });
    } else if (part.startsWith(':') || part.startsWith('#')) never = true;
    else if (part !== '*') tag = part.toLowerCase();
  }
  return { tag, classes, attrs, never };
}

function parseSelector(text: string): Selector {
  const tokens = text.replace(/\s*>\s*/g, ' > ').split(/\s+/);
  const compounds: Compound[] = [];
  const combinators: (' ' | '>')[] = [];
  let pending: ' ' | '>' = ' ';
  for (const t of tokens) {
    if (t === '>') {
      pending = '>';
      continue;
    }
    if (compounds.length) combinators.unshift(pending);
    compounds.unshift(parseCompound(t));
    pending = ' ';
  }
  const specificity = compounds.reduce(
    (s, c) => s + (c.classes.length + c.attrs.length) * 100 + (c.tag ? 1 : 0),
    0,
  );
  return { compounds, combinators, specificity };
}

/** Rules outside at-rules, in order (nested blocks such as @media are skipped). */
export function parseCss(cssText: string): Rule[] {
  const css = cssText.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: Rule[] = [];
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) break;
    const prelude = css.slice(i, open).trim();
    // Find the matching close brace (at-rules nest).
    let depth = 1;
    let j = open + 1;
    for (; j < css.length && depth > 0; j += 1) {
      if (css[j] === '{') depth += 1;
      else if (css[j] === '}') depth -= 1;
    }
    const body = css.slice(open + 1, j - 1);
    i = j;
    if (prelude.startsWith('@')) continue;
    const declarations: Declaration[] = [];
    for (const d of splitTopLevel(body, ';')) {
      const colon = d.indexOf(':');
      if (colon < 0) continue;
      const property = d.slice(0, colon).trim();
      let value = d.slice(colon + 1).trim();
      const important = /!\s*important$/i.test(value);
      if (important) value = value.replace(/!\s*important$/i, '').trim();
      declarations.push({ property, value, important });
    }
    rules.push({ selectors: splitTopLevel(prelude, ',').map(parseSelector), declarations });
  }
  return rules;
}

const classesOf = (el: MarkupElement) =>
  new Set(
    decodeEntities(el.attrs.get('class') ?? '')
      .split(/\s+/)
      .filter(Boolean),
  );

function matchesCompound(el: MarkupElement, c: Compound): boolean {
  if (c.never) return false;
  if (c.tag && el.tag.toLowerCase() !== c.tag) return false;
  if (c.classes.length) {
    const own = classesOf(el);
    if (!c.classes.every((k) => own.has(k))) return false;
  }
  return c.attrs.every((a) =>
    a.value === undefined ? el.attrs.has(a.name) : decodeEntities(el.attrs.get(a.name) ?? '\0') === a.value,
  );
}

function matches(el: MarkupElement, s: Selector, index = 0): boolean {
  if (!matchesCompound(el, s.compounds[index]!)) return false;
  if (index === s.compounds.length - 1) return true;
  const combinator = s.combinators[index];
  for (let up = el.parent; up && up.tag !== '#root'; up = up.parent) {
    if (matches(up, s, index + 1)) return true;
    if (combinator === '>') return false;
  }
  return false;
}

// ---- values ----------------------------------------------------------------------------------

function hex(color: string): [number, number, number] | undefined {
  const m = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(color.trim());
  if (!m) return undefined;
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((k) => parseInt(h.slice(k, k + 2), 16)) as [number, number, number];
}

/** `color-mix(in srgb, #a 85%, #b)` of two hex colours → hex (other forms are left as they are). */
export function resolveColorMix(value: string): string {
  return value.replace(
    /color-mix\(\s*in\s+srgb\s*,\s*(#[\da-f]+)\s*(?:(\d+(?:\.\d+)?)%)?\s*,\s*(#[\da-f]+)\s*(?:(\d+(?:\.\d+)?)%)?\s*\)/gi,
    (whole, a: string, pa?: string, b?: string, pb?: string) => {
      const ca = hex(a);
      const cb = hex(b ?? '');
      if (!ca || !cb) return whole;
      const p = pa !== undefined ? Number(pa) / 100 : pb !== undefined ? 1 - Number(pb) / 100 : 0.5;
      return `#${ca
        .map((v, k) =>
          Math.round(v * p + cb[k]! * (1 - p))
            .toString(16)
            .padStart(2, '0'),
        )
        .join('')}`;
    },
  );
}

/** Substitute var(--x, fallback) from `custom`, innermost first. */
function substitute(value: string, custom: ReadonlyMap<string, string>, depth = 0): string {
  if (depth > 20) return value;
  const start = value.lastIndexOf('var(');
  if (start < 0) return value;
  let depthParen = 0;
  let end = start + 4;
  for (; end < value.length; end += 1) {
    if (value[end] === '(') depthParen += 1;
    else if (value[end] === ')') {
      if (depthParen === 0) break;
      depthParen -= 1;
    }
  }
  const inner = value.slice(start + 4, end);
  const comma = inner.indexOf(',');
  const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
  const fallback = comma < 0 ? '' : inner.slice(comma + 1).trim();
  const replacement = custom.get(name) ?? fallback;
  return substitute(value.slice(0, start) + replacement + value.slice(end + 1), custom, depth + 1);
}

// ---- the cascade -------------------------------------------------------------------------------

/** SVG properties the static output writes as presentation attributes. */
export const SVG_PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
] as const;
/** HTML inside an SVG (a foreignObject legend): written as inline style. */
const HTML_STYLE = [
  'color',
  'font-family',
  'font-size',
  'font-weight',
  'line-height',
  'display',
  'flex-wrap',
  'align-items',
  'justify-content',
  'gap',
  'margin',
  'padding',
  'padding-right',
  'border',
  'border-radius',
  'background',
  'list-style',
  'text-decoration',
  'min-height',
  'min-width',
] as const;
const INHERITED = new Set<string>([
  ...SVG_PAINT.filter((p) => p !== 'opacity'),
  'color',
  'line-height',
  'list-style',
]);
/** Initial values: what an SVG root is compared with. */
const INITIAL: Readonly<Record<string, string>> = {
  fill: 'black',
  'fill-opacity': '1',
  stroke: 'none',
  'stroke-width': '1',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  'paint-order': 'normal',
  opacity: '1',
  'font-style': 'normal',
  'font-weight': '400',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
};
const PRESENTATION = new Set<string>(SVG_PAINT);

interface Computed {
  readonly custom: Map<string, string>;
  readonly values: Map<string, string>;
}

function normalise(property: string, value: string): string {
  let v = resolveColorMix(value.trim());
  if (v === 'transparent' && (property === 'fill' || property === 'stroke')) v = 'none';
  if (property === 'font-weight') v = v === 'normal' ? '400' : v === 'bold' ? '700' : v;
  if (property === 'stroke-width' || property === 'stroke-dasharray') v = v.replace(/(\d)px\b/g, '$1');
  return v;
}

/**
 * Apply `rules` to every element under `root`; write the computed paint of SVG elements as
 * presentation attributes (only where it differs from what the element inherits), and the
 * styles of HTML inside SVG as inline style. Returns how many attributes were written.
 */
export function inlineStyles(root: MarkupElement, rules: readonly Rule[]): number {
  const computed = new Map<MarkupElement, Computed>();
  const empty: Computed = { custom: new Map(), values: new Map() };
  let written = 0;
  for (const el of elements(root)) {
    const parent = (el.parent && computed.get(el.parent)) || empty;
    // Matched declarations by (important, specificity, order); presentation attributes come first, weakest.
    const matched: { d: Declaration; rank: number }[] = [];
    for (const [name, value] of el.attrs)
      if (PRESENTATION.has(name))
        matched.push({ d: { property: name, value: decodeEntities(value), important: false }, rank: -1 });
    rules.forEach((rule, order) => {
      let best = -1;
      for (const s of rule.selectors) if (s.specificity > best && matches(el, s)) best = s.specificity;
      if (best < 0) return;
      for (const d of rule.declarations)
        matched.push({ d, rank: (d.important ? 1e9 : 0) + best * 1e4 + order });
    });
    matched.sort((a, b) => a.rank - b.rank);
    const specified = new Map<string, string>();
    for (const { d } of matched) specified.set(d.property, d.value);

    const custom = new Map(parent.custom);
    for (const [p, v] of specified) if (p.startsWith('--')) custom.set(p, v);
    for (const [p, v] of custom) if (v.includes('var(')) custom.set(p, substitute(v, custom));
    const values = new Map<string, string>();
    for (const p of [...SVG_PAINT, ...HTML_STYLE]) {
      const own = specified.get(p);
      if (own !== undefined && own !== 'inherit') {
        let v = normalise(p, substitute(own, custom));
        // Relative font sizes resolve against the parent's (px) size, as in the browser.
        const rel = p === 'font-size' ? /^([\d.]+)(em|%)$/.exec(v) : null;
        const parentPx = parseFloat(parent.values.get('font-size') ?? '16');
        if (rel) v = `${Math.round(Number(rel[1]) * (rel[2] === '%' ? 0.01 : 1) * parentPx * 100) / 100}px`;
        values.set(p, v);
      } else if (INHERITED.has(p) || own === 'inherit') {
        const inherited = parent.values.get(p);
        if (inherited !== undefined) values.set(p, inherited);
      }
    }
    computed.set(el, { custom, values });

    const inSvg = svgContext(el);
    if (inSvg === 'svg') {
      const outermost = el.tag === 'svg' && svgContext(el.parent) !== 'svg';
      for (const p of SVG_PAINT) {
        const v = values.get(p);
        if (v === undefined) continue;
        const base = outermost || !INHERITED.has(p) ? INITIAL[p] : (parent.values.get(p) ?? INITIAL[p]);
        if (v !== base) {
          el.attrs.set(p, escapeAttribute(v));
          written += 1;
        } else if (el.attrs.has(p)) el.attrs.delete(p);
      }
    } else if (inSvg === 'html-in-svg') {
      const style = HTML_STYLE.flatMap((p) => {
        const v = values.get(p);
        if (v === undefined || (INHERITED.has(p) && v === parent.values.get(p))) return [];
        return [`${p}:${v}`];
      });
      if (style.length) {
        el.attrs.set('style', escapeAttribute(style.join(';')));
        written += style.length;
      }
    }
  }
  return written;
}

/** Whether an element is SVG, HTML inside an SVG's foreignObject, or plain HTML. */
function svgContext(el: MarkupElement | undefined): 'svg' | 'html-in-svg' | 'html' {
  let sawForeign = false;
  for (let node = el; node && node.tag !== '#root'; node = node.parent) {
    if (node.tag === 'foreignObject') {
      if (node === el) return 'svg';
      sawForeign = true;
    }
    if (node.tag === 'svg') return sawForeign ? 'html-in-svg' : 'svg';
  }
  return 'html';
}

export { isElement };
