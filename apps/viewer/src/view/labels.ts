import { normalizeLatex } from '@papergraph/core';
import { labelRank } from '../graph/appearance.ts';
import type { ViewerGraph } from '../graph/types.ts';
import { SUPER_NODE_KIND, subcommunityOfSuperNode } from '../model/overview.ts';

/** What the canvas labels say and in which order they are tried (renderer.ts places them; pure, for tests). */

/** Paper labels are whole titles; on the canvas they are cut so they do not run across the graph (the panel has them whole). */
const LABEL_MAX_CHARS = 48;

/** A canvas label: LaTeX flattened as everywhere in the page (`E$^3$-Pruner` → `E3-Pruner`), long titles cut. */
export function shortLabel(label: string): string {
  const text = /[$\\{}]/.test(label) ? normalizeLatex(label) : label;
  return text.length <= LABEL_MAX_CHARS ? text : `${text.slice(0, LABEL_MAX_CHARS - 1).trimEnd()}…`;
}

/**
 * Label tiers, first labelled first: models, methods and datasets; then, in the overview, the sub-communities of an
 * expanded community (what the user opened) and the collapsed communities; then papers; then authors.
 */
function labelTier(kind: string, key: string): number {
  if (kind === SUPER_NODE_KIND) return subcommunityOfSuperNode(key) ? 1 : 2;
  const rank = labelRank(kind);
  return rank === 0 ? 0 : rank + 2;
}

/** A local graph's ring of a node (0: its centre, 1: its neighbours…); undefined on every other canvas. */
function hopOf(attributes: { readonly [attribute: string]: unknown }): number | undefined {
  return typeof attributes.hop === 'number' ? attributes.hop : undefined;
}

/**
 * Nodes labelled however small they are drawn (the others only from sigma's size threshold, when zoomed in enough):
 * models, methods and datasets, the names a map is read by; and in a local graph its centre and the centre's
 * neighbours, what the reader opened it to see. Still only where the label fits (see renderer.ts).
 */
export function labelledAtAnySize(attributes: { readonly kind: string; readonly [attribute: string]: unknown }): boolean {
  if (labelRank(attributes.kind) === 0) return true;
  const hop = hopOf(attributes);
  return hop !== undefined && hop <= 1;
}

/**
 * The order in which nodes get a label — in a local graph its centre and the centre's neighbours first — then entities
 * before community nodes (an expanded community's sub-communities,
 * then the collapsed communities), those before papers, papers before authors; within a tier by papers (an entity's
 * `papers` in the entity map, else its `paperCount`; a community node's `members`), then by drawn size, then key. The
 * same policy on every canvas: the graph, the entity map, and the overview with communities expanded.
 */
export function labelOrder(graph: ViewerGraph): string[] {
  const rows = graph.mapNodes((node, attributes) => {
    const papers =
      typeof attributes.papers === 'number' ? attributes.papers : typeof attributes.paperCount === 'number' ? attributes.paperCount : typeof attributes.members === 'number' ? attributes.members : 0;
    const hop = hopOf(attributes);
    return { node, ring: hop !== undefined && hop > 1 ? 1 : 0, rank: labelTier(attributes.kind, node), papers, size: attributes.displaySize ?? 0 };
  });
  rows.sort((a, b) => a.ring - b.ring || a.rank - b.rank || b.papers - a.papers || b.size - a.size || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0));
  return rows.map((row) => row.node);
}
