import type { ForeignGraph } from '../contract/graph.ts';

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

/**
 * graph.json: graphology's own serialization (the data contract), in pieces — the same bytes as
 * `JSON.stringify(graph.export())` without ever holding the whole export or the whole text in memory.
 * Elements are serialized a batch at a time (`JSON.stringify` of an array is its items' texts joined by commas,
 * between brackets), so each piece is one flat string from one native call.
 */
export function* graphJSONChunks(graph: ForeignGraph): Generator<string> {
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
  for (const { node: key, attributes } of graph.nodeEntries()) {
    batch.push(hasKeys(attributes) ? { key, attributes } : { key });
    if (batch.length >= size) yield* flush();
  }
  if (batch.length) yield* flush();
  yield '],"edges":[';
  first = true;
  size = FIRST_BATCH;
  for (const { edge: key, attributes, source, target } of graph.edgeEntries()) {
    batch.push(hasKeys(attributes) ? { key, source, target, attributes } : { key, source, target });
    if (batch.length >= size) yield* flush();
  }
  if (batch.length) yield* flush();
  yield ']}';
}

/** graph.json as one string; `pretty` indents it (for small graphs and reading by eye). */
export function toGraphJSON(graph: ForeignGraph, options: { pretty?: boolean } = {}): string {
  if (options.pretty) return JSON.stringify(graph.export(), null, 2);
  return [...graphJSONChunks(graph)].join('');
}
