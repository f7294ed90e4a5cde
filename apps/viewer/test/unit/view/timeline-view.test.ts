import { describe, expect, it } from 'vitest';
import type { TimelineBar } from '../../../src/model/timeline.ts';
import { barEdges } from '../../../src/view/timeline-view.ts';

const plain = (i: number): TimelineBar => ({ first: i, last: i, papers: 1, gathered: null });

describe('the widths of the histogram’s bars', () => {
  it('are equal for bars of one bin', () => {
    expect(barEdges([plain(0), plain(1), plain(2), plain(3)])).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('give a gathered bar the width of one bin among many, at most 12% of the strip among few', () => {
    const many = barEdges([{ first: 0, last: 320, papers: 4, gathered: 'earlier' }, ...Array.from({ length: 16 }, (_, i) => plain(321 + i))]);
    expect(many[1]).toBeCloseTo(1 / 17, 10);
    // The 5,000-paper graph: an earlier bar and two months.
    const few = barEdges([{ first: 0, last: 29, papers: 4, gathered: 'earlier' }, plain(30), plain(31)]);
    expect(few[1]).toBeCloseTo(0.12, 10);
    expect(few[2]! - few[1]!).toBeCloseTo(few[3]! - few[2]!, 10);
    expect(few.at(-1)).toBe(1);
    // Both ends gathered: each at most 12%.
    const both = barEdges([{ first: 0, last: 9, papers: 1, gathered: 'earlier' }, plain(10), plain(11), { first: 12, last: 30, papers: 1, gathered: 'later' }]);
    expect(both[1]).toBeCloseTo(0.12, 10);
    expect(1 - both[3]!).toBeCloseTo(0.12, 10);
  });
});
