import { graphMLName } from '@papergraph/core';
import { MultiGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { withPapergraphKeys } from '../../../src/graph/graphml-keys.ts';

/** A graph as graphology-graphml reads a GraphML file: ids as written in it. */
function asRead(generator: string | undefined): MultiGraph {
  const graph = new MultiGraph();
  if (generator) graph.setAttribute('generator', generator);
  const paper = 'paper:hep-th/9901001';
  const model = 'model:llama-2-7b';
  graph.addNode(graphMLName(paper), { kind: 'paper', label: 'An old paper' });
  graph.addNode(graphMLName(model), { kind: 'model', label: 'Llama-2-7B' });
  graph.addDirectedEdgeWithKey(graphMLName(`uses:${paper}->${model}`), graphMLName(paper), graphMLName(model), { relation: 'uses' });
  graph.addUndirectedEdgeWithKey(graphMLName('co:a->b'), graphMLName(paper), graphMLName(model), { relation: 'co' });
  return graph;
}

describe("papergraph's GraphML read back under its own keys", () => {
  it('decodes the NMTOKEN escapes of ids, edge ends and edge keys in a file papergraph wrote', () => {
    const graph = withPapergraphKeys(asRead('papergraph 0.1.0'));
    expect(graph.nodes()).toEqual(['paper:hep-th/9901001', 'model:llama-2-7b']);
    expect(graph.edges()).toEqual(['uses:paper:hep-th/9901001->model:llama-2-7b', 'co:a->b']);
    expect(graph.getNodeAttribute('paper:hep-th/9901001', 'label')).toBe('An old paper');
    expect(graph.isDirected('uses:paper:hep-th/9901001->model:llama-2-7b')).toBe(true);
    expect(graph.isUndirected('co:a->b')).toBe(true);
    expect(graph.getAttribute('generator')).toBe('papergraph 0.1.0');
  });

  it("keeps another tool's ids as written", () => {
    const read = asRead('yEd 3.23');
    expect(withPapergraphKeys(read)).toBe(read);
    expect(withPapergraphKeys(asRead(undefined)).nodes()).toEqual(['paper:hep-th_x002F_9901001', 'model:llama-2-7b']);
  });
});
