import { describe, expect, it } from 'vitest';
import { lineCounter } from '../../src/ingest/text-lines.ts';

describe('lineCounter', () => {
  it('gives the 1-based line of ascending offsets, and of an offset before the last one', () => {
    const text = 'one\ntwo\n\nfour\nfive';
    const lineAt = lineCounter(text);
    expect([0, 3, 4, 8, 9, 14, 18].map(lineAt)).toEqual([1, 1, 2, 3, 4, 5, 5]);
    expect(lineAt(5)).toBe(2);
    expect(lineAt(text.length)).toBe(5);
  });
});
