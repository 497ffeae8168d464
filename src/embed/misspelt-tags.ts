/**
 * A chart tag an editor mistyped (`<county-target-bar>`, `<county-trendline>`, `<county-radar-chart>`)
 * is an unknown element to the browser: an empty inline box, no chart and no message. Once the page
 * is parsed, each such tag that names one of the charts is defined as that chart, and said in the
 * console. Only `county…` tags that name a chart's kind are read; any other is left alone (a page
 * may have elements of its own).
 */
/** The chart a tag names by its kind (bar or target, line or trend, radar), or undefined. */
export function meantChartTag(tag: string): string | undefined {
  if (!/^count/.test(tag)) return undefined;
  return /bar|target/.test(tag)
    ? 'county-target-bars'
    : /line|trend/.test(tag)
      ? 'county-trend-line'
      : /radar|spider/.test(tag)
        ? 'county-radar'
        : undefined;
}

/** Define every misspelt chart tag in the page as the chart it names. */
export function defineMisspeltChartTags(root: ParentNode = document): void {
  for (const element of root.querySelectorAll('*')) {
    const tag = element.localName;
    const meant = meantChartTag(tag);
    const Chart = meant && !customElements.get(tag) && customElements.get(meant);
    if (!Chart) continue;
    console.warn(`<${tag}>: read as <${meant}> (write <${meant}>)`);
    customElements.define(tag, class extends Chart {});
  }
}
