import type { Lang } from './language.js';
import { closestId } from '../../data/lookup.js';

/** What went wrong, for code: `county-data-error` listeners switch on this. */
export type ChartErrorKind =
  /** `county="xyz"` names no county in the dataset. */
  | 'unknown-county'
  /** An indicator id that is not in the catalogue. */
  | 'unknown-indicator'
  /** The chosen county / indicators have no figures to draw. */
  | 'no-data'
  /** The dataset (or data given as a property) does not match the contract. */
  | 'malformed-data'
  /** The dataset could not be fetched (network, HTTP status, not JSON). */
  | 'fetch-failed'
  /** An attribute value the chart cannot use (e.g. sort="colour"). */
  | 'invalid-attribute';

/**
 * The one error type a chart throws from `describe()`. The base element catches it, shows
 * `describe(lang)` in the error state (role="alert"), logs it and fires `county-data-error`.
 * Anything else thrown is reported as 'malformed-data' with its message.
 */
export class ChartDataError extends Error {
  /** Whether trying again may help (fetch failures): the error state then offers a retry button. */
  readonly retryable: boolean;

  constructor(
    readonly kind: ChartErrorKind,
    readonly messages: { readonly 'zh-CN': string; readonly en: string },
    options: { cause?: unknown; retryable?: boolean } = {},
  ) {
    super(messages.en, { cause: options.cause });
    this.name = 'ChartDataError';
    this.retryable = options.retryable ?? kind === 'fetch-failed';
  }

  /** The message in the chart's language. */
  describe(lang: Lang): string {
    return this.messages[lang];
  }
}

const error = (kind: ChartErrorKind, zh: string, en: string, cause?: unknown, retryable?: boolean) =>
  new ChartDataError(kind, { 'zh-CN': zh, en }, { cause, retryable });

/** Ready-made errors with messages that say what is wrong, in both languages. */
export const chartErrors = {
  unknownCounty: (id: string, known: readonly string[]): ChartDataError => {
    const near = closestId(known, id);
    return error(
      'unknown-county',
      `未知县区 "${id}"。${near ? `是否是 "${near}"?` : ''}可用:${known.join('、')}`,
      `Unknown county "${id}".${near ? ` Did you mean "${near}"?` : ''} Known counties: ${known.join(', ')}`,
    );
  },
  /** `known`: the catalogue's ids, for a suggestion when `id` is a misspelling of one. */
  unknownIndicator: (id: string, known: readonly string[] = []): ChartDataError => {
    const near = closestId(known, id);
    return error(
      'unknown-indicator',
      `未知指标 "${id}"${near ? `。是否是 "${near}"?` : ''}`,
      `Unknown indicator "${id}"${near ? `. Did you mean "${near}"?` : ''}`,
    );
  },
  noData: (what: { 'zh-CN': string; en: string }): ChartDataError =>
    error('no-data', `${what['zh-CN']}没有可绘制的数据`, `No figures to chart for ${what.en}`),
  /** `retryable`: the data at a URL may be fixed (or finish deploying) while the page is open. */
  malformed: (detail: string, cause?: unknown, retryable?: boolean): ChartDataError =>
    error('malformed-data', `数据格式错误:${detail}`, `Malformed data: ${detail}`, cause, retryable),
  fetchFailed: (url: string, detail: string, cause?: unknown): ChartDataError =>
    error(
      'fetch-failed',
      `无法加载数据 ${url}:${detail}`,
      `Could not load data from ${url}: ${detail}`,
      cause,
    ),
  invalidAttribute: (name: string, value: string, allowed: readonly string[]): ChartDataError =>
    error(
      'invalid-attribute',
      `属性 ${name}="${value}" 无效,可用值:${allowed.join('、')}`,
      `Invalid ${name}="${value}"; use one of: ${allowed.join(', ')}`,
    ),
};

/** The message of anything thrown. */
export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** Any thrown value as a ChartDataError (unexpected exceptions become 'malformed-data'). */
export const toChartError = (error: unknown): ChartDataError =>
  error instanceof ChartDataError ? error : chartErrors.malformed(errorMessage(error), error);
