import { describe, expect, it } from 'vitest';
import { EXACT_REPULSION_MAX, forceAtlas2, inferredSettings, type ForceGraph } from '../../src/layout/force.ts';

/** `groups` cliques of `size` nodes, clique g joined to clique g + 1 by one light edge. */
function cliques(groups: number, size: number): ForceGraph {
  const rows: [number, number][][] = Array.from({ length: groups * size }, () => []);
  const link = (a: number, b: number, w: number) => {
    rows[a]!.push([b, w]);
    rows[b]!.push([a, w]);
  };
  for (let g = 0; g < groups; g++) {
    for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) link(g * size + i, g * size + j, 1);
    if (g + 1 < groups) link(g * size, (g + 1) * size, 0.1);
  }
  const n = rows.length;
  const offsets = new Int32Array(n + 1);
  rows.forEach((row, i) => (offsets[i + 1] = offsets[i]! + row.length));
  const targets = Int32Array.from(rows.flat(), ([t]) => t);
  const weights = Float64Array.from(rows.flat(), ([, w]) => w);
  const mass = Float64Array.from(rows, (row) => 1 + row.length);
  return { n, offsets, targets, weights, mass };
}

/** Start positions on a line, interleaving the groups: the layout has to sort them out. */
function start(n: number): { xs: Float64Array; ys: Float64Array } {
  return { xs: Float64Array.from({ length: n }, (_, i) => ((i * 7) % n) - n / 2), ys: Float64Array.from({ length: n }, (_, i) => Math.sin(i)) };
}

/** Mean distance between nodes of the same clique over mean distance between nodes of different cliques. */
function tightness(xs: Float64Array, ys: Float64Array, size: number): number {
  let same = 0;
  let sameCount = 0;
  let other = 0;
  let otherCount = 0;
  for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j++) {
      const d = Math.hypot(xs[i]! - xs[j]!, ys[i]! - ys[j]!);
      if (Math.floor(i / size) === Math.floor(j / size)) {
        same += d;
        sameCount++;
      } else {
        other += d;
        otherCount++;
      }
    }
  }
  return same / sameCount / (other / otherCount);
}

describe('ForceAtlas2 on typed arrays', () => {
  it('pulls each clique together and pushes cliques apart, exactly (small graphs)', () => {
    const graph = cliques(4, 8);
    const { xs, ys } = start(graph.n);
    const before = tightness(xs, ys, 8);
    forceAtlas2(graph, xs, ys, { ...inferredSettings(graph.n), iterations: 200 });
    expect(before).toBeGreaterThan(0.8);
    expect(tightness(xs, ys, 8)).toBeLessThan(0.3);
  });

  it('does the same with Barnes–Hut above the exact size, and gives the same positions every run', () => {
    const graph = cliques(100, 16);
    expect(graph.n).toBeGreaterThan(EXACT_REPULSION_MAX);
    const run = () => {
      const { xs, ys } = start(graph.n);
      forceAtlas2(graph, xs, ys, { ...inferredSettings(graph.n), iterations: 150 });
      return { xs, ys };
    };
    const first = run();
    const second = run();
    expect(Buffer.from(second.xs.buffer).equals(Buffer.from(first.xs.buffer))).toBe(true);
    expect(Buffer.from(second.ys.buffer).equals(Buffer.from(first.ys.buffer))).toBe(true);
    expect(tightness(first.xs, first.ys, 16)).toBeLessThan(0.3);
  });

  it('Barnes–Hut repulsion approximates the exact one', () => {
    // No edges, no gravity: one step moves each node by the repulsion alone; compare both paths on the same cloud.
    const n = EXACT_REPULSION_MAX + 100;
    const cloud = (): ForceGraph => ({ n, offsets: new Int32Array(n + 1), targets: new Int32Array(0), weights: new Float64Array(0), mass: new Float64Array(n).fill(1) });
    const step = (theta: number) => {
      const xs = Float64Array.from({ length: n }, (_, i) => Math.sqrt(i + 0.5) * Math.cos(i * 2.4));
      const ys = Float64Array.from({ length: n }, (_, i) => Math.sqrt(i + 0.5) * Math.sin(i * 2.4));
      forceAtlas2(cloud(), xs, ys, { ...inferredSettings(n), gravity: 0, iterations: 1, theta });
      return { xs, ys };
    };
    const exactish = step(0); // theta 0: every cell opened, i.e. exact
    const approximate = step(0.6);
    let error = 0;
    let moved = 0;
    const x0 = (i: number) => Math.sqrt(i + 0.5) * Math.cos(i * 2.4);
    const y0 = (i: number) => Math.sqrt(i + 0.5) * Math.sin(i * 2.4);
    for (let i = 0; i < n; i++) {
      error += Math.hypot(approximate.xs[i]! - exactish.xs[i]!, approximate.ys[i]! - exactish.ys[i]!);
      moved += Math.hypot(exactish.xs[i]! - x0(i), exactish.ys[i]! - y0(i));
    }
    expect(moved).toBeGreaterThan(0);
    expect(error / moved).toBeLessThan(0.05);
  });

  it('copes with nodes on the same spot (the quadtree keeps them as a list)', () => {
    // A chain: every node linked to the next.
    const n = EXACT_REPULSION_MAX + 10;
    const offsets = Int32Array.from({ length: n + 1 }, (_, i) => Math.max(0, 2 * i - 1) - (i === n ? 1 : 0));
    const targets = new Int32Array(offsets[n]!);
    for (let i = 0; i < n; i++) {
      let at = offsets[i]!;
      if (i > 0) targets[at++] = i - 1;
      if (i + 1 < n) targets[at] = i + 1;
    }
    const graph: ForceGraph = { n, offsets, targets, weights: new Float64Array(targets.length).fill(1), mass: new Float64Array(n).fill(2) };
    const xs = new Float64Array(graph.n).fill(3);
    const ys = new Float64Array(graph.n).fill(3);
    xs[0] = 4;
    forceAtlas2(graph, xs, ys, { ...inferredSettings(graph.n), iterations: 3 });
    expect(xs.every(Number.isFinite) && ys.every(Number.isFinite)).toBe(true);
  });
});
