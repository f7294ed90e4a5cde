import { closeSync, existsSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUT_FORMATS, type ExportOptions, type OutputFormat, type PaperGraph } from '@papergraph/core';

/** The paths written, per format, and the stale outputs of formats not asked for that were removed. */
export type WrittenFiles = Partial<Record<OutputFormat, string>> & { removed: string[] };

/** Pieces are gathered up to about this many bytes per write. */
const WRITE_AT = 1 << 20;

/**
 * Writes a file piece by piece (the exports of a whole field are larger than one string may be): small pieces are
 * gathered into one buffer, so the disk sees writes of about 1 MiB, and large ones are written as they come.
 */
export function writeChunks(path: string, chunks: Iterable<string | Uint8Array>): void {
  const fd = openSync(path, 'w');
  const pending = Buffer.allocUnsafe(WRITE_AT);
  let used = 0;
  const flush = () => {
    let done = 0;
    while (done < used) done += writeSync(fd, pending, done, used - done);
    used = 0;
  };
  const writeAll = (bytes: Uint8Array) => {
    let done = 0;
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
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
      } else if (chunk.length > WRITE_AT - used) {
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
    }
    flush();
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes the asked formats (all by default) into `outDir`, in the registry's order. An output of a format not asked
 * for, left there by an earlier build, is removed, so the folder never mixes two builds' files.
 */
export function writeOutputs(
  graph: PaperGraph,
  outDir: string,
  options: ExportOptions & { formats?: readonly OutputFormat[] } = {},
): WrittenFiles {
  mkdirSync(outDir, { recursive: true });
  const written: WrittenFiles = { removed: [] };
  for (const format of OUTPUT_FORMATS) {
    const path = join(outDir, format.fileName);
    if (options.formats && !options.formats.includes(format.name)) {
      if (existsSync(path)) {
        rmSync(path);
        written.removed.push(path);
      }
      continue;
    }
    writeChunks(path, format.chunks(graph, options));
    written[format.name] = path;
  }
  return written;
}
