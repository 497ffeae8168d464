/**
 * The dataset's contract: every chart reads these types, the extractor writes them.
 * Generated files in `data/` (counties.json, indicators.json, figures.json) conform to them;
 * `src/data/load.ts` validates untrusted JSON against them.
 */

/** Two-letter-free language key for bilingual labels. */
export interface LocalizedText {
  readonly zh: string;
  readonly en: string;
}

export type AdministrativeLevel = 'county' | 'autonomous-county' | 'district';

export interface CountyReport {
  /** The year the report plans for (a report delivered in Nov 2021 for 2022 is the 2022 report). */
  readonly year: number;
  /** Title as far as the text shows it, or a descriptive title when the seed is an excerpt. */
  readonly title: string;
  /** File name in `seeds/`. */
  readonly seed: string;
  /** Whether the seed is the whole report or an excerpt. */
  readonly completeness: 'whole' | 'excerpt';
  /** Why we believe `year`: a quotation or reasoning from the text. */
  readonly yearEvidence: string;
  /** 'stated' when the text names the year outright, 'inferred' when it is deduced. */
  readonly yearConfidence: 'stated' | 'inferred';
}

export interface County {
  /** Stable ASCII id used in attributes: `county="tonghua"`. */
  readonly id: string;
  readonly name: LocalizedText;
  readonly province: LocalizedText;
  /** Prefecture-level city (地级市) the county belongs to. */
  readonly prefecture: LocalizedText;
  readonly level: AdministrativeLevel;
  readonly report: CountyReport;
}

export type Category =
  | 'economy'
  | 'industry'
  | 'agriculture'
  | 'infrastructure'
  | 'environment'
  | 'livelihood'
  | 'social'
  | 'governance';

/** target: a plan or goal (计划, 力争, 到2026年); actual: achieved; estimate: 预计. */
export type FigureKind = 'target' | 'actual' | 'estimate';

/** level: an amount or count; growth: 增长/下降 X% or 个百分点; share: 率/比重/占比. */
export type Measure = 'level' | 'growth' | 'share';

/** `=` exact, `>=` 以上/突破/超过 (at least), `<=` 以内/控制在 (at most), `~` 余/多/约/左右 (approximately). */
export type Comparator = '=' | '>=' | '<=' | '~';

/** Inclusive calendar years. A one-year figure has start === end. */
export interface Period {
  readonly start: number;
  readonly end: number;
}

export interface Source {
  /** Seed file name (or, for the CLI, the input file's name). */
  readonly seed: string;
  /** Span `[start, end)` of the figure as written (number, unit, qualifier) in the seed's text, as JS string indices. */
  readonly start: number;
  readonly end: number;
  /** The sentence the figure stands in, exactly as in the seed. */
  readonly sentence: string;
  /** Offset of `sentence` in the seed's text. */
  readonly sentenceStart: number;
}

export interface Figure {
  /** Stable id: `${county}-${seq}` in document order. */
  readonly id: string;
  readonly county: string;
  /** Catalogue indicator id, or null when the figure is chartable but fits no catalogued indicator. */
  readonly indicator: string | null;
  /** What is measured, in the report's words (e.g. 地区生产总值, 规上工业企业). */
  readonly subject: string;
  readonly kind: FigureKind;
  readonly measure: Measure;
  /** The number as written (29.93 in 29.93万亩); the low end of a range. */
  readonly value: number;
  /** High end of a range (1-2家 → value 1, valueHi 2); absent otherwise. */
  readonly valueHi?: number;
  /** Unit as written, multiplier included: 万亩, 亿元, %, 个百分点. */
  readonly unit: string;
  /** Value in the base unit (29.93万亩 → 299300). */
  readonly baseValue: number;
  readonly baseValueHi?: number;
  /** Unit without multiplier: 亩, 元, 人次, %, 个百分点. */
  readonly baseUnit: string;
  readonly comparator: Comparator;
  /** For growth: whether the report says it rises (增长, 提高) or falls (下降, 压缩, 减少). */
  readonly direction?: 'increase' | 'decrease';
  /** For growth: 年均 (per year, compounding) or over the whole period (增长50% over 2022–2026). */
  readonly rateBasis?: 'per-year' | 'over-period';
  /** True when the figure is a total over its period (五年累计, 累计完成). */
  readonly cumulative: boolean;
  readonly period: Period;
  readonly source: Source;
}

/** Unit conversion that makes an indicator comparable across counties: value_in_`to` = value_in_`from` × factor. */
export interface UnitConversion {
  readonly from: string;
  readonly to: string;
  readonly factor: number;
}

export interface Indicator {
  readonly id: string;
  readonly name: LocalizedText;
  readonly category: Category;
  readonly measure: Measure;
  /** The canonical base unit figures are converted to. */
  readonly unit: string;
  readonly unitName: LocalizedText;
  readonly higherIsBetter: boolean;
  /** Whether values can be compared across counties (after `conversions`). */
  readonly comparable: boolean;
  readonly conversions: readonly UnitConversion[];
  /** Matching rules for the extractor: any keyword in the subject/sentence, with an accepted base unit. */
  readonly keywords: readonly string[];
  readonly excludeKeywords?: readonly string[];
  readonly units: readonly string[];
}

export interface Dataset {
  readonly counties: readonly County[];
  readonly indicators: readonly Indicator[];
  readonly figures: readonly Figure[];
}
