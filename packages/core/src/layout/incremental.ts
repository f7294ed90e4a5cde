/**
 * The layout of an updated graph: nodes that had a position keep it, to the thousandth written before, so the map a
 * reader knows does not move; new nodes go near their neighbours, inside their community's region, on a free spot
 * (no closer than MIN_GAP to any node); a community with no placed member at all is laid out on its own (group.ts)
 * and its disc put where it overlaps nothing, near the communities it links to. Deterministic: the same graph,
 * positions and seed give the same positions.
 */
import { projectCSR, type WeightedCSR } from '../cluster/csr.ts';
import { seededRandom } from '../cluster/random.ts';
import type { PaperGraph } from '../contract/graph.ts';
import { layoutGroup } from './group.ts';
import { LAYOUT_DEFAULTS } from './index.ts';

/** Positions of an earlier layout: node key → index into xs / ys. */
export interface KnownPositions {
  index: ReadonlyMap<string, number>;
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
}

export interface IncrementalLayoutOptions {
  /** Seed of the angles new nodes are tried at around their anchor. */
  seed?: number;
  /** FA2 iterations for a new community's own layout (default as the full layout). */
  iterations?: number;
  /**
   * The graph's clustering projection when the caller has it (the cluster stage built it from this same graph, in
   * its node order): not built again.
   */
  projection?: { keys: string[]; csr: WeightedCSR };
}

export interface IncrementalLayoutResult {
  /** Nodes that kept their position, and nodes placed anew (of which in communities new to the map). */
  kept: number;
  placed: number;
  placedInNewCommunities: number;
}

/** A new node is never closer than this to another node (the full layout spaces leaves 0.55 apart). */
export const MIN_GAP = 0.5;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Candidate spots tried around an anchor before a node goes to the map's rim. */
const MAX_PROBES = 20_000;
const DISC_PROBES = 400;
/** Sub-community keys: community · SUB_SPAN + sub-community (sub-community ids stay below it). */
const SUB_SPAN = 2 ** 21;

/**
 * Occupied points bucketed in square cells of side MIN_GAP: a point closer than MIN_GAP is in one of 9 cells. The
 * cells are an open-addressing table on typed arrays and each cell's points a linked list: no object, string or
 * boxed number per point or look-up (a whole field's map holds ~300k points and is probed ~10^6 times).
 */
class PointGrid {
  minX = Infinity;
  minY = Infinity;
  maxX = -Infinity;
  maxY = -Infinity;
  private count = 0;
  private readonly px: Float64Array;
  private readonly py: Float64Array;
  /** Next point of the same cell, -1 at the end. */
  private readonly next: Int32Array;
  private readonly mask: number;
  /** Per slot: the cell's coordinates and its first point + 1 (0: empty slot). */
  private readonly slotX: Int32Array;
  private readonly slotY: Int32Array;
  private readonly head: Int32Array;

  constructor(capacity: number) {
    const points = Math.max(1, capacity);
    this.px = new Float64Array(points);
    this.py = new Float64Array(points);
    this.next = new Int32Array(points);
    let slots = 16;
    while (slots < 2 * points) slots *= 2;
    this.mask = slots - 1;
    this.slotX = new Int32Array(slots);
    this.slotY = new Int32Array(slots);
    this.head = new Int32Array(slots);
  }

  private static cell(v: number): number {
    return Math.floor(v / MIN_GAP);
  }

  /** The slot of cell (cx, cy): where it is, or the empty slot where it would go. */
  private slot(cx: number, cy: number): number {
    let slot = (Math.imul(cx, 73856093) ^ Math.imul(cy, 19349663)) & this.mask;
    while (this.head[slot] !== 0 && (this.slotX[slot] !== cx || this.slotY[slot] !== cy)) slot = (slot + 1) & this.mask;
    return slot;
  }

  add(x: number, y: number): void {
    const cx = PointGrid.cell(x);
    const cy = PointGrid.cell(y);
    const slot = this.slot(cx, cy);
    const point = this.count++;
    this.px[point] = x;
    this.py[point] = y;
    this.next[point] = this.head[slot]! - 1;
    this.slotX[slot] = cx;
    this.slotY[slot] = cy;
    this.head[slot] = point + 1;
    this.minX = Math.min(this.minX, x);
    this.minY = Math.min(this.minY, y);
    this.maxX = Math.max(this.maxX, x);
    this.maxY = Math.max(this.maxY, y);
  }

  /** Whether no point lies within `radius` of (x, y). */
  free(x: number, y: number, radius = MIN_GAP): boolean {
    const reach = Math.ceil(radius / MIN_GAP);
    const cx = PointGrid.cell(x);
    const cy = PointGrid.cell(y);
    const r2 = radius * radius;
    for (let dx = -reach; dx <= reach; dx++) {
      for (let dy = -reach; dy <= reach; dy++) {
        for (let p = this.head[this.slot(cx + dx, cy + dy)]! - 1; p >= 0; p = this.next[p]!) {
          if ((this.px[p]! - x) ** 2 + (this.py[p]! - y) ** 2 < r2) return false;
        }
      }
    }
    return true;
  }

