/**
 * Where each node and edge of an output file starts, recorded while the file is written, so that the next update can
 * copy the file's unchanged elements without searching all of it for their markers first (previous-file.ts does
 * that when no offsets were kept). The elements written anew are found by their markers in the bytes as they go out
 * (a marker cannot occur inside an element's text: `<` is always escaped in XML, `"` inside JSON strings); the
 * elements copied from a previous file keep their places there, moved to where the copy lands.
 */
import type { ElementLayout, PreviousSpan } from '@papergraph/core';
import type { ElementOffsets } from './previous-file.ts';

/** The bytes a marker is searched by: without its indentation (a run of spaces is a slow first byte to search for). */
function searched(marker: string): { bytes: Buffer; indent: number } {
  const trimmed = marker.trimStart();
  return { bytes: Buffer.from(trimmed), indent: Buffer.byteLength(marker) - Buffer.byteLength(trimmed) };
}

export class OffsetRecorder {
  private readonly nodeStarts: Float64Array;
  private readonly edgeStarts: Float64Array;
  private nodes = 0;
  private edges = 0;
  private readonly nodeMarker: { bytes: Buffer; indent: number };
  private readonly edgeMarker: { bytes: Buffer; indent: number };
  /** The last bytes written anew (fewer than a marker), and where they end: a marker may straddle two pieces. */
  private carry: Buffer = Buffer.alloc(0);
  private carryEnd = -1;
  /** Set when the file turned out not to be laid out as expected: no offsets are kept. */
  private failed = false;

  constructor(
    private readonly layout: ElementLayout,
    nodeCount: number,
    edgeCount: number,
  ) {
    this.nodeStarts = new Float64Array(nodeCount);
    this.edgeStarts = new Float64Array(edgeCount);
    this.nodeMarker = searched(layout.node);
    this.edgeMarker = searched(layout.edge);
  }

  private record(start: number): void {
    if (this.nodes < this.nodeStarts.length) this.nodeStarts[this.nodes++] = start;
    else if (this.edges < this.edgeStarts.length) this.edgeStarts[this.edges++] = start;
    else this.failed = true;
  }

  private get marker(): { bytes: Buffer; indent: number } {
    return this.nodes < this.nodeStarts.length ? this.nodeMarker : this.edgeMarker;
  }

  /** Bytes written anew, placed at `at` in the file. */
  written(bytes: Uint8Array, at: number): void {
    if (this.failed || bytes.length === 0) return;
    const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    let from = 0;
    // A marker that began in the previous piece.
    if (this.carryEnd === at && this.carry.length > 0) {
      const marker = this.marker;
      const m = marker.bytes.length;
      const joined = Buffer.concat([this.carry, view.subarray(0, m - 1)]);
      // Only a marker that starts in the carry and ends in this piece is new (one wholly in the carry was found).
      const found = joined.indexOf(marker.bytes, Math.max(0, this.carry.length - m + 1));
      if (found >= 0 && found < this.carry.length) {
        this.record(at - this.carry.length + found - marker.indent);
        from = found - this.carry.length + m;
      }
    }
    for (;;) {
      const marker = this.marker;
      const found = view.indexOf(marker.bytes, from);
      if (found < 0) break;
      this.record(at + found - marker.indent);
      if (this.failed) return;
      from = found + 1;
    }
    const keep = Math.min(view.length, Math.max(this.nodeMarker.bytes.length, this.edgeMarker.bytes.length) - 1);
    this.carry = Buffer.from(view.subarray(view.length - keep));
    this.carryEnd = at + view.length;
  }

  /** A span of the previous file (whose offsets are `previous`), copied to `at`. */
  copied(span: PreviousSpan, previous: ElementOffsets, at: number): void {
    this.carryEnd = -1;
    if (this.failed) return;
    const starts = span.previous === 'nodes' ? previous.nodeStarts : previous.edgeStarts;
    const inNodes = this.nodes < this.nodeStarts.length;
    if ((span.previous === 'nodes') !== inNodes) {
      this.failed = true;
      return;
    }
    const shift = at - starts[span.from]!;
    for (let i = span.from; i < span.to; i++) this.record(starts[i]! + shift);
  }

