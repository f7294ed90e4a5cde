/**
 * Rewriting a file from the previous one: an update changes few of a graph's elements, and an element whose data did
 * not change is written as the same bytes. Each node and edge gets a content hash of everything its written form
 * depends on (key, ends, attributes in order, and a node's degree, which sets the drawn size of the XML formats); a
 * writer given a `WriterReuse` yields, for each run of elements whose hash the previous file's elements had, a
 * `PreviousSpan` (old element indices) instead of their text, and the caller copies those bytes from the previous
 * file. A file is reused only when it was written in the same dialect (the XML formats' attribute declarations, which
 * fix every element's ids and column order). Pure: the file itself is read by the caller.
 */
import type { ForeignGraph } from '../contract/graph.ts';
import type { XmlSink } from './sink.ts';

/** Bumped whenever `elementHashes` hashes differently: hashes of another version are not compared (nothing is reused). */
export const ELEMENT_HASH_VERSION = 2;

/** Content hashes of a graph's nodes and edges, in graph order (53-bit integers, as cyrb53 gives). */
export interface ElementHashes {
  nodes: Float64Array;
  edges: Float64Array;
}

/** For each element of the graph being written, the index of the previous file's element with its hash, or -1. */
export interface ReusePlan {
  nodes: Int32Array;
  edges: Int32Array;
}

/** What a writer needs to reuse a previous file's elements. */
export interface WriterReuse {
  /** The dialect the previous file was written in: nothing is reused unless the writer's is the same. */
  dialect: string;
  plan: ReusePlan;
}

/** The previous file's elements `from` to `to - 1` (consecutive there), as they are, with what lies between them. */
export interface PreviousSpan {
  readonly previous: 'nodes' | 'edges';
  readonly from: number;
  readonly to: number;
}

/** A piece of a file: text, UTF-8 bytes, or a span of the previous file. */
export type ReusingChunk = string | Uint8Array | PreviousSpan;

export function isPreviousSpan(chunk: ReusingChunk): chunk is PreviousSpan {
  return typeof chunk === 'object' && !(chunk instanceof Uint8Array);
}

/**
 * Where each writable element starts in a file, and what surrounds them, so a caller can find a previous file's
 * elements by searching for the markers (each a text no element's content can contain unescaped: `<` is always
 * escaped in XML, `"` in JSON strings). Nodes come first, then edges; consecutive elements of a section are
 * separated by `separator`; `afterNodes` lies between the last node and the first edge, `afterEdges` ends the file.
 */
export interface ElementLayout {
  node: string;
  edge: string;
  separator: string;
  afterNodes: string;
  afterEdges: string;
}

// cyrb53's two lanes, kept in module variables: the hash runs over every character of a whole field's graph.
let h1 = 0;
let h2 = 0;
const float = new Float64Array(1);
const words = new Uint32Array(float.buffer);

function mix(word: number): void {
  h1 = Math.imul(h1 ^ word, 2654435761);
  h2 = Math.imul(h2 ^ word, 1597334677);
}

function mixString(text: string): void {
  let a = h1;
  let b = h2;
  const n = text.length;
  // Two UTF-16 units per step (one 32-bit word): half the multiplications.
  const pairs = n & ~1;
  for (let i = 0; i < pairs; i += 2) {
    const word = text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16);
    a = Math.imul(a ^ word, 2654435761);
    b = Math.imul(b ^ word, 1597334677);
  }
  if (pairs < n) {
    const ch = text.charCodeAt(pairs);
    a = Math.imul(a ^ ch, 2654435761);
    b = Math.imul(b ^ ch, 1597334677);
  }
  // The length ends the string: "ab"+"c" and "a"+"bc" differ.
  h1 = a;
  h2 = b;
  mix(n);
}

function mixNumber(value: number): void {
  float[0] = value;
  mix(words[0]!);
  mix(words[1]!);
}

function mixValue(value: unknown): void {
  switch (typeof value) {
    case 'string':
      mix(1);
      mixString(value);
      return;
    case 'number':
      mix(2);
      mixNumber(value);
      return;
    case 'boolean':
      mix(value ? 3 : 4);
      return;
    case 'undefined':
      mix(5);
      return;
    case 'object':
      if (value === null) mix(6);
      else if (Array.isArray(value)) {
        mix(7);
        mix(value.length);
        for (let i = 0; i < value.length; i++) mixValue(value[i]);
      } else mixObject(value as Record<string, unknown>, 8);
      return;
    default:
      mix(9);
      mixString(String(value));
  }
}

/**
 * An attribute name's two words (two 32-bit hashes of its characters, seeds 3 and 4), made once per name: the same
 * few names recur on every element, and mixing their characters anew for each was a good part of hashing a graph.
 */
