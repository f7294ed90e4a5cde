import { binRange, chooseBins, trends } from '@papergraph/core';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { normalizeGraph } from '../../../src/graph/normalize.ts';
import type { ViewerGraph } from '../../../src/graph/types.ts';
import { computeVisibility, defaultFilters } from '../../../src/model/filters.ts';
import {
  binLabel,
  binsNote,
  buildTimeline,
  dateLabel,
  dateLegendOf,
  greyByDate,
  datePositions,
  dateScale,
  hiddenByDate,
  normalizeRange,
  paperInRange,
  papersInRange,
  rangeIndices,
  rangeLabel,
  rangeOf,
  rankInRange,
  replaySteps,
  sparseTails,
  timelineBars,
  type Timeline,
} from '../../../src/model/timeline.ts';
import { defaultViewState, parseViewState, serializeViewState } from '../../../src/model/url-state.ts';
import { reconcileView, reduceView, type ViewContext } from '../../../src/model/view-actions.ts';
import { strayDatesGraphJSON, timeGraph } from '../../fixtures/time-graph.ts';

/**
 * Papers dated every way core reads: an arXiv id (March 2025), a record date (May 2025), a year only (2024), none;
 * a stub (known only as a reference). Entities and authors linked to them in known ways. Seven more papers of May
 * 2025, linked to nothing, make the one paper dated to the year alone a tenth of the dated papers, so the timeline
 * is in months (core's chooseBins); without them (`mayPapers: 0`) a quarter are, and it is in years.
 */
function datedGraph({ mayPapers = 7 } = {}): ViewerGraph {
  const graph = new MultiDirectedGraph();
  const paper = (key: string, attributes: Record<string, unknown>) => graph.addNode(key, { kind: 'paper', label: key, community: 0, ...attributes });
  paper('paper:march', { arxivId: '2503.00001' });
  paper('paper:may', { date: '2025-05-14', arxivId: '2501.00002' });
  paper('paper:may-too', { arxivId: '2505.00003' });
  paper('paper:year-only', { year: 2024 });
  paper('paper:undated', {});
  paper('paper:stub', { stub: true, arxivId: '2301.00004' });
  for (let i = 0; i < mayPapers; i++) paper(`paper:may-${i}`, { arxivId: `2505.1000${i}` });
  const node = (key: string, kind: string) => graph.addNode(key, { kind, label: key, community: 1 });
  node('model:both', 'model'); // named in March and May
  node('model:march-only', 'model');
  node('method:undated-only', 'method');
  node('dataset:unlinked', 'dataset'); // no paper at all
  node('author:march', 'author');
  node('author:year', 'author');
  graph.addEdge('paper:march', 'model:both', { relation: 'uses' });
  graph.addEdge('paper:may', 'model:both', { relation: 'uses' });
  graph.addEdge('paper:march', 'model:march-only', { relation: 'proposes' });
  graph.addEdge('paper:undated', 'method:undated-only', { relation: 'uses' });
  graph.addEdge('author:march', 'paper:march', { relation: 'wrote' });
  graph.addEdge('author:year', 'paper:year-only', { relation: 'wrote' });
  graph.addEdge('model:march-only', 'dataset:unlinked', { relation: 'related' });
  graph.addEdge('paper:march', 'paper:stub', { relation: 'cites' });
  return normalizeGraph(graph);
}

function timelineOf(graph: ViewerGraph): Timeline {
  const timeline = buildTimeline(graph);
  if (!timeline) throw new Error('expected a timeline');
  return timeline;
}

