import { searchEntry, type SearchEntry } from '../model/search.ts';
import type { ViewerGraph } from './types.ts';

/**
 * Work done over a big graph after its first frame (the 75k-paper corpus: 317k nodes, 616k links), cut into steps:
 * a generator that yields after each slice of elements, run by `sliceRunner` a few tens of milliseconds per task, so
 * the page handles input and draws between them instead of freezing for seconds.
 */

/** Time given to a sliced job per task: well under the 50 ms of a long task once the browser's own work is added. */
export const SLICE_BUDGET_MS = 30;

/**
 * A task's worth of a sliced job: each call runs the steps `start()` makes (made at the first call) until `budgetMs`
 * have passed, at least one, and says whether the job is done. `timing` wraps each call (User Timing measures).
 */
export function sliceRunner(start: () => Iterator<unknown>, budgetMs = SLICE_BUDGET_MS, timing: (run: () => boolean) => boolean = (run) => run()): () => boolean {
  let steps: Iterator<unknown> | null = null;
  return () =>
    timing(() => {
      steps ??= start();
      const started = performance.now();
      for (;;) {
        if (steps.next().done) return true;
        if (performance.now() - started >= budgetMs) return false;
      }
    });
}

/** Nodes indexed per step of `searchIndexSteps`. */
export const SEARCH_INDEX_SLICE = 2_000;

/** The search index (`buildSearchIndex`) built into `into` a slice of nodes per step. */
export function* searchIndexSteps(graph: ViewerGraph, into: SearchEntry[], slice = SEARCH_INDEX_SLICE): Generator<void, void, undefined> {
  const nodes = graph.nodes();
  for (let start = 0; start < nodes.length; start += slice) {
    for (let i = start; i < Math.min(nodes.length, start + slice); i++) into.push(searchEntry(graph, nodes[i]!, graph.getNodeAttributes(nodes[i]!)));
    if (start + slice < nodes.length) yield;
  }
}
