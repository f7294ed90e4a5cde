import type { PaperGraph } from '../contract/graph.ts';

/**
 * How well a layout keeps communities apart: for each node, the share of its k nearest neighbours in the plane that
 * are in its own group, against the best any layout could do for those group sizes (a node of a group of s nodes can
 * have at most min(k, s - 1) of them), summed over all nodes: `achieved / achievable`, 1 when every node's nearest
 * neighbours are its own group's as far as its group's size allows.
 */
export interface NeighbourhoodQuality {
  /** Nearest neighbours looked at per node. */
  k: number;
  nodes: number;
  /** Mean share of a node's k nearest neighbours that are in its own group. */
  share: number;
  /** The mean share the best layout could reach with these group sizes. */
  best: number;
  /** share / best (1 when best is 0: nothing to achieve). */
  ratio: number;
}

export const QUALITY_NEIGHBOURS = 10;

/**
 * The measure on coordinate arrays: node i at (xs[i], ys[i]) in group groups[i]. Nearest neighbours come from a
 * k-d tree; equal distances are broken by node index, so the result depends on the positions and groups alone.
 */
export function neighbourhoodQuality(
  xs: Float64Array,
  ys: Float64Array,
  groups: Int32Array,
  k = QUALITY_NEIGHBOURS,
): NeighbourhoodQuality {
  const n = xs.length;
  const groupSize = new Map<number, number>();
  for (let i = 0; i < n; i++) groupSize.set(groups[i]!, (groupSize.get(groups[i]!) ?? 0) + 1);
  const kk = Math.min(k, n - 1);
  if (kk <= 0) return { k, nodes: n, share: 0, best: 0, ratio: 1 };
  const tree = new KdTree(xs, ys);
  const found = new Int32Array(kk);
  let achieved = 0;
  let achievable = 0;
  for (let i = 0; i < n; i++) {
    tree.nearest(i, kk, found);
    const g = groups[i]!;
    for (let j = 0; j < kk; j++) if (groups[found[j]!] === g) achieved++;
    achievable += Math.min(kk, groupSize.get(g)! - 1);
  }
  const share = achieved / (n * kk);
  const best = achievable / (n * kk);
  return { k: kk, nodes: n, share, best, ratio: achievable === 0 ? 1 : achieved / achievable };
}

/** The measure on a laid-out graph, by `community` (or another integer node attribute, e.g. a sub-community key). */
export function layoutQuality(graph: PaperGraph, groupOf: (node: string) => number = (node) => graph.getNodeAttribute(node, 'community') ?? -1, k = QUALITY_NEIGHBOURS): NeighbourhoodQuality {
  const n = graph.order;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const groups = new Int32Array(n);
  let i = 0;
  graph.forEachNode((node, attributes) => {
    if (typeof attributes.x !== 'number' || typeof attributes.y !== 'number') throw new Error(`layout quality: ${node} has no position`);
    xs[i] = attributes.x;
    ys[i] = attributes.y;
    groups[i++] = groupOf(node);
  });
  return neighbourhoodQuality(xs, ys, groups, k);
}

/**
 * A static 2-d tree over point indices (median splits, x then y by depth) for k-nearest-neighbour queries.
 * Leaves hold up to LEAF points; `order` is the points in tree order, node ranges are implicit in it.
 */
const LEAF = 8;

class KdTree {
  private readonly order: Int32Array;
  // Candidate list of the current query: indices and squared distances, sorted ascending (by distance, then index).
  private bestIndex = new Int32Array(0);
  private bestDistance = new Float64Array(0);
  private count = 0;
  private limit = 0;

  constructor(
    private readonly xs: Float64Array,
    private readonly ys: Float64Array,
  ) {
    this.order = Int32Array.from({ length: xs.length }, (_, i) => i);
    this.build(0, xs.length, 0);
  }

