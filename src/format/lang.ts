/** The two languages every label and number is rendered in. */
export type Lang = 'zh-CN' | 'en';

export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

/**
 * Normalise any language string to 'zh-CN' or 'en'.
 * zh, zh-CN, zh-Hans, zh-TW… → 'zh-CN' (the reports are in simplified Chinese);
 * en, en-US… and every other well-formed BCP 47 tag as browsers put it in `lang` /
 * navigator.language (fr, de-DE, zh_CN) → 'en', the closest reading language we offer;
 * the names editors type (中文, Chinese, English, 英文) as they say;
 * empty or malformed input (null, "", "??", "123") → `fallback` (default 'zh-CN').
 */
export function normalizeLang(input: string | null | undefined, fallback: Lang = 'zh-CN'): Lang {
  const tag = (input ?? '').trim();
  // What editors write besides BCP 47: cn, chs, 中文, 简体中文, chinese; english, 英文, 英语.
  if (/^(?:cn|chs|chi|zho|(?:简体)?中文|汉语|chinese)$/i.test(tag)) return 'zh-CN';
  if (/^(?:english|英文|英语)$/i.test(tag)) return 'en';
  return !/^[a-z]{2,3}([-_][a-z0-9]{1,8})*$/i.test(tag)
    ? fallback
    : /^zh([-_]|$)/i.test(tag)
      ? 'zh-CN'
      : 'en';
}

/** Whether `lang` is one of the two supported values exactly. */
export const isLang = (value: unknown): value is Lang => value === 'zh-CN' || value === 'en';
