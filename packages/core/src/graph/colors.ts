import { KIND_COLORS } from '../contract/kinds.ts';
import type { PaperGraph } from '../contract/graph.ts';

/** Sets every node's `color` from its kind, in place (a fresh copy of every node's attributes would cost a whole field's worth of allocation for one key). */
export function colourByKind(graph: PaperGraph): void {
  graph.forEachNode((_node, attributes) => {
    attributes.color = KIND_COLORS[attributes.kind];
  });
}
