/**
 * ForceAtlas2 (Jacomy et al. 2014) on typed arrays, as graphology-layout-forceatlas2 computes it (same forces, same
 * per-node speed and convergence), for the many small graphs the hierarchical layout lays out one by one: building a
 * graphology graph and matrices for each of thousands of groups would cost more than the layout itself. Repulsion is
 * exact below EXACT_REPULSION_MAX nodes and Barnes–Hut above. No randomness: the result depends on the graph, the
 * start positions and the settings only.
 */

/** An undirected weighted graph in compressed sparse rows (every edge in both rows) with a mass per node. */
export interface ForceGraph {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  /** FA2's mass: 1 + degree, here 1 + the number of nodes a node stands for (its leaves folded in). */
  mass: Float64Array;
  /** Disc radius of each node, for the anti-collision variant (`adjustSizes`); omitted: points. */
  radius?: Float64Array;
}

export interface ForceSettings {
  iterations: number;
  scalingRatio: number;
  gravity: number;
  strongGravity: boolean;
  linLog: boolean;
  /** Attraction divided by the source's mass: hubs go to the border, authorities to the centre. */
  outboundAttractionDistribution: boolean;
  /** Repulsion and attraction between disc borders instead of centres (needs `radius`; exact repulsion only). */
  adjustSizes: boolean;
  slowDown: number;
  /** Barnes–Hut accuracy: a cell counts as one body when its side / distance is below this. */
  theta: number;
}

/** Up to this many nodes, repulsion is computed pair by pair; beyond, Barnes–Hut is faster. */
export const EXACT_REPULSION_MAX = 1500;

/** graphology-layout-forceatlas2's inferSettings for a graph of n nodes, with the defaults it leaves. */
export function inferredSettings(n: number): ForceSettings {
  return {
    iterations: 100,
    scalingRatio: 10,
    gravity: 0.05,
    strongGravity: true,
    linLog: false,
    outboundAttractionDistribution: false,
    adjustSizes: false,
    slowDown: 1 + Math.log(Math.max(1, n)),
    theta: 1,
  };
}

const MAX_FORCE = 10;

