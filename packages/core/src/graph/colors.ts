import type { NodeKind } from '../types.ts';
import type { PaperGraph } from './types.ts';

/** Colour per node kind, written as `color` (GraphML r/g/b, GEXF viz:color) so Gephi and Cytoscape open it coloured. */
export const KIND_COLORS: Record<NodeKind, string> = {
  paper: '#4e79a7',
  author: '#9c9c9c',
  model: '#e15759',
  method: '#59a14f',
  dataset: '#f28e2b',
};

/** Sets every node's `color` from its kind, in place (a fresh copy of every node's attributes would cost a whole field's worth of allocation for one key). */
export function colourByKind(graph: PaperGraph): void {
  graph.forEachNode((_node, attributes) => {
    attributes.color = KIND_COLORS[attributes.kind];
  });
}
