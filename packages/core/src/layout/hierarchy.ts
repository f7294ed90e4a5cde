import type { WeightedCSR } from '../cluster/csr.ts';
import { arrangeDiscs, type ArrangeOptions, type DiscLink } from './discs.ts';
import { layoutGroup } from './group.ts';

/**
 * The layout by community, bottom up: every group (a community, or each sub-community of a split one) is laid out
 * on its own (group.ts) into a disc of one unit of area per node; a split community arranges its sub-communities'
 * discs by the links between them, which gives the community's disc; the communities' discs are arranged by the
 * links between communities. Then each node's position is its community's centre + its sub-community's centre
 * inside it + its own inside that. Cost: one ForceAtlas2 run per group, so the work grows with the nodes and links,
 * not with their square.
 */
export interface HierarchyOptions {
  /** FA2 iterations inside each group. */
  iterations: number;
  /** Space between communities and between sub-communities (ArrangeOptions: `gap + gapShare · (r1 + r2)`). */
  communityGap: ArrangeOptions;
  subcommunityGap: ArrangeOptions;
}

/** A node takes a disc of about this radius (one unit of area): a group of one node is not a point. */
const NODE_RADIUS = 0.5;

/**
 * Positions for the nodes of `csr`: `community[i]` (any integers) and `subcommunity[i]` (-1 when its community is not
 * split) say where node i belongs.
 */
export function hierarchicalLayout(
  csr: WeightedCSR,
  community: Int32Array,
  subcommunity: Int32Array,
  options: HierarchyOptions,
): { xs: Float64Array; ys: Float64Array } {
  const n = csr.n;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  if (n === 0) return { xs, ys };

  // Groups numbered by (community, sub-community); communities numbered in id order.
  const { groupOf, groupCommunity, groupMembers, communityIds, communityOf } = numberGroups(community, subcommunity);
  const groups = groupMembers.length;
  const communities = communityIds.length;

  // Each group on its own.
  const local = new Int32Array(n);
  const groupRadius = new Float64Array(groups);
  const localX: Float64Array[] = [];
  const localY: Float64Array[] = [];
  for (let g = 0; g < groups; g++) {
    const laid = layoutGroup(csr, groupMembers[g]!, groupOf, g, local, { iterations: options.iterations });
    localX.push(laid.xs);
    localY.push(laid.ys);
    groupRadius[g] = laid.radius + NODE_RADIUS;
  }

  // Links between communities and, inside a community, between its groups.
  const { communityLinks, groupLinks } = links(csr, groupOf, groupCommunity, communityOf);

  // Each community: its groups' discs arranged (one group: that group's disc).
  const groupsOf: number[][] = Array.from({ length: communities }, () => []);
  for (let g = 0; g < groups; g++) groupsOf[groupCommunity[g]!]!.push(g);
  const groupX = new Float64Array(groups);
  const groupY = new Float64Array(groups);
  const communityRadius = new Float64Array(communities);
  for (let c = 0; c < communities; c++) {
    const list = groupsOf[c]!;
    if (list.length === 1) {
      communityRadius[c] = groupRadius[list[0]!]!;
      continue;
    }
    const index = new Map(list.map((g, i) => [g, i]));
    const radii = Float64Array.from(list, (g) => groupRadius[g]!);
    const inner = (groupLinks.get(c) ?? []).map(({ a, b, weight }) => ({ a: index.get(a)!, b: index.get(b)!, weight }));
    const arranged = arrangeDiscs(radii, inner, options.subcommunityGap);
    list.forEach((g, i) => {
      groupX[g] = arranged.xs[i]!;
      groupY[g] = arranged.ys[i]!;
    });
    communityRadius[c] = arranged.radius;
  }

  const top = arrangeDiscs(communityRadius, communityLinks, options.communityGap);
  for (let g = 0; g < groups; g++) {
    const c = groupCommunity[g]!;
    const ox = top.xs[c]! + groupX[g]!;
    const oy = top.ys[c]! + groupY[g]!;
    const members = groupMembers[g]!;
    const gx = localX[g]!;
    const gy = localY[g]!;
    for (let i = 0; i < members.length; i++) {
      xs[members[i]!] = ox + gx[i]!;
      ys[members[i]!] = oy + gy[i]!;
    }
  }
  return { xs, ys };
}

