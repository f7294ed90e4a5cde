import type { ForeignGraph } from '../contract/graph.ts';

/** A node's `paperCount`; a graph from elsewhere may lack it: then the distinct papers linked to the node. */
export function paperCountOf(graph: ForeignGraph, key: string, value: unknown): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  const papers = new Set<string>();
  graph.forEachNeighbor(key, (neighbor, attributes) => {
    if (attributes.kind === 'paper') papers.add(neighbor);
  });
  return papers.size;
}
