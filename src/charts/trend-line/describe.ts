/**
 * Data → what the trend line says: title, legend, notes, summary, marks (accessible names,
 * tooltips quoting the report), table. Pure: no DOM; the element adds only geometry.
 */
import { indicatorSeries, seriesFromFigures, type IndicatorSeries } from '../../data/series.js';
import type { County, Dataset, Figure, Indicator } from '../../data/types.js';
import { chartErrors, ChartDataError } from '../core/errors.js';
import { figureQuotes } from '../core/tooltip.js';
import { pick, type Lang } from '../core/language.js';
import { sourceLine } from '../core/frame.js';
import type { ChartDescription, ChartMark, ColorClass, LegendItem } from '../core/view.js';
import { seriesClass } from '../core/view.js';
import { formatYears } from '../../format/period.js';
import { rateText, trendModel, type TrendInput, type TrendModel } from './model.js';
import { pointKindLabel, word } from './words.js';

export interface TrendRequest {
  readonly counties: readonly string[];
  readonly indicator: string | undefined;
  readonly indexed: boolean | 'auto';
  readonly view: 'level' | 'rate' | 'auto' | undefined;
  readonly baseYear: number | undefined;
  readonly lang: Lang;
}

/** One focusable item in keyboard order: a point of the model or a span. */
export type TrendItem = { readonly type: 'point' | 'span'; readonly index: number };

export interface TrendDescription extends ChartDescription {
  readonly model: TrendModel;
  /** Marks in keyboard order, pointing into `model.marks` / `model.spans`. */
  readonly items: readonly TrendItem[];
  /** Colour class per series and role. */
  readonly colors: readonly {
    readonly achieved: ColorClass;
    readonly plan: ColorClass;
    readonly estimate: ColorClass;
  }[];
}

function bad(name: string, value: string, en: string, zh: string): ChartDataError {
  return new ChartDataError('invalid-attribute', {
    'zh-CN': `属性 ${name}="${value}":${zh}`,
    en: `${name}="${value}": ${en}`,
  });
}

/** Resolve counties and indicator against the dataset, or throw a ChartDataError saying what is wrong. */
function seriesFromDataset(
  dataset: Dataset,
  req: TrendRequest,
): { inputs: TrendInput[]; indicator: Indicator; counties: County[] } {
  if (req.counties.length === 0)
    throw bad(
      'county',
      '',
      'name a county (county="tonghua") or several (counties="hulan tonghua")',
      '请指定县区,如 county="tonghua"',
    );
  if (!req.indicator)
    throw bad('indicator', '', 'name an indicator, e.g. indicator="gdp"', '请指定指标,如 indicator="gdp"');
  const counties = req.counties.map((id) => {
    const c = dataset.counties.find((k) => k.id === id);
    if (!c)
      throw chartErrors.unknownCounty(
        id,
        dataset.counties.map((k) => k.id),
      );
    return c;
  });
  const indicator = dataset.indicators.find((i) => i.id === req.indicator);
  if (!indicator) throw chartErrors.unknownIndicator(req.indicator);
  const inputs = counties.map((c) => ({
    key: c.id,
    label: pick(c.name, req.lang),
    series: indicatorSeries(dataset, c.id, indicator.id),
  }));
  return { inputs, indicator, counties };
}

/** Figures given by code (e.g. the CLI's output for an unseen report): grouped by county, matched by indicator id or subject. */
function seriesFromGivenFigures(figures: readonly Figure[], req: TrendRequest): TrendInput[] {
  const counties = req.counties.length ? req.counties : [...new Set(figures.map((f) => f.county))];
  return counties.map((county) => {
    const own = figures.filter(
      (f) =>
        f.county === county &&
        (!req.indicator || f.indicator === req.indicator || f.subject === req.indicator),
    );
    return {
      key: county,
      label: county,
      series: seriesFromFigures(county, req.indicator ?? own[0]?.subject ?? '', own),
    };
  });
}

