import { html, type TemplateResult } from 'lit';
import type { ExportFormat } from './export.js';
import { uiText, type Lang } from './language.js';

export type { ExportFormat };

const ITEMS: readonly {
  readonly format: ExportFormat;
  readonly word: 'downloadSvg' | 'downloadPng' | 'downloadCsv';
}[] = [
  { format: 'svg', word: 'downloadSvg' },
  { format: 'png', word: 'downloadPng' },
  { format: 'csv', word: 'downloadCsv' },
];

/** Escape closes the menu and gives focus back to its summary button. */
function onKeyDown(event: KeyboardEvent): void {
  if (event.key !== 'Escape') return;
  const details = event.currentTarget as HTMLDetailsElement;
  if (!details.open) return;
  event.stopPropagation();
  details.open = false;
  details.querySelector('summary')?.focus();
}

/**
 * The export menu (part `export`): a native disclosure (keyboard and screen readers know it) that
 * opens three buttons, SVG, PNG (2×) and CSV. Hidden in print.
 */
export function exportMenuTemplate(lang: Lang, download: (format: ExportFormat) => unknown): TemplateResult {
  return html`<details class="export" part="export" @keydown=${onKeyDown}>
    <summary class="button">${uiText('download', lang)}</summary>
    <div class="export-menu" role="group" aria-label=${uiText('download', lang)}>
      ${ITEMS.map(
        (item) =>
          html`<button
            type="button"
            class="button"
            data-format=${item.format}
            aria-label=${uiText(item.word, lang)}
            @click=${(event: Event) => {
              ((event.currentTarget as Element).closest('details') as HTMLDetailsElement).open = false;
              download(item.format);
            }}
          >
            ${item.format.toUpperCase()}
          </button>`,
      )}
    </div>
  </details>`;
}
