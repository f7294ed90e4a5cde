import type { ViewerGraph } from '../graph/types.ts';

/**
 * Community names on the canvas: one label per community at the centre of its drawn nodes (above or below them when
 * the name is wider than the community), sized by the community's drawn size, placed largest first and left out where it would overlap one already placed (as the node labels are).
 */

export interface ClusterCentroid {
  community: number;
  /** The community's label from core, cut to its first two terms ("RoPE · position interpolation"). */
  text: string;
  /** Drawn nodes of the community. */
  size: number;
  /** Centre and spread of its drawn nodes, in graph coordinates. */
  x: number;
  y: number;
  radius: number;
  /** The box its drawn nodes fill, in graph coordinates. */
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** The first `terms` terms of a community label ("A · B · C" → "A · B"): the canvas has no room for more. */
export function shortCommunityLabel(label: string, terms = 2): string {
  return label.split(' · ').slice(0, terms).join(' · ');
}

/**
 * The communities of a drawn graph with their centre: nodes grouped by `community`, ignoring those `hidden` and the
 * overview's super-nodes (which carry their own label). Communities with fewer than `minSize` drawn nodes get none.
 */
export function clusterCentroids(graph: ViewerGraph, hidden: ReadonlySet<string> = new Set(), minSize = 2): ClusterCentroid[] {
  const labels = new Map((graph.getAttribute('communities') ?? []).map((c) => [c.id, c.label]));
  const sums = new Map<number, { n: number; x: number; y: number; xx: number; yy: number; minX: number; maxX: number; minY: number; maxY: number }>();
  graph.forEachNode((node, attributes) => {
    if (attributes.kind === 'community' || hidden.has(node) || typeof attributes.x !== 'number' || typeof attributes.y !== 'number') return;
    const community = attributes.community;
    if (typeof community !== 'number' || community < 0) return;
    let sum = sums.get(community);
    if (!sum) sums.set(community, (sum = { n: 0, x: 0, y: 0, xx: 0, yy: 0, minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity }));
    sum.n += 1;
    sum.x += attributes.x;
    sum.y += attributes.y;
    sum.xx += attributes.x * attributes.x;
    sum.yy += attributes.y * attributes.y;
    sum.minX = Math.min(sum.minX, attributes.x);
    sum.maxX = Math.max(sum.maxX, attributes.x);
    sum.minY = Math.min(sum.minY, attributes.y);
    sum.maxY = Math.max(sum.maxY, attributes.y);
  });
  const rows: ClusterCentroid[] = [];
  for (const [community, sum] of sums) {
    const label = labels.get(community);
    if (sum.n < minSize || !label) continue;
    const x = sum.x / sum.n;
    const y = sum.y / sum.n;
    // Root mean square distance to the centre: the spread most of the community sits within.
    const radius = Math.sqrt(Math.max(0, sum.xx / sum.n - x * x + sum.yy / sum.n - y * y));
    rows.push({ community, text: shortCommunityLabel(label), size: sum.n, x, y, radius, minX: sum.minX, maxX: sum.maxX, minY: sum.minY, maxY: sum.maxY });
  }
  return rows.sort((a, b) => b.size - a.size || a.community - b.community);
}

export interface PlacedClusterLabel {
  community: number;
  text: string;
  /** Centre of the label in viewport pixels, and its font size. */
  x: number;
  y: number;
  fontSize: number;
  width: number;
  height: number;
  /** The community fills much of the view (zoomed into it): the label is drawn faint so its nodes read through. */
  faint: boolean;
}

/** Font size of a community label: 11 px for the smallest drawn to 22 px for the largest (by area, so sqrt). */
export function clusterFontSize(size: number, largest: number): number {
  return Math.round(11 + 11 * Math.sqrt(size / Math.max(1, largest)));
}

/** A box in viewport pixels that a community label must not cover (a node's label). */
export interface Obstacle {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/**
 * Chooses and places the labels of one frame: `toViewport` maps graph coordinates to viewport pixels, `measure` gives a
 * text's width at a font size, `scale` is viewport pixels per graph unit. Largest communities first, each at its
 * centre, else just above or below its nodes (a community less than twice as wide as its name: above or below first,
 * then the centre); a label is left out when every place is off the viewport or meets a label already placed or an
 * obstacle (the node labels drawn), with `gap` pixels around; at most `max` labels.
 */
export function placeClusterLabels(
  centroids: readonly ClusterCentroid[],
  view: { width: number; height: number; scale: number; toViewport: (point: { x: number; y: number }) => { x: number; y: number } },
  measure: (text: string, fontSize: number) => number,
  options: { max?: number; gap?: number; obstacles?: readonly Obstacle[] } = {},
): PlacedClusterLabel[] {
  const max = options.max ?? 40;
  const gap = options.gap ?? 4;
  const obstacles = options.obstacles ?? [];
  const largest = centroids.reduce((m, c) => Math.max(m, c.size), 1);
  const placed: PlacedClusterLabel[] = [];
  const meets = (x: number, y: number, width: number, height: number) =>
    placed.some((other) => Math.abs(other.x - x) * 2 < other.width + width + 2 * gap && Math.abs(other.y - y) * 2 < other.height + height + 2 * gap) ||
    obstacles.some((box) => x - width / 2 - gap < box.maxX && box.minX < x + width / 2 + gap && y - height / 2 - gap < box.maxY && box.minY < y + height / 2 + gap);
  for (const centroid of centroids) {
    if (placed.length >= max) break;
    const fontSize = clusterFontSize(centroid.size, largest);
    const centre = view.toViewport(centroid);
    const width = measure(centroid.text, fontSize);
    const height = fontSize * 1.2;
    // The community's box on screen (the camera flips the y axis: both corners, then their extremes).
    const a = view.toViewport({ x: centroid.minX, y: centroid.minY });
    const b = view.toViewport({ x: centroid.maxX, y: centroid.maxY });
    const top = Math.min(a.y, b.y);
    const bottom = Math.max(a.y, b.y);
    const extent = Math.max(Math.abs(b.x - a.x), bottom - top);
    // A community less than twice as wide as its name (a paper and its few entities, on a small graph): at its centre
    // the name would hide the nodes it names, so just above or below them first, the centre last.
    const above = top - height / 2 - gap;
    const below = bottom + height / 2 + gap;
    const places = extent < 2 * width ? [above, below, centre.y] : [centre.y, above, below];
    for (const y of places) {
      const x = centre.x;
      if (x - width / 2 < 0 || x + width / 2 > view.width || y - height / 2 < 0 || y + height / 2 > view.height) continue;
      if (meets(x, y, width, height)) continue;
      const screenRadius = centroid.radius * view.scale;
      placed.push({ community: centroid.community, text: centroid.text, x, y, fontSize, width, height, faint: screenRadius > 0.35 * Math.min(view.width, view.height) });
      break;
    }
  }
  return placed;
}