describe('timeline bins', () => {
  it('bins papers by month with core: empty months kept, the record date before the arXiv id, year-only and undated apart', () => {
    const timeline = timelineOf(datedGraph());
    expect(timeline.by).toBe('month');
    // The paper of 2024 (a year alone) stretches the months over its year: the timeline spans every dated paper.
    expect(timeline.bins).toEqual(binRange('2024-01', '2025-05', 'month'));
    expect(timeline.papers.slice(-3)).toEqual([1, 0, 9]);
    expect(timeline.papers.slice(0, -3).every((count) => count === 0)).toBe(true);
    expect(timeline.paperBin.size).toBe(10);
    expect([timeline.paperBin.get('paper:march'), timeline.paperBin.get('paper:may'), timeline.paperBin.get('paper:may-too')]).toEqual([14, 16, 16]);
    expect(Object.fromEntries(timeline.yearOnly)).toEqual({ 'paper:year-only': '2024' });
    expect(timeline.undated).toBe(1);
    expect(binsNote(timeline)).toEqual({
      text: 'per month',
      title: 'Bars are months: 10 of 11 dated papers have a month; 1 paper dated only to the year is not in the bars; a range keeps it when it covers the whole year',
    });
  });

  it('is in years when many papers are dated to the year alone, each counted in its year, and says why', () => {
    const timeline = timelineOf(datedGraph({ mayPapers: 0 }));
    expect(timeline.by).toBe('year');
    expect(timeline.bins).toEqual(['2024', '2025']);
    expect(timeline.papers).toEqual([1, 3]);
    expect(Object.fromEntries(timeline.paperBin)).toEqual({ 'paper:year-only': 0, 'paper:march': 1, 'paper:may': 1, 'paper:may-too': 1 });
    expect(timeline.yearOnly.size).toBe(0);
    expect(binsNote(timeline)).toEqual({
      text: 'per year (1 dated to the year only)',
      title: 'Bars are years, as 1 of 4 dated papers is dated only to the year: each of the 4 dated papers counts in its year',
    });
  });

  it('is in years when the months span over ten years (a few stray papers at the ends aside)', () => {
    const graph = new MultiDirectedGraph();
    const paper = (key: string, arxivId: string) => graph.addNode(key, { kind: 'paper', label: key, community: 0, arxivId });
    for (let i = 0; i < 10; i++) paper(`paper:old-${i}`, `1001.0000${i}`);
    for (let i = 0; i < 10; i++) paper(`paper:new-${i}`, `2503.0000${i}`);
    const timeline = timelineOf(normalizeGraph(graph));
    expect(timeline.by).toBe('year');
    expect(timeline.bins).toEqual(binRange('2010', '2025', 'year'));
    expect(binsNote(timeline).title).toBe('Bars are years, as the papers dated to the month span 16 years: each of the 20 dated papers counts in its year');
  });

  it('falls back to years when no paper is dated to the month, and is absent without dates', () => {
    const graph = new MultiDirectedGraph();
    graph.addNode('paper:a', { kind: 'paper', label: 'a', community: 0, year: 2019 });
    graph.addNode('paper:b', { kind: 'paper', label: 'b', community: 0, year: 2021 });
    const timeline = timelineOf(normalizeGraph(graph));
    expect(timeline.by).toBe('year');
    expect(timeline.bins).toEqual(['2019', '2020', '2021']);
    expect(timeline.papers).toEqual([1, 0, 1]);
    const undated = new MultiDirectedGraph();
    undated.addNode('paper:a', { kind: 'paper', label: 'a', community: 0 });
    expect(buildTimeline(normalizeGraph(undated))).toBeNull();
  });

  it('on real papers (arXiv ids 2023–2026) has the bins and counts of `papergraph trends`', () => {
    const graph = timeGraph();
    const timeline = timelineOf(graph);
    const { report } = trends(graph, { by: 'month' });
    expect(timeline.bins).toEqual(report.bins);
    expect(timeline.papers).toEqual(report.papers);
    expect(timeline.bins[0]).toBe('2023-01');
    expect(timeline.bins.at(-1)).toBe('2026-06');
    expect(timeline.bins).toHaveLength(42);
    expect(timeline.papers.reduce((a, b) => a + b, 0)).toBe(287);
    expect(timeline.undated + timeline.yearOnly.size).toBe(0);
  });
});

