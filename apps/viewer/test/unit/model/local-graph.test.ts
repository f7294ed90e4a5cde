import { describe, expect, it } from 'vitest';
import { localGraph } from '../../../src/model/local-graph.ts';
import { computeVisibility, defaultFilters } from '../../../src/model/filters.ts';
import type { ViewerGraph } from '../../../src/graph/types.ts';
import { timeGraph } from '../../fixtures/time-graph.ts';
import { smallGraph } from '../fixture.ts';

const nothingHidden = { hiddenNodes: new Set<string>(), hiddenEdges: new Set<string>() };

/** Distances from a node, links followed both ways (plain breadth-first search, for comparison). */
function distances(graph: ViewerGraph, from: string): Map<string, number> {
  const seen = new Map([[from, 0]]);
  let frontier = [from];
  for (let d = 1; frontier.length > 0; d++) {
    const next: string[] = [];
    for (const node of frontier) for (const other of graph.neighbors(node)) if (!seen.has(other)) (seen.set(other, d), next.push(other));
    frontier = next;
  }
  return seen;
}

describe('local graph', () => {
  it('holds exactly the nodes within the depth, with the links among them under their own keys', () => {
    const graph = smallGraph();
    const hops = distances(graph, 'method:lora');
    for (const depth of [1, 2, 3]) {
      const local = localGraph(graph, 'method:lora', depth, nothingHidden);
      const expected = [...hops].filter(([, d]) => d <= depth).map(([node]) => node).sort();
      expect(local.graph.nodes().sort()).toEqual(expected);
      graph.forEachEdge((edge, _attributes, source, target) => {
        expect(local.graph.hasEdge(edge)).toBe(expected.includes(source) && expected.includes(target));
      });
      local.graph.forEachNode((node, attributes) => expect(attributes.hop).toBe(hops.get(node)));
      expect(local.rings.reduce((a, b) => a + b, 0)).toBe(expected.length);
    }
  });

  it('puts the node in the middle and each ring outside the one before', () => {
    const graph = timeGraph();
    const centre = graph.nodes().find((node) => graph.getNodeAttribute(node, 'kind') === 'model' && graph.degree(node) >= 3)!;
    const local = localGraph(graph, centre, 3, nothingHidden);
    expect(local.graph.getNodeAttributes(centre)).toMatchObject({ x: 0, y: 0, hop: 0 });
    const radius = new Map<number, number[]>();
    local.graph.forEachNode((_node, a) => {
      const list = radius.get(a.hop as number) ?? [];
      list.push(Math.hypot(a.x!, a.y!));
      radius.set(a.hop as number, list);
    });
    for (let d = 2; d <= 3; d++) {
      if (!radius.has(d)) continue;
      expect(Math.min(...radius.get(d)!)).toBeGreaterThan(Math.max(...radius.get(d - 1)!));
    }
  });

  it('skips what the filters hide and never walks through it', () => {
    const graph = smallGraph();
    const hidden = computeVisibility(graph, { ...defaultFilters(graph.order), hiddenKinds: new Set(['paper']) });
    const local = localGraph(graph, 'method:lora', 3, hidden);
    // LoRA reaches everything through its paper: with papers hidden it stands alone.
    expect(local.graph.nodes()).toEqual(['method:lora']);
    expect(localGraph(graph, 'paper:kron-lora', 1, hidden).graph.order).toBe(0);
  });

  it('keeps at most maxNodes, entities of a ring first, and says how many it left out', () => {
    const graph = timeGraph();
    const centre = graph.nodes().find((node) => graph.getNodeAttribute(node, 'kind') === 'paper' && graph.degree(node) >= 6)!;
    const full = localGraph(graph, centre, 1, nothingHidden);
    const capped = localGraph(graph, centre, 1, nothingHidden, 3);
    expect(capped.graph.order).toBe(3);
    expect(capped.leftOut).toBe(full.graph.order - 3);
    const kinds = capped.graph.filterNodes((node) => node !== centre).map((node) => capped.graph.getNodeAttribute(node, 'kind'));
    const entitiesAround = full.graph.filterNodes((node, a) => node !== centre && ['model', 'method', 'dataset'].includes(a.kind)).length;
    if (entitiesAround >= 2) for (const kind of kinds) expect(['model', 'method', 'dataset']).toContain(kind);
  });
});
