import { describe, expect, it } from 'vitest';
import { computeVisibility, countByKind, defaultFilters, LARGE_GRAPH_NODES, type FilterState } from '../../../src/model/filters.ts';
import { smallGraph } from '../fixture.ts';

const none: FilterState = { hiddenKinds: new Set(), hiddenCommunities: new Set(), hiddenRelations: new Set(), minPapers: 1 };

describe('filters', () => {
  it('shows everything by default on a small graph, hides authors by default on a large one', () => {
    const graph = smallGraph();
    const visibility = computeVisibility(graph, defaultFilters(graph.order));
    expect(visibility.visibleNodeCount).toBe(graph.order);
    expect(visibility.visibleEdgeCount).toBe(graph.size);
    expect([...defaultFilters(LARGE_GRAPH_NODES + 1).hiddenKinds]).toEqual(['author']);
  });

  it('hiding authors hides them and their wrote edges', () => {
    const graph = smallGraph();
    const authors = countByKind(graph).get('author') ?? 0;
    const visibility = computeVisibility(graph, { ...none, hiddenKinds: new Set(['author']) });
    expect(authors).toBe(3);
    expect(visibility.visibleNodeCount).toBe(graph.order - authors);
    const wrote = graph.filterEdges((_e, a) => a.relation === 'wrote').length;
    expect(visibility.visibleEdgeCount).toBe(graph.size - wrote);
  });

  it('hides a community and every edge touching it', () => {
    const graph = smallGraph();
    const visibility = computeVisibility(graph, { ...none, hiddenCommunities: new Set([1]) });
    expect(visibility.hiddenNodes.has('paper:equitable-ai')).toBe(true);
    expect(visibility.hiddenNodes.has('model:mistral-7b')).toBe(false);
    for (const edge of graph.edges('paper:equitable-ai')) expect(visibility.hiddenEdges.has(edge)).toBe(true);
  });

  it('hides tagged links only', () => {
    const graph = smallGraph();
    const visibility = computeVisibility(graph, { ...none, hiddenRelations: new Set(['tagged']) });
    expect(visibility.visibleNodeCount).toBe(graph.order);
    expect(visibility.hiddenEdges.size).toBe(3);
  });

  it('minimum papers counts distinct papers over shown relations', () => {
    const graph = smallGraph();
    const two = computeVisibility(graph, { ...none, minPapers: 2 });
    expect(two.hiddenNodes.has('model:mistral-7b')).toBe(false);
    expect(two.hiddenNodes.has('method:lora')).toBe(true);
    expect(two.hiddenNodes.has('author:jane doe')).toBe(false);
    expect(two.hiddenNodes.has('paper:vector-arithmetic')).toBe(false);
    const three = computeVisibility(graph, { ...none, minPapers: 3 });
    expect(three.hiddenNodes.has('model:llama-2-7b')).toBe(false);
    const threeUntagged = computeVisibility(graph, { ...none, minPapers: 3, hiddenRelations: new Set(['tagged']) });
    expect(threeUntagged.hiddenNodes.has('model:llama-2-7b')).toBe(true);
  });
});
