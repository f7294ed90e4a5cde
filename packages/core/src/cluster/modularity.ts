import type { WeightedCSR } from './csr.ts';

/**
 * Seeded multilevel modularity optimisation on a {@link WeightedCSR}: Louvain (Blondel et al. 2008) with the
 * fast-local-moves queue (as graphology-communities-louvain and Leiden use), followed by multilevel refinement
 * (Rotta & Noack 2011): once no level improves, the final partition is projected back down the hierarchy and nodes
 * are moved again at every level, from the coarsest to the single nodes; the refined partition is then coarsened
 * again, and the whole repeats while modularity still rises. Everything is typed arrays; the only randomness is
 * the visiting order, drawn from `rng`, so the same graph and seed give the same partition.
 */
export interface OptimizeOptions {
  resolution: number;
  rng: () => number;
  /** Refinement rounds at most (each: refine every level, then coarsen and move again). */
  maxRounds?: number;
  /**
   * A partition to start from (ids < n; a warm start from a previous clustering): the nodes first move from it,
   * then its communities are merged and coarsened as usual, so a partition that still fits stays nearly whole.
   */
  initial?: Int32Array;
}

export interface OptimizeResult {
  /** Node → community, numbered 0..count-1 in order of first appearance. */
  membership: Int32Array;
  count: number;
  modularity: number;
  /** Coarsening levels of the first Louvain run. */
  levels: number;
  /** Refinement rounds that were run. */
  rounds: number;
}

/** Below this a gain is rounding noise: moving for it could loop forever. */
const EPSILON = 1e-10;
const MIN_ROUND_GAIN = 1e-6;

export function optimizeModularity(graph: WeightedCSR, options: OptimizeOptions): OptimizeResult {
  const { resolution, rng } = options;
  const maxRounds = options.maxRounds ?? 1;
  const work = new Workspace(graph.n);

  let start: Int32Array | null = null;
  if (options.initial) {
    if (options.initial.length !== graph.n) throw new Error(`optimizeModularity: initial partition of ${options.initial.length} nodes for ${graph.n}`);
    start = options.initial.slice();
    renumber(start);
    moveNodes(graph, start, work, resolution, rng);
  }
  let { membership, hierarchy } = coarsen(graph, start, work, resolution, rng);
  const levels = hierarchy.length;
  let modularity = modularityOf(graph, membership, resolution, work.totals);
  let rounds = 0;
  while (rounds < maxRounds) {
    rounds++;
    // Refine: the final partition, expressed on each level's nodes, improved by local moves from the top down.
    const refined = refine(hierarchy, membership, work, resolution, rng);
    const next = coarsen(graph, refined, work, resolution, rng);
    const q = modularityOf(graph, next.membership, resolution, work.totals);
    if (q <= modularity + MIN_ROUND_GAIN) {
      if (q > modularity) ({ membership, modularity } = { membership: next.membership, modularity: q });
      break;
    }
    membership = next.membership;
    hierarchy = next.hierarchy;
    modularity = q;
  }
  const count = renumber(membership);
  return { membership, count, modularity, levels, rounds };
}

/** One level of the hierarchy: its graph and, for each of its nodes, the node it became one level up. */
interface Level {
  graph: WeightedCSR;
  up: Int32Array | null;
}

/** Scratch arrays shared by every level (sized for the largest, the original graph). */
class Workspace {
  neighbourWeight: Float64Array;
  neighbourCommunities: Int32Array;
  queue: Int32Array;
  queued: Uint8Array;
  slot: Int32Array;
  totals: Float64Array;
  members: Int32Array;
  constructor(n: number) {
    this.neighbourWeight = new Float64Array(n);
    this.neighbourCommunities = new Int32Array(n);
    this.queue = new Int32Array(n);
    this.queued = new Uint8Array(n);
    this.slot = new Int32Array(n);
    this.totals = new Float64Array(n);
    this.members = new Int32Array(n);
  }
}

/**
 * Louvain: local moves, then merge each community into one node, until a level moves nothing. With `start`, the
 * original graph is first merged along that partition (refinement rounds). Returns the partition of the original
 * nodes and the levels visited, the last one being the coarsest.
 */