/** Dense numbers: communities by id, groups by (community id, sub-community id), members in node order. */
function numberGroups(community: Int32Array, subcommunity: Int32Array) {
  const n = community.length;
  const communityIds: number[] = [];
  const sortedIds = community.slice().sort();
  for (let i = 0; i < n; i++) if (i === 0 || sortedIds[i] !== sortedIds[i - 1]) communityIds.push(sortedIds[i]!);
  const communityIndex = new Map(communityIds.map((id, c) => [id, c]));
  const communityOf = Int32Array.from(community, (id) => communityIndex.get(id)!);
  // (community, sub-community) pairs present, in order, as one number each.
  let maxSub = 0;
  for (let i = 0; i < n; i++) maxSub = Math.max(maxSub, subcommunity[i]!);
  const span = maxSub + 2;
  const pairOf = new Float64Array(n);
  for (let i = 0; i < n; i++) pairOf[i] = communityOf[i]! * span + subcommunity[i]! + 1;
  const sorted = pairOf.slice().sort();
  const ordered: number[] = [];
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) ordered.push(sorted[i]!);
  const groupIndex = new Map(ordered.map((pair, g) => [pair, g]));
  const groupCommunity = Int32Array.from(ordered, (pair) => Math.floor(pair / span));
  const groupOf = new Int32Array(n);
  const sizes = new Int32Array(ordered.length);
  for (let i = 0; i < n; i++) {
    const g = groupIndex.get(pairOf[i]!)!;
    groupOf[i] = g;
    sizes[g]!++;
  }
  const groupMembers = Array.from(sizes, (size) => new Int32Array(size));
  const filled = new Int32Array(ordered.length);
  for (let i = 0; i < n; i++) groupMembers[groupOf[i]!]![filled[groupOf[i]!]!++] = i;
  return { groupOf, groupCommunity, groupMembers, communityIds, communityOf };
}

/** Summed link weights between communities, and between the groups of each community (pairs in order). */
function links(csr: WeightedCSR, groupOf: Int32Array, groupCommunity: Int32Array, communityOf: Int32Array) {
  const groups = groupCommunity.length;
  const between = new Map<number, number>();
  const inside = new Map<number, number>();
  for (let v = 0; v < csr.n; v++) {
    for (let p = csr.offsets[v]!; p < csr.offsets[v + 1]!; p++) {
      const t = csr.targets[p]!;
      if (t <= v) continue;
      const gv = groupOf[v]!;
      const gt = groupOf[t]!;
      if (gv === gt) continue;
      const cv = communityOf[v]!;
      const ct = communityOf[t]!;
      const w = csr.weights[p]!;
      if (cv !== ct) {
        const key = Math.min(cv, ct) * groups + Math.max(cv, ct);
        between.set(key, (between.get(key) ?? 0) + w);
      } else {
        const key = Math.min(gv, gt) * groups + Math.max(gv, gt);
        inside.set(key, (inside.get(key) ?? 0) + w);
      }
    }
  }
  const communityLinks: DiscLink[] = [...between.entries()]
    .sort((p, q) => p[0] - q[0])
    .map(([key, weight]) => ({ a: Math.floor(key / groups), b: key % groups, weight }));
  const groupLinks = new Map<number, DiscLink[]>();
  for (const [key, weight] of [...inside.entries()].sort((p, q) => p[0] - q[0])) {
    const a = Math.floor(key / groups);
    const b = key % groups;
    const c = groupCommunity[a]!;
    let list = groupLinks.get(c);
    if (!list) groupLinks.set(c, (list = []));
    list.push({ a, b, weight });
  }
  return { communityLinks, groupLinks };
}
