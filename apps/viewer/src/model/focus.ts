import type { ViewerGraph } from '../graph/types.ts';
import { papersOf, sharedBetween } from '@papergraph/core';

export interface FocusRequest {
  hovered: string | null;
  selected: string | null;
  sharedEntity: string | null;
  comparedPapers: readonly string[];
  /** A multi-entity query's entities and the papers of its answer (empty: no query). */
  query?: { entities: readonly string[]; papers: readonly string[] };
  /** What compared papers share pairwise (entities and authors at least two of them have); core's intersection without it. */
  comparedShared?: readonly string[];
  /** What each compared paper alone has (its own entities): lit with the shared ones where the papers are not drawn. */
  comparedOwn?: readonly string[];
}

/** The nodes and edges that stand out; everything else fades. */
export interface Focus {
  nodes: Set<string>;
  edges: Set<string>;
}

function neighbourhood(graph: ViewerGraph, node: string): Focus {
  const nodes = new Set<string>([node]);
  const edges = new Set<string>();
  graph.forEachEdge(node, (edge, _attributes, source, target) => {
    edges.add(edge);
    nodes.add(source === node ? target : source);
  });
  return { nodes, edges };
}

/** Edges between the centre nodes and the other focused nodes. */
function linksBetween(graph: ViewerGraph, centres: Iterable<string>, others: ReadonlySet<string>): Set<string> {
  const edges = new Set<string>();
  for (const centre of centres) {
    graph.forEachEdge(centre, (edge, _attributes, source, target) => {
      if (others.has(source === centre ? target : source)) edges.add(edge);
    });
  }
  return edges;
}

/** Two focuses together: what either lights stands out. */
function union(a: Focus, b: Focus): Focus {
  return { nodes: new Set([...a.nodes, ...b.nodes]), edges: new Set([...a.edges, ...b.edges]) };
}

/**
 * What another highlight lights, by priority: the shared-panel choice (an entity and its papers), then a query (its
 * entities and the papers of its answer), then compared papers and what they share. Null: none is active.
 */
function answerFocus(graph: ViewerGraph, request: FocusRequest): Focus | null {
  if (request.sharedEntity !== null && graph.hasNode(request.sharedEntity)) {
    const nodes = new Set<string>([request.sharedEntity, ...papersOf(graph, request.sharedEntity, { includeTagged: true }).map((p) => p.key)]);
    return { nodes, edges: linksBetween(graph, [request.sharedEntity], nodes) };
  }
  const query = request.query;
  if (query && query.entities.some((entity) => graph.hasNode(entity))) {
    const entities = query.entities.filter((entity) => graph.hasNode(entity));
    const nodes = new Set<string>([...entities, ...query.papers.filter((paper) => graph.hasNode(paper))]);
    return { nodes, edges: linksBetween(graph, entities, nodes) };
  }
  const compared = request.comparedPapers.filter((paper) => graph.hasNode(paper));
  if (compared.length >= 2) {
    const shared = (request.comparedShared ?? sharedBetween(graph, compared).map((e) => e.key)).filter((key) => graph.hasNode(key));
    const nodes = new Set<string>([...compared, ...shared]);
    return { nodes, edges: linksBetween(graph, compared, nodes) };
  }
  if (request.comparedPapers.length >= 2 && request.comparedShared) {
    // A canvas without the papers (the entity map): what they name stands out instead, shared and each one's.
    const named = [...request.comparedShared, ...(request.comparedOwn ?? [])].filter((key) => graph.hasNode(key));
    if (named.length > 0) {
      const nodes = new Set<string>([...compared, ...named]);
      return { nodes, edges: linksBetween(graph, nodes, nodes) };
    }
  }
  return null;
}

/**
 * What to highlight: the hovered node's neighbourhood alone while the pointer is on a node; otherwise the selected
 * node's neighbourhood together with the other highlight (the shared-panel choice, a query's answer or compared papers,
 * see `answerFocus`), so choosing a paper of an answer keeps what it links to lit instead of greying it. Null: nothing
 * fades.
 */
export function computeFocus(graph: ViewerGraph, request: FocusRequest): Focus | null {
  if (request.hovered !== null && graph.hasNode(request.hovered)) return neighbourhood(graph, request.hovered);
  const answer = answerFocus(graph, request);
  const selection = request.selected !== null && graph.hasNode(request.selected) ? neighbourhood(graph, request.selected) : null;
  return answer && selection ? union(answer, selection) : (answer ?? selection);
}
