import { describe, expect, it } from 'vitest';
import {
  applyAppearance,
  COMMUNITY_PALETTE,
  communityColor,
  communityColors,
  DATE_PALETTE,
  dateColor,
  dateGradient,
  degreeSize,
  kindColor,
  labelRank,
  labelSize,
  subcommunityShade,
  UNDATED_COLOR,
} from '../../../src/graph/appearance.ts';
import { buildTimeline, datePositions, dateScale } from '../../../src/model/timeline.ts';
import { opensInOverview, VIEWER_SETTINGS } from '../../../src/settings.ts';
import { timeGraph } from '../../fixtures/time-graph.ts';
import { smallGraph } from '../fixture.ts';

/** Relative luminance (sRGB), to check that the date palette runs from dark to light. */
function luminance(hex: string): number {
  const linear = [1, 3, 5].map((at) => {
    const c = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * linear[0]! + 0.7152 * linear[1]! + 0.0722 * linear[2]!;
}

describe('appearance', () => {
  it('colours by kind: every node of a kind gets that kind colour', () => {
    const graph = smallGraph();
    applyAppearance(graph, 'kind');
    graph.forEachNode((_node, attributes) => expect(attributes.color).toBe(kindColor(attributes.kind)));
    expect(kindColor('paper')).not.toBe(kindColor('model'));
  });

  it('colours by community: one colour per community, largest communities first in the palette', () => {
    const graph = smallGraph();
    applyAppearance(graph, 'community');
    const communities = graph.getAttribute('communities') ?? [];
    const colors = communityColors(communities.map((c) => c.id));
    graph.forEachNode((_node, attributes) => expect(attributes.color).toBe(colors.get(attributes.community)));
    const distinct = new Set(graph.mapNodes((_node, attributes) => attributes.color));
    expect(distinct.size).toBe(new Set(graph.mapNodes((_node, attributes) => attributes.community)).size);
  });

  it('sizes nodes by degree: more links, bigger node', () => {
    const graph = smallGraph();
    applyAppearance(graph, 'kind');
    const byDegree = graph.mapNodes((node, attributes) => ({ degree: graph.degree(node), size: attributes.displaySize ?? 0 })).sort((a, b) => a.degree - b.degree);
    for (let i = 1; i < byDegree.length; i += 1) {
      const [previous, current] = [byDegree[i - 1]!, byDegree[i]!];
      if (current.degree > previous.degree) expect(current.size).toBeGreaterThan(previous.size);
      else expect(current.size).toBe(previous.size);
    }
    expect(degreeSize(0, 0)).toBeGreaterThan(0);
  });

  it('sizes again from the links added since (a big graph gets its links after the first frame)', () => {
    const graph = smallGraph();
    const edges = graph.mapEdges((edge, attributes, source, target) => ({ edge, attributes: { ...attributes }, source, target }));
    graph.clearEdges();
    applyAppearance(graph, 'kind');
    // No links yet: every node the same size.
    expect(new Set(graph.mapNodes((_node, attributes) => attributes.displaySize)).size).toBe(1);
    for (const { edge, attributes, source, target } of edges) graph.addDirectedEdgeWithKey(edge, source, target, attributes);
    let events = 0;
    graph.on('eachNodeAttributesUpdated', () => (events += 1));
    applyAppearance(graph, 'kind');
    expect(events).toBe(1);
    const hub = graph.nodes().reduce((a, b) => (graph.degree(b) > graph.degree(a) ? b : a));
    const leaf = graph.nodes().reduce((a, b) => (graph.degree(b) < graph.degree(a) ? b : a));
    expect(graph.getNodeAttribute(hub, 'displaySize')).toBeGreaterThan(graph.getNodeAttribute(leaf, 'displaySize')!);
    graph.forEachEdge((_edge, attributes) => expect(attributes.color).toBeDefined());
  });
});

describe('colour by year', () => {
  it('runs a sequential palette from the first month (dark) to the last (light), between its stops', () => {
    expect(dateColor(0)).toBe(DATE_PALETTE[0]);
    expect(dateColor(1)).toBe(DATE_PALETTE.at(-1));
    expect(dateColor(0.5)).toBe(DATE_PALETTE[4]);
    expect(dateColor(-1)).toBe(DATE_PALETTE[0]);
    expect(dateColor(Number.NaN)).toBe(DATE_PALETTE[0]);
    const steps = Array.from({ length: 41 }, (_v, i) => luminance(dateColor(i / 40)));
    for (let i = 1; i < steps.length; i++) expect(steps[i]!).toBeGreaterThan(steps[i - 1]!);
    expect(dateGradient()).toBe(`linear-gradient(to right, ${DATE_PALETTE.join(', ')})`);
  });

  it('colours papers by date, entities and authors by the mean date of their papers, the undated grey', () => {
    const graph = timeGraph();
    const timeline = buildTimeline(graph)!;
    const positions = datePositions(graph, timeline);
    applyAppearance(graph, 'year', positions);
    const { low, high } = dateScale(timeline);
    const scaled = (bin: number) => Math.min(1, Math.max(0, (bin - low) / (high - low)));
    // A paper of January 2023 (the first month) and one of June 2026 (the last).
    const paperOf = (prefix: string) => graph.filterNodes((_k, a) => a.kind === 'paper' && String(a.arxivId).startsWith(prefix))[0]!;
    expect(graph.getNodeAttribute(paperOf('2301.'), 'color')).toBe(DATE_PALETTE[0]);
    expect(graph.getNodeAttribute(paperOf('2606.'), 'color')).toBe(DATE_PALETTE.at(-1));
    // GPT-4: the mean month of the papers naming it.
    const months = graph.filterNeighbors('model:gpt-4', (_k, a) => a.kind === 'paper').map((paper) => timeline.paperBin.get(paper)!);
    const mean = months.reduce((a, b) => a + b, 0) / months.length;
    expect(graph.getNodeAttribute('model:gpt-4', 'color')).toBe(dateColor(scaled(mean)));
    expect(scaled(mean)).toBeGreaterThan(0.05);
    expect(scaled(mean)).toBeLessThan(0.95);
    // Every node of the real graph has a dated paper; one without is grey.
    expect(new Set(graph.mapNodes((_k, a) => a.color)).has(UNDATED_COLOR)).toBe(false);
    graph.addNode('model:unlinked', { kind: 'model', label: 'Unlinked', community: 0 });
    applyAppearance(graph, 'year', positions);
    expect(graph.getNodeAttribute('model:unlinked', 'color')).toBe(UNDATED_COLOR);
    // Switching back to kinds restores kind colours.
    applyAppearance(graph, 'kind');
    expect(graph.getNodeAttribute('model:gpt-4', 'color')).toBe(kindColor('model'));
  });
});

describe('overview switch', () => {
  it('draws small graphs whole; many visible nodes or many visible links open the overview', () => {
    expect(opensInOverview({ visibleNodeCount: 82, visibleEdgeCount: 84 })).toBe(false);
    expect(opensInOverview({ visibleNodeCount: VIEWER_SETTINGS.overviewFromVisibleNodes + 1, visibleEdgeCount: 10 })).toBe(true);
    // A 20k-node/100k-link graph with its authors hidden: 14k nodes, 70k links visible.
    expect(opensInOverview({ visibleNodeCount: 14_000, visibleEdgeCount: 70_000 })).toBe(true);
  });
});

describe('community palette', () => {
  /** Distance between two colours in RGB (0–441): below ~40 two hues read as the same on a small dot. */
  const distance = (a: string, b: string) => {
    const [x, y] = [a, b].map((hex) => [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)));
    return Math.hypot(x![0]! - y![0]!, x![1]! - y![1]!, x![2]! - y![2]!);
  };

  it('never repeats: 300 communities get 300 colours, and communities close in rank differ clearly', () => {
    const colors = Array.from({ length: 300 }, (_v, rank) => communityColor(rank));
    expect(new Set(colors).size).toBe(300);
    for (const color of colors) expect(color).toMatch(/^#[0-9a-f]{6}$/);
    for (let rank = 0; rank < 300; rank++) {
      for (let other = rank + 1; other < Math.min(300, rank + 6); other++) expect(distance(colors[rank]!, colors[other]!)).toBeGreaterThan(40);
    }
    // The listed hues are pairwise distinct enough to tell apart.
    for (let a = 0; a < COMMUNITY_PALETTE.length; a++) for (let b = a + 1; b < COMMUNITY_PALETTE.length; b++) expect(distance(COMMUNITY_PALETTE[a]!, COMMUNITY_PALETTE[b]!)).toBeGreaterThan(25);
    expect(communityColors([7, 3]).get(3)).toBe(COMMUNITY_PALETTE[1]);
  });

  it('shades sub-communities of a community lighter and darker by turns, sub-community 0 keeping the colour', () => {
    const base = COMMUNITY_PALETTE[0];
    expect(subcommunityShade(base, 0)).toBe(base);
    expect(luminance(subcommunityShade(base, 1))).toBeGreaterThan(luminance(base));
    expect(luminance(subcommunityShade(base, 2))).toBeLessThan(luminance(base));
    expect(new Set([1, 2, 3, 4].map((sub) => subcommunityShade(base, sub))).size).toBe(4);
    const graph = smallGraph();
    graph.setNodeAttribute('model:llama-2-7b', 'subcommunity', 1);
    applyAppearance(graph, 'community');
    const own = communityColors((graph.getAttribute('communities') ?? []).map((c) => c.id)).get(graph.getNodeAttribute('model:llama-2-7b', 'community'))!;
    expect(graph.getNodeAttribute('model:llama-2-7b', 'color')).toBe(subcommunityShade(own, 1));
  });
});

describe('label sizes', () => {
  it('grow with an entity’s papers (log scale, bounded) and rank entities before papers before authors', () => {
    expect(labelSize('model', 1)).toBe(12);
    expect(labelSize('model', 10)).toBeGreaterThan(labelSize('model', 2));
    expect(labelSize('method', 1_000_000)).toBe(21);
    expect(labelSize('paper', 50)).toBe(12);
    expect(labelSize('author', 50)).toBeLessThan(labelSize('paper', 50));
    expect([labelRank('dataset'), labelRank('paper'), labelRank('author')]).toEqual([0, 1, 2]);
  });
});
