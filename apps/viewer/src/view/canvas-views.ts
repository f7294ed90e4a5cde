import type { EntityMap } from '@papergraph/core';
import { ENTITY_KINDS, type ViewerGraph } from '../graph/types.ts';
import { defaultCanvasState, parseCanvasState, reduceCanvas, withCanvasParams, type CanvasAction, type CanvasState } from '../model/canvas-state.ts';
import { clusterCentroids } from '../model/cluster-labels.ts';
import { buildEntityMapGraph, entityMapOf } from '../model/entity-map.ts';
import { localGraph, type LocalGraph } from '../model/local-graph.ts';
import type { Hidden } from '../model/overview.ts';
import { timed } from '../timing.ts';
import { renderCanvasBar } from './canvas-bar.ts';
import { ClusterLabelLayer } from './cluster-labels.ts';
import { canvasOverlays, type Box } from './camera-frame.ts';
import { keepLabelsFrom, type GraphRenderer } from './renderer.ts';

/** What the canvas draws: the graph whole, its overview of communities, the entity map, or a local graph. */
export type DrawnKind = 'graph' | 'overview' | 'map' | 'local';

/** Where the camera goes after a canvas action: the whole new view, or the entity whose papers were just drawn. */
export type CanvasCamera = { to: 'reset' } | { to: 'node'; node: string };

const NOTHING_HIDDEN: Hidden = { hiddenNodes: new Set(), hiddenEdges: new Set() };

/**
 * The canvas's views beside the graph itself, for one loaded graph at a time: the entity map (computed once per graph,
 * when first shown), the local graph around a node, the community names drawn on the canvas, and the bar over the
 * canvas that switches between them. The app owns the update loop; this holds the canvas state (`getState()`, a new
 * object on every change) and builds what the app hands to sigma.
 */
export class CanvasViews {
  private state: CanvasState = defaultCanvasState(0);
  private graph: ViewerGraph | null = null;
  private map: EntityMap | null = null;
  private mapKeys: Set<string> | null = null;
  private hasEntities = false;
  private local: LocalGraph | null = null;
  private kind: DrawnKind = 'graph';
  private labels: ClusterLabelLayer | null = null;
  private readonly bar: HTMLElement;

  constructor(
    anchor: HTMLElement,
    private readonly onChange: (camera: CanvasCamera | null) => void,
  ) {
    this.bar = document.createElement('div');
    this.bar.className = 'canvas-bar';
    this.bar.dataset.testid = 'canvas-bar';
    this.bar.hidden = true;
    anchor.after(this.bar);
  }

  /** A graph was opened: the canvas state comes from the link, else the defaults for the graph's size. */
  open(graph: ViewerGraph, query: string): void {
    this.close();
    this.graph = graph;
    this.hasEntities = graph.someNode((_node, attributes) => (ENTITY_KINDS as readonly string[]).includes(attributes.kind));
    this.state = parseCanvasState(query, graph.order, (key) => graph.hasNode(key));
    if (!this.hasEntities && this.state.view === 'entities') this.state = { ...this.state, view: 'graph' };
  }

  close(): void {
    this.labels?.kill();
    this.labels = null;
    this.graph = null;
    this.map = null;
    this.mapKeys = null;
    this.local = null;
    this.kind = 'graph';
    this.state = defaultCanvasState(0);
  }

  getState(): CanvasState {
    return this.state;
  }

  /** What the canvas draws now (after the last `display`). */
  getKind(): DrawnKind {
    return this.kind;
  }

  /** The graph's entity map (computed on first use). */
  getMap(): EntityMap | null {
    const graph = this.graph;
    if (!graph || !this.hasEntities) return null;
    this.map ??= timed('entity-map', () => entityMapOf(graph));
    return this.map;
  }

  getLocal(): LocalGraph | null {
    return this.kind === 'local' ? this.local : null;
  }

  getClusterLabels(): ClusterLabelLayer | null {
    return this.labels;
  }

  dispatch(action: CanvasAction): void {
    const next = reduceCanvas(this.state, action);
    if (next === this.state) return;
    // A new view starts framed whole; papers drawn on the map are shown around their entity (the map's frame grows with
    // them, so the camera follows the entity); a new depth keeps the camera where it is.
    const reframes = next.view !== this.state.view || next.local?.node !== this.state.local?.node;
    const drawnPapers = action.type === 'toggle-map-papers' && next.mapPapers.includes(action.entity);
    this.state = next;
    this.onChange(reframes ? { to: 'reset' } : drawnPapers ? { to: 'node', node: action.entity } : null);
  }

  /** What the display-graph part reads: a change in any of these rebuilds the drawn graph. */
  inputs(hidden: Hidden | null, colorMode: string, selected: string | null, overviewInputs: readonly unknown[] | null): unknown[] {
    const { view, local, mapPapers } = this.state;
    if (local) return [this.graph, hidden, colorMode, local];
    if (view === 'entities' && this.hasEntities) return [this.graph, hidden, colorMode, view, mapPapers, this.offMap(selected)];
    return [this.graph, view, ...(overviewInputs ?? [])];
  }

