/**
 * The layout's shapes and texts as Lit templates with few parts. Drawing cost grows with DOM nodes,
 * Lit's comment markers included (one per `${}` between tags, two per array item), and with
 * templates (each is a fragment cloned and inserted). So a row is one template with its hit area,
 * name and periods in place; a list of shapes or texts is nested templates, each holding the ones
 * drawn before it (`rest`), up to four texts to a template.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { GroupLayout, RowLayout, Shape, TextBox } from './layout.js';

/** What is drawn before: a template, or nothing. */
export type Drawn = SVGTemplateResult | typeof nothing;

type Rect = readonly [string, number, number, number, number];
const isRect = (s: Shape | undefined): s is Rect => !!s && s.length > 2;

/** `list` drawn after `rest`, in order (the usual row draws its two rects in its own template). */
export const shapes = (list: readonly Shape[], rest: Drawn = nothing): Drawn =>
  list.reduce<Drawn>(
    (before, s) =>
      isRect(s)
        ? svg`${before}<rect class=${s[0]} x=${s[1]} y=${s[2]} width=${s[3]} height=${s[4]}></rect>`
        : svg`${before}<path class=${s[0]} d=${s[1]}></path>`,
    rest,
  );

/**
 * `list` drawn after `rest`, in order: up to four plain texts share a template; the values column
 * has its own, its parts each in its mark's colour ("8% → ≥9%").
 */
export function texts(list: readonly TextBox[], rest: Drawn = nothing): Drawn {
  for (let i = 0; i < list.length;) {
    let plain = 0;
    while (plain < 4 && i + plain < list.length && !list[i + plain]!.parts) plain++;
    const [a, b, c, d] = list.slice(i, i + 4) as [TextBox, TextBox, TextBox, TextBox];
    if (plain === 4) {
      rest = svg`${rest}<text class=${a.c} x=${a.x} y=${a.y}>${a.text}</text><text class=${b.c} x=${b.x} y=${b.y}>${b.text}</text><text class=${c.c} x=${c.x} y=${c.y}>${c.text}</text><text class=${d.c} x=${d.x} y=${d.y}>${d.text}</text>`;
      i += 4;
    } else if (plain >= 2) {
      rest = svg`${rest}<text class=${a.c} x=${a.x} y=${a.y}>${a.text}</text><text class=${b.c} x=${b.x} y=${b.y}>${b.text}</text>`;
      i += 2;
    } else {
      rest = a.parts
        ? svg`${rest}<text class=${a.c} x=${a.x} y=${a.y}><tspan class="v-actual">${a.parts[0]}</tspan> → <tspan class="v-target">${a.parts[1]}</tspan></text>`
        : svg`${rest}<text class=${a.c} x=${a.x} y=${a.y}>${a.text}</text>`;
      i += 1;
    }
  }
  return rest;
}

/** Every group's grid, axis, group label and tick labels, one group after another. */
export const groups = (list: readonly GroupLayout[]): Drawn =>
  list.reduce<Drawn>((rest, g) => texts(g.texts, shapes(g.shapes, rest)), nothing);

/**
 * A row's mark content: its hit area (the row's pointer target, highlight and focus ring) under
 * the bars and the target marker, then its words. The layout lists the hit area first among the
 * shapes, the name and periods first among the texts and the change last. The usual row (two rects,
 * the actual bar and the target tick or range, and a change) is one template with its other shapes
 * and words in one part.
 */
export function rowContent(r: RowLayout): SVGTemplateResult {
  const [hit, a, b, ...more] = r.shapes;
  const [, x, y, width, height] = hit as Rect;
  const [name, sub, ...words] = r.texts as [TextBox, TextBox, ...TextBox[]];
  const change = words.at(-1);
  if (isRect(a) && isRect(b) && change?.c === 'change')
    return svg`<rect class="hit" x=${x} y=${y} width=${width} height=${height}></rect><rect class=${a[0]} x=${a[1]} y=${a[2]} width=${a[3]} height=${a[4]}></rect><rect class=${b[0]} x=${b[1]} y=${b[2]} width=${b[3]} height=${b[4]}></rect>${texts(words.slice(0, -1), shapes(more))}<text class=${name.c} x=${name.x} y=${name.y}>${name.text}</text><text class=${sub.c} x=${sub.x} y=${sub.y}>${sub.text}</text><text class=${change.c} x=${change.x} y=${change.y}>${change.text}</text>`;
  return svg`<rect class="hit" x=${x} y=${y} width=${width} height=${height}></rect>${texts(words, shapes(r.shapes.slice(1)))}<text class=${name.c} x=${name.x} y=${name.y}>${name.text}</text><text class=${sub.c} x=${sub.x} y=${sub.y}>${sub.text}</text>`;
}
