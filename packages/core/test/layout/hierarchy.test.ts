import { describe, expect, it } from 'vitest';
import { projectCSR } from '../../src/cluster/csr.ts';
import { hierarchicalLayout } from '../../src/layout/hierarchy.ts';
import { LAYOUT_DEFAULTS } from '../../src/layout/index.ts';
import { neighbourhoodQuality } from '../../src/layout/quality.ts';
import { cliqueRing } from '../cluster/fixtures.ts';

describe('hierarchical layout', () => {
  // 24 cliques of 8 with noise links; communities of 6 cliques (the first split into its cliques), plus 6 communities
  // of one clique each.
  const graph = cliqueRing(30, 8, 120);
  const { keys, csr } = projectCSR(graph);
  const clique = Int32Array.from(keys, (key) => Number(/g(\d+)-/.exec(key)![1]));
  const community = Int32Array.from(clique, (g) => (g < 24 ? Math.floor(g / 6) : g));
  const subcommunity = Int32Array.from(clique, (g) => (g < 6 ? g : -1));

  it('keeps communities apart and sub-communities apart inside theirs', () => {
    const { xs, ys } = hierarchicalLayout(csr, community, subcommunity, LAYOUT_DEFAULTS);
    expect(neighbourhoodQuality(xs, ys, community).ratio).toBeGreaterThan(0.98);
    const sub = Int32Array.from(community, (c, i) => (subcommunity[i]! >= 0 ? 1000 + subcommunity[i]! : c));
    expect(neighbourhoodQuality(xs, ys, sub).ratio).toBeGreaterThan(0.97);
    // Communities occupy disjoint discs: each community's circle around its centre holds no other community's node.
    const ids = [...new Set(community)];
    for (const c of ids) {
      const members = [...community.keys()].filter((i) => community[i] === c);
      const cx = members.reduce((s, i) => s + xs[i]!, 0) / members.length;
      const cy = members.reduce((s, i) => s + ys[i]!, 0) / members.length;
      const r = Math.max(...members.map((i) => Math.hypot(xs[i]! - cx, ys[i]! - cy)));
      for (let i = 0; i < keys.length; i++) if (community[i] !== c) expect(Math.hypot(xs[i]! - cx, ys[i]! - cy)).toBeGreaterThan(r * 0.9);
    }
  });

  it('depends on the graph only: same positions, bit for bit, every run', () => {
    const a = hierarchicalLayout(csr, community, subcommunity, LAYOUT_DEFAULTS);
    const b = hierarchicalLayout(csr, community, subcommunity, LAYOUT_DEFAULTS);
    expect(Buffer.from(b.xs.buffer).equals(Buffer.from(a.xs.buffer))).toBe(true);
    expect(Buffer.from(b.ys.buffer).equals(Buffer.from(a.ys.buffer))).toBe(true);
  });

  it('gives every community an area that grows with its size', () => {
    const sizes = Int32Array.from(clique, (g) => (g < 10 ? 0 : 1)); // 80 nodes against 160
    const { xs, ys } = hierarchicalLayout(csr, sizes, new Int32Array(keys.length).fill(-1), LAYOUT_DEFAULTS);
    const spread = (c: number) => {
      const members = [...sizes.keys()].filter((i) => sizes[i] === c);
      const cx = members.reduce((s, i) => s + xs[i]!, 0) / members.length;
      const cy = members.reduce((s, i) => s + ys[i]!, 0) / members.length;
      return Math.sqrt(members.reduce((s, i) => s + (xs[i]! - cx) ** 2 + (ys[i]! - cy) ** 2, 0) / members.length);
    };
    expect(spread(1) / spread(0)).toBeGreaterThan(1.1);
    expect(spread(1) / spread(0)).toBeLessThan(2);
  });
});
