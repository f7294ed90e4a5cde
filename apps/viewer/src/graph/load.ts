import {
  decodeText,
  DETAIL_EDGE_ATTRIBUTES,
  DETAIL_NODE_ATTRIBUTES,
  graphFileFormat,
  GRAPH_SNIFF_CHARS,
  readGraphJSON,
  type GraphFileFormat,
  type ViewFile,
  type ViewOverview,
} from '@papergraph/core';
import { displayUrl, nameFromUrl, type GraphSource } from '../model/graph-source.ts';
import { VIEWER_SETTINGS } from '../settings.ts';
import { timed, timedAsync } from '../timing.ts';
import { describeError, formatBytes, GraphLoadError } from './load-error.ts';
import { detailsUrlOf, graphFromView, isViewFile, looksLikeViewFile, type PendingLinks } from './load-view.ts';
import { normalizeGraph, normalizeGraphInPlace } from './normalize.ts';
import type { ViewerGraph } from './types.ts';
import { checkXmlInput, checkXmlSize } from './xml-guard.ts';

export interface LoadedGraph {
  graph: ViewerGraph;
  /** Short name of the input (a file name, or a URL's last segment): the status line and export file names. */
  sourceName: string;
  /** Where the graph came from, shown whole in the page. */
  source: GraphSource;
  /** Problems that did not stop the load (rejected records, unpaired author lines…). */
  notes: string[];
  /** Community and sub-community regions and links computed by the CLI (a view file's): the overview starts from them. */
  overview?: ViewOverview;
  /** Links still to add (a big graph opened from its view file): the page adds them after the first frame. */
  pendingLinks?: PendingLinks;
  /**
   * Details still to read (a graph opened from its view file): graph.json's address and the attributes it adds. The
   * page starts reading them once the first frame is drawn (see details.ts).
   */
  details?: { url: string; nodes: readonly string[]; edges: readonly string[] };
}

/** One input as text. */
export interface TextInput {
  name: string;
  text: string;
  /** Size of the input in bytes (after gunzip): what the limits count. */
  bytes: number;
  /**
   * 1-based lines whose bytes were not valid in the file's encoding (read as Latin-1 by `decodeText`), so the formats
   * report them as the CLI does; absent when there were none.
   */
  linesWithBadBytes?: number[];
}

/** Sizes the loaders refuse past (see `ViewerSettings`). */
export interface LoadLimits {
  maxXmlBytes: number;
  maxTextBytes: number;
}

const DEFAULT_LIMITS: LoadLimits = { maxXmlBytes: VIEWER_SETTINGS.maxXmlBytes, maxTextBytes: VIEWER_SETTINGS.maxTextBytes };

/** What a file is to the viewer: one of the graph files core recognises, a view file, or raw inputs for core to build. */
export type FileKind = GraphFileFormat | 'view' | 'raw';

/** A graphology serialization has node and edge arrays; anything else in JSON is a list of paper records. */
function isSerializedGraph(data: unknown): boolean {
  return typeof data === 'object' && data !== null && Array.isArray((data as { nodes?: unknown }).nodes) && Array.isArray((data as { edges?: unknown }).edges);
}

/**
 * Core decides from the content whether a file is a graph (graphFileFormat, the one place); a file named .graphml or
 * .gexf that does not look like XML is still opened as one, so its error names the format the user meant.
 */
export function fileKind(name: string, text: string): FileKind {
  if (looksLikeViewFile(text.slice(0, GRAPH_SNIFF_CHARS))) return 'view';
  const known = graphFileFormat(name, text.slice(0, GRAPH_SNIFF_CHARS));
  if (known) return known;
  const lower = name.toLowerCase();
  if (lower.endsWith('.graphml')) return 'graphml';
  if (lower.endsWith('.gexf')) return 'gexf';
  return 'raw';
}

type Loaded = Omit<LoadedGraph, 'source'>;

function loadGraphJson(input: TextInput): Loaded | Promise<Loaded> {
  const { name, text } = input;
  let data: unknown;
  try {
    data = timed('json-parse', () => JSON.parse(text) as unknown);
  } catch (error) {
    throw new GraphLoadError(name, `it is not valid JSON (${describeError(error)}).`);
  }
  if (!isSerializedGraph(data)) return loadRawInputs([input]);
  try {
    const imported = timed('graph-import', () => readGraphJSON(data));
    return { graph: timed('normalize', () => normalizeGraphInPlace(imported)), sourceName: name, notes: [] };
  } catch (error) {
    throw new GraphLoadError(name, `it does not follow the graph.json format (${describeError(error)}).`);
  }
}

