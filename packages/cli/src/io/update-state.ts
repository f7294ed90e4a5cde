/**
 * The state `papergraph build` leaves in `OUT_DIR/.papergraph/` for `papergraph update` (core's update/state.ts says
 * what it holds): manifest.json, two gzipped JSON Lines files of compact rows — records.jsonl.gz (the merged input
 * records) and extractions.jsonl.gz (`[content hash, mentions]`) —, text-hashes.txt (the content hash of each record's
 * text, one a line, in the records' order), the nodes by column (node-keys.txt, one a line; nodes.json: the kind
 * names and the labels of models, methods and datasets; nodes.bin: kind, community, sub-community, paper count, x and
 * y of each; a state written before them has nodes.jsonl.gz, rows `[key, kind, community, subcommunity, x, y,
 * paperCount]`, still read),
 * elements.f64: the content hash of every node, then every edge, in graph order
 * (little-endian doubles; the output files' unchanged elements are copied from them by the next update), and
 * `<format>.offsets`: where each element of that output file starts (element-offsets.ts; without it, the next update
 * searches the file). Written into a fresh folder beside it and swapped in, so an interrupted write never leaves a
 * state that mixes two builds.
 */
import { copyFileSync, createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGunzip, createGzip, constants as zlib } from 'node:zlib';
import {
  CONTENT_HASH_LENGTH,
  ELEMENT_HASH_VERSION,
  nodeFromRow,
  UPDATE_STATE_FORMAT,
  VERSION,
  type CacheEntry,
  type CachedExtraction,
  type ElementHashes,
  type ExtractionCache,
  type NextState,
  type NodeState,
  type PaperRecord,
  type PreviousBuild,
  type UpdateManifest,
} from '@papergraph/core';
import { CliError, EXIT } from '../errors.ts';
import { offsetsBytes, offsetsFromBytes } from './element-offsets.ts';
import type { ElementOffsets } from './previous-file.ts';

export const STATE_DIR = '.papergraph';
/** `update`'s report of what it added, beside the outputs it belongs to (a build removes an earlier one). */
export const WHATS_NEW_FILE = 'whats-new.json';
const FILES = {
  manifest: 'manifest.json',
  records: 'records.jsonl.gz',
  textHashes: 'text-hashes.txt',
  extractions: 'extractions.jsonl.gz',
  nodeKeys: 'node-keys.txt',
  nodes: 'nodes.json',
  nodeNumbers: 'nodes.bin',
  elements: 'elements.f64',
} as const;

export function statePath(outDir: string): string {
  return join(outDir, STATE_DIR);
}

/**
 * Lines gzipped at the fastest level (the state is written on every build: speed over a few megabytes); with
 * `append`, as one more gzip member at the end of the file (gunzip reads the members as one stream).
 */
async function writeGzipLines(path: string, lines: Iterable<string>, append = false): Promise<void> {
  const gzip = createGzip({ level: zlib.Z_BEST_SPEED });
  const out = createWriteStream(path, append ? { flags: 'a' } : {});
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve).on('error', reject);
    gzip.on('error', reject);
  });
  gzip.pipe(out);
  let batch = '';
  for (const line of lines) {
    batch += `${line}\n`;
    if (batch.length < 1 << 16) continue;
    if (!gzip.write(batch)) await new Promise((resolve) => gzip.once('drain', resolve));
    batch = '';
  }
  gzip.end(batch);
  await done;
}

/**
 * Calls `onLine` with each non-empty line of a gzipped file. Decompressed in 1 MiB pieces (off the main thread) and
 * split here: an async step per line (readline) cost more than parsing. Each line is decoded on its own: V8 decodes a
 * piece holding one non-ASCII character into a two-byte string, at a twentieth of the speed of its ASCII lines one by
 * one (1.1 s against 0.05 s for the 120 MB of a 70,000-paper build's records).
 */
async function forEachGzipLine(path: string, onLine: (line: string) => void): Promise<void> {
  let rest: Buffer | undefined;
  for await (const piece of createReadStream(path, { highWaterMark: 1 << 20 }).pipe(createGunzip({ chunkSize: 1 << 20 })) as AsyncIterable<Buffer>) {
    const bytes: Buffer = rest ? Buffer.concat([rest, piece]) : piece;
    const last = bytes.lastIndexOf(10);
    if (last < 0) {
      rest = bytes;
      continue;
    }
    eachLine(bytes, last, onLine);
    rest = last + 1 < bytes.length ? bytes.subarray(last + 1) : undefined;
  }
  if (rest) eachLine(rest, rest.length, onLine);
}

