import Graph from 'graphology';
import forceAtlas2, { inferSettings } from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { OverviewModel, OverviewPlacement, Point } from '../model/overview.ts';
import type { ViewerGraph } from './types.ts';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Radius of the spiral that `members` nodes take when their community is expanded. */
export function expandedRadius(members: number, spacing: number): number {
  return spacing * Math.sqrt(members + 1);
}

/** Named entities in the middle, then papers, then authors: the spiral reads from what a community is about outwards. */
const KIND_RING: Readonly<Record<string, number>> = { model: 0, method: 1, dataset: 2, paper: 3, author: 4 };

/**
 * Members on a sunflower spiral around the community's centre, ordered by kind then by degree: deterministic and
 * instant, where ForceAtlas2 on thousands of members would take seconds.
 */
export function spiralPositions(graph: ViewerGraph, members: readonly string[], centre: Point, spacing: number): Map<string, Point> {
  const ordered = members
    .map((node) => ({ node, ring: KIND_RING[graph.getNodeAttribute(node, 'kind')] ?? 5, degree: graph.degree(node) }))
    .sort((a, b) => a.ring - b.ring || b.degree - a.degree || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0));
  const positions = new Map<string, Point>();
  ordered.forEach(({ node }, i) => {
    const r = spacing * Math.sqrt(i + 0.5);
    positions.set(node, { x: centre.x + Math.cos(i * GOLDEN_ANGLE) * r, y: centre.y + Math.sin(i * GOLDEN_ANGLE) * r });
  });
  return positions;
}

/**
 * Super-node centres. Communities linked to others: ForceAtlas2 on the community graph, starting from a sunflower by
 * size, then scaled so each has room for its expanded spiral. Isolated ones (on real corpora most communities are
 * one paper and its authors, linked to nothing) need no forces: they go on a spiral around the linked core, largest
 * first. Then noverlap pushes apart what still overlaps. Well under a second for a few thousand communities.
 */
export function layoutCommunities(model: OverviewModel, spacing: number, iterations: number): Map<number, Point> {
  const linkedIds = new Set<number>();
  for (const link of model.links) {
    linkedIds.add(link.source);
    linkedIds.add(link.target);
  }
  const radius = new Map(model.communities.map((c) => [c.id, expandedRadius(c.visibleMembers, spacing)]));
  const linked = model.communities.filter((c) => linkedIds.has(c.id));
  const isolated = model.communities.filter((c) => !linkedIds.has(c.id));

  const layout = new Graph({ type: 'undirected' });
  linked.forEach((community, rank) => {
    const r = Math.sqrt(rank) * 10;
    layout.addNode(String(community.id), { x: Math.cos(rank * GOLDEN_ANGLE) * r, y: Math.sin(rank * GOLDEN_ANGLE) * r, size: radius.get(community.id) });
  });
  for (const link of model.links) {
    if (layout.hasNode(String(link.source)) && layout.hasNode(String(link.target))) {
      layout.addEdge(String(link.source), String(link.target), { weight: Math.log1p(link.weight) });
    }
  }
  if (layout.size > 0) {
    // Fewer iterations when there are thousands of linked communities: the sunflower start is already fair.
    const scaledIterations = Math.max(20, Math.round(iterations * Math.min(1, 1000 / Math.max(1, layout.order))));
    forceAtlas2.assign(layout, {
      iterations: scaledIterations,
      getEdgeWeight: 'weight',
      settings: { ...inferSettings(layout), barnesHutOptimize: layout.order > 500, strongGravityMode: true, gravity: 0.5 },
    });
  }

  // Scale the linked core so its discs' total area fills about half of it.
  let area = 0;
  let cx = 0;
  let cy = 0;
  layout.forEachNode((_node, attributes) => {
    area += Math.PI * (attributes.size as number) ** 2;
    cx += attributes.x as number;
    cy += attributes.y as number;
  });
  cx /= Math.max(1, layout.order);
  cy /= Math.max(1, layout.order);
  let extent = 0;
  layout.forEachNode((_node, attributes) => {
    extent = Math.max(extent, Math.hypot((attributes.x as number) - cx, (attributes.y as number) - cy));
  });
  const coreExtent = Math.sqrt((area * 2) / Math.PI);
  const scale = extent > 0 ? coreExtent / extent : 1;
  layout.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, x: ((attributes.x as number) - cx) * scale, y: ((attributes.y as number) - cy) * scale }));

  // Isolated communities: a spiral outwards from the core's rim, each turn's area matching the discs placed on it.
  let rimArea = Math.PI * (coreExtent + spacing * 4) ** 2;
  isolated.forEach((community, i) => {
    const r = radius.get(community.id) ?? spacing;
    rimArea += Math.PI * (2 * r + spacing) ** 2;
    const distance = Math.sqrt(rimArea / Math.PI);
    layout.addNode(String(community.id), { x: Math.cos(i * GOLDEN_ANGLE) * distance, y: Math.sin(i * GOLDEN_ANGLE) * distance, size: r });
  });
  noverlap.assign(layout, { maxIterations: 60, settings: { margin: spacing, ratio: 1, gridSize: 20 } });

  const centres = new Map<number, Point>();
  layout.forEachNode((node, attributes) => centres.set(Number(node), { x: attributes.x as number, y: attributes.y as number }));
  return centres;
}

