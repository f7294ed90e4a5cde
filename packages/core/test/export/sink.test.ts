import { describe, expect, it } from 'vitest';
import { escapeXmlText, gexfListText, valueText } from '../../src/export/attributes.ts';
import { ByteSink, Column, Piece, StringSink } from '../../src/export/sink.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('Piece', () => {
  it("holds its text's UTF-8 bytes: ASCII, accents, CJK, surrogate pairs, long text", () => {
    for (const text of ['', '    <node id="', 'Erdős–Rényi', '深度学习', '🦙 LLaMA', 'x'.repeat(10_000), '€'.repeat(2_000)]) {
      expect(new Piece(text).bytes).toEqual(utf8(text));
    }
  });

  it('keeps its bytes while many more pieces are made (they share buffers)', () => {
    const texts = Array.from({ length: 3_000 }, (_, i) => `      <data key="n${i % 40}">${'é'.repeat(i % 50)}${i}</data>\n`);
    const pieces = texts.map((text) => new Piece(text));
    const wrong = pieces.filter((piece, i) => Buffer.compare(piece.bytes, utf8(texts[i]!)) !== 0);
    expect(wrong).toEqual([]);
  });
});

// Values that take every branch: short and long text (the byte-by-byte copy and the encoder), each escape, `]]>`
// (its `>` escaped in text, also with a dropped character inside), surrogates, lists that need JSON escapes.
const AWKWARD: unknown[] = [
  'plain',
  `${'x'.repeat(70)} LMs' "thinking" & <tags> a > b`,
  'First line.\nSecond\tcolumn,\r\nthird line.',
  'a]]>b',
  'a]]\u0001>b',
  `${'y'.repeat(70)}]]>`,
  'pair \ud83d\u0001\ude00 lone \ud83d end',
  'é\u0007',
  42,
  0.25,
  true,
  ['a"b', 'ok', 'é\u0001', '\ud800', ']]>', 'x > y'],
  [],
  { k: [1, 'v'] },
];

describe('ByteSink and StringSink', () => {
  it('write element text as escapeXmlText(valueText(v)), in the same bytes', () => {
    for (const value of AWKWARD) {
      const strings = new StringSink();
      const bytes = new ByteSink();
      strings.addTextValue(value);
      bytes.addTextValue(value);
      const text = strings.take();
      expect(text).toBe(typeof value === 'number' || typeof value === 'boolean' ? String(value) : escapeXmlText(valueText(value)));
      expect(Buffer.from(bytes.take()).equals(Buffer.from(text, 'utf8'))).toBe(true);
    }
    expect(escapeXmlText('a]]\u0001>b')).toBe('a]]&gt;b');
    expect(escapeXmlText(`LMs' "x" & <y> \r`)).toBe(`LMs' "x" &amp; &lt;y> &#13;`);
  });

  it("a column writes each value's line as its form says (attribute, liststring, text), cached or not", () => {
    for (const form of ['attribute', 'liststring', 'text'] as const) {
      const column = new Column('tags', '<v>', '</v>', form);
      for (const value of [...AWKWARD, ...AWKWARD]) {
        const strings = new StringSink();
        const bytes = new ByteSink();
        column.write(strings, value);
        column.write(bytes, value);
        const text = strings.take();
        const inner = text.slice(3, -4);
        if (form === 'text') expect(inner).toBe(typeof value === 'string' || typeof value === 'object' ? escapeXmlText(valueText(value)) : String(value));
        if (form === 'liststring' && Array.isArray(value)) expect(inner).toBe(gexfListText(value as string[]));
        expect(Buffer.from(bytes.take()).equals(Buffer.from(text, 'utf8'))).toBe(true);
      }
    }
  });
});
