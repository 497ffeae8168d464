import { localized } from '../../format/labels.js';
import { normalizeLang, type Lang } from '../../format/lang.js';

export type { Lang };

/**
 * The chart's language: its own `lang` attribute, else the nearest ancestor's `lang` (crossing
 * shadow roots), else `<html lang>`, normalised to 'zh-CN' or 'en'. Default 'zh-CN' (the reports' own).
 */
export function resolveLang(host: Element): Lang {
  for (let node: Element | null = host; node;) {
    const found: Element | null = node.closest('[lang]');
    const value = found?.getAttribute('lang');
    if (value) return normalizeLang(value);
    const root = (found ?? node).getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return normalizeLang(host.ownerDocument?.documentElement.lang);
}

/** Pick the right half of a bilingual `{zh, en}` label (the dataset's names, the words below). */
export const pick = localized;

/** Words the core puts around every chart. */
const UI = {
  loading: { zh: '正在加载数据…', en: 'Loading data…' },
  showTable: { zh: '显示数据表', en: 'Show table' },
  showChart: { zh: '显示图表', en: 'Show chart' },
  retry: { zh: '重试', en: 'Retry' },
  source: { zh: '来源', en: 'Source' },
  chartError: { zh: '图表无法显示', en: 'The chart cannot be shown' },
  governmentWorkReport: { zh: '政府工作报告', en: 'government work report' },
  download: { zh: '下载', en: 'Download' },
  downloadSvg: { zh: '下载 SVG 矢量图', en: 'Download SVG image' },
  downloadPng: { zh: '下载 PNG 图片(2倍)', en: 'Download PNG image (2×)' },
  downloadCsv: { zh: '下载 CSV 数据', en: 'Download CSV data' },
};

export type UiWord = keyof typeof UI;

/** A core UI word in `lang`. */
export const uiText = (word: UiWord, lang: Lang): string => pick(UI[word], lang);