/** Runs `settings.iterations` FA2 steps on `graph`, moving xs/ys in place. */
export function forceAtlas2(graph: ForceGraph, xs: Float64Array, ys: Float64Array, settings: ForceSettings): void {
  const { n, offsets, targets, weights, mass } = graph;
  if (n < 2) return;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  const oldDx = new Float64Array(n);
  const oldDy = new Float64Array(n);
  const convergence = new Float64Array(n).fill(1);
  const adjust = settings.adjustSizes && graph.radius !== undefined;
  const radius = graph.radius ?? new Float64Array(n);
  const tree = n > EXACT_REPULSION_MAX && !adjust ? new QuadTree(n) : undefined;

  let outboundCompensation = 1;
  if (settings.outboundAttractionDistribution) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += mass[i]!;
    outboundCompensation = sum / n;
  }

  for (let iteration = 0; iteration < settings.iterations; iteration++) {
    oldDx.set(dx);
    oldDy.set(dy);
    dx.fill(0);
    dy.fill(0);

    // Repulsion: kr · m1 · m2 / d along the line between the nodes.
    const kr = settings.scalingRatio;
    if (tree) {
      tree.build(xs, ys, mass);
      for (let i = 0; i < n; i++) tree.repel(i, xs, ys, mass, kr, settings.theta, dx, dy);
    } else if (adjust) {
      for (let i = 0; i < n; i++) {
        const xi = xs[i]!;
        const yi = ys[i]!;
        const mi = mass[i]!;
        for (let j = i + 1; j < n; j++) {
          const xDist = xi - xs[j]!;
          const yDist = yi - ys[j]!;
          const distance = Math.sqrt(xDist * xDist + yDist * yDist) - radius[i]! - radius[j]!;
          let factor = 0;
          if (distance > 0) factor = (kr * mi * mass[j]!) / distance / distance;
          else if (distance < 0) factor = 100 * kr * mi * mass[j]!;
          dx[i]! += xDist * factor;
          dy[i]! += yDist * factor;
          dx[j]! -= xDist * factor;
          dy[j]! -= yDist * factor;
        }
      }
    } else {
      for (let i = 0; i < n; i++) {
        const xi = xs[i]!;
        const yi = ys[i]!;
        const kmi = kr * mass[i]!;
        let fx = 0;
        let fy = 0;
        for (let j = i + 1; j < n; j++) {
          const xDist = xi - xs[j]!;
          const yDist = yi - ys[j]!;
          const d2 = xDist * xDist + yDist * yDist;
          if (d2 === 0) continue;
          const factor = (kmi * mass[j]!) / d2;
          fx += xDist * factor;
          fy += yDist * factor;
          dx[j]! -= xDist * factor;
          dy[j]! -= yDist * factor;
        }
        dx[i]! += fx;
        dy[i]! += fy;
      }
    }

    // Gravity towards the origin: strong (∝ distance) keeps a group a compact disc, loose parts included.
    const g = settings.gravity / settings.scalingRatio;
    for (let i = 0; i < n; i++) {
      const x = xs[i]!;
      const y = ys[i]!;
      const distance = Math.sqrt(x * x + y * y);
      if (distance === 0) continue;
      const factor = settings.strongGravity ? kr * mass[i]! * g : (kr * mass[i]! * g) / distance;
      dx[i]! -= x * factor;
      dy[i]! -= y * factor;
    }

    // Attraction along each edge once (the row of its smaller end).
    const coefficient = settings.outboundAttractionDistribution ? outboundCompensation : 1;
    for (let s = 0; s < n; s++) {
      for (let p = offsets[s]!; p < offsets[s + 1]!; p++) {
        const t = targets[p]!;
        if (t <= s) continue;
        const w = weights[p]!;
        const xDist = xs[s]! - xs[t]!;
        const yDist = ys[s]! - ys[t]!;
        let distance = Math.sqrt(xDist * xDist + yDist * yDist);
        if (adjust) distance -= radius[s]! + radius[t]!;
        if (distance <= 0) continue;
        let factor = -coefficient * w;
        if (settings.linLog) factor *= Math.log(1 + distance) / distance;
        if (settings.outboundAttractionDistribution) factor /= mass[s]!;
        dx[s]! += xDist * factor;
        dy[s]! += yDist * factor;
        dx[t]! -= xDist * factor;
        dy[t]! -= yDist * factor;
      }
    }

    // Moves: each node's speed falls as it swings (its force changes direction) and rises with traction.
    for (let i = 0; i < n; i++) {
      let fx = dx[i]!;
      let fy = dy[i]!;
      if (adjust) {
        const force = Math.sqrt(fx * fx + fy * fy);
        if (force > MAX_FORCE) {
          fx = dx[i] = (fx * MAX_FORCE) / force;
          fy = dy[i] = (fy * MAX_FORCE) / force;
        }
      }
      const sx = oldDx[i]! - fx;
      const sy = oldDy[i]! - fy;
      const swinging = mass[i]! * Math.sqrt(sx * sx + sy * sy);
      const tx = oldDx[i]! + fx;
      const ty = oldDy[i]! + fy;
      const traction = Math.sqrt(tx * tx + ty * ty) / 2;
      let speed: number;
      if (adjust) speed = (0.1 * Math.log(1 + traction)) / (1 + Math.sqrt(swinging));
      else {
        speed = (convergence[i]! * Math.log(1 + traction)) / (1 + Math.sqrt(swinging));
        convergence[i] = Math.min(1, Math.sqrt((speed * (fx * fx + fy * fy)) / (1 + Math.sqrt(swinging))));
      }
      xs[i]! += fx * (speed / settings.slowDown);
      ys[i]! += fy * (speed / settings.slowDown);
    }
  }
}

/** Below this depth cells split; points that still share a cell there (same position) are kept as a list. */
const MAX_DEPTH = 48;

/**
 * A Barnes–Hut quadtree rebuilt every iteration into the same typed arrays. A cell is a leaf (`child` -1) holding a
 * list of points (`first` / `next`, one point except at MAX_DEPTH) or has four children at `child .. child + 3`.
 */
class QuadTree {
  private capacity: number;
  private cells = 0;
  private child: Int32Array;
  private first: Int32Array;
  private readonly next: Int32Array;
  private cellMass: Float64Array;
  private massX: Float64Array;
  private massY: Float64Array;
  private left: Float64Array;
  private bottom: Float64Array;
  private side: Float64Array;
  private stack = new Int32Array(256);

  constructor(n: number) {
    this.capacity = 4 * n + 16;
    this.child = new Int32Array(this.capacity);
    this.first = new Int32Array(this.capacity);
    this.next = new Int32Array(n);
    this.cellMass = new Float64Array(this.capacity);
    this.massX = new Float64Array(this.capacity);
    this.massY = new Float64Array(this.capacity);
    this.left = new Float64Array(this.capacity);
    this.bottom = new Float64Array(this.capacity);
    this.side = new Float64Array(this.capacity);
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    const int = (a: Int32Array) => {
      const b = new Int32Array(capacity);
      b.set(a);
      return b;
    };
    const float = (a: Float64Array) => {
      const b = new Float64Array(capacity);
      b.set(a);
      return b;
    };
    this.child = int(this.child);
    this.first = int(this.first);
    this.cellMass = float(this.cellMass);
    this.massX = float(this.massX);
    this.massY = float(this.massY);
    this.left = float(this.left);
    this.bottom = float(this.bottom);
    this.side = float(this.side);
    this.capacity = capacity;
  }

