import { KIND_COLORS as CORE_KIND_COLORS } from '@papergraph/core';
import type { ViewerGraph } from './types.ts';

export type ColorMode = 'kind' | 'community';

/** Core's kind colours (the ones its GraphML/GEXF carry), so the viewer and Gephi agree; `other` for foreign kinds. */
export const KIND_COLORS: Readonly<Record<string, string>> = { ...CORE_KIND_COLORS, other: '#7b5ea7' };

/** Distinct, colour-blind-friendly-ish hues for the largest communities; the rest reuse them. */
const COMMUNITY_PALETTE = [
  '#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b',
  '#e377c2', '#17becf', '#bcbd22', '#393b79', '#ad494a', '#637939',
];

export const FADED_NODE_COLOR = '#e3e6ea';
export const FADED_EDGE_COLOR = '#f0f1f3';
export const EDGE_COLOR = '#c9ced6';
export const TAGGED_EDGE_COLOR = '#e6e2f0';

export function kindColor(kind: string): string {
  return KIND_COLORS[kind] ?? KIND_COLORS.other ?? '#777';
}

/** Colour by rank in the community table (largest first), so the biggest groups get the clearest hues. */
export function communityColors(communityIdsBySize: readonly number[]): Map<number, string> {
  const colors = new Map<number, string>();
  communityIdsBySize.forEach((id, rank) => colors.set(id, COMMUNITY_PALETTE[rank % COMMUNITY_PALETTE.length] ?? '#777'));
  return colors;
}

/** Radius from degree: sqrt keeps hubs (the listing's tag model) from dwarfing everything else. */
export function degreeSize(degree: number, maxDegree: number): number {
  if (maxDegree <= 0) return 4;
  return 3 + 14 * Math.sqrt(degree / maxDegree);
}

/** Writes `color` and `displaySize` on every node, so the renderer and the exports see the same appearance. */
export function applyAppearance(graph: ViewerGraph, mode: ColorMode): void {
  const communities = graph.getAttribute('communities') ?? [];
  const byCommunity = communityColors(communities.map((c) => c.id));
  let maxDegree = 0;
  graph.forEachNode((node) => {
    maxDegree = Math.max(maxDegree, graph.degree(node));
  });
  graph.updateEachNodeAttributes((node, attributes) => ({
    ...attributes,
    color: mode === 'kind' ? kindColor(attributes.kind) : (byCommunity.get(attributes.community) ?? '#777'),
    displaySize: degreeSize(graph.degree(node), maxDegree),
  }));
  graph.updateEachEdgeAttributes((_edge, attributes) => ({
    ...attributes,
    color: attributes.relation === 'tagged' ? TAGGED_EDGE_COLOR : EDGE_COLOR,
  }));
}
