/**
 * What an editor types into an attribute, resolved to a catalogue id: the id in any case, with stray
 * spaces, full-width letters or underscores (`Tonghua`, ` ｔｏｎｇｈｕａ `, `gdp_growth`), or the name
 * in Chinese or English (`通化县`, `通化`, `Tonghua County`). A misspelling is not guessed: the caller
 * reports it, with {@link closestId} as a suggestion.
 */
import type { LocalizedText } from './types.js';

interface Named {
  readonly id: string;
  readonly name: LocalizedText;
}

/** NFKC folds full-width letters and digits; ids are lower-case ASCII with hyphens. */
const normalise = (text: string): string =>
  text
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_,，、]+/g, '-');

// An administrative suffix the editor may have written differently: 伊通县 for 伊通满族自治县.
const ZH_SUFFIX = /(?:自治县|自治旗|县|区|市|旗)$/u;

/** The item `typed` names, or undefined (also when a short name would fit several items). */
export function findNamed<T extends Named>(items: readonly T[], typed: string): T | undefined {
  // Most attributes hold the id itself: no need to normalise every name to find it.
  const asTyped = items.find((item) => item.id === typed);
  if (asTyped) return asTyped;
  const key = normalise(typed);
  if (!key) return undefined;
  const exact = items.find(
    (item) =>
      item.id.toLowerCase() === key || normalise(item.name.en) === key || item.name.zh === typed.trim(),
  );
  if (exact) return exact;
  const zh = typed.normalize('NFKC').trim().replace(ZH_SUFFIX, '');
  if (zh.length < 2 || !/^[\u4e00-\u9fff]+$/u.test(zh)) return undefined;
  // A short name: 通化 in 通化县, 呼兰 in 哈尔滨市呼兰区, 伊通 in 伊通满族自治县.
  const partial = items.filter((item) => item.name.zh.includes(zh));
  return partial.length === 1 ? partial[0] : undefined;
}

/** The id nearest to a misspelling (at most one edit per four letters, at least one), if any. */
export function closestId(ids: readonly string[], typed: string): string | undefined {
  const key = normalise(typed);
  const limit = Math.max(1, Math.floor(key.length / 4));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const id of ids) {
    const distance = editDistance(key, id);
    if (distance < bestDistance) [best, bestDistance] = [id, distance];
  }
  return best;
}

/** Ids in a list attribute: separated by spaces, commas or 、 (what editors type). */
export const splitIds = (list: string | null | undefined): string[] =>
  (list ?? '').split(/[\s,，、;；]+/u).filter(Boolean);

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
      }
    }
  }
  return rows[a.length]![b.length]!;
}

/** The most words an English name takes (`Harbin Hulan District`, `Per-capita disposable income`). */
const NAME_WORDS = 4;

/**
 * Each typed entry of a list attribute as its catalogue id when it names one, else as typed (so
 * the chart's "unknown county/indicator" message quotes what the editor wrote). An English name
 * holds spaces (`Tonghua County Hulan District`, `GDP growth`): the longest run of words that names
 * an item is read as one entry.
 */
export function canonicalIds(items: readonly Named[] | undefined, list: string | null | undefined): string[] {
  const typed = splitIds(list);
  if (!items) return typed;
  const ids: string[] = [];
  for (let i = 0; i < typed.length;) {
    let found: Named | undefined;
    let words = Math.min(NAME_WORDS, typed.length - i);
    for (; words > 0 && !found; words--) found = findNamed(items, typed.slice(i, i + words).join(' '));
    ids.push(found?.id ?? typed[i]!);
    i += found ? words + 1 : 1;
  }
  return ids;
}
