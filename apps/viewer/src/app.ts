import { papersOf, plural, recentWindow, sharedEntities, type OutputFormat, type SharedEntity } from '@papergraph/core';
import { applyAppearance, appearanceSteps, communityColors, type ColorMode } from './graph/appearance.ts';
import { hasPositions, LayoutController, seedPositions, type LayoutStatus } from './graph/layout.ts';
import type { LoadedGraph } from './graph/load.ts';
import { ENTITY_KINDS, type ViewerGraph } from './graph/types.ts';
import { comparePapers, type ComparisonResult } from './model/compare.ts';
import { shortCommunityLabel } from './model/cluster-labels.ts';
import { MAP_SIZES_IN_GRAPH_UNITS } from './model/entity-map.ts';
import { citationContext, nodeDetails, type CitationContext } from './model/details.ts';
import { exportBaseName, type ExportScope } from './model/export-view.ts';
import { computeVisibility, countByKind, countByRelation, type FilterState, type Visibility } from './model/filters.ts';
import { computeFocus, type Focus } from './model/focus.ts';
import { describeSource, type GraphSource } from './model/graph-source.ts';
import { communityOfSuperNode, subcommunityOfSuperNode } from './model/overview.ts';
import { overviewCommunitiesPhrase, SMALL_COMMUNITIES, smallCommunitiesLabel, smallCommunitiesRule } from './model/small-communities.ts';
import { isQueryable, queryCsv, runQuery, type QueryResult } from './model/query.ts';
import { buildSearchIndex, type SearchEntry } from './model/search.ts';
import { searchIndexSteps, SLICE_BUDGET_MS, sliceRunner } from './graph/slices.ts';
import { applyThesaurusFile, thesaurusSummary } from './model/thesaurus-file.ts';
import { buildTimeline, dateLegendOf, datePositions, greyByDate, hiddenByDate, papersInRange, rangePhrase, rankInRange, replaySteps, sameRange, type DateRange, type Timeline } from './model/timeline.ts';
import { GraphTrends } from './model/trends.ts';
import { defaultViewState, parseViewState, serializeViewState, type SharedTab, type ViewState } from './model/url-state.ts';
import { reconcileTime, reconcileView, reduceView, type ViewAction, type ViewContext } from './model/view-actions.ts';
import { opensInOverview, VIEWER_SETTINGS } from './settings.ts';
import { timed } from './timing.ts';
import { renderConfirmDialog, type ConfirmRequest } from './view/confirm-dialog.ts';
import { renderComparePanel } from './view/compare-panel.ts';
import { downloadBlob } from './view/dom.ts';
import { exportGraphFile, exportPng, exportScopeLabels, graphToExport } from './view/exports.ts';
import { renderFiltersPanel } from './view/filters-panel.ts';
import { renderOverviewBar } from './view/overview-bar.ts';
import { OverviewSession } from './view/overview-session.ts';
import {
  adaptToGraphSize,
  applyFocus,
  applySelection,
  applyVisibility,
  createRenderer,
  matchContainerSize,
  displayedLabelBoxes,
  type GraphRenderer,
  type LabelBox,
} from './view/renderer.ts';
import { focusNode, frameNodes } from './view/camera-frame.ts';
import { renderQueryPanel } from './view/query-panel.ts';
import { lazyKnownNames, SearchBox } from './view/search-box.ts';
import { renderSharedPanel } from './view/shared-panel.ts';
import { renderSidePanel } from './view/side-panel.ts';
import { NoticeView, type Notice, type NoticeTone } from './view/notice.ts';
import { TimelineView } from './view/timeline-view.ts';
import { UpdateLoop, type ViewPart } from './view/update-loop.ts';
import { CanvasViews } from './view/canvas-views.ts';
import type { CanvasState } from './model/canvas-state.ts';
import { DEFAULT_SETTINGS } from 'sigma/settings';

export interface AppElements {
  /** Carries `data-status` (loading, confirm, ready, error, declined) for scripts and tests. */
  page: HTMLElement;
  graphContainer: HTMLElement;
  searchInput: HTMLInputElement;
  searchResults: HTMLUListElement;
  details: HTMLElement;
  filters: HTMLElement;
  shared: HTMLElement;
  status: HTMLElement;
  layoutToggle: HTMLButtonElement;
  overviewBar: HTMLElement;
  message: HTMLElement;
  emptyState: HTMLElement;
  /** Says where the graph shown came from. */
  source: HTMLElement;
  confirmDialog: HTMLDialogElement;
  /** The strip under the map: histogram of papers per month, date brush, replay. */
  timeline: HTMLElement;
  /** The right-hand column's answers, above the details: a multi-entity query, and compared papers. */
  query: HTMLElement;
  compare: HTMLElement;
  /** Whether downloads hold what the view shows or the whole graph; its options say how big each is. */
  exportScope: HTMLSelectElement;
}

/** What scripts (e2e tests, the scale measurement) can read about overview mode. */
export interface OverviewState {
  active: boolean;
  /** Super-nodes of the collapsed overview: one per community, the small ones gathered in one. */
  superNodes: number;
  /** The group of small communities: how many of them and of their papers it shows (null: none gathered). */
  small: { communities: number; papers: number } | null;
  expanded: number[];
  renderedNodes: number;
  renderedEdges: number;
}

/** The page around the graph: how the last attempt to open one went. */
export interface PageState {
  phase: 'loading' | 'confirm' | 'ready' | 'error' | 'declined';
  /** The notice over the canvas (a load error, notes of a load, a thesaurus applied), with its tone. */
  message: Notice | null;
  /** Shown on the status line while loading (a big graph's view takes seconds to prepare). */
  progress: string | null;
  /** A graph address waiting for the user's answer. */
  confirm: ConfirmRequest | null;
}

/** A camera move asked for by an action, made once the canvas shows the new state. */
type CameraMove = { to: 'node'; node: string } | { to: 'nodes'; nodes: readonly string[] } | { to: 'community'; community: number } | { to: 'fit' } | { to: 'reset' };

/** The graph's community ids, in the order core lists them (links name communities by id). */
function communityIdsOf(graph: ViewerGraph): number[] {
  return (graph.getAttribute('communities') ?? []).map((community) => community.id);
}

/** Overview mode's node sizes: the same on screen at every zoom. */
const KEEP_PIXEL_SIZE = (): number => 1;

/** "Show on map" of a query in overview mode opens at most this many communities (each one is drawn member by member). */
const QUERY_COMMUNITIES_EXPANDED = 5;

/** The User Timing mark set once per loaded graph, when its first frame has been drawn (bench and tests read it). */
export const FIRST_FRAME_MARK = 'papergraph:first-frame';

/** One update's view of the app: the state, and what is derived from it before anything is drawn. */
interface Frame {
  state: ViewState;
  page: PageState;
  graph: ViewerGraph | null;
  visibility: Visibility | null;
  overview: OverviewSession | null;
  time: GraphTime | null;
  /** A replay of the timeline is running. */
  playing: boolean;
  /** Entity map or graph, papers drawn on the map, local graph. */
  canvas: CanvasState;
  /** The multi-entity query's answer (null: no query), and the compared papers' overlaps (null: none compared). */
  query: QueryResult | null;
  comparison: ComparisonResult | null;
}

/** What one loaded graph knows about time, computed when first needed and kept until another graph is shown. */
interface GraphTime {
  timeline: Timeline;
  trends: GraphTrends;
  /** Each dated node's place on the timeline (colouring by date); computed the first time it is asked for. */
  positions: Map<string, number> | null;
}

/** A replay: the ranges it shows in turn, the next one, and the range to go back to at the end. */
interface Playback {
  steps: DateRange[];
  next: number;
  restore: DateRange | null;
  playing: boolean;
  timer: ReturnType<typeof setTimeout> | null;
}

/**
 * Holds the loaded graph and the state of the view. Actions change the state (through `reduceView`), then `update()`
 * derives what to show and redraws, in one pass over a registry of parts, only what changed: canvas, highlight,
 * panels, status, URL. Pointer hovers are coalesced into one update per frame.
 */