/**
 * Placement for the display graph: community centres from the layout (computed once per load, so expanding and
 * filtering never move the map), member spirals computed on first expansion and cached.
 */
export class OverviewPlacementCache implements OverviewPlacement {
  private readonly memberPositions = new Map<string, Point>();

  constructor(
    private readonly graph: ViewerGraph,
    private readonly centres: ReadonlyMap<number, Point>,
    private readonly spacing: number,
  ) {}

  centre(community: number): Point {
    return this.centres.get(community) ?? { x: 0, y: 0 };
  }

  /** Lays out a community's members, again only when a filter change brought in members never placed. */
  prepare(community: number, members: readonly string[]): void {
    if (members.every((node) => this.memberPositions.has(node))) return;
    for (const [node, point] of spiralPositions(this.graph, members, this.centre(community), this.spacing)) this.memberPositions.set(node, point);
  }

  member(node: string): Point {
    return this.memberPositions.get(node) ?? this.centre(this.graph.getNodeAttribute(node, 'community'));
  }

  /** Extent of the map with every community expanded: a fixed frame, so the camera does not jump on expansion. */
  bbox(radius: (community: number) => number): { x: [number, number]; y: [number, number] } {
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (const [community, { x, y }] of this.centres) {
      const r = radius(community);
      minX = Math.min(minX, x - r);
      maxX = Math.max(maxX, x + r);
      minY = Math.min(minY, y - r);
      maxY = Math.max(maxY, y + r);
    }
    if (!Number.isFinite(minX)) return { x: [-1, 1], y: [-1, 1] };
    return { x: [minX, maxX], y: [minY, maxY] };
  }
}

/** Extent of a set of points, or null when there is none. */
function extentOf(points: Iterable<Point>): { x: [number, number]; y: [number, number] } | null {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const { x, y } of points) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return Number.isFinite(minX) ? { x: [minX, maxX], y: [minY, maxY] } : null;
}

/**
 * Each community's centre in the graph's own layout (core's, by community): the mean position of its members. A
 * graph from the CLI has every node placed, so the overview is that map with each community folded into one
 * super-node at its centre — no layout runs in the page. `known`: centres already computed (a view file's).
 */
export function communityCentres(graph: ViewerGraph, known?: ReadonlyArray<{ community: number; x: number; y: number }>): Map<number, Point> {
  if (known && known.length > 0) return new Map(known.map((region) => [region.community, { x: region.x, y: region.y }]));
  const sums = new Map<number, { x: number; y: number; n: number }>();
  graph.forEachNode((_node, attributes) => {
    if (typeof attributes.x !== 'number' || typeof attributes.y !== 'number') return;
    const sum = sums.get(attributes.community);
    if (sum) {
      sum.x += attributes.x;
      sum.y += attributes.y;
      sum.n += 1;
    } else sums.set(attributes.community, { x: attributes.x, y: attributes.y, n: 1 });
  });
  return new Map([...sums].map(([community, sum]) => [community, { x: sum.x / sum.n, y: sum.y / sum.n }]));
}

/**
 * Where the group of small communities goes on a map laid out already: the median of their centres, axis by axis.
 * Core sets out communities linked to nothing as a grid beside the map, so that is the grid's middle; the few small
 * communities linked to the map, elsewhere, do not pull it away as a mean would. Null when none has a centre.
 */
export function medianCentre(centres: ReadonlyMap<number, Point>, communities: Iterable<number>): Point | null {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const community of communities) {
    const centre = centres.get(community);
    if (!centre) continue;
    xs.push(centre.x);
    ys.push(centre.y);
  }
  if (xs.length === 0) return null;
  const median = (values: number[]) => {
    values.sort((a, b) => a - b);
    const middle = values.length >> 1;
    return values.length % 2 === 1 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2;
  };
  return { x: median(xs), y: median(ys) };
}

/**
 * Placement on a graph laid out already (core's positions): super-nodes at their community's centre, expanded
 * members where the layout put them, inside their community's region. Nothing is computed per expansion.
 */
export class GraphPlacement implements OverviewPlacement {
  private frame: { x: [number, number]; y: [number, number] } | null = null;

  constructor(
    private readonly graph: ViewerGraph,
    private readonly centres: ReadonlyMap<number, Point>,
  ) {}

  centre(community: number): Point {
    return this.centres.get(community) ?? { x: 0, y: 0 };
  }

  prepare(): void {}

  member(node: string): Point {
    const { x, y, community } = this.graph.getNodeAttributes(node);
    return typeof x === 'number' && typeof y === 'number' ? { x, y } : this.centre(community);
  }

  /** The whole layout's extent (computed once): expanding a community never moves the frame. */
  bbox(): { x: [number, number]; y: [number, number] } {
    if (!this.frame) {
      const graph = this.graph;
      this.frame =
        extentOf(
          (function* () {
            for (const { attributes } of graph.nodeEntries()) if (typeof attributes.x === 'number' && typeof attributes.y === 'number') yield { x: attributes.x, y: attributes.y };
          })(),
        ) ?? extentOf(this.centres.values()) ?? { x: [-1, 1], y: [-1, 1] };
    }
    return this.frame;
  }
}
