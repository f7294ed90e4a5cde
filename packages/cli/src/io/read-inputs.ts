/**
 * The one input reader of the CLI: files and folders → paper records. Folders are read recursively in name order
 * (hidden files and papergraph's own outputs skipped, symbolic links followed, each folder and file once). Each file
 * is gunzipped when its bytes are gzip, its encoding taken from its byte order mark, and its format from its content
 * (core's registry; the extension only a hint). JSON Lines is streamed line by line — a 1 GB dump never becomes one
 * string — other formats are read whole. A file that cannot be read is one issue naming it, never a stack trace.
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, createReadStream, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Readable } from 'node:stream';
import { getSystemErrorMap } from 'node:util';
import { createGunzip } from 'node:zlib';
import {
  appendResult,
  graphFileFormat,
  GRAPH_SNIFF_CHARS,
  BAD_BYTES_MESSAGE,
  binaryFileMessage,
  decodeText,
  decodeUtf8Lenient,
  detectFormat,
  ingestOne,
  mergeResult,
  sniffEncoding,
  SNIFF_CHARS,
  tidyRecords,
  type IngestResult,
  type InputFormat,
  type InputIssue,
  type InputText,
  type LineReader,
  type TextEncoding,
} from '@papergraph/core';
import { CliError, EXIT } from '../errors.ts';

// Files a folder input passes over unread: hidden ones (papergraph's own outputs, and files in no input format, are
// told by their content and listed as skipped: decideFromHead).
const SKIPPED = /(^|\/)\./;
const CHUNK_BYTES = 1 << 20;
/** Bytes read before the format is chosen: enough for SNIFF_CHARS characters of any encoding. */
const SNIFF_BYTES = 4 * SNIFF_CHARS + 16;
/** A JSON Lines record longer than this is rejected unread (V8 strings stop at 512 MiB; a paper is a few KiB). */
export const MAX_RECORD_BYTES = 256 * (1 << 20);

export interface InputFiles {
  /** Files to read, in reading order. */
  files: string[];
  /** Those found in a folder given (not named themselves): one that holds no paper records is skipped, not rejected. */
  inFolders: Set<string>;
  /** Folders and files that cannot be read (permission, broken link…), one issue each. */
  unreadable: InputIssue[];
  /** Folders and files passed over: a symbolic link back into a folder already read, a file named twice… */
  warnings: InputIssue[];
}

