import type { Lang } from './language.js';

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
 * `message(lang)` in the error state (role="alert"), logs it and fires `county-data-error`.
 * Anything else thrown is reported as 'malformed-data' with its message.
 */
export class ChartDataError extends Error {
  readonly kind: ChartErrorKind;
  readonly messages: { readonly 'zh-CN': string; readonly en: string };
  /** Whether trying again may help (fetch failures): the error state then offers a retry button. */
  readonly retryable: boolean;

  constructor(
    kind: ChartErrorKind,
    messages: { readonly 'zh-CN': string; readonly en: string },
    options: { cause?: unknown; retryable?: boolean } = {},
  ) {
    super(messages.en, { cause: options.cause });
    this.name = 'ChartDataError';
    this.kind = kind;
    this.messages = messages;
    this.retryable = options.retryable ?? kind === 'fetch-failed';
  }

  /** The message in the chart's language. */
  describe(lang: Lang): string {
    return this.messages[lang];
  }
}

/** Ready-made errors with messages that say what is wrong, in both languages. */
export const chartErrors = {
  unknownCounty: (id: string, known: readonly string[]): ChartDataError =>
    new ChartDataError('unknown-county', {
      'zh-CN': `未知县区 "${id}"。可用:${known.join('、')}`,
      en: `Unknown county "${id}". Known counties: ${known.join(', ')}`,
    }),
  unknownIndicator: (id: string): ChartDataError =>
    new ChartDataError('unknown-indicator', {
      'zh-CN': `未知指标 "${id}"`,
      en: `Unknown indicator "${id}"`,
    }),
  noData: (what: { 'zh-CN': string; en: string }): ChartDataError =>
    new ChartDataError('no-data', {
      'zh-CN': `${what['zh-CN']}没有可绘制的数据`,
      en: `No figures to chart for ${what.en}`,
    }),
  malformed: (detail: string, cause?: unknown): ChartDataError =>
    new ChartDataError(
      'malformed-data',
      { 'zh-CN': `数据格式错误:${detail}`, en: `Malformed data: ${detail}` },
      { cause },
    ),
  fetchFailed: (url: string, detail: string, cause?: unknown): ChartDataError =>
    new ChartDataError(
      'fetch-failed',
      { 'zh-CN': `无法加载数据 ${url}:${detail}`, en: `Could not load data from ${url}: ${detail}` },
      { cause, retryable: true },
    ),
  invalidAttribute: (name: string, value: string, allowed: readonly string[]): ChartDataError =>
    new ChartDataError('invalid-attribute', {
      'zh-CN': `属性 ${name}="${value}" 无效,可用值:${allowed.join('、')}`,
      en: `Invalid ${name}="${value}"; use one of: ${allowed.join(', ')}`,
    }),
};

/** Any thrown value as a ChartDataError (unexpected exceptions become 'malformed-data'). */
export function toChartError(error: unknown): ChartDataError {
  if (error instanceof ChartDataError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return chartErrors.malformed(detail, error);
}
