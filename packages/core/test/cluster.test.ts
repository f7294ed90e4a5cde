import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { labelCommunities } from '../src/cluster/labels.ts';
import { louvain, projectForClustering } from '../src/cluster/louvain.ts';
import { RELATION_WEIGHTS } from '../src/graph/build.ts';
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
});
