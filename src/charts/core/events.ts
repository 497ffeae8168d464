import type { ChartErrorKind } from './errors.js';

/** Detail of `county-select`: fired when a reader activates a mark (click, tap, Enter, Space). */
export interface CountySelectDetail {
  /** The mark's stable key within the chart (e.g. "tonghua:gdp-growth"). */
  readonly key: string;
  /** Ids of the dataset figures behind the mark (a derived value lists every figure it came from). */
  readonly figureIds: readonly string[];
  readonly county: string | null;
  readonly indicator: string | null;
}

/** Detail of `county-data-error`: fired when the chart shows its error state. */
export interface CountyDataErrorDetail {
  readonly kind: ChartErrorKind;
  /** The message as shown, in the chart's language. */
  readonly message: string;
}

/** Detail of the radar's `county-toggle`: the reader switched a county on or off in the legend. */
export interface CountyToggleDetail {
  readonly county: string;
  readonly hidden: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'county-select': CustomEvent<CountySelectDetail>;
    'county-data-error': CustomEvent<CountyDataErrorDetail>;
    'county-toggle': CustomEvent<CountyToggleDetail>;
  }
}

/** A bubbling, composed event with typed detail (crosses shadow roots to the page). */
export const chartEvent = <T>(type: string, detail: T): CustomEvent<T> =>
  new CustomEvent<T>(type, { detail, bubbles: true, composed: true });
