import { describe, expect, it } from 'vitest';
import { ownScriptUrl } from './own-script-url.js';

const url = 'https://cdn.example.org:8443/county-charts/1.2.0/county-charts.js?v=3';

describe('ownScriptUrl', () => {
  it('is the classic script element’s src', () => {
    expect(ownScriptUrl({ src: url } as unknown as Element, '')).toBe(url);
  });

  it('is the file named by the stack in a module (V8, SpiderMonkey, JavaScriptCore)', () => {
    const stacks = [
      `Error\n    at ownScriptUrl (${url}:1:2345)\n    at ${url}:1:99`,
      `Error\n    at ${url}:1:2345`,
      `ownScriptUrl@${url}:1:2345\n@${url}:1:99\n`,
      `ownScriptUrl@${url}:1:2345\nmodule code@${url}:1:99`,
    ];
    for (const stack of stacks) expect(ownScriptUrl(null, stack), stack).toBe(url);
    expect(ownScriptUrl(null, 'Error\n    at file:///srv/embed/county-charts.js:3:7')).toBe(
      'file:///srv/embed/county-charts.js',
    );
  });

  it('is undefined when neither says', () => {
    expect(ownScriptUrl(null, undefined)).toBeUndefined();
    expect(ownScriptUrl(null, 'Error\n    at <anonymous>')).toBeUndefined();
    expect(ownScriptUrl({ src: '' } as unknown as Element, '')).toBeUndefined();
  });
});
