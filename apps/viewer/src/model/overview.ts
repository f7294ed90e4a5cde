import { MultiDirectedGraph } from 'graphology';
import { degreeSize } from '../graph/appearance.ts';
import type { ViewerEdgeAttributes, ViewerGraph, ViewerGraphAttributes, ViewerNodeAttributes } from '../graph/types.ts';

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

/** The community a rendered super-node stands for, or null for any other key. */
export function communityOfSuperNode(key: string): number | null {
  if (!key.startsWith(SUPER_NODE_PREFIX)) return null;
  const id = Number(key.slice(SUPER_NODE_PREFIX.length));
  return Number.isInteger(id) ? id : null;
}

export interface CommunitySummary {
  id: number;
  label: string;
  /** Members that pass the current filters: what an expansion draws. */
  visibleMembers: number;
  totalMembers: number;
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
  /** Visible members of each community (graph order). */
  members: Map<number, string[]>;
}

export interface Hidden {
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
}

/** Summarises the visible part of a clustered graph as communities and weighted links between them. */
export function buildOverviewModel(graph: ViewerGraph, hidden: Hidden): OverviewModel {
  const members = new Map<number, string[]>();
  const totals = new Map<number, number>();
  graph.forEachNode((node, attributes) => {
    const community = attributes.community;
    totals.set(community, (totals.get(community) ?? 0) + 1);
    if (hidden.hiddenNodes.has(node)) return;
    const list = members.get(community);
    if (list) list.push(node);
    else members.set(community, [node]);
  });

  const weights = new Map<string, CommunityLink>();
  graph.forEachEdge((edge, _attributes, source, target, sourceAttributes, targetAttributes) => {
    if (hidden.hiddenEdges.has(edge) || hidden.hiddenNodes.has(source) || hidden.hiddenNodes.has(target)) return;
    const a = sourceAttributes.community;
    const b = targetAttributes.community;
    if (a === b) return;
    const [low, high] = a < b ? [a, b] : [b, a];
    const pair = `${low}|${high}`;
    const link = weights.get(pair);
    if (link) link.weight += 1;
    else weights.set(pair, { source: low, target: high, weight: 1 });
  });

  const labels = new Map((graph.getAttribute('communities') ?? []).map((c) => [c.id, c.label]));
  const communities = [...members.entries()]
    .map(([id, list]) => ({ id, label: labels.get(id) ?? `Community ${id}`, visibleMembers: list.length, totalMembers: totals.get(id) ?? list.length }))
    .sort((a, b) => b.visibleMembers - a.visibleMembers || a.id - b.id);
  const links = [...weights.values()].sort((a, b) => a.source - b.source || a.target - b.target);
  return { communities, links, members };
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

export interface DisplayOptions {
  expanded: ReadonlySet<number>;
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
  const largest = model.communities[0]?.visibleMembers ?? 1;
  const isExpanded = (community: number) => expanded.has(community) && model.members.has(community);

  for (const community of model.communities) {
    if (isExpanded(community.id)) {
      const members = model.members.get(community.id) ?? [];
      // Sizes by degree within the community: against the whole graph's largest hub, every member would be a dot
      // too small to get a label.
      let maxDegree = 0;
      for (const node of members) maxDegree = Math.max(maxDegree, graph.degree(node));
      for (const node of members) {
        const attributes = graph.getNodeAttributes(node);
        const { x, y } = placement.member(node);
        display.addNode(node, {
          kind: attributes.kind,
          label: attributes.label,
          community: attributes.community,
          x,
          y,
          color: attributes.color ?? '#777',
          displaySize: degreeSize(graph.degree(node), maxDegree),
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
        displaySize: superNodeSize(community.visibleMembers, largest),
      });
    }
  }

  const addLink = (key: string, source: string, target: string) => {
    if (display.hasEdge(key)) {
      const weight = Number(display.getEdgeAttribute(key, 'weight')) + 1;
      display.mergeEdgeAttributes(key, { weight, displayWidth: linkWidth(weight) });
      return;
    }
    display.addDirectedEdgeWithKey(key, source, target, { relation: COMMUNITY_LINK_RELATION, weight: 1, displayWidth: linkWidth(1), color: options.memberLinkColor });
  };

  for (const link of model.links) {
    if (isExpanded(link.source) || isExpanded(link.target)) continue;
    display.addDirectedEdgeWithKey(`#link:${link.source}|${link.target}`, superNodeKey(link.source), superNodeKey(link.target), {
      relation: COMMUNITY_LINK_RELATION,
      weight: link.weight,
      displayWidth: linkWidth(link.weight),
      color: options.linkColor,
    });
  }

  // Only the expanded members' own edges are walked: the cost follows what is drawn, not the full graph.
  for (const community of expanded) {
    for (const node of model.members.get(community) ?? []) {
      graph.forEachEdge(node, (edge, attributes, source, target) => {
        if (hidden.hiddenEdges.has(edge)) return;
        const other = source === node ? target : source;
        if (hidden.hiddenNodes.has(other)) return;
        const otherCommunity = graph.getNodeAttribute(other, 'community');
        if (isExpanded(otherCommunity)) {
          if (!display.hasEdge(edge)) display.addDirectedEdgeWithKey(edge, source, target, { relation: attributes.relation, color: attributes.color ?? options.linkColor });
          return;
        }
        addLink(`#link:${node}>${otherCommunity}`, node, superNodeKey(otherCommunity));
      });
    }
  }
  return display;
}
