import { applyAppearance, communityColors, type ColorMode } from './graph/appearance.ts';
import { hasPositions, LayoutController, seedPositions, type LayoutStatus } from './graph/layout.ts';
import type { LoadedGraph } from './graph/load.ts';
import type { EntityKind, ViewerGraph } from './graph/types.ts';
import { nodeDetails } from './model/details.ts';
import { computeVisibility, countByKind, countByRelation, type FilterState, type Visibility } from './model/filters.ts';
import { computeFocus, type Focus } from './model/focus.ts';
import { buildSearchIndex } from './model/search.ts';
import { sharedAuthors, sharedBetween, sharedEntities } from '@papergraph/core';
import { defaultViewState, parseViewState, serializeViewState, type ViewState } from './model/url-state.ts';
import { exportGEXF, exportGraphML, exportPng } from './view/exports.ts';
import { renderFiltersPanel } from './view/filters-panel.ts';
import { adaptToGraphSize, displayedLabelBoxes, frameNodes, type LabelBox, applyFocus, applySelection, applyVisibility, createRenderer, focusCamera, type GraphRenderer } from './view/renderer.ts';
import { SearchBox } from './view/search-box.ts';
import { renderSharedPanel } from './view/shared-panel.ts';
import { renderSidePanel } from './view/side-panel.ts';
import { communityOfSuperNode } from './model/overview.ts';
import { renderOverviewBar } from './view/overview-bar.ts';
import { OverviewSession } from './view/overview-session.ts';
import { opensInOverview, VIEWER_SETTINGS } from './settings.ts';
import { timed } from './timing.ts';

export interface AppElements {
  graphContainer: HTMLElement;
  searchInput: HTMLInputElement;
  searchResults: HTMLUListElement;
  details: HTMLElement;
  filters: HTMLElement;
  shared: HTMLElement;
  status: HTMLElement;
  layoutToggle: HTMLButtonElement;
  overviewBar: HTMLElement;
}

/** What scripts (e2e tests, the scale measurement) can read about overview mode. */
export interface OverviewState {
  active: boolean;
  superNodes: number;
  expanded: number[];
  renderedNodes: number;
  renderedEdges: number;
}

/** Holds the loaded graph and the view state, and keeps the renderer, the panels and the URL in step with them. */
export class App {
  private graph: ViewerGraph | null = null;
  private renderer: GraphRenderer | null = null;
  private layout: LayoutController | null = null;
  /** Set on large graphs: sigma then draws the session's small display graph instead of the model graph. */
  private overview: OverviewSession | null = null;
  private state: ViewState = defaultViewState(0);
  private visibility: Visibility | null = null;
  private focus: Focus | null = null;
  private hovered: string | null = null;
  private highlighted: string[] = [];
  private sourceName = '';
  /** URL parameters the view does not own but must keep (`graph=<url>`). */
  private extraParams: Record<string, string> = {};
  private readonly searchBox: SearchBox;

  constructor(private readonly elements: AppElements) {
    this.searchBox = new SearchBox(elements.searchInput, elements.searchResults, (key) => this.select(key, { moveCamera: true }));
    elements.layoutToggle.addEventListener('click', () => this.toggleLayout());
  }

  getGraph(): ViewerGraph | null {
    return this.graph;
  }

  getState(): ViewState {
    return this.state;
  }

