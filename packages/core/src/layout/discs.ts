import { EXACT_REPULSION_MAX, forceAtlas2, inferredSettings, type ForceGraph } from './force.ts';

/**
 * Arranging discs (communities in the plane, sub-communities in their community's disc): discs linked to each other
 * are laid out together by ForceAtlas2 with their sizes, near each other and never overlapping; each group of
 * linked discs is one connected component; the largest component sits at the centre and the others (typically a
 * paper and its authors, alone) are packed in rows in a block beside it instead of a ring around it.
 */

/** Links between discs: `a < b`, one entry per pair, weights summed. */
export interface DiscLink {
  a: number;
  b: number;
  weight: number;
}

export interface DiscArrangement {
  xs: Float64Array;
  ys: Float64Array;
  /** Radius of a circle around the origin that holds every disc. */
  radius: number;
}

export interface ArrangeOptions {
  /** Free space between two discs: `gap + gapShare · (r1 + r2)`. */
  gap: number;
  gapShare: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Overlap-removal sweeps before falling back to spreading the component out. */
const MAX_SWEEPS = 400;
/** FA2 iterations for a component of discs (then half as many with sizes). */
const ARRANGE_ITERATIONS = 100;
/** Compaction: rounds of shrinking by this factor, each followed by this many overlap-removal sweeps. */
const COMPACTION_ROUNDS = 80;
const COMPACTION_SHRINK = 0.95;
const COMPACTION_SWEEPS = 4;

/** Centres for discs of the given radii (index = disc id), the origin at the middle of the whole arrangement. */
export function arrangeDiscs(radii: Float64Array, links: readonly DiscLink[], options: ArrangeOptions): DiscArrangement {
  const count = radii.length;
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  if (count === 0) return { xs, ys, radius: 0 };
  const components = linkedComponents(count, links, radii);
  // Each component's own links (a component of one disc has none).
  const componentOf = new Int32Array(count);
  components.forEach((members, c) => members.forEach((disc) => (componentOf[disc] = c)));
  const linksOf: DiscLink[][] = components.map(() => []);
  for (const link of links) linksOf[componentOf[link.a]!]!.push(link);
  const placed = components.map((members, c) => arrangeComponent(members, radii, linksOf[c]!, options, xs, ys));
  packComponents(components, placed, radii, options, xs, ys);
  return { xs, ys, radius: enclose(radii, xs, ys) };
}

/** Discs grouped by links (union–find), each component's discs by id, components largest area first (ties: first id). */
function linkedComponents(count: number, links: readonly DiscLink[], radii: Float64Array): number[][] {
  const parent = Int32Array.from({ length: count }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const { a, b } of links) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const root = find(i);
    let list = byRoot.get(root);
    if (!list) byRoot.set(root, (list = []));
    list.push(i);
  }
  const area = (members: number[]) => members.reduce((sum, i) => sum + radii[i]! * radii[i]!, 0);
  return [...byRoot.values()]
    .map((members) => ({ members, area: area(members) }))
    .sort((p, q) => q.area - p.area || p.members[0]! - q.members[0]!)
    .map((c) => c.members);
}

/**
 * Lays out one component around the origin (writing its discs' centres) and returns the radius of a circle around
 * the origin that holds it.
 */