export function describeTrend(
  dataset: Dataset | undefined,
  figures: readonly Figure[] | undefined,
  req: TrendRequest,
): TrendDescription {
  const lang = req.lang;
  let inputs: TrendInput[];
  let indicator: Indicator | undefined;
  let counties: County[] = [];
  if (figures) {
    inputs = seriesFromGivenFigures(figures, req);
    indicator = dataset?.indicators.find((i) => i.id === req.indicator);
  } else {
    if (!dataset) throw chartErrors.malformed('no dataset');
    ({ inputs, indicator, counties } = seriesFromDataset(dataset, req));
  }
  const rated = (s: IndicatorSeries) => s.rates.length + s.rateSpans.length;
  const view =
    req.view && req.view !== 'auto'
      ? req.view
      : indicator?.measure === 'growth' && req.indexed !== true && inputs.some((i) => rated(i.series) > 0)
        ? 'rate'
        : 'auto';
  const model = trendModel(inputs, {
    lang,
    indexed: req.indexed,
    view,
    ...(req.baseYear ? { baseYear: req.baseYear } : {}),
  });

  const all = figures ?? dataset?.figures ?? [];
  const byId = new Map(all.map((f) => [f.id, f]));
  const quotes = (ids: readonly string[]) =>
    figureQuotes(
      ids.map((id) => byId.get(id)).filter((f): f is Figure => f !== undefined),
      dataset,
      lang,
    );
  const indicatorName = indicator ? pick(indicator.name, lang) : (req.indicator ?? '');
  const multi = inputs.length > 1;

  // Keyboard order: series by series, year by year, spans among the points.
  const items: (TrendItem & { s: number; year: number })[] = [
    ...model.marks.map((m, index) => ({ type: 'point' as const, index, s: m.seriesIndex, year: m.year })),
    ...model.spans.map((sp, index) => ({
      type: 'span' as const,
      index,
      s: sp.seriesIndex,
      year: sp.period.start,
    })),
  ].sort(
    (a, b) =>
      a.s - b.s || a.year - b.year || (a.type === b.type ? a.index - b.index : a.type === 'span' ? -1 : 1),
  );

  const marks: ChartMark[] = [];
  const rows: string[][] = [];
  for (const it of items) {
    const m = it.type === 'point' ? model.marks[it.index]! : model.spans[it.index]!;
    const input = inputs[m.seriesIndex]!;
    const s = input.series;
    let note: string | undefined;
    if (m.kind === 'implied') {
      const plan = s.plans.find((p) => p.points.at(-1)!.year === ('year' in m ? m.year : m.period.end));
      note =
        plan?.annualRate != null
          ? `${word('impliedNote', lang)} ${rateText(plan.annualRate, lang)}${word('perYear', lang)}`
          : word('impliedNote', lang);
    } else if (m.kind === 'base') note = word('baseNote', lang);
    else if (it.type === 'span' && model.view === 'level') note = word('spanNote', lang);
    const period = m.periodText;
    marks.push({
      key: m.key,
      label:
        [...(multi ? [input.label] : []), indicatorName, period].join(lang === 'zh-CN' ? ',' : ', ') +
        (lang === 'zh-CN' ? ':' : ': ') +
        m.valueText +
        (note ? (lang === 'zh-CN' ? `(${note})` : ` (${note})`) : ''),
      tooltip: {
        title: multi ? `${indicatorName} · ${input.label}` : indicatorName,
        rows: [{ label: period, value: m.valueText }],
        quotes: quotes(m.sourceFigureIds),
        ...(note ? { note } : {}),
      },
      select: {
        key: m.key,
        figureIds: m.sourceFigureIds,
        county: input.key,
        indicator: req.indicator ?? null,
      },
    });
    const years = 'year' in m ? String(m.year) : formatYears(m.period);
    rows.push([input.label, years, pointKindLabel(m.kind, lang), m.valueText]);
  }

  const colors = inputs.map((_, i) =>
    multi
      ? { achieved: seriesClass(i), plan: seriesClass(i), estimate: seriesClass(i) }
      : { achieved: 'c-actual' as const, plan: 'c-target' as const, estimate: 'c-estimate' as const },
  );
  const legend: LegendItem[] = [];
  const kinds = new Set(model.marks.map((m) => m.kind));
  const c0 = colors[0];
  if (c0 && !model.empty) {
    if (kinds.has('actual'))
      legend.push({
        label: word('legendActual', lang),
        symbol: 'dot',
        color: multi ? 'c-muted' : c0.achieved,
      });
    if (kinds.has('estimate'))
      legend.push({
        label: word('legendEstimate', lang),
        symbol: 'ring',
        color: multi ? 'c-muted' : c0.estimate,
      });
    if (model.series.some((s) => s.plan.length > 1))
      legend.push({ label: word('legendPlan', lang), symbol: 'dash', color: multi ? 'c-muted' : c0.plan });
    if (model.spans.length)
      legend.push({
        label: word('legendSpan', lang),
        symbol: 'span',
        color: multi ? 'c-muted' : c0.achieved,
      });
  }

  const skipped = inputs.reduce((n, i) => n + i.series.skipped.length, 0);
  const notes = [...model.notes.filter((n) => !(model.empty && n === word('empty', lang)))];
  if (skipped) notes.push(word('skipped', lang).replace('{n}', String(skipped)));
  const place = multi
    ? inputs.map((i) => i.label).join(lang === 'zh-CN' ? '、' : ', ')
    : (inputs[0]?.label ?? '');
  const title = lang === 'zh-CN' ? `${place}${indicatorName}` : `${indicatorName}, ${place}`;
  const subtitle = model.empty ? undefined : model.axisLabel;
  return {
    title,
    ...(subtitle ? { subtitle } : {}),
    legend,
    notes,
    source: counties.length ? sourceLine(counties, lang) : '',
    summary: summarize(model, inputs, indicatorName, lang),
    marks,
    table: {
      caption: lang === 'zh-CN' ? `${title}(${model.axisLabel})` : `${title} (${model.axisLabel})`,
      columns: [
        word('colCounty', lang),
        word('colYear', lang),
        word('colKind', lang),
        word('colValue', lang),
      ],
      rows,
    },
    ...(model.empty ? { empty: `${place}${lang === 'zh-CN' ? '' : ': '}${word('empty', lang)}` } : {}),
    model,
    items,
    colors,
  };
}