  /** Replaces the shown graph; `query` (a URL's search part) restores a shared view. */
  show(loaded: LoadedGraph, query: string, extraParams: Record<string, string>): void {
    this.dispose();
    const graph = loaded.graph;
    this.graph = graph;
    this.sourceName = loaded.sourceName;
    this.extraParams = extraParams;
    this.state = parseViewState(query, graph.order);
    if (this.state.selected !== null && !graph.hasNode(this.state.selected)) this.state.selected = null;
    if (this.state.sharedEntity !== null && !graph.hasNode(this.state.sharedEntity)) this.state.sharedEntity = null;
    this.state.comparedPapers = this.state.comparedPapers.filter((key) => graph.hasNode(key));

    timed('appearance', () => applyAppearance(graph, this.state.colorMode));
    const visibility = timed('filters', () => computeVisibility(graph, this.state.filters));
    this.visibility = visibility;
    // Large graphs open as an overview of communities: neither sigma nor ForceAtlas2 ever gets the whole graph.
    const overview =
      opensInOverview(visibility) ? timed('overview', () => new OverviewSession(graph, visibility, VIEWER_SETTINGS)) : null;
    this.overview = overview;
    const positioned = overview !== null || hasPositions(graph);
    if (!positioned) seedPositions(graph);
    if (overview) {
      const selectedCommunity = this.state.selected !== null && !visibility.hiddenNodes.has(this.state.selected) ? graph.getNodeAttribute(this.state.selected, 'community') : null;
      overview.setExpanded([...this.state.expandedCommunities, ...(selectedCommunity !== null ? [selectedCommunity] : [])]);
      this.state.expandedCommunities = overview.getExpanded();
    } else {
      this.state.expandedCommunities = [];
    }

    this.elements.graphContainer.replaceChildren();
    const renderer = timed('renderer', () => createRenderer(overview ? overview.getDisplayGraph() : graph, this.elements.graphContainer));
    this.renderer = renderer;
    if (overview) {
      renderer.setCustomBBox(overview.bbox());
      // Nodes keep their pixel size when zooming: zooming into an expanded community then spreads its spiral
      // instead of swelling every node with it (sigma's default grows sizes as 1/sqrt(ratio)).
      renderer.setSetting('zoomToSizeRatioFunction', () => 1);
    }
    renderer.on('enterNode', ({ node }) => this.setHovered(node));
    renderer.on('leaveNode', () => this.setHovered(null));
    renderer.on('clickNode', ({ node }) => this.onNodeClick(node));
    renderer.on('clickStage', () => this.clearSelection());

    this.searchBox.setIndex(timed('search-index', () => buildSearchIndex(graph)));
    this.layout = overview ? null : new LayoutController(graph, (status) => this.renderLayoutStatus(status));
    if (!overview) applyVisibility(renderer, null, visibility);
    this.renderStatus();
    this.refreshHighlight();
    timed('panels', () => this.renderPanels());
    this.syncUrl();
    if (positioned) this.renderLayoutStatus('done');
    else this.layout?.run();
    if (this.state.selected !== null) focusCamera(renderer, this.state.selected);
  }

  /** A super-node expands its community; any other node is selected. */
  private onNodeClick(node: string): void {
    const community = communityOfSuperNode(node);
    if (community !== null) this.expandCommunity(community);
    else this.select(node, { moveCamera: false });
  }

  /**
   * Overview mode: draws a community's members around its super-node (no-op on graphs drawn whole) and, unless the
   * caller moves the camera itself, zooms onto them: at the overview's zoom a spiral of thousands is one blot.
   */
  expandCommunity(community: number, options: { moveCamera: boolean } = { moveCamera: true }): void {
    if (!this.overview || this.overview.isExpanded(community)) return;
    this.setExpanded([...this.state.expandedCommunities, community]);
    const members = this.overview.getModel().members.get(community);
    if (options.moveCamera && this.renderer && members) frameNodes(this.renderer, members);
  }

  collapseCommunity(community: number): void {
    if (!this.overview) return;
    this.setExpanded(this.state.expandedCommunities.filter((id) => id !== community));
  }

  collapseAll(): void {
    this.setExpanded([]);
  }

  /** Esc: clears the selection first; with nothing selected, collapses the community expanded last. */
  escape(): void {
    const last = this.state.expandedCommunities.at(-1);
    if (this.state.selected === null && this.state.sharedEntity === null && this.overview && last !== undefined) this.collapseCommunity(last);
    else this.clearSelection();
  }

  getOverviewState(): OverviewState {
    const rendered = this.renderer?.getGraph();
    return {
      active: this.overview !== null,
      superNodes: this.overview?.getModel().communities.length ?? 0,
      expanded: this.overview?.getExpanded() ?? [],
      renderedNodes: rendered?.order ?? 0,
      renderedEdges: rendered?.size ?? 0,
    };
  }

  private setExpanded(communities: number[]): void {
    if (!this.overview || !this.renderer) return;
    const overview = this.overview;
    const display = timed('overview-build', () => overview.setExpanded(communities));
    // Keep the order of expansion (Esc collapses the last one), without the ids the session dropped.
    this.state.expandedCommunities = [...new Set(communities)].filter((id) => overview.isExpanded(id));
    this.showDisplayGraph(display);
    // Only the bar changes: the panels are about the whole graph (and cost O(graph) to redraw on a big one).
    this.renderOverviewBar();
    this.syncUrl();
  }

  private showDisplayGraph(display: ViewerGraph): void {
    if (!this.renderer || !this.overview) return;
    this.hovered = null;
    const renderer = this.renderer;
    timed('overview-draw', () => renderer.setGraph(display));
    adaptToGraphSize(renderer);
    this.renderer.setCustomBBox(this.overview.bbox());
    this.refreshHighlight();
    this.renderStatus();
  }

  select(key: string, options: { moveCamera: boolean }): void {
    if (!this.graph?.hasNode(key)) return;
    // In overview mode a node is drawn only inside its expanded community: open it first.
    if (this.overview && !this.visibility?.hiddenNodes.has(key)) this.expandCommunity(this.graph.getNodeAttribute(key, 'community'), { moveCamera: false });
    this.state.selected = key;
    this.refreshHighlight();
    this.renderPanels();
    this.syncUrl();
    if (options.moveCamera && this.renderer) focusCamera(this.renderer, key);
  }

