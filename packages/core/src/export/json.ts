import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, PaperGraph } from '../graph/types.ts';

const NODE_KINDS = new Set(['paper', 'author', 'model', 'method', 'dataset']);

/** graph.json: graphology's own serialization (the data contract). Compact unless `pretty`. */
export function toGraphJSON(graph: PaperGraph, options: { pretty?: boolean } = {}): string {
  return JSON.stringify(graph.export(), null, options.pretty ? 2 : undefined);
}

/** Reads graph.json (text or parsed) back into a graph, checking the parts of the contract readers rely on. */
export function graphFromJSON(data: unknown): PaperGraph {
  const parsed: unknown = typeof data === 'string' ? JSON.parse(data) : data;
  if (!parsed || typeof parsed !== 'object' || !Array.isArray((parsed as { nodes?: unknown }).nodes)) {
    throw new Error('not a papergraph graph.json: expected an object with a "nodes" array');
  }
  const serialized = parsed as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
  serialized.nodes.forEach((node, index) => {
    const kind = node.attributes?.kind;
    if (typeof node.key !== 'string' || !node.key) throw new Error(`graph.json node #${index} has no key`);
    if (typeof kind !== 'string' || !NODE_KINDS.has(kind)) {
      throw new Error(`graph.json node "${node.key}" has no valid "kind" (got ${JSON.stringify(kind)})`);
    }
  });
  const graph: PaperGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.import({ ...serialized, options: { type: 'directed', multi: true, allowSelfLoops: true } });
  return graph;
}
