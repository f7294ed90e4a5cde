import { communityColors, SMALL_COMMUNITIES_COLOR } from '../graph/appearance.ts';
import type { ViewOverview } from '@papergraph/core';
import { hasPositions } from '../graph/layout.ts';
import { communityCentres, expandedRadius, GraphPlacement, layoutCommunities, medianCentre, OverviewPlacementCache } from '../graph/overview-layout.ts';
import type { ViewerGraph } from '../graph/types.ts';
import { buildDisplayGraph, buildOverviewModel, overviewCommunityOf, subcommunityNodeKey, subcommunityOfSuperNode, type Hidden, type OverviewModel, type Point, type SubcommunityDisplay } from '../model/overview.ts';
import { findSmallCommunities, SMALL_COMMUNITIES, type SmallCommunities } from '../model/small-communities.ts';
import type { ViewerSettings } from '../settings.ts';
import { timed } from '../timing.ts';

/** Links between communities: darker than member edges, they are the map's only structure when all is collapsed. */
const COMMUNITY_LINK_COLOR = '#b3bac5';
const MEMBER_LINK_COLOR = '#e4e7ec';

/**
 * Overview mode of one loaded graph: the community model, the fixed super-node layout, which communities are
 * expanded, and the small display graph sigma draws. Changes only mark the display graph stale; it is rebuilt from
 * scratch when next read (it costs what is drawn), so several changes in one update build it once.
 */
export class OverviewSession {
  private model: OverviewModel;
  private hidden: Hidden;
  private readonly placement: OverviewPlacementCache | GraphPlacement;
  private readonly colors: Map<number, string>;
  private expanded = new Set<number>();
  /** Sub-communities drawn member by member (`subcommunityNodeKey`), inside expanded communities. */
  private expandedSubs = new Set<string>();
  /** Centres and labels of sub-communities, by `subcommunityNodeKey` (computed on first use). */
  private subRegions: Map<string, { centre: Point; label: string }> | null = null;
  private readonly precomputed: ViewOverview | undefined;
  /** Communities drawn as one group (`SMALL_COMMUNITIES`); null when none is gathered. */
  private readonly small: SmallCommunities | null;
  private display: ViewerGraph | null = null;
  /** Every community id and sub-community node key of the graph (see `exists`). */
  private all: Set<number | string> | null = null;

  constructor(
    private readonly graph: ViewerGraph,
    hidden: Hidden,
    private readonly settings: Readonly<ViewerSettings>,
    precomputed?: ViewOverview,
  ) {
    this.hidden = hidden;
    this.precomputed = precomputed;
    this.small = findSmallCommunities(graph, settings.overviewSmallCommunityPapers);
    this.model = timed('overview-model', () => buildOverviewModel(graph, hidden, this.small?.ids));
    // A graph laid out already (the CLI lays out every graph) keeps its map: super-nodes at their communities'
    // centres, members where they are. Only a graph without positions gets the overview's own layout and spirals.
    this.placement = timed('overview-layout', () => {
      if (!precomputed && !hasPositions(graph)) {
        return new OverviewPlacementCache(graph, layoutCommunities(this.model, settings.overviewMemberSpacing, settings.overviewLayoutIterations), settings.overviewMemberSpacing);
      }
      const centres = communityCentres(graph, precomputed?.communities);
      // The group of small communities sits where they are: in the middle of core's grid of them.
      const group = this.small ? medianCentre(centres, this.small.ids) : null;
      if (group) centres.set(SMALL_COMMUNITIES, group);
      return new GraphPlacement(graph, centres);
    });
    this.colors = communityColors((graph.getAttribute('communities') ?? []).map((c) => c.id), this.small?.ids);
    if (this.small) this.colors.set(SMALL_COMMUNITIES, SMALL_COMMUNITIES_COLOR);
  }

  /** The communities drawn as one group (model/small-communities.ts), or null. */
  getSmallCommunities(): SmallCommunities | null {
    return this.small;
  }

  /** The community of the overview a community of the graph is drawn in: itself, or the group of small ones. */
  overviewCommunity(community: number): number {
    return overviewCommunityOf(this.model, community);
  }