function coarsen(
  graph: WeightedCSR,
  start: Int32Array | null,
  work: Workspace,
  resolution: number,
  rng: () => number,
): { membership: Int32Array; hierarchy: Level[] } {
  const membership = new Int32Array(graph.n);
  const hierarchy: Level[] = [{ graph, up: null }];
  let current = graph;
  if (start) {
    membership.set(start);
    const count = renumber(membership);
    const merged = aggregate(current, membership, count, work);
    hierarchy[0]!.up = membership.slice();
    hierarchy.push({ graph: merged, up: null });
    current = merged;
  } else for (let i = 0; i < graph.n; i++) membership[i] = i;

  for (;;) {
    const community = new Int32Array(current.n);
    for (let i = 0; i < current.n; i++) community[i] = i;
    if (!moveNodes(current, community, work, resolution, rng)) break;
    const count = renumber(community);
    if (count === current.n) break;
    for (let i = 0; i < membership.length; i++) membership[i] = community[membership[i]!]!;
    hierarchy[hierarchy.length - 1]!.up = community;
    current = aggregate(current, community, count, work);
    hierarchy.push({ graph: current, up: null });
  }
  return { membership, hierarchy };
}

/**
 * Projects the final partition down the hierarchy and lets every level's nodes move between its communities,
 * coarsest level first: whole sub-communities move first, then smaller groups, then single nodes.
 */
function refine(hierarchy: Level[], membership: Int32Array, work: Workspace, resolution: number, rng: () => number): Int32Array {
  // The community of each node at each level, read off the original nodes (every coarse node is a union of them).
  // The coarsest level is skipped: its nodes are the communities, and coarsening stopped because none of them moved.
  const top = hierarchy.length - 1;
  if (top === 0) return membership.slice();
  let partition = new Int32Array(hierarchy[top]!.graph.n);
  const nodeAt = nodesAtLevel(hierarchy, top);
  for (let i = 0; i < membership.length; i++) partition[nodeAt[i]!] = membership[i]!;
  for (let level = top - 1; level >= 0; level--) {
    const { graph, up } = hierarchy[level]!;
    const community = new Int32Array(graph.n);
    for (let i = 0; i < graph.n; i++) community[i] = partition[up![i]!]!;
    moveNodes(graph, community, work, resolution, rng);
    partition = community;
  }
  return partition;
}

/** For each original node, the node standing for it at `level`. */
function nodesAtLevel(hierarchy: Level[], level: number): Int32Array {
  const n = hierarchy[0]!.graph.n;
  const at = new Int32Array(n);
  for (let i = 0; i < n; i++) at[i] = i;
  for (let l = 0; l < level; l++) {
    const up = hierarchy[l]!.up!;
    for (let i = 0; i < n; i++) at[i] = up[at[i]!]!;
  }
  return at;
}

/**
 * Local moves with a queue (every node once in random order, then only the neighbours of nodes that moved): each
 * node goes to the neighbouring community with the best modularity gain, if it beats staying by more than rounding.
 * `community` holds the starting partition (ids < n) and receives the result. Returns whether any node moved.
 */
function moveNodes(graph: WeightedCSR, community: Int32Array, work: Workspace, resolution: number, rng: () => number): boolean {
  const { n, offsets, targets, weights, strength } = graph;
  const scale = resolution / graph.total;
  const { neighbourWeight, neighbourCommunities, queue, queued, totals } = work;
  totals.fill(0, 0, n);
  for (let i = 0; i < n; i++) totals[community[i]!]! += strength[i]!;

  // Random visiting order: Fisher–Yates on the seeded rng.
  for (let i = 0; i < n; i++) queue[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const swap = queue[i]!;
    queue[i] = queue[j]!;
    queue[j] = swap;
  }
  queued.fill(1, 0, n);
  let head = 0;
  let size = n;
  let moved = false;

  while (size > 0) {
    const i = queue[head]!;
    head = head + 1 === n ? 0 : head + 1;
    size--;
    queued[i] = 0;

    const own = community[i]!;
    const k = strength[i]!;
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    let found = 0;
    for (let p = start; p < end; p++) {
      const c = community[targets[p]!]!;
      if (neighbourWeight[c] === 0) neighbourCommunities[found++] = c;
      neighbourWeight[c]! += weights[p]!;
    }
    totals[own]! -= k;
    let best = own;
    let bestGain = neighbourWeight[own]! - k * totals[own]! * scale;
    for (let f = 0; f < found; f++) {
      const c = neighbourCommunities[f]!;
      const gain = neighbourWeight[c]! - k * totals[c]! * scale;
      if (gain > bestGain + EPSILON) {
        best = c;
        bestGain = gain;
      }
      neighbourWeight[c] = 0;
    }
    neighbourWeight[own] = 0;
    totals[best]! += k;
    if (best === own) continue;
    community[i] = best;
    moved = true;
    for (let p = start; p < end; p++) {
      const j = targets[p]!;
      if (queued[j] || community[j] === best) continue;
      queued[j] = 1;
      let tail = head + size;
      if (tail >= n) tail -= n;
      queue[tail] = j;
      size++;
    }
  }
  return moved;
}