  private newCell(left: number, bottom: number, side: number): number {
    if (this.cells === this.capacity) this.grow();
    const c = this.cells++;
    this.child[c] = -1;
    this.first[c] = -1;
    this.cellMass[c] = 0;
    this.massX[c] = 0;
    this.massY[c] = 0;
    this.left[c] = left;
    this.bottom[c] = bottom;
    this.side[c] = side;
    return c;
  }

  build(xs: Float64Array, ys: Float64Array, mass: Float64Array): void {
    const n = xs.length;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      if (xs[i]! < minX) minX = xs[i]!;
      if (xs[i]! > maxX) maxX = xs[i]!;
      if (ys[i]! < minY) minY = ys[i]!;
      if (ys[i]! > maxY) maxY = ys[i]!;
    }
    this.cells = 0;
    this.newCell(minX, minY, Math.max(maxX - minX, maxY - minY, 1e-9) * 1.0001);
    for (let i = 0; i < n; i++) this.insert(i, xs, ys, mass[i]!);
  }

  private quadrant(c: number, x: number, y: number): number {
    const half = this.side[c]! / 2;
    return (x >= this.left[c]! + half ? 1 : 0) + (y >= this.bottom[c]! + half ? 2 : 0);
  }

  private insert(p: number, xs: Float64Array, ys: Float64Array, m: number): void {
    const x = xs[p]!;
    const y = ys[p]!;
    let c = 0;
    let depth = 0;
    for (;;) {
      this.cellMass[c]! += m;
      this.massX[c]! += m * x;
      this.massY[c]! += m * y;
      if (this.child[c] !== -1) {
        c = this.child[c]! + this.quadrant(c, x, y);
        depth++;
        continue;
      }
      const resident = this.first[c]!;
      if (resident === -1 || depth >= MAX_DEPTH) {
        this.next[p] = resident;
        this.first[c] = p;
        return;
      }
      // Split: four children, the resident point moves down to its quadrant, then p goes on from this cell.
      const half = this.side[c]! / 2;
      const left = this.left[c]!;
      const bottom = this.bottom[c]!;
      const base = this.newCell(left, bottom, half);
      this.newCell(left + half, bottom, half);
      this.newCell(left, bottom + half, half);
      this.newCell(left + half, bottom + half, half);
      this.child[c] = base;
      this.first[c] = -1;
      const rx = xs[resident]!;
      const ry = ys[resident]!;
      const rc = base + this.quadrant(c, rx, ry);
      const rm = this.cellMass[c]! - m;
      this.cellMass[rc] = rm;
      this.massX[rc] = rm * rx;
      this.massY[rc] = rm * ry;
      this.first[rc] = resident;
      this.next[resident] = -1;
      c = base + this.quadrant(c, x, y);
      depth++;
    }
  }

  /** Adds the repulsion all other points exert on point i to dx/dy. */
  repel(i: number, xs: Float64Array, ys: Float64Array, mass: Float64Array, kr: number, theta: number, dx: Float64Array, dy: Float64Array): void {
    const x = xs[i]!;
    const y = ys[i]!;
    const km = kr * mass[i]!;
    const theta2 = theta * theta;
    let fx = 0;
    let fy = 0;
    let top = 0;
    this.stack[top++] = 0;
    while (top > 0) {
      const c = this.stack[--top]!;
      if (this.child[c] === -1) {
        for (let q = this.first[c]!; q !== -1; q = this.next[q]!) {
          if (q === i) continue;
          const xDist = x - xs[q]!;
          const yDist = y - ys[q]!;
          const d2 = xDist * xDist + yDist * yDist;
          if (d2 > 0) {
            const factor = (km * mass[q]!) / d2;
            fx += xDist * factor;
            fy += yDist * factor;
          }
        }
        continue;
      }
      const cm = this.cellMass[c]!;
      const xDist = x - this.massX[c]! / cm;
      const yDist = y - this.massY[c]! / cm;
      const d2 = xDist * xDist + yDist * yDist;
      const side = this.side[c]!;
      const inside = x >= this.left[c]! && x < this.left[c]! + side && y >= this.bottom[c]! && y < this.bottom[c]! + side;
      if (!inside && side * side < theta2 * d2) {
        const factor = (km * cm) / d2;
        fx += xDist * factor;
        fy += yDist * factor;
        continue;
      }
      if (top + 4 > this.stack.length) {
        const bigger = new Int32Array(this.stack.length * 2);
        bigger.set(this.stack);
        this.stack = bigger;
      }
      const base = this.child[c]!;
      for (let k = 3; k >= 0; k--) if (this.cellMass[base + k]! > 0) this.stack[top++] = base + k;
    }
    dx[i]! += fx;
    dy[i]! += fy;
  }
}
