import { nothing, svg, type SVGTemplateResult } from 'lit';
import {
  CATEGORIES,
  rowsFromValues,
  selectGivenRows,
  selectTargetsVersusActuals,
  type GivenRow,
  type RowValue,
  type TargetActualRow,
  type TargetsSelection,
} from '../../data/queries.js';
import type { Category, County, Figure } from '../../data/types.js';
import { canonicalIds } from '../../data/lookup.js';
import {
  categoryLabel,
  formatNumber,
  formatValue,
  formatYears,
  kindLabel,
  missingLabel,
  significantDigits,
  type Lang,
} from '../../format/index.js';
import {
  ChartElement,
  chartErrors,
  figureQuotes,
  findCounty,
  sourceLine,
  type ChartSize,
  type DescribeInput,
  type LegendItem,
} from '../core/index.js';
import type { BarValue, DescribeContext, TargetBarRow, TargetBarsDescription } from './describe.js';
import { layoutTargetBars, type TargetBarsLayout } from './layout.js';
import { groups, rowContent, texts } from './marks.js';
import { targetBarsStyles } from './styles.js';

/** `limit="5"`: a whole number of rows, at least 1; anything else (`two`, `2.5`) is said and ignored. */
function rowLimit(value: string | null): number | undefined {
  if (value === null || !value.trim()) return undefined;
  const n = Number(value.trim());
  if (Number.isInteger(n) && n >= 1) return n;
  console.warn(`<county-target-bars>: limit="${value}" is not a whole number of rows (limit="5"), ignored`);
  return undefined;
}
/** A row given by code through the `rows` property (see `GivenRow` in src/data/queries.ts). */
export type TargetBarsInputRow = GivenRow;

export type TargetBarsSort = 'report' | 'attainment' | 'name' | 'value';
const SORTS: readonly TargetBarsSort[] = ['report', 'attainment', 'name', 'value'];

// ---- data → words (the description) ----------------------------------------------------------

function barValue(row: TargetActualRow, v: RowValue, side: 'actual' | 'target', lang: Lang): BarValue {
  const zh = lang === 'zh-CN';
  // Format with the precision the report wrote the number in.
  const written = v.figure ?? v;
  const digits = Math.max(significantDigits(written.value), significantDigits(written.valueHi ?? 0));
  const mean = row.yearlyMean?.side === side ? row.yearlyMean : undefined;
  const { value, valueHi } = mean ?? v;
  const text = formatValue(value, row.unit, lang, {
    comparator: v.comparator,
    baseValueHi: valueHi,
    significantDigits: mean ? Math.max(2, digits) : digits,
  });
  const label = `${formatYears(v.period)} ${kindLabel(v.kind, lang)}`;
  return mean
    ? {
        ...v,
        value,
        valueHi,
        label: label + (zh ? '年均' : ', yearly mean'),
        text: zh ? `年均${text}` : `${text} yearly mean`,
        // "2017–2021累计的年均值(÷5)"
        note: zh ? mean.label.zh : mean.label.en,
      }
    : { ...v, label, text };
}

/**
 * How the target compares with the actual, from the query's `change` (undefined when a side is
 * missing or the two are not comparable), short and long: points for rates, a ratio for levels,
 * attainment when both cover the same period.
 */
export function change(row: TargetActualRow, lang: Lang): [string, string] | undefined {
  const c = row.change;
  const zh = lang === 'zh-CN';
  if (!c) return undefined;
  if (c.method !== 'points' && c.attainment !== undefined) {
    const n = formatNumber(c.attainment * 100, lang, { maximumFractionDigits: 0 });
    const attained = zh ? `完成${n}%` : `${n}% of target`;
    return [attained, attained];
  }
  const points = c.method === 'points';
  const d = points ? Math.round(c.difference * 100) / 100 : ((c.ratio ?? NaN) - 1) * 100;
  if (!Number.isFinite(d)) return undefined;
  const n = formatNumber(d, lang, {
    sign: 'always',
    maximumFractionDigits: points ? 2 : Math.abs(d) < 10 ? 1 : 0,
  });
  // "+1个百分点" / "+1 percentage point" for rates, "−15%" for levels.
  const x = points ? formatValue(d, '个百分点', lang, { sign: 'always', maximumFractionDigits: 2 }) : `${n}%`;
  return [!zh && points ? `${n} pt` : x, zh ? `目标较实际${x}` : `target ${x} against the result`];
}

/** "2021 预计 8%": a side's period and value. */
const labelled = (v?: BarValue) => v && `${v.label} ${v.text}`;