describe('brush range → visible set', () => {
  it('hides papers outside the range, and entities and authors left without a paper in it', () => {
    const graph = datedGraph();
    const timeline = timelineOf(graph);
    const hidden = hiddenByDate(graph, timeline, { from: '2025-05', to: '2025-05' });
    expect([...hidden].sort()).toEqual([
      'author:march', // its only paper is in March
      'author:year', // 2024, outside
      'method:undated-only', // its only paper has no date
      'model:march-only',
      'paper:march',
      'paper:stub', // cited by the March paper only
      'paper:undated',
      'paper:year-only',
    ]);
    // model:both keeps its May paper; dataset:unlinked is linked to no paper, so no range is about it.
    expect(hiddenByDate(graph, timeline, { from: '2025-03', to: '2025-03' }).has('paper:stub')).toBe(false);
    const visibility = computeVisibility(graph, defaultFilters(graph.order), hidden);
    expect(visibility.visibleNodeCount).toBe(graph.order - hidden.size);
    expect(visibility.hiddenEdges.has(graph.edges('paper:march', 'model:both')[0]!)).toBe(true);
    expect(visibility.hiddenEdges.has(graph.edges('paper:may', 'model:both')[0]!)).toBe(false);
  });

  it("reads the papers' links again when links arrive after the first frame (a big graph opened from its view file)", () => {
    const graph = datedGraph();
    const timeline = timelineOf(graph);
    const may = { from: '2025-05', to: '2025-05' };
    // A node with no paper yet is not the range's business; once its link to a March paper arrives, it is hidden.
    graph.addNode('method:late', { kind: 'method', label: 'late', community: 1 } as never);
    expect(hiddenByDate(graph, timeline, may).has('method:late')).toBe(false);
    graph.addEdge('paper:march', 'method:late', { relation: 'uses' } as never);
    expect(hiddenByDate(graph, timeline, may).has('method:late')).toBe(true);
    expect(datePositions(graph, timeline).get('method:late')).toBe(datePositions(graph, timeline).get('paper:march'));
  });

  it('without a range hides nothing', () => {
    const graph = datedGraph();
    expect(hiddenByDate(graph, timelineOf(graph), null).size).toBe(0);
    expect(hiddenByDate(graph, null, { from: '2025-03', to: null }).size).toBe(0);
  });

  it('keeps a year-only paper only when the range covers its whole year; open ends reach as far as they go', () => {
    const timeline = timelineOf(datedGraph());
    expect(paperInRange(timeline, 'paper:year-only', { from: '2024-01', to: '2025-12' })).toBe(true);
    expect(paperInRange(timeline, 'paper:year-only', { from: '2024-02', to: '2025-12' })).toBe(false);
    expect(paperInRange(timeline, 'paper:year-only', { from: null, to: '2024-12' })).toBe(true);
    expect(paperInRange(timeline, 'paper:march', { from: '2025-03', to: null })).toBe(true);
    expect(paperInRange(timeline, 'paper:march', { from: '2025-04', to: null })).toBe(false);
    expect(paperInRange(timeline, 'paper:undated', { from: null, to: '2030-01' })).toBe(false);
    expect(papersInRange(timeline, null)).toBe(12);
    expect(papersInRange(timeline, { from: '2024-01', to: '2025-04' })).toBe(2);
  });

  it('on the real graph, a range keeps exactly its months\' papers and what they name', () => {
    const graph = timeGraph();
    const timeline = timelineOf(graph);
    const range = { from: '2025-03', to: '2025-09' };
    const hidden = hiddenByDate(graph, timeline, range);
    const kept = graph.filterNodes((key, attributes) => attributes.kind === 'paper' && !hidden.has(key));
    expect(kept.length).toBe(9 + 17 + 22 + 22 + 19 + 19 + 17);
    for (const paper of kept) expect(graph.getNodeAttribute(paper, 'arxivId')?.slice(0, 4)).toMatch(/^250[3-9]$/);
    graph.forEachNode((key, attributes) => {
      if (attributes.kind === 'paper') return;
      const papers = graph.filterNeighbors(key, (_n, a) => a.kind === 'paper');
      if (papers.length === 0) return;
      expect(hidden.has(key)).toBe(!papers.some((paper) => kept.includes(paper)));
    });
  });
});

