/**
 * The update row of the benchmark (issue 12): a size's records split into the first (1 - share) and the last share
 * (on the whole corpus: the first ~70,000 and the last ~4,500), `papergraph build` of the first part, then, timed side
 * by side, `papergraph update` of that build with the last part and `papergraph build` of both parts (the full build
 * the update stands for). The updated graph.json must equal the full build's but for community ids, labels and
 * positions (checked in a child process: two whole-corpus graphs are large).
 */
import { cpSync, createReadStream, createWriteStream, readFileSync, rmSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';

/** Share of the records the update adds: 4,538 of the corpus's 74,538 (the last ~4,500). */
export const UPDATE_SHARE = 4538 / 74538;

export interface UpdateResult {
  /** Papers of the first build, and papers the update adds. */
  base: number;
  added: number;
  /**
   * `papergraph update` and the full build of the same inputs: wall ms spawn to exit (fastest run), CPU ms of the
   * process's threads (least; robust to other load on the machine), peak RSS.
   */
  update: { ms: number; cpuMs: number; maxRss: number };
  full: { ms: number; cpuMs: number; maxRss: number };
  /** The first build, for what its update state costs: its size on disk. */
  stateBytes: number;
  /** Papers the update extracted (new or changed text) and the share of earlier nodes that kept their community. */
  extracted: number;
  keptCommunity: number;
  /** The updated graph equals the full build's but for communities and positions; the first difference if not. */
  sameGraph: boolean;
  difference?: string;
}

/** Splits a JSON Lines (.gz) file's first `count` records into its first `count - added` and the `added` after. */
export async function splitRecords(file: string, count: number, added: number, firstOut: string, lastOut: string): Promise<{ first: number; last: number }> {
  const input = createReadStream(file);
  const lines = createInterface({ input: file.endsWith('.gz') ? input.pipe(createGunzip()) : input, crlfDelay: Infinity });
  const outs = [firstOut, lastOut].map((path) => {
    const gzip = createGzip({ level: 1 });
    const done = new Promise<void>((ok, fail) => gzip.pipe(createWriteStream(path)).on('finish', ok).on('error', fail));
    return { gzip, done, written: 0 };
  });
  let seen = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    if (seen >= count) break;
    const out = outs[seen < count - added ? 0 : 1]!;
    if (!out.gzip.write(`${line}\n`)) await new Promise((ok) => out.gzip.once('drain', ok));
    out.written++;
    seen++;
  }
  lines.close();
  input.destroy();
  for (const out of outs) out.gzip.end();
  await Promise.all(outs.map((out) => out.done));
  return { first: outs[0]!.written, last: outs[1]!.written };
}

export function folderBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
}

export function copyBuild(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}

interface GraphJson {
  attributes: Record<string, unknown>;
  nodes: Array<{ key: string; attributes?: Record<string, unknown> }>;
  edges: Array<{ key?: string; source: string; target: string; attributes?: Record<string, unknown> }>;
}

const NODE_FIELDS = new Set(['community', 'subcommunity', 'x', 'y']);
const GRAPH_FIELDS = new Set(['communities', 'subcommunities', 'modularity']);

function without(attributes: Record<string, unknown> | undefined, fields: Set<string>): string {
  return JSON.stringify(Object.entries(attributes ?? {}).filter(([key]) => !fields.has(key)));
}

/** The first difference between two graph.json files but for community ids, labels and positions; undefined: none. */
export function graphDifference(updatedFile: string, fullFile: string): string | undefined {
  const a = JSON.parse(readFileSync(updatedFile, 'utf8')) as GraphJson;
  const b = JSON.parse(readFileSync(fullFile, 'utf8')) as GraphJson;
  if (without(a.attributes, GRAPH_FIELDS) !== without(b.attributes, GRAPH_FIELDS)) return 'graph attributes differ';
  if (a.nodes.length !== b.nodes.length) return `${a.nodes.length} nodes against ${b.nodes.length}`;
  for (let i = 0; i < a.nodes.length; i++) {
    const x = a.nodes[i]!;
    const y = b.nodes[i]!;
    if (x.key !== y.key) return `node ${i}: ${x.key} against ${y.key}`;
    if (without(x.attributes, NODE_FIELDS) !== without(y.attributes, NODE_FIELDS)) return `node ${x.key}: attributes differ`;
  }
  if (a.edges.length !== b.edges.length) return `${a.edges.length} edges against ${b.edges.length}`;
  for (let i = 0; i < a.edges.length; i++) {
    if (JSON.stringify(a.edges[i]) !== JSON.stringify(b.edges[i])) return `edge ${i} (${a.edges[i]!.key ?? ''}) differs`;
  }
  return undefined;
}