/** `onLine` for each non-empty line of `bytes` before `end`. */
function eachLine(bytes: Buffer, end: number, onLine: (line: string) => void): void {
  let at = 0;
  while (at <= end) {
    let lineEnd = bytes.indexOf(10, at);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    if (lineEnd > at) onLine(bytes.toString('utf8', at, lineEnd));
    at = lineEnd + 1;
  }
}

/** A cache entry's line: `[hash, rows]` as JSON (an entry kept as text is that text: `JSON.stringify(rows)`). */
function cacheLine([hash, entry]: [string, CacheEntry]): string {
  return typeof entry === 'string' ? `[${JSON.stringify(hash)},${entry}]` : JSON.stringify([hash, entry]);
}

/**
 * A cache line read back as an entry: the rows left as text (`cacheLine` of a text entry gives the line back). A line
 * not of the shape `cacheLine` writes (`["` + hash + `",` + rows + `]`) is parsed as it is.
 */
function cacheEntry(line: string): [string, CacheEntry] {
  const rowsAt = CONTENT_HASH_LENGTH + 4;
  if (line.startsWith('["') && line.startsWith('",', rowsAt - 2) && line.charCodeAt(rowsAt) === 91 /* [ */ && line.endsWith(']')) {
    const hash = line.slice(2, rowsAt - 2);
    if (/^[0-9a-z]+$/.test(hash)) return [hash, line.slice(rowsAt, -1)];
  }
  const [hash, rows] = JSON.parse(line) as [string, CachedExtraction];
  return [hash, rows];
}

function* map<T>(items: Iterable<T>, line: (item: T) => string): Iterable<string> {
  for (const item of items) yield line(item);
}

/**
 * Writes `lines` to `name` in `fresh`; with `kept` (the number of rows of the previous state's file that come first,
 * unchanged), `items` are the rows after those: the previous state's file is copied and they are appended.
 */
async function writeRows<T>(fresh: string, previous: string, name: string, items: Iterable<T>, line: (item: T) => string, kept: number | undefined): Promise<void> {
  const path = join(fresh, name);
  if (kept === undefined) return writeGzipLines(path, map(items, line));
  // The update read this file: gone since, the state cannot be written whole (the rows are not held).
  if (!existsSync(join(previous, name))) throw new Error(`${join(previous, name)} disappeared while the update ran`);
  copyFileSync(join(previous, name), path);
  await writeGzipLines(path, map(items, line), true);
}

/**
 * Writes the state of a build (or update) beside its outputs; returns its size in bytes. An update that only added
 * papers (`unchangedPrefix`) appends to the previous records and extraction cache instead of writing them again.
 */
export async function writeUpdateState(
  outDir: string,
  state: NextState,
  offsets: Partial<Record<string, ElementOffsets>> = {},
): Promise<{ path: string; bytes: number }> {
  const final = statePath(outDir);
  const fresh = `${final}.new`;
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(fresh, { recursive: true });
  // An update that only added papers holds only the rows after the previous state's (core's NextState).
  const prefix = state.unchangedPrefix;
  await writeRows(fresh, final, FILES.records, state.records, (record) => JSON.stringify(record), prefix?.records);
  writeTextHashes(fresh, final, state.textHashes, prefix?.textHashes);
  await writeRows(fresh, final, FILES.extractions, state.cache, cacheLine, prefix?.cacheRows);
  writeNodes(fresh, state.nodes);
  writeFileSync(join(fresh, FILES.elements), elementBytes(state.elements));
  for (const [format, where] of Object.entries(offsets)) {
    const bytes = where && isLittleEndian() ? offsetsBytes(where) : undefined;
    if (bytes) writeFileSync(join(fresh, offsetsFile(format)), bytes);
  }
  // The manifest last: a folder without one is never read as a state.
  writeFileSync(join(fresh, FILES.manifest), `${JSON.stringify(state.manifest, null, 1)}\n`);
  rmSync(final, { recursive: true, force: true });
  renameSync(fresh, final);
  const names = [...Object.values(FILES), ...Object.keys(offsets).map(offsetsFile)];
  const bytes = names.reduce((sum, name) => sum + (existsSync(join(final, name)) ? statSync(join(final, name)).size : 0), 0);
  return { path: final, bytes };
}