describe('range helpers', () => {
  it('clamps ranges to the bins and builds ranges from bin indices', () => {
    const timeline = timelineOf(datedGraph());
    expect(rangeIndices(timeline, null)).toEqual([0, 16]);
    expect(rangeIndices(timeline, { from: '2020-01', to: '2025-04' })).toEqual([0, 15]);
    expect(rangeIndices(timeline, { from: '2025-04', to: null })).toEqual([15, 16]);
    expect(rangeIndices(timeline, { from: '2026-01', to: null })).toBeNull();
    expect(rangeOf(timeline, 16, 15)).toEqual({ from: '2025-04', to: '2025-05' });
    expect(rangeOf(timeline, -3, 99)).toEqual({ from: '2024-01', to: '2025-05' });
  });

  it('a replay grows the range one month at a time from its first month to its last, months without papers crossed in one step', () => {
    const timeline = timelineOf(datedGraph());
    // No paper has a month of 2024 (one is of 2024 alone) nor April 2025: the replay goes from 2024 to March 2025, then to May.
    expect(timeline.papers.slice(-3)).toEqual([1, 0, 9]);
    expect(replaySteps(timeline, null)).toEqual([
      { from: '2024-01', to: '2025-03' },
      { from: '2024-01', to: '2025-05' },
    ]);
    expect(replaySteps(timeline, { from: '2025-04', to: '2025-05' })).toEqual([{ from: '2025-04', to: '2025-05' }]);
    // The last step is the whole range, even when its last month is empty.
    expect(replaySteps(timeline, { from: '2025-03', to: '2025-04' })).toEqual([
      { from: '2025-03', to: '2025-03' },
      { from: '2025-03', to: '2025-04' },
    ]);
    expect(replaySteps(timeline, { from: '2027-01', to: null })).toEqual([]);
    // A timeline with a long gap: one early paper two years before the rest, two steps.
    const gap: Timeline = { ...timeline, bins: binRange('2023-01', '2025-03', 'month'), papers: [1, ...Array<number>(25).fill(0), 40] };
    expect(gap.papers.length).toBe(gap.bins.length);
    expect(replaySteps(gap, null)).toEqual([
      { from: '2023-01', to: '2023-01' },
      { from: '2023-01', to: '2025-03' },
    ]);
  });

  it('ranks entities by their papers in a range, leaving out those with none in it', () => {
    const timeline = timelineOf(datedGraph());
    const entity = (key: string, label: string, papers: string[]) => ({ key, label, papers: papers.map((paper) => ({ key: paper })) });
    const entities = [
      entity('model:a', 'A', ['paper:march', 'paper:may', 'paper:may-too']),
      entity('model:b', 'B', ['paper:may', 'paper:may-too', 'paper:undated']),
      entity('model:c', 'C', ['paper:march']),
      entity('model:y', 'Y', ['paper:year-only']),
    ];
    const may = rankInRange(entities, timeline, { from: '2025-05', to: null });
    expect(may.ranked.map((e) => e.key)).toEqual(['model:a', 'model:b']);
    expect([...may.inRange]).toEqual([['model:a', 2], ['model:b', 2]]);
    // Ties by label; a paper dated to the year only is in a range covering its whole year.
    const all = rankInRange(entities, timeline, { from: '2024-01', to: '2025-12' });
    expect(all.ranked.map((e) => [e.key, all.inRange.get(e.key)])).toEqual([['model:a', 3], ['model:b', 2], ['model:c', 1], ['model:y', 1]]);
    expect(rankInRange(entities, timeline, { from: '2026-01', to: null }).ranked).toEqual([]);
  });

  it('labels bins and ranges for people', () => {
    expect(binLabel('2025-03')).toBe('Mar 2025');
    expect(binLabel('2019')).toBe('2019');
    expect(rangeLabel({ from: '2025-03', to: '2025-09' })).toBe('Mar 2025 – Sep 2025');
    expect(rangeLabel({ from: '2025-03', to: '2025-03' })).toBe('Mar 2025');
    expect(rangeLabel({ from: '2025-03', to: null })).toBe('since Mar 2025');
    expect(dateLabel('2025-03-04')).toBe('4 Mar 2025');
    expect(dateLabel('2025-03')).toBe('Mar 2025');
    expect(dateLabel('2025')).toBe('2025');
  });
});