  get empty(): boolean {
    return this.count === 0;
  }
}

/**
 * Writes `x`, `y` on every node of a clustered graph (`community`, and `subcommunity` where split): `known` positions
 * are kept, the other nodes placed as the module comment says.
 */
export function layoutIncremental(graph: PaperGraph, known: KnownPositions, options: IncrementalLayoutOptions = {}): IncrementalLayoutResult {
  const { keys, csr } = options.projection ?? projectCSR(graph, { indexAttribute: 'x' });
  const n = keys.length;
  if (n !== graph.order) throw new Error(`layoutIncremental: a projection of ${n} nodes for a graph of ${graph.order}`);
  const community = new Int32Array(n);
  const subcommunity = new Int32Array(n);
  let i = 0;
  graph.forEachNode((_node, attributes) => {
    community[i] = attributes.community ?? 0;
    subcommunity[i++] = typeof attributes.subcommunity === 'number' ? attributes.subcommunity : -1;
  });
  const { xs, ys, result } = placeNodes(csr, keys, community, subcommunity, known, options);
  i = 0;
  graph.updateEachNodeAttributes(
    (_node, attributes) => {
      attributes.x = xs[i]!;
      attributes.y = ys[i++]!;
      return attributes;
    },
    { attributes: ['x', 'y'] },
  );
  return result;
}

/** Rounded as layoutGraph rounds: byte-stable output. */
const round = (v: number) => Number(v.toFixed(3));