/** What nodes.json holds: the kind names nodes.bin numbers, and `[node index, label]` pairs. */
interface NodeNames {
  kinds: string[];
  labels: Array<[number, string]>;
}

/**
 * A node key's line in node-keys.txt: the key, or, when it holds a line break or starts with `"`, the key as a JSON
 * string (keys are slugs: neither happens in a graph papergraph made, but a key is never cut or misread).
 */
function keyLine(key: string): string {
  return key.startsWith('"') || /[\n\r]/.test(key) ? JSON.stringify(key) : key;
}

function keyOfLine(line: string): string {
  return line.startsWith('"') ? (JSON.parse(line) as string) : line;
}

/** A state written before nodes were kept by column: one JSON row a node, gzipped. */
const ROW_NODES = 'nodes.jsonl.gz';

/**
 * The numbers of nodes.bin, column after column, little-endian: kind (index into the kind names), community and
 * sub-community as 32-bit integers (-1: none), then paper count, x and y as doubles (NaN: no position).
 */
const NODE_COLUMNS = [
  { name: 'kind', bytes: 4 },
  { name: 'community', bytes: 4 },
  { name: 'subcommunity', bytes: 4 },
  { name: 'paperCount', bytes: 8 },
  { name: 'x', bytes: 8 },
  { name: 'y', bytes: 8 },
] as const;
const NODE_BYTES = NODE_COLUMNS.reduce((sum, column) => sum + column.bytes, 0);

/** Where each column of `count` nodes starts in nodes.bin. */
function columnStarts(count: number): Record<(typeof NODE_COLUMNS)[number]['name'], number> {
  let at = 0;
  const starts = {} as Record<(typeof NODE_COLUMNS)[number]['name'], number>;
  for (const column of NODE_COLUMNS) {
    starts[column.name] = at;
    at += column.bytes * count;
  }
  return starts;
}

/**
 * The nodes by column: keys one a line (read back with one split), kind names and labels in nodes.json, numbers in
 * nodes.bin. As gzipped JSON rows, the 75k-paper corpus's 330,000 nodes took about a second to write and another to
 * read back.
 */
function writeNodes(dir: string, nodes: readonly NodeState[]): void {
  const count = nodes.length;
  const keys = new Array<string>(count);
  const names: NodeNames = { kinds: [], labels: [] };
  const kindIndex = new Map<string, number>();
  const bytes = Buffer.alloc(count * NODE_BYTES);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const at = columnStarts(count);
  const integer = (value: number, what: string, key: string): number => {
    if (!Number.isInteger(value) || value < -(2 ** 31) || value >= 2 ** 31) throw new Error(`node ${key}: ${what} ${value} is not a 32-bit integer`);
    return value;
  };
  for (let i = 0; i < count; i++) {
    const node = nodes[i]!;
    keys[i] = keyLine(node.key);
    let kind = kindIndex.get(node.kind);
    if (kind === undefined) {
      kindIndex.set(node.kind, (kind = names.kinds.length));
      names.kinds.push(node.kind);
    }
    if (node.label !== undefined) names.labels.push([i, node.label]);
    view.setInt32(at.kind + 4 * i, kind, true);
    view.setInt32(at.community + 4 * i, integer(node.community, 'community', node.key), true);
    view.setInt32(at.subcommunity + 4 * i, integer(node.subcommunity, 'subcommunity', node.key), true);
    view.setFloat64(at.paperCount + 8 * i, node.paperCount, true);
    view.setFloat64(at.x + 8 * i, node.x, true);
    view.setFloat64(at.y + 8 * i, node.y, true);
  }
  writeFileSync(join(dir, FILES.nodeKeys), count > 0 ? `${keys.join('\n')}\n` : '');
  writeFileSync(join(dir, FILES.nodes), JSON.stringify(names));
  writeFileSync(join(dir, FILES.nodeNumbers), bytes);
}

