import { describe, expect, it } from 'vitest';
import { binRange, binOf } from '../../src/time/bins.ts';
import { kleinbergBursts } from '../../src/time/kleinberg.ts';

describe('kleinbergBursts', () => {
  it('finds one burst where the share jumps, and nothing in a flat series', () => {
    const totals = new Array(12).fill(1000);
    const flat = new Array(12).fill(20);
    expect(kleinbergBursts(flat, totals)).toEqual([]);
    const bursty = [20, 20, 20, 20, 90, 110, 100, 20, 20, 20, 20, 20];
    const bursts = kleinbergBursts(bursty, totals);
    expect(bursts.map(({ start, end }) => [start, end])).toEqual([[4, 6]]);
    expect(bursts[0]!.weight).toBeGreaterThan(0);
  });

  it('finds two separate bursts, the stronger with the larger weight', () => {
    const totals = new Array(16).fill(500);
    const counts = [5, 5, 5, 40, 45, 5, 5, 5, 5, 5, 5, 80, 90, 85, 5, 5];
    const bursts = kleinbergBursts(counts, totals);
    expect(bursts.map(({ start, end }) => [start, end])).toEqual([[3, 4], [11, 13]]);
    expect(bursts[1]!.weight).toBeGreaterThan(bursts[0]!.weight);
  });

  it('reads shares, not counts: more papers in a bin is no burst when the field grows alike', () => {
    const totals = [100, 100, 1000, 1000, 100, 100];
    const counts = [10, 10, 100, 100, 10, 10];
    expect(kleinbergBursts(counts, totals)).toEqual([]);
  });

  it('a burst running to the last bin ends there; a higher entry cost (gamma) keeps weak bursts out', () => {
    const totals = new Array(10).fill(200);
    const counts = [4, 4, 4, 4, 4, 4, 4, 4, 20, 24];
    expect(kleinbergBursts(counts, totals).map(({ start, end }) => [start, end])).toEqual([[8, 9]]);
    const weak = [4, 4, 4, 9, 4, 4, 4, 4, 4, 4];
    expect(kleinbergBursts(weak, totals, { gamma: 1 }).length).toBeLessThanOrEqual(1);
    expect(kleinbergBursts(weak, totals, { gamma: 6 })).toEqual([]);
  });

  it('gives nothing for empty or degenerate series', () => {
    expect(kleinbergBursts([], [])).toEqual([]);
    expect(kleinbergBursts([0, 0], [10, 10])).toEqual([]);
    expect(kleinbergBursts([3, 3], [3, 3])).toEqual([]);
  });
});

describe('bins', () => {
  it('bins dates by month, quarter and year, and leaves a year-only date out of months', () => {
    expect(binOf('2025-03-14', 'month')).toBe('2025-03');
    expect(binOf('2025-03', 'quarter')).toBe('2025-Q1');
    expect(binOf('2025-12-01', 'quarter')).toBe('2025-Q4');
    expect(binOf('2025-03', 'year')).toBe('2025');
    expect(binOf('2025', 'month')).toBeUndefined();
  });

  it('enumerates every bin between two, across years', () => {
    expect(binRange('2024-11', '2025-02', 'month')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(binRange('2024-Q4', '2025-Q2', 'quarter')).toEqual(['2024-Q4', '2025-Q1', '2025-Q2']);
    expect(binRange('2023', '2025', 'year')).toEqual(['2023', '2024', '2025']);
  });
});
