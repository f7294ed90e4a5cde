import { closeSync, existsSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { gexfChunks, graphJSONChunks, graphMLChunks, toGraphJSON, type PaperGraph } from '@papergraph/core';

/** The files `papergraph build` writes, in the order it writes them. */
export const OUTPUT_FORMATS = ['json', 'graphml', 'gexf'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const FILE_NAMES: Record<OutputFormat, string> = { json: 'graph.json', graphml: 'graph.graphml', gexf: 'graph.gexf' };

/** The paths written, per format, and the stale outputs of formats not asked for that were removed. */
export interface WrittenFiles {
  json?: string;
  graphml?: string;
  gexf?: string;
  removed: string[];
}

/** Pieces are gathered up to about this many bytes per write. */
const WRITE_AT = 1 << 20;

/**
 * Writes a file piece by piece (the exports of a whole field are larger than one string may be): small pieces are
 * gathered into one buffer, so the disk sees writes of about 1 MiB, and large ones are written as they come.
 */
function writeChunks(path: string, chunks: Iterable<string | Uint8Array>): void {
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
 * Writes the asked formats (all three by default) into `outDir`. An output of a format not asked for, left there by
 * an earlier build, is removed, so the folder never mixes two builds' files.
 */
export function writeOutputs(
  graph: PaperGraph,
  outDir: string,
  options: { pretty?: boolean; formats?: readonly OutputFormat[] } = {},
): WrittenFiles {
  mkdirSync(outDir, { recursive: true });
  const formats = options.formats ?? OUTPUT_FORMATS;
  const written: WrittenFiles = { removed: [] };
  for (const format of OUTPUT_FORMATS) {
    const path = join(outDir, FILE_NAMES[format]);
    if (!formats.includes(format)) {
      if (existsSync(path)) {
        rmSync(path);
        written.removed.push(path);
      }
      continue;
    }
    if (format === 'json') writeChunks(path, options.pretty ? [toGraphJSON(graph, { pretty: true })] : graphJSONChunks(graph));
    else if (format === 'graphml') writeChunks(path, graphMLChunks(graph, { bytes: true }));
    else writeChunks(path, gexfChunks(graph, { bytes: true }));
    written[format] = path;
  }
  return written;
}
