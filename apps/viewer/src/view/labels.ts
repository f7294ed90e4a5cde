import { normalizeLatex } from '@papergraph/core';
import { labelRank } from '../graph/appearance.ts';
import type { ViewerGraph } from '../graph/types.ts';

/** What the canvas labels say and in which order they are tried (renderer.ts places them; pure, for tests). */

/** Paper labels are whole titles; on the canvas they are cut so they do not run across the graph (the panel has them whole). */
const LABEL_MAX_CHARS = 48;

/** A canvas label: LaTeX flattened as everywhere in the page (`E$^3$-Pruner` → `E3-Pruner`), long titles cut. */
export function shortLabel(label: string): string {
  const text = /[$\\{}]/.test(label) ? normalizeLatex(label) : label;
  return text.length <= LABEL_MAX_CHARS ? text : `${text.slice(0, LABEL_MAX_CHARS - 1).trimEnd()}…`;
}

/**
 * The order in which nodes get a label: entities (and community super-nodes) before papers, papers before authors,
 * then by papers (an entity's `papers` in the entity map, else its `paperCount`), then by drawn size, then key.
 */
export function labelOrder(graph: ViewerGraph): string[] {
  const rows = graph.mapNodes((node, attributes) => {
    const papers = typeof attributes.papers === 'number' ? attributes.papers : typeof attributes.paperCount === 'number' ? attributes.paperCount : 0;
    return { node, rank: labelRank(attributes.kind), papers, size: attributes.displaySize ?? 0 };
  });
  rows.sort((a, b) => a.rank - b.rank || b.papers - a.papers || b.size - a.size || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0));
  return rows.map((row) => row.node);
}

