import { communityColors } from '../graph/appearance.ts';
import type { ViewOverview } from '@papergraph/core';
import { hasPositions } from '../graph/layout.ts';
import { communityCentres, expandedRadius, GraphPlacement, layoutCommunities, OverviewPlacementCache } from '../graph/overview-layout.ts';
import type { ViewerGraph } from '../graph/types.ts';
import { buildDisplayGraph, buildOverviewModel, type Hidden, type OverviewModel } from '../model/overview.ts';
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
  private display: ViewerGraph | null = null;

  constructor(
    private readonly graph: ViewerGraph,
    hidden: Hidden,
    private readonly settings: Readonly<ViewerSettings>,
    precomputed?: ViewOverview,
  ) {
    this.hidden = hidden;
    this.model = timed('overview-model', () => buildOverviewModel(graph, hidden));
    // A graph laid out already (the CLI lays out every graph) keeps its map: super-nodes at their communities'
    // centres, members where they are. Only a graph without positions gets the overview's own layout and spirals.
    this.placement = timed('overview-layout', () =>
      precomputed || hasPositions(graph)
        ? new GraphPlacement(graph, communityCentres(graph, precomputed?.communities))
        : new OverviewPlacementCache(graph, layoutCommunities(this.model, settings.overviewMemberSpacing, settings.overviewLayoutIterations), settings.overviewMemberSpacing),
    );
    this.colors = communityColors((graph.getAttribute('communities') ?? []).map((c) => c.id));
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
    this.model = buildOverviewModel(this.graph, hidden);
    // A community whose members are all filtered out has nothing left to expand.
    this.expanded = new Set([...this.expanded].filter((id) => this.canExpand(id)));
    this.display = null;
  }

  /** Sets which communities are drawn member by member (ids with nothing to draw are dropped). */
  setExpanded(communities: Iterable<number>): void {
    this.expanded = new Set([...communities].filter((id) => this.canExpand(id)));
    this.display = null;
  }

  communityColor(community: number): string {
    return this.colors.get(community) ?? '#777';
  }

  /** Member colours and sizes are read again at the next build (the colour mode changed). */
  refreshAppearance(): void {
    this.display = null;
  }

  private build(): ViewerGraph {
    for (const community of this.expanded) this.placement.prepare(community, this.model.members.get(community) ?? []);
    return buildDisplayGraph(this.graph, this.model, this.hidden, {
      expanded: this.expanded,
      placement: this.placement,
      communityColor: (community) => this.communityColor(community),
      linkColor: COMMUNITY_LINK_COLOR,
      memberLinkColor: MEMBER_LINK_COLOR,
    });
  }
}
