import { MultiDirectedGraph } from 'graphology';
import { degreeSize } from '../graph/appearance.ts';
import type { ViewerEdgeAttributes, ViewerGraph, ViewerGraphAttributes, ViewerNodeAttributes } from '../graph/types.ts';
import { SMALL_COMMUNITIES, smallCommunitiesLabel } from './small-communities.ts';

/**
 * Overview of a large graph: one super-node per community, with links weighted by the edges between communities.
 * Everything here is computed once per load or filter change (O(nodes + edges)), never per frame.
 */

/** Kind of a super-node in the rendered graph; never a kind of the contract. */
export const SUPER_NODE_KIND = 'community';
/** Relation of an aggregated link (super-node to super-node, or member to a collapsed community). */
export const COMMUNITY_LINK_RELATION = 'community-link';

// Keys that no contract node can have (contract keys are `<kind>:<slug>`, with no leading `#`).
const SUPER_NODE_PREFIX = '#community:';

export function superNodeKey(community: number): string {
  return `${SUPER_NODE_PREFIX}${community}`;
}

// A sub-community's super-node, drawn in place of an expanded big community's members: `#sub:<community>:<sub>`.
const SUB_NODE_PREFIX = '#sub:';

export function subcommunityNodeKey(community: number, subcommunity: number): string {
  return `${SUB_NODE_PREFIX}${community}:${subcommunity}`;
}

/** The sub-community a rendered sub-community super-node stands for, or null for any other key. */
export function subcommunityOfSuperNode(key: string): { community: number; subcommunity: number } | null {
  if (!key.startsWith(SUB_NODE_PREFIX)) return null;
  const [community, subcommunity] = key.slice(SUB_NODE_PREFIX.length).split(':').map(Number);
  return Number.isInteger(community) && Number.isInteger(subcommunity) ? { community: community!, subcommunity: subcommunity! } : null;
}

/** The community a rendered super-node (of a community or of one of its sub-communities) stands for, or null. */
export function communityOfSuperNode(key: string): number | null {
  const sub = subcommunityOfSuperNode(key);
  if (sub) return sub.community;
  if (!key.startsWith(SUPER_NODE_PREFIX)) return null;
  const id = Number(key.slice(SUPER_NODE_PREFIX.length));
  return Number.isInteger(id) ? id : null;
}

export interface CommunitySummary {
  /** A community of the graph, or `SMALL_COMMUNITIES` for the group of small ones. */
  id: number;
  label: string;
  /** Members that pass the current filters: what an expansion draws. */
  visibleMembers: number;
  totalMembers: number;
  /** The group of small communities only: how many of them, and of their papers, the filters leave. */
  gathered?: { communities: number; papers: number };
}

export interface CommunityLink {
  source: number;
  target: number;
  /** Visible edges between the two communities. */
  weight: number;
}

export interface OverviewModel {
  /** Communities with at least one visible member, largest first. */
  communities: CommunitySummary[];
  /** Undirected links between communities (source < target). */
  links: CommunityLink[];
  /** Visible members of each community (graph order); the group's are those of every small community. */
  members: Map<number, string[]>;
  /** Communities drawn as the one group `SMALL_COMMUNITIES` (see model/small-communities.ts); empty: none. */
  gathered: ReadonlySet<number>;
}

/** The community of the overview a community of the graph is drawn in: itself, or the group of small ones. */
export function overviewCommunityOf(model: Pick<OverviewModel, 'gathered'>, community: number): number {
  return model.gathered.has(community) ? SMALL_COMMUNITIES : community;
}

export interface Hidden {
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
}

/**
 * Summarises the visible part of a clustered graph as communities and weighted links between them. The communities of
 * `gathered` count as one, `SMALL_COMMUNITIES`, listed last whatever its size: it is the rest, not the largest theme.
 */