/** `writeNodes` read back (the state's row file when it was written before nodes were kept by column). */
async function readNodes(dir: string): Promise<NodeState[]> {
  if (!existsSync(join(dir, FILES.nodes)) && existsSync(join(dir, ROW_NODES))) {
    const nodes: NodeState[] = [];
    await forEachGzipLine(join(dir, ROW_NODES), (line) => nodes.push(nodeFromRow(JSON.parse(line))));
    return nodes;
  }
  const names = JSON.parse(readFileSync(join(dir, FILES.nodes), 'utf8')) as NodeNames;
  if (!Array.isArray(names.kinds) || !Array.isArray(names.labels)) throw new Error(`${FILES.nodes} does not name kinds and labels`);
  const keyLines = readFileSync(join(dir, FILES.nodeKeys), 'utf8').split('\n');
  // (the file ends with a line break)
  const count = keyLines.length - 1;
  const bytes = readFileSync(join(dir, FILES.nodeNumbers));
  if (bytes.length !== count * NODE_BYTES) throw new Error(`${FILES.nodeNumbers} holds ${bytes.length} bytes, not the ${count * NODE_BYTES} of ${count} nodes`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const at = columnStarts(count);
  const labels = new Map(names.labels);
  const nodes = new Array<NodeState>(count);
  for (let i = 0; i < count; i++) {
    const kind = names.kinds[view.getInt32(at.kind + 4 * i, true)];
    if (typeof kind !== 'string') throw new Error(`${FILES.nodes}: node ${i} has no kind`);
    const node: NodeState = {
      key: keyOfLine(keyLines[i]!),
      kind,
      community: view.getInt32(at.community + 4 * i, true),
      subcommunity: view.getInt32(at.subcommunity + 4 * i, true),
      x: view.getFloat64(at.x + 8 * i, true),
      y: view.getFloat64(at.y + 8 * i, true),
      paperCount: view.getFloat64(at.paperCount + 8 * i, true),
    };
    const label = labels.get(i);
    if (label !== undefined) node.label = label;
    nodes[i] = node;
  }
  return nodes;
}

/** The text hashes, one a line; with `kept`, the previous state's file (that many first) is copied and they are appended. */
function writeTextHashes(fresh: string, previous: string, hashes: readonly string[], kept: number | undefined): void {
  const path = join(fresh, FILES.textHashes);
  const text = hashes.length > 0 ? `${hashes.join('\n')}\n` : '';
  if (kept === undefined) return writeFileSync(path, text);
  if (!existsSync(join(previous, FILES.textHashes))) throw new Error(`${join(previous, FILES.textHashes)} disappeared while the update ran`);
  copyFileSync(join(previous, FILES.textHashes), path);
  writeFileSync(path, text, { flag: 'a' });
}

/**
 * The text hashes of `records` records from a state's file, or undefined when it is missing or holds another count
 * (a state from before the file, or mixed by hand: every text is hashed again).
 */
function readTextHashes(path: string, records: number): string[] | undefined {
  if (!existsSync(path)) return undefined;
  const bytes = readFileSync(path);
  const line = CONTENT_HASH_LENGTH + 1;
  if (bytes.length !== records * line) return undefined;
  const hashes = new Array<string>(records);
  for (let i = 0; i < records; i++) {
    if (bytes[i * line + CONTENT_HASH_LENGTH] !== 10) return undefined;
    hashes[i] = bytes.toString('latin1', i * line, i * line + CONTENT_HASH_LENGTH);
  }
  return hashes;
}

/**
 * Hashes as bytes: nodes, then edges (the manifest's counts split them), in the platform's order, which is
 * little-endian wherever the file is used (a big-endian platform writes none, and its updates reuse nothing).
 */
function elementBytes(elements: ElementHashes): Uint8Array {
  if (!isLittleEndian()) return new Uint8Array(0);
  const all = new Float64Array(elements.nodes.length + elements.edges.length);
  all.set(elements.nodes);
  all.set(elements.edges, elements.nodes.length);
  return new Uint8Array(all.buffer);
}

function isLittleEndian(): boolean {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
}

/** Where the output file of `format` has each element, as the build or update that wrote it found (element-offsets.ts). */
function offsetsFile(format: string): string {
  return `${format}.offsets`;
}

/** The kept offsets of each output file the manifest records, where they hold the manifest's element counts. */
function readOffsets(dir: string, manifest: UpdateManifest): Partial<Record<string, ElementOffsets>> {
  const offsets: Partial<Record<string, ElementOffsets>> = {};
  for (const format of Object.keys(manifest.outputs ?? {})) {
    const path = join(dir, offsetsFile(format));
    if (!existsSync(path) || !isLittleEndian()) continue;
    const read = offsetsFromBytes(readFileSync(path), manifest.nodes, manifest.edges);
    if (read) offsets[format] = read;
  }
  return offsets;
}

/** The hashes of a state's elements.f64, or undefined when it is missing or does not hold `nodes` + `edges` hashes. */
function readElements(path: string, nodes: number, edges: number): ElementHashes | undefined {
  if (!existsSync(path) || !isLittleEndian()) return undefined;
  const bytes = readFileSync(path);
  if (bytes.length !== 8 * (nodes + edges)) return undefined;
  // A copy: the file's buffer need not be aligned for doubles.
  const all = new Float64Array(nodes + edges);
  new Uint8Array(all.buffer).set(bytes);
  return { nodes: all.subarray(0, nodes), edges: all.subarray(nodes) };
}

/**
 * The manifest of the state `build` left in `outDir` (what an update needs to know first: its settings, its size);
 * exit 2, naming the path, when there is none or it cannot be used.
 */
export function readUpdateManifest(outDir: string): UpdateManifest {
  const manifestFile = join(statePath(outDir), FILES.manifest);
  if (!existsSync(manifestFile)) {
    throw new CliError(
      `${outDir} has no update state (${manifestFile} is missing): update adds papers to a folder written by papergraph build; build it first`,
      EXIT.input,
    );
  }
  let manifest: UpdateManifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as UpdateManifest;
  } catch (error) {
    throw new CliError(`cannot read ${manifestFile}: ${(error as Error).message}; build ${outDir} again`, EXIT.input);
  }
  if (manifest.format !== UPDATE_STATE_FORMAT) {
    throw new CliError(`${manifestFile} is of state format ${manifest.format}, this papergraph reads ${UPDATE_STATE_FORMAT}: build ${outDir} again`, EXIT.input);
  }
  return manifest;
}

