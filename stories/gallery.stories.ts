import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/define.js';
import type { County, Dataset } from '../src/data/types.js';
import { countyIds, dataset } from './core/dataset.js';

// Every chart for every county of data/, for designers to review side by side. The toolbar's
// language, theme and width (.storybook/preview.ts) apply to all of them at once.

type Lang = 'zh-CN' | 'en';
type ChartName = 'target-bars' | 'trend-line' | 'radar';

interface GalleryArgs {
  /** Which charts to show. */
  charts: 'all' | ChartName;
  /** One county, or every county. */
  county: string;
}

/** An indicator each report gives a series for (as in stories/trend-line.stories.ts). */
const preferredTrend: Readonly<Record<string, string>> = {
  tonghua: 'fixed-asset-investment',
  hulan: 'gdp',
  yitong: 'rural-roads',
  changbai: 'good-air-days',
  fuxin: 'afforestation',
};

/** A county added to data/ later gets its most often reported catalogued indicator. */
function trendIndicatorFor(data: Dataset, county: string): string | undefined {
  if (preferredTrend[county]) return preferredTrend[county];
  const counts = new Map<string, number>();
  for (const f of data.figures)
    if (f.county === county && f.indicator) counts.set(f.indicator, (counts.get(f.indicator) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

const galleryStyles = html`<style>
  .gallery {
    display: grid;
    gap: 32px;
    padding: 16px;
  }
  .gallery section {
    display: grid;
    gap: 24px;
    max-width: 1100px;
  }
  .gallery h2 {
    margin: 0;
    font:
      600 18px/1.3 system-ui,
      'PingFang SC',
      'Microsoft YaHei',
      sans-serif;
    color: inherit;
  }
  .gallery .report {
    margin: 2px 0 0;
    font:
      13px/1.4 system-ui,
      'PingFang SC',
      'Microsoft YaHei',
      sans-serif;
    opacity: 0.8;
  }
</style>`;

function heading(county: County, lang: Lang): TemplateResult {
  const en = lang === 'en';
  const name = en ? county.name.en : county.name.zh;
  const where = en
    ? `${county.prefecture.en}, ${county.province.en}`
    : `${county.province.zh}${county.prefecture.zh}`;
  const report = en
    ? `${county.report.year} government work report (${county.report.completeness === 'whole' ? 'whole text' : 'excerpt'})`
    : `${county.report.year}年政府工作报告(${county.report.completeness === 'whole' ? '全文' : '节选'})`;
  return html`<header>
    <h2>${name}</h2>
    <p class="report">${where} · ${report}</p>
  </header>`;
}

function countySection(county: County, charts: GalleryArgs['charts'], lang: Lang): TemplateResult {
  const show = (name: ChartName) => charts === 'all' || charts === name;
  const indicator = trendIndicatorFor(dataset, county.id);
  const bars = html`<county-target-bars .data=${dataset} county=${county.id}></county-target-bars>`;
  const trend = html`<county-trend-line
    .data=${dataset}
    county=${county.id}
    indicator=${indicator ?? ''}
  ></county-trend-line>`;
  const radar = html`<county-radar .data=${dataset} kind="latest" highlight=${county.id}></county-radar>`;
  return html`<section data-county=${county.id} aria-label=${lang === 'en' ? county.name.en : county.name.zh}>
    ${heading(county, lang)} ${show('target-bars') ? bars : ''}
    ${show('trend-line') && indicator ? trend : ''} ${show('radar') ? radar : ''}
  </section>`;
}

const meta: Meta<GalleryArgs> = {
  title: 'Gallery',
  args: { charts: 'all', county: 'all' },
  argTypes: {
    charts: { control: 'inline-radio', options: ['all', 'target-bars', 'trend-line', 'radar'] },
    county: { control: 'select', options: ['all', ...countyIds] },
  },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Every chart for every county of `data/`: targets against results, the trend of one indicator, ' +
          'and the radar comparing all counties with this one highlighted. Use the toolbar to switch ' +
          'language, theme and width for all of them at once.',
      },
    },
  },
  render: (args, context) => {
    const lang: Lang = (context.globals as { lang?: string }).lang === 'en' ? 'en' : 'zh-CN';
    const counties = dataset.counties.filter((c) => args.county === 'all' || c.id === args.county);
    return html`${galleryStyles}
      <div class="gallery">${counties.map((c) => countySection(c, args.charts, lang))}</div>`;
  },
};
export default meta;

type Story = StoryObj<GalleryArgs>;

/** All three charts for each of the five counties. */
export const EveryChartEveryCounty: Story = {};
/** Targets against results, one chart per county. */
export const TargetBars: Story = { args: { charts: 'target-bars' } };
/** One indicator's trend per county (an indicator the county's report gives a series for). */
export const TrendLines: Story = { args: { charts: 'trend-line' } };
/** The radar of all counties, once per county with that county highlighted. */
export const Radars: Story = { args: { charts: 'radar' } };
/** One county's three charts (pick it in Controls). */
export const OneCounty: Story = { args: { county: 'hulan' } };
