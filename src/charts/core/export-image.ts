/**
 * Export a drawn chart as a stand-alone SVG (and PNG from it). The SVG is a snapshot of what the
 * reader sees: the plot's SVG with its computed theme colours written as presentation attributes
 * (no stylesheet, no custom properties), and the words around it (title, legend, notes, source)
 * as SVG text at their rendered positions. Buttons, the tooltip and visually hidden text are left out.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Properties written on each SVG node when they differ from its parent's (or are not inherited). */
const PAINT = [
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
const PAINT_SET = new Set<string>(PAINT);
const NOT_INHERITED = new Set<string>(['opacity']);
const INITIAL: Readonly<Record<string, string>> = { opacity: '1' };

// Attributes that only matter to the live page (ids would clash, focus and ARIA need the page).
// Classes stay: they name what a shape is (mark, fill, c-target) for whoever edits the file.
const DROP_ATTRIBUTE = /^(style|id|tabindex|role|aria-.*|data-.*|part)$/;

type Paint = Record<string, string>;

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');
const num = (n: number) => String(Math.round(n * 100) / 100);
const transparent = (color: string) => color === 'transparent' || /^rgba\(.*,\s*0\)$/.test(color);

function paintOf(el: Element): Paint {
  const style = getComputedStyle(el);
  const paint: Paint = {};
  for (const p of PAINT) paint[p] = style.getPropertyValue(p);
  if (transparent(paint.fill!)) paint.fill = 'none';
  if (transparent(paint.stroke!)) paint.stroke = 'none';
  return paint;
}

function paintAttributes(paint: Paint, parent: Paint | undefined): string {
  let out = '';
  for (const p of PAINT) {
    const value = paint[p];
    if (!value) continue;
    const same = NOT_INHERITED.has(p) ? value === INITIAL[p] : parent?.[p] === value;
    if (!same) out += ` ${p}="${escapeAttr(value)}"`;
  }
  return out;
}

function hidden(el: Element): boolean {
  const style = getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden';
}

/** One SVG node and its subtree with computed paint inlined (foreignObject content is done as HTML). */
function svgNode(el: Element, parent: Paint | undefined, extra = ''): string {
  if (hidden(el) || el.localName === 'foreignObject') return '';
  const paint = paintOf(el);
  let attrs = '';
  for (const a of el.attributes)
    if (!DROP_ATTRIBUTE.test(a.name) && !PAINT_SET.has(a.name) && !extra.includes(` ${a.name}=`))
      attrs += ` ${a.name}="${escapeAttr(a.value)}"`;
  let inner = '';
  for (const child of el.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) inner += escapeText(child.textContent ?? '');
    else if (child instanceof Element) inner += svgNode(child, paint);
  }
  return `<${el.localName}${extra}${attrs}${paintAttributes(paint, parent)}>${inner}</${el.localName}>`;
}

/** A text node's rendered lines: [text, rect] per line box (a wrapped title gives several). */
function textLines(node: Text): [string, DOMRect][] {
  const text = node.data;
  const range = document.createRange();
  range.selectNodeContents(node);
  const rects = range.getClientRects();
  if (rects.length === 0) return [];
  if (rects.length === 1) return [[text, rects[0]!]];
  const lines: [string, DOMRect][] = [];
  let start = 0;
  let top = NaN;
  const flush = (end: number) => {
    if (end <= start) return;
    range.setStart(node, start);
    range.setEnd(node, end);
    lines.push([text.slice(start, end), range.getBoundingClientRect()]);
  };
  for (let i = 0; i < text.length; i += 1) {
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    const r = range.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (Number.isNaN(top)) top = r.top;
    else if (Math.abs(r.top - top) > r.height / 2) {
      flush(i);
      start = i;
      top = r.top;
    }
  }
  flush(text.length);
  return lines;
}

export interface SnapshotOptions {
  /** Subtrees to leave out (buttons, tooltip, hidden text). */
  readonly exclude: string;
  /** Title and description of the SVG document (read by screen readers and file browsers). */
  readonly title: string;
  readonly description?: string;
}

/**
 * `root` (the chart's frame) as a stand-alone SVG document of the same size: HTML text becomes
 * `<text>` at its rendered position, nested `<svg>` elements are copied with their paint inlined.
 */
export function snapshotSvg(root: HTMLElement, options: SnapshotOptions): string {
  const box = root.getBoundingClientRect();
  const rootStyle = getComputedStyle(root);
  const width = Math.ceil(box.width);
  const height = Math.ceil(box.height);
  const parts: string[] = [];
  const background = rootStyle.backgroundColor;
  if (background && !transparent(background))
    parts.push(`<rect width="${width}" height="${height}" fill="${escapeAttr(background)}"></rect>`);

  const walk = (el: Element): void => {
    if (el.matches(options.exclude) || hidden(el)) return;
    if (el.namespaceURI === SVG_NS && el.localName === 'svg') {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return;
      const place = ` x="${num(r.left - box.left)}" y="${num(r.top - box.top)}" overflow="visible"`;
      parts.push(svgNode(el, paintOf(root), place));
      // HTML drawn inside the SVG (a legend of buttons in a foreignObject): as text too.
      for (const fo of el.querySelectorAll('foreignObject')) for (const c of fo.children) walk(c);
      return;
    }
    for (const child of el.childNodes) {
      if (child instanceof Element) walk(child);
      else if (child.nodeType === Node.TEXT_NODE && child.textContent?.trim()) {
        const style = getComputedStyle(el);
        const font =
          ` font-size="${style.fontSize}" font-weight="${style.fontWeight}"` +
          (style.fontStyle !== 'normal' ? ` font-style="${style.fontStyle}"` : '');
        for (const [text, r] of textLines(child as Text)) {
          const t = text.replace(/\s+/g, ' ').trim();
          if (!t) continue;
          parts.push(
            `<text x="${num(r.left - box.left)}" y="${num(r.top - box.top + r.height / 2)}" dominant-baseline="central" fill="${escapeAttr(style.color)}"${font}>${escapeText(t)}</text>`,
          );
        }
      }
    }
  };
  for (const child of root.children) walk(child);

  const desc = options.description ? `<desc>${escapeText(options.description)}</desc>` : '';
  return (
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` font-family="${escapeAttr(rootStyle.fontFamily)}" font-size="${escapeAttr(rootStyle.fontSize)}">` +
    `<title>${escapeText(options.title)}</title>${desc}${parts.join('')}</svg>`
  );
}

/** Width and height of a stand-alone SVG from its root attributes. */
function svgSize(svgText: string): { width: number; height: number } {
  const root = /<svg[^>]*>/.exec(svgText)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  return { width, height };
}

/**
 * Rasterise an SVG document at `scale` × its size. The image loads from a data: URL, which a
 * strict news-site CSP allows (`img-src 'self' data:`), where blob: URLs are often blocked.
 */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const { width, height } = svgSize(svgText);
  if (!(width > 0 && height > 0)) throw new Error('export: the SVG has no size');
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('export: no 2D canvas');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('export: PNG encoding failed'))),
      'image/png',
    ),
  );
}

/** Offer `blob` as a file download (an object URL only navigated to, never loaded as an image). */
export function saveFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
