import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { PaperGraph } from '../graph/types.ts';

export interface LayoutOptions {
  /** ForceAtlas2 iterations after the community start positions (0: start positions only). */
  iterations?: number;
}

/** Graphs up to this many nodes get a layout by default: ForceAtlas2 cost grows with n log n per iteration. */
export const DEFAULT_LAYOUT_MAX_NODES = 20_000;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Start positions: each community a sunflower disc (golden-angle spiral, area ∝ size), the discs themselves on a
 * sunflower spiral, largest first. Deterministic with no randomness, and it gives ForceAtlas2 a start where
 * communities are already apart. (graphology-layout's circlepack does this with packing, but fails numerically
 * on some community size mixes: "extendBasis failure".)
 */
function communityStart(graph: PaperGraph): void {
  const members = new Map<number, string[]>();
  graph.forEachNode((node, attributes) => {
    const id = attributes.community ?? 0;
    let list = members.get(id);
    if (!list) members.set(id, (list = []));
    list.push(node);
  });
  const ids = [...members.keys()].sort((a, b) => a - b);
  let placedArea = 0;
  for (const [index, id] of ids.entries()) {
    const list = members.get(id)!;
    const radius = Math.sqrt(list.length);
    // Centre distance grows with the area already placed, so discs rarely overlap.
    const distance = index === 0 ? 0 : 2 * Math.sqrt(placedArea) + radius;
    placedArea += list.length * 1.5;
    const cx = distance * Math.cos(index * GOLDEN_ANGLE);
    const cy = distance * Math.sin(index * GOLDEN_ANGLE);
    list.forEach((node, i) => {
      const r = Math.sqrt(i + 0.5);
      graph.mergeNodeAttributes(node, { x: cx + r * Math.cos(i * GOLDEN_ANGLE), y: cy + r * Math.sin(i * GOLDEN_ANGLE) });
    });
  }
}

/**
 * Positions (`x`, `y`; drawn size is left to the readers, since a model's `size` is its parameter count) so
 * GraphML/GEXF open laid out in Gephi and the viewer starts from a readable picture. Needs `community` on nodes.
 * Deterministic: ForceAtlas2's synchronous run has no randomness.
 */
export function layoutGraph(graph: PaperGraph, options: LayoutOptions = {}): void {
  communityStart(graph);
  const iterations = options.iterations ?? 100;
  if (iterations > 0 && graph.order > 1) {
    forceAtlas2.assign(graph, {
      iterations,
      getEdgeWeight: 'weight',
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 2000 },
    });
  }
  // Rounded: byte-stable output and a smaller graph.json; a thousandth of a unit is below any screen pixel.
  graph.updateEachNodeAttributes(
    (_node, attributes) => ({
      ...attributes,
      x: Number((attributes.x ?? 0).toFixed(3)),
      y: Number((attributes.y ?? 0).toFixed(3)),
    }),
    { attributes: ['x', 'y'] },
  );
}
