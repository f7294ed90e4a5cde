import type { WeightedCSR } from '../cluster/csr.ts';
import { forceAtlas2, inferredSettings, type ForceGraph } from './force.ts';

/**
 * The layout inside one group (a community, or a sub-community of a split one), in its own coordinates around the
 * origin, one unit of area per node:
 * - the group's core (nodes with two or more links inside the group) by ForceAtlas2 from a breadth-first sunflower
 *   start, scaled to the area its nodes need;
 * - leaves (one link inside the group: most authors, an entity used by one paper) on a small sunflower around the
 *   node they hang from, which is what ForceAtlas2 would do with them at a fraction of the cost;
 * - isolates (no link inside the group) packed on a sunflower beside the core, not flung out to a ring.
 */
export interface GroupLayout {
  /** Positions of the members, in the order of `members`. */
  xs: Float64Array;
  ys: Float64Array;
  /** Radius of a circle around the origin that holds every member. */
  radius: number;
}

export interface GroupLayoutOptions {
  /** FA2 iterations for the core. */
  iterations: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Distance unit of a leaf sunflower around its anchor: a leaf takes about as much room as a core node. */
const LEAF_SPACING = 0.55;
/** Isolates are packed a little looser than leaves, so they read as separate nodes. */
const ISOLATE_SPACING = 0.8;
const GROUP_GRAVITY = 0.3;

/**
 * Lays out `members` (node indices of `csr`); `groupOf[v] === id` tells whether node v is in the group, and
 * `local` is scratch of csr.n entries.
 */
export function layoutGroup(
  csr: WeightedCSR,
  members: Int32Array,
  groupOf: Int32Array,
  id: number,
  local: Int32Array,
  options: GroupLayoutOptions,
): GroupLayout {
  const n = members.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  if (n === 1) return { xs, ys, radius: 0 };
  for (let i = 0; i < n; i++) local[members[i]!] = i;

  // Links inside the group: degree, and the one neighbour of degree-1 nodes.
  const degree = new Int32Array(n);
  const only = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const v = members[i]!;
    for (let p = csr.offsets[v]!; p < csr.offsets[v + 1]!; p++) {
      const t = csr.targets[p]!;
      if (groupOf[t] !== id) continue;
      degree[i]!++;
      only[i] = local[t]!;
    }
  }
  // A degree-1 node is a leaf of its neighbour, unless both are degree 1 (a lone pair): then the later one is.
  const anchor = new Int32Array(n).fill(-1);
  const coreIndex = new Int32Array(n).fill(-1);
  const core: number[] = [];
  const isolates: number[] = [];
  for (let i = 0; i < n; i++) {
    if (degree[i] === 0) isolates.push(i);
    else if (degree[i] === 1 && (degree[only[i]!]! > 1 || only[i]! < i)) anchor[i] = only[i]!;
    else {
      coreIndex[i] = core.length;
      core.push(i);
    }
  }
  const leavesOf = new Int32Array(n);
  for (let i = 0; i < n; i++) if (anchor[i]! >= 0) leavesOf[anchor[i]!]!++;

  let coreRadius = 0;
  if (core.length > 0) {
    const graph = coreGraph(csr, members, core, coreIndex, local, groupOf, id, degree);
    const cx = new Float64Array(core.length);
    const cy = new Float64Array(core.length);
    breadthFirstStart(graph, cx, cy);
    // Gravity 0.3 (inferSettings: 0.05) keeps a group round and compact, so its disc holds no empty margin around a
    // few far-flung chains, while hubs still gather their papers.
    forceAtlas2(graph, cx, cy, { ...inferredSettings(core.length), gravity: GROUP_GRAVITY, iterations: core.length > 1 ? options.iterations : 0 });
    // Scale so the core and its leaves fill a disc of one unit of area per node (r.m.s. radius of a uniform disc).
    let area = 0;
    let mx = 0;
    let my = 0;
    for (let c = 0; c < core.length; c++) {
      const a = 1 + leavesOf[core[c]!]!;
      area += a;
      mx += a * cx[c]!;
      my += a * cy[c]!;
    }
    mx /= area;
    my /= area;
    let spread = 0;
    for (let c = 0; c < core.length; c++) spread += (1 + leavesOf[core[c]!]!) * ((cx[c]! - mx) ** 2 + (cy[c]! - my) ** 2);
    spread = Math.sqrt(spread / area);
    const target = Math.sqrt(area / Math.PI / 2);
    const scale = spread > 0 ? target / spread : 0;
    for (let c = 0; c < core.length; c++) {
      const i = core[c]!;
      xs[i] = (cx[c]! - mx) * scale;
      ys[i] = (cy[c]! - my) * scale;
    }
    // Leaves around their anchor, the first pointing away from the centre, in the order of the anchor's links.
    const placed = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const a = anchor[i]!;
      if (a < 0) continue;
      const j = placed[a]!++;
      const outward = Math.atan2(ys[a]!, xs[a]!);
      const r = LEAF_SPACING * Math.sqrt(j + 1);
      xs[i] = xs[a]! + r * Math.cos(outward + j * GOLDEN_ANGLE);
      ys[i] = ys[a]! + r * Math.sin(outward + j * GOLDEN_ANGLE);
    }
    for (let i = 0; i < n; i++) if (degree[i]! > 0) coreRadius = Math.max(coreRadius, Math.hypot(xs[i]!, ys[i]!));
  }

  if (isolates.length > 0) {
    // A sunflower beside the core (to its right), or the whole group when nothing inside it is linked.
    const isolateRadius = ISOLATE_SPACING * Math.sqrt(isolates.length);
    const centre = core.length > 0 ? coreRadius + ISOLATE_SPACING + isolateRadius : 0;
    isolates.forEach((i, j) => {
      const r = ISOLATE_SPACING * Math.sqrt(j + 0.5);
      xs[i] = centre + r * Math.cos(j * GOLDEN_ANGLE);
      ys[i] = r * Math.sin(j * GOLDEN_ANGLE);
    });
  }
  return { xs, ys, radius: recentre(xs, ys) };
}

