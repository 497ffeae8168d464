import { html, type TemplateResult } from 'lit';

/** A column of `width` px as an article would give a chart, dark page behind a dark chart. */
export function storyFrame(width: number, theme: string, chart: TemplateResult): TemplateResult {
  return html`<div
    style="width:${width}px;max-width:100%;padding:8px;background:${theme === 'dark' ? '#0b0c0f' : '#f6f6f4'}"
  >
    ${chart}
  </div>`;
}
