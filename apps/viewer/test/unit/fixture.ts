import { readFileSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { normalizeGraph } from '../../src/graph/normalize.ts';
import type { ViewerGraph } from '../../src/graph/types.ts';

/** The hand-made contract fixture, read without core so these tests stand on their own. */
export function smallGraph(): ViewerGraph {
  const data = JSON.parse(readFileSync(new URL('../fixtures/small-graph.json', import.meta.url), 'utf8')) as SerializedGraph;
  return normalizeGraph(MultiDirectedGraph.from(data));
}
