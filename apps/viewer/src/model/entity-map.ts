import { entityMap, entityMapRadius, papersOf, withEntityDiscs, type EntityMap, type EntityMapNode } from '@papergraph/core';
import { MultiDirectedGraph } from 'graphology';
import type { ViewerEdgeAttributes, ViewerGraph, ViewerGraphAttributes, ViewerNodeAttributes } from '../graph/types.ts';
import type { Hidden } from './overview.ts';

/**
 * The entity map as the viewer draws it (VOSviewer's term map): core's `entityMap` — models, methods and datasets
 * linked by the papers that name both — as a small graph for sigma, with the papers of chosen entities drawn around
 * them on demand. It is the view a graph opens on from ENTITY_MAP_FROM_NODES nodes, where the graph drawn whole (or
 * its overview of communities) no longer says what the papers are about.
 */

/**
 * Graphs of at least this many nodes open on the entity map: about 800 papers with their authors and entities. Drawn
 * whole, such a graph is a disc of thousands of dots in which no label or link can be followed (the 5,000-paper graph
 * has 33k nodes); its entity map shows the few hundred entities named by two papers or more, labelled.
 */
export const ENTITY_MAP_FROM_NODES = 5000;
/**
 * At most this many co-occurrence links are drawn, the most shared first (VOSviewer draws 1,000 by default): past it
 * the lines between the big entities cover the map.
 */
export const MAP_MAX_LINKS = 1000;
/** At most this many papers of one entity are drawn around it ("Show papers"); the side panel lists them all. */
export const MAP_PAPERS_PER_ENTITY = 300;

/** Relation of a drawn co-occurrence link; never a relation of the contract. */
export const CO_OCCURRENCE_RELATION = 'co-occurrence';
const CO_OCCURRENCE_PREFIX = '#co:';
const LINK_COLOR = '#dde1e7';

/** Which canvas is shown: the entity map or the graph (drawn whole, or its overview of communities on large graphs). */
export type CanvasView = 'entities' | 'graph';

export function defaultCanvasView(graphOrder: number): CanvasView {
  return graphOrder >= ENTITY_MAP_FROM_NODES ? 'entities' : 'graph';
}

/** A graph.json may carry its map already computed (`entityMap` graph attribute, e.g. a compact view file). */
function isEntityMap(value: unknown): value is EntityMap {
  if (typeof value !== 'object' || value === null) return false;
  const map = value as Partial<EntityMap>;
  return Array.isArray(map.nodes) && Array.isArray(map.links) && Array.isArray(map.communities);
}

/** The graph's entity map: the one it carries (`entityMap` attribute), else core's, computed here. */
export function entityMapOf(graph: ViewerGraph): EntityMap {
  const carried: unknown = graph.getAttribute('entityMap');
  // A map carried by a file written before core sized its discs gets them (sized and apart) here.
  return isEntityMap(carried) ? withEntityDiscs(carried) : entityMap(graph);
}

/** Width of a co-occurrence link: log of the papers naming both, 0.5 px for one paper to 6 px for thousands. */
export function coOccurrenceWidth(papers: number): number {
  return Math.min(6, 0.5 + 1.6 * Math.log10(Math.max(1, papers)));
}

/**
 * Radius of an entity's disc on the map, in the map's units (the canvas draws the map with sizes in graph units, see
 * `MAP_SIZES_IN_GRAPH_UNITS`): core's `radius`, the size its overlap removal kept apart, so discs never overlap at any
 * zoom; for a map carried by a file written before core sized discs, core's formula.
 */
export function entityRadius(node: Pick<EntityMapNode, 'papers'> & { radius?: number }, largest: number, entities: number): number {
  return typeof node.radius === 'number' && node.radius > 0 ? node.radius : entityMapRadius(node.papers, largest, entities);
}

/**
 * On the map, node sizes are in graph units and scale with the positions (sigma's `itemSizesReference: 'positions'`
 * with a zoom-to-size ratio of the zoom itself): a disc is as big, relative to its neighbours, at every zoom, as core
 * laid it out. Elsewhere sizes are screen pixels.
 */
