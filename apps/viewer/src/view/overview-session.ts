import { communityColors } from '../graph/appearance.ts';
import { expandedRadius, layoutCommunities, OverviewPlacementCache } from '../graph/overview-layout.ts';
import type { ViewerGraph } from '../graph/types.ts';
import { buildDisplayGraph, buildOverviewModel, type Hidden, type OverviewModel } from '../model/overview.ts';
import type { ViewerSettings } from '../settings.ts';
import { timed } from '../timing.ts';

/** Links between communities: darker than member edges, they are the map's only structure when all is collapsed. */
const COMMUNITY_LINK_COLOR = '#b3bac5';
const MEMBER_LINK_COLOR = '#e4e7ec';

/**
 * Overview mode of one loaded graph: the community model, the fixed super-node layout, which communities are
 * expanded, and the small display graph sigma draws. Rebuilt from scratch on each change: it costs what is drawn.
 */
export class OverviewSession {
  private model: OverviewModel;
  private hidden: Hidden;
  private readonly placement: OverviewPlacementCache;
  private readonly colors: Map<number, string>;
  private expanded = new Set<number>();
  private display: ViewerGraph;

  constructor(
    private readonly graph: ViewerGraph,
    hidden: Hidden,
    private readonly settings: Readonly<ViewerSettings>,
  ) {
    this.hidden = hidden;
    this.model = timed('overview-model', () => buildOverviewModel(graph, hidden));
    const centres = timed('overview-layout', () => layoutCommunities(this.model, settings.overviewMemberSpacing, settings.overviewLayoutIterations));
    this.placement = new OverviewPlacementCache(graph, centres, settings.overviewMemberSpacing);
    this.colors = communityColors((graph.getAttribute('communities') ?? []).map((c) => c.id));
    this.display = this.build();
  }

  getDisplayGraph(): ViewerGraph {
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

  /** The frame of the map with room for every expansion, so the camera does not jump when one opens. */
  bbox(): { x: [number, number]; y: [number, number] } {
    const members = new Map(this.model.communities.map((c) => [c.id, c.visibleMembers]));
    return this.placement.bbox((community) => expandedRadius(members.get(community) ?? 0, this.settings.overviewMemberSpacing));
  }

  /** New filters: new member lists and link weights; the super-node positions stay. */
  setHidden(hidden: Hidden): ViewerGraph {
    this.hidden = hidden;
    this.model = buildOverviewModel(this.graph, hidden);
    // A community whose members are all filtered out has nothing left to expand.
    this.expanded = new Set([...this.expanded].filter((id) => this.model.members.has(id)));
    this.display = this.build();
    return this.display;
  }

  /** Sets which communities are drawn member by member (unknown ids are dropped); returns the new display graph. */
  setExpanded(communities: Iterable<number>): ViewerGraph {
    const known = new Set(this.model.communities.map((c) => c.id));
    this.expanded = new Set([...communities].filter((id) => known.has(id)));
    this.display = this.build();
    return this.display;
  }

  communityColor(community: number): string {
    return this.colors.get(community) ?? '#777';
  }

  /** Re-reads member colours and sizes after the colour mode changed. */
  refreshAppearance(): ViewerGraph {
    this.display = this.build();
    return this.display;
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
