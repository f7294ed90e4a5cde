import { describe, expect, it } from 'vitest';
import { Piece } from '../../src/export/sink.ts';

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