async function loadXml(input: TextInput, format: 'graphml' | 'gexf', limits: LoadLimits): Promise<Loaded> {
  const { name, text, bytes } = input;
  // Checked before the parser module is even fetched: a refused file costs nothing more.
  checkXmlInput(name, format === 'graphml' ? 'GraphML' : 'GEXF', text, bytes, limits.maxXmlBytes);
  // Loaded on demand: the XML parsers are only needed for GraphML/GEXF files (and need the browser's DOMParser).
  const { parseXmlGraph } = await import('./load-xml.ts');
  return { graph: normalizeGraph(parseXmlGraph(name, text, bytes, format, limits.maxXmlBytes)), sourceName: name, notes: [] };
}

async function loadRawInputs(inputs: readonly TextInput[]): Promise<Loaded> {
  const sourceName = inputs.map((input) => input.name).join(', ');
  // Core's extraction is a chunk of its own (build-raw.ts); a heavy parser (BibTeX's) too, fetched only when an input
  // needs it; core then parses synchronously.
  const { buildKnowledgeGraph, loadInputFormats, sourceLabel } = await import('./build-raw.ts');
  await loadInputFormats(inputs);
  let built: ReturnType<typeof buildKnowledgeGraph>;
  try {
    // No layout in core here: the viewer lays the graph out in a web worker, keeping the page responsive.
    built = buildKnowledgeGraph(
      inputs.map(({ name, text, linesWithBadBytes }) => (linesWithBadBytes ? { name, text, linesWithBadBytes } : { name, text })),
      { layout: false },
    );
  } catch (error) {
    throw new GraphLoadError(sourceName, describeError(error));
  }
  const notes = [
    // (named as the CLI names them: "file:line", or "file record N" counted from 1)
    ...built.rejections.map((issue) => `Rejected ${sourceLabel(issue)}: ${issue.message}`),
    ...built.warnings.map((issue) => `${sourceLabel(issue)}: ${issue.message}`),
  ];
  if (built.graph.order === 0) {
    throw new GraphLoadError(sourceName, `no papers could be read from it.${notes.length > 0 ? ` ${notes.slice(0, 3).join(' ')}` : ''}`);
  }
  return { graph: normalizeGraph(built.graph), sourceName, notes };
}

function parseViewFile(name: string, text: string): ViewFile {
  let data: unknown;
  try {
    data = timed('json-parse', () => JSON.parse(text) as unknown);
  } catch (error) {
    throw new GraphLoadError(name, `it is not valid JSON (${describeError(error)}).`);
  }
  if (!isViewFile(data)) throw new GraphLoadError(name, 'it is not a view file this viewer reads (format papergraph-view, version 1).');
  return data;
}

/** A view file's graph; `detailsUrl`: the graph.json its details are read from afterwards (null: none). */
function loadedFromView(name: string, view: ViewFile, detailsUrl: string | null): Loaded {
  let built: ReturnType<typeof graphFromView>;
  try {
    built = timed('view-import', () => graphFromView(view, VIEWER_SETTINGS.linksAfterFirstFrameFrom));
  } catch (error) {
    throw new GraphLoadError(name, `its view file could not be read (${describeError(error)}).`);
  }
  return {
    graph: built.graph,
    sourceName: name,
    notes: [],
    overview: built.overview,
    ...(built.pendingLinks ? { pendingLinks: built.pendingLinks } : {}),
    ...(detailsUrl !== null ? { details: { url: detailsUrl, nodes: view.details?.nodes ?? DETAIL_NODE_ATTRIBUTES, edges: view.details?.edges ?? DETAIL_EDGE_ATTRIBUTES } } : {}),
  };
}

/**
 * The view file next to a graph.json address, when the server has one: fetched first, since it draws the first
 * frame in a fraction of the time graph.json takes. Anything but a view file there (404, another file) means none.
 */
