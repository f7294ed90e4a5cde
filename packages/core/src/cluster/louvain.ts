import Graph from 'graphology';
import louvainLib from 'graphology-communities-louvain';
import type { PaperGraph } from '../graph/types.ts';
import { seededRandom } from './random.ts';

export interface ClusterOptions {
  /** Seed of the random walk; same seed + same graph → same communities. */
  seed?: number;
  /** Louvain resolution: above 1 gives more, smaller communities. */
  resolution?: number;
}

export const DEFAULT_SEED = 42;

export interface ClusterResult {
  /** Node key → community id, ids numbered by community size (largest first). */
  communities: Map<string, number>;
  count: number;
  modularity: number;
}

/**
 * Louvain on the undirected weighted projection of the paper graph. graphology-communities-louvain does not take
 * multi graphs, and parallel `uses` + `tagged` edges should add up anyway, so the projection sums relation weights.
 */
export function projectForClustering(graph: PaperGraph): Graph {
  const simple = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.forEachNode((node) => simple.addNode(node));
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    const weight = attributes.weight ?? 1;
    simple.updateUndirectedEdge(source, target, (current: { weight?: number } = {}) => ({
      weight: (current.weight ?? 0) + weight,
    }));
  });
  return simple;
}

function clusterDetailed(graph: PaperGraph, options: ClusterOptions = {}): ClusterResult {
  const simple = projectForClustering(graph);
  const resolution = options.resolution ?? 1;
  const detailed = louvainLib.detailed(simple, {
    getEdgeWeight: 'weight',
    resolution,
    rng: seededRandom(options.seed ?? DEFAULT_SEED),
  });
  // Renumber: largest community first, ties by the smallest member key, so ids are stable and meaningful.
  const members = new Map<number, string[]>();
  simple.forEachNode((node) => {
    const id = detailed.communities[node]!;
    let list = members.get(id);
    if (!list) members.set(id, (list = []));
    list.push(node);
  });
  const ordered = [...members.values()]
    .map((list) => ({ list, first: list.reduce((a, b) => (a < b ? a : b)) }))
    .sort((a, b) => b.list.length - a.list.length || (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  const communities = new Map<string, number>();
  ordered.forEach(({ list }, id) => list.forEach((node) => communities.set(node, id)));
  return { communities, count: ordered.length, modularity: detailed.modularity };
}

/** Node → community id. */
export function louvain(graph: PaperGraph, options?: ClusterOptions): Map<string, number> {
  return clusterDetailed(graph, options).communities;
}

/** Writes `community` on every node and the clustering parameters on the graph. */
louvain.assign = function assign(graph: PaperGraph, options: ClusterOptions = {}): ClusterResult {
  const result = clusterDetailed(graph, options);
  graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, community: result.communities.get(node)! }));
  graph.setAttribute('seed', options.seed ?? DEFAULT_SEED);
  graph.setAttribute('resolution', options.resolution ?? 1);
  graph.setAttribute('modularity', Number(result.modularity.toFixed(6)));
  return result;
};

louvain.detailed = clusterDetailed;