  /** The offsets of the file written, `size` bytes long; undefined when its elements were not all found. */
  finish(size: number): ElementOffsets | undefined {
    if (this.failed || this.nodes !== this.nodeStarts.length || this.edges !== this.edgeStarts.length) return undefined;
    const edgesEnd = size - Buffer.byteLength(this.layout.afterEdges);
    const afterNodes = Buffer.byteLength(this.layout.afterNodes);
    const nodesEnd = this.edges > 0 ? this.edgeStarts[0]! - afterNodes : edgesEnd - afterNodes;
    return { nodeStarts: this.nodeStarts, nodesEnd, edgeStarts: this.edgeStarts, edgesEnd, separator: Buffer.byteLength(this.layout.separator) };
  }
}

/** Header of the stored form: node count, edge count, first node start, first edge start, nodes end, edges end, separator. */
const HEADER = 7;

/**
 * Offsets as bytes for the update state: the header as doubles, then each element's length (to the next element's
 * start, or its section's end) as 32-bit integers — half the size of the starts themselves.
 */
export function offsetsBytes(offsets: ElementOffsets): Uint8Array | undefined {
  const { nodeStarts, edgeStarts, nodesEnd, edgesEnd, separator } = offsets;
  const header = new Float64Array([nodeStarts.length, edgeStarts.length, nodeStarts[0] ?? -1, edgeStarts[0] ?? -1, nodesEnd, edgesEnd, separator]);
  const lengths = new Uint32Array(nodeStarts.length + edgeStarts.length);
  const put = (starts: Float64Array, end: number, base: number): boolean => {
    for (let i = 0; i < starts.length; i++) {
      const length = (i + 1 < starts.length ? starts[i + 1]! : end) - starts[i]!;
      if (!(length >= 0 && length < 2 ** 32)) return false;
      lengths[base + i] = length;
    }
    return true;
  };
  if (!put(nodeStarts, nodesEnd, 0) || !put(edgeStarts, edgesEnd, nodeStarts.length)) return undefined;
  const bytes = new Uint8Array(8 * HEADER + 4 * lengths.length);
  bytes.set(new Uint8Array(header.buffer), 0);
  bytes.set(new Uint8Array(lengths.buffer), 8 * HEADER);
  return bytes;
}

/** `offsetsBytes` read back; undefined when the bytes do not hold offsets of `nodes` nodes and `edges` edges. */
export function offsetsFromBytes(bytes: Uint8Array, nodes: number, edges: number): ElementOffsets | undefined {
  if (bytes.length !== 8 * HEADER + 4 * (nodes + edges)) return undefined;
  // Copies: the file's buffer need not be aligned for doubles.
  const header = new Float64Array(HEADER);
  new Uint8Array(header.buffer).set(bytes.subarray(0, 8 * HEADER));
  const lengths = new Uint32Array(nodes + edges);
  new Uint8Array(lengths.buffer).set(bytes.subarray(8 * HEADER));
  const [nodeCount, edgeCount, firstNode, firstEdge, nodesEnd, edgesEnd, separator] = header as unknown as number[];
  if (nodeCount !== nodes || edgeCount !== edges) return undefined;
  const starts = (count: number, first: number, base: number): Float64Array => {
    const out = new Float64Array(count);
    let at = first!;
    for (let i = 0; i < count; i++) {
      out[i] = at;
      at += lengths[base + i]!;
    }
    return out;
  };
  return {
    nodeStarts: starts(nodes, firstNode!, 0),
    nodesEnd: nodesEnd!,
    edgeStarts: starts(edges, firstEdge!, nodes),
    edgesEnd: edgesEnd!,
    separator: separator!,
  };
}
