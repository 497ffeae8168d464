/**
 * The radar's SVG marks as Lit templates, lean on purpose (issue 9: a radar drew ~600 DOM nodes):
 * no whitespace between tags, no wrapper `g` where a class on the shape will do, one child part per
 * panel for its texts and shapes, and a static template per common case instead of conditional
 * parts (each `${}` child part costs a comment node, each repeated item two).
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { RadarVertex } from '../../data/comparison.js';
import { seriesClass } from '../core/index.js';
import type { AxisLabel, CountyShape, RadarLayout, RadarPanel } from './layout.js';

type Template = SVGTemplateResult;

/** Template strings of `n` child parts and nothing else, made once per `n` (as lit/static-html makes its strings). */
const partStrings = new Map<number, TemplateStringsArray>();
function stringsOf(n: number): TemplateStringsArray {
  let strings = partStrings.get(n);
  if (!strings) {
    const list: string[] = Array.from({ length: n + 1 }, () => '');
    strings = Object.assign(list, { raw: list }) as unknown as TemplateStringsArray;
    partStrings.set(n, strings);
  }
  return strings;
}

/**
 * Items rendered side by side as one template with a child part each: one comment node per item,
 * where an array costs two per item and one more (Lit brackets each item of an iterable).
 */
export const inline = (items: readonly Template[]): Template => svg(stringsOf(items.length), ...items);
/** The same for HTML items (the legend's list). */
export const inlineHtml = (items: readonly TemplateResult[]): TemplateResult =>
  html(stringsOf(items.length), ...items);

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * A 'not reported' ×, drawn as a filled cross (two bars 2 px wide, arms reaching 4 px along each
 * diagonal) so that its stroke is free to be the transparent pointer target (see styles.ts): from
 * the inner corner above the centre, round the twelve corners (arm ends square).
 */
export const gapCross = (x: number, y: number): string =>
  `M${round(x)},${round(y - 1.41)}l3.29-3.29 1.41 1.41-3.29 3.29 3.29 3.29-1.41 1.41-3.29-3.29-3.29 3.29-1.41-1.41 3.29-3.29-3.29-3.29 1.41-1.41z`;

/** A vertex at rest, a template per kind: only its position is bound (an attribute set per part). */
const RESTING: Readonly<Record<string, (x: number, y: number) => Template>> = {
  actual: (x, y) =>
    svg`<circle class="hit" cx=${x} cy=${y} r="8"></circle><circle class="vertex actual" cx=${x} cy=${y} r="3.5"></circle>`,
  estimate: (x, y) =>
    svg`<circle class="hit" cx=${x} cy=${y} r="8"></circle><circle class="vertex estimate" cx=${x} cy=${y} r="3.5"></circle>`,
  target: (x, y) =>
    svg`<circle class="hit" cx=${x} cy=${y} r="8"></circle><circle class="vertex target" cx=${x} cy=${y} r="3.5"></circle>`,
};

/** A vertex's shapes inside its mark: the pointer target (and focus ring) and the dot, filled or hollow. */
export function vertexShapes(vx: number, vy: number, kind: RadarVertex['kind'], active: boolean): Template {
  // Hundredths of a pixel, as the paths: shorter attributes, cheaper to write than a full double.
  const x = round(vx);
  const y = round(vy);
  const resting = !active && Object.hasOwn(RESTING, kind) ? RESTING[kind] : undefined;
  return resting
    ? resting(x, y)
    : svg`<circle class="hit" cx=${x} cy=${y} r="8"></circle><circle class="vertex ${kind}" cx=${x} cy=${y} r=${active ? 5 : 3.5}></circle>`;
}

/** The same with the value written just inside the vertex (the emphasised county on one radar). */
export const labelledVertexShapes = (
  vx: number,
  vy: number,
  kind: RadarVertex['kind'],
  active: boolean,
  angle: number,
  text: string,
): Template => {
  const x = round(vx);
  const y = round(vy);
  const cos = Math.cos(angle);
  const anchor = cos < -0.25 ? 'start' : cos > 0.25 ? 'end' : 'middle';
  return svg`<circle class="hit" cx=${x} cy=${y} r="8"></circle><circle class="vertex ${kind}" cx=${x} cy=${y} r=${active ? 5 : 3.5}></circle><text class="value-label" x=${round(x - cos * 10)} y=${round(y - Math.sin(angle) * 10 + 4)} text-anchor=${anchor}>${text}</text>`;
};

