import { changeG, peakOf, recentWindow, RISING_MIN_GROWTH, trends, trendSections, type EntityTrend, type TrendsReport } from '@papergraph/core';
import { describe, expect, it } from 'vitest';
// The CLI's terminal sections are the reference for what "Rising" means.
import { buildTimeline } from '../../../src/model/timeline.ts';
import { binSpanWords, GraphTrends, recentWindowWords, risingEntities, shares, shareText, windowCounts } from '../../../src/model/trends.ts';
import { timeGraph } from '../../fixtures/time-graph.ts';

/** (Its counts: a rise beyond chance, 1 paper a month then 9 in each recent month, as Rising requires besides growth.) */
const trend = (key: string, firstSeen: string, growth: number, total = 3): EntityTrend => ({ key, label: key, kind: 'model', counts: [1, 1, 1, 1, 1, 1, 9, 9], total, firstSeen, growth, bursts: [] });

/** Eight months: the recent window is the last two (from 2025-07). */
function report(entities: EntityTrend[]): TrendsReport {
  const bins = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08'];
  return { by: 'month', bins, papers: bins.map(() => 10), entities };
}

function graphTrends() {
  const graph = timeGraph();
  const timeline = buildTimeline(graph);
  if (!timeline) throw new Error('the real papers have dates');
  return { graph, trends: new GraphTrends(graph, timeline) };
}

describe('Rising ranking', () => {
  it('keeps entities seen before the recent window whose growth is at least 1.5, most grown first', () => {
    const rows = risingEntities(
      report([
        trend('model:steady', '2025-01', 1),
        trend('model:doubled', '2025-02', 2.1),
        trend('model:just-enough', '2025-03', RISING_MIN_GROWTH),
        trend('model:tripled', '2025-01', 3.4),
        trend('model:brand-new', '2025-07', 5), // first seen in the window: new, not rising
        trend('model:fading', '2025-01', 0.4),
      ]),
    );
    expect(rows.map((row) => row.key)).toEqual(['model:tripled', 'model:doubled', 'model:just-enough']);
  });

  it('breaks ties by papers, then by key', () => {
    const rows = risingEntities(report([trend('model:b', '2025-01', 2, 3), trend('model:a', '2025-01', 2, 3), trend('model:c', '2025-01', 2, 9)]));
    expect(rows.map((row) => row.key)).toEqual(['model:c', 'model:a', 'model:b']);
  });

  it('on real papers is core\'s Rising section (the one `papergraph trends` prints), over models, methods and datasets', () => {
    const { graph, trends: graphTrend } = graphTrends();
    const { report: all } = trends(graph, { by: 'month' });
    const cli = trendSections(all, recentWindow(all.papers)).find((section) => section.name === 'rising')!;
    const rising = graphTrend.risingEntities();
    // (287 papers: few entities change beyond chance; the ranking over all three kinds is checked in core's test)
    expect(rising.length).toBeGreaterThan(0);
    // Same entities; the order within equal growth and papers is by key here (the CLI keeps its report's order).
    expect(rising.map((row) => row.key).sort()).toEqual(cli.rows.map((row) => row.key).sort());
    for (let i = 1; i < rising.length; i++) expect(rising[i]!.growth).toBeLessThanOrEqual(rising[i - 1]!.growth);
    expect(rising).toEqual(cli.rows.map((row) => rising.find((r) => r.key === row.key)));
  });
});

describe('GraphTrends', () => {
  it('computes each kind once, when first needed, and gives an entity core\'s trend with its peak', () => {
    const { graph, trends: graphTrend } = graphTrends();
    expect(graphTrend.computedKinds()).toBe(0);
    // An entity's panel computes that entity alone, the trend the whole kind's report gives it.
    const gpt4 = graphTrend.entity('model:gpt-4');
    expect(graphTrend.computedKinds()).toBe(0);
    expect(graphTrend.entity('model:llama')).not.toBeNull();
    expect(graphTrend.report('model')).toBe(graphTrend.report('model'));
    expect(graphTrend.computedKinds()).toBe(1);
    expect(graphTrend.entity('model:gpt-4')).toEqual(gpt4);
    const reference = trends(graph, { by: 'month', kinds: ['model'] }).report;
    const expected = reference.entities.find((entity) => entity.key === 'model:gpt-4')!;
    expect(gpt4?.trend).toEqual(expected);
    expect(gpt4?.peak).toBe(peakOf(expected, reference.bins));
    expect(gpt4?.bins).toEqual(reference.bins);
    expect(gpt4?.trend.bursts.length).toBeGreaterThan(0);
    // Authors and papers have no trend; the Rising list is computed once and kept.
    expect(graphTrend.entity(graph.filterNodes((_k, a) => a.kind === 'author')[0]!)).toBeNull();
    const rising = graphTrend.risingEntities();
    expect(graphTrend.computedKinds()).toBe(3);
    expect(graphTrend.risingEntities()).toBe(rising);
  });

  it('shares divide by the bin\'s papers, 0 where a bin has none', () => {
    expect(shares([1, 0, 3], [4, 0, 6])).toEqual([0.25, 0, 0.5]);
  });
});

describe('shareText', () => {
  it('gives one decimal, "<0.1%" for a share that rounds to 0 but is not, nothing for a bin without papers', () => {
    expect(shareText(16, 316)).toBe('5.1%');
    expect(shareText(1, 2682)).toBe('<0.1%');
    expect(shareText(0, 2682)).toBe('0%');
    expect(shareText(0, 0)).toBe('');
  });
});

describe('the recent window in words, and an entity\'s papers in it and before', () => {
  const months = ['2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04'];

  it('names the window by its length and gives its bins', () => {
    expect(recentWindowWords(months, 1, 'month')).toEqual({ name: 'last month', span: 'Apr 2025' });
    expect(recentWindowWords(months, 3, 'month')).toEqual({ name: 'last quarter', span: 'Feb – Apr 2025' });
    expect(recentWindowWords(months, 5, 'month')).toEqual({ name: 'last 5 months', span: 'Dec 2024 – Apr 2025' });
    const twelve = Array.from({ length: 14 }, (_, i) => `${2024 + Math.floor((i + 2) / 12)}-${String(((i + 2) % 12) + 1).padStart(2, '0')}`);
    expect(recentWindowWords(twelve, 12, 'month')).toEqual({ name: 'last year', span: 'May 2024 – Apr 2025' });
    expect(recentWindowWords(['2021', '2022', '2023', '2024', '2025'], 1, 'year')).toEqual({ name: 'last year', span: '2025' });
    expect(recentWindowWords(['2021', '2022', '2023', '2024', '2025'], 3, 'year')).toEqual({ name: 'last 3 years', span: '2023–2025' });
    expect(binSpanWords('2025-02', '2025-02')).toBe('Feb 2025');
  });

  it('counts the papers naming the entity in the window and before, with the G that Rising requires', () => {
    const counts = [0, 1, 0, 0, 0, 3, 4];
    const papers = [10, 20, 30, 40, 50, 60, 70];
    expect(windowCounts(counts, papers, 2)).toEqual({ recent: 7, before: 1, recentPapers: 130, beforePapers: 150, g: changeG(7, 130, 1, 150) });
    expect(windowCounts(counts, papers, 7)).toMatchObject({ recent: 8, before: 0, recentPapers: 280, beforePapers: 0 });
  });
});
