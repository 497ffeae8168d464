import { html, nothing, type TemplateResult } from 'lit';
import type { ExportFormat } from './export.js';
import { uiText, type Lang } from './language.js';

export type { ExportFormat };

const FORMATS = ['svg', 'png', 'csv'] as const;
const LABEL = { svg: 'downloadSvg', png: 'downloadPng', csv: 'downloadCsv' } as const;

/** Escape closes the menu and gives focus back to its summary button. */
function onKeyDown(event: KeyboardEvent): void {
  const details = event.currentTarget as HTMLDetailsElement;
  if (event.key !== 'Escape' || !details.open) return;
  event.stopPropagation();
  details.open = false;
  details.querySelector('summary')?.focus();
}

/**
 * The export menu (part `export`): a native disclosure (keyboard and screen readers know it) that
 * opens three buttons, SVG, PNG (2×) and CSV; Escape closes it and gives the focus back to its
 * summary button. Hidden in print. The buttons are rendered once the menu has been opened (`opened`;
 * `onOpen` is called on the summary's click, which Enter and Space fire too, before the disclosure
 * opens), and the export code itself loads on the first download.
 */
export function exportMenuTemplate(
  lang: Lang,
  download: (format: ExportFormat) => unknown,
  opened: boolean,
  onOpen: () => void,
): TemplateResult {
  return html`<details class="export" part="export" @keydown=${onKeyDown} @toggle=${onOpen}>
    <summary class="button" @click=${onOpen}>${uiText('download', lang)}</summary>
    ${
      opened
        ? html`<div class="export-menu" role="group" aria-label=${uiText('download', lang)}>
            ${FORMATS.map(
              (format) =>
                html`<button
                  type="button"
                  class="button"
                  data-format=${format}
                  aria-label=${uiText(LABEL[format], lang)}
                  @click=${(event: Event) => {
                    (event.currentTarget as Element).closest('details')!.open = false;
                    download(format);
                  }}
                >
                  ${format.toUpperCase()}
                </button>`,
            )}
          </div>`
        : nothing
    }
  </details>`;
}
