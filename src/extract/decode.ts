/**
 * A report file's bytes as text. Reports come as UTF-8 (the seeds), but many county sites and
 * document archives still publish GBK/GB18030, and Word exports UTF-16: read as UTF-8 those would
 * be mojibake, and the extractor would find nothing, or worse, nonsense. Offsets of figures refer
 * to the text returned here (a UTF-8 byte-order mark is kept, as `readFileSync(file, 'utf8')` keeps it).
 */
export type ReportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export function decodeReport(bytes: Uint8Array): { text: string; encoding: ReportEncoding } {
  const decode = (encoding: ReportEncoding, fatal = false): string =>
    new TextDecoder(encoding, { fatal, ignoreBOM: encoding === 'utf-8' }).decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode('utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode('utf-16be'), encoding: 'utf-16be' };
  try {
    return { text: decode('utf-8', true), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: GB18030, the superset of GBK and GB2312 that Chinese government sites use.
    return { text: decode('gb18030'), encoding: 'gb18030' };
  }
}
