import { describe, expect, it } from 'vitest';
import { isLang, normalizeLang } from './lang.js';

describe('normalizeLang', () => {
  it.each([
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-cn', 'zh-CN'],
    ['zh_CN', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['ZH', 'zh-CN'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['EN', 'en'],
    ['fr', 'en'],
    ['de-DE', 'en'],
    ['  en-US ', 'en'],
    ['cn', 'zh-CN'],
    ['CN', 'zh-CN'],
    ['中文', 'zh-CN'],
    ['简体中文', 'zh-CN'],
    ['Chinese', 'zh-CN'],
    ['汉语', 'zh-CN'],
    ['English', 'en'],
    [' english ', 'en'],
    ['英文', 'en'],
    ['英语', 'en'],
  ] as const)('%s → %s', (input, expected) => {
    expect(normalizeLang(input)).toBe(expected);
  });

  it.each([null, undefined, '', '  ', '??', '123', 'zhongwen-!!', 'x'])('junk %j falls back', (input) => {
    expect(normalizeLang(input)).toBe('zh-CN');
    expect(normalizeLang(input, 'en')).toBe('en');
  });

  it('does not take a tag that merely starts with zh letters for Chinese', () => {
    // "zha" (Zhuang) is a different language; it gets English, not Chinese.
    expect(normalizeLang('zha')).toBe('en');
  });

  it('isLang accepts only the two canonical values', () => {
    expect(isLang('zh-CN')).toBe(true);
    expect(isLang('en')).toBe(true);
    expect(isLang('zh')).toBe(false);
    expect(isLang(3)).toBe(false);
  });
});
