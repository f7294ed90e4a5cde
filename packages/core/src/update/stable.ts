/**
 * The corpus-wide steps of an update that start from the previous build instead of from nothing: Louvain warm-started
 * from the previous communities (ids kept where a community persists), sub-communities likewise, labels kept where a
 * community's head is unchanged, and the layout kept for the nodes that had a position.
 */
import { labelCommunityLevels } from '../cluster/labels.ts';
import { projectCSR, type WeightedCSR } from '../cluster/csr.ts';
import { modularityOf } from '../cluster/modularity.ts';
import { louvain, type ClusterResult } from '../cluster/louvain.ts';
import { assignSubcommunities } from '../cluster/subcommunities.ts';
import type { CommunitySummary, PaperGraph, SubcommunitySummary } from '../contract/graph.ts';
import { edgeHashes } from '../export/reuse.ts';
import { colourByKind } from '../graph/colors.ts';
import { layoutIncremental, type IncrementalLayoutResult } from '../layout/incremental.ts';
import { layoutGraph } from '../layout/index.ts';
import type { NodeState, UpdateManifest } from './state.ts';

export interface WarmClusterOptions {
  seed: number;
  resolution: number;
  subcommunityMinSize: number;
}

/**
 * `community` and `subcommunity` on every node, warm-started from `previous` (the cluster stage of an update); kept as
 * they were when the graph's structure did not change (`previousEdges`: the previous build's edge hashes).
 */
export function clusterFromPrevious(
  graph: PaperGraph,
  previous: readonly NodeState[],
  nextCommunityId: number,
  options: WarmClusterOptions,
  previousEdges?: Float64Array,
): ClusterResult {
  const kept = keepPreviousClusters(graph, previous, previousEdges, options);
  if (kept) return kept;
  const initial = new Map<string, number>();
  for (const node of previous) if (node.community >= 0) initial.set(node.key, node.community);
  const settings = { seed: options.seed, resolution: options.resolution };
  const clustered = louvain.assign(graph, { ...settings, initial, nextId: nextCommunityId });
  // A node's previous sub-community counts only if it is still in the community it was split from.
  const before = new Map<string, NodeState>();
  for (const node of previous) if (node.subcommunity >= 0) before.set(node.key, node);
  const subs = Int32Array.from(clustered.keys, (key, i) => {
    const node = before.get(key);
    return node && node.community === clustered.ids[i] ? node.subcommunity : -1;
  });
  assignSubcommunities(graph, clustered, { ...settings, minSize: options.subcommunityMinSize, previous: subs });
  graph.setAttribute('subcommunityMinSize', options.subcommunityMinSize);
  return clustered;
}

/** Whether the graph has the previous build's nodes in its order and its edges (hashes of key, ends and attributes). */
function sameStructure(graph: PaperGraph, previous: readonly NodeState[], previousEdges: Float64Array | undefined): previousEdges is Float64Array {
  if (!previousEdges || graph.order !== previous.length || graph.size !== previousEdges.length) return false;
  const keys = graph.nodes();
  for (let i = 0; i < keys.length; i++) if (previous[i]!.key !== keys[i] || previous[i]!.community < 0) return false;
  const edges = edgeHashes(graph);
  for (let e = 0; e < edges.length; e++) if (edges[e] !== previousEdges[e]) return false;
  return true;
}

/**
 * The previous communities and sub-communities as they were, when the update changed no node and no edge (a record
 * that only adds a source, a rejected record): the projection Louvain optimises is the same, yet a warm start would
 * still move a few nodes (a multilevel partition is no local optimum of single moves), reported as communities that
 * grew although nothing arrived. Undefined when the structure changed: the warm start runs.
 */