export class App {
  private graph: ViewerGraph | null = null;
  /** The selection whose details heading was last scrolled into view. */
  private detailsScrolledTo: string | null = null;
  /** The details folded to their heading (a choice of this page, not of the link): kept across selections. */
  private detailsFolded = false;
  private renderer: GraphRenderer | null = null;
  private layout: LayoutController | null = null;
  /** Set on large graphs: sigma then draws the session's small display graph instead of the model graph. */
  private overview: OverviewSession | null = null;
  private sourceName = '';
  private source: GraphSource | null = null;
  /** URL parameters the view does not own but must keep (`graph=<url>`). */
  private extraParams: Record<string, string> = {};
  private time: GraphTime | null = null;
  /** The Shared panel's ranking over the whole graph, with what it was made from (graph, tab, tags, trends, links and details). */
  private sharedRanking: { graph: ViewerGraph; tab: SharedTab; includeTagged: boolean; time: GraphTime | null; background: string; rows: SharedEntity[] } | null = null;
  /** The shown graph's citation index, built once at load (null: no `cites` links, no similar papers). */
  private citations: CitationContext | null = null;
  private playback: Playback | null = null;

  // State: replaced by actions, never changed in place (the update loop compares by identity); `derive` only drops
  // what the graph shown cannot have (see `reconcileView`).
  private state: ViewState = defaultViewState(0);
  private page: PageState = { phase: 'loading', message: null, progress: null, confirm: null };
  private hovered: string | null = null;
  private layoutStatus: LayoutStatus = 'done';
  /** The camera move asked for last; made once, by the update that first sees it. */
  private cameraMove: CameraMove | null = null;

  // Derived, and what the renderer was last given.
  private visibility: Visibility | null = null;
  private visibilityFor: { graph: ViewerGraph; filters: FilterState; range: DateRange | null } | null = null;
  private drawnGraph: ViewerGraph | null = null;
  private appliedVisibility: Visibility | null = null;
  private focus: Focus | null = null;
  private highlighted: string[] = [];
  private answerConfirm: ((open: boolean) => void) | null = null;
  /** Counts the background merges of details into the shown graph (the side panel's input). */
  private detailsRevision = 0;
  /** The shown graph's links are still being added (see `linksLoaded`). */
  private linksPending = false;
  /**
   * The shown graph's details or links are still coming (a graph opened from its view file) until `backgroundDone`; a
   * thesaurus opened meanwhile waits in `queuedThesauri`, since applying it builds a new graph that the details,
   * merged into the old one, would never reach.
   */
  private backgroundPending = false;
  private queuedThesauri: Array<{ name: string; text: string | Uint8Array; applied: () => void }> = [];
  /** The query's answer and the comparison, computed again only when their inputs change. */
  private queryResult: { key: readonly unknown[]; result: QueryResult | null } | null = null;
  private comparison: { key: readonly unknown[]; result: ComparisonResult | null } | null = null;
  /** What the graph shown was opened as: a thesaurus applied in the page replaces the graph, not its origin. */
  private loadedAs: Omit<LoadedGraph, 'graph' | 'notes'> | null = null;

  /** Set by an action whose answer the next update shows: the panel scrolls to it and the camera frames it. */
  private frameQueryNext = false;
  private frameCompareNext = false;

  private readonly searchBox: SearchBox;
  private readonly noticeView: NoticeView;
  private readonly timelineView: TimelineView;
  private readonly loop: UpdateLoop<Frame>;
  /** The entity map, the local graph, the community names on the canvas and the bar that switches views. */
  private readonly canvasViews: CanvasViews;

  constructor(private readonly elements: AppElements) {
    this.searchBox = new SearchBox(
      elements.searchInput,
      elements.searchResults,
      (key) => this.select(key, { moveCamera: true }),
      (key) => (this.graph?.getNodeAttribute(key, 'kind') === 'paper' ? this.toggleCompare(key) : this.toggleQuery(key)),
      (key) => (!this.graph?.hasNode(key) ? null : isQueryable(this.graph, key) ? 'query' : 'compare'),
      // Typed names the lexicons know find their node by its key (`low-rank adaptation` → LoRA), as extraction keys it.
      lazyKnownNames(() => this.searchBox.refresh()),
    );
    this.noticeView = new NoticeView(elements.message, (notice) => this.dismissNotice(notice));
    this.timelineView = new TimelineView(elements.timeline, {
      onRange: (range) => this.setDateRange(range),
      onPlay: () => this.play(),
      onPause: () => this.pause(),
    });
    elements.layoutToggle.addEventListener('click', () => this.toggleLayout());
    this.addCameraButtons();
    this.canvasViews = new CanvasViews(elements.graphContainer, (camera) => {
      if (camera) this.cameraMove = camera;
      this.update();
    });
    this.loop = new UpdateLoop(this.parts(), () => this.derive());
  }

  getGraph(): ViewerGraph | null {
    return this.graph;
  }

  getState(): ViewState {
    return this.state;
  }

  getPage(): PageState {
    return this.page;
  }

  getRenderer(): GraphRenderer | null {
    return this.renderer;
  }

  /** Where the labels of the last frame were drawn, in viewport pixels (for tests: labels must not overlap). */
  getLabelBoxes(): LabelBox[] {
    return this.renderer ? displayedLabelBoxes(this.renderer) : [];
  }

  /** The entity map, local graph and cluster labels (scripts and tests read them). */
  getCanvasViews(): CanvasViews {
    return this.canvasViews;
  }

  getOverviewState(): OverviewState {
    const rendered = this.renderer?.getGraph();
    return {
      active: this.overview !== null,
      superNodes: this.overview?.getModel().communities.length ?? 0,
      small: this.overview?.getModel().communities.find((community) => community.gathered)?.gathered ?? null,
      expanded: this.overview?.getExpanded() ?? [],
      renderedNodes: rendered?.order ?? 0,
      renderedEdges: rendered?.size ?? 0,
    };
  }

  /** Derives what to show from the state and redraws what changed, now. Returns the parts drawn. */
  update(): string[] {
    return this.loop.update();
  }

  /** The parts of the page the last update redrew (scheduled updates included). */
  getLastDrawn(): readonly string[] {
    return this.loop.getLastDrawn();
  }

  // ——— Opening graphs ———

  /** A graph is being read; `progress` goes on the status line. */
  startLoading(progress: string | null = null): void {
    this.page = { phase: 'loading', message: null, progress, confirm: null };
    this.update();
  }

  /** Asks in the page whether to open a graph address; resolves with the answer. */
  confirmOpen(request: ConfirmRequest): Promise<boolean> {
    this.answerConfirm?.(false);
    this.page = { ...this.page, phase: 'confirm', confirm: request };
    this.update();
    return new Promise((resolve) => {
      this.answerConfirm = resolve;
    });
  }

  /** A load failed: the message names the input and the problem; a graph already shown stays. */
  showError(message: string): void {
    this.page = { phase: 'error', message: { text: message, tone: 'error' }, progress: null, confirm: null };
    this.update();
  }

  /** A notice over the canvas that changes nothing else (an export that failed, an outdated view file). */
  notify(text: string, tone: NoticeTone): void {
    this.page = { ...this.page, message: { text, tone } };
    this.update();
  }

  /** Closes the notice over the canvas (its close button, Esc, an info notice's time), if it is still `notice`. */
  dismissNotice(notice: Notice | null = this.page.message): void {
    if (notice === null || this.page.message !== notice) return;
    this.page = { ...this.page, message: null };
    this.update();
  }

  /** The user chose not to open a graph address. */
  showDeclined(message: string): void {
    this.page = { phase: 'declined', message: { text: message, tone: 'info' }, progress: null, confirm: null };
    this.update();
  }