  /** The graph sigma draws: super-nodes, and the members of expanded communities. */
  getDisplayGraph(): ViewerGraph {
    this.display ??= timed('overview-build', () => this.build());
    return this.display;
  }

  getModel(): OverviewModel {
    return this.model;
  }

  getExpanded(): number[] {
    return [...this.expanded].sort((a, b) => a - b);
  }

  isExpanded(community: number): boolean {
    return this.expanded.has(community);
  }

  /** A community with visible members: one that has something to draw when expanded. */
  canExpand(community: number): boolean {
    return this.model.members.has(community);
  }

  /** The frame of the map with room for every expansion, so the camera does not jump when one opens. */
  bbox(): { x: [number, number]; y: [number, number] } {
    if (this.placement instanceof GraphPlacement) return this.placement.bbox();
    const members = new Map(this.model.communities.map((c) => [c.id, c.visibleMembers]));
    return this.placement.bbox((community) => expandedRadius(members.get(community) ?? 0, this.settings.overviewMemberSpacing));
  }

  /** New filters (a new visibility object): new member lists and link weights; the super-node positions stay. */
  setHidden(hidden: Hidden): void {
    if (hidden === this.hidden) return;
    this.hidden = hidden;
    this.model = buildOverviewModel(this.graph, hidden, this.small?.ids);
    // A community whose members are all filtered out has nothing left to expand.
    this.expanded = new Set([...this.expanded].filter((id) => this.canExpand(id)));
    this.display = null;
  }

  /**
   * Sets which communities are drawn member by member (ids with nothing to draw are dropped) and, inside those that show
   * sub-communities, which sub-communities are (`subcommunityNodeKey`s; the view state keeps both, see view-actions.ts).
   */
  setExpanded(communities: Iterable<number>, subcommunities: Iterable<string> = []): void {
    this.expanded = new Set([...communities].filter((id) => this.canExpand(id)));
    // A sub-community of a collapsed community is not drawn.
    this.expandedSubs = new Set([...subcommunities].filter((key) => this.expanded.has(subcommunityOfSuperNode(key)?.community ?? Number.NaN)));
    this.display = null;
  }

  /**
   * Whether an expanded community shows its sub-communities first: one split by core (its nodes carry
   * `subcommunity`), on a map laid out by core, with more visible members than the setting.
   */
  showsSubcommunities(community: number): boolean {
    // The group of small communities has no sub-communities: its members are few per community.
    if (!(this.placement instanceof GraphPlacement) || community === SMALL_COMMUNITIES) return false;
    const summary = this.model.communities.find((c) => c.id === community);
    if (!summary || summary.visibleMembers <= this.settings.overviewSubcommunitiesFrom) return false;
    const members = this.model.members.get(community) ?? [];
    return members.some((node) => typeof this.graph.getNodeAttribute(node, 'subcommunity') === 'number');
  }

  /**
   * The sub-community node (`#sub:<community>:<sub>`) a visible node is folded into when its community shows
   * sub-communities once expanded; null otherwise.
   */
  subcommunityOfVisible(node: string): string | null {
    if (!this.graph.hasNode(node) || this.hidden.hiddenNodes.has(node)) return null;
    const { community, subcommunity } = this.graph.getNodeAttributes(node);
    if (typeof subcommunity !== 'number' || !this.showsSubcommunities(community)) return null;
    return subcommunityNodeKey(community, subcommunity);
  }

  /**
   * A community of the overview (the group of small ones, not each of them), or a sub-community's node key, of the
   * graph whatever is hidden (the view keeps an expansion while it exists: see view-actions.ts). Read from the nodes once.
   */
  exists(community: number | string): boolean {
    if (this.all === null) {
      const all = new Set<number | string>();
      this.graph.forEachNode((_node, attributes) => {
        all.add(this.overviewCommunity(attributes.community));
        if (typeof attributes.subcommunity === 'number') all.add(subcommunityNodeKey(attributes.community, attributes.subcommunity));
      });
      this.all = all;
    }
    return this.all.has(community);
  }