describe('date range in the URL', () => {
  it('round-trips as from=…&to=…', () => {
    const state = { ...defaultViewState(10), dateRange: { from: '2025-03', to: '2025-09' } };
    const query = serializeViewState(state, 10);
    expect(query).toBe('from=2025-03&to=2025-09');
    expect(parseViewState(query, 10)).toEqual(state);
    expect(serializeViewState(parseViewState('from=2025-03', 10), 10)).toBe('from=2025-03');
    expect(parseViewState('to=2019', 10).dateRange).toEqual({ from: null, to: '2019' });
  });

  it('swaps reversed ends and ignores malformed ones', () => {
    expect(normalizeRange('2025-09', '2025-03')).toEqual({ from: '2025-03', to: '2025-09' });
    expect(parseViewState('from=2025-13&to=march', 10).dateRange).toBeNull();
    expect(parseViewState('from=2025-3', 10).dateRange).toBeNull();
  });

  it('drops a range with one malformed end instead of opening it on that side', () => {
    expect(parseViewState('from=2025-13&to=2025', 10).dateRange).toBeNull();
    expect(parseViewState('from=2024&to=2025-00', 10).dateRange).toBeNull();
    expect(normalizeRange('', '2025')).toEqual({ from: null, to: '2025' });
  });

  it('reads ends of different sizes in months: a year starts in January and ends in December', () => {
    expect(parseViewState('from=2025&to=2025-03', 10).dateRange).toEqual({ from: '2025-01', to: '2025-03' });
    expect(parseViewState('from=2025-03&to=2026', 10).dateRange).toEqual({ from: '2025-03', to: '2026-12' });
    // Reversed: the later end is read as the range's end whatever its size.
    expect(normalizeRange('2026', '2025-03')).toEqual({ from: '2025-03', to: '2026-12' });
    expect(normalizeRange('2025-06', '2024')).toEqual({ from: '2024-01', to: '2025-06' });
    // A month, then the year it falls in: from that month to the year's end.
    expect(normalizeRange('2025-03', '2025')).toEqual({ from: '2025-03', to: '2025-12' });
  });

  it('is read in the timeline’s bins (months as years, years as months), dropped without dates; colouring by date needs dates', () => {
    const context = (timeBins: ViewContext['timeBins']): ViewContext => ({ hasNode: () => true, overview: null, timeBins });
    const state = { ...defaultViewState(10), dateRange: { from: '2025-03', to: '2025-09' }, colorMode: 'year' as const };
    expect(reconcileView(state, context('month'))).toBe(state);
    expect(reconcileView(state, context('year'))).toMatchObject({ dateRange: { from: '2025', to: '2025' }, colorMode: 'year' });
    const years = { ...state, dateRange: { from: '2024', to: '2025' } };
    expect(reconcileView(years, context('month')).dateRange).toEqual({ from: '2024-01', to: '2025-12' });
    expect(reconcileView({ ...state, dateRange: { from: null, to: '2024' } }, context('month')).dateRange).toEqual({ from: null, to: '2024-12' });
    expect(reconcileView(years, context('year'))).toBe(years);
    expect(reconcileView(state, context(null))).toMatchObject({ dateRange: null, colorMode: 'kind' });
    const moved = reduceView(state, { type: 'set-date-range', range: { from: '2025-04', to: '2025-09' } }, context('month'));
    expect(moved.dateRange).toEqual({ from: '2025-04', to: '2025-09' });
    expect(reduceView(moved, { type: 'set-date-range', range: { from: '2025-04', to: '2025-09' } }, context('month'))).toBe(moved);
    expect(reduceView(state, { type: 'set-date-range', range: null }, context('month')).dateRange).toBeNull();
  });
});

describe('positions for colouring by date', () => {
  it('places papers by month and entities and authors at the mean month of their papers; the undated are absent', () => {
    const graph = datedGraph();
    const positions = datePositions(graph, timelineOf(graph));
    expect(positions.get('paper:march')).toBe(0);
    expect(positions.get('paper:may')).toBe(1);
    expect(positions.get('model:both')).toBe(0.5); // March and May: April, the middle of three months
    expect(positions.get('model:march-only')).toBe(0);
    expect(positions.get('author:march')).toBe(0);
    for (const key of ['paper:year-only', 'paper:undated', 'paper:stub', 'method:undated-only', 'author:year', 'dataset:unlinked']) expect(positions.has(key)).toBe(false);
  });

  it('counts the grey nodes by why: dated to the year only (papers, and nodes whose dated papers are all such) or undated', () => {
    const graph = datedGraph();
    const timeline = timelineOf(graph);
    // paper:year-only and author:year are dated, to 2024; the stub, the undated paper, its method and the unlinked
    // dataset have no date (a stub's citing papers do not date it).
    expect(greyByDate(graph, timeline, datePositions(graph, timeline))).toEqual({ yearOnly: 2, undated: 4 });
    // A stub cited by a paper dated only to the year is still undated.
    graph.addEdge('paper:year-only', 'paper:stub', { relation: 'cites' });
    expect(greyByDate(graph, timeline, datePositions(graph, timeline))).toEqual({ yearOnly: 2, undated: 4 });
  });

  it('spans the palette over the middle 90% of dated papers: two stray early papers do not push the rest into one colour', () => {
    // The shape of the corpus's first 3,000 papers: one in 2022-09, one in 2024-09, then 2,682 in 2025-03 and 316 in 2025-04.
    const bins = binRange('2022-09', '2025-04', 'month');
    const papers = bins.map((bin) => ({ '2022-09': 1, '2024-09': 1, '2025-03': 2682, '2025-04': 316 })[bin] ?? 0);
    const timeline = { by: 'month' as const, auto: chooseBins([]), bins, papers, paperBin: new Map<string, number>(), yearOnly: new Map<string, string>(), undated: 0 };
    expect(dateScale(timeline)).toEqual({ low: bins.indexOf('2025-03'), high: bins.indexOf('2025-04') });
    expect(dateLegendOf(timeline, { undated: 3, yearOnly: 1 })).toEqual({ first: '2025-03', last: '2025-04', before: true, after: false, grey: { undated: 3, yearOnly: 1 } });
    // Spread papers: the palette keeps the whole timeline.
    const even = { ...timeline, papers: bins.map(() => 10) };
    expect(dateLegendOf(even, null)).toMatchObject({ first: bins[1], last: bins.at(-2), before: true, after: true });
    const one = { ...timeline, bins: ['2025-03'], papers: [5] };
    expect(dateScale(one)).toEqual({ low: 0, high: 0 });
  });
});

