import { describe, expect, it } from 'vitest';
import { applyAppearance, communityColors, degreeSize, kindColor } from '../../../src/graph/appearance.ts';
import { opensInOverview, VIEWER_SETTINGS } from '../../../src/settings.ts';
import { smallGraph } from '../fixture.ts';

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
});

describe('overview switch', () => {
  it('draws small graphs whole; many visible nodes or many visible links open the overview', () => {
    expect(opensInOverview({ visibleNodeCount: 82, visibleEdgeCount: 84 })).toBe(false);
    expect(opensInOverview({ visibleNodeCount: VIEWER_SETTINGS.overviewFromVisibleNodes + 1, visibleEdgeCount: 10 })).toBe(true);
    // A 20k-node/100k-link graph with its authors hidden: 14k nodes, 70k links visible.
    expect(opensInOverview({ visibleNodeCount: 14_000, visibleEdgeCount: 70_000 })).toBe(true);
  });
});