  private build(start: number, end: number, depth: number): void {
    if (end - start <= LEAF) return;
    const mid = (start + end) >> 1;
    this.select(start, end - 1, mid, depth % 2 === 0 ? this.xs : this.ys);
    this.build(start, mid, depth + 1);
    this.build(mid + 1, end, depth + 1);
  }

  /**
   * Floyd–Rivest selection (as kdbush builds its tree): order[k] becomes the point of rank k by `axis` within
   * [left, right], smaller-or-equal values before it, greater-or-equal after.
   */
  private select(left: number, right: number, k: number, axis: Float64Array): void {
    const order = this.order;
    while (right > left) {
      if (right - left > 600) {
        const n = right - left + 1;
        const m = k - left + 1;
        const z = Math.log(n);
        const s = 0.5 * Math.exp((2 * z) / 3);
        const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
        this.select(Math.max(left, Math.floor(k - (m * s) / n + sd)), Math.min(right, Math.floor(k + ((n - m) * s) / n + sd)), k, axis);
      }
      const t = axis[order[k]!]!;
      let i = left;
      let j = right;
      this.swap(left, k);
      if (axis[order[right]!]! > t) this.swap(left, right);
      while (i < j) {
        this.swap(i, j);
        i++;
        j--;
        while (axis[order[i]!]! < t) i++;
        while (axis[order[j]!]! > t) j--;
      }
      if (axis[order[left]!] === t) this.swap(left, j);
      else {
        j++;
        this.swap(j, right);
      }
      if (j <= k) left = j + 1;
      if (k <= j) right = j - 1;
    }
  }

  private swap(a: number, b: number): void {
    const t = this.order[a]!;
    this.order[a] = this.order[b]!;
    this.order[b] = t;
  }

  /** The k nearest other points of point `query`, nearest first, into `out`. */
  nearest(query: number, k: number, out: Int32Array): void {
    if (this.bestIndex.length !== k) {
      this.bestIndex = new Int32Array(k);
      this.bestDistance = new Float64Array(k);
    }
    this.count = 0;
    this.limit = k;
    this.search(query, 0, this.xs.length, 0);
    out.set(this.bestIndex.subarray(0, k));
  }

  private search(query: number, start: number, end: number, depth: number): void {
    const { xs, ys, order } = this;
    if (end - start <= LEAF) {
      for (let p = start; p < end; p++) this.offer(query, order[p]!);
      return;
    }
    const mid = (start + end) >> 1;
    const point = order[mid]!;
    this.offer(query, point);
    const axis = depth % 2 === 0 ? xs : ys;
    const delta = axis[query]! - axis[point]!;
    const nearFirst = delta < 0 || (delta === 0 && query < point);
    if (nearFirst) this.search(query, start, mid, depth + 1);
    else this.search(query, mid + 1, end, depth + 1);
    // The far side can only help if the splitting line is within the current k-th distance.
    if (this.count < this.limit || delta * delta <= this.bestDistance[this.limit - 1]!) {
      if (nearFirst) this.search(query, mid + 1, end, depth + 1);
      else this.search(query, start, mid, depth + 1);
    }
  }

  private offer(query: number, candidate: number): void {
    if (candidate === query) return;
    const dx = this.xs[candidate]! - this.xs[query]!;
    const dy = this.ys[candidate]! - this.ys[query]!;
    const d = dx * dx + dy * dy;
    const { bestIndex, bestDistance, limit } = this;
    let at = this.count;
    if (at === limit) {
      const last = limit - 1;
      if (d > bestDistance[last]! || (d === bestDistance[last] && candidate > bestIndex[last]!)) return;
      at = last;
    } else this.count++;
    while (at > 0 && (bestDistance[at - 1]! > d || (bestDistance[at - 1] === d && bestIndex[at - 1]! > candidate))) {
      bestIndex[at] = bestIndex[at - 1]!;
      bestDistance[at] = bestDistance[at - 1]!;
      at--;
    }
    bestIndex[at] = candidate;
    bestDistance[at] = d;
  }
}