/** One sentence per series: the latest stated value, the goal, the rate it needs against the latest rate. */
function summarize(model: TrendModel, inputs: readonly TrendInput[], name: string, lang: Lang): string {
  if (model.empty) return word('empty', lang);
  const zh = lang === 'zh-CN';
  const parts = inputs.map((input, si) => {
    const own = model.marks.filter((m) => m.seriesIndex === si);
    const done = own.filter((m) => m.kind === 'actual' || m.kind === 'estimate').at(-1);
    const goal = own.filter((m) => m.kind === 'target' || m.kind === 'implied').at(-1);
    const bits: string[] = [];
    if (done)
      bits.push(zh ? `${done.periodText} ${done.valueText}` : `${done.valueText} (${done.periodText})`);
    if (goal)
      bits.push(zh ? `${goal.periodText} ${goal.valueText}` : `${goal.periodText}: ${goal.valueText}`);
    const s = input.series;
    if (s.requiredRate !== null && model.view === 'level') {
      bits.push(
        `${word('needs', lang)} ${rateText(s.requiredRate, lang)}${word('perYear', lang)}` +
          (s.latestRate
            ? zh
              ? `(最近 ${rateText(s.latestRate.rate, lang)})`
              : ` (latest ${rateText(s.latestRate.rate, lang)})`
            : ''),
      );
    }
    if (!bits.length) {
      const spans = model.spans.filter((sp) => sp.seriesIndex === si);
      for (const sp of spans) bits.push(`${sp.periodText} ${sp.valueText}`);
    }
    return `${input.label}${zh ? ':' : ': '}${bits.join(zh ? ';' : '; ')}`;
  });
  const head = zh ? `${name}(${model.axisLabel})。` : `${name} (${model.axisLabel}). `;
  return head + parts.join(zh ? '。' : '. ') + (zh ? '。' : '.');
}