  /** Replaces the shown graph; `query` (a URL's search part) restores a shared view. */
  show(loaded: LoadedGraph, query: string, extraParams: Record<string, string>): void {
    this.dispose();
    const graph = loaded.graph;
    this.graph = graph;
    this.sourceName = loaded.sourceName;
    this.source = loaded.source;
    this.loadedAs = { sourceName: loaded.sourceName, source: loaded.source };
    this.extraParams = extraParams;
    this.linksPending = loaded.pendingLinks !== undefined;
    this.backgroundPending = loaded.details !== undefined || loaded.pendingLinks !== undefined;
    // Thesauri waiting for the graph shown before were meant for it, not for this one: the notice says so.
    const dropped = this.queuedThesauri.splice(0);
    for (const queued of dropped) queued.applied();
    const timeline = timed('timeline', () => buildTimeline(graph));
    this.time = timeline ? { timeline, trends: new GraphTrends(graph, timeline), positions: null } : null;
    this.citations = timed('citations', () => citationContext(graph));
    this.state = reconcileTime(parseViewState(query, graph.order, communityIdsOf(graph)), this.context());
    this.canvasViews.open(graph, query);
    // The entity map reads as communities: it opens coloured by community unless the link says otherwise.
    if (this.canvasViews.getState().view === 'entities' && !new URLSearchParams(query).has('color')) this.state = { ...this.state, colorMode: 'community' };

    const visibility = this.visibilityOf(graph, this.state.filters, this.state.dateRange);
    // Large graphs open as an overview of communities: neither sigma nor ForceAtlas2 ever gets the whole graph. The
    // mode is the graph's (with its filters), not the date range's: a link with a narrow range would otherwise open a
    // large graph drawn whole (and lose its expanded communities) that lifting the range then draws all at once.
    const undated = this.state.dateRange === null ? visibility : timed('filters', () => computeVisibility(graph, this.state.filters, new Set()));
    this.overview = opensInOverview(undated) ? timed('overview', () => new OverviewSession(graph, visibility, VIEWER_SETTINGS, loaded.overview)) : null;
    const positioned = this.overview !== null || hasPositions(graph);
    if (!positioned) seedPositions(graph);
    this.layout = this.overview
      ? null
      : new LayoutController(
          graph,
          (status) => this.setLayoutStatus(status),
          // Only what is drawn is laid out: hidden nodes (authors on a big graph) would cost the layout most of its time.
          (node) => !this.visibility?.hiddenNodes.has(node),
        );

    // A shared link's selection is opened as a selection made here: in overview mode that expands its community.
    this.state = reconcileView(this.state, this.context());
    const linked = this.state.selected;
    if (linked !== null) {
      this.state = reduceView(this.state, { type: 'select', node: linked }, this.context());
      this.cameraMove = { to: 'node', node: linked };
    }
    // A linked query or comparison is framed as the click that makes it is framed; a linked node is looked at instead.
    this.frameQueryNext = linked === null && this.state.query.length > 0;
    this.frameCompareNext = linked === null && !this.frameQueryNext && this.state.comparedPapers.length >= 2;
    const notes = [...dropped.map((queued) => `thesaurus ${queued.name} not applied: another graph was opened before the details of the one it was opened on had loaded`), ...loaded.notes];
    this.page = {
      phase: 'ready',
      // The graph is shown: notes of its input (rejected records, warnings) are read, not an error.
      message: notes.length > 0 ? { text: `Loaded ${loaded.sourceName} with ${notes.length} note(s): ${notes.slice(0, 3).join(' · ')}`, tone: 'warning' } : null,
      progress: null,
      confirm: null,
    };
    this.loop.reset();
    this.update();
    if (!positioned) this.layout?.run();
  }

  /**
   * The shown graph's details (abstracts, evidence…) were merged in the background (a graph opened from its view
   * file): the panels that show them are drawn again.
   */
  detailsLoaded(graph: ViewerGraph): void {
    if (graph !== this.graph) return;
    this.detailsRevision += 1;
    this.update();
  }

  /**
   * Everything the shown graph gets after its first frame (links, details) has arrived, or failed to: thesauri opened
   * meanwhile are applied now, in the order they came.
   */
  async backgroundDone(graph: ViewerGraph): Promise<void> {
    if (graph !== this.graph || !this.backgroundPending) return;
    this.backgroundPending = false;
    for (const queued of this.queuedThesauri.splice(0)) {
      await this.applyThesaurusNow(queued.name, queued.text);
      queued.applied();
    }
  }

  /**
   * The shown graph got its links (and the nodes held back with them) after its first frame (a big graph opened from
   * its view file): everything derived from links — visibility, sizes by degree, citations, trends, the overview's
   * links, the panels' counts, the search ranking — is derived again, in tasks of its own (sizes and the search index a
   * slice of nodes per task), so that input is handled between them.
   */
  linksLoaded(graph: ViewerGraph): void {
    if (graph !== this.graph) return;
    const current = () => this.graph === graph;
    let sizedIn: ColorMode | null = null;
    // A step that returns false has more to do: it runs again in the next task (see graph/slices.ts).
    const steps: Array<() => void | boolean> = [
      () => {
        this.citations = timed('citations', () => citationContext(graph));
        // Trends count the papers that name an entity: through links.
        const timeline = this.time?.timeline ?? null;
        if (timeline) this.time = { timeline, trends: new GraphTrends(graph, timeline), positions: null };
      },
      // Sizes follow degrees.
      sliceRunner(() => appearanceSteps(graph, (sizedIn = this.state.colorMode), sizedIn === 'year' ? this.positions() : undefined, undefined, this.gathered()), SLICE_BUDGET_MS, (run) => timed('appearance', run)),
      () => {
        // The colours were changed meanwhile: they are applied again, whole.
        if (sizedIn !== this.state.colorMode) timed('appearance', () => applyAppearance(graph, this.state.colorMode, this.state.colorMode === 'year' ? this.positions() : undefined, this.gathered()));
        this.overview?.refreshAppearance();
      },
      () => {
        // A new visibility and a new time object are the inputs of the parts that show links: only they are redrawn.
        this.visibility = null;
        this.visibilityFor = null;
        timed('links-loaded', () => this.update());
      },
      sliceRunner(() => searchIndexSteps(graph, searchIndex), SLICE_BUDGET_MS, (run) => timed('search-index', run)),
      () => {
        this.linksPending = false;
        this.searchBox.setIndex(searchIndex);
      },
    ];
    const searchIndex: SearchEntry[] = [];
    const next = () => {
      const step = steps[0];
      if (!step || !current()) return;
      if (step() !== false) steps.shift();
      setTimeout(next, 0);
    };
    next();
  }

  // ——— Actions ———

  select(key: string, options: { moveCamera: boolean }): void {
    if (!this.graph?.hasNode(key)) return;
    this.dispatch({ type: 'select', node: key }, options.moveCamera ? { to: 'node', node: key } : null);
  }

  clearSelection(): void {
    this.dispatch({ type: 'clear-selection' });
  }

  /** Esc: clears the selection first; with nothing selected, collapses the community expanded last. */
  escape(): void {
    // A notice over the canvas is closed first: it is what the user sees on top.
    if (this.page.message !== null) return this.dismissNotice();
    // With nothing selected, Esc leaves a local graph first.
    if (this.state.selected === null && this.canvasViews.getState().local) return this.canvasViews.dispatch({ type: 'close-local' });
    this.dispatch({ type: 'escape' });
  }

  setFilters(filters: FilterState): void {
    this.dispatch({ type: 'set-filters', filters });
  }

  setColorMode(mode: ColorMode): void {
    this.dispatch({ type: 'set-color-mode', mode });
  }

  /** The timeline's brush: a range chosen by the user ends a replay. */
  setDateRange(range: DateRange | null): void {
    this.stopPlayback();
    this.dispatch({ type: 'set-date-range', range });
  }

  /**
   * Replays the growth of the graph bin by bin, within the brushed range (or over the whole timeline), then goes back
   * to the range it started from. After a pause it goes on from where it stopped.
   */
  play(): void {
    const time = this.time;
    if (!time || this.playback?.playing) return;
    const paused = this.playback;
    const resumes = paused !== null && paused.next < paused.steps.length && sameRange(this.state.dateRange, paused.steps[paused.next - 1] ?? null);
    if (!resumes) {
      const steps = replaySteps(time.timeline, this.state.dateRange);
      if (steps.length === 0) return;
      this.playback = { steps, next: 0, restore: this.state.dateRange, playing: true, timer: null };
    } else {
      paused.playing = true;
    }
    this.stepPlayback();
  }

  /** Stops a replay where it is: the range shown stays, and Play goes on from there. */
  pause(): void {
    const playback = this.playback;
    if (!playback?.playing) return;
    if (playback.timer !== null) clearTimeout(playback.timer);
    playback.timer = null;
    playback.playing = false;
    this.update();
  }

  /** Whether a replay is running (for scripts and tests). */
  isPlaying(): boolean {
    return this.playback?.playing ?? false;
  }

  /**
   * Overview mode: draws a community's members around its super-node (no-op on graphs drawn whole) and, unless the
   * caller moves the camera itself, zooms onto them: at the overview's zoom a spiral of thousands is one blot.
   */
  expandCommunity(community: number, options: { moveCamera: boolean } = { moveCamera: true }): void {
    if (!this.overview || this.state.expandedCommunities.includes(community)) return;
    this.dispatch({ type: 'expand', community }, options.moveCamera ? { to: 'community', community } : null);
  }

