import { readFileSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { createPaperGraph } from '../../src/contract/graph-store.ts';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, PaperGraph } from '../../src/contract/graph.ts';
import { runPipeline } from '../../src/index.ts';

const seed = readFileSync(new URL('../../../../seeds/llama-2-7b.txt', import.meta.url), 'utf8');
const { graph: built } = runPipeline([{ name: 'llama-2-7b.txt', text: seed }], { layout: false });

/** The seed graph's nodes and edges added, in the build's order, to `graph`. */
function filled(graph: PaperGraph): PaperGraph {
  built.forEachNode((key, attributes) => graph.addNode(key, { ...attributes }));
  built.forEachEdge((key, attributes, source, target) => graph.addDirectedEdgeWithKey(key, source, target, { ...attributes }));
  return graph;
}

/** Everything a reader of the graph can see, in the order it sees it: nodes, and each node's links both ways. */
function walk(graph: PaperGraph): string[] {
  const seen: string[] = [];
  graph.forEachNode((node) => {
    seen.push(node, graph.outNeighbors(node).join(','), graph.inNeighbors(node).join(','), graph.edges(node).join(','));
  });
  return seen;
}

describe('createPaperGraph', () => {
  it('keeps neighbours in objects without a prototype (the store this graphology version was checked with)', () => {
    const graph = filled(createPaperGraph());
    // A graphology release that lays out its node records differently leaves graphs plain: this test says so.
    const records = (graph as unknown as { _nodes: Map<string, { in: object; out: object }> })._nodes;
    const paper = records.get(built.findNode((_key, attributes) => attributes.kind === 'paper')!)!;
    expect(Object.getPrototypeOf(paper.out)).toBeNull();
    expect(Object.getPrototypeOf(paper.in)).toBeNull();
  });

  it('is the same graph as graphology’s own, read in the same order, before and after edits', () => {
    const plain = filled(new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>());
    const fast = filled(createPaperGraph());
    expect(built.size).toBeGreaterThan(50);
    expect(JSON.stringify(fast.export())).toBe(JSON.stringify(plain.export()));
    expect(walk(fast)).toEqual(walk(plain));

    // Edits: an edge and a node dropped, a parallel edge added, then every edge cleared and one added back.
    for (const graph of [plain, fast]) {
      const hub = graph.nodes().reduce((best, node) => (graph.degree(node) > graph.degree(best) ? node : best));
      graph.dropEdge(graph.edges(hub)[0]!);
      graph.dropNode(graph.outNeighbors(graph.nodes()[0]!)[0]!);
      const [source, target] = graph.extremities(graph.edges(hub)[0]!);
      graph.addDirectedEdgeWithKey('extra', source, target, { relation: 'uses', weight: 1 });
    }
    expect(walk(fast)).toEqual(walk(plain));
    for (const graph of [plain, fast]) {
      graph.clearEdges();
      const [a, b] = graph.nodes();
      graph.addDirectedEdgeWithKey('again', a!, b!, { relation: 'uses', weight: 1 });
    }
    expect(JSON.stringify(fast.export())).toBe(JSON.stringify(plain.export()));
    expect(walk(fast)).toEqual(walk(plain));
  });
});
