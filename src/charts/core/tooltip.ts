import { html, nothing, type TemplateResult } from 'lit';
import type { Dataset, Figure } from '../../data/types.js';
import { formatFigureValue } from '../../format/number.js';
import { formatPeriod } from '../../format/period.js';
import { findCounty, reportCitation } from './frame.js';
import type { Lang } from './language.js';
import type { TooltipContent } from './view.js';

/** The tooltip (part `tooltip`): rendered only while a mark is active, so it costs nothing until used. */
export function tooltipTemplate(
  content: TooltipContent | undefined,
  id = 'tip',
): TemplateResult | typeof nothing {
  return content
    ? html`<div class="tooltip" part="tooltip" role="tooltip" id=${id}>
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
      </div>`
    : nothing;
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
  const county = dataset && findCounty(dataset, figure.county);
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
  const quotes = new Map<string, { text: string; cite: string }>();
  for (const f of figures) {
    const q = figureQuote(f, dataset, lang);
    if (!quotes.has(q.text)) quotes.set(q.text, q);
  }
  return [...quotes.values()];
}

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
  const GAP = 8;
  const box = container.getBoundingClientRect();
  const m = mark.getBoundingClientRect();
  const w = tooltip.offsetWidth;
  const h = tooltip.offsetHeight;
  const x = Math.max(0, Math.min(box.width - w, (pointerX ?? m.left + m.width / 2) - box.left - w / 2));
  const above = m.top - box.top - GAP - h;
  const below = m.bottom - box.top + GAP;
  const y = above >= 0 ? above : below + h <= box.height ? below : Math.max(0, box.height - h);
  tooltip.style.translate = `${Math.round(x)}px ${Math.round(y)}px`;
}
