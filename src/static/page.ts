/** The HTML page around one static chart: no script, one small stylesheet, light theme, print rules. */
import { FONT_STACK, LIGHT } from '../charts/core/theme.js';
import type { Lang } from '../charts/core/index.js';
import { escapeAttribute } from './markup.js';

/**
 * Print in black and white: the palette is a luminance ladder (theme.ts), so greyscale keeps the
 * series apart; series outlines also differ by dash, estimates stay hollow, targets are ticks and
 * dashed paths. The same rules are in the live elements' base styles.
 */
export const STATIC_PRINT_CSS = `@media print {
  .chart { color: #000; background: #fff; break-inside: avoid; }
  .plot-svg, .swatch { filter: grayscale(1); }
  .c-s2 .outline, .c-s2.stroke, .c-s2 .stroke { stroke-dasharray: 7 3; }
  .c-s3 .outline, .c-s3.stroke, .c-s3 .stroke { stroke-dasharray: 2 2; }
  .c-s4 .outline, .c-s4.stroke, .c-s4 .stroke { stroke-dasharray: 9 3 2 3; }
  .c-s5 .outline, .c-s5.stroke, .c-s5 .stroke { stroke-dasharray: 1 3; }
  .subtitle, .footer, .summary, thead th { color: #333; }
  th, td { border-bottom-color: #999; }
}`;

/** Layout of the words around the SVG (the SVG itself carries its colours as attributes). */
export const STATIC_CSS = `.chart { max-width: 100%; font-family: ${FONT_STACK}; font-size: 14px; line-height: 1.45; color: ${LIGHT.text}; background: ${LIGHT.background}; padding: 12px 0 10px; }
.chart p, .chart ul { margin: 0; padding: 0; list-style: none; }
.title { font-size: 16px; font-weight: 600; line-height: 1.35; }
.subtitle { margin-top: 2px; font-size: 13px; color: ${LIGHT.textMuted}; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; margin-top: 6px !important; font-size: 12px; }
.legend li { display: inline-flex; align-items: center; gap: 6px; }
.plot { margin: 6px 0; }
.plot-svg { display: block; max-width: 100%; height: auto; overflow: visible; }
.footer, .summary { font-size: 11px; line-height: 1.4; color: ${LIGHT.textMuted}; }
.summary { margin-top: 6px !important; }
.table-wrap { margin-top: 10px; overflow-x: auto; font-size: 12px; }
.chart table { border-collapse: collapse; width: 100%; color: ${LIGHT.text}; }
.chart caption { text-align: start; font-weight: 600; padding: 0 0 4px; }
.chart th, .chart td { text-align: start; vertical-align: top; padding: 3px 8px 3px 0; border-bottom: 1px solid ${LIGHT.grid}; font-weight: 400; }
.chart thead th { font-weight: 600; color: ${LIGHT.textMuted}; border-bottom-color: ${LIGHT.axis}; }
${STATIC_PRINT_CSS}`;

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A whole page: `<!doctype html>` … the chart's markup, self-contained (no script, no external file). */
export function staticPage(chartHtml: string, title: string, lang: Lang, width: number): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(title)}</title>
<style>
body { margin: 16px; background: #fff; }
.county-chart-static { max-width: ${width}px; margin: 0; }
${STATIC_CSS}
</style>
</head>
<body>
<figure class="county-chart-static" data-width="${escapeAttribute(String(width))}">
${chartHtml.trim()}
</figure>
</body>
</html>
`;
}
