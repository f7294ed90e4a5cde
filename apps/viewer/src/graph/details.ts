import type { ViewerGraph } from './types.ts';

/**
 * Details of a graph opened from its view file — abstracts, titles, author lists, evidence sentences: graph.json is
 * read in a worker (details-worker.ts) and its details merged into the shown graph a batch per task, so the page
 * stays responsive while hundreds of MB are read. Details change no drawn attribute: they are written into the
 * attribute objects directly, without graphology's events (which would make the renderer re-index the graph).
 */

export interface DetailsRequest {
  /** graph.json's address. */
  url: string;
  nodeAttributes: readonly string[];
  edgeAttributes: readonly string[];
  /** Nodes per message at most (four times as many edges). */
  batch: number;
  /** Characters of text per message at most (see `approximateChars`): a message costs the page in proportion to it. */
  batchChars: number;
}

export type DetailsMessage =
  | { type: 'start'; nodes: number; edges: number }
  | { type: 'nodes' | 'edges'; entries: Array<[string, Record<string, unknown>]> }
  | { type: 'done' }
  | { type: 'error'; message: string };

export interface DetailsResult {
  /** Nodes and edges whose details were merged. */
  nodes: number;
  edges: number;
  /** graph.json's node and edge counts, when they differ from the shown graph's (the view file is stale). */
  mismatch: { nodes: number; edges: number } | null;
}

/** Merges one batch of details into the graph; returns how many elements it found. */
export function mergeDetails(graph: ViewerGraph, type: 'nodes' | 'edges', entries: ReadonlyArray<readonly [string, Record<string, unknown>]>): number {
  let merged = 0;
  for (const [key, details] of entries) {
    if (type === 'nodes') {
      if (!graph.hasNode(key)) continue;
      Object.assign(graph.getNodeAttributes(key), details);
    } else {
      if (!graph.hasEdge(key)) continue;
      Object.assign(graph.getEdgeAttributes(key), details);
    }
    merged += 1;
  }
  return merged;
}

export interface DetailsLoad {
  done: Promise<DetailsResult>;
  cancel(): void;
}

/** Node details merged into the graph: a view file's, but core's colour (the viewer colours nodes itself). */
export function mergedNodeAttributes(detailNames: readonly string[]): string[] {
  return detailNames.filter((name) => name !== 'color');
}

/**
 * Characters of details per message: receiving and merging one costs the page a task of a few milliseconds. Batches
 * of 500 papers' abstracts (about 700 kB) took 60 to 175 ms each on the 5k-paper graph in headless Chromium on a loaded
 * machine (most of it the structured clone's deserialisation), batches of 2,000 hundreds on the 75k-paper graph.
 */
export const DETAIL_BATCH_CHARS = 100_000;

/**
 * Starts reading `url`'s details into `graph` in a worker; `done` settles when every batch is merged. A batch is
 * small (at most `batch` nodes or `batchChars` characters, see `DETAIL_BATCH_CHARS`), one task of the page each.
 */
export function loadDetails(
  graph: ViewerGraph,
  url: string,
  names: { nodes: readonly string[]; edges: readonly string[] },
  batch = 500,
  batchChars = DETAIL_BATCH_CHARS,
): DetailsLoad {
  const worker = new Worker(new URL('./details-worker.ts', import.meta.url), { type: 'module' });
  let cancel = () => worker.terminate();
  const done = new Promise<DetailsResult>((resolve, reject) => {
    const result: DetailsResult = { nodes: 0, edges: 0, mismatch: null };
    cancel = () => {
      worker.terminate();
      reject(new Error('cancelled'));
    };
    worker.onmessage = (event: MessageEvent<DetailsMessage>) => {
      const message = event.data;
      if (message.type === 'start') {
        if (message.nodes !== graph.order || message.edges !== graph.size) result.mismatch = { nodes: message.nodes, edges: message.edges };
      } else if ('entries' in message) {
        result[message.type] += mergeDetails(graph, message.type, message.entries);
      } else if (message.type === 'done') {
        worker.terminate();
        resolve(result);
      } else {
        worker.terminate();
        reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the details worker failed'));
    };
  });
  const request: DetailsRequest = { url, nodeAttributes: mergedNodeAttributes(names.nodes), edgeAttributes: names.edges, batch, batchChars };
  worker.postMessage(request);
  return { done, cancel: () => cancel() };
}
