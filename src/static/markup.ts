/**
 * A minimal markup tree for the HTML that @lit-labs/ssr writes (well-formed, attributes quoted):
 * enough to walk it, add attributes and write it back. Comments (Lit's hydration markers) are dropped.
 */
export interface MarkupElement {
  tag: string;
  /** Attribute values as written (entity-escaped). */
  readonly attrs: Map<string, string>;
  readonly children: MarkupNode[];
  readonly parent: MarkupElement | undefined;
}
/** Raw (escaped) text. */
export interface MarkupText {
  readonly text: string;
}
export type MarkupNode = MarkupElement | MarkupText;

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'wbr',
]);
const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?>|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>|[^<]+|</g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

export const isElement = (node: MarkupNode): node is MarkupElement => 'tag' in node;

export function parseMarkup(markup: string): MarkupElement {
  const root: MarkupElement = { tag: '#root', attrs: new Map(), children: [], parent: undefined };
  let current = root;
  for (const m of markup.matchAll(TOKEN)) {
    const [token, closing, opening, attrText, selfClosing] = m;
    if (token.startsWith('<!--') || token.startsWith('<?')) continue;
    if (closing) {
      // Close up to the matching open element (tolerates a stray close tag).
      let node: MarkupElement | undefined = current;
      while (node && node.tag !== closing.toLowerCase() && node.tag !== closing) node = node.parent;
      if (node?.parent) current = node.parent;
    } else if (opening) {
      const attrs = new Map<string, string>();
      for (const a of (attrText ?? '').matchAll(ATTR)) attrs.set(a[1]!, a[2] ?? a[3] ?? a[4] ?? '');
      const tag = opening.includes(':') || /[A-Z]/.test(opening) ? opening : opening.toLowerCase();
      const element: MarkupElement = { tag, attrs, children: [], parent: current };
      current.children.push(element);
      if (!selfClosing && !VOID.has(tag)) current = element;
    } else {
      current.children.push({ text: token });
    }
  }
  return root;
}

export function serializeMarkup(node: MarkupNode): string {
  if (!isElement(node)) return node.text;
  const inner = node.children.map(serializeMarkup).join('');
  if (node.tag === '#root') return inner;
  let attrs = '';
  // Always name="value": valid HTML, and the SVG stays well-formed XML when copied out.
  for (const [name, value] of node.attrs) attrs += ` ${name}="${value}"`;
  return VOID.has(node.tag) ? `<${node.tag}${attrs}>` : `<${node.tag}${attrs}>${inner}</${node.tag}>`;
}

export const escapeAttribute = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Every element under `node`, depth first, in document order. */
export function* elements(node: MarkupElement): Generator<MarkupElement> {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    yield child;
    yield* elements(child);
  }
}

/** The text content, entities decoded (for tests and summaries). */
export function textContent(node: MarkupNode): string {
  if (!isElement(node)) return decodeEntities(node.text);
  return node.children.map(textContent).join('');
}

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[\da-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k.startsWith('#x')) return String.fromCodePoint(parseInt(k.slice(2), 16));
    if (k.startsWith('#')) return String.fromCodePoint(Number(k.slice(1)));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' } as Record<string, string>)[
      k
    ]!;
  });
}