/** The subgraph of core nodes as a ForceGraph (FA2 mass: 1 + degree inside the group, leaves included). */
function coreGraph(
  csr: WeightedCSR,
  members: Int32Array,
  core: number[],
  coreIndex: Int32Array,
  local: Int32Array,
  groupOf: Int32Array,
  id: number,
  degree: Int32Array,
): ForceGraph {
  const k = core.length;
  const offsets = new Int32Array(k + 1);
  for (let c = 0; c < k; c++) {
    const v = members[core[c]!]!;
    let count = 0;
    for (let p = csr.offsets[v]!; p < csr.offsets[v + 1]!; p++) {
      const t = csr.targets[p]!;
      if (groupOf[t] === id && coreIndex[local[t]!]! >= 0) count++;
    }
    offsets[c + 1] = offsets[c]! + count;
  }
  const targets = new Int32Array(offsets[k]!);
  const weights = new Float64Array(offsets[k]!);
  const mass = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    const v = members[core[c]!]!;
    let at = offsets[c]!;
    for (let p = csr.offsets[v]!; p < csr.offsets[v + 1]!; p++) {
      const t = csr.targets[p]!;
      if (groupOf[t] !== id) continue;
      const tc = coreIndex[local[t]!]!;
      if (tc < 0) continue;
      targets[at] = tc;
      weights[at++] = csr.weights[p]!;
    }
    mass[c] = 1 + degree[core[c]!]!;
  }
  return { n: k, offsets, targets, weights, mass };
}

/**
 * Start positions: nodes on a sunflower in breadth-first order from the heaviest node (ties: first), so linked nodes
 * start near each other and FA2 has less to untangle; unreached parts follow, each from its own heaviest node.
 */
function breadthFirstStart(graph: ForceGraph, xs: Float64Array, ys: Float64Array): void {
  const { n, offsets, targets, mass } = graph;
  const byMass = Array.from({ length: n }, (_, i) => i).sort((a, b) => mass[b]! - mass[a]! || a - b);
  const seen = new Uint8Array(n);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (const root of byMass) {
    if (seen[root]) continue;
    seen[root] = 1;
    queue[tail++] = root;
    while (head < tail) {
      const v = queue[head++]!;
      for (let p = offsets[v]!; p < offsets[v + 1]!; p++) {
        const t = targets[p]!;
        if (!seen[t]) {
          seen[t] = 1;
          queue[tail++] = t;
        }
      }
    }
  }
  for (let rank = 0; rank < n; rank++) {
    const r = Math.sqrt(rank + 0.5);
    xs[queue[rank]!] = r * Math.cos(rank * GOLDEN_ANGLE);
    ys[queue[rank]!] = r * Math.sin(rank * GOLDEN_ANGLE);
  }
}

/** Moves the points so their bounding box is centred on the origin; returns the radius of the circle holding them. */
export function recentre(xs: Float64Array, ys: Float64Array): number {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < xs.length; i++) {
    minX = Math.min(minX, xs[i]!);
    maxX = Math.max(maxX, xs[i]!);
    minY = Math.min(minY, ys[i]!);
    maxY = Math.max(maxY, ys[i]!);
  }
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  let radius = 0;
  for (let i = 0; i < xs.length; i++) {
    xs[i]! -= cx;
    ys[i]! -= cy;
    radius = Math.max(radius, Math.hypot(xs[i]!, ys[i]!));
  }
  return radius;
}