  /**
   * The graph sigma draws: a local graph, the entity map, or (`fallback`) the graph or its overview. `hidden` is what
   * the filters hide in the full graph.
   */
  display(graph: ViewerGraph, hidden: Hidden | null, selected: string | null, fallback: () => { graph: ViewerGraph; kind: 'graph' | 'overview' }): ViewerGraph {
    const { view, local, mapPapers } = this.state;
    if (local && graph.hasNode(local.node)) {
      this.local = timed('local-graph', () => localGraph(graph, local.node, local.depth, hidden ?? NOTHING_HIDDEN));
      this.kind = 'local';
      return this.local.graph;
    }
    const map = view === 'entities' ? this.getMap() : null;
    if (map) {
      this.kind = 'map';
      return timed('entity-map-draw', () => buildEntityMapGraph(graph, map, { hidden: hidden ?? NOTHING_HIDDEN, papersOf: mapPapers, selected: this.offMap(selected) }));
    }
    const drawn = fallback();
    this.kind = drawn.kind;
    return drawn.graph;
  }

  /** Whether the map holds a node (drawn papers and an off-map selection are extras). */
  private onMap(key: string): boolean {
    const map = this.getMap();
    if (!map) return false;
    this.mapKeys ??= new Set(map.nodes.map((node) => node.key));
    return this.mapKeys.has(key);
  }

  /** The selection when the map does not hold it (then the map draws it among what it is tied to); null otherwise. */
  private offMap(selected: string | null): string | null {
    return selected !== null && this.getMap() !== null && !this.onMap(selected) ? selected : null;
  }

  /** The renderer was created (or replaced): the community names are drawn on its canvas; no label goes under the controls. */
  attach(renderer: GraphRenderer): void {
    this.labels?.kill();
    this.labels = new ClusterLabelLayer(renderer, () => this.barBoxes(renderer));
    keepLabelsFrom(renderer, () => this.barBoxes(renderer));
  }

  /**
   * The controls and text over the canvas (the canvas bar's, the overview's, the camera buttons, the status line), in the renderer's
   * viewport pixels: community names and node labels keep out from under them (a notice comes and goes: labels stay).
   */
  private barBoxes(renderer: GraphRenderer): Box[] {
    return canvasOverlays(renderer.getContainer(), { notice: false });
  }

  /**
   * Community names for what is drawn: on the map and on the graph drawn whole (the overview's super-nodes carry their
   * own names; a local graph's rings are not regions).
   */
  drawClusterLabels(drawn: ViewerGraph | null, hidden: Hidden | null): void {
    if (!this.labels) return;
    if (!drawn || (this.kind !== 'map' && this.kind !== 'graph')) {
      this.labels.setCentroids([]);
      return;
    }
    const hiddenNodes = this.kind === 'graph' ? (hidden?.hiddenNodes ?? new Set<string>()) : new Set<string>();
    this.labels.setCentroids(timed('cluster-labels', () => clusterCentroids(drawn, hiddenNodes)));
  }

  /** The bar over the canvas, for the selected node. */
  drawBar(graph: ViewerGraph | null, selected: string | null, overview: boolean, drawn: ViewerGraph | null): void {
    // The overview's own bar says nothing about the map or a local graph (styles.css hides it then).
    this.bar.dataset.drawn = this.kind;
    if (!graph) {
      renderCanvasBar(this.bar, null, this.handlers());
      return;
    }
    const map = this.kind === 'map' ? this.map : null;
    const local = this.getLocal();
    const selectedRow =
      selected !== null && graph.hasNode(selected)
        ? {
            key: selected,
            label: String(graph.getNodeAttribute(selected, 'label')),
            onMap: this.kind === 'map' && (drawn?.hasNode(selected) ?? false) && (ENTITY_KINDS as readonly string[]).includes(graph.getNodeAttribute(selected, 'kind')),
            papersShown: this.state.mapPapers.includes(selected),
            papers: map?.nodes.find((node) => node.key === selected)?.papers ?? 0,
          }
        : null;
    renderCanvasBar(
      this.bar,
      {
        view: this.state.view,
        mapAvailable: this.hasEntities,
        graphIsOverview: overview,
        map: map
          ? {
              entities: map.nodes.length,
              minPapers: map.minPapers,
              named: map.entities,
              drawn: drawn?.filterNodes((node) => this.onMap(node)).length ?? 0,
            }
          : null,
        selected: selectedRow,
        mapPapers: this.state.mapPapers.length,
        local:
          local && this.state.local
            ? {
                label: String(graph.getNodeAttribute(this.state.local.node, 'label')),
                depth: this.state.local.depth,
                nodes: local.graph.order,
                leftOut: local.leftOut,
              }
            : null,
      },
      this.handlers(),
    );
  }

  /** A link's query with the canvas state in it. */
  withParams(query: string, graphOrder: number): string {
    return withCanvasParams(query, this.state, graphOrder);
  }

  private handlers() {
    return {
      onView: (view: CanvasState['view']) => this.dispatch({ type: 'set-view', view }),
      onToggleMapPapers: (entity: string) => this.dispatch({ type: 'toggle-map-papers', entity }),
      onClearMapPapers: () => this.dispatch({ type: 'clear-map-papers' }),
      onOpenLocal: (node: string) => this.dispatch({ type: 'open-local', node }),
      onDepth: (depth: number) => this.dispatch({ type: 'set-local-depth', depth }),
      onCloseLocal: () => this.dispatch({ type: 'close-local' }),
    };
  }
}
