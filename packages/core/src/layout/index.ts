import { projectCSR } from '../cluster/csr.ts';
import type { PaperGraph } from '../contract/graph.ts';
import { hierarchicalLayout, type HierarchyOptions } from './hierarchy.ts';

export interface LayoutOptions {
  /** ForceAtlas2 iterations inside each community or sub-community (0: start positions only). */
  iterations?: number;
}

/**
 * Graphs up to this many nodes get a layout by default: every graph, since the layout's cost grows with the nodes and
 * links (about 3 s for the 317k-node full corpus). Kept as a setting for callers that want a bound.
 */
export const DEFAULT_LAYOUT_MAX_NODES = Number.POSITIVE_INFINITY;

export const LAYOUT_DEFAULTS: HierarchyOptions = {
  iterations: 60,
  communityGap: { gap: 2, gapShare: 0.08 },
  subcommunityGap: { gap: 1, gapShare: 0.03 },
};

/**
 * Positions (`x`, `y`; drawn size is left to the readers, since a model's `size` is its parameter count) so
 * GraphML/GEXF open laid out in Gephi and the viewer starts from a readable picture: communities apart, each in a
 * disc of area proportional to its size, sub-communities apart inside their community (see hierarchy.ts). Needs
 * `community` on nodes (`subcommunity` where communities are split). Deterministic: no randomness, and the work is
 * ordered by the graph's node and edge order only.
 */
export function layoutGraph(graph: PaperGraph, options: LayoutOptions = {}): void {
  // Node indices go through `x` while projecting (faster than a key map on 300k nodes); `x` is written below anyway.
  const { keys, csr } = projectCSR(graph, { indexAttribute: 'x' });
  const community = new Int32Array(keys.length);
  const subcommunity = new Int32Array(keys.length);
  let i = 0;
  graph.forEachNode((_node, attributes) => {
    community[i] = attributes.community ?? 0;
    subcommunity[i++] = typeof attributes.subcommunity === 'number' ? attributes.subcommunity : -1;
  });
  const { xs, ys } = hierarchicalLayout(csr, community, subcommunity, { ...LAYOUT_DEFAULTS, iterations: options.iterations ?? LAYOUT_DEFAULTS.iterations });
  // Rounded: byte-stable output and a smaller graph.json; a thousandth of a unit is below any screen pixel. `|| 0`:
  // a tiny negative rounds to -0, which JSON writes as 0, so a graph read back would differ from the one written.
  i = 0;
  graph.updateEachNodeAttributes(
    (_node, attributes) => {
      attributes.x = Number(xs[i]!.toFixed(3)) || 0;
      attributes.y = Number(ys[i++]!.toFixed(3)) || 0;
      return attributes;
    },
    { attributes: ['x', 'y'] },
  );
}

export { layoutIncremental, placeNodes, MIN_GAP, type KnownPositions, type IncrementalLayoutOptions, type IncrementalLayoutResult } from './incremental.ts';
