import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, PaperGraph } from '../graph/types.ts';
import { FLUSH_AT } from './graphml.ts';

const NODE_KINDS = new Set(['paper', 'author', 'model', 'method', 'dataset']);

/**
 * graph.json: graphology's own serialization (the data contract), in pieces — the same bytes as
 * `JSON.stringify(graph.export())` without ever holding the whole export or the whole text in memory.
 */
export function* graphJSONChunks(graph: PaperGraph): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  yield `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
  let batch = '';
  let first = true;
  for (const key of graph.nodes()) {
    const attributes = graph.getNodeAttributes(key);
    batch += (first ? '' : ',') + JSON.stringify(Object.keys(attributes).length ? { key, attributes } : { key });
    first = false;
    if (batch.length > FLUSH_AT) {
      yield batch;
      batch = '';
    }
  }
  batch += '],"edges":[';
  first = true;
  for (const key of graph.edges()) {
    const attributes = graph.getEdgeAttributes(key);
    const edge = { key, source: graph.source(key), target: graph.target(key) };
    batch += (first ? '' : ',') + JSON.stringify(Object.keys(attributes).length ? { ...edge, attributes } : edge);
    first = false;
    if (batch.length > FLUSH_AT) {
      yield batch;
      batch = '';
    }
  }
  yield `${batch}]}`;
}

/** graph.json as one string; `pretty` indents it (for small graphs and reading by eye). */
export function toGraphJSON(graph: PaperGraph, options: { pretty?: boolean } = {}): string {
  if (options.pretty) return JSON.stringify(graph.export(), null, 2);
  return [...graphJSONChunks(graph)].join('');
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
