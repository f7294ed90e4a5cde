/**
 * What a build leaves beside its outputs so that `update` can add papers to it (the CLI keeps it in
 * `OUT_DIR/.papergraph/`): the build's settings and inputs (manifest), the merged input records, an extraction cache
 * keyed by a content hash of each paper's text, and each node's community, sub-community, position and paper count.
 * Rows are compact JSON arrays, one per line (the CLI gzips them); this module turns them into values and back and
 * touches no file.
 */
import type { CommunitySummary, PaperGraph, SubcommunitySummary } from '../contract/graph.ts';
import { ELEMENT_HASH_VERSION, type ElementHashes } from '../export/reuse.ts';
import type { Thesaurus } from '../thesaurus/parse.ts';
import type { EntityKind, InputIssue, Mention, MentionRelation, ModelInfo, PaperDoc, PaperExtraction, PaperRecord } from '../types.ts';

/** Bumped when the layout of the state changes: an older state is refused with a message to rebuild. */
export const UPDATE_STATE_FORMAT = 1;

/** The settings of the build an update repeats. */
export interface BuildSettings {
  /** Output formats the build wrote (an update rewrites these). */
  formats: string[];
  seed: number;
  resolution: number;
  references: 'inside' | 'all';
  gexfVersion: string;
  pretty: boolean;
  thesaurus?: Thesaurus;
  /** Whether the build laid the graph out. */
  layout: boolean;
}

export interface UpdateManifest {
  format: number;
  /** `papergraph <version>`: a cache written by another version is not trusted (its extractor may differ). */
  generator: string;
  settings: BuildSettings;
  /** Input files in reading order (graph attribute `inputs`), over the build and every update since. */
  inputs: string[];
  /** The build's rejections and warnings (a full build of all inputs reports them too). */
  rejections: InputIssue[];
  warnings: InputIssue[];
  papers: number;
  nodes: number;
  edges: number;
  /** First community id never used so far: ids of communities that disappeared are not given again. */
  nextCommunityId: number;
  communities: CommunitySummary[];
  subcommunities: SubcommunitySummary[];
  /** When the state was written by an update, how many updates led to it. */
  updates: number;
  /**
   * The output files written element by element (graph.json, GraphML, GEXF), by format: an update copies their
   * unchanged elements (export/reuse.ts). Absent in a state written before updates reused files.
   */
  outputs?: Partial<Record<string, OutputRecord>>;
  /** ELEMENT_HASH_VERSION of the state's element hashes (hashes of another version are not used). */
  elementHash?: number;
}

/** An output file as the state remembers it: its size (a file changed since is written anew) and its dialect. */
export interface OutputRecord {
  bytes: number;
  dialect: string;
}

/** A node as the state remembers it. */
export interface NodeState {
  key: string;
  kind: string;
  community: number;
  /** -1: its community was not split. */
  subcommunity: number;
  /** NaN when the graph had no layout. */
  x: number;
  y: number;
  paperCount: number;
  /** A model's, method's or dataset's label, so that an update can name the entities it removes (absent in older states). */
  label?: string;
}

/** Node kinds whose label the state keeps. */
const LABELLED_KINDS = new Set(['model', 'method', 'dataset']);

/** Everything read back from the state, ready for an update. */
export interface PreviousBuild {
  manifest: UpdateManifest;
  records: PaperRecord[];
  /**
   * The content hash of each record's text (`contentHash` of its doc), in the same order (absent in older states): an
   * update that keeps the records takes them instead of hashing every paper's text again.
   */
  textHashes?: string[];
  cache: ExtractionCache;
  nodes: NodeState[];
  /** The content hash of each node and edge the output files hold (absent: nothing of them is reused). */
  elements?: ElementHashes;
}

/** Mentions of each paper text already extracted, by content hash. */
export type ExtractionCache = Map<string, CacheEntry>;

/**
 * A cache entry: the rows, or their JSON text as the state stores them (`JSON.stringify(rows)`), parsed only when a
 * paper needs them. Kept as text, the build's ~70,000 entries are one string each instead of some two million small
 * arrays, which every collection of the update would otherwise copy or mark.
 */
export type CacheEntry = CachedExtraction | string;

