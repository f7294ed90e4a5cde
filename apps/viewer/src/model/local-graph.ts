import { MultiDirectedGraph } from 'graphology';
import { labelRank } from '../graph/appearance.ts';
import type { ViewerEdgeAttributes, ViewerGraph, ViewerGraphAttributes, ViewerNodeAttributes } from '../graph/types.ts';
import type { Hidden } from './overview.ts';

/**
 * The local graph around one node: every node the filters keep within `depth` links of it (links followed both ways),
 * drawn on rings by distance — the node in the middle, its neighbours on the first ring, theirs on the second… — each
 * node on its ring near the node that reached it, so branches read as sectors. Costs what it draws (a walk from the
 * node), whatever the size of the graph.
 */

/** At most this many nodes in a local graph; past it each ring keeps its entities first, then the most linked papers. */
export const LOCAL_GRAPH_MAX_NODES = 1500;
/** Room of one node on a ring, and the distance between rings, in layout units. */
const RING_SPACING = 1;
const NODE_SPACING = 0.9;

export interface LocalGraph {
  graph: ViewerGraph;
  /** Nodes on each ring: [1] for the centre, then per distance. */
  rings: number[];
  /** Nodes within the depth left out by LOCAL_GRAPH_MAX_NODES. */
  leftOut: number;
}

interface Reached {
  node: string;
  /** The node of the previous ring that reached it first. */
  parent: string | null;
  rank: number;
  degree: number;
}

function compareReached(a: Reached, b: Reached): number {
  return a.rank - b.rank || b.degree - a.degree || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0);
}

/** The nodes within `depth` links of `centre` that `hidden` keeps, laid out on rings; an unknown or hidden centre gives an empty graph. */
export function localGraph(graph: ViewerGraph, centre: string, depth: number, hidden: Hidden, maxNodes = LOCAL_GRAPH_MAX_NODES): LocalGraph {
  const display: ViewerGraph = new MultiDirectedGraph<ViewerNodeAttributes, ViewerEdgeAttributes, ViewerGraphAttributes>();
  display.setAttribute('communities', graph.getAttribute('communities') ?? []);
  if (!graph.hasNode(centre) || hidden.hiddenNodes.has(centre)) return { graph: display, rings: [], leftOut: 0 };

  const hop = new Map<string, number>([[centre, 0]]);
  const rings: Reached[][] = [[{ node: centre, parent: null, rank: 0, degree: graph.degree(centre) }]];
  let kept = 1;
  let leftOut = 0;
  for (let d = 1; d <= depth; d++) {
    const found = new Map<string, Reached>();
    for (const { node } of rings[d - 1]!) {
      graph.forEachEdge(node, (edge, _attributes, source, target) => {
        if (hidden.hiddenEdges.has(edge)) return;
        const other = source === node ? target : source;
        if (hop.has(other) || found.has(other) || hidden.hiddenNodes.has(other)) return;
        found.set(other, { node: other, parent: node, rank: labelRank(graph.getNodeAttribute(other, 'kind')), degree: graph.degree(other) });
      });
    }
    const ring = [...found.values()].sort(compareReached);
    const room = Math.max(0, maxNodes - kept);
    leftOut += Math.max(0, ring.length - room);
    const taken = ring.slice(0, room);
    if (taken.length === 0) break;
    for (const reached of taken) hop.set(reached.node, d);
    kept += taken.length;
    rings.push(taken);
  }

  // Angles: the first ring evenly in its order (entities first); every later ring sorted by its parents' angles.
  const angle = new Map<string, number>([[centre, 0]]);
  let previousRadius = 0;
  const place = (ring: Reached[], d: number) => {
    const ordered = d === 1 ? ring : [...ring].sort((a, b) => (angle.get(a.parent!) ?? 0) - (angle.get(b.parent!) ?? 0) || compareReached(a, b));
    // Each ring outside the last, and long enough to give each of its nodes its room.
    const radius = Math.max(previousRadius + 3 * RING_SPACING, (ordered.length * NODE_SPACING) / (2 * Math.PI));
    previousRadius = radius;
    ordered.forEach((reached, i) => {
      const theta = (2 * Math.PI * i) / ordered.length;
      angle.set(reached.node, theta);
      addNode(graph, display, reached.node, radius * Math.cos(theta), radius * Math.sin(theta), d);
    });
  };
  addNode(graph, display, centre, 0, 0, 0);
  rings.slice(1).forEach((ring, i) => place(ring, i + 1));

  display.forEachNode((node) => {
    graph.forEachOutEdge(node, (edge, attributes, source, target) => {
      if (hidden.hiddenEdges.has(edge) || !display.hasNode(target)) return;
      display.addDirectedEdgeWithKey(edge, source, target, { relation: attributes.relation, color: attributes.color });
    });
  });
  return { graph: display, rings: rings.map((ring) => ring.length), leftOut };
}

function addNode(graph: ViewerGraph, display: ViewerGraph, node: string, x: number, y: number, hop: number): void {
  const attributes = graph.getNodeAttributes(node);
  display.addNode(node, {
    kind: attributes.kind,
    label: attributes.kind === 'paper' ? String(attributes.title ?? attributes.label) : attributes.label,
    community: attributes.community,
    paperCount: attributes.paperCount,
    x,
    y,
    hop,
    color: attributes.color ?? '#777',
    // The centre stands out; the rest keep the size the full graph gives them.
    displaySize: hop === 0 ? Math.max(14, attributes.displaySize ?? 4) : (attributes.displaySize ?? 4),
  });
}
