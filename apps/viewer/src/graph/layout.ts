import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
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

/**
 * ForceAtlas2 in a web worker (the page stays responsive), stopped automatically after a time that grows with the
 * graph, then noverlap so labels and nodes do not sit on each other. Positions are written into the graph, so
 * exports keep them.
 */
export class LayoutController {
  private readonly supervisor: FA2LayoutSupervisor<ViewerNodeAttributes, ViewerEdgeAttributes>;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private status: LayoutStatus = 'done';

  constructor(
    private readonly graph: ViewerGraph,
    private readonly onStatus: (status: LayoutStatus) => void,
  ) {
    this.supervisor = new FA2LayoutSupervisor<ViewerNodeAttributes, ViewerEdgeAttributes>(graph, {
      settings: { ...inferSettings(graph), adjustSizes: false, barnesHutOptimize: graph.order > 1000 },
      getEdgeWeight: (_edge, attributes) => LAYOUT_WEIGHTS[attributes.relation] ?? 1,
    });
  }

  /** How long an automatic run lasts: short for small graphs, longer (but bounded) for big ones. */
  static autoDuration(order: number): number {
    return Math.min(1500 + order * 0.5, 12_000);
  }

  getStatus(): LayoutStatus {
    return this.status;
  }

  run(durationMs: number = LayoutController.autoDuration(this.graph.order)): void {
    this.clearTimer();
    this.supervisor.start();
    this.setStatus('running');
    this.timer = setTimeout(() => this.finish(), durationMs);
  }

  /** Stops ForceAtlas2 where it is; `resume` continues from there. */
  pause(): void {
    if (this.status !== 'running') return;
    this.clearTimer();
    this.supervisor.stop();
    this.setStatus('paused');
  }

  resume(): void {
    this.run();
  }

  /** Stops ForceAtlas2 and removes overlaps. */
  finish(): void {
    this.clearTimer();
    this.supervisor.stop();
    noverlap.assign(this.graph, {
      maxIterations: this.graph.order > 5000 ? 20 : 100,
      inputReducer: (_key, attributes) => ({ x: attributes.x, y: attributes.y, size: Number((attributes as ViewerNodeAttributes).displaySize ?? 4) }),
      settings: { margin: 2, ratio: 1.2 },
    });
    this.setStatus('done');
  }

  kill(): void {
    this.clearTimer();
    this.supervisor.kill();
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
