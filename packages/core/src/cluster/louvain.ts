import Graph from 'graphology';
import type { PaperGraph } from '../contract/graph.ts';
import { projectCSR, type WeightedCSR } from './csr.ts';
import { optimizeModularity } from './modularity.ts';
import { seededRandom } from './random.ts';

export interface ClusterOptions {
  /** Seed of the visiting order; same seed + same graph → same communities. */
  seed?: number;
  /** Louvain resolution: above 1 gives more, smaller communities. */
  resolution?: number;
}

export const DEFAULT_SEED = 42;

export interface ClusterResult {
  /** Node key → community id, ids numbered by community size (largest first). */
  communities: Map<string, number>;
  count: number;
  /** Modularity (at the given resolution) of the partition on the weighted undirected projection. */
  modularity: number;
  /** Coarsening levels of the first Louvain pass and refinement rounds run after it. */
  levels: number;
  rounds: number;
  /** The graph's node keys in its iteration order, and the community id of each. */
  keys: string[];
  ids: Int32Array;
  /** The projection the communities were optimised on (node i is keys[i]); sub-communities split it further. */
  csr: WeightedCSR;
}

/**
 * New ids for groups 0..count-1 of a membership array: largest group first, ties by the smallest member key, so ids
 * are stable and meaningful. `rank[group]` is the group's new id.
 */
export function rankBySize(membership: Int32Array, count: number, keyOf: (member: number) => string): Int32Array {
  const size = new Int32Array(count);
  const first = new Array<string | undefined>(count);
  for (let i = 0; i < membership.length; i++) {
    const c = membership[i]!;
    size[c]!++;
    const key = keyOf(i);
    const seen = first[c];
    if (seen === undefined || key < seen) first[c] = key;
  }
  const order = Array.from({ length: count }, (_, c) => c).sort((a, b) => {
    if (size[a] !== size[b]) return size[b]! - size[a]!;
    const fa = first[a]!;
    const fb = first[b]!;
    return fa < fb ? -1 : fa > fb ? 1 : 0;
  });
  const rank = new Int32Array(count);
  order.forEach((c, id) => (rank[c] = id));
  return rank;
}

/**
 * The undirected weighted projection of the paper graph as a graphology graph (parallel relations summed, loops
 * dropped) — the graph the communities are optimised on, for callers that want to inspect it. Clustering itself
 * builds the same projection straight into typed arrays (see `projectCSR`).
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

/**
 * Louvain with multilevel refinement on the weighted undirected projection (see `optimizeModularity`), then
 * communities renumbered: largest first, ties by the smallest member key, so ids are stable and meaningful.
 */
function clusterDetailed(graph: PaperGraph, options: ClusterOptions = {}, overwritesCommunity = false): ClusterResult {
  const { keys, csr } = projectCSR(graph, overwritesCommunity ? { indexAttribute: 'community' } : {});
  const resolution = options.resolution ?? 1;
  const result = optimizeModularity(csr, { resolution, rng: seededRandom(options.seed ?? DEFAULT_SEED) });
  const { membership, count } = result;

  const rank = rankBySize(membership, count, (i) => keys[i]!);
  const ids = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) ids[i] = rank[membership[i]!]!;
  let communities: Map<string, number> | undefined;
  return {
    get communities() {
      if (!communities) {
        communities = new Map();
        for (let i = 0; i < keys.length; i++) communities.set(keys[i]!, ids[i]!);
      }
      return communities;
    },
    count,
    modularity: result.modularity,
    levels: result.levels,
    rounds: result.rounds,
    keys,
    ids,
    csr,
  };
}

/** Node → community id. */
export function louvain(graph: PaperGraph, options?: ClusterOptions): Map<string, number> {
  return clusterDetailed(graph, options).communities;
}

/** Writes `community` on every node and the clustering parameters on the graph. */
louvain.assign = function assign(graph: PaperGraph, options: ClusterOptions = {}): ClusterResult {
  const result = clusterDetailed(graph, options, true);
  // Same iteration order as the projection's, so node i is keys[i]; attributes are updated in place.
  let i = 0;
  graph.updateEachNodeAttributes((node, attributes) => {
    attributes.community = result.keys[i] === node ? result.ids[i] : result.communities.get(node);
    i++;
    return attributes;
  });
  graph.setAttribute('seed', options.seed ?? DEFAULT_SEED);
  graph.setAttribute('resolution', options.resolution ?? 1);
  graph.setAttribute('modularity', Number(result.modularity.toFixed(6)));
  return result;
};

louvain.detailed = (graph: PaperGraph, options?: ClusterOptions): ClusterResult => clusterDetailed(graph, options);