export const MAP_SIZES_IN_GRAPH_UNITS = { itemSizesReference: 'positions', zoomToSizeRatioFunction: (ratio: number): number => ratio } as const;

export interface MapDisplayOptions {
  /** What the filters and the date range hide, as keys of the full graph. */
  hidden: Hidden;
  /** Entities whose papers are drawn around them. */
  papersOf: readonly string[];
  /**
   * The selected node, drawn even when the map leaves it out (a paper, an entity under the paper threshold): placed
   * among the drawn entities it is tied to, and linked to them.
   */
  selected?: string | null;
}

/**
 * The graph sigma draws for the map: one node per entity the filters keep (the full graph's key, kind, label,
 * community and colour; `papers` its count; size by papers), one link per co-occurrence between two kept entities
 * (`papers`, `strength`), and for each entity in `papersOf` its papers on a sunflower around it, linked (under the full
 * graph's edge keys, so highlights carry over) to every drawn entity they name.
 */
export function buildEntityMapGraph(graph: ViewerGraph, map: EntityMap, options: MapDisplayOptions): ViewerGraph {
  const display: ViewerGraph = new MultiDirectedGraph<ViewerNodeAttributes, ViewerEdgeAttributes, ViewerGraphAttributes>();
  display.setAttribute('communities', graph.getAttribute('communities') ?? []);
  const hidden = options.hidden.hiddenNodes;
  const largest = map.nodes.reduce((max, node) => Math.max(max, node.papers), 1);
  for (const node of map.nodes) {
    if (hidden.has(node.key)) continue;
    const own = graph.hasNode(node.key) ? graph.getNodeAttributes(node.key) : null;
    display.addNode(node.key, {
      kind: node.kind,
      label: node.label,
      community: node.community,
      papers: node.papers,
      x: node.x,
      y: node.y,
      color: own?.color ?? '#777',
      displaySize: entityRadius(node, largest, map.nodes.length),
    });
  }
  let links = 0;
  for (const link of map.links) {
    if (links >= MAP_MAX_LINKS) break;
    if (!display.hasNode(link.source) || !display.hasNode(link.target)) continue;
    links += 1;
    display.addDirectedEdgeWithKey(`${CO_OCCURRENCE_PREFIX}${link.source}|${link.target}`, link.source, link.target, {
      relation: CO_OCCURRENCE_RELATION,
      papers: link.papers,
      strength: link.strength,
      displayWidth: coOccurrenceWidth(link.papers),
      color: LINK_COLOR,
    });
  }
  // Extras are drawn as big as the smallest entity (the selection) or smaller (papers): sizes are map units here.
  const smallest = map.nodes.reduce((min, node) => Math.min(min, entityRadius(node, largest, map.nodes.length)), Infinity);
  const extraSize = Number.isFinite(smallest) ? smallest : 0.2;
  for (const entity of options.papersOf) addPapersAround(graph, display, entity, options.hidden, Math.min(0.15, extraSize));
  if (options.selected) addSelected(graph, display, options.selected, options.hidden, extraSize);
  return display;
}

/** Papers of a node in the full graph: itself for a paper, the papers naming it for an entity. */
function papersNaming(graph: ViewerGraph, key: string, hidden: Hidden): string[] {
  if (graph.getNodeAttribute(key, 'kind') === 'paper') return [key];
  return papersOf(graph, key)
    .map((paper) => paper.key)
    .filter((paper) => !hidden.hiddenNodes.has(paper));
}

/**
 * The selection when the map does not draw it: a paper at the centre of the drawn entities it names (mentions, as the
 * map counts them), linked to them
 * under its own edge keys; an entity (or author) at the centre of the drawn entities its papers name, linked to them
 * by co-occurrence. Nothing when it is hidden, drawn already, or tied to nothing drawn.
 */
