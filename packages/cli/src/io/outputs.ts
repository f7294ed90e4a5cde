import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import {
  isPreviousSpan,
  OUTPUT_FORMATS,
  type ExportOptions,
  type OutputFormat,
  type OutputFormatSpec,
  type OutputRecord,
  type PaperGraph,
  type PreviousSpan,
  type ReusePlan,
  type ReusingChunk,
} from '@papergraph/core';
import type { CopyThread } from './background-copy.ts';
import { OffsetRecorder } from './element-offsets.ts';
import { PreviousFile, spanBytes, type ElementOffsets } from './previous-file.ts';

/**
 * The paths written, per format, and the stale outputs of formats not asked for that were removed; `records` says
 * what the update state keeps of each file written element by element (size, dialect), `reused` how many of each
 * file's elements were copied from the previous file.
 */
export type WrittenFiles = Partial<Record<OutputFormat, string>> & {
  removed: string[];
  records: Partial<Record<OutputFormat, OutputRecord>>;
  reused: Partial<Record<OutputFormat, number>>;
  /** Where each element starts in each file written element by element (the update state keeps them). */
  offsets: Partial<Record<OutputFormat, ElementOffsets>>;
  /**
   * Settles when every file is in place: files rewritten by the copy thread (`copyThread`) are finished there after
   * writeOutputs returns; without one, at once.
   */
  settled: Promise<void>;
};

/** What an update knows of the files it rewrites: the previous build's, and which elements are unchanged. */
export interface PreviousOutputs {
  records: Partial<Record<string, OutputRecord>>;
  plan: ReusePlan;
  /** The previous graph's node and edge counts (the elements its files hold). */
  nodes: number;
  edges: number;
  /** Where the previous files' elements start, as kept in the state (absent: the files are searched for them). */
  offsets?: Partial<Record<string, ElementOffsets>>;
}

/** Pieces are gathered up to about this many bytes per write. */
const WRITE_AT = 1 << 20;

/** Told where each piece of a file lands as it is written (an OffsetRecorder finds the elements in them). */
export interface PieceObserver {
  /** Bytes written anew, at `at`. */
  written(bytes: Uint8Array, at: number): void;
  /** A span of the previous file, copied to `at`. */
  copied(span: PreviousSpan, at: number): void;
}

/** Where a file's bytes go: its descriptor, or the copy thread (./background-copy.ts). */
interface PieceSink {
  write(bytes: Uint8Array): void;
  /** Bytes [start, end) of the previous file, placed without being read on this thread (the copy thread's sink only). */
  place?(start: number, end: number): void;
}

/** How a writer's span of the previous file gets into the new one: its bytes handed to `write`, or placed by range. */
export type SpanCopy = (span: PreviousSpan, write: (bytes: Uint8Array) => void, place?: (start: number, end: number) => void) => void;

/**
 * Writes a file piece by piece (the exports of a whole field are larger than one string may be): small pieces are
 * gathered into one buffer, so the disk sees writes of about 1 MiB, and large ones are written as they come.
 */
export function writeChunks(path: string, chunks: Iterable<string | Uint8Array>): number;
/** With spans of a previous file among the pieces: `copy` hands their bytes over; `observer` is told where pieces land. */
export function writeChunks(path: string, chunks: Iterable<ReusingChunk>, copy: SpanCopy, observer?: PieceObserver): number;
export function writeChunks(path: string, chunks: Iterable<ReusingChunk>, copy?: SpanCopy, observer?: PieceObserver): number {
  const fd = openSync(path, 'w');
  try {
    return writePieces(
      path,
      {
        write: (bytes) => {
          let done = 0;
          while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
        },
      },
      chunks,
      copy,
      observer,
    );
  } finally {
    closeSync(fd);
  }
}

/** writeChunks into any sink; returns the bytes written. */
function writePieces(path: string, sink: PieceSink, chunks: Iterable<ReusingChunk>, copy?: SpanCopy, observer?: PieceObserver): number {
  let total = 0;
  const pending = Buffer.allocUnsafe(WRITE_AT);
  let used = 0;
  const flush = () => {
    if (used > 0) sink.write(pending.subarray(0, used));
    total += used;
    used = 0;
  };
  const writeAll = (bytes: Uint8Array) => {
    sink.write(bytes);
    total += bytes.length;
  };
  const addBytes = (chunk: Uint8Array) => {
    if (chunk.length > WRITE_AT - used) {
      flush();
      if (chunk.length >= WRITE_AT) writeAll(chunk);
      else {
        pending.set(chunk, used);
        used += chunk.length;
      }
    } else {
      pending.set(chunk, used);
      used += chunk.length;
    }
  };
  const place = sink.place
    ? (start: number, end: number) => {
        flush();
        sink.place!(start, end);
        total += end - start;
      }
    : undefined;
  for (const chunk of chunks) {
    if (typeof chunk === 'string') {
      // Worst case 3 bytes per UTF-16 unit; a string that may not fit goes out on its own.
      if (3 * chunk.length > WRITE_AT - used) {
        flush();
        if (3 * chunk.length > WRITE_AT) {
          const bytes = Buffer.from(chunk, 'utf8');
          observer?.written(bytes, total);
          writeAll(bytes);
          continue;
        }
      }
      const from = used;
      used += pending.write(chunk, used, 'utf8');
      observer?.written(pending.subarray(from, used), total + from);
    } else if (chunk instanceof Uint8Array) {
      observer?.written(chunk, total + used);
      addBytes(chunk);
    } else if (copy && isPreviousSpan(chunk)) {
      observer?.copied(chunk, total + used);
      copy(chunk, addBytes, place);
    } else throw new Error(`${path}: a span of a previous file, and no previous file`);
  }
  flush();
  return total;
}

