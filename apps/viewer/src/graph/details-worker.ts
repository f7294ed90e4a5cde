/// <reference lib="webworker" />
/**
 * Reads graph.json off the page's thread for the details a view file leaves out (abstracts, titles, evidence…): the
 * download, the text decoding and the parse of a graph.json of hundreds of MB took seconds of the page's thread when
 * it was read there. Posts the details in batches small enough for the page to merge each between two frames.
 */
import { approximateChars, batchEntries } from './details-batch.ts';
import type { DetailsMessage, DetailsRequest } from './details.ts';

declare const self: DedicatedWorkerGlobalScope;

function post(message: DetailsMessage): void {
  self.postMessage(message);
}

function pick(attributes: Record<string, unknown> | undefined, names: readonly string[]): Record<string, unknown> | null {
  if (!attributes) return null;
  let picked: Record<string, unknown> | null = null;
  for (const name of names) {
    if (attributes[name] === undefined) continue;
    picked ??= {};
    picked[name] = attributes[name];
  }
  return picked;
}

async function run({ url, nodeAttributes, edgeAttributes, batch, batchChars }: DetailsRequest): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`);
  const data = (await response.json()) as { nodes?: Array<{ key: string; attributes?: Record<string, unknown> }>; edges?: Array<{ key?: string; attributes?: Record<string, unknown> }> };
  const nodes = data.nodes ?? [];
  const edges = data.edges ?? [];
  post({ type: 'start', nodes: nodes.length, edges: edges.length });
  const size = ([key, picked]: [string, Record<string, unknown>]) => key.length + approximateChars(picked);
  function* picked(elements: ReadonlyArray<{ key?: string; attributes?: Record<string, unknown> }>, names: readonly string[]): Generator<[string, Record<string, unknown>]> {
    for (const element of elements) {
      const details = element.key === undefined ? null : pick(element.attributes, names);
      if (details) yield [element.key!, details];
    }
  }
  for (const entries of batchEntries(picked(nodes, nodeAttributes), { entries: batch, chars: batchChars }, size)) post({ type: 'nodes', entries });
  // Links carry one sentence each, nodes an abstract: up to four times as many links per message.
  for (const entries of batchEntries(picked(edges, edgeAttributes), { entries: batch * 4, chars: batchChars }, size)) post({ type: 'edges', entries });
  post({ type: 'done' });
}

self.onmessage = (event: MessageEvent<DetailsRequest>) => {
  run(event.data).catch((error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }));
};
