import { describe, expect, it } from 'vitest';
import { decodeReport } from './decode.js';

const SENTENCE = '地区生产总值增长6%';
// The same sentence as GBK bytes, as a county site might serve it.
const GBK = Uint8Array.from([
  0xb5, 0xd8, 0xc7, 0xf8, 0xc9, 0xfa, 0xb2, 0xfa, 0xd7, 0xdc, 0xd6, 0xb5, 0xd4, 0xf6, 0xb3, 0xa4, 0x36, 0x25,
]);

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = [bigEndian ? 0xfe : 0xff, bigEndian ? 0xff : 0xfe];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    bytes.push(...(bigEndian ? [code >> 8, code & 0xff] : [code & 0xff, code >> 8]));
  }
  return Uint8Array.from(bytes);
}

describe('decodeReport', () => {
  it('reads UTF-8 as it is, byte-order mark kept (offsets as readFileSync gives them)', () => {
    expect(decodeReport(new TextEncoder().encode(SENTENCE))).toEqual({ text: SENTENCE, encoding: 'utf-8' });
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SENTENCE)]);
    expect(decodeReport(withBom).text).toBe(`\ufeff${SENTENCE}`);
  });

  it('reads GBK / GB18030 bytes, which are not valid UTF-8', () => {
    expect(decodeReport(GBK)).toEqual({ text: SENTENCE, encoding: 'gb18030' });
  });

  it('reads UTF-16 with a byte-order mark, either order', () => {
    expect(decodeReport(utf16(SENTENCE, false))).toEqual({ text: SENTENCE, encoding: 'utf-16le' });
    expect(decodeReport(utf16(SENTENCE, true))).toEqual({ text: SENTENCE, encoding: 'utf-16be' });
  });
});