describe('a sparse stretch of stray early or late papers, gathered into one bar', () => {
  it('gathers the leading bins that hold at most 5% of the papers, end with a gap of 3 empty bins and span a third of the bins', () => {
    // 4 stray papers over 30 bins, then 10 bins of data (100 papers).
    const strays = [1, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0];
    const data = [5, 12, 8, 0, 15, 10, 10, 15, 12, 13];
    expect(sparseTails([...strays, ...data])).toEqual({ head: 30, tail: 0 });
    // Mirrored: the stray papers after the data.
    expect(sparseTails([...data, ...[...strays].reverse()])).toEqual({ head: 0, tail: 30 });
    // The quiet month inside the data (the 0 among them) is no gap: the cut stays before the data's first month.
    expect(sparseTails([...strays, 1, 0, ...data.slice(1)]).head).toBe(30);
    // A stretch that would take less than a third of the bins is left as it is (42 months of a corpus with a quiet start).
    expect(sparseTails([1, 0, 0, 0, 2, ...Array.from({ length: 37 }, () => 8)])).toEqual({ head: 0, tail: 0 });
    // More than 5% of the papers is data, not a stray tail.
    expect(sparseTails([3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 20])).toEqual({ head: 0, tail: 0 });
  });

  it('on the reviewer’s build (4 papers of 1998–2008, the rest of 2025–26): one earlier bar, every paper counted, brushable', () => {
    const graph = normalizeGraph(MultiDirectedGraph.from(JSON.parse(strayDatesGraphJSON())));
    const timeline = timelineOf(graph);
    expect(timeline.by).toBe('month');
    expect(timeline.bins[0]).toBe('1998-06');
    expect(timeline.bins.length).toBeGreaterThan(300);
    const bars = timelineBars(timeline);
    const [earlier, ...rest] = bars;
    expect(earlier).toMatchObject({ first: 0, gathered: 'earlier', papers: 4 });
    expect(timeline.papers[earlier!.last + 1]).toBeGreaterThan(0);
    expect(timeline.bins[earlier!.last + 1]!.startsWith('2025-')).toBe(true);
    expect(rest.every((bar) => bar.gathered === null && bar.first === bar.last)).toBe(true);
    expect(bars.length).toBeLessThan(25);
    expect(bars.reduce((sum, bar) => sum + bar.papers, 0)).toBe(timeline.papers.reduce((a, b) => a + b, 0));
    // The earlier bar as a range keeps its four papers; a replay shows them as one step, then month by month.
    const range = rangeOf(timeline, earlier!.first, earlier!.last);
    expect(papersInRange(timeline, range)).toBe(4);
    const steps = replaySteps(timeline, null);
    expect(steps[0]).toEqual({ from: '1998-06', to: '2008-08' });
    expect(steps[1]).toEqual(rangeOf(timeline, 0, earlier!.last + 1));
    // A range inside the stretch (from a link) is read on the bins as ever.
    expect(papersInRange(timeline, { from: '2005-01', to: '2010-12' })).toBe(2);
  });

  it('leaves a timeline without such a stretch bar for bin', () => {
    const timeline = timelineOf(timeGraph());
    const bars = timelineBars(timeline);
    expect(bars.map((bar) => bar.first)).toEqual(timeline.bins.map((_bin, i) => i));
    expect(bars.every((bar) => bar.gathered === null)).toBe(true);
  });
});