  /** A sub-community of a community that shows sub-communities, with visible members (something to draw when opened). */
  canExpandSubcommunity(key: string): boolean {
    const sub = subcommunityOfSuperNode(key);
    if (!sub || !this.showsSubcommunities(sub.community)) return false;
    return (this.model.members.get(sub.community) ?? []).some((node) => this.graph.getNodeAttribute(node, 'subcommunity') === sub.subcommunity);
  }

  /** A sub-community's label (the graph's `subcommunities` table), by its node key. */
  subcommunityLabel(key: string): string {
    return this.subcommunityRegions().get(key)?.label ?? `Sub-community ${subcommunityOfSuperNode(key)?.subcommunity ?? ''}`;
  }

  getExpandedSubcommunities(): string[] {
    return [...this.expandedSubs].sort();
  }

  communityColor(community: number): string {
    return this.colors.get(community) ?? '#777';
  }

  /** Member colours and sizes are read again at the next build (the colour mode changed). */
  refreshAppearance(): void {
    this.display = null;
  }

  /** Sub-community centres (the CLI's, else the mean of their members' positions) and labels (the graph's). */
  private subcommunityRegions(): Map<string, { centre: Point; label: string }> {
    if (this.subRegions) return this.subRegions;
    const labels = new Map<string, string>();
    const table = this.graph.getAttribute('subcommunities');
    if (Array.isArray(table)) {
      for (const row of table as Array<{ community?: unknown; id?: unknown; label?: unknown }>) {
        if (typeof row.community === 'number' && typeof row.id === 'number' && typeof row.label === 'string') labels.set(subcommunityNodeKey(row.community, row.id), row.label);
      }
    }
    const centres = new Map<string, Point>();
    if (this.precomputed && this.precomputed.subcommunities.length > 0) {
      for (const region of this.precomputed.subcommunities) centres.set(subcommunityNodeKey(region.community, region.subcommunity ?? 0), { x: region.x, y: region.y });
    } else {
      const sums = new Map<string, { x: number; y: number; n: number }>();
      this.graph.forEachNode((_node, attributes) => {
        if (typeof attributes.subcommunity !== 'number' || typeof attributes.x !== 'number' || typeof attributes.y !== 'number') return;
        const key = subcommunityNodeKey(attributes.community, attributes.subcommunity);
        const sum = sums.get(key) ?? { x: 0, y: 0, n: 0 };
        sum.x += attributes.x;
        sum.y += attributes.y;
        sum.n += 1;
        sums.set(key, sum);
      });
      for (const [key, sum] of sums) centres.set(key, { x: sum.x / sum.n, y: sum.y / sum.n });
    }
    this.subRegions = new Map([...centres].map(([key, centre]) => [key, { centre, label: labels.get(key) ?? `Sub-community ${subcommunityOfSuperNode(key)?.subcommunity ?? ''}` }]));
    return this.subRegions;
  }

  private build(): ViewerGraph {
    for (const community of this.expanded) this.placement.prepare(community, this.model.members.get(community) ?? []);
    const split = new Set([...this.expanded].filter((community) => this.showsSubcommunities(community)));
    const subcommunities: SubcommunityDisplay | undefined =
      split.size > 0
        ? {
            splits: (community) => split.has(community),
            expanded: this.expandedSubs,
            centre: (community, subcommunity) => this.subcommunityRegions().get(subcommunityNodeKey(community, subcommunity))?.centre ?? this.placement.centre(community),
            label: (community, subcommunity) => this.subcommunityRegions().get(subcommunityNodeKey(community, subcommunity))?.label ?? `Sub-community ${subcommunity}`,
          }
        : undefined;
    return buildDisplayGraph(this.graph, this.model, this.hidden, {
      ...(subcommunities ? { subcommunities } : {}),
      expanded: this.expanded,
      placement: this.placement,
      communityColor: (community) => this.communityColor(community),
      linkColor: COMMUNITY_LINK_COLOR,
      memberLinkColor: MEMBER_LINK_COLOR,
    });
  }
}
