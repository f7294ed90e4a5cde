import { describe, expect, it } from 'vitest';
import { approximateChars, batchEntries } from '../../../src/graph/details-batch.ts';

describe('approximateChars', () => {
  it('counts strings by length, lists and records with their names, other scalars as a few', () => {
    expect(approximateChars('abcdef')).toBe(6);
    expect(approximateChars(['ab', 'cde'])).toBe(2 + (2 + 1) + (3 + 1));
    expect(approximateChars({ abstract: 'x'.repeat(1000) })).toBeGreaterThan(1000);
    expect(approximateChars(42)).toBe(8);
  });
});

describe('batchEntries', () => {
  const sizes = (batches: number[][]) => batches.map((batch) => batch.length);

  it('ends a batch at the entry limit', () => {
    const batches = [...batchEntries([1, 2, 3, 4, 5], { entries: 2, chars: Number.POSITIVE_INFINITY }, () => 1)];
    expect(batches).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('ends a batch once its characters reach the limit, so long texts travel in smaller batches', () => {
    // Ten abstracts of 4,000 characters under a 10,000-character limit: three per batch, not all ten.
    const abstracts = Array.from({ length: 10 }, (_, i) => i);
    const batches = [...batchEntries(abstracts, { entries: 500, chars: 10_000 }, () => 4000)];
    expect(sizes(batches)).toEqual([3, 3, 3, 1]);
    expect(batches.flat()).toEqual(abstracts);
  });

  it('keeps every entry, in order, and yields nothing for no entries', () => {
    expect([...batchEntries([], { entries: 3, chars: 10 }, () => 1)]).toEqual([]);
    const entries = Array.from({ length: 7 }, (_, i) => i);
    const batches = [...batchEntries(entries, { entries: 3, chars: 5 }, (i) => i)];
    expect(batches.flat()).toEqual(entries);
    // 0+1+2+3 reaches 5 at the fourth entry, but the entry limit (3) ends the first batch before.
    expect(batches[0]).toEqual([0, 1, 2]);
    expect(batches[1]).toEqual([3, 4]);
  });
});