/** The positions themselves, on the clustering projection (node i is keys[i]). */
export function placeNodes(
  csr: WeightedCSR,
  keys: readonly string[],
  community: Int32Array,
  subcommunity: Int32Array,
  known: KnownPositions,
  options: IncrementalLayoutOptions = {},
): { xs: Float64Array; ys: Float64Array; result: IncrementalLayoutResult } {
  const n = keys.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const placed = new Uint8Array(n);
  const grid = new PointGrid(n);
  const rng = seededRandom(options.seed ?? 0);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const at = known.index.get(keys[i]!);
    if (at === undefined) continue;
    xs[i] = known.xs[at]!;
    ys[i] = known.ys[at]!;
    placed[i] = 1;
    grid.add(xs[i]!, ys[i]!);
    kept++;
  }
  const result: IncrementalLayoutResult = { kept, placed: n - kept, placedInNewCommunities: 0 };
  if (kept === n) return { xs, ys, result };

  // Centroids of the placed members of each community (key -1 - id) and each (community, sub-community) (key
  // community · SUB_SPAN + sub-community): number keys, no string per node.
  const centroid = new Map<number, { x: number; y: number; count: number }>();
  const addTo = (key: number, i: number) => {
    let c = centroid.get(key);
    if (!c) centroid.set(key, (c = { x: 0, y: 0, count: 0 }));
    c.x += xs[i]!;
    c.y += ys[i]!;
    c.count++;
  };
  const communityKey = (i: number) => -1 - community[i]!;
  const subKey = (i: number) => community[i]! * SUB_SPAN + subcommunity[i]!;
  for (let i = 0; i < n; i++) {
    if (!placed[i]) continue;
    addTo(communityKey(i), i);
    if (subcommunity[i]! >= 0) addTo(subKey(i), i);
  }
  const centreOf = (key: number) => {
    const c = centroid.get(key);
    return c ? { x: c.x / c.count, y: c.y / c.count } : undefined;
  };
  const mapCentre = grid.empty ? { x: 0, y: 0 } : { x: (grid.minX + grid.maxX) / 2, y: (grid.minY + grid.maxY) / 2 };
  const mapRadius = grid.empty ? 0 : Math.hypot(grid.maxX - grid.minX, grid.maxY - grid.minY) / 2;

  const put = (i: number, x: number, y: number) => {
    xs[i] = round(x);
    ys[i] = round(y);
    placed[i] = 1;
    grid.add(xs[i]!, ys[i]!);
  };
  /** The first free spot on a sunflower around (x, y), starting at a seeded angle. */
  const nearestFree = (x: number, y: number): { x: number; y: number } => {
    const turn = rng() * 2 * Math.PI;
    for (let k = 0; k < MAX_PROBES; k++) {
      const r = 0.6 * MIN_GAP * Math.sqrt(k);
      const px = round(x + r * Math.cos(turn + k * GOLDEN_ANGLE));
      const py = round(y + r * Math.sin(turn + k * GOLDEN_ANGLE));
      if (grid.free(px, py)) return { x: px, y: py };
    }
    // Past the rim of the map, towards the anchor: always free.
    const angle = Math.atan2(y - mapCentre.y, x - mapCentre.x) || turn;
    let r = mapRadius + MIN_GAP;
    for (;;) {
      const px = round(mapCentre.x + r * Math.cos(angle));
      const py = round(mapCentre.y + r * Math.sin(angle));
      if (grid.free(px, py)) return { x: px, y: py };
      r += MIN_GAP;
    }
  };

  // Nodes of communities with placed members: breadth first from the placed nodes, each at the weighted mean of its
  // placed neighbours in its sub-community, else in its community, else at its (sub-)community's centre.
  const inMapped = (i: number) => centroid.has(communityKey(i));
  const queue: number[] = [];
  const queued = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (placed[i] || !inMapped(i)) continue;
    for (let p = csr.offsets[i]!; p < csr.offsets[i + 1]!; p++) {
      if (placed[csr.targets[p]!]) {
        queue.push(i);
        queued[i] = 1;
        break;
      }
    }
  }
  const anchorOf = (i: number): { x: number; y: number } => {
    const means = [0, 0, 0, 0, 0, 0]; // same sub-community x, y, weight; same community x, y, weight
    for (let p = csr.offsets[i]!; p < csr.offsets[i + 1]!; p++) {
      const t = csr.targets[p]!;
      if (!placed[t] || community[t] !== community[i]) continue;
      const w = csr.weights[p]!;
      const base = subcommunity[i]! >= 0 && subcommunity[t] === subcommunity[i] ? 0 : 3;
      means[base]! += w * xs[t]!;
      means[base + 1]! += w * ys[t]!;
      means[base + 2]! += w;
    }
    if (means[2]! > 0) return { x: means[0]! / means[2]!, y: means[1]! / means[2]! };
    if (means[5]! > 0) return { x: means[3]! / means[5]!, y: means[4]! / means[5]! };
    return (subcommunity[i]! >= 0 ? centreOf(subKey(i)) : undefined) ?? centreOf(communityKey(i))!;
  };
  const visit = (i: number) => {
    const anchor = anchorOf(i);
    const spot = nearestFree(anchor.x, anchor.y);
    put(i, spot.x, spot.y);
    for (let p = csr.offsets[i]!; p < csr.offsets[i + 1]!; p++) {
      const t = csr.targets[p]!;
      if (placed[t] || queued[t] || !inMapped(t)) continue;
      queued[t] = 1;
      queue.push(t);
    }
  };
  for (let head = 0; head < queue.length; head++) visit(queue[head]!);
  // Members of mapped communities no placed node reaches: at their community's centre.
  for (let i = 0; i < n; i++) if (!placed[i] && inMapped(i)) visit(i);

  // Communities new to the map: each laid out on its own, its disc placed near the placed nodes it links to.
  const newCommunities = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    if (placed[i]) continue;
    let list = newCommunities.get(community[i]!);
    if (!list) newCommunities.set(community[i]!, (list = []));
    list.push(i);
  }
  const local = new Int32Array(n);
  for (const id of [...newCommunities.keys()].sort((a, b) => a - b)) {
    const members = Int32Array.from(newCommunities.get(id)!);
    const laid = layoutGroup(csr, members, community, id, local, { iterations: options.iterations ?? LAYOUT_DEFAULTS.iterations });
    const radius = laid.radius + MIN_GAP;
    let wx = 0;
    let wy = 0;
    let w = 0;
    for (const i of members) {
      for (let p = csr.offsets[i]!; p < csr.offsets[i + 1]!; p++) {
        const t = csr.targets[p]!;
        if (!placed[t]) continue;
        wx += csr.weights[p]! * xs[t]!;
        wy += csr.weights[p]! * ys[t]!;
        w += csr.weights[p]!;
      }
    }
    const anchor = w > 0 ? { x: wx / w, y: wy / w } : mapCentre;
    const centre = freeDisc(grid, anchor, radius, rng() * 2 * Math.PI, mapCentre, mapRadius);
    members.forEach((i, k) => put(i, centre.x + laid.xs[k]!, centre.y + laid.ys[k]!));
    result.placedInNewCommunities += members.length;
  }
  return { xs, ys, result };
}

/** A centre near `anchor` for a disc of `radius` that holds no placed point; past the map's rim if need be. */
function freeDisc(
  grid: PointGrid,
  anchor: { x: number; y: number },
  radius: number,
  turn: number,
  mapCentre: { x: number; y: number },
  mapRadius: number,
): { x: number; y: number } {
  if (grid.empty) return anchor;
  for (let k = 0; k < DISC_PROBES; k++) {
    const r = radius * Math.sqrt(k);
    const x = anchor.x + r * Math.cos(turn + k * GOLDEN_ANGLE);
    const y = anchor.y + r * Math.sin(turn + k * GOLDEN_ANGLE);
    if (grid.free(x, y, radius + MIN_GAP)) return { x, y };
  }
  const angle = Math.atan2(anchor.y - mapCentre.y, anchor.x - mapCentre.x) || turn;
  for (let r = mapRadius + radius + MIN_GAP; ; r += radius) {
    const x = mapCentre.x + r * Math.cos(angle);
    const y = mapCentre.y + r * Math.sin(angle);
    if (grid.free(x, y, radius + MIN_GAP)) return { x, y };
  }
}