/** Stored offsets that do not fit the previous file (a marker is not where they say): it is searched instead. */
class StaleOffsets extends Error {}

/**
 * Writes one format that an update can rewrite from the previous file: into a fresh file beside it (the previous one
 * is read meanwhile), renamed over it at the end. Returns the file's size, its dialect, the elements reused and where
 * each element of the file written starts (for the next update; undefined if they were not all found).
 */
function writeReusing(
  graph: PaperGraph,
  path: string,
  spec: OutputFormatSpec & { reuse: NonNullable<OutputFormatSpec['reuse']> },
  options: ExportOptions,
  previous: PreviousOutputs | undefined,
  thread: CopyThread | undefined,
): { record: OutputRecord; reused: number; offsets: ElementOffsets | undefined; settled?: Promise<void> } {
  let dialect = '';
  const onDialect = (value: string) => (dialect = value);
  const layout = spec.reuse.layout;
  const before = previous?.records[spec.name];
  let file: PreviousFile | undefined;
  try {
    if (before && existsSync(path) && statSync(path).size === before.bytes) file = new PreviousFile(path);
    const stored = file ? previous!.offsets?.[spec.name] : undefined;
    for (const trusted of stored ? [stored, undefined] : [undefined]) {
      // Kept offsets are checked as the copy goes (a marker where each copied span starts); else the file is searched.
      const offsets = trusted ?? file?.elements(layout, previous!.nodes, previous!.edges);
      if (!file || !offsets) break;
      const fresh = `${path}.new`;
      const recorder = new OffsetRecorder(layout, graph.order, graph.size);
      const markers = { nodes: Buffer.from(layout.node), edges: Buffer.from(layout.edge) };
      let reused = 0;
      const copy: SpanCopy = (span, write, place) => {
        const [start, end] = spanBytes(offsets, span);
        if (trusted && !(place ? file!.holdsAt(start, markers[span.previous]) : file!.holds(start, markers[span.previous]))) throw new StaleOffsets();
        reused += span.to - span.from;
        if (place) place(start, end);
        else file!.copy(start, end, write);
      };
      const observer = { written: recorder.written.bind(recorder), copied: (span: PreviousSpan, at: number) => recorder.copied(span, offsets, at) };
      const chunks = spec.reuse.chunks(graph, options, { dialect: before!.dialect, plan: previous!.plan }, onDialect);
      if (thread) {
        // The copy thread writes the file while this thread goes on (it reads only the markers it checks).
        const background = thread.open(fresh, path);
        try {
          const bytes = writePieces(fresh, background, chunks, copy, observer);
          return { record: { bytes, dialect }, reused, offsets: recorder.finish(bytes), settled: background.close(path) };
        } catch (error) {
          background.abort();
          if (!(error instanceof StaleOffsets)) throw error;
        }
        continue;
      }
      try {
        const bytes = writeChunks(fresh, chunks, copy, observer);
        renameSync(fresh, path);
        return { record: { bytes, dialect }, reused, offsets: recorder.finish(bytes) };
      } catch (error) {
        if (!(error instanceof StaleOffsets)) throw error;
        rmSync(fresh, { force: true });
      }
    }
    file?.close();
    file = undefined;
    const recorder = new OffsetRecorder(layout, graph.order, graph.size);
    const bytes = writeChunks(path, spec.reuse.chunks(graph, options, undefined, onDialect), refuseSpans, {
      written: recorder.written.bind(recorder),
      copied: refuseSpans,
    });
    return { record: { bytes, dialect }, reused: 0, offsets: recorder.finish(bytes) };
  } finally {
    file?.close();
  }
}

function refuseSpans(): never {
  throw new Error('a writer gave a span of a previous file it was not given');
}

/**
 * Writes the asked formats (all by default) into `outDir`, in the registry's order. An output of a format not asked
 * for, left there by an earlier build, is removed, so the folder never mixes two builds' files.
 */
export function writeOutputs(
  graph: PaperGraph,
  outDir: string,
  options: ExportOptions & { formats?: readonly OutputFormat[]; previous?: PreviousOutputs; keepOthers?: boolean; copyThread?: CopyThread } = {},
): WrittenFiles {
  mkdirSync(outDir, { recursive: true });
  const written: WrittenFiles = { removed: [], records: {}, reused: {}, offsets: {}, settled: Promise.resolve() };
  const settling: Promise<void>[] = [];
  for (const format of OUTPUT_FORMATS as readonly OutputFormatSpec[]) {
    const path = join(outDir, format.fileName);
    const name = format.name as OutputFormat;
    if (options.formats && !options.formats.includes(name)) {
      if (existsSync(path) && !options.keepOthers) {
        rmSync(path);
        written.removed.push(path);
      }
      continue;
    }
    if (format.reuse) {
      const { record, reused, offsets, settled } = writeReusing(graph, path, { ...format, reuse: format.reuse }, options, options.previous, options.copyThread);
      written.records[name] = record;
      written.reused[name] = reused;
      if (offsets) written.offsets[name] = offsets;
      if (settled) settling.push(settled);
    } else writeChunks(path, format.chunks(graph, options));
    written[name] = path;
  }
  written.settled = Promise.all(settling).then(() => undefined);
  // (a failure is reported where the caller awaits it; until then it is not an unhandled rejection)
  written.settled.catch(() => undefined);
  return written;
}
