import type { PaperGraph } from '../graph/types.ts';

/**
 * An undirected weighted graph in compressed sparse rows: the neighbours of node `i` are
 * `targets[offsets[i] .. offsets[i + 1])` with `weights` alongside; every edge is stored in both rows, no self-loops.
 */
export interface WeightedCSR {
  /** Number of nodes. */
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  /** Weighted degree of each node (at coarser levels: the summed degree of the nodes it stands for). */
  strength: Float64Array;
  /** Sum of `strength`: twice the total edge weight of the original graph. */
  total: number;
}

/**
 * The clustering projection of the paper graph, built straight into typed arrays: undirected, every relation between
 * the same two nodes (either direction, e.g. `uses` and `tagged`) summed into one edge with the sum of their
 * relation weights, self-loops dropped. This is exactly the graph the benchmark hands to igraph (GraphML →
 * `to_undirected(collapse, sum)` → `simplify(loops)`), so both modularities are measured on the same graph.
 * Node `i` is the `i`-th node in the graph's iteration order (`keys[i]`).
 */
export function projectCSR(graph: PaperGraph): { keys: string[]; csr: WeightedCSR } {
  const n = graph.order;
  const keys = new Array<string>(n);
  const index = new Map<string, number>();
  let i = 0;
  graph.forEachNode((key) => {
    keys[i] = key;
    index.set(key, i++);
  });

  // Edge list (loops dropped), then rows with duplicates, then duplicates merged in place.
  const sources = new Int32Array(graph.size);
  const ends = new Int32Array(graph.size);
  const edgeWeights = new Float64Array(graph.size);
  const degree = new Int32Array(n + 1);
  let m = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    const s = index.get(source)!;
    const t = index.get(target)!;
    sources[m] = s;
    ends[m] = t;
    edgeWeights[m++] = attributes.weight ?? 1;
    degree[s]!++;
    degree[t]!++;
  });

  const offsets = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) offsets[v + 1] = offsets[v]! + degree[v]!;
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(2 * m);
  const weights = new Float64Array(2 * m);
  for (let e = 0; e < m; e++) {
    const s = sources[e]!;
    const t = ends[e]!;
    const w = edgeWeights[e]!;
    let p = fill[s]!++;
    targets[p] = t;
    weights[p] = w;
    p = fill[t]!++;
    targets[p] = s;
    weights[p] = w;
  }

  // Merge parallel entries row by row, keeping first-seen order; `slot[t]` is where t sits in the current row.
  const slot = new Int32Array(n).fill(-1);
  const strength = new Float64Array(n);
  let write = 0;
  let total = 0;
  for (let v = 0; v < n; v++) {
    const start = offsets[v]!;
    const end = offsets[v + 1]!;
    const rowStart = write;
    let k = 0;
    for (let p = start; p < end; p++) {
      const t = targets[p]!;
      const w = weights[p]!;
      k += w;
      const at = slot[t]!;
      if (at >= rowStart) weights[at]! += w;
      else {
        slot[t] = write;
        targets[write] = t;
        weights[write++] = w;
      }
    }
    offsets[v] = rowStart;
    strength[v] = k;
    total += k;
  }
  offsets[n] = write;
  return {
    keys,
    csr: { n, offsets, targets: targets.subarray(0, write), weights: weights.subarray(0, write), strength, total },
  };
}