async function fetchViewFile(viewUrl: string): Promise<ViewFile | null> {
  let response: Response;
  try {
    response = await fetch(viewUrl);
  } catch {
    return null;
  }
  if (!response.ok || (response.redirected && originOf(response.url) !== originOf(viewUrl))) return null;
  try {
    const data = await timedAsync('view-fetch', () => response.json() as Promise<unknown>);
    return isViewFile(data) ? data : null;
  } catch {
    return null;
  }
}

/** Reads one text input of any supported format into a graph. */
async function loadInput(input: TextInput, limits: LoadLimits): Promise<Loaded> {
  if (input.text.trim() === '') throw new GraphLoadError(input.name, 'the file is empty.');
  const format = fileKind(input.name, input.text);
  switch (format) {
    case 'graph-json':
      return loadGraphJson(input);
    case 'view':
      // A view file on its own (dropped, or at an address with no graph.json beside it): no details to read.
      return loadedFromView(input.name, parseViewFile(input.name, input.text), null);
    case 'graphml':
    case 'gexf':
      return await loadXml(input, format, limits);
    case 'raw':
      return loadRawInputs([input]);
  }
}

/** Reads one text input of any supported format; the source is a file of that name. */
export async function loadText(input: TextInput, limits: LoadLimits = DEFAULT_LIMITS): Promise<LoadedGraph> {
  return { ...(await loadInput(input, limits)), source: { kind: 'files', names: [input.name] } };
}

/** Inflates gzip bytes, stopping (with a message) as soon as they grow past the limit. */
async function gunzip(name: string, bytes: ArrayBuffer, maxBytes: number): Promise<Uint8Array> {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (error) {
      throw new GraphLoadError(name, `it looks gzipped but could not be decompressed (${describeError(error)}).`);
    }
    if (chunk.done) break;
    total += chunk.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new GraphLoadError(name, `it inflates to more than ${formatBytes(maxBytes)}, more than the browser can read as text.`);
    }
    chunks.push(chunk.value);
  }
  const inflated = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    inflated.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return inflated;
}

function isGzip(bytes: ArrayBuffer): boolean {
  const head = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
  return head[0] === 0x1f && head[1] === 0x8b;
}

function checkTextSize(name: string, bytes: number, maxBytes: number): void {
  if (bytes > maxBytes) throw new GraphLoadError(name, `it is ${formatBytes(bytes)}, more than the browser can read as text (${formatBytes(maxBytes)}).`);
}

/**
 * Text of a file's bytes, gunzipped first when they are gzip, decoded as the CLI decodes its inputs (core's
 * decodeText): UTF-8, UTF-16 announced by a byte order mark, and bytes that are not UTF-8 read as Latin-1 with their
 * lines kept for the formats to report — a UTF-16 export from a Windows tool is not read as noise.
 */
async function decodeBytes(name: string, bytes: ArrayBuffer, limits: LoadLimits): Promise<TextInput> {
  if (!isGzip(bytes)) {
    checkTextSize(name, bytes.byteLength, limits.maxTextBytes);
    return textInput(name, new Uint8Array(bytes));
  }
  const inflated = await gunzip(name, bytes, limits.maxTextBytes);
  return textInput(name.replace(/\.gz$/i, ''), inflated);
}

function textInput(name: string, bytes: Uint8Array): TextInput {
  const { text, linesWithBadBytes } = decodeText(bytes);
  return linesWithBadBytes.length > 0 ? { name, text, bytes: bytes.byteLength, linesWithBadBytes } : { name, text, bytes: bytes.byteLength };
}

/**
 * Reads a file the user dropped or picked; `.gz` files are decompressed in the browser first. A file over a limit is
 * refused from its size and first bytes, before it is read whole.
 */
export async function readFileText(file: File, limits: LoadLimits = DEFAULT_LIMITS): Promise<TextInput> {
  const head = await file.slice(0, 2048).arrayBuffer();
  if (!isGzip(head)) {
    checkTextSize(file.name, file.size, limits.maxTextBytes);
    const format = fileKind(file.name, decodeText(new Uint8Array(head)).text);
    if (format === 'graphml' || format === 'gexf') checkXmlSize(file.name, format === 'graphml' ? 'GraphML' : 'GEXF', file.size, limits.maxXmlBytes);
  }
  return await decodeBytes(file.name, await file.arrayBuffer(), limits);
}

/**
 * Loads the files the user dropped: a single graph file is read as such; several raw inputs (listings, JSON/JSONL
 * records) are built together into one graph, as `papergraph build` does with several inputs.
 */
