import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/index.ts';
import { growthOf, growthText, trends } from '../../src/time/trends.ts';

/** Papers over six months: Llama-3-8B in every month, Qwen2.5-7B only in the last two. */
function corpus() {
  const records = [];
  for (let month = 1; month <= 6; month++) {
    for (let i = 0; i < 4; i++) {
      const id = `2501.${String(month * 100 + i).padStart(5, '0')}`.replace('2501', `250${month}`);
      const names = ['Llama-3-8B'];
      if (month >= 5 && i < 3) names.push('Qwen2.5-7B');
      records.push({ id, title: `Paper ${month}.${i}`, abstract: `We fine-tune ${names.join(' and ')} on our data.`, authors: ['A B'] });
    }
  }
  records.push({ title: 'An undated paper', abstract: 'We fine-tune Llama-3-8B.', authors: ['C D'] });
  return JSON.stringify(records);
}

describe('trends', () => {
  const { graph } = runPipeline([{ name: 'x.json', text: corpus() }], { layout: false });

  it('bins papers by month from the arXiv id, every bin from first to last, and counts the undated apart', () => {
    const { report, coverage } = trends(graph, { by: 'month' });
    expect(report.bins).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']);
    expect(report.papers).toEqual([4, 4, 4, 4, 4, 4]);
    expect(coverage).toEqual({ papers: 25, undated: 1, imprecise: 0 });
  });

  it("reads a placeholder date (9999-12-31, year 2999) as none: the arXiv id's month where there is one, else undated", () => {
    const records = JSON.parse(corpus()) as Array<Record<string, unknown>>;
    records[0]!['published'] = '9999-12-31';
    records.push({ title: 'A paper of the year 2999', abstract: 'We fine-tune Llama-3-8B.', authors: ['E F'], year: 2999 });
    records.push({ title: 'A paper of no day', abstract: 'We fine-tune Llama-3-8B.', authors: ['G H'], date: 'Dec 31, 9999' });
    const placeheld = runPipeline([{ name: 'p.json', text: JSON.stringify(records) }], { layout: false }).graph;
    const { report, coverage } = trends(placeheld, { by: 'month' });
    expect(report.bins).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']);
    expect(coverage).toEqual({ papers: 27, undated: 3, imprecise: 0 });
    expect(placeheld.getNodeAttributes('paper:2501.00100').date).toBe('2025-01');
  });

  it('gives each entity its counts, total, first bin, growth and bursts', () => {
    const { report } = trends(graph, { by: 'month' });
    expect(Object.keys(report)).toEqual(['by', 'bins', 'papers', 'entities']);
    const llama = report.entities.find((e) => e.label === 'Llama-3-8B')!;
    const qwen = report.entities.find((e) => e.label === 'Qwen2.5-7B')!;
    expect(Object.keys(llama)).toEqual(['key', 'label', 'kind', 'counts', 'total', 'firstSeen', 'growth', 'bursts']);
    expect(llama.counts).toEqual([4, 4, 4, 4, 4, 4]);
    expect(llama.total).toBe(24);
    expect(llama.growth).toBe(1);
    expect(qwen.counts).toEqual([0, 0, 0, 0, 3, 3]);
    expect(qwen.firstSeen).toBe('2025-05');
    expect(qwen.growth).toBeGreaterThan(2);
    expect(qwen.bursts).toEqual([{ start: '2025-05', end: '2025-06', weight: expect.any(Number) }]);
    // Ranked by total, then key.
    expect(report.entities[0]!.label).toBe('Llama-3-8B');
  });

  it('computes only the entities asked for, each with the trend the whole report gives it', () => {
    const { report } = trends(graph, { by: 'month' });
    const qwen = report.entities.find((e) => e.label === 'Qwen2.5-7B')!;
    const { report: one } = trends(graph, { by: 'month', kinds: ['model'], keys: [qwen.key, qwen.key, 'model:no-such-model'] });
    expect(one.bins).toEqual(report.bins);
    expect(one.papers).toEqual(report.papers);
    expect(one.entities).toEqual([qwen]);
    // A key of another kind than the ones asked for is left out.
    expect(trends(graph, { by: 'month', kinds: ['dataset'], keys: [qwen.key] }).report.entities).toEqual([]);
  });

  it('bins by quarter and year', () => {
    expect(trends(graph, { by: 'quarter' }).report.bins).toEqual(['2025-Q1', '2025-Q2']);
    expect(trends(graph, { by: 'year' }).report.papers).toEqual([24]);
  });

  it('growth compares the recent window with the bins before, raised by the overall share so a new entity stays finite', () => {
    expect(growthOf([1, 1, 1, 1], [10, 10, 10, 10], 1)).toBe(1);
    // New in the last bin: (5/10 + 5/40) / (0 + 5/40) = 5 = 1 + all papers / recent papers.
    expect(growthOf([0, 0, 0, 5], [10, 10, 10, 10], 1)).toBe(5);
    // Share doubled: (0.2 + 0.125) / (0.1 + 0.125).
    expect(growthOf([1, 1, 1, 2], [10, 10, 10, 10], 1)).toBeCloseTo(0.325 / 0.225, 3);
    expect(growthOf([0, 0, 0, 0], [10, 10, 10, 10], 1)).toBe(1);
    expect(growthOf([5], [10], 1)).toBe(1);
  });
});

describe('growthText', () => {
  it('rounds down, so a growth below the Rising threshold never reads as it (1.495 → 1.49×)', () => {
    expect(growthText(1.495)).toBe('1.49×');
    expect(growthText(1.5)).toBe('1.50×');
    expect(growthText(1.15)).toBe('1.15×');
    expect(growthText(0.999, 1)).toBe('0.9×');
    expect(growthText(2, 1)).toBe('2.0×');
  });
});
