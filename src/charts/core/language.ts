import { normalizeLang, type Lang } from '../../format/index.js';

export type { Lang };

/**
 * The chart's language: its own `lang` attribute, else the nearest ancestor's `lang` (crossing
 * shadow roots), else `<html lang>`, normalised to 'zh-CN' or 'en'. Default 'zh-CN' (the reports' own).
 */
export function resolveLang(host: Element): Lang {
  let node: Element | null = host;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    const value = found?.getAttribute('lang');
    if (found && value) return normalizeLang(value);
    const root = (found ?? node).getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return normalizeLang(host.ownerDocument?.documentElement.lang);
}

type Bilingual = { readonly 'zh-CN': string; readonly en: string };

/** Words the core puts around every chart. */
const UI = {
  loading: { 'zh-CN': '正在加载数据…', en: 'Loading data…' },
  empty: { 'zh-CN': '没有可显示的数据', en: 'Nothing to show' },
  showTable: { 'zh-CN': '显示数据表', en: 'Show table' },
  showChart: { 'zh-CN': '显示图表', en: 'Show chart' },
  retry: { 'zh-CN': '重试', en: 'Retry' },
  source: { 'zh-CN': '来源', en: 'Source' },
  chartError: { 'zh-CN': '图表无法显示', en: 'The chart cannot be shown' },
  governmentWorkReport: { 'zh-CN': '政府工作报告', en: 'government work report' },
  dataTable: { 'zh-CN': '数据表', en: 'Data table' },
  download: { 'zh-CN': '下载', en: 'Download' },
  downloadSvg: { 'zh-CN': '下载 SVG 矢量图', en: 'Download SVG image' },
  downloadPng: { 'zh-CN': '下载 PNG 图片(2倍)', en: 'Download PNG image (2×)' },
  downloadCsv: { 'zh-CN': '下载 CSV 数据', en: 'Download CSV data' },
} as const satisfies Record<string, Bilingual>;

export type UiWord = keyof typeof UI;

/** A core UI word in `lang`. */
export function uiText(word: UiWord, lang: Lang): string {
  return UI[word][lang];
}

/** Pick the right half of a bilingual `{zh, en}` label. */
export function pick(text: { readonly zh: string; readonly en: string }, lang: Lang): string {
  return lang === 'zh-CN' ? text.zh : text.en;
}
