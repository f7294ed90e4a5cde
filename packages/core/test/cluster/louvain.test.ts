import { describe, expect, it } from 'vitest';
import { louvain, projectForClustering } from '../../src/cluster/louvain.ts';
import { modularityOf, optimizeModularity } from '../../src/cluster/modularity.ts';
import { projectCSR } from '../../src/cluster/csr.ts';
import { seededRandom } from '../../src/cluster/random.ts';
import { cliqueRing, referenceModularity, twoTopics } from './fixtures.ts';

describe('louvain (seeded)', () => {
  it('separates the two topics despite the shared tag, same ids every run', () => {
    const first = louvain(twoTopics(), { seed: 1 });
    const second = louvain(twoTopics(), { seed: 1 });
    expect([...first]).toEqual([...second]);
    expect(first.get('paper:a0')).toBe(first.get('model:Llama-2-7B'));
    expect(first.get('paper:b0')).toBe(first.get('model:CLIP'));
    expect(first.get('paper:a0')).not.toBe(first.get('paper:b0'));
  });

  it('sums parallel relations in the projection', () => {
    const graph = twoTopics();
    graph.addDirectedEdgeWithKey('uses:paper:a0->model:tagged-model', 'paper:a0', 'model:tagged-model', { relation: 'uses', weight: 2 });
    const simple = projectForClustering(graph);
    expect(simple.getEdgeAttribute('paper:a0', 'model:tagged-model', 'weight')).toBe(2.25);
  });

  it('assign() writes community, seed, resolution and modularity', () => {
    const graph = twoTopics();
    const result = louvain.assign(graph, { seed: 3, resolution: 1 });
    graph.forEachNode((_key, attributes) => expect(attributes.community).toBeTypeOf('number'));
    expect(graph.getAttribute('seed')).toBe(3);
    expect(result.modularity).toBeGreaterThan(0.2);
    // ids are numbered by size, largest first
    const sizes = new Map<number, number>();
    graph.forEachNode((_k, a) => sizes.set(a.community!, (sizes.get(a.community!) ?? 0) + 1));
    const ordered = [...sizes.entries()].sort((a, b) => a[0] - b[0]).map(([, size]) => size);
    expect(ordered).toEqual([...ordered].sort((a, b) => b - a));
  });
});

describe('modularity optimisation', () => {
  it('finds planted cliques and reports the modularity the definition gives', () => {
    const graph = cliqueRing(12, 6, 0);
    const result = louvain.detailed(graph, { seed: 9 });
    expect(result.count).toBe(12);
    graph.forEachNode((_node, attributes) => expect(attributes.community).toBeUndefined());
    louvain.assign(graph, { seed: 9 });
    graph.forEachNode((node, attributes) => expect(attributes.community).toBe(result.communities.get(node)));
    for (let g = 0; g < 12; g++)
      for (let i = 1; i < 6; i++) expect(result.communities.get(`paper:g${g}-${i}`)).toBe(result.communities.get(`paper:g${g}-0`));
    expect(result.modularity).toBeCloseTo(referenceModularity(graph, (node) => result.communities.get(node)!), 12);
  });

  it('refinement never lowers modularity, and the result is the same for the same seed', () => {
    const graph = cliqueRing(40, 5, 150);
    const { csr } = projectCSR(graph);
    for (const seed of [1, 2, 3]) {
      const plain = optimizeModularity(csr, { resolution: 1, rng: seededRandom(seed), maxRounds: 0 });
      const refined = optimizeModularity(csr, { resolution: 1, rng: seededRandom(seed) });
      const again = optimizeModularity(csr, { resolution: 1, rng: seededRandom(seed) });
      expect(refined.modularity).toBeGreaterThanOrEqual(plain.modularity);
      expect(refined.modularity).toBeCloseTo(modularityOf(csr, refined.membership), 12);
      expect([...again.membership]).toEqual([...refined.membership]);
    }
  });

  it('higher resolution gives more communities', () => {
    const graph = cliqueRing(30, 6, 60);
    expect(louvain.detailed(graph, { seed: 1, resolution: 4 }).count).toBeGreaterThan(louvain.detailed(graph, { seed: 1, resolution: 0.2 }).count);
  });

  it('keeps isolated nodes as their own communities', () => {
    const graph = twoTopics();
    graph.addNode('model:alone', { kind: 'model', label: 'alone' });
    const result = louvain.detailed(graph, { seed: 1 });
    const alone = result.communities.get('model:alone')!;
    expect([...result.communities.values()].filter((id) => id === alone)).toHaveLength(1);
  });
});

