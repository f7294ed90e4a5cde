import Sigma from 'sigma';
import { DEFAULT_DEPTH_LAYERS, type EdgePrimitives } from 'sigma/primitives';
import { pathLine, pathLoop } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import { FADED_EDGE_COLOR, FADED_NODE_COLOR, labelSize } from '../graph/appearance.ts';
import { labelledAtAnySize, labelOrder, shortLabel } from './labels.ts';
import { SUPER_NODE_KIND } from '../model/overview.ts';
import type { ViewerEdgeAttributes, ViewerGraph, ViewerGraphAttributes, ViewerNodeAttributes } from '../graph/types.ts';
import type { Visibility } from '../model/filters.ts';
import type { Focus } from '../model/focus.ts';
import { OccupancyRaster, type NodeDisc, type Obstacle } from '../model/occupancy.ts';
import { watchSize } from './dom.ts';

interface NodeState {
  /** In the highlighted neighbourhood (hover, selection or shared-panel choice). */
  isActive: boolean;
}
interface EdgeState {
  isActive: boolean;
}
interface GraphState {
  /** Something is highlighted: everything not active fades. */
  hasFocus: boolean;
  /** Large graph: author labels stay off unless the author is active, to keep labels readable and cheap. */
  hideAuthorLabels: boolean;
}

/**
 * Sigma draws each depth layer in turn — its edges, backdrops, nodes, then the labels of that layer — so a label of
 * the 'nodes' layer lay under every node and backdrop of 'topNodes' (the hovered, selected and highlighted ones and
 * their neighbours) drawn over it. Every node label is drawn in a last layer of its own, above all nodes.
 */
const DEPTH_LAYERS = [...DEFAULT_DEPTH_LAYERS, 'labels'] as const;
const LABEL_LAYER = 'labels' satisfies (typeof DEPTH_LAYERS)[number];
interface Primitives {
  edges: EdgePrimitives;
  depthLayers: typeof DEPTH_LAYERS;
}

export type GraphRenderer = Sigma<ViewerNodeAttributes, ViewerEdgeAttributes, ViewerGraphAttributes, NodeState, EdgeState, GraphState, Primitives>;

/** Above this many nodes, author labels are only drawn for highlighted authors. */
const AUTHOR_LABEL_LIMIT = 2000;

const SETTINGS: Partial<Settings> = {
  // Radii in screen pixels (sigma 4 defaults to graph units, which makes sizes depend on the layout's spread).
  itemSizesReference: 'screen',
  // Label grid: one label per cell, biggest nodes first, so labels never pile up.
  labelDensity: 0.6,
  labelGridCellSize: 120,
  labelRenderedSizeThreshold: 7,
  enableEdgeEvents: false,
  stagePadding: 40,
  // Frame nodes and their labels, so the default view shows every label whole.
  autoRescaleContent: 'labels',
  minCameraRatio: 0.02,
  maxCameraRatio: 20,
  // Every frame measures the container, and a frame that finds it 0 px wide (mid-relayout on a loaded machine) would
  // throw out of requestAnimationFrame; sigma then draws at 1 px and the next frame at the real size.
  allowInvalidContainer: true,
};

/** Past this many links, panning and zooming draw nodes only: full frames are costly without a fast GPU. */
const EDGES_HIDDEN_ON_MOVE_FROM = 20_000;

/**
 * After the drawn graph changed (an overview expansion, a local graph): big graphs pan and zoom without edges and
 * labels, and hide author labels, as `createRenderer` decides for the graph it starts with.
 */
export function adaptToGraphSize(renderer: GraphRenderer): void {
  // Author labels follow the graph drawn now: a local graph of a few hundred nodes labels its authors again.
  renderer.setGraphState({ hideAuthorLabels: renderer.getGraph().order > AUTHOR_LABEL_LIMIT });
  const large = renderer.getGraph().size > EDGES_HIDDEN_ON_MOVE_FROM;
  if (renderer.getSetting('hideEdgesOnMove') === large) return;
  renderer.setSettings({ hideEdgesOnMove: large, hideLabelsOnMove: large });
}