/**
 * A gap's mark content: the × is its own pointer target (its transparent stroke, styles.ts). The
 * active mark (tooltip open, as on keyboard focus) gets the vertices' ring instead, the focus ring.
 */
export const gapShape = (x: number, y: number, active: boolean): Template =>
  active
    ? svg`<circle class="hit" cx=${x} cy=${y} r="8"></circle><path class="gap-mark" d=${gapCross(x, y)}></path>`
    : svg`<path class="hit gap-mark" d=${gapCross(x, y)}></path>`;

/**
 * An axis label: the name's lines as tspans, the mixed-period `*` at the end of the last line, then
 * the 'lower is better' note and the full name as a title when the lines cut it.
 */
function axisLabel(t: AxisLabel, className: string, star: boolean): Template {
  const lines = star && t.lines.length ? [...t.lines.slice(0, -1), `${t.lines.at(-1)}*`] : t.lines;
  const { x, y, lineHeight: dy } = t;
  if (!t.note && !t.full) {
    if (lines.length === 1)
      return svg`<text class=${className} text-anchor=${t.anchor}><tspan x=${x} y=${y}>${lines[0]}</tspan></text>`;
    if (lines.length === 2)
      return svg`<text class=${className} text-anchor=${t.anchor}><tspan x=${x} y=${y}>${lines[0]}</tspan><tspan x=${x} y=${y + dy}>${lines[1]}</tspan></text>`;
  }
  return svg`<text class=${className} text-anchor=${t.anchor}>${inline(
    lines.map((line, k) => svg`<tspan x=${x} y=${y + k * dy}>${line}</tspan>`),
  )}${t.note ? svg`<tspan class="note tick" x=${x} y=${y + lines.length * dy}>${t.note}</tspan>` : ''}${
    t.full ? svg`<title>${t.full}</title>` : ''
  }</text>`;
}

/**
 * A county's shape: one path filled and outlined when the outline is the closed ring the fill is;
 * else the fill (wedges from the centre) and the outline broken at each gap as two paths.
 */
function countyShape(s: CountyShape): Template {
  const c = `shape ${seriesClass(s.colorIndex)}${s.highlighted ? ' highlighted' : ''}${s.dimmed ? ' dimmed' : ''}`;
  return s.outline === s.fill
    ? svg`<path class="${c} area stroke outline" d=${s.fill}></path>`
    : svg`<path class="${c} area" d=${s.fill}></path><path class="${c} stroke outline" d=${s.outline}></path>`;
}

export interface PanelOptions {
  readonly mode: RadarLayout['mode'];
  /** Indicator of the active mark: its axis label is bold. */
  readonly activeIndicator?: string | null;
  /** Per axis: the counties' figures on it differ in kind or period (a note under the plot says so). */
  readonly mixedPeriods: readonly boolean[];
}

/** One radar: grid and frame paths, then ring ticks, title, axis labels and county shapes in one part. */
export function panelTemplate(
  p: RadarPanel,
  { mode, activeIndicator, mixedPeriods }: PanelOptions,
): Template {
  const content: Template[] = [];
  for (const { label: t } of p.rings)
    if (t) content.push(svg`<text class="tick muted" x=${t.x} y=${t.y}>${t.text}</text>`);
  if (p.title)
    content.push(
      svg`<text class="panel-title" x=${p.title.x} y=${p.title.y} text-anchor="middle">${p.title.text}</text>`,
    );
  p.axes.forEach(({ label, indicator }, i) =>
    content.push(
      axisLabel(label, indicator === activeIndicator ? 'axis-label active' : 'axis-label', !!mixedPeriods[i]),
    ),
  );
  for (const s of p.shapes) content.push(countyShape(s));
  return svg`<g class="panel ${mode}" aria-hidden="true"><path class="grid" d=${p.grid}></path><path class="axis" d=${p.frame}></path>${inline(content)}</g>`;
}