export function buildOverviewModel(graph: ViewerGraph, hidden: Hidden, gathered: ReadonlySet<number> = new Set()): OverviewModel {
  const members = new Map<number, string[]>();
  const totals = new Map<number, number>();
  const of = (community: number) => (gathered.has(community) ? SMALL_COMMUNITIES : community);
  // The group's counts: small communities with something shown, and their shown papers.
  const shownSmall = new Set<number>();
  let shownSmallPapers = 0;
  graph.forEachNode((node, attributes) => {
    const community = of(attributes.community);
    totals.set(community, (totals.get(community) ?? 0) + 1);
    if (hidden.hiddenNodes.has(node)) return;
    if (community === SMALL_COMMUNITIES) {
      shownSmall.add(attributes.community);
      if (attributes.kind === 'paper') shownSmallPapers += 1;
    }
    const list = members.get(community);
    if (list) list.push(node);
    else members.set(community, [node]);
  });

  const weights = new Map<string, CommunityLink>();
  graph.forEachEdge((edge, _attributes, source, target, sourceAttributes, targetAttributes) => {
    if (hidden.hiddenEdges.has(edge) || hidden.hiddenNodes.has(source) || hidden.hiddenNodes.has(target)) return;
    const a = of(sourceAttributes.community);
    const b = of(targetAttributes.community);
    if (a === b) return;
    const [low, high] = a < b ? [a, b] : [b, a];
    const pair = `${low}|${high}`;
    const link = weights.get(pair);
    if (link) link.weight += 1;
    else weights.set(pair, { source: low, target: high, weight: 1 });
  });

  const labels = new Map((graph.getAttribute('communities') ?? []).map((c) => [c.id, c.label]));
  const summary = (id: number, list: string[]): CommunitySummary =>
    id === SMALL_COMMUNITIES
      ? {
          id,
          label: smallCommunitiesLabel(shownSmall.size, shownSmallPapers),
          visibleMembers: list.length,
          totalMembers: totals.get(id) ?? list.length,
          gathered: { communities: shownSmall.size, papers: shownSmallPapers },
        }
      : { id, label: labels.get(id) ?? `Community ${id}`, visibleMembers: list.length, totalMembers: totals.get(id) ?? list.length };
  const communities = [...members.entries()]
    .map(([id, list]) => summary(id, list))
    .sort((a, b) => Number(a.id === SMALL_COMMUNITIES) - Number(b.id === SMALL_COMMUNITIES) || b.visibleMembers - a.visibleMembers || a.id - b.id);
  const links = [...weights.values()].sort((a, b) => a.source - b.source || a.target - b.target);
  return { communities, links, members, gathered };
}

export interface Point {
  x: number;
  y: number;
}

/** Where things go in the rendered graph: super-node centres and, for expanded communities, each member. */
export interface OverviewPlacement {
  centre: (community: number) => Point;
  member: (node: string) => Point;
}

/** How expanded big communities show their sub-communities (core's second level) before their members. */
export interface SubcommunityDisplay {
  /** Whether an expanded community shows its sub-communities, each a super-node until expanded in turn. */
  splits: (community: number) => boolean;
  /** Sub-communities drawn member by member (`subcommunityNodeKey`). */
  expanded: ReadonlySet<string>;
  centre: (community: number, subcommunity: number) => Point;
  label: (community: number, subcommunity: number) => string;
}

export interface DisplayOptions {
  expanded: ReadonlySet<number>;
  /** Absent: expanded communities show their members at once. */
  subcommunities?: SubcommunityDisplay;
  placement: OverviewPlacement;
  communityColor: (community: number) => string;
  linkColor: string;
  /** Links from an expanded community's members to collapsed communities: paler, so the members' own links show. */
  memberLinkColor: string;
}

/** Radius of a super-node on screen: area grows with members, so sqrt; bounded so a giant does not cover the map. */
export function superNodeSize(members: number, largest: number): number {
  return 4 + 26 * Math.sqrt(members / Math.max(1, largest));
}

/** Width of an aggregated link: log, since weights run from 1 to tens of thousands. */
export function linkWidth(weight: number): number {
  return Math.min(8, 0.5 + Math.log10(weight + 1) * 1.5);
}

/**
 * The small graph sigma draws: collapsed communities as super-nodes, expanded ones as their visible members (with
 * their own edges, under the same keys as in the full graph so highlights carry over), and aggregated links.
 * Its size is the number of communities plus the members of the expanded ones, whatever the full graph's size.
 */