function arrangeComponent(
  members: number[],
  radii: Float64Array,
  links: readonly DiscLink[],
  options: ArrangeOptions,
  xs: Float64Array,
  ys: Float64Array,
): number {
  const k = members.length;
  if (k === 1) {
    xs[members[0]!] = 0;
    ys[members[0]!] = 0;
    return radii[members[0]!]!;
  }
  const local = new Map<number, number>();
  members.forEach((disc, i) => local.set(disc, i));
  // Discs in this component, their links, their sizes; start on a sunflower, biggest in the middle.
  const order = members.map((_, i) => i).sort((p, q) => radii[members[q]!]! - radii[members[p]!]! || p - q);
  const px = new Float64Array(k);
  const py = new Float64Array(k);
  const radius = new Float64Array(k);
  const mass = new Float64Array(k);
  let meanRadius = 0;
  for (let i = 0; i < k; i++) {
    radius[i] = radii[members[i]!]! + gapOf(radii[members[i]!]!, options) / 2;
    meanRadius += radius[i]! / k;
  }
  order.forEach((i, rank) => {
    const r = 2 * meanRadius * Math.sqrt(rank + 0.5);
    px[i] = r * Math.cos(rank * GOLDEN_ANGLE);
    py[i] = r * Math.sin(rank * GOLDEN_ANGLE);
  });
  const graph = componentGraph(members, local, links, mass, radius);
  // FA2's mass: 1 + degree (here the number of discs linked to this one).
  for (let i = 0; i < k; i++) mass[i] = 1 + graph.offsets[i + 1]! - graph.offsets[i]!;
  // Plain FA2 first to untangle, then with sizes (pairwise, so only for a few hundred discs) so discs settle apart.
  const settings = inferredSettings(k);
  forceAtlas2(graph, px, py, { ...settings, iterations: ARRANGE_ITERATIONS });
  if (k <= EXACT_REPULSION_MAX) forceAtlas2(graph, px, py, { ...settings, iterations: ARRANGE_ITERATIONS / 2, adjustSizes: true });
  removeOverlaps(px, py, radius);
  compact(px, py, radius);
  // Centre on the middle of the component's extent.
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < k; i++) {
    minX = Math.min(minX, px[i]! - radius[i]!);
    maxX = Math.max(maxX, px[i]! + radius[i]!);
    minY = Math.min(minY, py[i]! - radius[i]!);
    maxY = Math.max(maxY, py[i]! + radius[i]!);
  }
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  let extent = 0;
  for (let i = 0; i < k; i++) {
    const disc = members[i]!;
    xs[disc] = px[i]! - cx;
    ys[disc] = py[i]! - cy;
    extent = Math.max(extent, Math.hypot(xs[disc]!, ys[disc]!) + radii[disc]!);
  }
  return extent;
}

function gapOf(radius: number, options: ArrangeOptions): number {
  return options.gap + options.gapShare * 2 * radius;
}

/** The component's links as a ForceGraph: weights log-damped, so one heavy link does not fold everything onto it. */
function componentGraph(members: number[], local: Map<number, number>, links: readonly DiscLink[], mass: Float64Array, radius: Float64Array): ForceGraph {
  const k = members.length;
  const rows: { target: number; weight: number }[][] = Array.from({ length: k }, () => []);
  for (const { a, b, weight } of links) {
    const la = local.get(a);
    const lb = local.get(b);
    if (la === undefined || lb === undefined) continue;
    const w = Math.log1p(weight);
    rows[la]!.push({ target: lb, weight: w });
    rows[lb]!.push({ target: la, weight: w });
  }
  const offsets = new Int32Array(k + 1);
  for (let i = 0; i < k; i++) offsets[i + 1] = offsets[i]! + rows[i]!.length;
  const targets = new Int32Array(offsets[k]!);
  const weights = new Float64Array(offsets[k]!);
  let at = 0;
  for (const row of rows) {
    for (const { target, weight } of row) {
      targets[at] = target;
      weights[at++] = weight;
    }
  }
  return { n: k, offsets, targets, weights, mass, radius };
}

/**
 * Pushes overlapping discs apart, pair by pair, the smaller one moving more, until none overlap (true) or the
 * sweeps run out (false). Pairs are found by sweep and prune along x, so a sweep costs about k log k.
 */
function separate(px: Float64Array, py: Float64Array, radius: Float64Array, maxSweeps: number): boolean {
  const k = px.length;
  const order = Int32Array.from({ length: k }, (_, i) => i);
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let overlapping = false;
    order.sort((a, b) => px[a]! - radius[a]! - (px[b]! - radius[b]!) || a - b);
    for (let oi = 0; oi < k; oi++) {
      const i = order[oi]!;
      for (let oj = oi + 1; oj < k; oj++) {
        const j = order[oj]!;
        if (px[j]! - radius[j]! > px[i]! + radius[i]!) break;
        let dx = px[j]! - px[i]!;
        let dy = py[j]! - py[i]!;
        const need = radius[i]! + radius[j]!;
        if (Math.abs(dy) >= need) continue;
        let d = Math.sqrt(dx * dx + dy * dy);
        if (d >= need) continue;
        overlapping = true;
        if (d === 0) {
          dx = Math.cos(j * GOLDEN_ANGLE);
          dy = Math.sin(j * GOLDEN_ANGLE);
          d = 1;
        }
        // A hair more than the overlap, so rounding does not leave the pair overlapping by a sliver forever.
        const push = (need - d) * 1.001;
        const ai = radius[i]! * radius[i]!;
        const aj = radius[j]! * radius[j]!;
        const share = ai + aj > 0 ? aj / (ai + aj) : 0.5;
        px[i]! -= (dx / d) * push * share;
        py[i]! -= (dy / d) * push * share;
        px[j]! += (dx / d) * push * (1 - share);
        py[j]! += (dy / d) * push * (1 - share);
      }
    }
    if (!overlapping) return true;
  }
  return false;
}

