import type { PaperGraph } from '../contract/graph.ts';
import type { WeightedCSR } from './csr.ts';
import { DEFAULT_SEED, initialPartition, matchIds, rankBySize, type ClusterResult } from './louvain.ts';
import { optimizeModularity } from './modularity.ts';
import { seededRandom } from './random.ts';

/**
 * Communities with more nodes than this are split into sub-communities. Below it a community is small enough to read
 * whole (the 1k-paper graph's largest has ~300 nodes); above it one modularity level lumps topics together (the
 * 20k-paper graph's largest holds 7,600 nodes, the full corpus's 18,700).
 */
export const SUBCOMMUNITY_MIN_SIZE = 1000;

export interface SubcommunityOptions {
  /** Communities with more nodes than this are split (default SUBCOMMUNITY_MIN_SIZE). */
  minSize?: number;
  /** Louvain seed; every community's split starts from it afresh, so one community's split never depends on another's. */
  seed?: number;
  resolution?: number;
  /**
   * Warm start: per node (the projection's order), its previous sub-community id when it was in the same community
   * before, else -1. A split community with such nodes starts from their sub-communities (see `louvain`'s `initial`)
   * and keeps the ids of those that persist; new ones are numbered after the largest previous id in that community.
   */
  previous?: Int32Array;
}

export interface SubcommunityResult {
  /** Per node (the projection's order), its sub-community id within its community; -1 in communities not split. */
  ids: Int32Array;
  /** Split community → its number of sub-communities. */
  counts: Map<number, number>;
}

/**
 * The second level of communities: Louvain (seeded, same optimiser and resolution as the first level) on the
 * subgraph each large community induces; sub-communities numbered largest first, ties by the smallest member key.
 * `community[i]` is node i's community in `csr`; `keys[i]` its key.
 */
export function splitCommunities(
  csr: WeightedCSR,
  keys: readonly string[],
  community: Int32Array,
  options: SubcommunityOptions = {},
): SubcommunityResult {
  const minSize = options.minSize ?? SUBCOMMUNITY_MIN_SIZE;
  const n = csr.n;
  const ids = new Int32Array(n).fill(-1);
  const counts = new Map<number, number>();
  const members = membersByCommunity(community);
  const local = new Int32Array(n);
  for (const [id, list] of members) {
    if (list.length <= minSize) continue;
    list.forEach((node, i) => (local[node] = i));
    const induced = inducedSubgraph(csr, list, local, community, id);
    const before = options.previous ? Int32Array.from(list, (node) => options.previous![node]!) : undefined;
    const warm = before?.some((sub) => sub >= 0) ? before : undefined;
    const result = optimizeModularity(induced, {
      resolution: options.resolution ?? 1,
      rng: seededRandom(options.seed ?? DEFAULT_SEED),
      ...(warm ? { initial: initialPartition(induced, warm) } : {}),
    });
    const keyOf = (i: number) => keys[list[i]!]!;
    const rank = warm
      ? matchIds(result.membership, result.count, warm, warm.reduce((max, sub) => Math.max(max, sub), -1) + 1, keyOf)
      : rankBySize(result.membership, result.count, keyOf);
    list.forEach((node, i) => (ids[node] = rank[result.membership[i]!]!));
    counts.set(id, result.count);
  }
  return { ids, counts };
}

/** Members of each community in node order, communities in id order. */
function membersByCommunity(community: Int32Array): Map<number, number[]> {
  const members = new Map<number, number[]>();
  for (let i = 0; i < community.length; i++) {
    const id = community[i]!;
    let list = members.get(id);
    if (!list) members.set(id, (list = []));
    list.push(i);
  }
  return new Map([...members].sort((a, b) => a[0] - b[0]));
}

/** The subgraph `list` induces in `csr`, with its own strengths and total (`local[node]` is the node's index in `list`). */
function inducedSubgraph(csr: WeightedCSR, list: number[], local: Int32Array, community: Int32Array, id: number): WeightedCSR {
  const n = list.length;
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const v = list[i]!;
    let degree = 0;
    for (let p = csr.offsets[v]!; p < csr.offsets[v + 1]!; p++) if (community[csr.targets[p]!] === id) degree++;
    offsets[i + 1] = offsets[i]! + degree;
  }
  const targets = new Int32Array(offsets[n]!);
  const weights = new Float64Array(offsets[n]!);
  const strength = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const v = list[i]!;
    let at = offsets[i]!;
    for (let p = csr.offsets[v]!; p < csr.offsets[v + 1]!; p++) {
      const t = csr.targets[p]!;
      if (community[t] !== id) continue;
      targets[at] = local[t]!;
      weights[at++] = csr.weights[p]!;
      strength[i]! += csr.weights[p]!;
    }
    total += strength[i]!;
  }
  return { n, offsets, targets, weights, strength, total };
}

/**
 * Splits the large communities of a clustered graph (`louvain.assign`'s result) and writes `subcommunity` on their
 * nodes; nodes of communities not split get none.
 */
export function assignSubcommunities(graph: PaperGraph, clustered: ClusterResult, options: SubcommunityOptions = {}): SubcommunityResult {
  const result = splitCommunities(clustered.csr, clustered.keys, clustered.ids, options);
  let i = 0;
  graph.updateEachNodeAttributes((node, attributes) => {
    // Same order as the projection's (louvain.assign relies on it too); the key check guards a changed graph.
    if (clustered.keys[i] !== node) throw new Error('sub-communities: the graph changed since it was clustered');
    const id = result.ids[i++]!;
    if (id >= 0) attributes.subcommunity = id;
    return attributes;
  });
  return result;
}
