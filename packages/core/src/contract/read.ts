/**
 * Reading graph files back: the one place that decides whether a text is a graph (graph.json, GraphML, GEXF) rather
 * than paper records, and the one reader of graph.json. The CLI's table commands, ingest (which refuses a graph given
 * as paper records) and the viewer's loader all ask here.
 */
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, PaperGraph } from './graph.ts';
import { createPaperGraph } from './graph-store.ts';
import { isNodeKind, NODE_KIND_NAMES } from './kinds.ts';
import { isRelation, RELATION_NAMES } from './relations.ts';

export type GraphFileFormat = 'graph-json' | 'graphml' | 'gexf';

/** How much of a file `graphFileFormat` needs to see. */
export const GRAPH_SNIFF_CHARS = 4096;

/**
 * The graph format of a file from its first characters (content first, so a renamed file is still recognised; the
 * name only for XML whose root element is past the head). `undefined`: not a graph file (paper records, a listing…).
 * graphology's serialization opens with one of its own keys (`options`, `attributes`, `nodes`, `edges`); a JSON
 * record dump opens with `[` or with record fields.
 */
export function graphFileFormat(name: string, head: string): GraphFileFormat | undefined {
  const text = head.slice(0, GRAPH_SNIFF_CHARS).replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('<')) {
    if (/<graphml[\s>]/i.test(text)) return 'graphml';
    if (/<gexf[\s>]/i.test(text)) return 'gexf';
    const lower = name.toLowerCase();
    if (lower.endsWith('.graphml')) return 'graphml';
    if (lower.endsWith('.gexf')) return 'gexf';
    return undefined;
  }
  if (/^\{\s*"(options|attributes|nodes|edges)"\s*:/.test(text)) return 'graph-json';
  return undefined;
}

/** Where a graph.json breaks the contract: the element and what is wrong. */
export class GraphFormatError extends Error {
  override name = 'GraphFormatError';
}

/**
 * graph.json (text or parsed) → a strict graph. Checks what every reader relies on: a `nodes` array whose nodes have
 * a key and a known `kind`, an `edges` array (absent = none) whose edges join known nodes with a known `relation`.
 * The graph is always a directed multigraph, whatever `options` says.
 */
export function readGraphJSON(data: unknown): PaperGraph {
  let parsed: unknown = data;
  if (typeof data === 'string') {
    try {
      parsed = JSON.parse(data.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new GraphFormatError(`not valid JSON (${(error as Error).message})`);
    }
  }
  if (!parsed || typeof parsed !== 'object' || !Array.isArray((parsed as { nodes?: unknown }).nodes)) {
    throw new GraphFormatError('not a papergraph graph.json: expected an object with a "nodes" array');
  }
  const serialized = parsed as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
  const keys = new Set<string>();
  serialized.nodes.forEach((node, index) => {
    if (!node || typeof node.key !== 'string' || !node.key) throw new GraphFormatError(`node #${index} has no key`);
    const kind = node.attributes?.kind;
    if (!isNodeKind(kind)) {
      throw new GraphFormatError(
        `node "${node.key}" has no valid "kind" (got ${JSON.stringify(kind)}; known: ${NODE_KIND_NAMES.join(', ')})`,
      );
    }
    keys.add(node.key);
  });
  const edges = serialized.edges ?? [];
  if (!Array.isArray(edges)) throw new GraphFormatError('"edges" is not an array');
  edges.forEach((edge, index) => {
    const name = edge?.key !== undefined ? `edge "${String(edge.key)}"` : `edge #${index}`;
    if (!edge || !keys.has(edge.source) || !keys.has(edge.target)) {
      throw new GraphFormatError(`${name} joins a node that is not in the file (${JSON.stringify(edge?.source)} → ${JSON.stringify(edge?.target)})`);
    }
    const relation = edge.attributes?.relation;
    if (!isRelation(relation)) {
      throw new GraphFormatError(
        `${name} has no valid "relation" (got ${JSON.stringify(relation)}; known: ${RELATION_NAMES.join(', ')})`,
      );
    }
  });
  const graph: PaperGraph = createPaperGraph();
  graph.import({ ...serialized, edges, options: { type: 'directed', multi: true, allowSelfLoops: true } });
  return graph;
}