function keepPreviousClusters(graph: PaperGraph, previous: readonly NodeState[], previousEdges: Float64Array | undefined, options: WarmClusterOptions): ClusterResult | undefined {
  if (!sameStructure(graph, previous, previousEdges)) return undefined;
  const { keys, csr } = projectCSR(graph);
  const ids = Int32Array.from(previous, (node) => node.community);
  // Dense ids for the modularity (previous ids may run past the node count after many updates).
  const dense = new Map<number, number>();
  const membership = Int32Array.from(ids, (id) => {
    let at = dense.get(id);
    if (at === undefined) dense.set(id, (at = dense.size));
    return at;
  });
  let i = 0;
  // As louvain.assign and assignSubcommunities write them: community, then subcommunity where there is one.
  graph.updateEachNodeAttributes((_node, attributes) => {
    const node = previous[i++]!;
    attributes.community = node.community;
    if (node.subcommunity >= 0) attributes.subcommunity = node.subcommunity;
    return attributes;
  });
  const modularity = modularityOf(csr, membership, options.resolution);
  graph.setAttribute('seed', options.seed);
  graph.setAttribute('resolution', options.resolution);
  graph.setAttribute('modularity', Number(modularity.toFixed(6)));
  graph.setAttribute('subcommunityMinSize', options.subcommunityMinSize);
  let communities: Map<string, number> | undefined;
  return {
    get communities() {
      communities ??= new Map(keys.map((key, k) => [key, ids[k]!]));
      return communities;
    },
    count: dense.size,
    modularity,
    levels: 0,
    rounds: 0,
    keys,
    ids,
    csr,
  };
}

/**
 * A community (or sub-community) keeps its previous label and top members when it persists and its head is the same:
 * every previous top member is still in it and the member now ranked first was among them. Otherwise the label is
 * the one computed now: a community that changed what it is about is named anew.
 */
function keepLabel<T extends CommunitySummary>(now: T, before: T | undefined, isMember: (key: string) => boolean): T {
  if (!before || before.top.length === 0) return now;
  if (!before.top.every(isMember)) return now;
  if (now.top[0] !== undefined && !before.top.includes(now.top[0])) return now;
  return { ...now, label: before.label, top: before.top };
}

/** The labels stage of an update: labels computed as a build computes them, then kept where stable. */
export function labelStably(graph: PaperGraph, manifest: UpdateManifest): void {
  const { communities, subcommunities } = labelCommunityLevels(graph);
  const oldCommunities = new Map(manifest.communities.map((c) => [c.id, c]));
  const oldSubs = new Map(manifest.subcommunities.map((s) => [`${s.community}/${s.id}`, s]));
  const communityOf = (key: string) => (graph.hasNode(key) ? graph.getNodeAttribute(key, 'community') : undefined);
  const stableCommunities = communities.map((c) => keepLabel(c, oldCommunities.get(c.id), (key) => communityOf(key) === c.id));
  const stableSubs: SubcommunitySummary[] = subcommunities.map((s) =>
    keepLabel(s, oldSubs.get(`${s.community}/${s.id}`), (key) => communityOf(key) === s.community && graph.getNodeAttribute(key, 'subcommunity') === s.id),
  );
  graph.setAttribute('communities', stableCommunities);
  graph.setAttribute('subcommunities', stableSubs);
  colourByKind(graph);
}

/** The layout stage of an update: previous positions kept, new nodes placed (a full layout when there were none). */
export function layoutFromPrevious(
  graph: PaperGraph,
  previous: readonly NodeState[],
  seed: number,
  projection?: { keys: string[]; csr: WeightedCSR },
): IncrementalLayoutResult {
  const index = new Map<string, number>();
  const xs: number[] = [];
  const ys: number[] = [];
  for (const node of previous) {
    if (Number.isNaN(node.x) || Number.isNaN(node.y)) continue;
    index.set(node.key, xs.length);
    xs.push(node.x);
    ys.push(node.y);
  }
  if (index.size === 0) {
    layoutGraph(graph);
    return { kept: 0, placed: graph.order, placedInNewCommunities: graph.order };
  }
  return layoutIncremental(graph, { index, xs, ys }, { seed, ...(projection ? { projection } : {}) });
}
