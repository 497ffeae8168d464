import { html, nothing, type TemplateResult } from 'lit';
import type { Dataset, Figure } from '../../data/types.js';
import { formatFigureValue, formatPeriod } from '../../format/index.js';
import { findCounty, reportCitation } from './frame.js';
import type { Lang } from './language.js';
import type { TooltipContent } from './view.js';

/** The tooltip (part `tooltip`): rendered only while a mark is active, so it costs nothing until used. */
export function tooltipTemplate(
  content: TooltipContent | undefined,
  id: string,
): TemplateResult | typeof nothing {
  if (!content) return nothing;
  return html`<div class="tooltip" part="tooltip" role="tooltip" id=${id}>
    <p class="tt-title">${content.title}</p>
    ${
      content.rows.length
        ? html`<dl>
            ${content.rows.map(
              (r) =>
                html`<div>
                  <dt>${r.label}</dt>
                  <dd>${r.value}</dd>
                </div>`,
            )}
          </dl>`
        : nothing
    }
    ${content.note ? html`<p class="tt-note">${content.note}</p>` : nothing}
    ${content.quotes.map(
      (q) =>
        html`<blockquote>
          <p>“${q.text}”</p>
          <cite>${q.cite}</cite>
        </blockquote>`,
    )}
  </div>`;
}

/** A tooltip line for one figure: "2022 目标" → "≥8%". */
export function figureRow(figure: Figure, lang: Lang): { label: string; value: string } {
  return { label: formatPeriod(figure.period, figure.kind, lang), value: formatFigureValue(figure, lang) };
}

/** The quote for a figure: its sentence, cited as "通化县 2022年政府工作报告". */
export function figureQuote(
  figure: Figure,
  dataset: Dataset | undefined,
  lang: Lang,
): { text: string; cite: string } {
  const county = dataset ? findCounty(dataset, figure.county) : undefined;
  return {
    text: figure.source.sentence.trim(),
    cite: county ? reportCitation(county, lang) : figure.source.seed,
  };
}

/** Distinct quotes for several figures (two figures from one sentence are quoted once). */
export function figureQuotes(
  figures: readonly Figure[],
  dataset: Dataset | undefined,
  lang: Lang,
): { text: string; cite: string }[] {
  const seen = new Set<string>();
  const out: { text: string; cite: string }[] = [];
  for (const f of figures) {
    const q = figureQuote(f, dataset, lang);
    if (!seen.has(q.text)) {
      seen.add(q.text);
      out.push(q);
    }
  }
  return out;
}

const GAP = 8;

/**
 * Place the tooltip next to the mark inside the plot box: above it when there is room, else below;
 * horizontally at `pointerX` (or the mark's centre), clamped to the box. Uses CSSOM
 * (`style.translate`), which a strict CSP allows, unlike a `style` attribute string.
 */
export function positionTooltip(
  tooltip: HTMLElement,
  mark: Element,
  container: HTMLElement,
  pointerX?: number,
): void {
  const box = container.getBoundingClientRect();
  const m = mark.getBoundingClientRect();
  const w = tooltip.offsetWidth;
  const h = tooltip.offsetHeight;
  const centre = (pointerX ?? m.left + m.width / 2) - box.left;
  const x = Math.max(0, Math.min(box.width - w, centre - w / 2));
  const above = m.top - box.top - GAP - h;
  const below = m.bottom - box.top + GAP;
  const y = above >= 0 ? above : below + h <= box.height ? below : Math.max(0, box.height - h);
  tooltip.style.translate = `${Math.round(x)}px ${Math.round(y)}px`;
}
