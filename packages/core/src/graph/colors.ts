import type { NodeKind } from '../types.ts';

/** Colour per node kind, written as `color` (GraphML r/g/b, GEXF viz:color) so Gephi and Cytoscape open it coloured. */
export const KIND_COLORS: Record<NodeKind, string> = {
  paper: '#4e79a7',
  author: '#9c9c9c',
  model: '#e15759',
  method: '#59a14f',
  dataset: '#f28e2b',
};
