import { describe, expect, it } from 'vitest';
import { louvain } from '../../src/cluster/louvain.ts';
import type { PaperGraph } from '../../src/contract/graph.ts';
import { layoutIncremental, MIN_GAP, type KnownPositions } from '../../src/layout/incremental.ts';
import { layoutGraph } from '../../src/layout/index.ts';
import { cliqueRing } from '../cluster/fixtures.ts';

/** A laid-out ring of 8 cliques, and the same graph grown: two nodes joining cliques 2 and 5, and a new clique of 7. */
function grown(): { before: PaperGraph; after: PaperGraph; known: KnownPositions } {
  const before = cliqueRing(8, 6, 0);
  louvain.assign(before, { seed: 1 });
  layoutGraph(before);
  const after = cliqueRing(8, 6, 0);
  let e = 0;
  const link = (a: string, b: string) => after.addDirectedEdgeWithKey(`n${e++}`, a, b, { relation: 'uses', weight: 2 });
  for (const [node, clique] of [
    ['paper:join-2', 2],
    ['paper:join-5', 5],
  ] as const) {
    after.addNode(node, { kind: 'paper', label: node });
    for (let i = 0; i < 4; i++) link(node, `paper:g${clique}-${i}`);
  }
  for (let i = 0; i < 7; i++) after.addNode(`paper:new-${i}`, { kind: 'paper', label: `new-${i}` });
  for (let i = 0; i < 7; i++) for (let j = i + 1; j < 7; j++) link(`paper:new-${i}`, `paper:new-${j}`);
  link('paper:new-0', 'paper:g1-3');
  const initial = new Map(before.mapNodes((key, a) => [key, a.community!] as const));
  louvain.assign(after, { seed: 1, initial });
  const index = new Map<string, number>();
  const xs: number[] = [];
  const ys: number[] = [];
  before.forEachNode((key, a) => {
    index.set(key, xs.length);
    xs.push(a.x!);
    ys.push(a.y!);
  });
  return { before, after, known: { index, xs, ys } };
}

const distance = (g: PaperGraph, a: string, b: string) =>
  Math.hypot(g.getNodeAttribute(a, 'x')! - g.getNodeAttribute(b, 'x')!, g.getNodeAttribute(a, 'y')! - g.getNodeAttribute(b, 'y')!);

describe('incremental layout', () => {
  it('keeps every known position and places the others on free spots', () => {
    const { before, after, known } = grown();
    const result = layoutIncremental(after, known, { seed: 3 });
    expect(result).toEqual({ kept: before.order, placed: 9, placedInNewCommunities: 7 });
    before.forEachNode((key, a) => expect([after.getNodeAttribute(key, 'x'), after.getNodeAttribute(key, 'y')]).toEqual([a.x, a.y]));
    const keys = after.nodes();
    for (const key of keys.filter((k) => !before.hasNode(k))) {
      const nearest = Math.min(...keys.filter((other) => other !== key).map((other) => distance(after, key, other)));
      expect(nearest, key).toBeGreaterThanOrEqual(MIN_GAP - 1e-3);
    }
  });

  it('puts a node that joined a community next to its neighbours, nearer them than any other community', () => {
    const { after, known } = grown();
    layoutIncremental(after, known, { seed: 3 });
    for (const [node, clique] of [
      ['paper:join-2', 2],
      ['paper:join-5', 5],
    ] as const) {
      const own = Math.max(...[0, 1, 2, 3].map((i) => distance(after, node, `paper:g${clique}-${i}`)));
      expect(own).toBeLessThan(3);
      for (let g = 0; g < 8; g++) if (g !== clique) expect(distance(after, node, `paper:g${g}-0`)).toBeGreaterThan(own);
    }
  });

  it('lays a new community out on its own, in a disc clear of the old nodes, near what it links to', () => {
    const { before, after, known } = grown();
    layoutIncremental(after, known, { seed: 3 });
    const members = after.filterNodes((key) => key.startsWith('paper:new-'));
    const cx = members.reduce((s, k) => s + after.getNodeAttribute(k, 'x')!, 0) / members.length;
    const cy = members.reduce((s, k) => s + after.getNodeAttribute(k, 'y')!, 0) / members.length;
    const radius = Math.max(...members.map((k) => Math.hypot(after.getNodeAttribute(k, 'x')! - cx, after.getNodeAttribute(k, 'y')! - cy)));
    before.forEachNode((_key, a) => expect(Math.hypot(a.x! - cx, a.y! - cy)).toBeGreaterThan(radius));
    // Nearer the clique it links to than the ring's far side.
    expect(Math.hypot(after.getNodeAttribute('paper:g1-3', 'x')! - cx, after.getNodeAttribute('paper:g1-3', 'y')! - cy)).toBeLessThan(
      Math.hypot(after.getNodeAttribute('paper:g5-3', 'x')! - cx, after.getNodeAttribute('paper:g5-3', 'y')! - cy),
    );
  });

  it('is deterministic for a seed', () => {
    const a = grown();
    const b = grown();
    layoutIncremental(a.after, a.known, { seed: 9 });
    layoutIncremental(b.after, b.known, { seed: 9 });
    expect(a.after.mapNodes((_k, x) => [x.x, x.y])).toEqual(b.after.mapNodes((_k, x) => [x.x, x.y]));
  });
});