/** The system's words for a failed call ("permission denied (EACCES)"), else the error's message (zlib's too). */
function reason(error: unknown): string {
  const { errno, code } = error as NodeJS.ErrnoException;
  const entry = typeof errno === 'number' ? getSystemErrorMap().get(errno) : undefined;
  return entry && entry[0] === code ? `${entry[1]} (${code})` : (error as Error).message;
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Expands files and folders into the files to read (recursively, sorted, so the order — and the output — is stable).
 * A path given that does not exist is a usage error (exit 2); anything unreadable below it is reported and skipped.
 */
export function listInputFiles(paths: string[]): InputFiles {
  const listed: InputFiles = { files: [], inFolders: new Set(), unreadable: [], warnings: [] };
  const filesSeen = new Map<string, string>();
  const foldersSeen = new Map<string, string>();

  const addFile = (file: string, inFolder: boolean) => {
    const real = realPath(file);
    const first = filesSeen.get(real);
    if (first !== undefined) {
      listed.warnings.push({ file, message: `the same file as ${first}: read once` });
      return;
    }
    filesSeen.set(real, file);
    listed.files.push(file);
    if (inFolder) listed.inFolders.add(file);
  };

  const walk = (folder: string, root: string) => {
    const real = realPath(folder);
    const first = foldersSeen.get(real);
    if (first !== undefined) {
      listed.warnings.push({ file: folder, message: `the same folder as ${first} (a symbolic link loops back or repeats it): read once` });
      return;
    }
    foldersSeen.set(real, folder);
    let names: string[];
    try {
      names = readdirSync(folder).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    } catch (error) {
      listed.unreadable.push({ file: folder, message: `cannot read folder: ${reason(error)}` });
      return;
    }
    for (const name of names) {
      const full = join(folder, name);
      if (SKIPPED.test(relative(root, full))) continue;
      let stats: Stats;
      try {
        // stat, not lstat: a symbolic link is followed to what it points at.
        stats = statSync(full);
      } catch (error) {
        listed.unreadable.push({ file: full, message: `cannot read: ${reason(error)}${isLink(full) ? ' (a broken symbolic link)' : ''}` });
        continue;
      }
      if (stats.isDirectory()) walk(full, root);
      else if (stats.isFile()) addFile(full, true);
      else listed.warnings.push({ file: full, message: 'not a regular file (device, socket or pipe): skipped' });
    }
  };

  for (const path of paths) {
    let stats: Stats;
    try {
      stats = statSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new CliError(`input not found: ${path}`, EXIT.input);
      listed.unreadable.push({ file: path, message: `cannot read: ${reason(error)}` });
      continue;
    }
    if (stats.isDirectory()) walk(path, path);
    else {
      // A graph named as an input is a mistake to say at once, not a file of broken records to reject later.
      const output = papergraphOutput(path, rawHead(path));
      if (output) throw new CliError(`${path} is ${output}, not paper records: give paper listings to build from (view serves a graph file; models, stats… read a graph.json alone)`, EXIT.input);
      addFile(path, false);
    }
  }
  return listed;
}

/** The first characters of a file as stored (not gunzipped), or '' when it cannot be read (reading reports why). */
function rawHead(path: string): string {
  try {
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.alloc(GRAPH_SNIFF_CHARS);
      return buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return '';
  }
}

const GRAPH_FILE_NAMES = { 'graph-json': 'graph.json', graphml: 'GraphML', gexf: 'GEXF' } as const;

/**
 * What papergraph writes, told by the file's first characters: a graph (graph.json, GraphML, GEXF), the viewer's view
 * file (graph.view.json) or update's whats-new.json — described for a message ("a graph file (GraphML)"), else
 * undefined. None of them holds paper records.
 */
export function papergraphOutput(name: string, head: string): string | undefined {
  const graph = graphFileFormat(name, head);
  if (graph) return `a graph file (${GRAPH_FILE_NAMES[graph]})`;
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (/^\{\s*"format"\s*:\s*"papergraph-view"/.test(text)) return 'a view file (graph.view.json)';
  const whatsNew = /"papers"\s*:\s*\{\s*"before"\s*:/.test(text) || basename(name) === 'whats-new.json';
  if (/^\{\s*"inputs"\s*:\s*\[/.test(text) && whatsNew) return "a what's-new report (whats-new.json)";
  return undefined;
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

const GZIP_MAGIC = [0x1f, 0x8b];

function isGzip(head: Uint8Array): boolean {
  return head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}

/** The first two bytes of a file (gzip or not), read before streaming it. */
function peek(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(2);
    const read = readSync(fd, head, 0, 2, 0);
    return head.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

const NOT_GZIP = 'cannot read: not gzip data, though the name ends in .gz';

/** What the first bytes of a file decide: its encoding and format, or that it is binary (unreadable). */
type HeadDecision =
  | { kind: 'unreadable'; message: string }
  /** A file found in a folder that holds no paper records (papergraph's own output, notes): passed over, and said so. */
  | { kind: 'skipped'; message: string }
  /** Empty so far, or no format fits: the result is core's (empty-file warning, unrecognised-format rejection). */
  | { kind: 'core'; text: string }
  | { kind: 'read'; format: InputFormat | undefined; encoding: TextEncoding; bomBytes: number };

/**
 * Decides from the head (the first SNIFF_BYTES, or the whole file when shorter) as core decides from the whole
 * text, so a file reads the same streamed or whole: the head is decoded the way decodeText decodes the file,
 * up to its last complete line.
 */
function decideFromHead(file: string, head: Buffer, ended: boolean, inFolder: boolean): HeadDecision {
  const { encoding, bomBytes } = sniffEncoding(head);
  let bytes = head;
  if (!ended) {
    const cut = encoding === 'utf-8' ? head.lastIndexOf(0x0a) + 1 : head.length - (head.length % 2);
    if (cut > bomBytes) bytes = head.subarray(0, cut);
  }
  const text = decodeText(bytes).text;
  if (!/\S/.test(text)) return ended ? { kind: 'core', text } : { kind: 'read', format: undefined, encoding, bomBytes };
  const binary = binaryFileMessage(text);
  if (binary) return { kind: 'unreadable', message: binary };
  const output = papergraphOutput(file, text);
  if (output) return inFolder ? { kind: 'skipped', message: `${output}, not paper records: skipped` } : { kind: 'unreadable', message: `${output}, not paper records` };
  const format = detectFormat(file, text);
  if (format) return { kind: 'read', format, encoding, bomBytes };
  // Named on the command line, a file in no known format is an error to report; met in a folder (a README, notes,
  // a licence), it is simply not an input.
  return inFolder ? { kind: 'skipped', message: 'not paper records (no input format recognised): skipped' } : { kind: 'core', text };
}

/** One file's outcome: records and issues, one issue saying it could not be read, or one saying it was passed over. */
type FileRead = { result: IngestResult } | { unreadable: InputIssue } | { skipped: InputIssue };

/** A text too large for one string (over 512 MiB) cannot be read whole: said so, with what to do. */
function tooLarge(file: string, bytes: number, error: unknown): InputIssue {
  const mib = Math.round(bytes / (1 << 20));
  return error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_STRING_TOO_LONG'
    ? { file, message: `too large to read whole (${mib} MiB): only JSON Lines is read as a stream; convert it to JSON Lines` }
    : { file, message: `cannot read: ${reason(error)}` };
}

/** A whole file's bytes (gunzipped) → core's reading of it, and the text read. */
function readWhole(file: string, bytes: Buffer, format: InputFormat | undefined): { unreadable: InputIssue } | { result: IngestResult; text: string } {
  let decoded;
  try {
    decoded = decodeText(bytes);
  } catch (error) {
    return { unreadable: tooLarge(file, bytes.length, error) };
  }
  return { result: ingestOne(textInput(file, decoded.text, decoded.linesWithBadBytes), format), text: decoded.text };
}

function textInput(name: string, text: string, linesWithBadBytes: number[]): InputText {
  return linesWithBadBytes.length > 0 ? { name, text, linesWithBadBytes } : { name, text };
}

/**
 * Splits a byte stream into lines at `\n` and hands each to the format's line reader, with its problem when it has
 * one (bytes that are not UTF-8, too long). Lines are counted as core's `readLines` counts them on the whole text.
 * A chunk of at most 1 MiB is held at a time plus the partial line it ends with, and each line becomes a string
 * only while it is parsed.
 */
class LineSplitter {
  private lineNumber = 0;
  /** Pieces of a line that continues into the next chunk (copied, so the chunk can be collected). */
  private pending: Buffer[] = [];
  /** Bytes of that line so far, counted on past `maxRecordBytes` (when the pieces are no longer kept). */
  private pendingBytes = 0;
  private bomBytes: number;

  constructor(
    readonly reader: LineReader,
    private readonly maxRecords: number,
    private readonly maxRecordBytes: number,
    bomBytes: number,
  ) {
    this.bomBytes = bomBytes;
  }

  /** Lines taken so far. */
  get lines(): number {
    return this.lineNumber;
  }

  /** Takes a chunk; false once `maxRecords` records are read (the caller stops reading). */
  push(data: Buffer): boolean {
    let chunk = data;
    if (this.bomBytes > 0) {
      const skipped = Math.min(this.bomBytes, chunk.length);
      chunk = chunk.subarray(skipped);
      this.bomBytes -= skipped;
    }
    const firstBreak = chunk.indexOf(0x0a);
    const lastBreak = chunk.lastIndexOf(0x0a);
    // One validity check for the lines that lie whole in this chunk; line by line only when it fails.
    const wholeLinesStart = this.pendingBytes > 0 ? firstBreak + 1 : 0;
    const wholeLinesValid = lastBreak < wholeLinesStart || isUtf8(chunk.subarray(wholeLinesStart, lastBreak));
    let start = 0;
    for (let end = firstBreak; end >= 0; end = chunk.indexOf(0x0a, start)) {
      const more =
        this.pendingBytes > 0
          ? this.take(this.joinPending(chunk.subarray(start, end)), false)
          : this.take(chunk.subarray(start, end), wholeLinesValid);
      start = end + 1;
      if (!more) return false;
    }
    if (start < chunk.length) this.keep(chunk.subarray(start));
    return true;
  }

  /** The last line, when the stream does not end with a line break. */
  end(): void {
    if (this.pendingBytes > 0) this.take(this.joinPending(Buffer.alloc(0)), false);
  }

  private keep(rest: Buffer): void {
    this.pendingBytes += rest.length;
    // Past the limit only the length is counted: the record is rejected unread when its line ends.
    if (this.pendingBytes <= this.maxRecordBytes) this.pending.push(Buffer.from(rest));
    else this.pending = [];
  }

  /** The partial line completed by `tail`, or its length when it is past `maxRecordBytes`. */
  private joinPending(tail: Buffer): Buffer | number {
    const length = this.pendingBytes + tail.length;
    const line = length > this.maxRecordBytes ? length : Buffer.concat([...this.pending, tail], length);
    this.pending = [];
    this.pendingBytes = 0;
    return line;
  }

  private take(line: Buffer | number, knownValid: boolean): boolean {
    this.lineNumber++;
    if (typeof line === 'number' || line.length > this.maxRecordBytes) {
      const length = typeof line === 'number' ? line : line.length;
      const mib = (bytes: number) => `${(bytes / (1 << 20)).toFixed(bytes < 1 << 20 ? 2 : 0)} MiB`;
      this.reader.line('', this.lineNumber, `record too long (${mib(length)} on one line; the limit is ${mib(this.maxRecordBytes)})`);
    } else if (knownValid || isUtf8(line)) {
      this.reader.line(line.toString('utf8'), this.lineNumber);
    } else {
      this.reader.line(decodeUtf8Lenient(line).text, this.lineNumber, BAD_BYTES_MESSAGE);
    }
    return this.reader.records < this.maxRecords;
  }
}

/** Reads one file: streamed line by line when its format has one record per line, else whole. */
async function readFile(file: string, inFolder: boolean, onBytes: (bytes: number) => void, limits: { maxRecords: number; maxRecordBytes: number }): Promise<FileRead> {
  let gzip: boolean;
  try {
    gzip = isGzip(peek(file));
  } catch (error) {
    return { unreadable: { file, message: `cannot read: ${reason(error)}` } };
  }
  if (!gzip && /\.gz$/i.test(file)) return { unreadable: { file, message: NOT_GZIP } };

  const raw = createReadStream(file, { highWaterMark: CHUNK_BYTES });
  raw.on('data', (chunk) => onBytes(chunk.length));
  const source: Readable = gzip ? raw.pipe(createGunzip({ chunkSize: CHUNK_BYTES })) : raw;
  if (gzip) raw.on('error', (error) => source.destroy(error));
  const chunks = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  // What ended the stream early (a truncated gzip, a read error): the bytes before it are read like a whole file's,
  // and the rest is one rejection at the line where it stopped.
  let cut: { error: unknown } | undefined;
  const nextChunk = async (): Promise<Buffer | undefined> => {
    if (cut) return undefined;
    try {
      const next = await chunks.next();
      return next.done ? undefined : next.value;
    } catch (error) {
      cut = { error };
      return undefined;
    }
  };
  const rest = (line: number): InputIssue => ({ file, line, message: `cannot read the rest of the file: ${reason(cut!.error)}` });
  let splitter: LineSplitter | undefined;
  try {
    // The head: enough bytes to choose encoding and format as core would from the whole text.
    const head: Buffer[] = [];
    let headBytes = 0;
    let ended = false;
    while (headBytes < SNIFF_BYTES) {
      const chunk = await nextChunk();
      if (!chunk) {
        ended = true;
        break;
      }
      head.push(chunk);
      headBytes += chunk.length;
    }
    if (cut && headBytes === 0) return { unreadable: { file, message: `cannot read: ${reason(cut.error)}` } };
    const decision = decideFromHead(file, Buffer.concat(head, headBytes), ended, inFolder);
    if (decision.kind === 'unreadable') return { unreadable: { file, message: decision.message } };
    if (decision.kind === 'skipped') return { skipped: { file, message: decision.message } };
    if (decision.kind === 'core') return { result: ingestOne({ name: file, text: decision.text }) };
    // A format whose parser is loaded on demand (BibTeX) is loaded before its first file is parsed.
    await decision.format?.load?.();

    const lineReader = decision.format?.lineReader;
    if (lineReader && decision.encoding === 'utf-8') {
      splitter = new LineSplitter(lineReader(file), limits.maxRecords, limits.maxRecordBytes, decision.bomBytes);
      for (const chunk of head) if (!splitter.push(chunk)) return { result: tidyRecords(splitter.reader.result()) };
      for (let chunk = await nextChunk(); chunk; chunk = await nextChunk()) {
        if (!splitter.push(chunk)) return { result: tidyRecords(splitter.reader.result()) };
      }
      // Cut off: the line it stopped in is incomplete, so it is not read as a record.
      if (!cut) splitter.end();
      const result = tidyRecords(splitter.reader.result());
      if (cut) result.rejections.push(rest(splitter.lines + 1));
      return { result };
    }

    let bytes = headBytes;
    for (let chunk = ended ? undefined : await nextChunk(); chunk; chunk = await nextChunk()) {
      head.push(chunk);
      bytes += chunk.length;
    }
    let whole: Buffer;
    try {
      whole = Buffer.concat(head, bytes);
    } catch (error) {
      return { unreadable: tooLarge(file, bytes, error) };
    }
    const read = readWhole(file, whole, decision.format);
    if ('unreadable' in read) return read;
    // (the format's reader rejects what the cut broke — an unclosed entry, a JSON array without its end — by its own rules)
    if (cut) read.result.rejections.push(rest(read.text.split('\n').length));
    return { result: read.result };
  } catch (error) {
    // A truncated gzip or a read error part way through a stream: what was read is kept, the rest is one rejection.
    if (splitter && splitter.lines > 0) {
      const result = tidyRecords(splitter.reader.result());
      result.rejections.push({ file, line: splitter.lines + 1, message: `cannot read the rest of the file: ${reason(error)}` });
      return { result };
    }
    return { unreadable: { file, message: `cannot read: ${reason(error)}` } };
  } finally {
    await chunks.return?.();
    raw.destroy();
  }
}

export interface ReadOptions {
  /** Called as bytes are read from disk (for a progress bar): bytes so far, total bytes of all inputs. */
  onBytes?: (done: number, total: number) => void;
  /** Stop after this many records (non-blank lines) of each JSON Lines input (the bench takes nested prefixes of one file). */
  maxLines?: number;
  /** A streamed record (line) longer than this is rejected unread; default MAX_RECORD_BYTES (256 MiB). */
  maxRecordBytes?: number;
}

export interface InputsRead {
  /** Merged records, rejections and warnings, as core's `ingest()` gives them for the decoded texts. */
  ingested: IngestResult;
  /** Input file names, in reading order (graph attribute `inputs`). */
  inputNames: string[];
  /** Folders and files that could not be read at all (binary, undecodable gzip, permission…). */
  unreadable: InputIssue[];
  /** Bytes of the files on disk (compressed size for gzip). */
  bytes: number;
}

function fileSizes(files: string[]): number[] {
  return files.map((file) => {
    try {
      return statSync(file).size;
    } catch {
      return 0;
    }
  });
}

/** Reads files and folders for `build`: JSON Lines streamed, other formats whole; records of all inputs merged. */
export async function readInputFiles(paths: string[], options: ReadOptions = {}): Promise<InputsRead> {
  const listed = listInputFiles(paths);
  const total = fileSizes(listed.files).reduce((a, b) => a + b, 0);
  let done = 0;
  const onBytes = (bytes: number) => {
    done += bytes;
    options.onBytes?.(done, total);
  };
  const all: IngestResult = { records: [], rejections: [], warnings: [...listed.warnings] };
  const inputNames: string[] = [];
  const unreadable = [...listed.unreadable];
  for (const file of listed.files) {
    const read = await readFile(file, listed.inFolders.has(file), onBytes, {
      maxRecords: options.maxLines ?? Infinity,
      maxRecordBytes: options.maxRecordBytes ?? MAX_RECORD_BYTES,
    });
    if ('unreadable' in read) {
      unreadable.push(read.unreadable);
      continue;
    }
    if ('skipped' in read) {
      all.warnings.push(read.skipped);
      continue;
    }
    inputNames.push(file);
    appendResult(all, read.result);
  }
  return { ingested: mergeResult(all), inputNames, unreadable, bytes: total };
}

