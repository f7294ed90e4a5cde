import { describe, expect, it } from 'vitest';
import { changeG, recentWindow, SIGNIFICANT_G, trendSections, type EntityTrend, type TrendsReport } from '../../src/index.ts';

const trend = (key: string, firstSeen: string, growth: number, total = 5, bursts: EntityTrend['bursts'] = [], counts: number[] = []): EntityTrend => ({
  key,
  label: key,
  kind: 'model',
  counts,
  total,
  firstSeen,
  growth,
  bursts,
});

describe('recentWindow', () => {
  it('takes the fewest last bins holding a quarter of the dated papers', () => {
    expect(recentWindow([10, 10, 10, 10, 10, 10, 10, 10])).toBe(2);
    // Papers crowd into the last months (the 2025-26 corpus: 27 of 74,538 papers before August 2024).
    expect(recentWindow([1, 0, 0, 1, 0, 2, 500, 900, 1200, 1500])).toBe(1);
    expect(recentWindow([1, 0, 0, 1, 0, 2, 500, 900, 1200, 300])).toBe(2);
  });

  it('never spans every bin of a series of two or more, and follows --recent when given', () => {
    expect(recentWindow([5, 5])).toBe(1);
    expect(recentWindow([5])).toBe(1);
    expect(recentWindow([1, 2, 3], 2)).toBe(2);
    expect(recentWindow([1, 2, 3], 9)).toBe(2);
    expect(recentWindow([1, 2, 3], 3)).toBe(2);
  });

  it('is chosen by papers: stray early papers leave the bins before it a quarter of the papers when they can', () => {
    // A 3,000-paper slice of the 2025-26 corpus: one paper in 2022-09, one in 2024-09, then 2,682 and 316.
    const slice = new Array<number>(32).fill(0);
    slice[0] = 1;
    slice[24] = 1;
    slice[30] = 2682;
    slice[31] = 316;
    // The last two months hold a quarter but leave two papers before them: the last month is compared instead.
    expect(recentWindow(slice)).toBe(1);
    // Two busy months at the end, a long sparse head: the window stays one month, never the whole busy part.
    expect(recentWindow([3, 0, 0, 0, 0, 0, 2, 400, 420])).toBe(1);
    // Three even months at the end: the last one holds a third of the papers.
    expect(recentWindow([1, 0, 1, 300, 300, 300])).toBe(1);
    // A steady corpus: a quarter of the bins.
    expect(recentWindow(new Array<number>(12).fill(50))).toBe(3);
  });
});

describe('trendSections', () => {
  const bins = ['2025-01', '2025-02', '2025-03', '2025-04'];
  const report: TrendsReport = {
    by: 'month',
    bins,
    papers: [10, 10, 10, 10],
    entities: [
      trend('model:steady', '2025-01', 1, 9, [], [2, 2, 2, 3]),
      trend('model:rising', '2025-01', 2.2, 9, [], [1, 1, 1, 6]),
      trend('model:new', '2025-04', 5, 3, [{ start: '2025-04', end: '2025-04', weight: 4 }], [0, 0, 0, 3]),
      trend('model:fading', '2025-02', 0.4, 8, [], [0, 4, 4, 0]),
      trend('model:burst-over', '2025-01', 1.1, 2, [{ start: '2025-02', end: '2025-02', weight: 9 }], [0, 2, 0, 0]),
      // a growth of 2 from 1 paper to 2: what chance gives such counts (G 2.5), neither rising nor listed
      trend('model:noisy', '2025-02', 2, 3, [], [0, 1, 0, 2]),
    ],
  };

  it('ranks each question a researcher asks', () => {
    const sections = Object.fromEntries(trendSections(report, 1).map((section) => [section.name, section.rows.map((row) => row.key)]));
    expect(sections).toEqual({
      rising: ['model:rising'],
      bursting: ['model:new'],
      new: ['model:new'],
      fading: ['model:fading'],
      top: ['model:steady', 'model:rising', 'model:new', 'model:fading', 'model:burst-over', 'model:noisy'],
    });
  });

  it('cuts each section to the rows asked for', () => {
    expect(trendSections(report, 1, 2).find((section) => section.name === 'top')!.rows).toHaveLength(2);
  });
});

describe('changeG', () => {
  it('is 0 for equal shares and grows with the evidence of a change', () => {
    expect(changeG(10, 100, 20, 200)).toBe(0);
    expect(changeG(6, 2400, 2, 2600)).toBeLessThan(SIGNIFICANT_G);
    expect(changeG(60, 2400, 20, 2600)).toBeGreaterThan(20);
    expect(changeG(0, 0, 0, 0)).toBe(0);
  });
});

