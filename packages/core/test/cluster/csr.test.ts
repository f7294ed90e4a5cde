import { describe, expect, it } from 'vitest';
import { projectCSR } from '../../src/cluster/csr.ts';
import { projectForClustering } from '../../src/cluster/louvain.ts';
import { twoTopics } from './fixtures.ts';

describe('CSR projection', () => {
  it('is undirected, sums parallel and opposite relations, drops self-loops', () => {
    const graph = twoTopics();
    graph.addDirectedEdgeWithKey('uses:paper:a0->model:tagged-model', 'paper:a0', 'model:tagged-model', { relation: 'uses', weight: 2 });
    graph.addDirectedEdgeWithKey('back', 'model:tagged-model', 'paper:a0', { relation: 'variant_of', weight: 1 });
    graph.addDirectedEdgeWithKey('loop', 'paper:a1', 'paper:a1', { relation: 'variant_of', weight: 1 });
    const { keys, csr } = projectCSR(graph);
    const at = (a: string) => keys.indexOf(a);
    const weight = (a: string, b: string) => {
      const found: number[] = [];
      for (let p = csr.offsets[at(a)]!; p < csr.offsets[at(a) + 1]!; p++) if (csr.targets[p] === at(b)) found.push(csr.weights[p]!);
      return found;
    };
    expect(weight('paper:a0', 'model:tagged-model')).toEqual([3.25]);
    expect(weight('model:tagged-model', 'paper:a0')).toEqual([3.25]);
    expect(weight('paper:a1', 'paper:a1')).toEqual([]);
    const simple = projectForClustering(graph);
    expect(csr.offsets[csr.n]).toBe(2 * simple.size);
    // The in-place index path (louvain.assign) projects the same arrays.
    const inPlace = projectCSR(graph, { indexAttribute: 'community' });
    expect(inPlace.keys).toEqual(keys);
    expect([...inPlace.csr.offsets]).toEqual([...csr.offsets]);
    expect([...inPlace.csr.targets]).toEqual([...csr.targets]);
    expect([...inPlace.csr.weights]).toEqual([...csr.weights]);
    expect(csr.total).toBeCloseTo(2 * simple.reduceEdges((sum, _e, a) => sum + a.weight, 0), 9);
    simple.forEachNode((node) => expect(csr.strength[at(node)]).toBeCloseTo(simple.reduceEdges(node, (sum, _e, a) => sum + a.weight, 0), 9));
  });
});

