import { keyOfGraphMLName } from '@papergraph/core';
import { MultiGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';

/**
 * papergraph's GraphML writes node and edge ids as the schema's NMTOKENs (core's graphMLName: an edge's `->` as
 * `-_x003E_`, an old arXiv id's `/` as `_x002F_`). A graph papergraph wrote is read back under its own keys, so its
 * links, search and panels name nodes as its graph.json does; other files keep their ids as written.
 */
export function withPapergraphKeys(graph: AbstractGraph): AbstractGraph {
  if (!String(graph.getAttribute('generator') ?? '').startsWith('papergraph')) return graph;
  const escaped = (key: string) => key.includes('_x');
  if (!graph.someNode(escaped) && !graph.someEdge(escaped)) return graph;
  const keyed = new MultiGraph();
  keyed.replaceAttributes(graph.getAttributes());
  graph.forEachNode((key, attributes) => {
    keyed.addNode(keyOfGraphMLName(key), attributes);
  });
  graph.forEachEdge((key, attributes, source, target, _sourceAttributes, _targetAttributes, undirected) => {
    const add = undirected ? keyed.addUndirectedEdgeWithKey.bind(keyed) : keyed.addDirectedEdgeWithKey.bind(keyed);
    add(keyOfGraphMLName(key), keyOfGraphMLName(source), keyOfGraphMLName(target), attributes);
  });
  return keyed;
}
