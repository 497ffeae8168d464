/**
 * Export (SVG, PNG at 2×, CSV), loaded on demand: `ChartElement` reaches this module only through
 * `import('./export.js')` when a reader asks for a download (or code calls an export method), so
 * the embed build puts it, with export-image.ts and export-csv.ts, in its own chunk,
 * county-charts-export.js, fetched next to county-charts.js on first export. It imports nothing at
 * run time (only types): the chunk never loads county-charts.js a second time.
 */
import type { Dataset, Figure } from '../../data/types.js';
import type { Lang } from '../../format/lang.js';
import { chartCsvRows, csvText } from './export-csv.js';
import { saveFile, snapshotSvg, svgToPng } from './export-image.js';
import type { ChartDescription } from './view.js';

export type ExportFormat = 'svg' | 'png' | 'csv';

/** The chart as it stands when an export is asked for. */
export interface ExportSource {
  /** The chart element (its shadow root holds the drawn frame; `.figures` given by code count too). */
  readonly host: HTMLElement;
  readonly description: ChartDescription | undefined;
  readonly dataset: Dataset | undefined;
  readonly lang: Lang;
}

/** The exports of one chart; each throws before the chart is drawn. */
export interface ChartExport {
  /** A stand-alone SVG document: title, legend, plot, notes and source, theme colours written in. */
  svg(): string;
  /** The SVG as a PNG at `scale` × the chart's size (2×: sharp in print and on HiDPI screens). */
  png(scale?: number): Promise<Blob>;
  /** The data as CSV (UTF-8 with BOM): the data table's cells, then the figures behind each mark. */
  csv(): string;
  /** Save as a file named after the chart: county-trend-line-tonghua-gdp.csv. */
  download(format: ExportFormat): Promise<void>;
}

export function chartExport({ host, description, dataset, lang }: ExportSource): ChartExport {
  const drawn = (): ChartDescription => {
    if (!description) throw new Error(`<${host.localName}>: nothing to export yet`);
    return description;
  };
  const svg = (): string => {
    const d = drawn();
    const frame = host.shadowRoot?.querySelector<HTMLElement>('.chart');
    if (!frame) throw new Error(`<${host.localName}>: nothing to export yet`);
    return snapshotSvg(frame, {
      exclude: '.sr-only, .tooltip, .table-toggle, .export, .sizer',
      title: d.title,
      description: `${d.summary} ${d.source}`,
    });
  };
  const png = (scale = 2): Promise<Blob> => svgToPng(svg(), scale);
  const csv = (): string => {
    const figures = new Map<string, Figure>();
    // Figures given by code (`.figures` on trend-line and target-bars) as well as the dataset's.
    const own = (host as { figures?: unknown }).figures;
    for (const f of [...(dataset?.figures ?? []), ...(Array.isArray(own) ? (own as Figure[]) : [])])
      figures.set(f.id, f);
    const lookup = { figures, counties: dataset?.counties ?? [], indicators: dataset?.indicators ?? [] };
    return csvText(chartCsvRows(drawn(), lookup, lang));
  };
  return {
    svg,
    png,
    csv,
    async download(format) {
      const name = [
        host.localName,
        host.getAttribute('county') ?? host.getAttribute('counties'),
        host.getAttribute('indicator'),
      ]
        .filter(Boolean)
        .join('-')
        .replace(/[^\w-]+/g, '-');
      const blob =
        format === 'png'
          ? await png(2)
          : format === 'svg'
            ? new Blob([svg()], { type: 'image/svg+xml;charset=utf-8' })
            : new Blob([csv()], { type: 'text/csv;charset=utf-8' });
      saveFile(`${name}.${format}`, blob);
    },
  };
}
