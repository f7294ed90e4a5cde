import { KIND_COLORS as CORE_KIND_COLORS } from '@papergraph/core';
import type { ViewerGraph } from './types.ts';

export const COLOR_MODES = ['kind', 'community', 'year'] as const;
/** Kind, community, or date (`year`: papers by date, entities and authors by the mean date of their papers). */
export type ColorMode = (typeof COLOR_MODES)[number];

/** Core's kind colours (the ones its GraphML/GEXF carry), so the viewer and Gephi agree; `other` for foreign kinds. */
export const KIND_COLORS: Readonly<Record<string, string>> = { ...CORE_KIND_COLORS, other: '#7b5ea7' };

/**
 * Hues for the largest communities, ordered so that neighbours in rank differ most: Tableau 10, then twelve more
 * from ColorBrewer's Dark2/Paired, Okabe–Ito and classic Tableau, none a grey (grey means "faded" on the canvas). Communities past
 * them get generated colours (see `communityColor`), so the palette never repeats.
 */
export const COMMUNITY_PALETTE = [
  '#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#b07aa1', '#76b7b2', '#edc948', '#9c755f', '#ff9da7', '#1b9e77',
  '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#a6761d', '#0072b2', '#cc79a7', '#009e73', '#6a3d9a', '#17becf',
  '#bcbd22', '#33a02c',
] as const;

const GOLDEN_ANGLE_DEGREES = 137.508;

/**
 * The colour of the community ranked `rank` (0: largest). Past the palette, hues step by the golden angle (each new
 * hue falls in the widest gap left) and lightness and saturation cycle over three levels, so communities close in rank
 * never share a colour; with thousands of communities some far apart in rank come close, which the cluster labels on
 * the canvas and the legend's search resolve.
 */
export function communityColor(rank: number): string {
  const listed = COMMUNITY_PALETTE[rank];
  if (listed) return listed;
  const index = rank - COMMUNITY_PALETTE.length;
  const hue = (index * GOLDEN_ANGLE_DEGREES + 20) % 360;
  const level = index % 3;
  return hslToHex(hue, [0.62, 0.5, 0.7][level]!, [0.42, 0.56, 0.34][level]!);
}

function hslToHex(hue: number, saturation: number, lightness: number): string {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const part = chroma * (1 - Math.abs(((hue / 60) % 2) - 1));
  const m = lightness - chroma / 2;
  const [r, g, b] =
    hue < 60 ? [chroma, part, 0] : hue < 120 ? [part, chroma, 0] : hue < 180 ? [0, chroma, part] : hue < 240 ? [0, part, chroma] : hue < 300 ? [part, 0, chroma] : [chroma, 0, part];
  return `#${[r, g, b].map((c) => Math.round((c + m) * 255).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * A shade of a community's colour for one of its sub-communities: lighter or darker by turns (0 keeps the colour), so
 * the parts of a split community read as parts of one hue.
 */
export function subcommunityShade(hex: string, subcommunity: number): string {
  if (subcommunity <= 0) return hex;
  const step = Math.ceil(subcommunity / 2) * 0.14;
  const towards = subcommunity % 2 === 1 ? 255 : 0;
  const amount = Math.min(0.55, step);
  return `#${channels(hex).map((c) => Math.round(c + (towards - c) * amount).toString(16).padStart(2, '0')).join('')}`;
}

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

/**
 * The colour of the small communities gathered in the overview (model/small-communities.ts): one neutral slate for
 * all, so the palette goes to the communities that matter; darker than the faded grey of a highlight and than the
 * undated grey of colouring by date.
 */
export const SMALL_COMMUNITIES_COLOR = '#8b95a3';

/**
 * Colour by rank in the community table (largest first), so the biggest groups get the clearest hues. The `gathered`
 * small communities all take `SMALL_COMMUNITIES_COLOR` and no rank: the others keep the hues they would have had.
 */
export function communityColors(communityIdsBySize: readonly number[], gathered: ReadonlySet<number> = new Set()): Map<number, string> {
  const colors = new Map<number, string>();
  let rank = 0;
  for (const id of communityIdsBySize) colors.set(id, gathered.has(id) ? SMALL_COMMUNITIES_COLOR : communityColor(rank++));
  return colors;
}

/** Kinds whose labels come first on the canvas: what a map of papers is about. */
const LABEL_RANK: Readonly<Record<string, number>> = { community: 0, model: 0, method: 0, dataset: 0, paper: 1, author: 2 };

/** Label priority of a kind (lower first): entities (and community super-nodes) before papers, papers before authors. */
export function labelRank(kind: string): number {
  return LABEL_RANK[kind] ?? 1;
}

