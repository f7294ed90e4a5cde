import Graph from 'graphology';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import NoverlapLayoutSupervisor from 'graphology-layout-noverlap/worker';
import type { Attributes } from 'graphology-types';
import type { ViewerEdgeAttributes, ViewerGraph, ViewerNodeAttributes } from './types.ts';

/** True when every node already has a position (a graph laid out before, e.g. exported from this viewer or Gephi). */
export function hasPositions(graph: ViewerGraph): boolean {
  return graph.everyNode((_node, attributes) => typeof attributes.x === 'number' && typeof attributes.y === 'number');
}

/**
 * Deterministic starting positions: each community around its own centre, members on a sunflower spiral.
 * A good start lets ForceAtlas2 settle in seconds instead of untangling a random cloud.
 */
export function seedPositions(graph: ViewerGraph): void {
  const members = new Map<number, string[]>();
  graph.forEachNode((node, attributes) => {
    const list = members.get(attributes.community) ?? [];
    list.push(node);
    members.set(attributes.community, list);
  });
  const groups = [...members.entries()].sort((a, b) => b[1].length - a[1].length);
  const golden = Math.PI * (3 - Math.sqrt(5));
  const spread = Math.sqrt(graph.order) * 10;
  groups.forEach(([, nodes], rank) => {
    const angle = rank * golden;
    const radius = rank === 0 ? 0 : spread * Math.sqrt(rank / groups.length);
    const cx = Math.cos(angle) * radius;
    const cy = Math.sin(angle) * radius;
    nodes.sort();
    nodes.forEach((node, i) => {
      const r = 4 * Math.sqrt(i + 1);
      graph.mergeNodeAttributes(node, { x: cx + Math.cos(i * golden) * r, y: cy + Math.sin(i * golden) * r });
    });
  });
}

export type LayoutStatus = 'running' | 'paused' | 'done';

/** Relation weights for the layout: mentions pull harder than the listing tag, so one tag hub does not crush all. */
const LAYOUT_WEIGHTS: Readonly<Record<string, number>> = { proposes: 3, uses: 2, evaluates_on: 2, wrote: 1, tagged: 0.2 };

/** Noverlap's pass after ForceAtlas2 runs in the page up to this many drawn nodes, in a worker beyond. */
const NOVERLAP_IN_PAGE_MAX_NODES = 2000;
/** Noverlap in its worker is stopped after this long if it has not converged. */
const NOVERLAP_MAX_MS = 3000;
const NOVERLAP_SETTINGS = { margin: 2, ratio: 1.2 };

/**
 * ForceAtlas2 in a web worker, stopped automatically after a time that grows with the graph, then noverlap (in a
 * worker too) so labels and nodes do not sit on each other. Only the drawn nodes are laid out (`isDrawn`; authors
 * hidden on a big graph are most of it): they are copied into a small layout graph, and its positions are written
 * back into the shown graph in one batch per worker step (one event for the renderer, not one per node). Nothing
 * of the layout runs on the page's thread. Positions are written into the graph, so exports keep them.
 */
export class LayoutController {
  private supervisor: FA2LayoutSupervisor<ViewerNodeAttributes, ViewerEdgeAttributes> | null = null;
  private noverlap: NoverlapLayoutSupervisor | null = null;
  private layoutGraph: Graph | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private status: LayoutStatus = 'done';

  constructor(
    private readonly graph: ViewerGraph,
    private readonly onStatus: (status: LayoutStatus) => void,
    private readonly isDrawn: (node: string) => boolean = () => true,
  ) {}

  /** How long an automatic run lasts: short for small graphs, longer (but bounded) for big ones. */
  static autoDuration(order: number): number {
    return Math.min(1500 + order * 0.5, 12_000);
  }

  getStatus(): LayoutStatus {
    return this.status;
  }

  /** The nodes laid out by the current run (the drawn ones when it started). */
  getLayoutOrder(): number {
    return this.layoutGraph?.order ?? 0;
  }