/** A label's box in viewport pixels. */
export interface LabelBox {
  node: string;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

interface NodeDisplayLike {
  x: number;
  y: number;
  size: number;
  labelVisibility?: string;
  visibility?: string;
  /** The white ground drawn around a hovered or highlighted node and its label ('visible'), this far around them. */
  backdropVisibility?: string;
  backdropPadding?: number;
  /** Where sigma draws the label beside the node (its default: right); the label pass sets it per frame. */
  labelPosition?: LabelPosition;
}

/** The places beside its node where sigma can draw a label, in the order the label pass tries them. */
const LABEL_POSITIONS = ['right', 'left', 'above', 'below'] as const;
type LabelPosition = (typeof LABEL_POSITIONS)[number];

/** The parts of sigma 4's (internal) label renderer the label pass reads. */
interface SigmaLabelRenderer {
  displayedNodeLabels: Set<string>;
  /** Sigma rebuilds the label buffer only when this is set; otherwise the last frame's labels are drawn again. */
  labelsDirty: boolean;
  computeDisplayedNodeLabels: () => void;
  nodeLabelBox: (data: NodeDisplayLike, radius: number) => { minX: number; maxX: number; minY: number; maxY: number } | null;
  internals: {
    nodeDataCache: Record<string, NodeDisplayLike | undefined>;
    nodesWithForcedLabels: Set<string>;
    framedGraphToViewport: (point: { x: number; y: number }) => { x: number; y: number };
    scaleSize: (size: number) => number;
    getDimensions: () => { width: number; height: number };
    settings: { labelRenderedSizeThreshold: number };
  };
}

function labelRendererOf(renderer: GraphRenderer): SigmaLabelRenderer | null {
  const candidate = (renderer as unknown as { labelRenderer?: Partial<SigmaLabelRenderer> }).labelRenderer;
  if (!candidate || typeof candidate.computeDisplayedNodeLabels !== 'function' || typeof candidate.nodeLabelBox !== 'function') return null;
  if (!(candidate.displayedNodeLabels instanceof Set) || !candidate.internals) return null;
  const internals = candidate.internals as Partial<SigmaLabelRenderer['internals']>;
  if (!(internals.nodesWithForcedLabels instanceof Set) || typeof internals.getDimensions !== 'function') return null;
  return candidate as SigmaLabelRenderer;
}

/** Pixels kept free around each label. */
const LABEL_GAP = 3;

/** A label's box with the gap kept around it, as the label pass places it. */
function withGap(node: string, raw: Omit<LabelBox, 'node'>): LabelBox {
  return { node, minX: raw.minX - LABEL_GAP, maxX: raw.maxX + LABEL_GAP, minY: raw.minY - LABEL_GAP, maxY: raw.maxY + LABEL_GAP };
}

/** Viewport pixels per label at most (about 90 labels on a 1366×768 canvas): a map, not a wall of text. */
const PIXELS_PER_LABEL = 11_000;
/** Labels of this many nodes (the first by `labelOrder` that fit) are placed before the community names. */
const LEADING_LABELS = 12;

/** Boxes of the labels sigma draws this frame, in viewport pixels. */
export function displayedLabelBoxes(renderer: GraphRenderer): LabelBox[] {
  const labels = labelRendererOf(renderer);
  if (!labels) return [];
  const boxes: LabelBox[] = [];
  for (const node of labels.displayedNodeLabels) {
    const box = labelBox(labels, node);
    if (box) boxes.push(box);
  }
  return boxes;
}

/**
 * The nodes sigma draws this frame (hidden ones left out): centre and radius in viewport pixels. Read from sigma's
 * display cache, as the label pass reads it: `getNodeDisplayData` copies each node's 35 display fields, about 45 µs a
 * node in headless Chromium (40 ms a frame for the 5k graph's map).
 */
export function drawnNodeDiscs(renderer: GraphRenderer): Array<NodeDisc & { node: string }> {
  const cache = labelRendererOf(renderer)?.internals.nodeDataCache;
  const discs: Array<NodeDisc & { node: string }> = [];
  renderer.getGraph().forEachNode((node) => {
    const data = cache ? cache[node] : renderer.getNodeDisplayData(node);
    if (!data || data.visibility === 'hidden') return;
    const centre = renderer.framedGraphToViewport(data);
    discs.push({ node, x: centre.x, y: centre.y, radius: renderer.scaleSize(data.size) });
  });
  return discs;
}

/**
 * The boxes of a node's label at each place beside it, in viewport pixels, made as asked for. Sigma measures two
 * (right and above, `nodeLabelBox`: each measure costs a look-up of the label's size, most of a frame's label pass on a
 * big drawn graph); left and below are their mirror images about the node's centre, as sigma places them (labels
 * are not rotated here).
 */
function besideBoxes(labels: SigmaLabelRenderer, node: string, data: NodeDisplayLike, radius: number): (position: LabelPosition) => LabelBox | null {
  const centre = labels.internals.framedGraphToViewport(data);
  const measured = new Map<'right' | 'above', ReturnType<SigmaLabelRenderer['nodeLabelBox']>>();
  const relative = (position: 'right' | 'above') => {
    if (!measured.has(position)) {
      // (the label pass sets the place it keeps afterwards)
      data.labelPosition = position;
      measured.set(position, labels.nodeLabelBox(data, radius));
    }
    return measured.get(position)!;
  };
  return (position) => {
    const box = relative(position === 'left' ? 'right' : position === 'below' ? 'above' : position);
    if (!box) return null;
    const mirrored = position === 'left' ? { ...box, minX: -box.maxX, maxX: -box.minX } : position === 'below' ? { ...box, minY: -box.maxY, maxY: -box.minY } : box;
    return { node, minX: centre.x + mirrored.minX, maxX: centre.x + mirrored.maxX, minY: centre.y + mirrored.minY, maxY: centre.y + mirrored.maxY };
  };
}

function labelBox(labels: SigmaLabelRenderer, node: string): LabelBox | null {
  const data = labels.internals.nodeDataCache[node];
  if (!data) return null;
  const relative = labels.nodeLabelBox(data, labels.internals.scaleSize(data.size));
  if (!relative) return null;
  const centre = labels.internals.framedGraphToViewport(data);
  return { node, minX: centre.x + relative.minX, maxX: centre.x + relative.maxX, minY: centre.y + relative.minY, maxY: centre.y + relative.maxY };
}

/** Square pixels of a box off a width×height canvas or under its controls (overlaps between controls counted twice). */
function hiddenArea(box: Obstacle, width: number, height: number, controls: readonly Obstacle[]): number {
  const area = (b: Obstacle) => Math.max(0, b.maxX - b.minX) * Math.max(0, b.maxY - b.minY);
  const clip = (a: Obstacle, b: Obstacle): Obstacle => ({ minX: Math.max(a.minX, b.minX), maxX: Math.min(a.maxX, b.maxX), minY: Math.max(a.minY, b.minY), maxY: Math.min(a.maxY, b.maxY) });
  const inside = clip(box, { minX: 0, maxX: width, minY: 0, maxY: height });
  let hidden = area(box) - area(inside);
  for (const control of controls) hidden += area(clip(inside, control));
  return hidden;
}

/** Boxes already placed, in a coarse spatial hash: each test costs about one look-up per label. */
class PlacedLabels {
  private readonly cells = new Map<string, LabelBox[]>();
  private static readonly CELL = 64;