/**
 * Removes overlaps; if pushing pairs apart does not settle, spreads the discs from their centre just enough that
 * none overlap (always possible, only looser). Deterministic: no randomness, pairs taken in a fixed order.
 */
export function removeOverlaps(px: Float64Array, py: Float64Array, radius: Float64Array): void {
  if (separate(px, py, radius, MAX_SWEEPS)) return;
  const k = px.length;
  let factor = 1;
  for (let i = 0; i < k; i++) {
    for (let j = i + 1; j < k; j++) {
      const d = Math.hypot(px[j]! - px[i]!, py[j]! - py[i]!);
      const need = radius[i]! + radius[j]!;
      if (d < need) factor = Math.max(factor, d > 0 ? need / d : Infinity);
    }
  }
  if (!Number.isFinite(factor)) throw new Error('layout: coincident discs could not be separated');
  for (let i = 0; i < k; i++) {
    px[i]! *= factor;
    py[i]! *= factor;
  }
}

/**
 * Draws the discs together, as a collision simulation with gravity does: round after round every disc moves a little
 * towards the centre and overlaps are pushed apart for a few sweeps; a last full overlap removal settles them. The
 * order FA2 gave the discs stays, the empty space between them goes.
 */
function compact(px: Float64Array, py: Float64Array, radius: Float64Array): void {
  const k = px.length;
  for (let round = 0; round < COMPACTION_ROUNDS; round++) {
    let cx = 0;
    let cy = 0;
    let area = 0;
    for (let i = 0; i < k; i++) {
      const a = radius[i]! * radius[i]!;
      cx += a * px[i]!;
      cy += a * py[i]!;
      area += a;
    }
    cx /= area;
    cy /= area;
    for (let i = 0; i < k; i++) {
      px[i] = cx + (px[i]! - cx) * COMPACTION_SHRINK;
      py[i] = cy + (py[i]! - cy) * COMPACTION_SHRINK;
    }
    separate(px, py, radius, COMPACTION_SWEEPS);
  }
  removeOverlaps(px, py, radius);
}

/**
 * The largest component stays at the origin; the others, largest first, are packed in rows (each disc in a square
 * cell) into a near-square block to its right, vertically centred on it.
 */
function packComponents(
  components: number[][],
  extents: number[],
  radii: Float64Array,
  options: ArrangeOptions,
  xs: Float64Array,
  ys: Float64Array,
): void {
  if (components.length < 2) return;
  const rest = components.slice(1).map((members, i) => ({ members, extent: extents[i + 1]! }));
  const cell = (extent: number) => 2 * extent + gapOf(extent, options);
  let area = 0;
  for (const { extent } of rest) area += cell(extent) ** 2;
  const width = Math.max(Math.sqrt(area), cell(rest[0]!.extent));
  // Rows left to right, then top to bottom; a row is as tall as its first (largest) cell.
  const positions: { x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const { extent } of rest) {
    const size = cell(extent);
    if (x > 0 && x + size > width) {
      x = 0;
      y += rowHeight;
      rowHeight = 0;
    }
    if (rowHeight === 0) rowHeight = size;
    positions.push({ x: x + size / 2, y: y + size / 2 });
    x += size;
  }
  const blockHeight = y + rowHeight;
  const main = extents[0]!;
  const left = main + gapOf(main, options);
  rest.forEach(({ members }, i) => {
    const { x: bx, y: by } = positions[i]!;
    for (const disc of members) {
      xs[disc]! += left + bx;
      ys[disc]! += by - blockHeight / 2;
    }
  });
  // Re-centre the whole arrangement on its bounding box.
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < xs.length; i++) {
    minX = Math.min(minX, xs[i]! - radii[i]!);
    maxX = Math.max(maxX, xs[i]! + radii[i]!);
    minY = Math.min(minY, ys[i]! - radii[i]!);
    maxY = Math.max(maxY, ys[i]! + radii[i]!);
  }
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  for (let i = 0; i < xs.length; i++) {
    xs[i]! -= cx;
    ys[i]! -= cy;
  }
}

function enclose(radii: Float64Array, xs: Float64Array, ys: Float64Array): number {
  let radius = 0;
  for (let i = 0; i < radii.length; i++) radius = Math.max(radius, Math.hypot(xs[i]!, ys[i]!) + radii[i]!);
  return radius;
}
