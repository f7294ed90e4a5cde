import { describe, expect, it } from 'vitest';
import { initialPartition, louvain, matchIds, projectForClustering } from '../../src/cluster/louvain.ts';
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


describe('warm start (updates)', () => {
  /** A ring of 10 cliques of 6, then two more cliques (one tied to clique 0) and a node tied to clique 3. */
  function grown() {
    const before = cliqueRing(10, 6, 0);
    const after = cliqueRing(10, 6, 0);
    let e = 0;
    const link = (a: string, b: string, weight = 2) => after.addDirectedEdgeWithKey(`new${e++}`, a, b, { relation: 'uses', weight });
    for (const g of [10, 11]) {
      for (let i = 0; i < 6; i++) after.addNode(`paper:g${g}-${i}`, { kind: 'paper', label: `g${g}-${i}` });
      for (let i = 0; i < 6; i++) for (let j = i + 1; j < 6; j++) link(`paper:g${g}-${i}`, `paper:g${g}-${j}`);
    }
    link('paper:g10-0', 'paper:g0-2', 1);
    after.addNode('paper:newcomer', { kind: 'paper', label: 'newcomer' });
    for (let i = 0; i < 4; i++) link('paper:newcomer', `paper:g3-${i}`);
    return { before, after };
  }

  it('starts new nodes in the community that holds most of their link weight, else alone, with dense ids', () => {
    const { after } = grown();
    const { keys, csr } = projectCSR(after);
    const previous = Int32Array.from(keys, (key) => (/g(\d+)-/.test(key) && Number(/g(\d+)-/.exec(key)![1]) < 10 ? 100 + Number(/g(\d+)-/.exec(key)![1]) : -1));
    const start = initialPartition(csr, previous);
    const at = (key: string) => start[keys.indexOf(key)]!;
    expect(Math.max(...start)).toBeLessThan(keys.length);
    expect(at('paper:newcomer')).toBe(at('paper:g3-0'));
    // g10-0 is tied to clique 0, but most of its weight is in its own new clique: it starts alone, as do the others.
    expect(new Set(['paper:g10-0', 'paper:g10-1', 'paper:g11-0', 'paper:g11-1', 'paper:g0-2'].map(at)).size).toBe(5);
    expect(at('paper:g1-0')).not.toBe(at('paper:g2-0'));
  });

  it('matches groups to previous ids by overlap, largest first; the rest numbered from nextId by size', () => {
    // Groups: 0 = five of old 7 (and one new), 1 = two of old 7 and one of old 4, 2 = three new, 3 = one new.
    const membership = Int32Array.from([0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3]);
    const previous = Int32Array.from([7, 7, 7, 7, 7, -1, 7, 7, 4, -1, -1, -1, -1]);
    const ids = matchIds(membership, 4, previous, 20, (i) => `k${String(i).padStart(2, '0')}`);
    expect([...ids]).toEqual([7, 4, 20, 21]);
  });

  it('keeps every community id and member of a partition that still fits, numbers new communities after the largest', () => {
    const { before, after } = grown();
    const first = louvain.assign(before, { seed: 4 });
    const initial = first.communities;
    const largest = Math.max(...initial.values());
    const warm = louvain.detailed(after, { seed: 4, initial });
    for (const [key, id] of initial) expect(warm.communities.get(key), key).toBe(id);
    expect(warm.communities.get('paper:newcomer')).toBe(initial.get('paper:g3-0'));
    const g10 = warm.communities.get('paper:g10-0')!;
    const g11 = warm.communities.get('paper:g11-0')!;
    expect(new Set([g10, g11])).toEqual(new Set([largest + 1, largest + 2]));
    // nextId moves the new ids past ids used before and gone since.
    const later = louvain.detailed(after, { seed: 4, initial, nextId: 50 });
    expect(new Set([later.communities.get('paper:g10-0'), later.communities.get('paper:g11-0')])).toEqual(new Set([50, 51]));
    expect(warm.modularity).toBeCloseTo(louvain.detailed(after, { seed: 4 }).modularity, 6);
  });

  it('lets nodes leave a previous community that no longer fits them', () => {
    const graph = cliqueRing(10, 6, 0);
    // A wrong start: clique 2 split in two, and one node of clique 5 in clique 6's community.
    const initial = new Map<string, number>();
    graph.forEachNode((key) => {
      const [g, i] = /g(\d+)-(\d+)/.exec(key)!.slice(1).map(Number) as [number, number];
      initial.set(key, g === 2 && i >= 3 ? 20 : g === 5 && i === 4 ? 6 : g);
    });
    const warm = louvain.detailed(graph, { seed: 4, initial });
    expect(warm.communities.get('paper:g2-0')).toBe(warm.communities.get('paper:g2-5'));
    expect(warm.communities.get('paper:g5-4')).toBe(warm.communities.get('paper:g5-0'));
    expect(warm.communities.get('paper:g5-4')).not.toBe(warm.communities.get('paper:g6-0'));
    const { keys, csr } = projectCSR(graph);
    const start = Int32Array.from(keys, (key) => initial.get(key)!);
    expect(warm.modularity).toBeGreaterThan(modularityOf(csr, initialPartition(csr, start)));
  });
});