  /**
   * The legend's community name: the camera frames the community as drawn now (its nodes, its super-node in the
   * overview, its entities on the map); a community the legend hides is shown first.
   */
  frameCommunity(community: number): void {
    const filters = this.state.filters;
    if (filters.hiddenCommunities.has(community)) {
      const hiddenCommunities = new Set(filters.hiddenCommunities);
      hiddenCommunities.delete(community);
      this.dispatch({ type: 'set-filters', filters: { ...filters, hiddenCommunities } });
    }
    // A small community has no super-node of its own in the overview: the group holding it opens, and its members are
    // framed there.
    const group = this.overview?.overviewCommunity(community);
    if (this.canvasViews.getKind() === 'overview' && group !== undefined && group !== community) {
      this.dispatch({ type: 'expand', community: group }, { to: 'community', community });
      return;
    }
    this.cameraMove = { to: 'community', community };
    this.update();
  }

  collapseCommunity(community: number): void {
    this.dispatch({ type: 'collapse', community });
  }

  collapseAll(): void {
    this.dispatch({ type: 'collapse-all' });
  }

  /** A search chip, Shift+click or "Add to query": the entity joins the multi-entity query (or leaves it). */
  toggleQuery(key: string): void {
    const graph = this.graph;
    if (!graph || !isQueryable(graph, key)) return;
    // The answer is shown in the right column and framed on the canvas.
    this.frameQueryNext = true;
    this.dispatch({ type: 'toggle-query', entity: key });
  }

  /**
   * Applies a thesaurus file to the graph shown, as `papergraph build --thesaurus` does to a build (merged, renamed and
   * dropped entities; the report in the graph attribute `thesaurus`), and shows the result with the same view. A file
   * with a bad line changes nothing and every bad line is listed. While the graph's details are still loading, it is
   * applied once they are in (resolving then): applied before, the details would be lost.
   */
  applyThesaurus(name: string, text: string | Uint8Array): Promise<void> {
    if (!this.graph || !this.backgroundPending) return this.applyThesaurusNow(name, text);
    this.page = { ...this.page, message: { text: `The thesaurus ${name} will be applied once the details (abstracts, evidence) of ${this.sourceName} have loaded.`, tone: 'info' } };
    this.update();
    return new Promise((resolve) => this.queuedThesauri.push({ name, text, applied: resolve }));
  }

  private async applyThesaurusNow(name: string, text: string | Uint8Array): Promise<void> {
    const graph = this.graph;
    const loadedAs = this.loadedAs;
    if (!graph || !loadedAs) {
      this.notify(`Open a graph first, then its thesaurus (${name}).`, 'error');
      return;
    }
    // Seconds on a big graph (it is copied twice): the status line says so, painted before the work starts.
    const before = this.page;
    this.page = { ...before, phase: 'loading', progress: `Applying the thesaurus ${name}…` };
    this.update();
    await new Promise((resolve) => setTimeout(resolve, 30));
    if (this.graph !== graph) return;
    const outcome = timed('thesaurus', () => applyThesaurusFile(graph, name, text));
    if (!outcome.ok) {
      this.page = { ...before, phase: 'ready', message: { text: `Thesaurus not applied: ${plural(outcome.errors.length, 'bad line')} in ${name}\n${outcome.errors.slice(0, 10).join('\n')}`, tone: 'error' } };
      this.update();
      return;
    }
    // The same view on the new graph: filters, selection, query, and the canvas's own view (map, local graph).
    const query = this.canvasViews.withParams(serializeViewState(this.state, graph.order, {}, communityIdsOf(graph)), graph.order);
    const notes = [thesaurusSummary(outcome.report), ...outcome.warnings];
    this.show({ graph: outcome.graph, sourceName: loadedAs.sourceName, source: loadedAs.source, notes }, query, this.extraParams);
    const summary = notes.slice(0, 6).join('\n') + (notes.length > 6 ? `\n… and ${notes.length - 6} more` : '');
    // Applied as asked: information, unless the thesaurus left warnings to read.
    this.page = { ...this.page, message: { text: summary, tone: outcome.warnings.length > 0 ? 'warning' : 'info' } };
    this.update();
  }

  /** Frames what is visible (the drawn nodes the filters keep). */
  zoomToFit(): void {
    this.cameraMove = { to: 'fit' };
    this.update();
  }

  /** Back to the camera the graph opened with. */
  resetView(): void {
    this.cameraMove = { to: 'reset' };
    this.update();
  }

  focusSearch(): void {
    this.searchBox.focus();
  }

  /** `scope`: the graph files hold what the view shows (filters and date range applied) or the whole graph. */
  exportAs(format: OutputFormat | 'png', scope: ExportScope = 'view'): Promise<void> {
    if (!this.graph || !this.renderer) return Promise.resolve();
    // Exports carry the settled positions: stop a running layout first.
    if (this.layout?.getStatus() === 'running') this.layout.finish();
    const base = this.exportBaseName();
    // The image shows what the canvas shows: the community names drawn over sigma's stage too.
    const clusterLabels = this.canvasViews.getClusterLabels();
    if (format === 'png') return exportPng(this.renderer, base, clusterLabels ? [clusterLabels] : []);
    const visibility = this.visibility;
    const view = visibility ? { visibility, filters: this.state.filters, range: this.state.dateRange } : null;
    const exported = timed('export-view', () => graphToExport(this.graph!, scope, view));
    exportGraphFile(exported.graph, format, base, exported.suffix);
    return Promise.resolve();
  }

  private stepPlayback(): void {
    const playback = this.playback;
    if (!playback?.playing) return;
    playback.timer = null;
    if (playback.next >= playback.steps.length) {
      this.playback = null;
      this.dispatch({ type: 'set-date-range', range: playback.restore });
      return;
    }
    const range = playback.steps[playback.next++]!;
    this.dispatch({ type: 'set-date-range', range });
    // The next step is timed from the end of this one's update, so a slow redraw (a big graph) never piles steps up.
    playback.timer = setTimeout(() => this.stepPlayback(), VIEWER_SETTINGS.timelineStepMs);
  }

  private stopPlayback(): void {
    if (this.playback?.timer != null) clearTimeout(this.playback.timer);
    this.playback = null;
  }

  private dispatch(action: ViewAction, camera: CameraMove | null = null): void {
    if (!this.graph) return;
    this.state = reduceView(this.state, action, this.context());
    if (camera) this.cameraMove = camera;
    this.update();
  }

  private setHovered(node: string | null): void {
    this.hovered = node;
    this.loop.schedule();
  }

  private setLayoutStatus(status: LayoutStatus): void {
    this.layoutStatus = status;
    this.update();
  }

  private answer(open: boolean): void {
    const resolve = this.answerConfirm;
    this.answerConfirm = null;
    this.page = { ...this.page, confirm: null, phase: open ? 'loading' : 'declined' };
    this.update();
    resolve?.(open);
  }

  /** A super-node expands its community; any other node is selected, or with Shift added to the query (a paper: to Compare). */
  private onNodeClick(node: string, shift: boolean): void {
    // A sub-community's super-node (inside an expanded big community) opens or closes where it is.
    if (subcommunityOfSuperNode(node)) return this.dispatch({ type: 'toggle-subcommunity', key: node });
    const community = communityOfSuperNode(node);
    if (community !== null) this.expandCommunity(community);
    else if (shift && this.graph?.hasNode(node)) {
      if (this.graph.getNodeAttribute(node, 'kind') === 'paper') this.toggleCompare(node);
      else this.toggleQuery(node);
    } else this.select(node, { moveCamera: false });
  }

  private toggleCompare(paper: string): void {
    this.frameCompareNext = true;
    this.dispatch({ type: 'toggle-compare', paper });
  }

  private toggleLayout(): void {
    if (!this.layout) return;
    if (this.layout.getStatus() === 'running') this.layout.pause();
    else this.layout.resume();
  }

  private dispose(): void {
    this.stopPlayback();
    this.time = null;
    this.citations = null;
    this.layout?.kill();
    this.layout = null;
    this.canvasViews.close();
    this.renderer?.kill();
    this.renderer = null;
    this.overview = null;
    this.visibility = null;
    this.visibilityFor = null;
    this.drawnGraph = null;
    this.appliedVisibility = null;
    this.focus = null;
    this.hovered = null;
    this.highlighted = [];
    this.cameraMove = null;
    this.queryResult = null;
    this.comparison = null;
    this.layoutStatus = 'done';
  }