/**
 * Label font size in pixels: entities by the papers naming them (12 px for one paper to 21 px for a thousand, on a log
 * scale, so the map's important terms read first), papers 12 px, authors 11 px.
 */
export function labelSize(kind: string, papers: number | undefined): number {
  if (labelRank(kind) !== 0) return kind === 'author' ? 11 : 12;
  const count = typeof papers === 'number' && papers > 0 ? papers : 1;
  return Math.round(12 + 3 * Math.min(3, Math.log10(count)));
}

/** Radius from degree: sqrt keeps hubs (the listing's tag model) from dwarfing everything else. */
export function degreeSize(degree: number, maxDegree: number): number {
  if (maxDegree <= 0) return 4;
  return 3 + 14 * Math.sqrt(degree / maxDegree);
}

/** Nodes (or links) given their appearance per step of `appearanceSteps`: a few milliseconds' work. */
export const APPEARANCE_SLICE = 10_000;

/**
 * Writes `color` and `displaySize` on every node, so the renderer and the exports see the same appearance.
 * `datePositions` (colouring by date): each dated node's place on the timeline, 0 to 1; absent ones are undated.
 * `gathered`: the small communities the overview draws as one (their members share one colour by community).
 */
export function applyAppearance(graph: ViewerGraph, mode: ColorMode, datePositions: ReadonlyMap<string, number> = new Map(), gathered: ReadonlySet<number> = new Set()): void {
  const steps = appearanceSteps(graph, mode, datePositions, Number.POSITIVE_INFINITY, gathered);
  while (!steps.next().done);
}

/**
 * `applyAppearance` in steps of `slice` nodes or links each (the 75k-paper graph's 317k nodes and 616k links took a
 * second of the page's thread at once on a loaded machine): the caller runs the steps in tasks of its own and the
 * page handles input between them. The attribute objects are changed in place, and one graphology event each for
 * nodes and links tells the renderer at the end (copying the objects was most of the time, in allocations and the
 * garbage collections they set off).
 */
export function* appearanceSteps(
  graph: ViewerGraph,
  mode: ColorMode,
  datePositions: ReadonlyMap<string, number> = new Map(),
  slice = APPEARANCE_SLICE,
  gathered: ReadonlySet<number> = new Set(),
): Generator<void, void, undefined> {
  const communities = graph.getAttribute('communities') ?? [];
  const byCommunity = communityColors(communities.map((c) => c.id), gathered);
  const nodes = graph.nodes();
  // Degrees once per node; none without links.
  const degrees = new Float64Array(nodes.length);
  let maxDegree = 0;
  if (graph.size > 0) {
    for (let start = 0; start < nodes.length; start += slice) {
      for (let i = start; i < Math.min(nodes.length, start + slice); i++) {
        const degree = graph.degree(nodes[i]!);
        degrees[i] = degree;
        if (degree > maxDegree) maxDegree = degree;
      }
      yield;
    }
  }
  // A sub-community's shade is worked out once, not once per member.
  const shades = new Map<string, string>();
  const colorOf = (node: string, kind: string, community: number, subcommunity: unknown): string => {
    if (mode === 'kind') return kindColor(kind);
    if (mode === 'community') {
      const color = byCommunity.get(community) ?? '#777';
      if (typeof subcommunity !== 'number' || gathered.has(community)) return color;
      const id = `${community}:${subcommunity}`;
      let shade = shades.get(id);
      if (shade === undefined) shades.set(id, (shade = subcommunityShade(color, subcommunity)));
      return shade;
    }
    const position = datePositions.get(node);
    return position === undefined ? UNDATED_COLOR : dateColor(position);
  };
  for (let start = 0; start < nodes.length; start += slice) {
    for (let i = start; i < Math.min(nodes.length, start + slice); i++) {
      const node = nodes[i]!;
      const attributes = graph.getNodeAttributes(node);
      attributes.color = colorOf(node, attributes.kind, attributes.community, attributes.subcommunity);
      attributes.displaySize = degreeSize(degrees[i]!, maxDegree);
    }
    if (start + slice < nodes.length) yield;
  }
  graph.emit('eachNodeAttributesUpdated', { hints: { attributes: ['color', 'displaySize'] } });
  if (graph.size === 0) return;
  yield;
  const edges = graph.edges();
  for (let start = 0; start < edges.length; start += slice) {
    for (let i = start; i < Math.min(edges.length, start + slice); i++) {
      const attributes = graph.getEdgeAttributes(edges[i]!);
      attributes.color = attributes.relation === 'tagged' ? TAGGED_EDGE_COLOR : EDGE_COLOR;
    }
    if (start + slice < edges.length) yield;
  }
  graph.emit('eachEdgeAttributesUpdated', { hints: { attributes: ['color'] } });
}