  run(durationMs?: number): void {
    this.clearTimer();
    this.stopWorkers();
    const layoutGraph = this.drawnSubgraph();
    this.layoutGraph = layoutGraph;
    // Each worker step writes positions into the layout graph at once; they go to the shown graph the same way.
    layoutGraph.on('eachNodeAttributesUpdated', () => this.copyPositions(layoutGraph));
    this.supervisor = new FA2LayoutSupervisor<ViewerNodeAttributes, ViewerEdgeAttributes>(layoutGraph, {
      settings: { ...inferSettings(layoutGraph), adjustSizes: false, barnesHutOptimize: layoutGraph.order > 1000 },
      getEdgeWeight: 'weight',
    });
    this.supervisor.start();
    this.setStatus('running');
    this.timer = setTimeout(() => this.finish(), durationMs ?? LayoutController.autoDuration(layoutGraph.order));
  }

  /** Stops ForceAtlas2 where it is; `resume` continues from there. */
  pause(): void {
    if (this.status !== 'running') return;
    this.clearTimer();
    this.stopWorkers();
    this.setStatus('paused');
  }

  resume(): void {
    this.run();
  }

  /**
   * Stops ForceAtlas2 and removes overlaps: here at once for a few thousand drawn nodes (tens of milliseconds, and an
   * export right after gets the final positions), in a worker beyond; the status turns to done when it is over.
   */
  finish(): void {
    this.clearTimer();
    this.supervisor?.kill();
    this.supervisor = null;
    const layoutGraph = this.layoutGraph;
    if (!layoutGraph || layoutGraph.order < 2) return this.setStatus('done');
    const inputReducer = (_key: string, attributes: Attributes) => ({ x: attributes.x as number, y: attributes.y as number, size: Number(attributes.size ?? 4) });
    if (layoutGraph.order <= NOVERLAP_IN_PAGE_MAX_NODES) {
      noverlap.assign(layoutGraph, { maxIterations: 100, inputReducer, settings: NOVERLAP_SETTINGS });
      this.copyPositions(layoutGraph);
      return this.setStatus('done');
    }
    const worker = new NoverlapLayoutSupervisor(layoutGraph, {
      inputReducer,
      // Noverlap writes node by node: the copy to the shown graph runs once, after each step's writes.
      outputReducer: (_key, position) => {
        this.scheduleCopy(layoutGraph);
        return position;
      },
      settings: NOVERLAP_SETTINGS,
      onConverged: () => this.stopNoverlap(worker),
    });
    this.noverlap = worker;
    worker.start();
    setTimeout(() => this.stopNoverlap(worker), NOVERLAP_MAX_MS);
  }

  kill(): void {
    this.clearTimer();
    this.stopWorkers();
    this.layoutGraph = null;
  }

  private stopNoverlap(worker: NoverlapLayoutSupervisor): void {
    worker.kill();
    if (this.noverlap !== worker) return;
    this.noverlap = null;
    this.setStatus('done');
  }

  private stopWorkers(): void {
    this.supervisor?.kill();
    this.supervisor = null;
    this.noverlap?.kill();
    this.noverlap = null;
  }

  /** The drawn nodes and the links between them, with positions, sizes and layout weights. */
  private drawnSubgraph(): Graph {
    const graph = this.graph;
    const layoutGraph = new Graph({ type: 'directed', multi: true });
    graph.forEachNode((node, attributes) => {
      if (this.isDrawn(node)) layoutGraph.addNode(node, { x: attributes.x ?? 0, y: attributes.y ?? 0, size: attributes.displaySize ?? 4 });
    });
    graph.forEachEdge((_edge, attributes, source, target) => {
      if (layoutGraph.hasNode(source) && layoutGraph.hasNode(target)) layoutGraph.addEdge(source, target, { weight: LAYOUT_WEIGHTS[attributes.relation] ?? 1 });
    });
    return layoutGraph;
  }

  private copyScheduled = false;

  private scheduleCopy(layoutGraph: Graph): void {
    if (this.copyScheduled) return;
    this.copyScheduled = true;
    queueMicrotask(() => {
      this.copyScheduled = false;
      this.copyPositions(layoutGraph);
    });
  }

  private copyPositions(layoutGraph: Graph): void {
    if (layoutGraph !== this.layoutGraph) return;
    this.graph.updateEachNodeAttributes(
      (node, attributes) => {
        if (!layoutGraph.hasNode(node)) return attributes;
        const { x, y } = layoutGraph.getNodeAttributes(node) as { x: number; y: number };
        attributes.x = x;
        attributes.y = y;
        return attributes;
      },
      { attributes: ['x', 'y'] },
    );
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private setStatus(status: LayoutStatus): void {
    this.status = status;
    this.onStatus(status);
  }
}
