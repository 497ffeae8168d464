/**
 * Slips an editor makes pasting a snippet into a CMS that the HTML parser turns into something else,
 * read back as the editor meant (each also said in the console):
 * - typographic quotes from a word processor: `county=“tonghua”` has the value `“tonghua”`, and
 *   `indicators=“gdp fiscal-revenue”` ends at the space, leaving an attribute `fiscal-revenue”`;
 * - a missing end tag, or `<county-radar … />` written as in JSX (HTML has no self-closing custom
 *   elements): everything after the chart, up to its parent's end, becomes the chart's children,
 *   and a shadow root without a slot shows none of them. The article loses its paragraphs.
 */

// Quotation marks an editor or a word processor may put around a value, either way round (a word
// processor that closed a quote after `=` gives `”tonghua”`).
const QUOTES = '“”‘’„‚«»‹›「」『』＂＇"\'';
const AROUND = new RegExp(`^[${QUOTES}]+|[${QUOTES}]+$`, 'gu');

/** A value without the quotation marks around it (`“tonghua”` → `tonghua`). */
export const unquote = (value: string): string => value.replace(AROUND, '');

/**
 * Values that typographic quotes split across attributes, rejoined in their order: for
 * `indicators=“gdp fiscal-revenue”` the parser gives `indicators` = `“gdp` and an empty attribute
 * `fiscal-revenue”`, and this gives `indicators` = `gdp fiscal-revenue`. Attributes as the element
 * has them (`name`, `value`), in document order; only values that open a quote and do not close it
 * are rejoined, with the value-less attributes that follow, up to the one that closes it.
 */
export function rejoinSplitValues(
  attributes: readonly { readonly name: string; readonly value: string }[],
): { readonly name: string; readonly value: string; readonly parts: readonly string[] }[] {
  const rejoined = [];
  for (let i = 0; i < attributes.length; i++) {
    const { name, value } = attributes[i]!;
    if (!value || !QUOTES.includes(value[0]!) || QUOTES.includes(value.at(-1)!)) continue;
    const parts: string[] = [];
    let j = i + 1;
    for (; j < attributes.length && attributes[j]!.value === ''; j++) {
      parts.push(attributes[j]!.name);
      if (QUOTES.includes(attributes[j]!.name.at(-1)!)) break;
    }
    if (j === attributes.length || !parts.length) continue;
    rejoined.push({ name, value: unquote([value, ...parts].join(' ')), parts });
    i = j;
  }
  return rejoined;
}

/** Whether a node is something the page shows: an element, or text that is not only white space. */
const isContent = (node: Node): boolean =>
  node.nodeType === Node.ELEMENT_NODE || (node.nodeType === Node.TEXT_NODE && !!node.nodeValue?.trim());

/**
 * Move the page's content that the parser put inside `chart` (a missing end tag) back after it,
 * where the editor wrote it, and say so. Only for charts that came from the page's HTML: a
 * framework that gave the element children owns them.
 */
export function releaseSwallowedContent(chart: Element): void {
  const nodes = [...chart.childNodes];
  if (!nodes.some(isContent)) return;
  chart.after(...nodes);
  const tag = chart.localName;
  console.warn(
    `<${tag}>: no </${tag}> (<${tag} … /> is a start tag in HTML): moved ${nodes.length} nodes of the page out`,
  );
}

/** Run `then` once the page is parsed (at once if it is); returns a function that cancels it. */
export function afterParse(then: () => void): (() => void) | undefined {
  if (document.readyState !== 'loading') return void then();
  const run = (): void => then();
  document.addEventListener('DOMContentLoaded', run, { once: true });
  return () => document.removeEventListener('DOMContentLoaded', run);
}

/**
 * The `height` attribute in pixels: `400`, `400px`, ` 400 PX `. Another unit (`40%`, `30em`,
 * `auto`) is not pixels, and reading its number would draw a tiny chart: undefined, said in the
 * console (the chart keeps its aspect ratio).
 */
export function pixelHeight(value: string | null): number | undefined {
  if (value === null) return undefined;
  const match = /^\s*(\d+(?:\.\d*)?|\.\d+)\s*(?:px)?\s*$/i.exec(unquote(value));
  if (!match) console.warn(`height="${value}" is not in pixels (height="400"), ignored`);
  return match ? Number(match[1]) : undefined;
}