export function buildDisplayGraph(graph: ViewerGraph, model: OverviewModel, hidden: Hidden, options: DisplayOptions): ViewerGraph {
  const display: ViewerGraph = new MultiDirectedGraph<ViewerNodeAttributes, ViewerEdgeAttributes, ViewerGraphAttributes>();
  const { expanded, placement } = options;
  const subs = options.subcommunities;
  // Sizes are relative to the largest community, not to the group of small ones listed last.
  const largest = model.communities[0]?.visibleMembers ?? 1;
  const isExpanded = (community: number) => expanded.has(community) && model.members.has(community);
  const splits = (community: number) => subs?.splits(community) === true;

  /** What stands for a node on the canvas: itself, its sub-community's super-node, or its community's. */
  const shownAs = (node: string): string => {
    const attributes = graph.getNodeAttributes(node);
    const community = overviewCommunityOf(model, attributes.community);
    const subcommunity = attributes.subcommunity;
    if (!isExpanded(community)) return superNodeKey(community);
    if (splits(community) && typeof subcommunity === 'number') {
      const key = subcommunityNodeKey(community, subcommunity);
      if (!subs!.expanded.has(key)) return key;
    }
    return node;
  };

  const addMember = (node: string, maxDegree: number) => {
    const attributes = graph.getNodeAttributes(node);
    const { x, y } = placement.member(node);
    display.addNode(node, {
      kind: attributes.kind,
      label: attributes.label,
      community: attributes.community,
      ...(typeof attributes.subcommunity === 'number' ? { subcommunity: attributes.subcommunity } : {}),
      x,
      y,
      color: attributes.color ?? '#777',
      displaySize: degreeSize(graph.degree(node), maxDegree),
      // Labels go by papers, as everywhere on the canvas (view/labels.ts).
      ...(typeof attributes.paperCount === 'number' ? { paperCount: attributes.paperCount } : {}),
    });
  };

  for (const community of model.communities) {
    if (isExpanded(community.id)) {
      const members = model.members.get(community.id) ?? [];
      // Sizes by degree within the community: against the whole graph's largest hub, every member would be a dot
      // too small to get a label.
      let maxDegree = 0;
      for (const node of members) maxDegree = Math.max(maxDegree, graph.degree(node));
      const collapsedSubs = new Map<string, { subcommunity: number; members: number }>();
      for (const node of members) {
        const key = shownAs(node);
        if (key === node) addMember(node, maxDegree);
        else {
          const entry = collapsedSubs.get(key);
          if (entry) entry.members += 1;
          else collapsedSubs.set(key, { subcommunity: graph.getNodeAttribute(node, 'subcommunity') as number, members: 1 });
        }
      }
      const largestSub = Math.max(1, ...[...collapsedSubs.values()].map((entry) => entry.members));
      for (const [key, { subcommunity, members: count }] of collapsedSubs) {
        const { x, y } = subs!.centre(community.id, subcommunity);
        display.addNode(key, {
          kind: SUPER_NODE_KIND,
          label: subs!.label(community.id, subcommunity),
          community: community.id,
          subcommunity,
          members: count,
          x,
          y,
          color: options.communityColor(community.id),
          displaySize: superNodeSize(count, largestSub) * 0.8,
        });
      }
    } else {
      const { x, y } = placement.centre(community.id);
      display.addNode(superNodeKey(community.id), {
        kind: SUPER_NODE_KIND,
        label: community.label,
        community: community.id,
        members: community.visibleMembers,
        x,
        y,
        color: options.communityColor(community.id),
        // The group of small communities may hold more than the largest community: no bigger than it, all the same.
        displaySize: superNodeSize(Math.min(community.visibleMembers, largest), largest),
      });
    }
  }

  for (const link of model.links) {
    if (isExpanded(link.source) || isExpanded(link.target)) continue;
    display.addDirectedEdgeWithKey(`#link:${link.source}|${link.target}`, superNodeKey(link.source), superNodeKey(link.target), {
      relation: COMMUNITY_LINK_RELATION,
      weight: link.weight,
      displayWidth: linkWidth(link.weight),
      color: options.linkColor,
    });
  }

  // Only the expanded members' own edges are walked: the cost follows what is drawn, not the full graph. An edge
  // between two drawn members is drawn as it is; one with an end folded into a super-node adds to an aggregated link.
  const walked = new Set<string>();
  for (const community of expanded) {
    for (const node of model.members.get(community) ?? []) {
      graph.forEachEdge(node, (edge, attributes, source, target) => {
        if (hidden.hiddenEdges.has(edge) || walked.has(edge)) return;
        const other = source === node ? target : source;
        if (hidden.hiddenNodes.has(other)) return;
        walked.add(edge);
        const from = shownAs(source);
        const to = shownAs(target);
        if (from === source && to === target) {
          display.addDirectedEdgeWithKey(edge, source, target, { relation: attributes.relation, color: attributes.color ?? options.linkColor });
          return;
        }
        if (from === to) return;
        // A drawn member first (member → super-node), else in key order: one link per pair whichever end is walked.
        const folded = (key: string) => key.startsWith('#');
        const [low, high] = folded(from) === folded(to) ? (from < to ? [from, to] : [to, from]) : folded(to) ? [from, to] : [to, from];
        const key = `#link:${low}>${high}`;
        if (display.hasEdge(key)) {
          const weight = Number(display.getEdgeAttribute(key, 'weight')) + 1;
          display.mergeEdgeAttributes(key, { weight, displayWidth: linkWidth(weight) });
        } else {
          display.addDirectedEdgeWithKey(key, low, high, { relation: COMMUNITY_LINK_RELATION, weight: 1, displayWidth: linkWidth(1), color: options.memberLinkColor });
        }
      });
    }
  }
  return display;
}