  // ——— Deriving ———

  /** What the filters and the date range hide, computed again only when the graph, the filters or the range change. */
  private visibilityOf(graph: ViewerGraph, filters: FilterState, range: DateRange | null): Visibility {
    const cached = this.visibilityFor;
    if (this.visibility && cached?.graph === graph && cached.filters === filters && sameRange(cached.range, range)) return this.visibility;
    const timeline = this.time?.timeline ?? null;
    this.visibility = timed('filters', () => computeVisibility(graph, filters, hiddenByDate(graph, timeline, range)));
    this.visibilityFor = { graph, filters, range };
    return this.visibility;
  }

  /** The small communities the overview draws as one (they share one colour by community); none without an overview. */
  private gathered(): ReadonlySet<number> | undefined {
    return this.overview?.getSmallCommunities()?.ids;
  }

  /** Each dated node's place on the timeline, computed once per graph (colouring by date). */
  private positions(): Map<string, number> {
    const time = this.time;
    if (!time || !this.graph) return new Map();
    const graph = this.graph;
    time.positions ??= timed('date-positions', () => datePositions(graph, time.timeline));
    return time.positions;
  }

  private context(): ViewContext {
    const graph = this.graph;
    const overview = this.overview;
    const hidden = this.visibility?.hiddenNodes;
    return {
      hasNode: (key) => graph?.hasNode(key) ?? false,
      timeBins: this.time?.timeline.by ?? null,
      overview:
        overview && graph
          ? {
              communityOfVisible: (key) => (graph.hasNode(key) && !hidden?.has(key) ? overview.overviewCommunity(graph.getNodeAttribute(key, 'community')) : null),
              overviewCommunity: (community) => overview.overviewCommunity(community),
              canExpand: (community) => overview.canExpand(community),
              subcommunityOfVisible: (key) => overview.subcommunityOfVisible(key),
              canExpandSubcommunity: (key) => overview.canExpandSubcommunity(key),
              exists: (community) => overview.exists(community),
            }
          : null,
    };
  }

  private derive(): Frame {
    if (this.graph) {
      // A range the timeline cannot show (a link made on another graph) is dropped before it hides anything.
      this.state = reconcileTime(this.state, this.context());
      const visibility = this.visibilityOf(this.graph, this.state.filters, this.state.dateRange);
      this.overview?.setHidden(visibility);
      // New filters can leave an expanded community with nothing to draw: it is no longer expanded.
      this.state = reconcileView(this.state, this.context());
    }
    return {
      state: this.state,
      page: this.page,
      graph: this.graph,
      visibility: this.visibility,
      overview: this.overview,
      time: this.time,
      playing: this.playback?.playing ?? false,
      canvas: this.canvasViews.getState(),
      query: this.queryOf(this.graph, this.state),
      comparison: this.comparisonOf(this.graph, this.state),
    };
  }

  private queryOf(graph: ViewerGraph | null, state: ViewState): QueryResult | null {
    const key = [graph, state.query, state.queryMode, state.includeTagged];
    if (this.queryResult && sameValues(this.queryResult.key, key)) return this.queryResult.result;
    const result = graph && state.query.length > 0 ? timed('query', () => runQuery(graph, state.query, state.queryMode, { includeTagged: state.includeTagged })) : null;
    this.queryResult = { key, result };
    return result;
  }

  private comparisonOf(graph: ViewerGraph | null, state: ViewState): ComparisonResult | null {
    const key = [graph, state.comparedPapers, state.includeTagged];
    if (this.comparison && sameValues(this.comparison.key, key)) return this.comparison.result;
    const result = graph && state.comparedPapers.length > 0 ? timed('compare', () => comparePapers(graph, state.comparedPapers, { includeTagged: state.includeTagged })) : null;
    this.comparison = { key, result };
    return result;
  }

  // ——— Drawing: the parts, in the order they are drawn ———

