import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { labelCommunities } from '../src/cluster/labels.ts';
import { projectCSR } from '../src/cluster/csr.ts';
import { louvain, projectForClustering } from '../src/cluster/louvain.ts';
import { modularityOf, optimizeModularity } from '../src/cluster/modularity.ts';
import { seededRandom } from '../src/cluster/random.ts';
import { RELATION_WEIGHTS } from '../src/contract/relations.ts';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, PaperGraph } from '../src/graph/types.ts';
import type { NodeKind, Relation } from '../src/types.ts';

/** Two topical groups of papers joined only by a weak listing tag. */
function twoTopics(): PaperGraph {
  const graph: PaperGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  const node = (key: string, kind: NodeKind) => graph.addNode(key, { kind, label: key.split(':')[1]! });
  const edge = (relation: Relation, source: string, target: string) =>
    graph.addDirectedEdgeWithKey(`${relation}:${source}->${target}`, source, target, { relation, weight: RELATION_WEIGHTS[relation] });
  node('model:tagged-model', 'model');
  for (const [topic, model, method] of [
    ['a', 'Llama-2-7B', 'LoRA'],
    ['b', 'CLIP', 'contrastive-decoding'],
  ] as const) {
    node(`model:${model}`, 'model');
    node(`method:${method}`, 'method');
    node(`author:${topic}-author`, 'author');
    for (let i = 0; i < 4; i++) {
      const paper = `paper:${topic}${i}`;
      node(paper, 'paper');
      edge('uses', paper, `model:${model}`);
      edge('uses', paper, `method:${method}`);
      edge('wrote', `author:${topic}-author`, paper);
      edge('tagged', paper, 'model:tagged-model');
    }
  }
  return graph;
}

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

/** Modularity straight from the definition, on the multigraph's undirected weighted projection. */
function referenceModularity(graph: PaperGraph, community: (node: string) => number): number {
  let twoM = 0;
  let inside = 0;
  const degree = new Map<number, number>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    const w = attributes.weight ?? 1;
    twoM += 2 * w;
    if (community(source) === community(target)) inside += 2 * w;
    for (const node of [source, target]) degree.set(community(node), (degree.get(community(node)) ?? 0) + w);
  });
  let spread = 0;
  for (const d of degree.values()) spread += d * d;
  return inside / twoM - spread / (twoM * twoM);
}

/** `groups` cliques of `size` papers, each clique joined to the next by one edge, plus seeded random noise edges. */
function cliqueRing(groups: number, size: number, noise: number, seed = 5): PaperGraph {
  const graph: PaperGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  const key = (g: number, i: number) => `paper:g${g}-${i}`;
  for (let g = 0; g < groups; g++) for (let i = 0; i < size; i++) graph.addNode(key(g, i), { kind: 'paper', label: key(g, i) });
  let e = 0;
  const link = (a: string, b: string, weight: number) =>
    graph.addDirectedEdgeWithKey(`e${e++}`, a, b, { relation: 'uses', weight });
  for (let g = 0; g < groups; g++) {
    for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) link(key(g, i), key(g, j), 2);
    link(key(g, 0), key((g + 1) % groups, 1), 1);
  }
  const rng = seededRandom(seed);
  for (let k = 0; k < noise; k++) {
    const a = key(Math.floor(rng() * groups), Math.floor(rng() * size));
    const b = key(Math.floor(rng() * groups), Math.floor(rng() * size));
    link(a, b, 0.5);
  }
  return graph;
}

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
    const inPlace = projectCSR(graph, { indexInCommunityAttribute: true });
    expect(inPlace.keys).toEqual(keys);
    expect([...inPlace.csr.offsets]).toEqual([...csr.offsets]);
    expect([...inPlace.csr.targets]).toEqual([...csr.targets]);
    expect([...inPlace.csr.weights]).toEqual([...csr.weights]);
    expect(csr.total).toBeCloseTo(2 * simple.reduceEdges((sum, _e, a) => sum + a.weight, 0), 9);
    simple.forEachNode((node) => expect(csr.strength[at(node)]).toBeCloseTo(simple.reduceEdges(node, (sum, _e, a) => sum + a.weight, 0), 9));
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

describe('community labels', () => {
  it('names each community from its characteristic entities, not from the hub shared by all', () => {
    const graph = twoTopics();
    louvain.assign(graph, { seed: 1 });
    const labels = labelCommunities(graph);
    const llama = labels.find((c) => c.top.includes('model:Llama-2-7B'))!;
    expect(llama.label.split(' · ')).toEqual(expect.arrayContaining(['Llama-2-7B', 'LoRA']));
    expect(llama.label).not.toContain('tagged-model');
    expect(llama.kinds.paper).toBe(4);
    expect(labels.reduce((n, c) => n + c.size, 0)).toBe(graph.order);
  });

  it('ranks members as a full sort would (kind priority, score, label), ties and all', () => {
    // Many same-score entities per community: only the first three in sort order may name it.
    const graph = cliqueRing(6, 5, 20);
    const kinds: NodeKind[] = ['model', 'method', 'dataset', 'author'];
    let n = 0;
    for (const paper of graph.nodes()) {
      for (const kind of kinds.slice(0, 1 + (n++ % 4))) {
        const key = `${kind}:${paper}-${kind}`;
        graph.addNode(key, { kind, label: `${kind.toUpperCase()} ${paper.slice(-3)}` });
        graph.addDirectedEdgeWithKey(`x:${key}`, paper, key, { relation: 'uses', weight: 2 });
      }
    }
    louvain.assign(graph, { seed: 4 });
    const priority: Record<NodeKind, number> = { model: 0, method: 0, dataset: 0, author: 1, paper: 2 };
    for (const summary of labelCommunities(graph)) {
      const members = graph.filterNodes((_k, a) => a.community === summary.id);
      const score = (key: string) => {
        let inside = 0;
        let all = 0;
        graph.forEachEdge(key, (_e, a, s, t) => {
          all += a.weight!;
          if (graph.getNodeAttribute(s === key ? t : s, 'community') === summary.id) inside += a.weight!;
        });
        return all > 0 ? (inside * inside) / all : 0;
      };
      const ranked = members
        .map((key) => ({ key, p: priority[graph.getNodeAttribute(key, 'kind')], s: score(key), l: graph.getNodeAttribute(key, 'label') }))
        .sort((a, b) => a.p - b.p || b.s - a.s || (a.l < b.l ? -1 : a.l > b.l ? 1 : 0));
      const top = ranked.filter((c, i) => i === 0 || (c.p === ranked[0]!.p && c.s >= 0.1 * ranked[0]!.s)).slice(0, 3);
      expect(summary.top).toEqual(top.map((c) => c.key));
      expect(summary.size).toBe(members.length);
    }
  });
});