/** Renumbers ids in place to 0..count-1 in order of first appearance; returns count. */
function renumber(ids: Int32Array): number {
  let max = -1;
  for (let i = 0; i < ids.length; i++) if (ids[i]! > max) max = ids[i]!;
  const map = new Int32Array(max + 1).fill(-1);
  let count = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    let next = map[id]!;
    if (next === -1) map[id] = next = count++;
    ids[i] = next;
  }
  return count;
}

/**
 * The graph whose nodes are the communities (ids 0..count-1), edge weights summed, inner edges dropped. Two passes
 * over the edges (count the rows, then fill them) so that the arrays are allocated at their final size.
 */
function aggregate(graph: WeightedCSR, community: Int32Array, count: number, work: Workspace): WeightedCSR {
  const { n, offsets, targets, weights, strength } = graph;
  // Members grouped by community (counting sort, stable).
  const memberStart = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) memberStart[community[i]! + 1]!++;
  for (let c = 0; c < count; c++) memberStart[c + 1]! += memberStart[c]!;
  const fill = work.slot;
  fill.set(memberStart.subarray(0, count));
  const members = work.members;
  for (let i = 0; i < n; i++) members[fill[community[i]!]!++] = i;

  // `slot[d]` marks where community d was last seen: a row index in the counting pass, a position in the filling one.
  const slot = work.slot;
  const newOffsets = new Int32Array(count + 1);
  slot.fill(-1, 0, count);
  for (let c = 0; c < count; c++) {
    let row = 0;
    for (let m = memberStart[c]!; m < memberStart[c + 1]!; m++) {
      const i = members[m]!;
      for (let p = offsets[i]!; p < offsets[i + 1]!; p++) {
        const d = community[targets[p]!]!;
        if (d === c || slot[d] === c) continue;
        slot[d] = c;
        row++;
      }
    }
    newOffsets[c + 1] = newOffsets[c]! + row;
  }

  const newTargets = new Int32Array(newOffsets[count]!);
  const newWeights = new Float64Array(newOffsets[count]!);
  const newStrength = new Float64Array(count);
  slot.fill(-1, 0, count);
  let write = 0;
  for (let c = 0; c < count; c++) {
    const rowStart = write;
    let k = 0;
    for (let m = memberStart[c]!; m < memberStart[c + 1]!; m++) {
      const i = members[m]!;
      k += strength[i]!;
      for (let p = offsets[i]!; p < offsets[i + 1]!; p++) {
        const d = community[targets[p]!]!;
        if (d === c) continue;
        const at = slot[d]!;
        if (at >= rowStart) newWeights[at]! += weights[p]!;
        else {
          slot[d] = write;
          newTargets[write] = d;
          newWeights[write++] = weights[p]!;
        }
      }
    }
    newStrength[c] = k;
  }
  return { n: count, offsets: newOffsets, targets: newTargets, weights: newWeights, strength: newStrength, total: graph.total };
}

/** Modularity (with resolution) of a partition of the graph: Σc [ in_c / 2m − γ (tot_c / 2m)² ]. */
export function modularityOf(graph: WeightedCSR, community: Int32Array, resolution = 1, scratch?: Float64Array): number {
  const { n, offsets, targets, weights, strength, total } = graph;
  if (total === 0) return 0;
  let inside = 0;
  const totals = scratch ? scratch.fill(0, 0, n) : new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = community[i]!;
    totals[c]! += strength[i]!;
    for (let p = offsets[i]!; p < offsets[i + 1]!; p++) if (community[targets[p]!] === c) inside += weights[p]!;
  }
  let spread = 0;
  for (let c = 0; c < n; c++) spread += totals[c]! * totals[c]!;
  return inside / total - (resolution * spread) / (total * total);
}