  private parts(): Array<ViewPart<Frame>> {
    const el = this.elements;
    return [
      { name: 'page-status', inputs: (f) => [f.page.phase], draw: (f) => void (el.page.dataset.status = f.page.phase) },
      {
        name: 'message',
        inputs: (f) => [f.page.message],
        draw: (f) => this.noticeView.render(f.page.message),
      },
      {
        name: 'confirm',
        inputs: (f) => [f.page.confirm],
        draw: (f) => renderConfirmDialog(el.confirmDialog, f.page.confirm, { onOpen: () => this.answer(true), onCancel: () => this.answer(false) }),
      },
      {
        // With no graph, the page explains how to open one (once loading is over).
        name: 'empty-state',
        inputs: (f) => [f.graph === null && (f.page.phase === 'error' || f.page.phase === 'declined')],
        draw: (f) => void (el.emptyState.hidden = f.graph !== null || (f.page.phase !== 'error' && f.page.phase !== 'declined')),
      },
      {
        name: 'source',
        inputs: () => [this.source],
        draw: () => {
          const source = this.source;
          el.source.hidden = source === null;
          el.source.textContent = source ? describeSource(source, window.location.href) : '';
          el.source.title = source ? (source.kind === 'url' ? source.url : source.names.join('\n')) : '';
          if (source) el.source.dataset.kind = source.kind;
        },
      },
      {
        name: 'appearance',
        inputs: (f) => [f.graph, f.state.colorMode],
        draw: (f) => {
          if (!f.graph) return;
          const graph = f.graph;
          const positions = f.state.colorMode === 'year' ? this.positions() : undefined;
          timed('appearance', () => applyAppearance(graph, f.state.colorMode, positions, this.gathered()));
          f.overview?.refreshAppearance();
        },
      },
      {
        // Before the canvas: showing the strip shrinks the map, which sigma then sizes itself to.
        name: 'timeline',
        inputs: (f) => [f.time, f.state.dateRange, f.state.colorMode, f.playing],
        draw: (f) => this.drawTimeline(f),
      },
      {
        // What sigma draws: a local graph, the entity map, the whole graph, or in overview mode the super-nodes and
        // the expanded communities.
        name: 'display-graph',
        inputs: (f) => this.canvasViews.inputs(f.visibility, f.state.colorMode, f.state.selected, f.overview ? [f.overview, f.visibility, f.state.expandedCommunities, f.state.expandedSubcommunities, f.state.colorMode] : null),
        draw: (f) => {
          const graph = f.graph;
          if (!graph) return;
          this.drawnGraph = this.canvasViews.display(graph, f.visibility, f.state.selected, () => {
            f.overview?.setExpanded(f.state.expandedCommunities, f.state.expandedSubcommunities);
            return f.overview ? { graph: f.overview.getDisplayGraph(), kind: 'overview' } : { graph, kind: 'graph' };
          });
        },
      },
      { name: 'canvas', inputs: () => [this.drawnGraph], draw: (f) => this.drawCanvas(f) },
      {
        name: 'canvas-visibility',
        inputs: (f) => [this.renderer, this.drawnGraph, f.visibility],
        draw: (f) => {
          // The overview, the entity map and a local graph are built without what the filters hide.
          if (!this.renderer || !f.visibility || this.canvasViews.getKind() !== 'graph') return;
          applyVisibility(this.renderer, this.appliedVisibility, f.visibility);
          this.appliedVisibility = f.visibility;
        },
      },
      {
        name: 'highlight',
        inputs: (f) => [this.renderer?.getGraph(), this.hovered, f.state.selected, f.state.sharedEntity, f.state.comparedPapers, f.query, f.comparison],
        draw: (f) => this.drawHighlight(f),
      },
      {
        name: 'cluster-labels',
        inputs: (f) => [this.renderer, this.drawnGraph, f.visibility, this.layoutStatus],
        draw: (f) => this.canvasViews.drawClusterLabels(this.drawnGraph, f.visibility),
      },
      {
        name: 'canvas-bar',
        inputs: (f) => [f.graph, f.canvas, f.state.selected, this.drawnGraph, f.overview],
        draw: (f) => this.canvasViews.drawBar(f.graph, f.state.selected, f.overview !== null, this.drawnGraph),
      },
      {
        name: 'layout-button',
        inputs: (f) => [this.layoutStatus, f.overview],
        draw: (f) => {
          const button = el.layoutToggle;
          const status = this.layoutStatus;
          // The overview's layout is computed at load; the member spirals need none.
          button.disabled = f.overview !== null;
          button.title = f.overview ? 'Overview mode: communities are laid out at load, members on a spiral when expanded' : '';
          button.dataset.status = status;
          button.textContent = status === 'running' ? 'Pause layout' : status === 'paused' ? 'Resume layout' : 'Run layout';
          button.setAttribute('aria-pressed', String(status === 'running'));
        },
      },
      {
        name: 'status',
        inputs: (f) => [f.graph, f.visibility, this.renderer?.getGraph(), f.overview?.getExpanded().length, this.sourceName, f.page.phase, f.page.progress],
        draw: (f) => this.drawStatus(f),
      },
      {
        name: 'search-index',
        inputs: (f) => [f.graph],
        draw: (f) => {
          const graph = f.graph;
          // A graph whose links come after the first frame is indexed once they are in (its ranking reads degrees).
          if (graph && !this.linksPending) this.searchBox.setIndex(timed('search-index', () => buildSearchIndex(graph)));
        },
      },
      { name: 'filters-panel', inputs: (f) => [f.graph, f.state.filters, f.state.colorMode, f.time], draw: (f) => this.drawFiltersPanel(f) },
      {
        name: 'side-panel',
        inputs: (f) => [f.graph, f.state.selected, f.state.comparedPapers, f.state.query, f.visibility, f.state.dateRange, f.time, this.detailsRevision, this.detailsFolded],
        draw: (f) => {
          const { graph, state } = f;
          if (!graph) return;
          renderSidePanel(el.details, state.selected ? nodeDetails(graph, state.selected, this.citations) : null, {
            onSelect: (key) => this.select(key, { moveCamera: true }),
            onToggleCompare: (paper) => this.toggleCompare(paper),
            onClose: () => this.clearSelection(),
            isCompared: (paper) => state.comparedPapers.includes(paper),
            onToggleQuery: (key) => this.toggleQuery(key),
            isInQuery: (key) => state.query.includes(key),
            isHidden: (key) => f.visibility?.hiddenNodes.has(key) ?? false,
            dateRangeSet: state.dateRange !== null,
            folded: this.detailsFolded,
            onFold: (folded) => {
              this.detailsFolded = folded;
              this.update();
            },
          }, this.detailsFolded ? undefined : this.trendOf(f, state.selected));
          // A new selection's heading comes into sight, scrolling the column no further: the answers above stay.
          // Only for a new selection: redraws of the same one (it was added to Compare, say) leave the column alone.
          if (state.selected && state.selected !== this.detailsScrolledTo) el.details.querySelector('.panel-header')?.scrollIntoView({ block: 'nearest' });
          this.detailsScrolledTo = state.selected;
        },
      },
      {
        name: 'query-panel',
        // The selection only marks a row of the answer: without a query, selecting redraws nothing here.
        inputs: (f) => [f.query, f.query ? f.visibility : null, f.query ? f.state.selected : null, f.query ? f.canvas : null, f.query ? this.canvasViews.getKind() : null],
        draw: (f) => this.drawQueryPanel(f),
      },
      {
        name: 'compare-panel',
        inputs: (f) => [f.comparison],
        draw: (f) => {
          renderComparePanel(el.compare, f.comparison, {
            onSelect: (key) => this.select(key, { moveCamera: true }),
            onRemove: (paper) => this.toggleCompare(paper),
            onClear: () => this.dispatch({ type: 'clear-compare' }),
          });
          // The answer starts at the panel's top (the matrix): 'nearest' on a panel taller than the column would align
          // its bottom when a selection's heading below had just been scrolled into view, hiding the matrix.
          if (this.frameCompareNext && f.comparison) el.compare.scrollIntoView({ block: 'start' });
          if (this.frameCompareNext && f.comparison && f.comparison.papers.length >= 2) this.cameraMove = { to: 'nodes', nodes: [...f.comparison.papers.map((paper) => paper.key), ...f.comparison.sharedBySome] };
          this.frameCompareNext = false;
        },
      },
      {
        name: 'export-scope',
        inputs: (f) => [f.graph, f.visibility],
        draw: (f) => {
          if (!f.graph || !f.visibility) return;
          // The sizes go in the tooltips: the toolbar has room for the two words only.
          const labels = exportScopeLabels(f.graph, f.visibility);
          for (const option of el.exportScope.options) option.title = labels[option.value as ExportScope] ?? '';
          el.exportScope.title = `Graph files hold: ${labels.view}, or the ${labels.graph.charAt(0).toLowerCase()}${labels.graph.slice(1)}`;
        },
      },
      {
        name: 'shared-panel',
        // The date range re-ranks the entities; the filters (and the range) grey the chosen entity's papers, which
        // matters only while one is chosen.
        inputs: (f) => [f.graph, f.graph?.size, this.detailsRevision, f.state.sharedTab, f.state.sharedEntity, f.state.includeTagged, f.time, f.state.dateRange, f.state.sharedEntity ? f.visibility : null],
        draw: (f) => this.drawSharedPanel(f),
      },
      {
        // Only this changes when a community is expanded: the panels are about the whole graph.
        name: 'overview-bar',
        inputs: (f) => [f.overview, f.overview?.getModel(), f.state.expandedCommunities, f.state.expandedSubcommunities],
        draw: (f) => this.drawOverviewBar(f),
      },
      {
        name: 'url',
        inputs: (f) => [f.graph ? serializeViewState(f.state, f.graph.order, this.extraParams, communityIdsOf(f.graph)) : null, f.canvas],
        draw: (f) => {
          if (!f.graph) return;
          const query = this.canvasViews.withParams(serializeViewState(f.state, f.graph.order, this.extraParams, communityIdsOf(f.graph)), f.graph.order);
          window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
        },
      },
      { name: 'camera', inputs: () => [this.cameraMove], draw: () => this.moveCamera() },
    ];
  }

  private drawCanvas(frame: Frame): void {
    const drawn = this.drawnGraph;
    if (!drawn) return;
    const overview = frame.overview;
    if (!this.renderer) {
      this.elements.graphContainer.replaceChildren();
      const selfLoops = (frame.graph?.selfLoopCount ?? 0) > 0;
      const renderer = timed('renderer', () => createRenderer(drawn, this.elements.graphContainer, { selfLoops }));
      this.renderer = renderer;
      this.markFirstFrame(frame.graph);
      this.canvasViews.attach(renderer);
      renderer.on('enterNode', ({ node }) => this.setHovered(node));
      renderer.on('leaveNode', () => this.setHovered(null));
      renderer.on('clickNode', ({ node, event }) => this.onNodeClick(node, event.original.shiftKey));
      renderer.on('clickStage', () => this.clearSelection());
    } else if (this.renderer.getGraph() !== drawn) {
      const renderer = this.renderer;
      // The node under the pointer may be gone from the new graph; sigma reports the next hover afresh.
      this.hovered = null;
      timed('overview-draw', () => renderer.setGraph(drawn));
      adaptToGraphSize(renderer);
      // A new graph starts with no node state: the filters' hidden set is applied afresh.
      this.appliedVisibility = null;
    }
    const overviewDrawn = overview !== null && this.canvasViews.getKind() === 'overview';
    if (overviewDrawn) this.renderer.setCustomBBox(overview.bbox());
    else if (this.renderer.getCustomBBox() !== null) this.renderer.setCustomBBox(null);
    // In the overview nodes keep their pixel size when zooming: zooming into an expanded community then spreads its
    // spiral instead of swelling every node with it (sigma's default grows sizes as 1/sqrt(ratio)).
    // On the entity map sizes are graph units, as core laid the discs out apart (none overlaps at any zoom).
    const mapDrawn = this.canvasViews.getKind() === 'map';
    const sizeRatio = overviewDrawn ? KEEP_PIXEL_SIZE : mapDrawn ? MAP_SIZES_IN_GRAPH_UNITS.zoomToSizeRatioFunction : DEFAULT_SETTINGS.zoomToSizeRatioFunction;
    const sizesIn = mapDrawn ? MAP_SIZES_IN_GRAPH_UNITS.itemSizesReference : 'screen';
    if (this.renderer.getSetting('itemSizesReference') !== sizesIn) this.renderer.setSetting('itemSizesReference', sizesIn);
    if (this.renderer.getSetting('zoomToSizeRatioFunction') !== sizeRatio) this.renderer.setSetting('zoomToSizeRatioFunction', sizeRatio);
  }