/** The rows of a cache entry. */
export function cachedRows(entry: CacheEntry): CachedExtraction {
  if (typeof entry !== 'string') return entry;
  try {
    return JSON.parse(entry) as CachedExtraction;
  } catch (error) {
    throw new Error(`an extraction cache entry of the update state is not JSON (${(error as Error).message}): build again`);
  }
}

/** The second string of each `["…","…"` in a JSON text: every row's slug (and some alias pairs), when nothing is escaped. */
const ROW_SLUG = /\["[^"\\]*","([^"\\]*)"/g;

/**
 * Whether a cache entry may name one of `slugs` (entity slugs): false only when it certainly does not, so that few
 * entries are parsed to find the papers naming a removed entity. A text entry is scanned once for the strings in the
 * place a row's slug takes (one with an escape in it is read whole).
 */
export function mayNameSlug(entry: CacheEntry, slugs: ReadonlySet<string>): boolean {
  if (typeof entry !== 'string') return entry.some((row) => slugs.has(row[1]));
  if (entry.includes('\\')) return cachedRows(entry).some((row) => slugs.has(row[1]));
  ROW_SLUG.lastIndex = 0;
  for (let match = ROW_SLUG.exec(entry); match; match = ROW_SLUG.exec(entry)) if (slugs.has(match[1]!)) return true;
  return false;
}

/** Cached mentions, with evidence kept as offsets into the paper's text until the doc is at hand. */
export type CachedExtraction = MentionRow[];

/** [kind, slug, label, relation, evidence (offset and length in `title\n abstract`, or the text), aliases, model?] */
export type MentionRow = [EntityKind, string, string, MentionRelation, [number, number] | string, string[], ModelInfo?];

/**
 * Two 53-bit cyrb53 hashes of `title + "\n" + abstract` (seeds 1 and 2) in one pass: a 106-bit content hash, so two
 * different paper texts of a corpus sharing one is not a concern (a chance of about 10^-22 among 10^5 papers). The
 * two parts are read in place: joining them would copy every paper's text once more.
 */
function cyrb53Pair(title: string, abstract: string): [number, number] {
  let a1 = 0xdeadbeef ^ 1;
  let a2 = 0x41c6ce57 ^ 1;
  let b1 = 0xdeadbeef ^ 2;
  let b2 = 0x41c6ce57 ^ 2;
  const parts = [title, '\n', abstract];
  for (let p = 0; p < 3; p++) {
    const text = parts[p]!;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      a1 = Math.imul(a1 ^ ch, 2654435761);
      a2 = Math.imul(a2 ^ ch, 1597334677);
      b1 = Math.imul(b1 ^ ch, 2654435761);
      b2 = Math.imul(b2 ^ ch, 1597334677);
    }
  }
  const finish = (h1: number, h2: number) => {
    const x = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    const y = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(x ^ (x >>> 13), 3266489909);
    return 4294967296 * (2097151 & y) + (x >>> 0);
  };
  return [finish(a1, a2), finish(b1, b2)];
}

/** The text extraction reads: the title and the abstract (extraction depends on nothing else of a paper). */
function docText(doc: PaperDoc): string {
  return `${doc.title}\n${doc.abstract}`;
}

/** Characters of a content hash: two 53-bit numbers in base 36, 11 digits each. */
export const CONTENT_HASH_LENGTH = 22;

/** Content hash of a paper's text (`title + "\n" + abstract`): papers whose hash is cached are not extracted again. */
export function contentHash(doc: PaperDoc): string {
  const [a, b] = cyrb53Pair(doc.title, doc.abstract);
  return a.toString(36).padStart(11, '0') + b.toString(36).padStart(11, '0');
}

/** One cache row: `[hash, mentions]`, evidence as offsets where it is a piece of the paper's text. */
export function extractionRow(extraction: PaperExtraction): [string, CachedExtraction] {
  const text = docText(extraction.doc);
  const rows = extraction.mentions.map((m): MentionRow => {
    const at = text.indexOf(m.evidence);
    const evidence: [number, number] | string = at >= 0 ? [at, m.evidence.length] : m.evidence;
    return m.model ? [m.kind, m.slug, m.label, m.relation, evidence, m.aliases, m.model] : [m.kind, m.slug, m.label, m.relation, evidence, m.aliases];
  });
  return [contentHash(extraction.doc), rows];
}

/** Cached mentions → the mentions of `doc` (whose text has the row's hash). */
export function mentionsFromRow(doc: PaperDoc, entry: CacheEntry): Mention[] {
  const rows = cachedRows(entry);
  let text: string | undefined;
  // Evidence lies in the title or in the abstract: sliced from that string, which the graph keeps anyway, rather
  // than from a joined copy of both that every evidence slice would keep alive (about 70 MB on the 75k corpus).
  const slice = ([at, length]: [number, number]): string => {
    const { title, abstract } = doc;
    if (at + length <= title.length) return title.slice(at, at + length);
    if (at > title.length) return abstract.slice(at - title.length - 1, at - title.length - 1 + length);
    text ??= docText(doc);
    return text.slice(at, at + length);
  };
  return rows.map(([kind, slug, label, relation, evidence, aliases, model]) => {
    const mention: Mention = {
      kind,
      slug,
      label,
      relation,
      evidence: typeof evidence === 'string' ? evidence : slice(evidence),
      aliases,
    };
    if (model) mention.model = model;
    return mention;
  });
}

/** The nodes of a clustered (and maybe laid out) graph as the state keeps them. */
export function nodeStates(graph: PaperGraph): NodeState[] {
  const nodes: NodeState[] = [];
  graph.forEachNode((key, a) => {
    nodes.push({
      key,
      kind: a.kind,
      community: a.community ?? -1,
      subcommunity: typeof a.subcommunity === 'number' ? a.subcommunity : -1,
      x: typeof a.x === 'number' ? a.x : Number.NaN,
      y: typeof a.y === 'number' ? a.y : Number.NaN,
      paperCount: a.paperCount ?? 0,
      ...(LABELLED_KINDS.has(a.kind) ? { label: a.label } : {}),
    });
  });
  return nodes;
}

/**
 * One node row: `[key, kind, community, subcommunity, x, y, paperCount]` (x, y null when not laid out), and the label
 * last for a model, method or dataset.
 */
export function nodeRow(node: NodeState): unknown[] {
  const row = [node.key, node.kind, node.community, node.subcommunity, Number.isNaN(node.x) ? null : node.x, Number.isNaN(node.y) ? null : node.y, node.paperCount];
  return node.label === undefined ? row : [...row, node.label];
}

export function nodeFromRow(row: unknown): NodeState {
  if (!Array.isArray(row) || (row.length !== 7 && row.length !== 8) || typeof row[0] !== 'string') throw new Error('not a node row');
  const [key, kind, community, subcommunity, x, y, paperCount, label] = row as [string, string, number, number, number | null, number | null, number, string?];
  return { key, kind, community, subcommunity, x: x ?? Number.NaN, y: y ?? Number.NaN, paperCount, ...(typeof label === 'string' ? { label } : {}) };
}

/** The manifest of a graph just built (or updated) with these settings. */
export function manifestOf(
  graph: PaperGraph,
  settings: BuildSettings,
  issues: { rejections: InputIssue[]; warnings: InputIssue[] },
  previous?: UpdateManifest,
): UpdateManifest {
  const communities = graph.getAttribute('communities') ?? [];
  const largest = communities.reduce((max, c) => Math.max(max, c.id), -1);
  let papers = 0;
  graph.forEachNode((_key, a) => {
    if (a.kind === 'paper' && a.stub !== true) papers++;
  });
  return {
    format: UPDATE_STATE_FORMAT,
    generator: graph.getAttribute('generator'),
    settings,
    inputs: [...graph.getAttribute('inputs')],
    rejections: issues.rejections,
    warnings: issues.warnings,
    papers,
    nodes: graph.order,
    edges: graph.size,
    nextCommunityId: Math.max(largest + 1, previous?.nextCommunityId ?? 0),
    communities,
    subcommunities: graph.getAttribute('subcommunities') ?? [],
    updates: previous ? previous.updates + 1 : 0,
    elementHash: ELEMENT_HASH_VERSION,
  };
}
