// The app's state that is plain TypeScript (type-checked by tsc; App.vue only binds it).
import { parseDataset, type CountySelectDetail, type Dataset, type Figure } from 'county-charts';
import counties from 'county-charts/data/counties.json';
import indicators from 'county-charts/data/indicators.json';
import figures from 'county-charts/data/figures.json';

/** Validated once, as the charts would validate a fetched file. */
export const dataset: Dataset = parseDataset({ counties, indicators, figures });

export type Lang = 'zh-CN' | 'en';

/** An indicator each county's report gives a series for (the trend line shows one indicator). */
export const trendIndicator: Readonly<Record<string, string>> = {
  tonghua: 'fixed-asset-investment',
  hulan: 'gdp',
  yitong: 'rural-roads',
  changbai: 'good-air-days',
  fuxin: 'afforestation',
};

export const words = {
  'zh-CN': {
    title: '县政府工作报告中的数字',
    county: '县',
    targetsOnly: '只看目标',
    pick: '点击或按回车选择一个图形,这里显示它来自报告的原句。',
    selected: '选中',
    hidden: '雷达图中隐藏的县',
  },
  en: {
    title: 'Figures from county government work reports',
    county: 'County',
    targetsOnly: 'Targets only',
    pick: 'Click a mark or press Enter on it: its sentence from the report appears here.',
    selected: 'Selected',
    hidden: 'Counties hidden in the radar',
  },
} as const;

export interface Selection {
  readonly chart: string;
  readonly county: string | null;
  readonly indicator: string | null;
  readonly figures: readonly Figure[];
}

/** What a `county-select` event points at: the figures behind the mark, from the dataset. */
export function selectionOf(event: CustomEvent<CountySelectDetail>): Selection {
  const { figureIds, county, indicator } = event.detail;
  return {
    chart: (event.target as Element).localName,
    county,
    indicator,
    figures: figureIds
      .map((id) => dataset.figures.find((f) => f.id === id))
      .filter((f): f is Figure => f !== undefined),
  };
}

/** A new Dataset object with targets only: the charts receive it as their `data` property. */
export const targetsOnly = (data: Dataset): Dataset => ({
  ...data,
  figures: data.figures.filter((f) => f.kind === 'target'),
});

export const countyName = (id: string | null, lang: Lang): string => {
  const found = dataset.counties.find((c) => c.id === id);
  return found ? (lang === 'en' ? found.name.en : found.name.zh) : '';
};

export const indicatorName = (id: string | null, lang: Lang): string => {
  const found = dataset.indicators.find((i) => i.id === id);
  return found ? (lang === 'en' ? found.name.en : found.name.zh) : '';
};
