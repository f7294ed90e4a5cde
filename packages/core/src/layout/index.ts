import circlepack from 'graphology-layout/circlepack';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { seededRandom } from '../cluster/random.ts';
import type { PaperGraph } from '../graph/types.ts';

export interface LayoutOptions {
  /** ForceAtlas2 iterations after the community circle-pack start (0: circle-pack only). */
  iterations?: number;
  seed?: number;
}

/** Graphs up to this many nodes get a layout by default: ForceAtlas2 cost grows with n log n per iteration. */
export const DEFAULT_LAYOUT_MAX_NODES = 20_000;

/**
 * Positions (`x`, `y`; drawn size is left to the readers, since a model's `size` is its parameter count) so GraphML/GEXF open laid out in Gephi and the viewer starts from a
 * readable picture: communities packed as circles (seeded), then ForceAtlas2 — deterministic for the same graph.
 */
export function layoutGraph(graph: PaperGraph, options: LayoutOptions = {}): void {
  circlepack.assign(graph, { hierarchyAttributes: ['community'], rng: seededRandom(options.seed ?? 42), scale: 100 });
  const iterations = options.iterations ?? 100;
  if (iterations > 0 && graph.order > 1) {
    const settings = forceAtlas2.inferSettings(graph);
    forceAtlas2.assign(graph, {
      iterations,
      getEdgeWeight: 'weight',
      settings: { ...settings, barnesHutOptimize: graph.order > 2000 },
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
