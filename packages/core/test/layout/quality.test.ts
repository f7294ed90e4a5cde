import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/cluster/random.ts';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, PaperGraph } from '../../src/contract/graph.ts';
import { layoutQuality, neighbourhoodQuality } from '../../src/layout/quality.ts';

/** The measure by its definition: every pair sorted, nearest first (ties by index). */
function bruteForce(xs: Float64Array, ys: Float64Array, groups: Int32Array, k: number): number {
  const n = xs.length;
  const size = new Map<number, number>();
  for (const g of groups) size.set(g, (size.get(g) ?? 0) + 1);
  let achieved = 0;
  let achievable = 0;
  for (let i = 0; i < n; i++) {
    const others = [...Array(n).keys()]
      .filter((j) => j !== i)
      .map((j) => ({ j, d: (xs[j]! - xs[i]!) ** 2 + (ys[j]! - ys[i]!) ** 2 }))
      .sort((a, b) => a.d - b.d || a.j - b.j)
      .slice(0, k);
    achieved += others.filter(({ j }) => groups[j] === groups[i]).length;
    achievable += Math.min(k, size.get(groups[i]!)! - 1);
  }
  return achieved / achievable;
}

function points(n: number, seed: number, grid: number, groupCount: number) {
  const rng = seededRandom(seed);
  // Rounded to a coarse grid: many equal distances and some equal points, the cases where order could matter.
  const xs = Float64Array.from({ length: n }, () => Math.round(rng() * grid));
  const ys = Float64Array.from({ length: n }, () => Math.round(rng() * grid));
  const groups = Int32Array.from({ length: n }, (_, i) => Math.floor(rng() * groupCount) + (xs[i]! > grid / 2 ? groupCount : 0));
  return { xs, ys, groups };
}

describe('layout quality (k nearest neighbours in the same group)', () => {
  it('matches the definition computed pair by pair, ties and equal points included', () => {
    for (const [n, seed, grid, groups] of [
      [300, 1, 30, 3],
      [400, 2, 12, 5],
      [600, 3, 1000, 2],
    ] as const) {
      const p = points(n, seed, grid, groups);
      expect(neighbourhoodQuality(p.xs, p.ys, p.groups).ratio).toBeCloseTo(bruteForce(p.xs, p.ys, p.groups, 10), 12);
      expect(neighbourhoodQuality(p.xs, p.ys, p.groups, 3).ratio).toBeCloseTo(bruteForce(p.xs, p.ys, p.groups, 3), 12);
    }
  });

  it('is 1 for groups far apart and low for groups mixed, against what the group sizes allow', () => {
    const n = 300;
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    const groups = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      groups[i] = i % 3 === 0 ? 0 : i < 150 ? 1 : 2;
      // Group 0: pairs of points (size 100, but the ratio only asks for what is achievable: 10 each).
      xs[i] = groups[i]! * 1000 + (i % 17);
      ys[i] = Math.floor(i / 17);
    }
    const apart = neighbourhoodQuality(xs, ys, groups);
    expect(apart.ratio).toBe(1);
    expect(apart.best).toBe(1);
    // The same points with groups dealt round-robin inside each block: neighbours mostly from other groups.
    const mixed = Int32Array.from(groups, (_g, i) => i % 5);
    expect(neighbourhoodQuality(xs, ys, mixed).ratio).toBeLessThan(0.4);
    // Tiny groups: a pair can have at most one neighbour of its own.
    const pairs = neighbourhoodQuality(Float64Array.of(0, 1, 100, 101), Float64Array.of(0, 0, 0, 0), Int32Array.of(0, 0, 1, 1));
    expect(pairs).toMatchObject({ k: 3, ratio: 1, best: 1 / 3 });
  });

  it('reads x, y and community from a graph', () => {
    const graph: PaperGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
    for (let i = 0; i < 30; i++) graph.addNode(`paper:${i}`, { kind: 'paper', label: `${i}`, community: i % 2, x: (i % 2) * 100 + i, y: 0 });
    expect(layoutQuality(graph).ratio).toBe(1);
    expect(layoutQuality(graph, () => 0).ratio).toBe(1);
    graph.removeNodeAttribute('paper:3', 'x');
    expect(() => layoutQuality(graph)).toThrow(/paper:3 has no position/);
  });
});
