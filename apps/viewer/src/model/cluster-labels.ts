import type { ViewerGraph } from '../graph/types.ts';
import { OccupancyRaster, type NodeDisc, type Obstacle } from './occupancy.ts';

export type { NodeDisc, Obstacle };

/**
 * Community names on the canvas: one label per community at the free place nearest the centre of its drawn nodes (one
 * that covers no drawn node), sized by the community's drawn size, placed largest first and left out where no place
 * near it is free of nodes, of the labels already placed and of the node labels.
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
  /** The community fills much of the view (zoomed into it): its name is drawn faint, a background to what is in it. */
  faint: boolean;
}

/** Font size of a community label: 11 px for the smallest drawn to 22 px for the largest (by area, so sqrt). */
export function clusterFontSize(size: number, largest: number): number {
  return Math.round(11 + 11 * Math.sqrt(size / Math.max(1, largest)));
}

/** Rings searched around a community's centre for a free place, at most (so a frame's search stays bounded). */
const MAX_RINGS = 24;
/** Places tried on one ring, at most. */
const MAX_PER_RING = 48;
/**
 * Communities in view tried per label shown, at most: on a crowded map most find no free place, and each costs a
 * search; the largest come first, so those left untried are small ones.
 */
const MAX_TRIED_PER_LABEL = 8;

/** Directions of `count` places evenly round a ring, in the order tried (see `candidateOffsets`), made once per count. */
const ringDirections = new Map<number, ReadonlyArray<{ dx: number; dy: number }>>();
function directions(count: number): ReadonlyArray<{ dx: number; dy: number }> {
  let ring = ringDirections.get(count);
  if (!ring) {
    const places = Array.from({ length: count }, (_, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / count;
      return { dx: Math.cos(angle), dy: Math.sin(angle) };
    });
    // Rounded so that the two places straight above and below tie on |dx| whatever the float error.
    ring = places.sort((a, b) => Math.round(Math.abs(a.dx) * 1e9) - Math.round(Math.abs(b.dx) * 1e9) || a.dy - b.dy);
    ringDirections.set(count, ring);
  }
  return ring;
}

/**
 * Offsets from a community's centre where its label may go, nearest first: the centre, then rings `step` apart out to
 * `reach` pixels. On a ring, the places straight above and below come first (a name moved sideways reads as its
 * neighbour's), then those further round, above before below. Made ring by ring, as the search asks for them.
 */
function* candidateOffsets(reach: number, step: number): Generator<{ dx: number; dy: number }> {
  yield { dx: 0, dy: 0 };
  for (let ring = 1; ring * step <= reach; ring += 1) {
    const distance = ring * step;
    const count = Math.min(MAX_PER_RING, Math.max(8, 4 * Math.ceil((Math.PI * distance) / (2 * step))));
    for (const { dx, dy } of directions(count)) yield { dx: distance * dx, dy: distance * dy };
  }
}

/**
 * Chooses and places the labels of one frame: `toViewport` maps graph coordinates to viewport pixels, `measure` gives a
 * text's width at a font size, `scale` is viewport pixels per graph unit. Cartographic placement, as map tools name
 * areas: largest communities first, each at the free place nearest its centre, searched on rings around it out to its
 * spread on screen and two label heights beyond (so above or below its nodes when they fill its middle). A place is
 * free when the label with `gap` pixels around it stays inside the viewport and meets no drawn node (`nodes`: no node
 * is hidden under a name, and every node stays in sight and clickable), no label already placed and no obstacle (the
 * node labels drawn, the controls over the canvas). A community with no free place near it goes unnamed in this frame
 * (zooming in spreads its nodes and makes room); at most `max` labels.
 */
export function placeClusterLabels(
  centroids: readonly ClusterCentroid[],
  view: { width: number; height: number; scale: number; toViewport: (point: { x: number; y: number }) => { x: number; y: number } },
  measure: (text: string, fontSize: number) => number,
  options: { max?: number; gap?: number; obstacles?: readonly Obstacle[]; nodes?: readonly NodeDisc[] } = {},
): PlacedClusterLabel[] {
  const max = options.max ?? 40;
  const gap = options.gap ?? 4;
  const taken = new OccupancyRaster(view.width, view.height, options.nodes ?? [], options.obstacles ?? []);
  const largest = centroids.reduce((m, c) => Math.max(m, c.size), 1);
  const placed: PlacedClusterLabel[] = [];
  let tried = 0;
  for (const centroid of centroids) {
    if (placed.length >= max || tried >= MAX_TRIED_PER_LABEL * max) break;
    const fontSize = clusterFontSize(centroid.size, largest);
    const centre = view.toViewport(centroid);
    const width = measure(centroid.text, fontSize);
    const height = fontSize * 1.2;
    // The community's box on screen (the camera flips the y axis: both corners, then their extremes).
    const a = view.toViewport({ x: centroid.minX, y: centroid.minY });
    const b = view.toViewport({ x: centroid.maxX, y: centroid.maxY });
    const spread = Math.max(Math.abs(b.x - a.x), Math.abs(b.y - a.y)) / 2;
    const reach = spread + 2 * height;
    // A community wholly off the viewport has no place inside it.
    if (centre.x + reach + width / 2 < 0 || centre.x - reach - width / 2 > view.width || centre.y + reach + height / 2 < 0 || centre.y - reach - height / 2 > view.height) continue;
    tried += 1;
    const step = Math.max(height / 2, reach / MAX_RINGS);
    for (const { dx, dy } of candidateOffsets(reach, step)) {
      const x = centre.x + dx;
      const y = centre.y + dy;
      if (x - width / 2 < 0 || x + width / 2 > view.width || y - height / 2 < 0 || y + height / 2 > view.height) continue;
      // With `gap` pixels around it (and between two names).
      const box = { minX: x - width / 2 - gap, maxX: x + width / 2 + gap, minY: y - height / 2 - gap, maxY: y + height / 2 + gap };
      if (taken.meets(box) || placed.some((other) => Math.abs(other.x - x) * 2 < other.width + width + 2 * gap && Math.abs(other.y - y) * 2 < other.height + height + 2 * gap)) continue;
      const screenRadius = centroid.radius * view.scale;
      placed.push({ community: centroid.community, text: centroid.text, x, y, fontSize, width, height, faint: screenRadius > 0.35 * Math.min(view.width, view.height) });
      break;
    }
  }
  return placed;
}