  private drawHighlight(frame: Frame): void {
    const renderer = this.renderer;
    const graph = frame.graph;
    if (!graph || !renderer) return;
    const { state } = frame;
    // A hovered super-node exists only in the display graph: its neighbourhood is the communities it links to.
    const hoveredSuperNode = this.hovered !== null && communityOfSuperNode(this.hovered) !== null;
    // The map and a local graph have their own links (co-occurrences, the rings): focus follows what is drawn.
    const drawsOwnGraph = this.canvasViews.getKind() === 'map' || this.canvasViews.getKind() === 'local';
    const next = computeFocus(hoveredSuperNode || drawsOwnGraph ? renderer.getGraph() : graph, {
      hovered: this.hovered,
      // A local graph is the selection's neighbourhood already: its outer rings stay in view rather than fade.
      selected: this.canvasViews.getKind() === 'local' ? null : state.selected,
      sharedEntity: state.sharedEntity,
      comparedPapers: state.comparedPapers,
      ...(frame.query ? { query: { entities: frame.query.entities.map((entity) => entity.key), papers: frame.query.papers.map((paper) => paper.key) } } : {}),
      ...(frame.comparison ? { comparedShared: frame.comparison.sharedBySome, comparedOwn: frame.comparison.papers.flatMap((paper) => paper.own.map((entity) => entity.key)) } : {}),
    });
    applyFocus(renderer, this.focus, next);
    this.focus = next;
    const queried = frame.query?.entities.map((entity) => entity.key) ?? [];
    // Where the compared papers are not drawn (the entity map), what they share is marked as they would be.
    const drawn = renderer.getGraph();
    const comparedShared = frame.comparison && state.comparedPapers.filter((paper) => drawn.hasNode(paper)).length < 2 ? frame.comparison.sharedBySome : [];
    const highlighted = [...new Set([...(state.selected ? [state.selected] : []), ...(state.sharedEntity ? [state.sharedEntity] : []), ...queried, ...state.comparedPapers, ...comparedShared])];
    applySelection(renderer, this.highlighted, highlighted);
    this.highlighted = highlighted;
  }

  private drawStatus(frame: Frame): void {
    const status = this.elements.status;
    const { graph, visibility, page } = frame;
    if (page.phase === 'loading' && page.progress !== null) {
      status.textContent = page.progress;
      return;
    }
    if (!graph || !visibility) {
      status.textContent = page.phase === 'loading' ? 'Loading…' : page.phase === 'confirm' ? 'Waiting for your answer…' : 'No graph loaded.';
      return;
    }
    const { visibleNodeCount, visibleEdgeCount } = visibility;
    status.dataset.visibleNodes = String(visibleNodeCount);
    status.dataset.visibleEdges = String(visibleEdgeCount);
    status.dataset.totalNodes = String(graph.order);
    const shown = `showing ${visibleNodeCount} of ${graph.order} nodes, ${visibleEdgeCount} of ${graph.size} links`;
    const drawnKind = this.canvasViews.getKind();
    if (drawnKind === 'map' || drawnKind === 'local') {
      status.dataset.mode = drawnKind;
      const drawn = this.renderer?.getGraph();
      status.textContent = `${this.sourceName}: ${drawnKind === 'map' ? 'entity map' : 'local graph'} (${drawn?.order ?? 0} drawn) — ${shown}`;
      return;
    }
    if (!frame.overview || !this.renderer) {
      delete status.dataset.mode;
      status.textContent = `${this.sourceName}: ${shown}`;
      return;
    }
    const overview = this.getOverviewState();
    status.dataset.mode = 'overview';
    status.dataset.renderedNodes = String(overview.renderedNodes);
    status.dataset.superNodes = String(overview.superNodes);
    // Expansions the filters or the date range empty for now are kept (see view-actions.ts), and counted apart.
    const waiting = frame.state.expandedCommunities.length - overview.expanded.length;
    const expanded = `${overview.expanded.length} expanded${waiting > 0 ? `, ${waiting} more with nothing shown` : ''}`;
    status.textContent = `${this.sourceName}: overview of ${overviewCommunitiesPhrase(frame.overview.getModel().communities)}, ${expanded} (${overview.renderedNodes} drawn) — ${shown}`;
  }

  private drawFiltersPanel(frame: Frame): void {
    const graph = frame.graph;
    if (!graph) return;
    const communities = graph.getAttribute('communities') ?? [];
    const small = frame.overview?.getSmallCommunities() ?? null;
    timed('panel-filters', () =>
      renderFiltersPanel(
        this.elements.filters,
        {
          kindCounts: countByKind(graph),
          relationCounts: countByRelation(graph),
          communities,
          communityColors: communityColors(communities.map((c) => c.id), small?.ids),
          // Counted over the whole graph, as every row of the legend.
          smallCommunities: small ? { ids: small.ids, label: smallCommunitiesLabel(small.ids.size, small.papers), rule: smallCommunitiesRule(small.maxPapers) } : null,
          filters: frame.state.filters,
          colorMode: frame.state.colorMode,
          dateLegend: frame.time ? dateLegendOf(frame.time.timeline, frame.state.colorMode === 'year' ? greyByDate(graph, frame.time.timeline, this.positions()) : null) : null,
        },
        {
          onFilters: (filters) => this.setFilters(filters),
          onColorMode: (mode) => this.setColorMode(mode),
          onOnlyCommunities: (shown) => this.dispatch({ type: 'only-communities', communities: shown, all: communities.map((c) => c.id) }),
          onAllCommunities: () => this.dispatch({ type: 'show-all-communities' }),
          onNoCommunities: () => this.dispatch({ type: 'hide-all-communities', all: communities.map((c) => c.id) }),
          onFrameCommunity: (community) => this.frameCommunity(community),
        },
      ),
    );
  }

  private drawSharedPanel(frame: Frame): void {
    const { graph, state } = frame;
    if (!graph) return;
    const options = { includeTagged: state.includeTagged };
    const time = frame.time;
    const rising = state.sharedTab === 'rising' && time ? time.trends.risingEntities() : null;
    // The whole graph's ranking is kept per tab: a date range (a replay's every step) re-ranks it without reading
    // every entity's links again. Links and details arriving in the background (big graphs) make it again.
    const key = { graph, tab: state.sharedTab, includeTagged: state.includeTagged, time, background: `${graph.size}:${this.detailsRevision}` };
    const kept = this.sharedRanking;
    const whole =
      kept && kept.graph === key.graph && kept.tab === key.tab && kept.includeTagged === key.includeTagged && kept.time === key.time && kept.background === key.background
        ? kept.rows
        : rising
          ? rising.map((trend) => ({ key: trend.key, label: trend.label, kind: trend.kind, papers: papersOf(graph, trend.key, options) }))
          : sharedEntities(graph, state.sharedTab, options);
    this.sharedRanking = { ...key, rows: whole };
    // Under a date range the kind tabs rank by the papers in it (the Rising tab ranks by growth over the timeline).
    const range = state.dateRange && time && !rising ? { phrase: rangePhrase(state.dateRange), ...rankInRange(whole, time.timeline, state.dateRange) } : null;
    timed('panel-shared', () =>
      renderSharedPanel(
        this.elements.shared,
        {
          tab: state.sharedTab,
          ranked: range ? range.ranked : whole,
          chosenEntity: state.sharedEntity === null ? null : (whole.find((entity) => entity.key === state.sharedEntity) ?? null),
          range: range ? { phrase: range.phrase, inRange: range.inRange } : null,
          rising: time
            ? { entities: rising ?? [], bins: time.timeline.bins, papers: time.timeline.papers, by: time.timeline.by, recentBins: recentWindow(time.timeline.papers) }
            : null,
          chosen: state.sharedEntity,
          includeTagged: state.includeTagged,
          isHidden: (key) => frame.visibility?.hiddenNodes.has(key) ?? false,
        },
        {
          onTab: (tab: SharedTab) => this.dispatch({ type: 'set-shared-tab', tab }),
          // Like a search result: the camera goes to the chosen entity (when it is drawn).
          onChoose: (entity) => this.dispatch({ type: 'choose-shared', entity }, entity !== null ? { to: 'node', node: entity } : null),
          onIncludeTagged: (include) => this.dispatch({ type: 'include-tagged', include }),
          onSelect: (key) => this.select(key, { moveCamera: true }),
          onToggleQuery: (key) => this.toggleQuery(key),
        },
      ),
    );
  }

