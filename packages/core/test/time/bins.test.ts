import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/index.ts';
import { binSpanOf, chooseBins, MONTHS_MAX_SPAN } from '../../src/time/bins.ts';
import { trends } from '../../src/time/trends.ts';

/** `n` dates, one per month from `start` (invented dates, for the rule). */
function monthly(start: string, n: number): string[] {
  const [year, month] = start.split('-').map(Number) as [number, number];
  return Array.from({ length: n }, (_, i) => {
    const ordinal = year * 12 + month - 1 + i;
    return `${Math.floor(ordinal / 12)}-${String((ordinal % 12) + 1).padStart(2, '0')}`;
  });
}

describe('chooseBins', () => {
  it('months when every paper has one over a short span (an arXiv listing)', () => {
    // The span is that of all but the first and last 5% (here one paper at each end): 2023-02 to 2025-11.
    expect(chooseBins(monthly('2023-01', 36))).toEqual({ by: 'month', dated: 36, yearOnly: 0, spanMonths: 34, reason: 'months' });
  });

  it('years when no paper has a month', () => {
    expect(chooseBins(['2019', '2020', '2020'])).toMatchObject({ by: 'year', yearOnly: 3, reason: 'no-months' });
  });

  it('years when more than a tenth of the papers are dated only to the year (Web of Science months mixed with Scopus years)', () => {
    const months = monthly('2015-01', 60);
    expect(chooseBins([...months, ...Array<string>(6).fill('2016')]).by).toBe('month');
    expect(chooseBins([...months, ...Array<string>(7).fill('2016')])).toMatchObject({ by: 'year', dated: 67, yearOnly: 7, reason: 'year-only' });
  });

  it('years when the months span over ten years; a few stray early or late papers do not count', () => {
    const halves = (last: string) => [...Array<string>(50).fill('2010-01'), ...Array<string>(50).fill(last)];
    expect(chooseBins(halves('2019-12'))).toMatchObject({ by: 'month', spanMonths: MONTHS_MAX_SPAN });
    expect(chooseBins(halves('2020-01'))).toMatchObject({ by: 'year', spanMonths: MONTHS_MAX_SPAN + 1, reason: 'long-span' });
    // 2 papers of 1995 and 2 of 2040 beside 96 in 2023-2024: the middle 90% span 2 years.
    const strays = ['1995-03', '1995-04', ...Array<string>(48).fill('2023-06'), ...Array<string>(48).fill('2024-06'), '2040-01', '2040-02'];
    expect(chooseBins(strays)).toMatchObject({ by: 'month', spanMonths: 13 });
  });
});

describe('binSpanOf', () => {
  it('is the one bin a date falls in, or the bins of the whole year of a date less precise than them', () => {
    expect(binSpanOf('2025-03-14', 'month')).toEqual(['2025-03', '2025-03']);
    expect(binSpanOf('2025', 'month')).toEqual(['2025-01', '2025-12']);
    expect(binSpanOf('2025', 'quarter')).toEqual(['2025-Q1', '2025-Q4']);
    expect(binSpanOf('2025-03', 'year')).toEqual(['2025', '2025']);
  });
});

describe('trends bins on papers dated to different precisions', () => {
  // Invented records: four arXiv papers of 2024 (months from their ids), one dated 2019 alone, one 2026 alone.
  const records = [
    ...['2401.00001', '2403.00002', '2405.00003', '2407.00004'].map((id, i) => ({ id, title: `Month paper ${i}`, abstract: 'We fine-tune Llama-3-8B.', authors: ['A B'] })),
    { title: 'Year paper 2019', abstract: 'We fine-tune Llama-3-8B.', authors: ['C D'], year: 2019 },
    { title: 'Year paper 2026', abstract: 'We evaluate on MMLU.', authors: ['E F'], year: 2026 },
  ];
  const { graph } = runPipeline([{ name: 'mixed.json', text: JSON.stringify(records) }], { layout: false });

  it('month bins span every dated paper: papers of a year alone stretch them over their whole year, counted apart', () => {
    const { report, coverage } = trends(graph, { by: 'month' });
    expect(report.bins[0]).toBe('2019-01');
    expect(report.bins.at(-1)).toBe('2026-12');
    expect(report.bins).toHaveLength(8 * 12);
    expect(report.papers.reduce((a, b) => a + b, 0)).toBe(4);
    expect(coverage).toEqual({ papers: 6, undated: 0, imprecise: 2 });
  });

  it('auto: a third of the papers dated to the year alone gives years, where every dated paper counts in its year', () => {
    const { report, coverage, autoBins } = trends(graph, { by: 'auto' });
    expect(autoBins).toMatchObject({ by: 'year', dated: 6, yearOnly: 2, reason: 'year-only' });
    expect(report.by).toBe('year');
    expect(report.bins).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']);
    expect(report.papers).toEqual([1, 0, 0, 0, 0, 4, 0, 1]);
    expect(coverage.imprecise).toBe(0);
    const llama = report.entities.find((entity) => entity.label === 'Llama-3-8B')!;
    expect(llama.counts).toEqual([1, 0, 0, 0, 0, 4, 0, 0]);
  });
});