const NAME_WORDS = new Map<string, [number, number]>();

function nameWords(name: string): [number, number] {
  let words = NAME_WORDS.get(name);
  if (words === undefined) {
    let a = 0xdeadbeef ^ 3;
    let b = 0x41c6ce57 ^ 4;
    for (let i = 0; i < name.length; i++) {
      const ch = name.charCodeAt(i);
      a = Math.imul(a ^ ch, 2654435761);
      b = Math.imul(b ^ ch, 1597334677);
    }
    words = [Math.imul(a ^ (a >>> 16), 2246822507) ^ name.length, Math.imul(b ^ (b >>> 13), 3266489909)];
    // Foreign graphs may use any names: the table stays small whatever they are.
    if (NAME_WORDS.size < 4096) NAME_WORDS.set(name, words);
  }
  return words;
}

/** Own names and values in their order (the order JSON.stringify writes them in), read in place. */
function mixObject(object: Record<string, unknown>, tag: number): void {
  mix(tag);
  for (const name in object) {
    if (!Object.hasOwn(object, name)) continue;
    const words = nameWords(name);
    mix(words[0]);
    mix(words[1]);
    mixValue(object[name]);
  }
  mix(10);
}

function digest(): number {
  const x = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  const y = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(x ^ (x >>> 13), 3266489909);
  return 4294967296 * (2097151 & y) + (x >>> 0);
}

function start(tag: number): void {
  h1 = 0xdeadbeef ^ tag;
  h2 = 0x41c6ce57 ^ tag;
}

/** The content hash of every node (key, degree, attributes) and edge (key, source, target, attributes). */
export function elementHashes(graph: ForeignGraph): ElementHashes {
  const nodes = new Float64Array(graph.order);
  let i = 0;
  graph.forEachNode((key, attributes) => {
    start(1);
    mixString(key);
    mix(graph.degree(key));
    mixObject(attributes, 11);
    nodes[i++] = digest();
  });
  return { nodes, edges: edgeHashes(graph) };
}

/** The content hash of every edge (key, source, target, attributes), in the graph's order: `elementHashes(graph).edges`. */
export function edgeHashes(graph: ForeignGraph): Float64Array {
  const edges = new Float64Array(graph.size);
  let i = 0;
  graph.forEachEdge((key, attributes, source, target) => {
    start(2);
    mixString(key);
    mixString(source);
    mixString(target);
    mixObject(attributes, 12);
    edges[i++] = digest();
  });
  return edges;
}

/** Old index of each hash of `next` in `previous` (an open-addressing table over the previous hashes), else -1. */
function match(previous: Float64Array, next: Float64Array): Int32Array {
  let capacity = 1;
  while (capacity < 2 * previous.length) capacity *= 2;
  const mask = capacity - 1;
  // Slot → old index + 1 (0: empty). The hash's low 32 bits pick the slot (they are its best-mixed bits).
  const slots = new Int32Array(capacity);
  for (let j = 0; j < previous.length; j++) {
    let slot = previous[j]! % 4294967296 & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = j + 1;
  }
  const found = new Int32Array(next.length);
  for (let i = 0; i < next.length; i++) {
    const hash = next[i]!;
    let slot = hash % 4294967296 & mask;
    let at = -1;
    for (let stored = slots[slot]!; stored !== 0; stored = slots[(slot = (slot + 1) & mask)]!) {
      if (previous[stored - 1] === hash) {
        at = stored - 1;
        break;
      }
    }
    found[i] = at;
  }
  return found;
}

/** Which elements of the graph being written the previous file holds as they are. */
export function planReuse(previous: ElementHashes, next: ElementHashes): ReusePlan {
  return { nodes: match(previous.nodes, next.nodes), edges: match(previous.edges, next.edges) };
}

/**
 * The plan of `reuse` when it fits the graph, for the XML writers' first pass, which declares every attribute's
 * type. An element the previous file holds has the same content as one of its elements (same hash), so it declares
 * nothing that file's dialect does not: when the elements written anew alone give that dialect, it is the whole
 * graph's, and the others need not be read. When they give another, the others are read too (they may widen a type).
 */
export function plannedElements(graph: ForeignGraph, reuse: WriterReuse | undefined): ReusePlan | undefined {
  if (!reuse || reuse.plan.nodes.length !== graph.order || reuse.plan.edges.length !== graph.size) return undefined;
  return reuse.plan;
}

type Attributes = Record<string, unknown>;

/** A graph's nodes and links in the order the XML writers' first pass meets them, so the second needs no iterators or look-ups. */
export interface ElementList {
  nodeKeys: string[];
  nodeAttributes: Attributes[];
  edgeKeys: string[];
  edgeAttributes: Attributes[];
  sources: string[];
  targets: string[];
}

