import type { PaperGraph } from '../contract/graph.ts';

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

export interface ProjectOptions {
  /**
   * Write each node's index into this numeric attribute (in place, no event) and read it back from the edges'
   * endpoint attributes instead of hashing keys: faster and without a key → index map on a large heap. For callers
   * that overwrite the attribute right after (`louvain.assign`: `community`; the layout: `x`).
   */
  indexAttribute?: 'community' | 'x';
}

/**
 * The clustering projection of the paper graph, built straight into typed arrays: undirected, every relation between
 * the same two nodes (either direction, e.g. `uses` and `tagged`) summed into one edge with the sum of their
 * relation weights, self-loops dropped. This is exactly the graph the benchmark hands to igraph (GraphML →
 * `to_undirected(collapse, sum)` → `simplify(loops)`), so both modularities are measured on the same graph.
 * Node `i` is the `i`-th node in the graph's iteration order (`keys[i]`).
 */
export function projectCSR(graph: PaperGraph, options: ProjectOptions = {}): { keys: string[]; csr: WeightedCSR } {
  const n = graph.order;
  const keys = new Array<string>(n);
  const scratch = options.indexAttribute;
  const index = scratch ? undefined : new Map<string, number>();
  // Rows sized from the node degrees (parallel edges included, loops not), then filled in one pass over the edges,
  // then parallel entries merged in place: no edge list is materialised.
  const offsets = new Int32Array(n + 1);
  let i = 0;
  graph.forEachNode((key, attributes) => {
    keys[i] = key;
    if (index) index.set(key, i);
    else if (scratch === 'x') attributes.x = i;
    else attributes.community = i;
    offsets[i + 1] = offsets[i]! + graph.degreeWithoutSelfLoops(key);
    i++;
  });
  const cursor = offsets.slice(0, n);
  const targets = new Int32Array(offsets[n]!);
  const weights = new Float64Array(offsets[n]!);
  graph.forEachEdge((_edge, attributes, source, target, sourceAttributes, targetAttributes) => {
    if (source === target) return;
    const s = index ? index.get(source)! : scratch === 'x' ? sourceAttributes.x! : sourceAttributes.community!;
    const t = index ? index.get(target)! : scratch === 'x' ? targetAttributes.x! : targetAttributes.community!;
    const w = attributes.weight ?? 1;
    let p = cursor[s]!++;
    targets[p] = t;
    weights[p] = w;
    p = cursor[t]!++;
    targets[p] = s;
    weights[p] = w;
  });

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
