import { describe, expect, it } from 'vitest';
import { labelCommunities, labelCommunityLevels, labelSubcommunities } from '../../src/cluster/labels.ts';
import { louvain } from '../../src/cluster/louvain.ts';
import { assignSubcommunities, splitCommunities } from '../../src/cluster/subcommunities.ts';
import { projectCSR } from '../../src/cluster/csr.ts';
import { cliqueRing, twoTopics } from './fixtures.ts';

describe('sub-communities', () => {
  it('splits a community above the size into its planted groups, numbered largest first, the same every run', () => {
    // 8 cliques of 6 in a ring, all put in one community by hand; nodes of the last clique in a small community.
    const graph = cliqueRing(8, 6, 0);
    const { keys, csr } = projectCSR(graph);
    const clique = (i: number) => Number(/g(\d+)-/.exec(keys[i]!)![1]);
    const community = Int32Array.from(keys, (_key, i) => (clique(i) === 7 ? 1 : 0));
    const first = splitCommunities(csr, keys, community, { minSize: 10, seed: 3 });
    const again = splitCommunities(csr, keys, community, { minSize: 10, seed: 3 });
    expect([...again.ids]).toEqual([...first.ids]);
    expect(first.counts).toEqual(new Map([[0, 7]]));
    for (let i = 0; i < keys.length; i++) {
      if (clique(i) === 7) expect(first.ids[i]).toBe(-1);
      else for (let j = 0; j < keys.length; j++) if (clique(j) !== 7) expect(first.ids[i] === first.ids[j]).toBe(clique(i) === clique(j));
    }
    // Equal sizes: ids by the smallest member key.
    const firstKey = (id: number) => keys.filter((_k, i) => first.ids[i] === id).sort()[0]!;
    for (let id = 1; id < 7; id++) expect(firstKey(id - 1) < firstKey(id)).toBe(true);
  });

  it('splits only communities with more nodes than the size, and only by links inside them', () => {
    const graph = cliqueRing(6, 5, 30);
    const { keys, csr } = projectCSR(graph);
    const community = Int32Array.from(keys, (_key, i) => (i < 10 ? 0 : 1));
    const result = splitCommunities(csr, keys, community, { minSize: 15 });
    expect([...result.counts.keys()]).toEqual([1]);
    for (let i = 0; i < 10; i++) expect(result.ids[i]).toBe(-1);
    for (let i = 10; i < keys.length; i++) expect(result.ids[i]).toBeGreaterThanOrEqual(0);
  });

  it('assign writes subcommunity on the nodes of split communities only, and labels name them', () => {
    const graph = twoTopics();
    const clustered = louvain.assign(graph, { seed: 1 });
    const sizes = new Map<number, number>();
    graph.forEachNode((_k, a) => sizes.set(a.community!, (sizes.get(a.community!) ?? 0) + 1));
    const result = assignSubcommunities(graph, clustered, { minSize: 5, seed: 1 });
    graph.forEachNode((_key, attributes) => {
      if (sizes.get(attributes.community!)! > 5) expect(attributes.subcommunity).toBeTypeOf('number');
      else expect(attributes).not.toHaveProperty('subcommunity');
    });
    const table = labelSubcommunities(graph);
    expect(table.length).toBe([...result.counts.values()].reduce((a, b) => a + b, 0));
    for (const row of table) {
      const members = graph.filterNodes((_k, a) => a.community === row.community && a.subcommunity === row.id);
      expect(row.size).toBe(members.length);
      expect(row.top.every((key) => members.includes(key))).toBe(true);
      expect(row.label.length).toBeGreaterThan(0);
    }
    // Listed by community, then id.
    const order = table.map((row) => [row.community, row.id] as const);
    expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    // Both levels in one pass name them as each alone does.
    expect(labelCommunityLevels(graph)).toEqual({ communities: labelCommunities(graph), subcommunities: table });
  });

  it('refuses a graph changed since it was clustered', () => {
    const graph = twoTopics();
    const clustered = louvain.assign(graph, { seed: 1 });
    graph.dropNode('paper:a0');
    graph.addNode('paper:z', { kind: 'paper', label: 'z' });
    expect(() => assignSubcommunities(graph, clustered, { minSize: 1 })).toThrow(/changed/);
  });
});