/** Rows (grouped and sorted) → the chart's words, marks and table. */
export function describeTargetBars(
  queryRows: readonly TargetActualRow[],
  { lang, county, countyId, dataset, omitted, title: heading }: DescribeContext,
): TargetBarsDescription {
  const zh = lang === 'zh-CN';
  const targetsOnly = queryRows.length > 0 && queryRows.every((r) => !r.actual);
  // A missing side is named, except in a report of targets only (one note says it instead).
  const pair = (a?: string, b?: string) =>
    [a ?? (targetsOnly ? '' : missingLabel('actual', lang)), b ?? missingLabel('target', lang)]
      .filter(Boolean)
      .join(' → ');
  const rows: TargetBarRow[] = queryRows.map((row) => {
    const actual = row.actual && barValue(row, row.actual, 'actual', lang);
    const target = row.target && barValue(row, row.target, 'target', lang);
    const c = change(row, lang);
    return {
      row,
      name: zh ? row.label.zh : row.label.en,
      actual,
      target,
      periods: [actual?.label, target?.label].filter(Boolean).join(' → '),
      values: pair(actual?.text, target?.text),
      detail: pair(labelled(actual), labelled(target)),
      change: c?.[0],
      changeLong: c?.[1],
    };
  });
  const n = rows.length;
  const who = county && (zh ? county.name.zh : county.name.en);
  const year = county?.report.year;
  const none = '—';
  const onlyNote = zh ? '报告只给出目标,没有给出实际完成值。' : 'The report gives targets only, no results.';
  const some = (test: (r: TargetBarRow) => unknown) => rows.some(test);

  const marks = rows.map(({ row, name, actual, target, change, changeLong }) => {
    const figures = [row.actual?.figure, row.target?.figure].filter((f): f is Figure => !!f);
    const sides = [actual, target].filter((v): v is BarValue => !!v);
    // Which side is missing ('no actual' is no news in a report of targets only).
    const missing = !targetsOnly && row.missing && missingLabel(row.missing, lang);
    // Stable across charts on a page: "tonghua:gdp-growth" (rows given by code: "row-0").
    const key = countyId ? `${countyId}:${row.key}` : row.key;
    return {
      key,
      label: `${name}${zh ? ':' : ': '}${[...sides.map(labelled), missing, changeLong].filter(Boolean).join(zh ? ',' : ', ')}`,
      tooltip: {
        title: name,
        rows: [
          ...sides.map((v) => ({ label: v.label, value: v.text })),
          ...(missing ? [{ label: missing, value: none }] : []),
          ...(change ? [{ label: zh ? '变化' : 'Change', value: change }] : []),
        ],
        quotes: figures.length
          ? figureQuotes(figures, dataset, lang)
          : sides.flatMap((v) => (v.sentence ? [{ text: v.sentence, cite: '' }] : [])),
        note:
          sides
            .map((v) => v.note)
            .filter(Boolean)
            .join(zh ? ';' : '; ') || undefined,
      },
      select: {
        key,
        figureIds: figures.map((f) => f.id),
        county: countyId ?? null,
        indicator: row.indicator?.id ?? null,
      },
    };
  });

  // The key to the marks (the values beside each row are labelled directly).
  const legend: LegendItem[] = targetsOnly
    ? []
    : (
        [
          [some((r) => r.actual?.kind === 'actual'), '实际', 'Actual', 'bar', 'c-actual'],
          [some((r) => r.actual?.kind === 'estimate'), '预计', 'Estimate', 'bar-hollow', 'c-estimate'],
          [
            some((r) => r.target),
            '目标(≥ 以上 / ≤ 以内)',
            'Target (≥ at least / ≤ at most)',
            'tick',
            'c-target',
          ],
          [some((r) => r.target?.valueHi !== undefined), '目标区间', 'Target range', 'span', 'c-target'],
        ] as const
      )
        .filter((item) => item[0])
        .map(([, zhLabel, enLabel, symbol, color]) => ({ label: zh ? zhLabel : enLabel, symbol, color }));

  const notes = [
    targetsOnly && onlyNote,
    some((r) => r.actual && r.target && r.row.measure === 'level')
      ? zh
        ? '总量指标各行刻度不同,只在行内比较。'
        : 'Levels: each row has its own scale; compare within a row.'
      : new Set(rows.map((r) => r.row.measure)).size > 1 &&
        (zh ? '增速与比重各用一个刻度。' : 'Growth rates and shares each have their own scale.'),
    some((r) => r.actual?.note || r.target?.note) &&
      (zh ? '多年累计值按年均值比较。' : 'Multi-year totals are shown as yearly means.'),
    !!omitted &&
      (zh
        ? `另有 ${omitted} 项目标无可比的实际值,未列出。`
        : `${omitted} more targets have no result to compare; not shown.`),
  ].filter((note): note is string => !!note);

  const generic = zh ? '目标与实际' : 'Targets and results';
  const title =
    heading ??
    (who
      ? zh
        ? `${who}:目标${targetsOnly ? '' : '与实际'}`
        : `${who}: targets${targetsOnly ? '' : ' and results'}`
      : generic);

  // Which targets are above or below the latest result, as the query compares them (low ends; a
  // multi-year total as its yearly mean).
  const list = (of: readonly TargetBarRow[]) => of.map((r) => r.name).join(zh ? '、' : ', ');
  const named = (of: readonly TargetBarRow[]) => (of.length ? (zh ? `(${list(of)})` : ` (${list(of)})`) : '');
  const above = rows.filter((r) => (r.row.change?.difference ?? 0) > 0);
  const below = rows.filter((r) => (r.row.change?.difference ?? 0) < 0);
  const unpaired = rows.filter((r) => !r.actual || !r.target).length;
  const subject = who || generic;

  return {
    title,
    subtitle: !year
      ? undefined
      : zh
        ? `${year}年政府工作报告${targetsOnly ? '提出的目标' : '的目标,与报告给出的最近实际(预计)值对比'}`
        : `Targets ${targetsOnly ? 'set ' : ''}in the ${year} government work report${targetsOnly ? '' : ' against the latest results it gives'}`,
    legend,
    notes,
    source: county ? sourceLine([county], lang) : '',
    summary: !n
      ? ''
      : targetsOnly
        ? zh
          ? `${subject}的 ${n} 项目标:${list(rows)}。${onlyNote}`
          : `${n} targets for ${subject}: ${list(rows)}. ${onlyNote}`
        : zh
          ? `${subject}的 ${n} 项指标中,${above.length} 项目标高于最近实际值${named(above)},${below.length} 项低于${named(below)}` +
            `${unpaired ? `;${unpaired} 项缺少目标或实际值` : ''}。`
          : `${subject}: of ${n} indicators, ${above.length} targets are above the latest result${named(above)}, ` +
            `${below.length} below${named(below)}${unpaired ? `; ${unpaired} lack a target or a result` : ''}.`,
    marks,
    table: {
      caption: zh ? `${title}(数据表)` : `${title} (data table)`,
      columns: zh ? ['指标', '实际/预计', '目标', '变化'] : ['Indicator', 'Result', 'Target', 'Change'],
      rows: rows.map((r) => [
        r.name,
        labelled(r.actual) ?? none,
        labelled(r.target) ?? none,
        r.changeLong ?? none,
      ]),
    },
    rows,
    targetsOnly,
    empty: n ? undefined : zh ? '没有可显示的指标' : 'No indicators to show',
  };
}

