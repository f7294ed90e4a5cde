import { describe, expect, it } from 'vitest';
import { decodeText, decodeUtf8Lenient, looksLikeUtf16WithoutBom, sniffEncoding } from '../../src/ingest/encoding.ts';

const utf16 = (text: string, endian: 'le' | 'be', bom = true) => {
  const bytes: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (endian === 'le') bytes.push(code & 0xff, code >> 8);
    else bytes.push(code >> 8, code & 0xff);
  }
  return new Uint8Array(bytes);
};

describe('decoding input bytes', () => {
  it('UTF-8 with and without byte order mark', () => {
    expect(decodeText(new TextEncoder().encode('Müller ✓'))).toEqual({ text: 'Müller ✓', encoding: 'utf-8', linesWithBadBytes: [] });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('[1]')]))).toEqual({ text: '[1]', encoding: 'utf-8', linesWithBadBytes: [] });
  });

  it('UTF-16 little and big endian by their byte order mark', () => {
    expect(sniffEncoding(utf16('a', 'le'))).toEqual({ encoding: 'utf-16le', bomBytes: 2 });
    expect(decodeText(utf16('Zoë 王\nb', 'le'))).toEqual({ text: 'Zoë 王\nb', encoding: 'utf-16le', linesWithBadBytes: [] });
    expect(decodeText(utf16('Zoë 王\nb', 'be'))).toEqual({ text: 'Zoë 王\nb', encoding: 'utf-16be', linesWithBadBytes: [] });
  });

  it('Latin-1 bytes are read as Latin-1 (windows-1252) and their lines listed; valid UTF-8 around them stays', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('ok\nM'), 0xfc, ...new TextEncoder().encode('ller ✓ '), 0x93, 0x94, 0x0a, 0x41, 0x0a, 0xe9]);
    expect(decodeText(bytes)).toEqual({ text: 'ok\nMüller ✓ “”\nA\né', encoding: 'utf-8', linesWithBadBytes: [2, 4] });
  });

  it('rejects overlong forms, surrogates and truncated sequences as bad bytes', () => {
    for (const bad of [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf4, 0x90, 0x80, 0x80], [0xff]]) {
      expect(decodeUtf8Lenient(new Uint8Array([0x61, ...bad, 0x62])).linesWithBadBytes, bad.join(' ')).toEqual([1]);
    }
    expect(decodeUtf8Lenient(new TextEncoder().encode('€ 𝛼 ✓')).linesWithBadBytes).toEqual([]);
  });

  it('tells UTF-16 without byte order mark (for the report on it)', () => {
    expect(looksLikeUtf16WithoutBom(new TextDecoder().decode(utf16('{"title": "A paper"}', 'le', false)))).toBe(true);
    expect(looksLikeUtf16WithoutBom('{"title": "A paper"}')).toBe(false);
  });
});
