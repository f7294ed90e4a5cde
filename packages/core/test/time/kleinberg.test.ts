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

  it('starts a burst at the first bin that names the entity, not in the empty months before it', () => {
    // months with no paper at all (a gap in the dates: 4 stray older papers, then none for four months) cost nothing
    // in either state; the burst at the entity's first papers must not reach back into them (a reviewer's report:
    // `o1 … first 2025-03  burst 2024-11…2025-04`)
    const totals = [2, 2, 0, 0, 0, 0, 300, 300, 300, 300, 300, 300];
    const counts = [0, 0, 0, 0, 0, 0, 30, 28, 3, 2, 3, 2];
    const bursts = kleinbergBursts(counts, totals, { gamma: 0.5 });
    expect(bursts.map(({ start, end }) => [start, end])).toEqual([[6, 7]]);
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

describe('kleinbergBursts against the automaton written out plainly', () => {
  /** Kleinberg's two-state Viterbi as the module's comment states it, with no reuse of arrays or costs. */
  function plain(counts: number[], totals: number[], s = 2, gamma = 1): Array<{ start: number; end: number; weight: number }> {
    const n = counts.length;
    const R = counts.reduce((a, b) => a + b, 0);
    const D = totals.reduce((a, b) => a + b, 0);
    if (n === 0 || R === 0 || D === 0 || R >= D) return [];
    const p0 = R / D;
    const p1 = Math.min(s * p0, 0.9999);
    if (p1 <= p0) return [];
    const cost = (t: number, p: number) => (totals[t]! > 0 ? -(counts[t]! * Math.log(p) + (totals[t]! - counts[t]!) * Math.log(1 - p)) : 0);
    const enter = gamma * Math.log(n);
    const best: number[][] = [[cost(0, p0)], [enter + cost(0, p1)]];
    const from: number[][] = [[0], [0]];
    for (let t = 1; t < n; t++) {
      const to0 = best[0]![t - 1]! <= best[1]![t - 1]! ? 0 : 1;
      best[0]![t] = best[to0]![t - 1]! + cost(t, p0);
      from[0]![t] = to0;
      const to1 = best[1]![t - 1]! <= best[0]![t - 1]! + enter ? 1 : 0;
      best[1]![t] = (to1 === 1 ? best[1]![t - 1]! : best[0]![t - 1]! + enter) + cost(t, p1);
      from[1]![t] = to1;
    }
    const states = new Array<number>(n);
    states[n - 1] = best[1]![n - 1]! < best[0]![n - 1]! ? 1 : 0;
    for (let t = n - 1; t > 0; t--) states[t - 1] = from[states[t]!]![t]!;
    const bursts: Array<{ start: number; end: number; weight: number }> = [];
    for (let t = 0; t < n; t++) {
      if (states[t] !== 1) continue;
      let start = t;
      while (t < n && states[t] === 1) t++;
      let end = t - 1;
      // trimmed to the bins that name the entity at its ends
      while (start <= end && counts[start] === 0) start++;
      while (end >= start && counts[end] === 0) end--;
      if (start > end) continue;
      let weight = 0;
      for (let u = start; u <= end; u++) weight += cost(u, p0) - cost(u, p1);
      bursts.push({ start, end, weight });
    }
    return bursts;
  }

  it('finds the same bursts, with the same weights, on a thousand random series of every length (scratch reused)', () => {
    let seed = 12345;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    let bursty = 0;
    for (let trial = 0; trial < 1000; trial++) {
      // Lengths up and down, so the reused arrays are longer than some series and shorter than others.
      const n = 1 + Math.floor(random() * (trial % 2 === 0 ? 8 : 60));
      const totals = Array.from({ length: n }, () => (random() < 0.1 ? 0 : 1 + Math.floor(random() * 400)));
      const counts = totals.map((d) => Math.floor(d * random() * (random() < 0.2 ? 0.6 : 0.08)));
      const s = trial % 3 === 0 ? 3 : 2;
      const gamma = trial % 5 === 0 ? 0.5 : 1;
      const expected = plain(counts, totals, s, gamma);
      expect(kleinbergBursts(counts, totals, { s, gamma })).toEqual(expected);
      if (expected.length > 0) bursty++;
    }
    // The series exercise the automaton: many have bursts, many have none.
    expect(bursty).toBeGreaterThan(100);
    expect(bursty).toBeLessThan(900);
  });
});