export async function loadFiles(files: readonly File[], limits: LoadLimits = DEFAULT_LIMITS): Promise<LoadedGraph> {
  if (files.length === 0) throw new GraphLoadError('the drop', 'no file was dropped.');
  const inputs = await Promise.all(files.map((file) => readFileText(file, limits)));
  const source: GraphSource = { kind: 'files', names: inputs.map((input) => input.name) };
  if (inputs.length === 1) return { ...(await loadInput(inputs[0] as TextInput, limits)), source };
  const raw = inputs.filter((input) => fileKind(input.name, input.text) === 'raw');
  if (raw.length !== inputs.length) {
    throw new GraphLoadError(inputs.map((t) => t.name).join(', '), 'drop one graph file (graph.json, GraphML, GEXF) at a time, or several paper listings together.');
  }
  return { ...(await loadRawInputs(raw)), source };
}

/**
 * Fetches a graph from a URL the caller has cleared (see `graphUrlPolicy`): the CLI's graph.json by default, or
 * `?graph=<url>`. `shownAs` names it in messages (the address as written, not resolved).
 */
export async function loadUrl(url: string, shownAs: string = url, limits: LoadLimits = DEFAULT_LIMITS): Promise<LoadedGraph> {
  // The view file's own address: its details come from the graph.json beside it.
  const detailsUrl = detailsUrlOf(url);
  if (detailsUrl !== null) {
    const direct = await fetchViewFile(url);
    if (direct) return { ...loadedFromView(nameFromUrl(detailsUrl), direct, detailsUrl), source: { kind: 'url', url: detailsUrl } };
  }
  let response: Response;
  const download = new AbortController();
  try {
    response = await fetch(url, { signal: download.signal });
  } catch (error) {
    throw new GraphLoadError(shownAs, `the request failed (${describeError(error)}).`);
  }
  if (!response.ok) throw new GraphLoadError(shownAs, `the server answered ${response.status} ${response.statusText}.`);
  // The address was cleared for its own origin (opened directly on this site, or confirmed for that site): a redirect
  // elsewhere would open a graph from a site nobody agreed to.
  const finalUrl = response.redirected && response.url !== '' ? response.url : url;
  if (originOf(finalUrl) !== originOf(url)) throw new GraphLoadError(shownAs, `it redirects to another site (${displayUrl(finalUrl)}); open that address itself to be asked about it.`);
  // A graph.json whose server names its view file (papergraph's server does, for the one `build` wrote beside it):
  // the body is dropped unread, the view file draws the first frame, and graph.json is read again in the background
  // for the details. Asked of the headers rather than by trying x.view.json: a 404 for every other graph would be an
  // error in the console.
  const viewUrl = viewFileLink(response, finalUrl);
  if (viewUrl !== null) {
    const view = await fetchViewFile(viewUrl);
    if (view) {
      download.abort();
      return { ...loadedFromView(nameFromUrl(finalUrl), view, finalUrl), source: { kind: 'url', url: finalUrl } };
    }
  }
  const length = Number(response.headers.get('content-length'));
  // A declared size over the limit is refused before downloading the body.
  if (Number.isFinite(length) && length > 0 && response.headers.get('content-encoding') === null) checkTextSize(shownAs, length, limits.maxTextBytes);
  const bytes = await timedAsync('fetch', () => response.arrayBuffer());
  // Decoded straight from the response's bytes: wrapping them in a File first copied 300 MB once more.
  const input = await timedAsync('decode', () => decodeBytes(nameFromUrl(finalUrl), bytes, limits));
  return { ...(await loadInput(input, limits)), source: { kind: 'url', url: finalUrl } };
}

/**
 * The view file a graph's response names in a `Link` header (`<graph.view.json>; rel="alternate";
 * type="application/vnd.papergraph.view+json"`), on the graph's own site; null when it names none.
 */
export function viewFileLink(response: Response, graphUrl: string): string | null {
  const header = response.headers.get('link');
  if (header === null) return null;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (!match || !/type="?application\/vnd\.papergraph\.view\+json"?/i.test(match[2]!)) continue;
    try {
      const resolved = new URL(match[1]!, graphUrl);
      return resolved.origin === originOf(graphUrl) ? resolved.href : null;
    } catch {
      return null;
    }
  }
  return null;
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}