  fits(box: LabelBox): boolean {
    return !this.cellsOf(box).some((key) => this.cells.get(key)?.some((other) => box.minX < other.maxX && other.minX < box.maxX && box.minY < other.maxY && other.minY < box.maxY));
  }

  private readonly all: LabelBox[] = [];

  boxes(): readonly LabelBox[] {
    return this.all;
  }

  add(box: LabelBox): void {
    this.all.push(box);
    for (const key of this.cellsOf(box)) {
      const list = this.cells.get(key);
      if (list) list.push(box);
      else this.cells.set(key, [box]);
    }
  }

  private cellsOf(box: LabelBox): string[] {
    const cell = PlacedLabels.CELL;
    const keys: string[] = [];
    for (let cx = Math.floor(box.minX / cell); cx <= Math.floor(box.maxX / cell); cx += 1) {
      for (let cy = Math.floor(box.minY / cell); cy <= Math.floor(box.maxY / cell); cy += 1) keys.push(`${cx},${cy}`);
    }
    return keys;
  }
}

/** Boxes another layer takes on the canvas, given the labels placed so far (viewport pixels). */
export type LabelReservation = (placed: readonly LabelBox[]) => ReadonlyArray<Omit<LabelBox, 'node'>>;
const reservations = new WeakMap<GraphRenderer, LabelReservation>();

/**
 * Lets a layer drawn with the labels (community names) claim room each frame, after the forced labels (hovered,
 * selected and their neighbours) and before all others; null gives it back.
 */
export function reserveLabelRoom(renderer: GraphRenderer, reservation: LabelReservation | null): void {
  if (reservation) reservations.set(renderer, reservation);
  else reservations.delete(renderer);
  renderer.scheduleRender();
}

/** The controls over the canvas (viewport pixels), which no label but a forced one may go under. */
const coverings = new WeakMap<GraphRenderer, () => readonly Obstacle[]>();

/** Tells the label pass what covers the canvas (the view buttons, the status line): labels keep out from under it. */
export function keepLabelsFrom(renderer: GraphRenderer, covering: () => readonly Obstacle[]): void {
  coverings.set(renderer, covering);
  renderer.scheduleRender();
}

/**
 * Chooses the labels of each frame in place of sigma's label grid (which keeps the biggest nodes of each cell, so a
 * paper with many authors took the place of the model it uses, and lets a title run across its neighbours' labels):
 * labels are placed greedily in this order — the hovered node, the highlighted ones (selection, compared papers), the
 * other forced labels (the selection's neighbours), the LEADING_LABELS first nodes by `labelOrder`, the community
 * names (`reserveLabelRoom`), then every other node by `labelOrder`, until the canvas holds one label per
 * PIXELS_PER_LABEL. A forced label goes beside its node over other nodes (right, else left, above, below: the first
 * place inside the canvas and clear of its controls, else the one inside least under them), left out if every place
 * inside the canvas meets one already placed; any other goes
 * beside its node (right, left, above, below: sigma's `labelPosition`, set here each frame) where it meets no label
 * placed, no node as big as its own and no control over the canvas (`keepLabelsFrom`), else is left out. Nothing
 * overlaps, forced labels included; zooming in makes room for more. Hooked into sigma 4's label renderer (an internal
 * API); without it sigma's grid applies.
 */
export function placeLabels(renderer: GraphRenderer): boolean {
  const labels = labelRendererOf(renderer);
  if (!labels) return false;
  let order: string[] = [];
  let position = new Map<string, number>();
  let anySize = new Set<string>();
  let orderOf: ViewerGraph | null = null;
  let orderSize = -1;
  labels.computeDisplayedNodeLabels = () => {
    const graph = renderer.getGraph();
    if (graph !== orderOf || graph.order !== orderSize) {
      order = labelOrder(graph);
      position = new Map(order.map((node, i) => [node, i]));
      anySize = new Set(graph.filterNodes((_node, attributes) => labelledAtAnySize(attributes)));
      orderOf = graph;
      orderSize = graph.order;
    }
    const { internals } = labels;
    const cache = internals.nodeDataCache;
    const { width, height } = internals.getDimensions();
    const budget = Math.max(12, Math.round((width * height) / PIXELS_PER_LABEL));
    const threshold = internals.settings.labelRenderedSizeThreshold;
    const placed = new PlacedLabels();
    const shown = labels.displayedNodeLabels;
    shown.clear();
    let free = 0;

    // The controls over the canvas, read at the first forced label (once per frame).
    let covering: readonly Obstacle[] | null = null;
    const controls = () => (covering ??= coverings.get(renderer)?.() ?? []);
    // Drawn nodes and the controls over the canvas, made at the first label that needs them (once per frame).
    let taken: { raster: OccupancyRaster; index: Map<string, number> } | null = null;
    const occupancy = () => {
      if (!taken) {
        const discs = drawnNodeDiscs(renderer);
        taken = { raster: new OccupancyRaster(width, height, discs, controls()), index: new Map(discs.map((disc, i) => [disc.node, i])) };
      }
      return taken;
    };

    const tryPlace = (node: string, forced: boolean): void => {
      if (shown.has(node)) return;
      const data = cache[node];
      if (!data || data.visibility === 'hidden' || data.labelVisibility === 'hidden') return;
      // Sigma's size threshold keeps dots from being labelled when zoomed out; entities (and a local graph's centre and
      // its neighbours) are exempt: they come first (labels.ts).
      if (!forced && (data.labelVisibility !== 'auto' || (!anySize.has(node) && internals.scaleSize(data.size) < threshold))) return;
      if (forced) {
        // Beside the node even over other nodes (only another forced label keeps it out): right of it where the reader
        // expects it, else left, above or below, the first place drawn whole inside the canvas and clear of the controls
        // over it; with none clear of them, the place inside the canvas least under them. Never cut by the canvas's
        // edge (sigma cannot shift a label along its node, only put it on another side): with no place inside, or every
        // place inside taken by forced labels placed before, it is left out (the hovered node and the selection come
        // first, so only a neighbour's label can be).
        const beside = besideBoxes(labels, node, data, internals.scaleSize(data.size));
        // The white backdrop of the hovered and selected labels is part of what must stay inside.
        const pad = data.backdropVisibility === 'visible' ? (data.backdropPadding ?? 0) : 0;
        let chosen: { position: LabelPosition; box: LabelBox } | null = null;
        let fallback: { position: LabelPosition; box: LabelBox; hidden: number } | null = null;
        for (const position of LABEL_POSITIONS) {
          const raw = beside(position);
          if (!raw) break;
          if (raw.minX - pad < 0 || raw.maxX + pad > width || raw.minY - pad < 0 || raw.maxY + pad > height) continue;
          const box = withGap(node, raw);
          if (!placed.fits(box)) continue;
          const hidden = hiddenArea(raw, width, height, controls());
          if (hidden === 0) {
            chosen = { position, box };
            break;
          }
          if (!fallback || hidden < fallback.hidden) fallback = { position, box, hidden };
        }
        chosen ??= fallback;
        data.labelPosition = chosen?.position ?? 'right';
        if (!chosen) return;
        placed.add(chosen.box);
        shown.add(node);
        return;
      }
      // Beside the node where it fits (right, left, above, below): drawn whole inside the canvas, clear of the labels
      // placed before it, of every node as big as its own or bigger and of the controls over the canvas; a place that
      // covers no node at all is taken at once, else the first that covers only smaller nodes. No such place: no label
      // in this frame (zooming in spreads the nodes and makes room).
      const radius = internals.scaleSize(data.size);
      const beside = besideBoxes(labels, node, data, radius);
      let chosen: { position: LabelPosition; box: LabelBox } | null = null;
      for (const position of LABEL_POSITIONS) {
        const raw = beside(position);
        if (!raw) break;
        // A label cut by the canvas edge (or by the panel beside it) reads as another word: drawn whole or not at all.
        if (raw.minX < 0 || raw.maxX > width || raw.minY < 0 || raw.maxY > height) continue;
        const box = withGap(node, raw);
        if (!placed.fits(box)) continue;
        const { raster, index } = occupancy();
        const under = raster.largestUnder(raw, index.get(node), radius - 0.5);
        // Only nodes clearly smaller than its own (by more than half a pixel, whatever the rounding of the raster).
        if (under > radius - 0.5) continue;
        if (under === 0) {
          chosen = { position, box };
          break;
        }
        chosen ??= { position, box };
      }
      data.labelPosition = chosen?.position ?? 'right';
      if (!chosen) return;
      placed.add(chosen.box);
      shown.add(node);
      free += 1;
    };

    const forced = [...internals.nodesWithForcedLabels];
    const state = (node: string) => (graph.hasNode(node) ? renderer.getNodeState(node) : null);
    const forcedRank = (node: string) => (state(node)?.isHovered ? 0 : state(node)?.isHighlighted ? 1 : 2);
    forced.sort((a, b) => forcedRank(a) - forcedRank(b) || (position.get(a) ?? 0) - (position.get(b) ?? 0));
    for (const node of forced) tryPlace(node, true);
    // The most important nodes next, then room reserved by another layer (the community names) around what is placed;
    // the other labels keep clear of it.
    let next = 0;
    for (; next < order.length && free < Math.min(budget, LEADING_LABELS); next += 1) tryPlace(order[next]!, false);
    const reserve = reservations.get(renderer);
    if (reserve) for (const box of reserve(placed.boxes())) placed.add({ node: '', ...box });
    for (; next < order.length && free < budget; next += 1) tryPlace(order[next]!, false);

    // Rebuilt every frame (about a hundred labels): sigma 4 keeps one label buffer that each depth layer refills in turn,
    // so on a frame it does not rebuild, labels of the selection's layer ('topNodes') stood in for all the others.
    labels.labelsDirty = true;
  };
  return true;
}

/**
 * Sigma's edge paths: straight lines, and the loop path only for a graph that has self-loops. Sigma's one edge program
 * draws every edge with as many vertices as its most detailed path needs: with the loop path (32 segments) each
 * straight edge cost 66 vertices instead of 6, most of a frame's time in software WebGL (no GPU). Without it, a
 * self-loop would be drawn as a straight line of no length.
 */
function edgePaths(selfLoops: boolean) {
  return selfLoops ? [pathLine(), pathLoop()] : [pathLine()];
}

export interface RendererOptions {
  /** The graph shown has self-loops (the drawn graph may be a smaller one, without them, at first). */
  selfLoops?: boolean;
}

export function createRenderer(graph: ViewerGraph, container: HTMLElement, options: RendererOptions = {}): GraphRenderer {
  const large = graph.size > EDGES_HIDDEN_ON_MOVE_FROM;
  const renderer = new Sigma<ViewerNodeAttributes, ViewerEdgeAttributes, ViewerGraphAttributes, NodeState, EdgeState, GraphState, Primitives>(graph, container, {
    primitives: { edges: { paths: edgePaths(options.selfLoops ?? graph.selfLoopCount > 0) }, depthLayers: DEPTH_LAYERS },
    customNodeState: { isActive: false },
    customEdgeState: { isActive: false },
    customGraphState: { hasFocus: false, hideAuthorLabels: graph.order > AUTHOR_LABEL_LIMIT },
    settings: { ...SETTINGS, hideEdgesOnMove: large, hideLabelsOnMove: large },
    styles: {
      nodes: [
        {
          x: { attribute: 'x' },
          y: { attribute: 'y' },
          size: { attribute: 'displaySize', defaultValue: 4 },
          color: { attribute: 'color', defaultValue: '#777' },
          label: (attributes) => shortLabel(attributes.label),
          labelSize: (attributes) => labelSize(attributes.kind, typeof attributes.papers === 'number' ? attributes.papers : (attributes.paperCount as number | undefined)),
          visibility: { whenState: 'isHidden', then: 'hidden', else: 'visible' },
          labelVisibility: 'auto',
          labelDepth: LABEL_LAYER,
        },
        {
          when: (attributes, state, graphState) => graphState.hideAuthorLabels && attributes.kind === 'author' && !state.isActive,
          then: { labelVisibility: 'hidden' },
        },
        // A community's name may lie over smaller communities and the links between them: a light ground keeps it legible.
        { when: (attributes) => attributes.kind === SUPER_NODE_KIND, then: { labelBackgroundColor: 'rgba(255, 255, 255, 0.8)', labelBackgroundPadding: 2 } },
        {
          when: (_attributes, state, graphState) => graphState.hasFocus && !state.isActive,
          then: { color: FADED_NODE_COLOR, labelVisibility: 'hidden' },
        },
        // The selection's neighbours are labelled before anything else; the label pass still leaves out any that would overlap.
        // (A rule that sets a node's depth moves its label with it unless it names the label's layer too.)
        { whenState: 'isActive', then: { depth: 'topNodes', labelDepth: LABEL_LAYER, labelVisibility: 'visible' } },
        {
          whenState: 'isHighlighted',
          then: {
            depth: 'topNodes',
            labelDepth: LABEL_LAYER,
            labelVisibility: 'visible',
            backdropVisibility: 'visible',
            backdropColor: '#ffffff',
            backdropShadowColor: 'rgba(0, 0, 0, 0.45)',
            backdropShadowBlur: 10,
            backdropPadding: 5,
          },
        },
        {
          whenState: 'isHovered',
          then: {
            depth: 'topNodes',
            labelDepth: LABEL_LAYER,
            labelVisibility: 'visible',
            backdropVisibility: 'visible',
            backdropColor: '#ffffff',
            backdropShadowColor: 'rgba(0, 0, 0, 0.5)',
            backdropShadowBlur: 12,
            backdropPadding: 6,
          },
        },
      ],
      edges: [
        {
          // Aggregated community links carry a width by weight; the graph's own edges have none and stay 1px.
          size: { attribute: 'displayWidth', defaultValue: 1 },
          color: { attribute: 'color', defaultValue: '#ccc' },
          visibility: { whenState: 'isHidden', then: 'hidden', else: 'visible' },
        },
        {
          when: (_attributes, state, graphState) => graphState.hasFocus && !state.isActive,
          then: { color: FADED_EDGE_COLOR },
        },
        { whenState: 'isActive', then: { depth: 'topEdges', size: 2, color: '#8a93a0' } },
      ],
    },
  });
  // Sigma drew its first frame in the constructor, before the hook: draw again with it.
  if (placeLabels(renderer)) renderer.scheduleRender();
  // Sigma itself only follows the window's size: the container also shrinks when a panel opens beside it (details,
  // query) or the timeline appears under it, and the canvas would stay drawn over them until the next window resize.
  const stopWatching = watchSize(container, () => renderer.scheduleRefresh());
  renderer.once('kill', stopWatching);
  return renderer;
}

/**
 * Brings sigma to its container's size now, if a panel opened or closed beside it since the last frame (the size
 * watcher would only do it at the next frame): a camera aimed before then would aim at the old framing, which
 * depends on the canvas's size (labels are framed in), and miss its node once sigma catches up.
 */
export function matchContainerSize(renderer: GraphRenderer): void {
  const container = renderer.getContainer();
  const { width, height } = renderer.getDimensions();
  if (container.offsetWidth !== width || container.offsetHeight !== height) renderer.refresh();
}

/**
 * The renderer may draw a smaller graph than the model's (overview mode): states are only set on what it holds.
 */
function present(renderer: GraphRenderer, nodes: Iterable<string>): string[] {
  const graph = renderer.getGraph();
  return [...nodes].filter((n) => graph.hasNode(n));
}

function presentEdges(renderer: GraphRenderer, edges: Iterable<string>): string[] {
  const graph = renderer.getGraph();
  return [...edges].filter((e) => graph.hasEdge(e));
}

/** Applies filter results as sigma's `isHidden` state, touching only what changed. */
export function applyVisibility(renderer: GraphRenderer, previous: Visibility | null, next: Visibility): void {
  const graph = renderer.getGraph();
  const nodesToShow = previous ? [...previous.hiddenNodes].filter((n) => !next.hiddenNodes.has(n) && graph.hasNode(n)) : [];
  const edgesToShow = previous ? [...previous.hiddenEdges].filter((e) => !next.hiddenEdges.has(e) && graph.hasEdge(e)) : [];
  if (nodesToShow.length > 0) renderer.setNodesState(nodesToShow, { isHidden: false });
  if (edgesToShow.length > 0) renderer.setEdgesState(edgesToShow, { isHidden: false });
  if (next.hiddenNodes.size > 0) renderer.setNodesState([...next.hiddenNodes], { isHidden: true });
  if (next.hiddenEdges.size > 0) renderer.setEdgesState([...next.hiddenEdges], { isHidden: true });
}

/** Marks the focused nodes and edges active (and un-marks the previous ones); the styles fade the rest. */
export function applyFocus(renderer: GraphRenderer, previous: Focus | null, next: Focus | null): void {
  if (previous) {
    const nodes = present(renderer, [...previous.nodes].filter((n) => !next?.nodes.has(n)));
    const edges = presentEdges(renderer, [...previous.edges].filter((e) => !next?.edges.has(e)));
    if (nodes.length > 0) renderer.setNodesState(nodes, { isActive: false });
    if (edges.length > 0) renderer.setEdgesState(edges, { isActive: false });
  }
  if (next) {
    const nodes = present(renderer, next.nodes);
    const edges = presentEdges(renderer, next.edges);
    if (nodes.length > 0) renderer.setNodesState(nodes, { isActive: true });
    if (edges.length > 0) renderer.setEdgesState(edges, { isActive: true });
  }
  renderer.setGraphState({ hasFocus: next !== null });
}

/** Marks the selected node(s) highlighted, so they keep a backdrop and label. */
export function applySelection(renderer: GraphRenderer, previous: readonly string[], next: readonly string[]): void {
  const graph = renderer.getGraph();
  const removed = previous.filter((n) => !next.includes(n) && graph.hasNode(n));
  if (removed.length > 0) renderer.setNodesState(removed, { isHighlighted: false });
  const added = next.filter((n) => graph.hasNode(n));
  if (added.length > 0) renderer.setNodesState(added, { isHighlighted: true });
}