// ---- the element ------------------------------------------------------------------------------

/**
 * Targets against results for one county: per indicator, the latest actual (or estimate) as a bar
 * and the target as a marker (≥/≤ with an arrow, ranges as a span, ~ dashed), the change labelled.
 * Growth rates, shares and levels are grouped and never share a scale.
 *
 * @summary Bullet-style bars of a county's targets against its results.
 * @attr {string} county - County id from the dataset (e.g. "tonghua").
 * @attr {string} indicators - Space-separated indicator ids to show, in this order unless `sort` is set (default: indicators with both a target and a result; targets alone for a report without results).
 * @attr {string} category - Only indicators of this category (economy, industry, agriculture, infrastructure, environment, livelihood, social, governance).
 * @attr {'report'|'attainment'|'name'|'value'} sort - Row order within each measure group (default: report order, or the order of `indicators`).
 * @attr {number} limit - At most this many rows (rows that do not fit the height are listed in the table).
 * @attr {string} heading - Replaces the default title.
 * @prop {TargetBarsInputRow[]} rows - Rows given by code instead of a dataset.
 * @prop {Figure[]} figures - Figures given by code (paired like dataset figures; one county, or set `county`).
 */
export class CountyTargetBars extends ChartElement<TargetBarsDescription> {
  static override styles = [...ChartElement.styles, targetBarsStyles];

  // What editors write for the attribute this chart takes (read as it).
  static override attributeAliases = { indicator: 'indicators', counties: 'county' };
  static override properties = {
    county: {},
    indicators: {},
    category: {},
    sort: {},
    limit: { converter: rowLimit },
    heading: {},
    rows: { attribute: false },
    figures: { attribute: false },
  };

  // Reactive properties (`static properties`): declared only, so no class field shadows Lit's accessors.
  // A removed attribute sets its property to null.
  declare county?: string | null;
  declare indicators?: string | null;
  declare category?: string | null;
  declare sort?: TargetBarsSort | null;
  declare limit?: number | null;
  declare heading?: string | null;
  declare rows?: readonly TargetBarsInputRow[];
  declare figures?: readonly Figure[];

