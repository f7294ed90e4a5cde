import { KIND_COLORS as CORE_KIND_COLORS } from '@papergraph/core';
import type { ViewerGraph } from './types.ts';

export const COLOR_MODES = ['kind', 'community', 'year'] as const;
/** Kind, community, or date (`year`: papers by date, entities and authors by the mean date of their papers). */
export type ColorMode = (typeof COLOR_MODES)[number];

/** Core's kind colours (the ones its GraphML/GEXF carry), so the viewer and Gephi agree; `other` for foreign kinds. */
export const KIND_COLORS: Readonly<Record<string, string>> = { ...CORE_KIND_COLORS, other: '#7b5ea7' };

/** Distinct, colour-blind-friendly-ish hues for the largest communities; the rest reuse them. */
const COMMUNITY_PALETTE = [
  '#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b',
  '#e377c2', '#17becf', '#bcbd22', '#393b79', '#ad494a', '#637939',
];

/**
 * The sequential palette of colouring by date: viridis (as VOSviewer's overlay), its nine-colour form (viridisLite's
 * `viridis(9)`); perceptually even and readable without red–green vision. Earliest dark purple, latest yellow.
 */
export const DATE_PALETTE = ['#440154', '#472d7b', '#3b528b', '#2c728e', '#21908c', '#27ad81', '#5dc863', '#aadc32', '#fde725'] as const;
/** Nodes with no dated paper, when colouring by date: neutral, and apart from the faded grey of a highlight. */
export const UNDATED_COLOR = '#aeb4bd';

function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** The palette's colour at `t` (0: first bin, 1: last), interpolated in RGB between neighbouring stops. */
export function dateColor(t: number): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0));
  const scaled = clamped * (DATE_PALETTE.length - 1);
  const low = Math.min(DATE_PALETTE.length - 2, Math.floor(scaled));
  const mix = scaled - low;
  const [a, b] = [channels(DATE_PALETTE[low]!), channels(DATE_PALETTE[low + 1]!)];
  return `#${a.map((channel, i) => Math.round(channel + (b[i]! - channel) * mix).toString(16).padStart(2, '0')).join('')}`;
}

/** The gradient of the legend and the timeline: the palette as a CSS linear gradient, left to right. */
export function dateGradient(): string {
  return `linear-gradient(to right, ${DATE_PALETTE.join(', ')})`;
}

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

/**
 * Writes `color` and `displaySize` on every node, so the renderer and the exports see the same appearance.
 * `datePositions` (colouring by date): each dated node's place on the timeline, 0 to 1; absent ones are undated.
 */
export function applyAppearance(graph: ViewerGraph, mode: ColorMode, datePositions: ReadonlyMap<string, number> = new Map()): void {
  const communities = graph.getAttribute('communities') ?? [];
  const byCommunity = communityColors(communities.map((c) => c.id));
  let maxDegree = 0;
  graph.forEachNode((node) => {
    maxDegree = Math.max(maxDegree, graph.degree(node));
  });
  const colorOf = (node: string, kind: string, community: number): string => {
    if (mode === 'kind') return kindColor(kind);
    if (mode === 'community') return byCommunity.get(community) ?? '#777';
    const position = datePositions.get(node);
    return position === undefined ? UNDATED_COLOR : dateColor(position);
  };
  graph.updateEachNodeAttributes((node, attributes) => ({
    ...attributes,
    color: colorOf(node, attributes.kind, attributes.community),
    displaySize: degreeSize(graph.degree(node), maxDegree),
  }));
  graph.updateEachEdgeAttributes((_edge, attributes) => ({
    ...attributes,
    color: attributes.relation === 'tagged' ? TAGGED_EDGE_COLOR : EDGE_COLOR,
  }));
}
