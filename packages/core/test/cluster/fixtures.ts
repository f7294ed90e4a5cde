import { MultiDirectedGraph } from 'graphology';
import { seededRandom } from '../../src/cluster/random.ts';
import { RELATION_WEIGHTS } from '../../src/contract/relations.ts';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, PaperGraph } from '../../src/contract/graph.ts';
import type { NodeKind, Relation } from '../../src/types.ts';

/** Two topical groups of papers joined only by a weak listing tag. */
export function twoTopics(): PaperGraph {
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

/** Modularity straight from the definition, on the multigraph's undirected weighted projection. */
export function referenceModularity(graph: PaperGraph, community: (node: string) => number): number {
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
export function cliqueRing(groups: number, size: number, noise: number, seed = 5): PaperGraph {
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

