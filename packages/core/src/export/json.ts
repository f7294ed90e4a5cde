import type { ForeignGraph } from '../contract/graph.ts';
import { SpanRuns, type ElementLayout, type PreviousSpan, type ReusePlan, type ReusingChunk, type WriterReuse } from './reuse.ts';

/** Whether an object has an own enumerable string key (`Object.keys(object).length > 0`, without the array). */
function hasKeys(object: object): boolean {
  for (const key in object) if (Object.hasOwn(object, key)) return true;
  return false;
}

/**
 * Elements per JSON.stringify call at first; then sized so that one call writes about BATCH_CHARS characters.
 * Small batches serialize faster (one element with non-Latin-1 text turns only its batch into a two-byte
 * string) and cost nothing to write, as the file writer gathers pieces into 1 MiB writes.
 */
const FIRST_BATCH = 16;
const BATCH_CHARS = 1 << 15;

function nextBatchSize(count: number, length: number): number {
  return Math.max(1, Math.min(1 << 12, Math.round((count * BATCH_CHARS) / Math.max(1, length))));
}

/** graph.json's element markers (reuse.ts): `{"key":"` starts every node and edge (the writer puts `key` first). */
export const JSON_LAYOUT: ElementLayout = { node: '{"key":"', edge: '{"key":"', separator: ',', afterNodes: '],"edges":[', afterEdges: ']}' };

/** The dialect of graph.json's elements: each element's text depends on nothing else. */
export const JSON_DIALECT = 'graph.json';

/**
 * graph.json: graphology's own serialization (the data contract), in pieces — the same bytes as
 * `JSON.stringify(graph.export())` without ever holding the whole export or the whole text in memory.
 * Elements are serialized a batch at a time (`JSON.stringify` of an array is its items' texts joined by commas,
 * between brackets), so each piece is one flat string from one native call.
 */
export function graphJSONChunks(graph: ForeignGraph): Generator<string> {
  return writeGraphJSON(graph, undefined) as Generator<string>;
}

/** graph.json, with the elements `reuse` finds in the previous file as spans of it (reuse.ts). */
export function graphJSONReusing(graph: ForeignGraph, reuse: WriterReuse | undefined): Generator<ReusingChunk> {
  return writeGraphJSON(graph, reuse?.dialect === JSON_DIALECT ? reuse.plan : undefined);
}

function* writeGraphJSON(graph: ForeignGraph, plan: ReusePlan | undefined): Generator<ReusingChunk> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  yield `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
  let batch: object[] = [];
  let size = FIRST_BATCH;
  let first = true;
  function* flush(): Generator<string> {
    const text = JSON.stringify(batch);
    size = nextBatchSize(batch.length, text.length);
    batch = [];
    if (!first) yield ',';
    first = false;
    yield text.slice(1, -1);
  }
  // A run of reused elements: what was gathered before it, then the span (with its own separators inside).
  function* span(run: PreviousSpan): Generator<ReusingChunk> {
    if (batch.length) yield* flush();
    if (!first) yield ',';
    first = false;
    yield run;
  }
  const nodeRuns = plan ? new SpanRuns('nodes', plan.nodes) : undefined;
  let index = 0;
  for (const { node: key, attributes } of graph.nodeEntries()) {
    if (nodeRuns) {
      const ended = nodeRuns.next(index++);
      if (ended) yield* span(ended);
      if (nodeRuns.reused) continue;
    }
    batch.push(hasKeys(attributes) ? { key, attributes } : { key });
    if (batch.length >= size) yield* flush();
  }
  const lastNodes = nodeRuns?.end();
  if (lastNodes) yield* span(lastNodes);
  if (batch.length) yield* flush();
  yield '],"edges":[';
  first = true;
  size = FIRST_BATCH;
  const edgeRuns = plan ? new SpanRuns('edges', plan.edges) : undefined;
  index = 0;
  for (const { edge: key, attributes, source, target } of graph.edgeEntries()) {
    if (edgeRuns) {
      const ended = edgeRuns.next(index++);
      if (ended) yield* span(ended);
      if (edgeRuns.reused) continue;
    }
    batch.push(hasKeys(attributes) ? { key, source, target, attributes } : { key, source, target });
    if (batch.length >= size) yield* flush();
  }
  const lastEdges = edgeRuns?.end();
  if (lastEdges) yield* span(lastEdges);
  if (batch.length) yield* flush();
  yield ']}';
}

/** graph.json as one string; `pretty` indents it (for small graphs and reading by eye). */
export function toGraphJSON(graph: ForeignGraph, options: { pretty?: boolean } = {}): string {
  if (options.pretty) return JSON.stringify(graph.export(), null, 2);
  return [...graphJSONChunks(graph)].join('');
}
