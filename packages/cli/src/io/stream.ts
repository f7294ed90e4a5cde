import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createGunzip, gunzipSync } from 'node:zlib';
import { ingestOne, mergeRecords, parseJsonLine, type IngestResult, type InputIssue } from '@papergraph/core';
import { expandPaths } from './inputs.ts';

/** JSON Lines files (plain or gzipped) are streamed line by line; other inputs are small enough to read whole. */
const STREAMED = /\.(jsonl|ndjson)(\.gz)?$/i;
const CHUNK_BYTES = 1 << 20;

export interface StreamedInputs {
  /** Merged records, rejections and warnings, exactly as `ingest()` on the whole texts gives them. */
  ingested: IngestResult;
  /** Input file names, in reading order (graph attribute `inputs`). */
  inputNames: string[];
  /** Files that could not be read at all (binary, undecodable gzip). */
  unreadable: InputIssue[];
  /** Bytes read from disk (compressed size for .gz). */
  bytes: number;
}

export interface StreamOptions {
  /** Called as bytes are read from disk (for a progress bar): bytes so far, total bytes of all inputs. */
  onBytes?: (done: number, total: number) => void;
  /** Stop after this many non-empty lines of JSON Lines input (benchmarks take nested prefixes of one file). */
  maxLines?: number;
}

class BinaryInput extends Error {}

/**
 * One JSON Lines file, line by line through a stream: a chunk of at most 1 MiB of bytes is held at a time, plus the
 * partial line it ends with, and each line becomes one string only while it is parsed. Line and record numbers are
 * counted as `parseJsonLines` counts them, so reports and output are the same as reading the file whole.
 */
export async function streamJsonLines(
  file: string,
  onBytes: (bytes: number) => void = () => {},
  maxLines = Infinity,
): Promise<IngestResult> {
  const result: IngestResult = { records: [], rejections: [], warnings: [] };
  const raw = createReadStream(file, { highWaterMark: CHUNK_BYTES });
  raw.on('data', (chunk) => onBytes(chunk.length));
  const source = file.toLowerCase().endsWith('.gz') ? raw.pipe(createGunzip({ chunkSize: CHUNK_BYTES })) : raw;
  raw.on('error', (error) => source.destroy(error));

  let lineNumber = 0;
  let record = 0;
  let carry: Buffer | undefined;
  const takeLine = (bytes: Buffer, start: number, end: number): boolean => {
    lineNumber++;
    // A newline byte never occurs inside a UTF-8 sequence, so each line decodes on its own.
    const line = bytes.toString('utf8', start, end).trim();
    if (!line) return true;
    const parsed = parseJsonLine(line, file, lineNumber, record);
    if ('message' in parsed) result.rejections.push({ file, line: lineNumber, record, message: parsed.message });
    else result.records.push(parsed);
    record++;
    return record < maxLines;
  };

  for await (const data of source) {
    let chunk = data as Buffer;
    if (chunk.includes(0)) throw new BinaryInput();
    if (carry) {
      chunk = Buffer.concat([carry, chunk]);
      carry = undefined;
    }
    let start = 0;
    let more = true;
    for (let end = chunk.indexOf(10, start); end >= 0 && more; end = chunk.indexOf(10, start)) {
      more = takeLine(chunk, start, end);
      start = end + 1;
    }
    if (!more) {
      raw.destroy();
      return result;
    }
    // The partial last line is copied, so the chunk it came from can be collected.
    if (start < chunk.length) carry = Buffer.from(chunk.subarray(start));
  }
  if (carry) takeLine(carry, 0, carry.length);
  return result;
}

/**
 * Reads inputs for `build`: JSON Lines incrementally (a 1 GB dump never needs 1 GB of strings at once), listings
 * and JSON documents whole. Records from all inputs are merged as `ingest()` merges them.
 */
export async function readInputsStreaming(paths: string[], options: StreamOptions = {}): Promise<StreamedInputs> {
  const files = expandPaths(paths);
  const sizes = files.map((file) => {
    try {
      return statSync(file).size;
    } catch {
      return 0;
    }
  });
  const total = sizes.reduce((a, b) => a + b, 0);
  let done = 0;
  const onBytes = (bytes: number) => {
    done += bytes;
    options.onBytes?.(done, total);
  };

  const all: IngestResult = { records: [], rejections: [], warnings: [] };
  const inputNames: string[] = [];
  const unreadable: InputIssue[] = [];
  for (const file of files) {
    let one: IngestResult;
    try {
      if (STREAMED.test(file)) {
        one = await streamJsonLines(file, onBytes, options.maxLines);
      } else {
        let buffer = readFileSync(file);
        onBytes(buffer.length);
        if (file.toLowerCase().endsWith('.gz')) buffer = gunzipSync(buffer);
        if (buffer.includes(0)) throw new BinaryInput();
        one = ingestOne({ name: file, text: buffer.toString('utf8') });
      }
    } catch (error) {
      unreadable.push({
        file,
        message:
          error instanceof BinaryInput
            ? 'binary file (contains NUL bytes), not a paper listing'
            : `cannot read: ${(error as Error).message}`,
      });
      continue;
    }
    inputNames.push(file);
    // Loops, not spread: a large dump has more records than a call may take arguments.
    for (const record of one.records) all.records.push(record);
    for (const issue of one.rejections) all.rejections.push(issue);
    for (const issue of one.warnings) all.warnings.push(issue);
  }
  all.records = mergeRecords(all.records);
  return { ingested: all, inputNames, unreadable, bytes: total };
}