/**
 * The XML writers' first pass: lists the elements and observes (for the attribute-type declarations) those written
 * anew — every one without a previous file. `declare` reads the observations; when its dialect is not the previous
 * file's, the copied elements are observed too (they may widen a type) and it is read again (see plannedElements).
 */
export function observeElements<D extends { dialect: string }>(
  graph: ForeignGraph,
  reuse: WriterReuse | undefined,
  observeNode: (key: string, attributes: Attributes) => void,
  observeEdge: (attributes: Attributes) => void,
  declare: () => D,
): { elements: ElementList; planned: ReusePlan | undefined; declared: D } {
  // Sized once: grown by pushes, the arrays of a whole field's graph were allocated about three times over.
  const elements: ElementList = {
    nodeKeys: new Array<string>(graph.order),
    nodeAttributes: new Array<Attributes>(graph.order),
    edgeKeys: new Array<string>(graph.size),
    edgeAttributes: new Array<Attributes>(graph.size),
    sources: new Array<string>(graph.size),
    targets: new Array<string>(graph.size),
  };
  const { nodeKeys, nodeAttributes, edgeKeys, edgeAttributes, sources, targets } = elements;
  const planned = plannedElements(graph, reuse);
  let nodeIndex = 0;
  let edgeIndex = 0;
  graph.forEachNode((key, attributes: Attributes) => {
    nodeKeys[nodeIndex] = key;
    nodeAttributes[nodeIndex] = attributes;
    if (!planned || planned.nodes[nodeIndex]! < 0) observeNode(key, attributes);
    nodeIndex++;
  });
  graph.forEachEdge((key, attributes: Attributes, source, target) => {
    edgeKeys[edgeIndex] = key;
    edgeAttributes[edgeIndex] = attributes;
    sources[edgeIndex] = source;
    targets[edgeIndex] = target;
    if (!planned || planned.edges[edgeIndex]! < 0) observeEdge(attributes);
    edgeIndex++;
  });
  let declared = declare();
  if (planned && declared.dialect !== reuse!.dialect) {
    for (let i = 0; i < nodeKeys.length; i++) if (planned.nodes[i]! >= 0) observeNode(nodeKeys[i]!, nodeAttributes[i]!);
    for (let i = 0; i < edgeKeys.length; i++) if (planned.edges[i]! >= 0) observeEdge(edgeAttributes[i]!);
    declared = declare();
  }
  return { elements, planned, declared };
}

/** How many elements a plan reuses. */
export function reusedCount(plan: ReusePlan): number {
  let count = 0;
  for (const at of plan.nodes) if (at >= 0) count++;
  for (const at of plan.edges) if (at >= 0) count++;
  return count;
}

/**
 * Runs of consecutive reused elements, for a writer. For each element of a section in order, `next(index)` returns
 * the run that element ends (to be written before it), and sets `reused`: whether the element itself comes from the
 * previous file (then it is not written). `end()` returns the run still open at the section's end.
 */
export class SpanRuns {
  private from = -1;
  private to = -1;
  reused = false;

  constructor(
    private readonly section: 'nodes' | 'edges',
    private readonly sources: Int32Array | undefined,
  ) {}

  next(index: number): PreviousSpan | undefined {
    const at = this.sources ? this.sources[index]! : -1;
    this.reused = at >= 0;
    if (at >= 0 && at === this.to) {
      this.to++;
      return undefined;
    }
    const ended = this.end();
    if (at >= 0) {
      this.from = at;
      this.to = at + 1;
    }
    return ended;
  }

  end(): PreviousSpan | undefined {
    if (this.from < 0) return undefined;
    const span: PreviousSpan = { previous: this.section, from: this.from, to: this.to };
    this.from = -1;
    this.to = -1;
    return span;
  }
}

/**
 * The XML writers' loop over one section's elements (`count` of them, in graph order): each written by `write` into
 * `out`, which is taken a chunk at a time, or — where `plan` says the previous file holds it as it is — left out, each
 * run of such elements yielded as one span of the previous file.
 */
export function* writeOrReuse<T>(
  out: XmlSink<T>,
  section: 'nodes' | 'edges',
  count: number,
  plan: ReusePlan | undefined,
  write: (index: number) => void,
): Generator<T | PreviousSpan> {
  const runs = plan ? new SpanRuns(section, plan[section]) : undefined;
  for (let index = 0; index < count; index++) {
    if (runs) {
      const ended = runs.next(index);
      if (ended) {
        yield out.take();
        yield ended;
      }
      if (runs.reused) continue;
    }
    write(index);
    if (out.full) yield out.take();
  }
  const last = runs?.end();
  if (last) {
    yield out.take();
    yield last;
  }
}