/** Reads the state `build` left in `outDir` (its manifest as `readUpdateManifest` gives it, when already read). */
export async function readUpdateState(
  outDir: string,
  manifest: UpdateManifest = readUpdateManifest(outDir),
): Promise<PreviousBuild & { cacheDropped?: string; offsets: Partial<Record<string, ElementOffsets>> }> {
  const dir = statePath(outDir);
  try {
    // Another version's extractor may read papers differently: its cache is not used (every paper is extracted).
    const generator = `papergraph ${VERSION}`;
    const records: PaperRecord[] = [];
    let nodes: NodeState[] = [];
    const cache: ExtractionCache = new Map();
    // The three files at once: one is gunzipped (off the main thread) while another's lines are parsed.
    await Promise.all([
      forEachGzipLine(join(dir, FILES.records), (line) => records.push(JSON.parse(line) as PaperRecord)),
      readNodes(dir).then((read) => (nodes = read)),
      manifest.generator === generator
        ? forEachGzipLine(join(dir, FILES.extractions), (line) => {
            const [hash, entry] = cacheEntry(line);
            cache.set(hash, entry);
          })
        : undefined,
    ]);
    if (records.length !== manifest.papers && manifest.settings.references !== 'all') {
      // Stub papers are not records; with `inside` every paper node is one.
      throw new Error(`${records.length} records for ${manifest.papers} papers`);
    }
    // (hashes as another version made them are not used, as its cache)
    const textHashes = manifest.generator === generator ? readTextHashes(join(dir, FILES.textHashes), records.length) : undefined;
    // Hashes made another way would match nothing (or, worse, the wrong thing): not read.
    const elements =
      manifest.outputs && manifest.elementHash === ELEMENT_HASH_VERSION ? readElements(join(dir, FILES.elements), manifest.nodes, manifest.edges) : undefined;
    return {
      manifest,
      records,
      ...(textHashes ? { textHashes } : {}),
      cache,
      nodes,
      // Offsets are only of use with the hashes (which say what to copy).
      offsets: elements ? readOffsets(dir, manifest) : {},
      ...(elements ? { elements } : {}),
      ...(manifest.generator === generator ? {} : { cacheDropped: `written by ${manifest.generator}, this is ${generator}: every paper is extracted again` }),
    };
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read the update state in ${dir}: ${(error as Error).message}; build ${outDir} again`, EXIT.input);
  }
}
