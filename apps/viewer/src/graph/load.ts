import { buildKnowledgeGraph, graphFromJSON } from '@papergraph/core';
import { timed, timedAsync } from '../timing.ts';
import { normalizeGraph, normalizeGraphInPlace } from './normalize.ts';
import type { ViewerGraph } from './types.ts';

export interface LoadedGraph {
  graph: ViewerGraph;
  /** Where the graph came from, shown in the page. */
  sourceName: string;
  /** Problems that did not stop the load (rejected records, unpaired author lines…). */
  notes: string[];
}

/** A problem the page shows as a readable message instead of a blank screen. */
export class GraphLoadError extends Error {
  constructor(
    readonly sourceName: string,
    message: string,
  ) {
    super(`Could not load ${sourceName}: ${message}`);
    this.name = 'GraphLoadError';
  }
}

export type InputFormat = 'graph-json' | 'graphml' | 'gexf' | 'raw';

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A graphology serialization has node and edge arrays; anything else in JSON is a list of paper records. */
function isSerializedGraph(data: unknown): boolean {
  return typeof data === 'object' && data !== null && Array.isArray((data as { nodes?: unknown }).nodes) && Array.isArray((data as { edges?: unknown }).edges);
}

/** Picks the format from the content first (a renamed file still loads), then from the name. */
export function detectFormat(name: string, text: string): InputFormat {
  const head = text.slice(0, 2000).trimStart();
  if (head.startsWith('<')) {
    if (/<graphml[\s>]/i.test(head)) return 'graphml';
    if (/<gexf[\s>]/i.test(head)) return 'gexf';
  }
  const lower = name.toLowerCase();
  if (lower.endsWith('.graphml')) return 'graphml';
  if (lower.endsWith('.gexf')) return 'gexf';
  if (head.startsWith('{') && /"nodes"\s*:/.test(head) && /"edges"\s*:|"attributes"\s*:|"options"\s*:/.test(text.slice(0, 200_000))) {
    return 'graph-json';
  }
  // graphology's export opens with one of its own keys; on a big graph the `attributes` block (the community table)
  // runs past the head, so "nodes" is not in it.
  if (/^\{\s*"(attributes|options|nodes|edges)"\s*:/.test(head)) return 'graph-json';
  return 'raw';
}

function loadGraphJson(name: string, text: string): LoadedGraph {
  let data: unknown;
  try {
    data = timed('json-parse', () => JSON.parse(text) as unknown);
  } catch (error) {
    throw new GraphLoadError(name, `it is not valid JSON (${describe(error)}).`);
  }
  if (!isSerializedGraph(data)) return loadRawInputs([{ name, text }]);
  try {
    const imported = timed('graph-import', () => graphFromJSON(data));
    return { graph: timed('normalize', () => normalizeGraphInPlace(imported)), sourceName: name, notes: [] };
  } catch (error) {
    throw new GraphLoadError(name, `it does not follow the graph.json format (${describe(error)}).`);
  }
}

async function loadXml(name: string, text: string, format: 'graphml' | 'gexf'): Promise<LoadedGraph> {
  // Loaded on demand: the XML parsers are only needed for GraphML/GEXF files (and need the browser's DOMParser).
  const { parseXmlGraph } = await import('./load-xml.ts');
  return { graph: normalizeGraph(parseXmlGraph(name, text, format)), sourceName: name, notes: [] };
}

function loadRawInputs(inputs: Array<{ name: string; text: string }>): LoadedGraph {
  const sourceName = inputs.map((input) => input.name).join(', ');
  let built: ReturnType<typeof buildKnowledgeGraph>;
  try {
    // No layout in core here: the viewer lays the graph out in a web worker, keeping the page responsive.
    built = buildKnowledgeGraph(inputs, { layout: false });
  } catch (error) {
    throw new GraphLoadError(sourceName, describe(error));
  }
  const notes = [
    ...built.rejections.map((issue) => `Rejected ${issue.file}${issue.line !== undefined ? `:${issue.line}` : ''}${issue.record !== undefined ? ` record ${issue.record}` : ''}: ${issue.message}`),
    ...built.warnings.map((issue) => `${issue.file}${issue.line !== undefined ? `:${issue.line}` : ''}: ${issue.message}`),
  ];
  if (built.graph.order === 0) {
    throw new GraphLoadError(sourceName, `no papers could be read from it.${notes.length > 0 ? ` ${notes.slice(0, 3).join(' ')}` : ''}`);
  }
  return { graph: normalizeGraph(built.graph), sourceName, notes };
}

/** Reads one text input of any supported format into a graph. */
export async function loadText(name: string, text: string): Promise<LoadedGraph> {
  if (text.trim() === '') throw new GraphLoadError(name, 'the file is empty.');
  const format = detectFormat(name, text);
  switch (format) {
    case 'graph-json':
      return loadGraphJson(name, text);
    case 'graphml':
    case 'gexf':
      return await loadXml(name, text, format);
    case 'raw':
      return loadRawInputs([{ name, text }]);
  }
}

async function gunzip(bytes: ArrayBuffer): Promise<string> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return await new Response(stream).text();
}

/** Reads a file the user dropped or picked; `.gz` files are decompressed in the browser first. */
export async function readFileText(file: File): Promise<{ name: string; text: string }> {
  return await decodeBytes(file.name, await file.arrayBuffer());
}

/** Text of a file's bytes, gunzipped first when they are gzip. */
async function decodeBytes(name: string, bytes: ArrayBuffer): Promise<{ name: string; text: string }> {
  const head = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
  const isGzip = head[0] === 0x1f && head[1] === 0x8b;
  if (!isGzip) return { name, text: new TextDecoder().decode(bytes) };
  try {
    return { name: name.replace(/\.gz$/i, ''), text: await gunzip(bytes) };
  } catch (error) {
    throw new GraphLoadError(name, `it looks gzipped but could not be decompressed (${describe(error)}).`);
  }
}

/**
 * Loads the files the user dropped: a single graph file is read as such; several raw inputs (listings, JSON/JSONL
 * records) are built together into one graph, as `papergraph build` does with several inputs.
 */
export async function loadFiles(files: readonly File[]): Promise<LoadedGraph> {
  if (files.length === 0) throw new GraphLoadError('the drop', 'no file was dropped.');
  const texts = await Promise.all(files.map(readFileText));
  if (texts.length === 1) {
    const [only] = texts as [{ name: string; text: string }];
    return await loadText(only.name, only.text);
  }
  const raw = texts.filter((input) => detectFormat(input.name, input.text) === 'raw');
  if (raw.length !== texts.length) {
    throw new GraphLoadError(texts.map((t) => t.name).join(', '), 'drop one graph file (graph.json, GraphML, GEXF) at a time, or several paper listings together.');
  }
  return loadRawInputs(raw);
}

/** Fetches a graph from a URL (the CLI's graph.json by default, or `?graph=<url>`). */
export async function loadUrl(url: string): Promise<LoadedGraph> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new GraphLoadError(url, `the request failed (${describe(error)}).`);
  }
  if (!response.ok) throw new GraphLoadError(url, `the server answered ${response.status} ${response.statusText}.`);
  const bytes = await timedAsync('fetch', () => response.arrayBuffer());
  // Decoded straight from the response's bytes: wrapping them in a File first copied 300 MB once more.
  const { name, text } = await timedAsync('decode', () => decodeBytes(url.split('/').pop()?.split('?')[0] || 'graph.json', bytes));
  return await loadText(name, text);
}