  private drawQueryPanel(frame: Frame): void {
    const { query, visibility, state } = frame;
    const hidden = visibility?.hiddenNodes;
    renderQueryPanel(
      this.elements.query,
      query ? { result: query, includeTagged: state.includeTagged, isHidden: (key) => hidden?.has(key) ?? false, selected: state.selected, mapPapers: this.queryMapPapers(frame, query) } : null,
      {
        onRemove: (entity) => this.toggleQuery(entity),
        onClear: () => this.dispatch({ type: 'clear-query' }),
        onMode: (mode) => {
          this.frameQueryNext = true;
          this.dispatch({ type: 'set-query-mode', mode });
        },
        onIncludeTagged: (include) => this.dispatch({ type: 'include-tagged', include }),
        onSelect: (key) => this.select(key, { moveCamera: true }),
        onShowOnMap: () => {
          // The overview draws papers only inside expanded communities: those holding most of the answer open first.
          if (query && this.canvasViews.getKind() === 'overview') this.expandCommunitiesOf(query.papers.map((paper) => paper.key));
          this.cameraMove = this.queryCamera(query, hidden);
          this.update();
        },
        onDownload: () => {
          if (query && frame.graph) downloadBlob(new Blob([queryCsv(frame.graph, query)], { type: 'text/csv' }), `${this.exportBaseName()}-query.csv`);
        },
        onDrawPapers: () => {
          if (!query) return;
          for (const entity of query.entities) if (!frame.canvas.mapPapers.includes(entity.key)) this.canvasViews.dispatch({ type: 'toggle-map-papers', entity: entity.key });
          this.cameraMove = this.queryCamera(query, hidden);
          this.update();
        },
      },
    );
    if (this.frameQueryNext && query) {
      // The answer is where the user looks next: the column scrolls to it, the camera frames it.
      this.elements.query.scrollIntoView({ block: 'nearest' });
      this.cameraMove = this.queryCamera(query, hidden);
    }
    this.frameQueryNext = false;
  }

  /** Download names start with the shown graph's name, without its extensions. */
  private exportBaseName(): string {
    return exportBaseName(this.sourceName);
  }

  /** Overview mode: expands the communities holding most of these nodes (at most QUERY_COMMUNITIES_EXPANDED). */
  private expandCommunitiesOf(nodes: readonly string[]): void {
    const context = this.context();
    const overview = context.overview;
    if (!overview) return;
    const counts = new Map<number, number>();
    for (const node of nodes) {
      const community = overview.communityOfVisible(node);
      if (community !== null) counts.set(community, (counts.get(community) ?? 0) + 1);
    }
    const most = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, QUERY_COMMUNITIES_EXPANDED);
    for (const [community] of most) this.state = reduceView(this.state, { type: 'expand', community }, context);
  }

  /** On the entity map: whether the query entities' papers are drawn around them (null: another canvas). */
  private queryMapPapers(frame: Frame, query: QueryResult): 'hidden' | 'shown' | null {
    if (this.canvasViews.getKind() !== 'map') return null;
    return query.entities.every((entity) => frame.canvas.mapPapers.includes(entity.key)) ? 'shown' : 'hidden';
  }

  /** Frames the query's entities and the papers of its answer that the view shows. */
  private queryCamera(query: QueryResult | null, hidden: ReadonlySet<string> | undefined): CameraMove | null {
    if (!query) return null;
    return { to: 'nodes', nodes: [...query.entities.map((entity) => entity.key), ...query.papers.map((paper) => paper.key)].filter((key) => !hidden?.has(key)) };
  }

  private drawTimeline(frame: Frame): void {
    const time = frame.time;
    const range = frame.state.dateRange;
    this.timelineView.render(
      time
        ? {
            timeline: time.timeline,
            range,
            colorMode: frame.state.colorMode,
            playing: frame.playing,
            kept: papersInRange(time.timeline, range),
            total: papersInRange(time.timeline, null),
          }
        : null,
    );
  }

  /** An entity's trend for its panel (undefined: no section, for other nodes or a graph without dates). */
  private trendOf(frame: Frame, key: string | null): ReturnType<GraphTrends['entity']> | undefined {
    const time = frame.time;
    const graph = frame.graph;
    if (!time || !graph || key === null || !graph.hasNode(key)) return undefined;
    if (!(ENTITY_KINDS as readonly string[]).includes(graph.getNodeAttribute(key, 'kind'))) return undefined;
    return timed('trends', () => time.trends.entity(key));
  }

  private drawOverviewBar(frame: Frame): void {
    const overview = frame.overview;
    const communities = new Map(overview?.getModel().communities.map((c) => [c.id, c]) ?? []);
    // A community the filters or the date range empty for now is not in the overview's model: its label is the graph's.
    const labels = new Map((frame.graph?.getAttribute('communities') ?? []).map((c) => [c.id, c.label]));
    renderOverviewBar(
      this.elements.overviewBar,
      overview
        ? {
            communities: overviewCommunitiesPhrase([...communities.values()]),
            expanded: frame.state.expandedCommunities.map((id) => ({
              id,
              label: communities.get(id)?.label ?? (id === SMALL_COMMUNITIES ? 'Small communities' : (labels.get(id) ?? `Community ${id}`)),
              members: communities.get(id)?.visibleMembers ?? 0,
              color: overview.communityColor(id),
              subcommunities: frame.state.expandedSubcommunities
                .filter((key) => subcommunityOfSuperNode(key)?.community === id)
                .map((key) => ({ key, label: shortCommunityLabel(overview.subcommunityLabel(key)) })),
            })),
          }
        : null,
      { onCollapse: (id) => this.collapseCommunity(id), onCollapseAll: () => this.collapseAll(), onFoldSubcommunity: (key) => this.dispatch({ type: 'toggle-subcommunity', key }) },
    );
  }

  private moveCamera(): void {
    const move = this.cameraMove;
    const renderer = this.renderer;
    if (!move || !renderer) return;
    matchContainerSize(renderer);
    // Every framing goes through view/camera-frame.ts: framed in the part of the canvas no control covers.
    if (move.to === 'node') focusNode(renderer, move.node);
    else if (move.to === 'nodes') frameNodes(renderer, move.nodes);
    // What the community is drawn as: its members, or its sub-communities' nodes in a big one; the group of small
    // communities, its node or the members of every small one.
    else if (move.to === 'community') {
      const overview = this.overview;
      const inCommunity = (community: number) => community === move.community || (overview !== null && overview.overviewCommunity(community) === move.community);
      frameNodes(renderer, renderer.getGraph().filterNodes((_node, attributes) => inCommunity(attributes.community)));
    }
    else if (move.to === 'reset') void renderer.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: 400 });
    else {
      // In overview mode the display graph holds only what the filters keep; a graph drawn whole hides nodes instead.
      const hidden = this.overview ? null : this.visibility?.hiddenNodes;
      frameNodes(renderer, renderer.getGraph().filterNodes((node) => !hidden?.has(node)));
    }
  }

  /**
   * Sigma drew the graph's first frame while it was created; the mark goes after the browser's next frame (when it is
   * on screen), once per graph: a graph loaded before then gets its own mark instead.
   */
  private markFirstFrame(graph: ViewerGraph | null): void {
    if (!graph) return;
    requestAnimationFrame(() => {
      if (this.graph !== graph) return;
      performance.mark(FIRST_FRAME_MARK, { detail: { source: this.sourceName, nodes: graph.order } });
    });
  }

  /** "Zoom to fit" and "Reset view", over the canvas (the canvas container itself is emptied by sigma's setup). */
  private addCameraButtons(): void {
    const button = (text: string, title: string, testId: string, onClick: () => void) => {
      const element = document.createElement('button');
      element.type = 'button';
      element.textContent = text;
      element.title = title;
      element.dataset.testid = testId;
      element.addEventListener('click', onClick);
      return element;
    };
    const controls = document.createElement('div');
    controls.className = 'camera-controls';
    controls.append(
      button('Zoom to fit', 'Frame every visible node', 'zoom-to-fit', () => this.zoomToFit()),
      button('Reset view', 'Back to the whole graph as it opened', 'reset-view', () => this.resetView()),
    );
    this.elements.graphContainer.after(controls);
  }
}

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}