  clearSelection(): void {
    this.state.selected = null;
    this.state.sharedEntity = null;
    this.refreshHighlight();
    this.renderPanels();
    this.syncUrl();
  }

  focusSearch(): void {
    this.searchBox.focus();
  }

  setFilters(filters: FilterState): void {
    this.state.filters = filters;
    this.applyFilters();
    this.renderPanels();
    this.syncUrl();
  }

  setColorMode(mode: ColorMode): void {
    if (!this.graph) return;
    this.state.colorMode = mode;
    applyAppearance(this.graph, mode);
    if (this.overview) this.showDisplayGraph(this.overview.refreshAppearance());
    this.renderPanels();
    this.syncUrl();
  }

  exportAs(format: 'graphml' | 'gexf' | 'png'): Promise<void> {
    if (!this.graph || !this.renderer) return Promise.resolve();
    // Exports carry the settled positions: stop a running layout first.
    if (this.layout?.getStatus() === 'running') this.layout.finish();
    const base = this.sourceName.replace(/\.(json|graphml|gexf|txt|jsonl)(\.gz)?$/i, '').replace(/[^\w.-]+/g, '_') || 'graph';
    if (format === 'graphml') exportGraphML(this.graph, base);
    else if (format === 'gexf') exportGEXF(this.graph, base);
    else return exportPng(this.renderer, base);
    return Promise.resolve();
  }

  getRenderer(): GraphRenderer | null {
    return this.renderer;
  }

  /** Where the labels of the last frame were drawn, in viewport pixels (for tests: labels must not overlap). */
  getLabelBoxes(): LabelBox[] {
    return this.renderer ? displayedLabelBoxes(this.renderer) : [];
  }

  private dispose(): void {
    this.layout?.kill();
    this.layout = null;
    this.renderer?.kill();
    this.renderer = null;
    this.overview = null;
    this.visibility = null;
    this.focus = null;
    this.hovered = null;
    this.highlighted = [];
  }

  private toggleLayout(): void {
    if (!this.layout) return;
    if (this.layout.getStatus() === 'running') this.layout.pause();
    else this.layout.resume();
  }

  private renderLayoutStatus(status: LayoutStatus): void {
    const button = this.elements.layoutToggle;
    // The overview's layout is computed at load; the member spirals need none.
    button.disabled = this.overview !== null;
    button.title = this.overview ? 'Overview mode: communities are laid out at load, members on a spiral when expanded' : '';
    button.dataset.status = status;
    button.textContent = status === 'running' ? 'Pause layout' : status === 'paused' ? 'Resume layout' : 'Run layout';
    button.setAttribute('aria-pressed', String(status === 'running'));
  }

  private setHovered(node: string | null): void {
    this.hovered = node;
    this.refreshHighlight();
  }

  private applyFilters(): void {
    if (!this.graph || !this.renderer) return;
    const next = computeVisibility(this.graph, this.state.filters);
    if (this.overview) {
      this.visibility = next;
      const display = this.overview.setHidden(next);
      // A community whose members are all filtered out is no longer expanded.
      this.state.expandedCommunities = this.state.expandedCommunities.filter((id) => this.overview?.isExpanded(id));
      this.showDisplayGraph(display);
      return;
    }
    applyVisibility(this.renderer, this.visibility, next);
    this.visibility = next;
    this.renderStatus();
  }

  private refreshHighlight(): void {
    if (!this.graph || !this.renderer) return;
    // A hovered super-node exists only in the display graph: its neighbourhood is the communities it links to.
    const hoveredSuperNode = this.hovered !== null && communityOfSuperNode(this.hovered) !== null;
    const next = computeFocus(hoveredSuperNode ? this.renderer.getGraph() : this.graph, {
      hovered: this.hovered,
      selected: this.state.selected,
      sharedEntity: this.state.sharedEntity,
      comparedPapers: this.state.comparedPapers,
    });
    applyFocus(this.renderer, this.focus, next);
    this.focus = next;
    const highlighted = [...new Set([...(this.state.selected ? [this.state.selected] : []), ...(this.state.sharedEntity ? [this.state.sharedEntity] : []), ...this.state.comparedPapers])];
    applySelection(this.renderer, this.highlighted, highlighted);
    this.highlighted = highlighted;
  }

