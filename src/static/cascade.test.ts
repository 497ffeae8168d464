import { describe, expect, it } from 'vitest';
import { inlineStyles, parseCss, resolveColorMix } from './cascade.js';
import { elements, parseMarkup, serializeMarkup, type MarkupElement } from './markup.js';

function styled(css: string, markup: string): MarkupElement {
  const root = parseMarkup(markup);
  inlineStyles(root, parseCss(css));
  return root;
}
const byId = (root: MarkupElement, id: string) =>
  [...elements(root)].find((el) => el.attrs.get('id') === id)!;

describe('cascade', () => {
  const theme = `.chart { --_a: var(--county-chart-a, #112233); --_t: var(--county-chart-t, #000000); fill: var(--_t); font-size: 14px; }
    .c-a { --_c: var(--_a); }
    .fill { fill: var(--_c); stroke: none; }
    .plot-svg { font-size: 12px; }
    .plot-svg text { fill: var(--_t); }
    .tick { fill: red; font-size: 11px; }
    .hit { fill: transparent; }
    .mark:focus-visible .hit { stroke: blue; }
    :host([theme='dark']) .chart { --_a: #ffffff; }
    @media (prefers-color-scheme: dark) { .chart { --_a: #eeeeee; } }
    .legend { font-size: 0.5em; }`;
  const page = `<div class="chart"><ul class="legend"><li><svg id="sw" class="swatch"><rect id="sw-r" class="c-a fill"></rect></svg></li></ul>
    <svg id="root" class="plot-svg"><g class="mark c-a" id="g"><rect id="hit" class="hit"></rect><rect id="r" class="fill"></rect></g>
    <text id="t" class="tick" text-anchor="end">1</text><rect id="own" fill="#abcdef"></rect></svg></div>`;
  const root = styled(theme, page);

  it('resolves custom properties through inheritance and var() fallbacks', () => {
    expect(byId(root, 'r').attrs.get('fill')).toBe('#112233');
    expect(byId(root, 'sw-r').attrs.get('fill')).toBe('#112233');
    expect(byId(root, 'r').attrs.has('stroke')).toBe(false); // none = inherited none: not written
  });

  it('writes inherited paint on the outermost svg only, descendants only where they differ', () => {
    const svg = byId(root, 'root');
    expect(svg.attrs.get('fill')).toBe('#000000');
    expect(svg.attrs.get('font-size')).toBe('12px');
    expect(byId(root, 'g').attrs.has('fill')).toBe(false);
  });

  it('follows specificity like a browser: .plot-svg text beats .tick', () => {
    const t = byId(root, 't');
    expect(t.attrs.has('fill')).toBe(false); // = inherited #000000, not red
    expect(t.attrs.get('font-size')).toBe('11px');
    expect(t.attrs.get('text-anchor')).toBe('end'); // presentation attribute kept
  });

  it('maps transparent to none, ignores states, :host and @media', () => {
    expect(byId(root, 'hit').attrs.get('fill')).toBe('none');
    expect(byId(root, 'hit').attrs.has('stroke')).toBe(false);
    expect(serializeMarkup(root)).not.toContain('#ffffff');
    expect(serializeMarkup(root)).not.toContain('#eeeeee');
  });

  it('lets a stylesheet rule beat a presentation attribute, and keeps the attribute when no rule applies', () => {
    expect(byId(root, 'own').attrs.get('fill')).toBe('#abcdef');
    const r = styled('.x { fill: #010101; }', '<svg><rect id="a" class="x" fill="#999999"></rect></svg>');
    expect(byId(r, 'a').attrs.get('fill')).toBe('#010101');
  });

  it('resolves relative font sizes against the parent', () => {
    expect(byId(root, 'sw').attrs.get('font-size')).toBe('7px'); // 0.5em of 14px
  });

  it('applies !important over specificity, child combinators and attribute selectors', () => {
    const r = styled(
      `.a .b { fill: #111111; } .b { fill: #222222 !important; } .p > .c { stroke: #333333; } [data-k='v'] { opacity: 0.5; }`,
      `<svg><g class="a"><rect id="b" class="b"></rect></g><g class="p"><g><rect id="c" class="c"></rect></g><rect id="d" class="c" data-k="v"></rect></g></svg>`,
    );
    expect(byId(r, 'b').attrs.get('fill')).toBe('#222222');
    expect(byId(r, 'c').attrs.has('stroke')).toBe(false);
    expect(byId(r, 'd').attrs.get('stroke')).toBe('#333333');
    expect(byId(r, 'd').attrs.get('opacity')).toBe('0.5');
  });

  it('writes HTML inside a foreignObject as inline style', () => {
    const r = styled(
      `.chart { color: #123456; } .leg { display: flex; gap: 4px; color: #654321; }`,
      `<div class="chart"><svg><foreignObject><ul id="u" class="leg"><li>x</li></ul></foreignObject></svg></div>`,
    );
    expect(byId(r, 'u').attrs.get('style')).toBe('color:#654321;display:flex;gap:4px');
  });
});

describe('resolveColorMix', () => {
  it.each([
    ['color-mix(in srgb, #ff0000 75%, #0000ff)', '#bf0040'],
    ['color-mix(in srgb, #ffffff 50%, #000000)', '#808080'],
    ['color-mix(in srgb, #000000, #ffffff 25%)', '#404040'],
    ['color-mix(in oklch, #000 50%, #fff)', 'color-mix(in oklch, #000 50%, #fff)'],
  ])('%s → %s', (input, expected) => expect(resolveColorMix(input)).toBe(expected));
});

describe('markup', () => {
  it('drops Lit comments, keeps attributes and text as written', () => {
    const html =
      '<!--lit-part abc--><p class="t" title="a &amp; b">x &lt; y</p><!--/lit-part--><br><svg><path d="M0 0"/></svg>';
    expect(serializeMarkup(parseMarkup(html))).toBe(
      '<p class="t" title="a &amp; b">x &lt; y</p><br><svg><path d="M0 0"></path></svg>',
    );
  });
});
