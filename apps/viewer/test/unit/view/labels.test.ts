import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { applyAppearance } from '../../../src/graph/appearance.ts';
import { normalizeGraph } from '../../../src/graph/normalize.ts';
import { buildDisplayGraph, buildOverviewModel, subcommunityNodeKey, superNodeKey } from '../../../src/model/overview.ts';
import { localGraph } from '../../../src/model/local-graph.ts';
import { labelledAtAnySize, labelOrder, shortLabel } from '../../../src/view/labels.ts';
import { smallGraph } from '../fixture.ts';

describe('canvas labels', () => {
  it('are tried entities first (most papers first), then papers, then authors', () => {
    const graph = smallGraph();
    applyAppearance(graph, 'kind');
    graph.setNodeAttribute('model:llama-2-7b', 'paperCount', 3);
    graph.setNodeAttribute('dataset:truthfulqa', 'paperCount', 1);
    const order = labelOrder(graph);
    const rankOf = (kind: string) => (['model', 'method', 'dataset'].includes(kind) ? 0 : kind === 'paper' ? 1 : 2);
    const ranks = order.map((node) => rankOf(graph.getNodeAttribute(node, 'kind')));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(order[0]).toBe('model:llama-2-7b');
    expect(order.indexOf('model:llama-2-7b')).toBeLessThan(order.indexOf('dataset:truthfulqa'));
  });

  it('in a local graph are tried centre and neighbours first, labelled at any size; entities anywhere', () => {
    const graph = smallGraph();
    applyAppearance(graph, 'kind');
    // Around a paper at depth 2: its authors and entities on the first ring, their other papers and entities beyond.
    const local = localGraph(graph, 'paper:kron-lora', 2, { hiddenNodes: new Set(), hiddenEdges: new Set() }).graph;
    const hop = (node: string) => local.getNodeAttribute(node, 'hop') as number;
    const order = labelOrder(local);
    const firstRing = order.filter((node) => hop(node) <= 1);
    expect(firstRing.length).toBeGreaterThan(3);
    expect(order.slice(0, firstRing.length)).toEqual(firstRing);
    expect(firstRing).toContain('author:jane doe');
    for (const node of local.nodes()) {
      const attributes = local.getNodeAttributes(node);
      const entity = ['model', 'method', 'dataset'].includes(attributes.kind);
      expect(labelledAtAnySize(attributes), node).toBe(entity || hop(node) <= 1);
    }
    // A paper beyond the first ring waits for the size threshold; off a local graph, only entities are exempt.
    expect(local.filterNodes((node, attributes) => hop(node) === 2 && attributes.kind === 'paper').length).toBeGreaterThan(0);
    expect(labelledAtAnySize(graph.getNodeAttributes('paper:kron-lora'))).toBe(false);
  });

  it('flatten LaTeX and cut long titles', () => {
    expect(shortLabel('E$^3$-Pruner')).toBe('E3-Pruner');
    expect(shortLabel('\\textbf{Kron-LoRA}')).toBe('Kron-LoRA');
    const long = shortLabel('A'.repeat(100));
    expect(long.length).toBe(48);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('labels of an expanded community in the overview', () => {
  /**
   * Community 0 (split: sub-community 0 open, 1 folded), community 1 expanded (not split), community 2 collapsed; each
   * with entities named by different numbers of papers (`paperCount`, as the CLI writes it), papers and an author.
   */
  function overviewDisplay() {
    const graph = new MultiDirectedGraph();
    graph.setAttribute('communities', [
      { id: 0, label: 'Big', size: 7 },
      { id: 1, label: 'Middle', size: 4 },
      { id: 2, label: 'Small', size: 2 },
    ]);
    const node = (key: string, community: number, subcommunity: number | null, paperCount: number) =>
      graph.addNode(key, { kind: key.split(':')[0], label: key, community, ...(subcommunity === null ? {} : { subcommunity }), paperCount, x: 0, y: 0 });
    node('model:few', 0, 0, 2);
    node('method:many', 0, 0, 9);
    node('paper:a', 0, 0, 1);
    node('author:x', 0, 0, 1);
    node('dataset:folded', 0, 1, 50);
    node('paper:b', 0, 1, 1);
    node('paper:c', 0, 1, 1);
    node('dataset:mid', 1, null, 5);
    node('paper:d', 1, null, 1);
    node('paper:e', 1, null, 1);
    node('author:y', 1, null, 1);
    node('model:far', 2, null, 40);
    node('paper:f', 2, null, 1);
    // A hub paper with many links (the biggest drawn node) must not take an entity's place.
    for (const target of ['model:few', 'method:many', 'dataset:folded', 'dataset:mid', 'model:far']) graph.addDirectedEdge('paper:a', target, { relation: 'uses' });
    const viewer = normalizeGraph(graph);
    applyAppearance(viewer, 'kind');
    const hidden = { hiddenNodes: new Set<string>(), hiddenEdges: new Set<string>() };
    const model = buildOverviewModel(viewer, hidden);
    return buildDisplayGraph(viewer, model, hidden, {
      expanded: new Set([0, 1]),
      subcommunities: {
        splits: (community) => community === 0,
        expanded: new Set([subcommunityNodeKey(0, 0)]),
        centre: () => ({ x: 0, y: 0 }),
        label: (community, sub) => `Big ${community}.${sub}`,
      },
      placement: { centre: () => ({ x: 0, y: 0 }), member: () => ({ x: 1, y: 1 }) },
      communityColor: () => '#123456',
      linkColor: '#ccc',
      memberLinkColor: '#eee',
    });
  }

  it('are tried entities first by papers, then the folded sub-communities, then collapsed communities, then papers, then authors', () => {
    const order = labelOrder(overviewDisplay());
    expect(order.slice(0, 3)).toEqual(['method:many', 'dataset:mid', 'model:few']);
    expect(order.slice(3, 5)).toEqual([subcommunityNodeKey(0, 1), superNodeKey(2)]);
    // The hub paper first among papers (by drawn size: papers all have one paper); the folded ones are not drawn.
    expect(order.slice(5, 8)).toEqual(['paper:a', 'paper:d', 'paper:e']);
    expect(order.slice(8).sort()).toEqual(['author:x', 'author:y']);
  });

  it('carry the paper counts of the graph onto the drawn members (label sizes follow them)', () => {
    const display = overviewDisplay();
    expect(display.getNodeAttribute('method:many', 'paperCount')).toBe(9);
    expect(display.getNodeAttribute('dataset:mid', 'paperCount')).toBe(5);
  });
});