function addSelected(graph: ViewerGraph, display: ViewerGraph, key: string, hidden: Hidden, size: number): void {
  if (!graph.hasNode(key) || display.hasNode(key) || hidden.hiddenNodes.has(key)) return;
  const attributes = graph.getNodeAttributes(key);
  const isPaper = attributes.kind === 'paper';
  const tied = new Map<string, number>();
  for (const paper of papersNaming(graph, key, hidden).slice(0, MAP_PAPERS_PER_ENTITY)) {
    graph.forEachOutEdge(paper, (edge, edgeAttributes, _source, target) => {
      // Ties as the map counts them: mentions, not listing tags.
      if (edgeAttributes.relation === 'tagged' || target === key || !display.hasNode(target) || hidden.hiddenEdges.has(edge)) return;
      tied.set(target, (tied.get(target) ?? 0) + 1);
    });
  }
  if (tied.size === 0) return;
  let x = 0;
  let y = 0;
  for (const entity of tied.keys()) {
    x += display.getNodeAttribute(entity, 'x') ?? 0;
    y += display.getNodeAttribute(entity, 'y') ?? 0;
  }
  display.addNode(key, {
    kind: attributes.kind,
    label: isPaper ? String(attributes.title ?? attributes.label) : attributes.label,
    community: attributes.community,
    papers: isPaper ? undefined : papersNaming(graph, key, hidden).length,
    x: x / tied.size,
    y: y / tied.size,
    color: attributes.color ?? '#777',
    displaySize: size,
  });
  if (isPaper) {
    graph.forEachOutEdge(key, (edge, edgeAttributes, source, target) => {
      if (edgeAttributes.relation !== 'tagged' && display.hasNode(target) && !hidden.hiddenEdges.has(edge) && !display.hasEdge(edge)) display.addDirectedEdgeWithKey(edge, source, target, { relation: edgeAttributes.relation, color: edgeAttributes.color ?? LINK_COLOR });
    });
    return;
  }
  for (const [entity, papers] of tied) {
    display.addDirectedEdgeWithKey(`${CO_OCCURRENCE_PREFIX}${key}|${entity}`, key, entity, { relation: CO_OCCURRENCE_RELATION, papers, displayWidth: coOccurrenceWidth(papers), color: LINK_COLOR });
  }
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));


/** An entity's visible papers on a sunflower around it, with their links to the drawn entities. */
function addPapersAround(graph: ViewerGraph, display: ViewerGraph, entity: string, hidden: Hidden, dot: number): void {
  if (!display.hasNode(entity) || !graph.hasNode(entity)) return;
  const centre = display.getNodeAttributes(entity);
  const papers = papersOf(graph, entity, { includeTagged: true })
    .filter((paper) => !hidden.hiddenNodes.has(paper.key))
    .slice(0, MAP_PAPERS_PER_ENTITY);
  // The map's unit is about one node's room: the sunflower starts just outside the entity's disc, each paper taking
  // the same ring area, and its dots (sizes are map units here) keep apart.
  const spacing = 0.45;
  const inner = (typeof centre.displaySize === 'number' ? centre.displaySize : 0) + spacing;
  papers.forEach((paper, i) => {
    if (display.hasNode(paper.key)) return;
    const attributes = graph.getNodeAttributes(paper.key);
    const radius = Math.sqrt(inner * inner + spacing * spacing * i);
    display.addNode(paper.key, {
      kind: attributes.kind,
      label: String(attributes.title ?? attributes.label),
      community: attributes.community,
      paperCount: 1,
      x: (centre.x ?? 0) + radius * Math.cos(i * GOLDEN_ANGLE),
      y: (centre.y ?? 0) + radius * Math.sin(i * GOLDEN_ANGLE),
      color: attributes.color ?? '#777',
      displaySize: dot,
    });
  });
  for (const paper of papers) {
    graph.forEachOutEdge(paper.key, (edge, attributes, source, target) => {
      if (hidden.hiddenEdges.has(edge) || !display.hasNode(target) || display.hasEdge(edge)) return;
      display.addDirectedEdgeWithKey(edge, source, target, { relation: attributes.relation, color: attributes.color ?? LINK_COLOR });
    });
  }
}

/** Whether a drawn node is a co-occurrence link's key (not an edge of the full graph). */
export function isCoOccurrenceEdge(key: string): boolean {
  return key.startsWith(CO_OCCURRENCE_PREFIX);
}
