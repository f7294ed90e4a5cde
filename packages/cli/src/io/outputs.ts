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
import { PreviousFile, spanBytes } from './previous-file.ts';

/**
 * The paths written, per format, and the stale outputs of formats not asked for that were removed; `records` says
 * what the update state keeps of each file written element by element (size, dialect), `reused` how many of each
 * file's elements were copied from the previous file.
 */
export type WrittenFiles = Partial<Record<OutputFormat, string>> & {
  removed: string[];
  records: Partial<Record<OutputFormat, OutputRecord>>;
  reused: Partial<Record<OutputFormat, number>>;
};

/** What an update knows of the files it rewrites: the previous build's, and which elements are unchanged. */
export interface PreviousOutputs {
  records: Partial<Record<string, OutputRecord>>;
  plan: ReusePlan;
  /** The previous graph's node and edge counts (the elements its files hold). */
  nodes: number;
  edges: number;
}

/** Pieces are gathered up to about this many bytes per write. */
const WRITE_AT = 1 << 20;

/**
 * Writes a file piece by piece (the exports of a whole field are larger than one string may be): small pieces are
 * gathered into one buffer, so the disk sees writes of about 1 MiB, and large ones are written as they come.
 */
export function writeChunks(path: string, chunks: Iterable<string | Uint8Array>): number;
/** With spans of a previous file among the pieces: `copy` hands their bytes over. */
export function writeChunks(path: string, chunks: Iterable<ReusingChunk>, copy: (span: PreviousSpan, write: (bytes: Uint8Array) => void) => void): number;
export function writeChunks(path: string, chunks: Iterable<ReusingChunk>, copy?: (span: PreviousSpan, write: (bytes: Uint8Array) => void) => void): number {
  const fd = openSync(path, 'w');
  let total = 0;
  const pending = Buffer.allocUnsafe(WRITE_AT);
  let used = 0;
  const flush = () => {
    let done = 0;
    while (done < used) done += writeSync(fd, pending, done, used - done);
    total += used;
    used = 0;
  };
  const writeAll = (bytes: Uint8Array) => {
    let done = 0;
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
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
  try {
    for (const chunk of chunks) {
      if (typeof chunk === 'string') {
        // Worst case 3 bytes per UTF-16 unit; a string that may not fit goes out on its own.
        if (3 * chunk.length > WRITE_AT - used) {
          flush();
          if (3 * chunk.length > WRITE_AT) {
            writeAll(Buffer.from(chunk, 'utf8'));
            continue;
          }
        }
        used += pending.write(chunk, used, 'utf8');
      } else if (chunk instanceof Uint8Array) addBytes(chunk);
      else if (copy && isPreviousSpan(chunk)) copy(chunk, addBytes);
      else throw new Error(`${path}: a span of a previous file, and no previous file`);
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return total;
}

/**
 * Writes one format that an update can rewrite from the previous file: into a fresh file beside it (the previous one
 * is read meanwhile), renamed over it at the end. Returns the file's size, its dialect and the elements reused.
 */
function writeReusing(
  graph: PaperGraph,
  path: string,
  spec: OutputFormatSpec & { reuse: NonNullable<OutputFormatSpec['reuse']> },
  options: ExportOptions,
  previous: PreviousOutputs | undefined,
): { record: OutputRecord; reused: number } {
  let dialect = '';
  const onDialect = (value: string) => (dialect = value);
  const before = previous?.records[spec.name];
  let file: PreviousFile | undefined;
  try {
    if (before && existsSync(path) && statSync(path).size === before.bytes) file = new PreviousFile(path);
    const offsets = file?.elements(spec.reuse.layout, previous!.nodes, previous!.edges);
    if (!offsets) {
      file?.close();
      file = undefined;
      const bytes = writeChunks(path, spec.reuse.chunks(graph, options, undefined, onDialect), refuseSpans);
      return { record: { bytes, dialect }, reused: 0 };
    }
    const fresh = `${path}.new`;
    let reused = 0;
    const copy = (span: PreviousSpan, write: (bytes: Uint8Array) => void) => {
      const [start, end] = spanBytes(offsets, span);
      reused += span.to - span.from;
      file!.copy(start, end, write);
    };
    const bytes = writeChunks(fresh, spec.reuse.chunks(graph, options, { dialect: before!.dialect, plan: previous!.plan }, onDialect), copy);
    renameSync(fresh, path);
    return { record: { bytes, dialect }, reused };
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
  options: ExportOptions & { formats?: readonly OutputFormat[]; previous?: PreviousOutputs; keepOthers?: boolean } = {},
): WrittenFiles {
  mkdirSync(outDir, { recursive: true });
  const written: WrittenFiles = { removed: [], records: {}, reused: {} };
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
      const { record, reused } = writeReusing(graph, path, { ...format, reuse: format.reuse }, options, options.previous);
      written.records[name] = record;
      written.reused[name] = reused;
    } else writeChunks(path, format.chunks(graph, options));
    written[name] = path;
  }
  return written;
}
