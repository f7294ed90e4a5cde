/**
 * The previous build's output file, read back for an update (core's export/reuse.ts): where each of its elements
 * lies, found by searching the format's element markers, and its bytes, copied span by span into the new file.
 * The file is read in large blocks, never whole (a whole field's GEXF is over 500 MB).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { ElementLayout, PreviousSpan } from '@papergraph/core';

const BLOCK = 1 << 23;
/** holdsAt's window: a few hundred elements of any format. */
const WINDOW = 1 << 16;
/**
 * One block buffer for every previous file (they are read one at a time): allocated once, so rewriting three files
 * does not add a large external allocation each (V8 counts external memory towards starting a full collection of
 * the heap, which holds the whole graph).
 */
let sharedBlock: Buffer | undefined;
let sharedBy: PreviousFile | undefined;

/** Where a file's elements are: each one's first byte, and where its section's last element ends. */
export interface ElementOffsets {
  nodeStarts: Float64Array;
  nodesEnd: number;
  edgeStarts: Float64Array;
  edgesEnd: number;
  separator: number;
}

export class PreviousFile {
  readonly size: number;
  private readonly fd: number;
  private readonly block: Buffer;
  private view: Buffer;
  private blockStart = 0;
  private blockLength = 0;
  /** holdsAt's small window of the file (its own: the block is not disturbed, it may hold what a copy reads). */
  private window: Buffer | undefined;
  private windowStart = 0;
  private windowLength = 0;

  constructor(path: string) {
    // A second file open at once (not how the writers use it) gets a block of its own.
    this.block = sharedBy === undefined ? (sharedBlock ??= Buffer.allocUnsafe(BLOCK)) : Buffer.allocUnsafe(BLOCK);
    if (this.block === sharedBlock) sharedBy = this;
    this.view = this.block.subarray(0, 0);
    this.fd = openSync(path, 'r');
    this.size = fstatSync(this.fd).size;
  }

  close(): void {
    if (sharedBy === this) sharedBy = undefined;
    closeSync(this.fd);
  }

  /** Loads the block that starts at `at`. */
  private load(at: number): void {
    this.blockStart = at;
    this.blockLength = 0;
    const want = Math.min(BLOCK, this.size - at);
    while (this.blockLength < want) {
      const read = readSync(this.fd, this.block, this.blockLength, want - this.blockLength, at + this.blockLength);
      if (read === 0) break;
      this.blockLength += read;
    }
    this.view = this.block.subarray(0, this.blockLength);
  }

  /** The first position ≥ `from` and < `limit` where `marker` starts, or -1. */
  find(marker: Buffer, from: number, limit = this.size): number {
    let at = from;
    while (at + marker.length <= limit) {
      if (at < this.blockStart || at + marker.length > this.blockStart + this.blockLength) this.load(at);
      const found = this.view.indexOf(marker, at - this.blockStart);
      if (found >= 0) {
        const position = this.blockStart + found;
        return position + marker.length <= limit ? position : -1;
      }
      if (this.blockStart + this.blockLength >= this.size) return -1;
      // The next block overlaps this one by the marker's length less one: no occurrence falls between.
      at = this.blockStart + this.blockLength - marker.length + 1;
    }
    return -1;
  }

  /** Whether the bytes at `at` are `text`. */
  holds(at: number, text: Buffer): boolean {
    if (at < 0 || at + text.length > this.size) return false;
    if (at < this.blockStart || at + text.length > this.blockStart + this.blockLength) this.load(at);
    return this.block.subarray(at - this.blockStart, at - this.blockStart + text.length).equals(text);
  }