  private renderStatus(): void {
    if (!this.graph || !this.visibility) return;
    const { visibleNodeCount, visibleEdgeCount } = this.visibility;
    const status = this.elements.status;
    status.dataset.visibleNodes = String(visibleNodeCount);
    status.dataset.visibleEdges = String(visibleEdgeCount);
    status.dataset.totalNodes = String(this.graph.order);
    const shown = `showing ${visibleNodeCount} of ${this.graph.order} nodes, ${visibleEdgeCount} of ${this.graph.size} links`;
    if (!this.overview || !this.renderer) {
      delete status.dataset.mode;
      status.textContent = `${this.sourceName}: ${shown}`;
      return;
    }
    const overview = this.getOverviewState();
    status.dataset.mode = 'overview';
    status.dataset.renderedNodes = String(overview.renderedNodes);
    status.dataset.superNodes = String(overview.superNodes);
    status.textContent = `${this.sourceName}: overview of ${overview.superNodes} communities, ${overview.expanded.length} expanded (${overview.renderedNodes} drawn) — ${shown}`;
  }

  private renderPanels(): void {
    const graph = this.graph;
    if (!graph) return;
    const communities = graph.getAttribute('communities') ?? [];
    renderFiltersPanel(
      this.elements.filters,
      {
        kindCounts: countByKind(graph),
        relationCounts: countByRelation(graph),
        communities,
        communityColors: communityColors(communities.map((c) => c.id)),
        filters: this.state.filters,
        colorMode: this.state.colorMode,
      },
      { onFilters: (filters) => this.setFilters(filters), onColorMode: (mode) => this.setColorMode(mode) },
    );
    renderSidePanel(this.elements.details, this.state.selected ? nodeDetails(graph, this.state.selected) : null, {
      onSelect: (key) => this.select(key, { moveCamera: true }),
      onToggleCompare: (paper) => this.toggleCompare(paper),
      onClose: () => this.clearSelection(),
      isCompared: (paper) => this.state.comparedPapers.includes(paper),
      isHidden: (key) => this.visibility?.hiddenNodes.has(key) ?? false,
    });
    this.renderShared();
    this.renderOverviewBar();
  }

  private renderOverviewBar(): void {
    const overview = this.overview;
    const communities = new Map(overview?.getModel().communities.map((c) => [c.id, c]) ?? []);
    renderOverviewBar(
      this.elements.overviewBar,
      overview
        ? {
            communityCount: communities.size,
            expanded: this.state.expandedCommunities.map((id) => ({
              id,
              label: communities.get(id)?.label ?? `Community ${id}`,
              members: communities.get(id)?.visibleMembers ?? 0,
              color: overview.communityColor(id),
            })),
          }
        : null,
      { onCollapse: (id) => this.collapseCommunity(id), onCollapseAll: () => this.collapseAll() },
    );
  }

  private renderShared(): void {
    const graph = this.graph;
    if (!graph) return;
    const options = { includeTagged: this.state.includeTagged };
    const compared = this.state.comparedPapers;
    renderSharedPanel(
      this.elements.shared,
      {
        tab: this.state.sharedTab,
        ranked: sharedEntities(graph, this.state.sharedTab, options),
        chosen: this.state.sharedEntity,
        includeTagged: this.state.includeTagged,
        compared: compared.map((key) => ({ key, title: String(graph.getNodeAttribute(key, 'title') ?? graph.getNodeAttribute(key, 'label')) })),
        sharedByCompared: compared.length >= 2 ? sharedBetween(graph, compared, options) : [],
        sharedAuthorsByCompared: compared.length >= 2 ? sharedAuthors(graph, compared) : [],
      },
      {
        onTab: (tab: EntityKind) => this.updateShared({ sharedTab: tab, sharedEntity: null }),
        onChoose: (entity) => this.updateShared({ sharedEntity: entity }),
        onIncludeTagged: (include) => this.updateShared({ includeTagged: include }),
        onSelect: (key) => this.select(key, { moveCamera: true }),
        onRemoveCompared: (paper) => this.toggleCompare(paper),
      },
    );
  }

  private updateShared(patch: Partial<Pick<ViewState, 'sharedTab' | 'sharedEntity' | 'includeTagged'>>): void {
    Object.assign(this.state, patch);
    this.refreshHighlight();
    this.renderPanels();
    this.syncUrl();
  }

  private toggleCompare(paper: string): void {
    const compared = this.state.comparedPapers;
    this.state.comparedPapers = compared.includes(paper) ? compared.filter((p) => p !== paper) : [...compared, paper];
    // A comparison highlights its own set; an entity chosen earlier would hide it.
    if (this.state.comparedPapers.length >= 2) this.state.sharedEntity = null;
    this.refreshHighlight();
    this.renderPanels();
    this.syncUrl();
  }

  private syncUrl(): void {
    if (!this.graph) return;
    const query = serializeViewState(this.state, this.graph.order, this.extraParams);
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    window.history.replaceState(null, '', url);
  }
}