  /** Rows drawn at the current size (the others did not fit). */
  private _drawn?: number;
  /** The last layout (a tooltip or focus change re-renders without laying out again). */
  private _laid?: { d: TargetBarsDescription; size: ChartSize; l: TargetBarsLayout };

  protected override needsDataset(): boolean {
    return !this.rows && !this.figures;
  }

  protected override describe({ dataset, lang }: DescribeInput): TargetBarsDescription {
    const { rows, figures } = this;
    // Enumerated attributes as an editor may type them: ` Attainment`, `ECONOMY`.
    const sort = this.sort?.trim().toLowerCase() as typeof this.sort;
    if (sort && !SORTS.includes(sort)) throw chartErrors.invalidAttribute('sort', sort, SORTS);
    const category = this.category?.trim().toLowerCase() as Category;
    if (category && !CATEGORIES.includes(category))
      throw chartErrors.invalidAttribute('category', category, CATEGORIES);
    // Editors' spellings (GDP_growth, 地区生产总值, commas) resolve to catalogue ids.
    const wanted = canonicalIds(dataset?.indicators, this.indicators);
    const order = {
      sort: sort === 'report' ? 'document' : sort || undefined,
      labelLang: lang === 'zh-CN' ? 'zh' : 'en',
      // Growth rates, shares and levels never share a scale: one group each.
      groupBy: 'measure',
      limit: this.limit! >= 1 ? this.limit! : undefined,
    } as const;
    let countyId = (!rows && canonicalIds(dataset?.counties, this.county).join(' ')) || '';
    let county: County | undefined;
    let selection: TargetsSelection;
    if (rows) selection = selectGivenRows(rowsFromValues(rows), order);
    else {
      const ids = dataset?.counties.map((c) => c.id) ?? [];
      for (const id of wanted)
        if (dataset && !dataset.indicators.some((i) => i.id === id))
          throw chartErrors.unknownIndicator(
            id,
            dataset.indicators.map((i) => i.id),
          );
      if (figures && !countyId) {
        // Figures of one county need no `county` attribute.
        const found = [...new Set(figures.map((f) => f.county))];
        if (found.length > 1) throw chartErrors.invalidAttribute('county', '', found);
        countyId = found[0] ?? '';
      }
      county = dataset && findCounty(dataset, countyId);
      if (!figures) {
        if (!countyId) throw chartErrors.invalidAttribute('county', '', ids);
        if (!county) throw chartErrors.unknownCounty(countyId, ids);
      }
      selection = selectTargetsVersusActuals(
        figures ? { counties: [], indicators: [], ...dataset, figures } : dataset!,
        countyId,
        {
          ...order,
          indicators: wanted.length ? wanted : undefined,
          category,
          // The chart pairs each target with the latest result before it (2021 预计 / 2022 目标).
          pairing: 'target-first',
          // By default the chart is about targets against results: rows with both; targets with no
          // result are counted in a note (a county with only targets shows them all).
          keep: wanted.length ? 'all' : 'paired',
          uncatalogued: 'by-subject',
        },
      );
      if (!selection.rows.length) {
        // "通化县 的 gdp-growth 目标", "Tonghua County, Agriculture targets"
        const what = (lang: Lang) =>
          wanted.join(lang === 'zh-CN' ? '、' : ', ') || (category ? categoryLabel(category, lang) : '');
        throw chartErrors.noData({
          'zh-CN': `${county?.name.zh ?? countyId} 的 ${what('zh-CN')} 目标`,
          en: `${county?.name.en ?? countyId}, ${what('en')} targets`,
        });
      }
    }
    return describeTargetBars(selection.rows, {
      lang,
      county,
      countyId: countyId || null,
      dataset,
      omitted: selection.omitted.targets,
      title: this.heading || undefined,
    });
  }

  /** Keyboard stops at the last row drawn (rows cut for height are in the table only). */
  protected override nextMarkIndex(current: number, key: string, count: number): number {
    return super.nextMarkIndex(current, key, Math.min(count, this._drawn ?? count));
  }

  protected override renderPlot(d: TargetBarsDescription, size: ChartSize): SVGTemplateResult {
    const c = this._laid;
    const l =
      c?.d === d && c.size.width === size.width && c.size.height === size.height
        ? c.l
        : layoutTargetBars(d.rows, size, { lang: this.language });
    this._laid = { d, size, l };
    this._drawn = l.rows.length;
    // The groups' grids, axes and labels in one layer hidden from screen readers; a mark per row; the "N more" note.
    return svg`<g class="group" aria-hidden="true">${groups(l.groups)}</g>${l.rows.map((r) =>
      this.mark(r.index, rowContent(r), r.index === this.activeMark ? 'active' : ''),
    )}${l.more ? texts([l.more]) : nothing}`;
  }
}
