import type { ViewerGraph } from '../graph/types.ts';

export interface FilterState {
  hiddenKinds: ReadonlySet<string>;
  hiddenCommunities: ReadonlySet<number>;
  hiddenRelations: ReadonlySet<string>;
  /** Entities and authors linked (by a shown relation) to fewer papers than this are hidden; papers always pass. */
  minPapers: number;
}

export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
  visibleNodeCount: number;
  visibleEdgeCount: number;
}

/** Past this many nodes the viewer starts with authors hidden: they are most of a big graph and the least telling. */
export const LARGE_GRAPH_NODES = 5000;

export function defaultFilters(graphOrder: number): FilterState {
  return {
    hiddenKinds: new Set(graphOrder > LARGE_GRAPH_NODES ? ['author'] : []),
    hiddenCommunities: new Set(),
    hiddenRelations: new Set(),
    minPapers: 1,
  };
}

export function filtersEqual(a: FilterState, b: FilterState): boolean {
  const sameSet = <T>(x: ReadonlySet<T>, y: ReadonlySet<T>) => x.size === y.size && [...x].every((v) => y.has(v));
  return (
    a.minPapers === b.minPapers &&
    sameSet(a.hiddenKinds, b.hiddenKinds) &&
    sameSet(a.hiddenCommunities, b.hiddenCommunities) &&
    sameSet(a.hiddenRelations, b.hiddenRelations)
  );
}

/**
 * Which nodes and edges the filters hide. One pass over nodes and edges (plus one more for the paper threshold):
 * run when a filter changes, never per frame. `alsoHidden`: nodes hidden by something else first (the timeline's
 * date range), before the paper threshold counts what is left.
 */
export function computeVisibility(graph: ViewerGraph, filters: FilterState, alsoHidden: ReadonlySet<string> = new Set()): Visibility {
  const hiddenNodes = new Set<string>(alsoHidden);
  graph.forEachNode((node, attributes) => {
    if (filters.hiddenKinds.has(attributes.kind) || filters.hiddenCommunities.has(attributes.community)) hiddenNodes.add(node);
  });

  const hiddenEdges = new Set<string>();
  const hideEdgesOf = (): void => {
    graph.forEachEdge((edge, attributes, source, target) => {
      if (filters.hiddenRelations.has(attributes.relation) || hiddenNodes.has(source) || hiddenNodes.has(target)) hiddenEdges.add(edge);
    });
  };
  hideEdgesOf();

  if (filters.minPapers > 1) {
    graph.forEachNode((node, attributes) => {
      if (attributes.kind === 'paper' || hiddenNodes.has(node)) return;
      const papers = new Set<string>();
      graph.forEachEdge(node, (edge, _attributes, source, target) => {
        if (hiddenEdges.has(edge)) return;
        const other = source === node ? target : source;
        if (graph.getNodeAttribute(other, 'kind') === 'paper') papers.add(other);
      });
      if (papers.size < filters.minPapers) hiddenNodes.add(node);
    });
    hideEdgesOf();
  }

  return {
    hiddenNodes,
    hiddenEdges,
    visibleNodeCount: graph.order - hiddenNodes.size,
    visibleEdgeCount: graph.size - hiddenEdges.size,
  };
}

/**
 * Counts per kind for the legend (over the whole graph, not just what is shown). Stub papers (works known only as
 * references) are not counted as papers: the count is of the papers the user gave.
 */
export function countByKind(graph: ViewerGraph): Map<string, number> {
  const counts = new Map<string, number>();
  graph.forEachNode((_node, attributes) => {
    if (attributes.kind === 'paper' && attributes['stub'] === true) return;
    counts.set(attributes.kind, (counts.get(attributes.kind) ?? 0) + 1);
  });
  return counts;
}

export function countByRelation(graph: ViewerGraph): Map<string, number> {
  const counts = new Map<string, number>();
  graph.forEachEdge((_edge, attributes) => counts.set(attributes.relation, (counts.get(attributes.relation) ?? 0) + 1));
  return counts;
}
