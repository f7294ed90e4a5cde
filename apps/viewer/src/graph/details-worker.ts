/// <reference lib="webworker" />
/**
 * Reads graph.json off the page's thread for the details a view file leaves out (abstracts, titles, evidence…): the
 * download, the text decoding and the parse of a graph.json of hundreds of MB took seconds of the page's thread when
 * it was read there. Posts the details in batches small enough for the page to merge each between two frames.
 */
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

async function run({ url, nodeAttributes, edgeAttributes, batch }: DetailsRequest): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`);
  const data = (await response.json()) as { nodes?: Array<{ key: string; attributes?: Record<string, unknown> }>; edges?: Array<{ key?: string; attributes?: Record<string, unknown> }> };
  const nodes = data.nodes ?? [];
  const edges = data.edges ?? [];
  post({ type: 'start', nodes: nodes.length, edges: edges.length });
  let entries: Array<[string, Record<string, unknown>]> = [];
  for (const node of nodes) {
    const picked = pick(node.attributes, nodeAttributes);
    if (picked) entries.push([node.key, picked]);
    if (entries.length >= batch) {
      post({ type: 'nodes', entries });
      entries = [];
    }
  }
  if (entries.length > 0) post({ type: 'nodes', entries });
  entries = [];
  // Links carry one sentence each, nodes an abstract: four times as many links per message.
  const edgeBatch = batch * 4;
  for (const edge of edges) {
    const picked = edge.key === undefined ? null : pick(edge.attributes, edgeAttributes);
    if (picked) entries.push([edge.key!, picked]);
    if (entries.length >= edgeBatch) {
      post({ type: 'edges', entries });
      entries = [];
    }
  }
  if (entries.length > 0) post({ type: 'edges', entries });
  post({ type: 'done' });
}

self.onmessage = (event: MessageEvent<DetailsRequest>) => {
  run(event.data).catch((error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }));
};
