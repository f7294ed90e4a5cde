import { describe, expect, it } from 'vitest';
import type { WeightedCSR } from '../../src/cluster/csr.ts';
import { layoutGroup } from '../../src/layout/group.ts';

/** A CSR from an edge list (weight 1), every edge in both rows. */
function csrOf(n: number, edges: [number, number][]): WeightedCSR {
  const rows: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of edges) {
    rows[a]!.push(b);
    rows[b]!.push(a);
  }
  const offsets = new Int32Array(n + 1);
  rows.forEach((row, i) => (offsets[i + 1] = offsets[i]! + row.length));
  const strength = Float64Array.from(rows, (row) => row.length);
  return { n, offsets, targets: Int32Array.from(rows.flat()), weights: new Float64Array(offsets[n]!).fill(1), strength, total: offsets[n]! };
}

const all = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

describe('layout inside a group', () => {
  it('puts leaves on a small sunflower around the node they hang from', () => {
    // Papers 0..5 in a ring through method 6; each paper has 4 authors of its own (leaves).
    const edges: [number, number][] = [];
    for (let p = 0; p < 6; p++) {
      edges.push([p, 6], [p, (p + 1) % 6]);
      for (let a = 0; a < 4; a++) edges.push([p, 7 + p * 4 + a]);
    }
    const n = 7 + 24;
    const csr = csrOf(n, edges);
    const { xs, ys, radius } = layoutGroup(csr, all(n), new Int32Array(n), 0, new Int32Array(n), { iterations: 50 });
    for (let p = 0; p < 6; p++) {
      for (let a = 0; a < 4; a++) {
        const author = 7 + p * 4 + a;
        // Nearer its own paper than to any other paper.
        const own = Math.hypot(xs[author]! - xs[p]!, ys[author]! - ys[p]!);
        for (let q = 0; q < 6; q++) if (q !== p) expect(own).toBeLessThan(Math.hypot(xs[author]! - xs[q]!, ys[author]! - ys[q]!));
      }
    }
    for (let i = 0; i < n; i++) expect(Math.hypot(xs[i]!, ys[i]!)).toBeLessThanOrEqual(radius + 1e-9);
    // One unit of area per node, give or take the disc's looseness.
    expect(radius).toBeGreaterThan(Math.sqrt(n / Math.PI) * 0.7);
    expect(radius).toBeLessThan(Math.sqrt(n / Math.PI) * 3);
  });

  it('packs nodes with no link inside the group beside the rest, and ignores links leaving the group', () => {
    // Nodes 0..9: a star on 0; 10..14: no link inside the group (14 linked to node 20, outside it).
    const edges: [number, number][] = [];
    for (let i = 1; i < 10; i++) edges.push([0, i]);
    edges.push([14, 20], [3, 21]);
    const n = 22;
    const csr = csrOf(n, edges);
    const members = all(15);
    const groupOf = Int32Array.from({ length: n }, (_, i) => (i < 15 ? 4 : 5));
    const { xs, ys } = layoutGroup(csr, members, groupOf, 4, new Int32Array(n), { iterations: 30 });
    let starRight = -Infinity;
    for (let i = 0; i < 10; i++) starRight = Math.max(starRight, xs[i]!);
    for (let i = 10; i < 15; i++) expect(xs[i]).toBeGreaterThan(starRight);
    // The isolates sit close together: a small packed disc, not a ring around the group.
    for (let i = 10; i < 15; i++) for (let j = i + 1; j < 15; j++) expect(Math.hypot(xs[i]! - xs[j]!, ys[i]! - ys[j]!)).toBeLessThan(4);
  });

  it('lays out a lone pair, a lone node and nothing but isolates', () => {
    const csr = csrOf(3, [[0, 1]]);
    const pair = layoutGroup(csr, Int32Array.of(0, 1), new Int32Array(3), 0, new Int32Array(3), { iterations: 10 });
    expect(Math.hypot(pair.xs[0]! - pair.xs[1]!, pair.ys[0]! - pair.ys[1]!)).toBeGreaterThan(0);
    expect(layoutGroup(csr, Int32Array.of(2), new Int32Array(3), 0, new Int32Array(3), { iterations: 10 }).radius).toBe(0);
    const loose = layoutGroup(csrOf(5, []), all(5), new Int32Array(5), 0, new Int32Array(5), { iterations: 10 });
    expect(new Set([...loose.xs].map((x, i) => `${x},${loose.ys[i]}`)).size).toBe(5);
  });
});