  /**
   * Whether the bytes at `at` are `text`, read on their own unless the loaded block holds them (for a caller that
   * checks many places and reads nothing else: the copy thread copies the bytes).
   */
  holdsAt(at: number, text: Buffer): boolean {
    if (at >= this.blockStart && at + text.length <= this.blockStart + this.blockLength) return this.holds(at, text);
    if (at < 0 || at + text.length > this.size) return false;
    if (text.length > WINDOW) return this.holds(at, text);
    // The places are checked in file order and lie close together (the runs between changed elements): one read of a
    // small window serves the next few checks (one read per check had cost about 1 s of an update's three files).
    if (at < this.windowStart || at + text.length > this.windowStart + this.windowLength) {
      const window = (this.window ??= Buffer.allocUnsafe(WINDOW));
      this.windowStart = at;
      this.windowLength = readSync(this.fd, window, 0, Math.min(WINDOW, this.size - at), at);
      if (at + text.length > this.windowStart + this.windowLength) return false;
    }
    return this.window!.subarray(at - this.windowStart, at - this.windowStart + text.length).equals(text);
  }

  /** Hands the bytes `start` to `end` to `write`, a block at most at a time. */
  copy(start: number, end: number, write: (bytes: Uint8Array) => void): void {
    let at = start;
    while (at < end) {
      if (at < this.blockStart || at >= this.blockStart + this.blockLength) this.load(at);
      const upTo = Math.min(end, this.blockStart + this.blockLength);
      write(this.block.subarray(at - this.blockStart, upTo - this.blockStart));
      at = upTo;
    }
  }

  /**
   * The file's elements, found by their markers: exactly `nodes` node markers, then `edges` edge markers, the
   * sections closed where `layout` says. Undefined when the file is not laid out so (not the file the state
   * describes): it is then written anew.
   */
  elements(layout: ElementLayout, nodes: number, edges: number): ElementOffsets | undefined {
    const nodeMarker = Buffer.from(layout.node);
    const edgeMarker = Buffer.from(layout.edge);
    const afterEdges = Buffer.from(layout.afterEdges);
    const edgesEnd = this.size - afterEdges.length;
    if (!this.holds(edgesEnd, afterEdges)) return undefined;
    const nodeStarts = this.starts(nodeMarker, nodes, 0);
    if (!nodeStarts) return undefined;
    // The nodes end where the text between the sections starts, followed by the first edge (or the file's end).
    const close = Buffer.from(layout.afterNodes + (edges > 0 ? layout.edge : layout.afterEdges));
    const from = nodes > 0 ? nodeStarts[nodes - 1]! + 1 : 0;
    const nodesEnd = this.find(close, from);
    if (nodesEnd < 0 || (nodes > 0 && this.find(nodeMarker, from, nodesEnd) >= 0)) return undefined;
    const firstEdge = nodesEnd + layout.afterNodes.length;
    const edgeStarts = this.starts(edgeMarker, edges, firstEdge);
    if (!edgeStarts || (edges > 0 && edgeStarts[0] !== firstEdge)) return undefined;
    if (edges > 0 && this.find(edgeMarker, edgeStarts[edges - 1]! + 1, edgesEnd) >= 0) return undefined;
    if (edges === 0 && nodesEnd + layout.afterNodes.length !== edgesEnd) return undefined;
    return { nodeStarts, nodesEnd, edgeStarts, edgesEnd, separator: Buffer.byteLength(layout.separator) };
  }

  private starts(marker: Buffer, count: number, from: number): Float64Array | undefined {
    const starts = new Float64Array(count);
    let at = from;
    for (let i = 0; i < count; i++) {
      const found = this.find(marker, at);
      if (found < 0) return undefined;
      starts[i] = found;
      at = found + 1;
    }
    return starts;
  }
}

/** The bytes of a span of the previous file's elements, the separators between them included. */
export function spanBytes(offsets: ElementOffsets, span: PreviousSpan): [number, number] {
  const [starts, sectionEnd] = span.previous === 'nodes' ? [offsets.nodeStarts, offsets.nodesEnd] : [offsets.edgeStarts, offsets.edgesEnd];
  const start = starts[span.from]!;
  const end = span.to < starts.length ? starts[span.to]! - offsets.separator : sectionEnd;
  return [start, end];
}
