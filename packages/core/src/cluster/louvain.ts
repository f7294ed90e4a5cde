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
  /**
   * Warm start from a previous clustering (node key → community id): nodes start in their previous community, a
   * node without one in the community most of its neighbours' weight starts in (else alone); communities that
   * persist keep their previous id (matched by overlap, see `matchIds`), new ones are numbered from `nextId`.
   */
  initial?: ReadonlyMap<string, number>;
  /** First id for communities that match no previous one (default: the largest previous id + 1). */
  nextId?: number;
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
 * The starting partition of a warm start on `csr` (node i is keys[i]): `previous[i]` (-1: none) where known, else the
 * community that holds more than half of the node's link weight (a new paper among the entities of one community),
 * else a community of its own — a new clique tied to an old community by one link starts apart, or Louvain, which
 * never splits what it starts with, would keep it inside. Nodes are visited in order, so a new node can follow a new
 * neighbour placed before it. Returns ids < n.
 */
export function initialPartition(csr: WeightedCSR, previous: Int32Array): Int32Array {
  const { n, offsets, targets, weights } = csr;
  const start = previous.slice();
  const votes = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    if (start[i]! >= 0) continue;
    votes.clear();
    let total = 0;
    for (let p = offsets[i]!; p < offsets[i + 1]!; p++) {
      total += weights[p]!;
      const c = start[targets[p]!]!;
      if (c >= 0) votes.set(c, (votes.get(c) ?? 0) + weights[p]!);
    }
    let best = -1;
    for (const [c, weight] of votes) if (2 * weight > total) best = c;
    start[i] = best;
  }
  // Dense ids < n: previous ids may be larger than n; the nodes left alone take fresh ones.
  const dense = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const c = start[i]!;
    if (c < 0) start[i] = -2 - i;
    const key = start[i]!;
    let id = dense.get(key);
    if (id === undefined) dense.set(key, (id = dense.size));
    start[i] = id;
  }
  return start;
}

/**
 * Ids for groups 0..count-1 of `membership` that keep previous ids where a group persists: `previous[i]` is member
 * i's previous id (-1: it is new). Pairs (group, previous id) are matched greedily by how many members they share,
 * largest overlap first (ties: smaller previous id, then the group ranked first by `rankBySize`), each group and
 * each previous id once. Groups left over are numbered from `nextId` in `rankBySize` order.
 */
export function matchIds(
  membership: Int32Array,
  count: number,
  previous: Int32Array,
  nextId: number,
  keyOf: (member: number) => string,
): Int32Array {
  const rank = rankBySize(membership, count, keyOf);
  const pairs: Array<{ group: number; old: number; shared: number }> = [];
  const byGroup: Array<Map<number, number>> = Array.from({ length: count }, () => new Map());
  for (let i = 0; i < membership.length; i++) {
    const old = previous[i]!;
    if (old < 0) continue;
    const shared = byGroup[membership[i]!]!;
    shared.set(old, (shared.get(old) ?? 0) + 1);
  }
  byGroup.forEach((shared, group) => {
    for (const [old, n] of shared) pairs.push({ group, old, shared: n });
  });
  pairs.sort((a, b) => b.shared - a.shared || a.old - b.old || rank[a.group]! - rank[b.group]!);
  const ids = new Int32Array(count).fill(-1);
  const taken = new Set<number>();
  for (const { group, old } of pairs) {
    if (ids[group] !== -1 || taken.has(old)) continue;
    ids[group] = old;
    taken.add(old);
  }
  const left = Array.from({ length: count }, (_, group) => group)
    .filter((group) => ids[group] === -1)
    .sort((a, b) => rank[a]! - rank[b]!);
  left.forEach((group, k) => (ids[group] = nextId + k));
  return ids;
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
  const previous = options.initial ? previousIds(keys, options.initial) : undefined;
  const result = optimizeModularity(csr, {
    resolution,
    rng: seededRandom(options.seed ?? DEFAULT_SEED),
    ...(previous ? { initial: initialPartition(csr, previous) } : {}),
  });
  const { membership, count } = result;

  const keyOf = (i: number) => keys[i]!;
  const rank = previous ? matchIds(membership, count, previous, options.nextId ?? maxId(options.initial!) + 1, keyOf) : rankBySize(membership, count, keyOf);
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

/** Each key's id in `known`, -1 for keys it lacks. */
export function previousIds(keys: readonly string[], known: ReadonlyMap<string, number>): Int32Array {
  return Int32Array.from(keys, (key) => known.get(key) ?? -1);
}

function maxId(known: ReadonlyMap<string, number>): number {
  let max = -1;
  for (const id of known.values()) if (id > max) max = id;
  return max;
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
