/**
 * The trend line's layout as Lit templates with few parts. Drawing cost grows with DOM nodes, Lit's
 * comment markers included (one per `${}` between tags, two per array item), and with templates
 * (each is a fragment cloned and inserted). So a mark is one template with no part between tags but
 * a span's label, and the lines and texts behind the marks are nested templates, each holding the
 * ones drawn before it (`rest`), up to four texts to a template.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { PlacedMark } from './layout.js';

/** What is drawn before: a template, or nothing. */
export type Drawn = SVGTemplateResult | typeof nothing;

/** A text behind the marks: class (which sets its text-anchor, styles.ts), x, y, words. */
export type Label = readonly [string, number, number, string];

/** `list` drawn after `rest`, in order, up to four to a template. */
export function labels(list: readonly Label[], rest: Drawn = nothing): Drawn {
  for (let i = 0; i < list.length;) {
    const [a, b, c, d] = list.slice(i, i + 4) as [Label, Label, Label, Label];
    const left = list.length - i;
    if (left >= 4) {
      rest = svg`${rest}<text class=${a[0]} x=${a[1]} y=${a[2]}>${a[3]}</text><text class=${b[0]} x=${b[1]} y=${b[2]}>${b[3]}</text><text class=${c[0]} x=${c[1]} y=${c[2]}>${c[3]}</text><text class=${d[0]} x=${d[1]} y=${d[2]}>${d[3]}</text>`;
      i += 4;
    } else if (left >= 2) {
      rest = svg`${rest}<text class=${a[0]} x=${a[1]} y=${a[2]}>${a[3]}</text><text class=${b[0]} x=${b[1]} y=${b[2]}>${b[3]}</text>`;
      i += 2;
    } else {
      rest = svg`${rest}<text class=${a[0]} x=${a[1]} y=${a[2]}>${a[3]}</text>`;
      i += 1;
    }
  }
  return rest;
}

/** Paths (class, d) drawn after `rest`, in order. */
export const paths = (list: readonly (readonly [string, string])[], rest: Drawn = nothing): Drawn =>
  list.reduce<Drawn>((before, [c, d]) => svg`${before}<path class=${c} d=${d}></path>`, rest);

/**
 * A mark's shapes: the hit area (its pointer target and focus ring), then a dot (actual solid,
 * estimate or derived hollow), a diamond (a goal, stated or implied) or a span (a total at its
 * yearly mean, over its years) with its label when the layout found room for it (else the tooltip
 * and the table carry it).
 */
export function markShapes({ x, y, x0, x1, kind, period, labelAt, label }: PlacedMark): SVGTemplateResult {
  const fill = kind === 'actual' ? 'fill' : 'hollow';
  if (!period)
    return kind === 'target' || kind === 'implied'
      ? svg`<circle class="hit" cx=${x} cy=${y} r="11"></circle><path class=${fill} d=${`M${x},${y - 6}L${x + 6},${y}L${x},${y + 6}L${x - 6},${y}Z`}></path>`
      : svg`<circle class="hit" cx=${x} cy=${y} r="11"></circle><circle class=${fill} cx=${x} cy=${y} r="4.5"></circle>`;
  const w = Math.max(2, x1 - x0);
  const span = `span ${kind}`;
  return labelAt
    ? svg`<rect class="hit" x=${x0} y=${y - 10} width=${w} height="20"></rect><rect class=${span} x=${x0} y=${y - 3} width=${w} height="6"></rect><text class="span-label" x=${labelAt.x} y=${labelAt.y}>${label}</text>`
    : svg`<rect class="hit" x=${x0} y=${y - 10} width=${w} height="20"></rect><rect class=${span} x=${x0} y=${y - 3} width=${w} height="6"></rect>`;
}
