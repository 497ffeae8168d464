import { useCallback, useMemo, useState } from 'react';
import { parseDataset, type Dataset, type Figure } from 'county-charts';
// The radar is used as a bare tag below: its element entry registers it (a wrapper registers its own tag).
import 'county-charts/elements/county-radar';
// Typed wrappers (@lit/react), each registering its tag.
import {
  CountyTargetBars,
  CountyTrendLine,
  type CountyDataErrorEvent,
  type CountySelectEvent,
  type CountyToggleEvent,
} from 'county-charts/react';
import counties from 'county-charts/data/counties.json';
import indicators from 'county-charts/data/indicators.json';
import figures from 'county-charts/data/figures.json';

// Validated once, as the charts would validate a fetched file.
const dataset: Dataset = parseDataset({ counties, indicators, figures });

type Lang = 'zh-CN' | 'en';

/** An indicator each county's report gives a series for (the trend line shows one indicator). */
const trendIndicator: Readonly<Record<string, string>> = {
  tonghua: 'fixed-asset-investment',
  hulan: 'gdp',
  yitong: 'rural-roads',
  changbai: 'good-air-days',
  fuxin: 'afforestation',
};

const words = {
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

interface Selection {
  readonly chart: string;
  readonly county: string | null;
  readonly indicator: string | null;
  readonly figures: readonly Figure[];
}

export function App() {
  const [lang, setLang] = useState<Lang>('zh-CN');
  const [county, setCounty] = useState('tonghua');
  const [targetsOnly, setTargetsOnly] = useState(false);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [hidden, setHidden] = useState<readonly string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const w = words[lang];
  const en = lang === 'en';

  // A new Dataset object when the filter changes: the charts receive it as their `data` property.
  const shown = useMemo<Dataset>(
    () =>
      targetsOnly ? { ...dataset, figures: dataset.figures.filter((f) => f.kind === 'target') } : dataset,
    [targetsOnly],
  );

  const onSelect = useCallback((event: CountySelectEvent) => {
    const { figureIds, county: c, indicator } = event.detail;
    const chosen = figureIds
      .map((id) => dataset.figures.find((f) => f.id === id))
      .filter((f): f is Figure => f !== undefined);
    setSelection({ chart: (event.target as Element).localName, county: c, indicator, figures: chosen });
  }, []);
  const onError = useCallback((event: CountyDataErrorEvent) => setError(event.detail.message), []);
  const onToggle = useCallback((event: CountyToggleEvent) => {
    const { county: c, hidden: isHidden } = event.detail;
    setHidden((list) => (isHidden ? [...list, c] : list.filter((x) => x !== c)));
  }, []);

  const name = (id: string | null) => {
    const found = dataset.counties.find((c) => c.id === id);
    return found ? (en ? found.name.en : found.name.zh) : '';
  };
  const indicatorName = (id: string | null) => {
    const found = dataset.indicators.find((i) => i.id === id);
    return found ? (en ? found.name.en : found.name.zh) : '';
  };

  return (
    <main lang={lang}>
      <h1>{w.title}</h1>
      <div className="controls">
        <label>
          {w.county}{' '}
          <select id="county" value={county} onChange={(e) => setCounty(e.target.value)}>
            {dataset.counties.map((c) => (
              <option key={c.id} value={c.id}>
                {en ? c.name.en : c.name.zh}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            id="targets-only"
            type="checkbox"
            checked={targetsOnly}
            onChange={(e) => setTargetsOnly(e.target.checked)}
          />{' '}
          {w.targetsOnly}
        </label>
        <button id="lang" type="button" onClick={() => setLang(en ? 'zh-CN' : 'en')}>
          {en ? '中文' : 'English'}
        </button>
      </div>

      <output id="selection" className="selection" aria-live="polite">
        {selection ? (
          <>
            <strong>
              {w.selected}: {name(selection.county)} · {indicatorName(selection.indicator)} (&lt;
              {selection.chart}&gt;)
            </strong>
            {selection.figures.map((f) => (
              <blockquote key={f.id} data-figure={f.id}>
                {f.source.sentence}
              </blockquote>
            ))}
          </>
        ) : (
          w.pick
        )}
      </output>
      {error && <p role="alert">{error}</p>}

      <section>
        {/* Typed wrapper: props are properties, events are on… callbacks. */}
        <CountyTargetBars
          id="bars"
          data={shown}
          county={county}
          lang={lang}
          theme="light"
          onCountySelect={onSelect}
          onCountyDataError={onError}
        />
      </section>
      <section>
        <CountyTrendLine
          id="trend"
          data={shown}
          county={county}
          indicator={trendIndicator[county] ?? 'gdp'}
          lang={lang}
          onCountySelect={onSelect}
          onCountyDataError={onError}
        />
      </section>
      <section>
        {/* The bare tag, as React 19 renders custom elements: `data` is set as a property. */}
        <county-radar
          id="radar"
          data={shown}
          kind="latest"
          highlight={county}
          lang={lang}
          oncounty-select={onSelect}
          oncounty-toggle={onToggle}
        />
        <p id="hidden">
          {w.hidden}: {hidden.length ? hidden.map(name).join(', ') : '—'}
        </p>
      </section>
    </main>
  );
}
