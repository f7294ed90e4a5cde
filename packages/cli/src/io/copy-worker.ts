/**
 * Worker thread: assembles a rewritten output file from new bytes and byte ranges of the previous file (see
 * ./background-copy.ts). The main thread sends one file's pieces in order; this thread writes them, copies the
 * ranges block by block, and renames the finished file over the previous one. Copying is most of what an update's
 * rewrite of a whole field's files costs (about 1.3 GB through the kernel twice); here it runs beside the main thread.
 */
import { closeSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';

/** One piece of a file, in order: new bytes (`length` of the batch's bytes from `at`), or bytes [from, to) of the previous file. */
export type CopyPiece = { at: number; length: number } | { from: number; to: number };

export type CopyMessage =
  | { kind: 'open'; fresh: string; previous: string }
  | { kind: 'pieces'; bytes: Uint8Array; pieces: CopyPiece[] }
  | { kind: 'close'; target: string }
  | { kind: 'abort' };

export type CopyReply = { kind: 'closed'; target: string } | { kind: 'failed'; target: string; message: string };

/** Bytes read from the previous file per read, for a range too large to gather. */
const BLOCK = 1 << 23;
const block = Buffer.allocUnsafe(BLOCK);
/** Small pieces, new bytes and ranges alike, are gathered here: the disk sees writes of about 1 MiB. */
const GATHER = 1 << 20;
const gathered = Buffer.allocUnsafe(GATHER);
let gatheredLength = 0;

interface OpenFile {
  fresh: string;
  out: number;
  previous: number;
  /** The first failure, reported when the file is closed (later pieces are skipped). */
  failure?: string;
}

let file: OpenFile | undefined;

function writeAll(fd: number, bytes: Uint8Array): void {
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
}

function flushGathered(f: OpenFile): void {
  if (gatheredLength > 0) writeAll(f.out, gathered.subarray(0, gatheredLength));
  gatheredLength = 0;
}

function put(f: OpenFile, bytes: Uint8Array): void {
  if (bytes.length > GATHER - gatheredLength) {
    flushGathered(f);
    if (bytes.length >= GATHER) return writeAll(f.out, bytes);
  }
  gathered.set(bytes, gatheredLength);
  gatheredLength += bytes.length;
}

function copyRange(f: OpenFile, from: number, to: number): void {
  const short = (at: number) => new Error(`the previous file ends at byte ${at}, before ${to}`);
  let at = from;
  if (to - from <= GATHER - gatheredLength) {
    // read straight into the gathered bytes
    while (at < to) {
      const read = readSync(f.previous, gathered, gatheredLength, to - at, at);
      if (read === 0) throw short(at);
      gatheredLength += read;
      at += read;
    }
    return;
  }
  flushGathered(f);
  while (at < to) {
    const read = readSync(f.previous, block, 0, Math.min(BLOCK, to - at), at);
    if (read === 0) throw short(at);
    writeAll(f.out, block.subarray(0, read));
    at += read;
  }
}

function closeFds(f: OpenFile): void {
  closeSync(f.out);
  closeSync(f.previous);
}

parentPort!.on('message', (message: CopyMessage) => {
  if (message.kind === 'open') {
    file = { fresh: message.fresh, out: openSync(message.fresh, 'w'), previous: openSync(message.previous, 'r') };
  } else if (message.kind === 'pieces') {
    const f = file!;
    if (f.failure) return;
    try {
      for (const piece of message.pieces) {
        if ('at' in piece) put(f, message.bytes.subarray(piece.at, piece.at + piece.length));
        else copyRange(f, piece.from, piece.to);
      }
    } catch (error) {
      f.failure = error instanceof Error ? error.message : String(error);
      gatheredLength = 0;
    }
  } else if (message.kind === 'close') {
    const f = file!;
    file = undefined;
    try {
      try {
        if (!f.failure) flushGathered(f);
      } finally {
        gatheredLength = 0;
        closeFds(f);
      }
      if (f.failure) throw new Error(f.failure);
      renameSync(f.fresh, message.target);
      parentPort!.postMessage({ kind: 'closed', target: message.target } satisfies CopyReply);
    } catch (error) {
      rmSync(f.fresh, { force: true });
      parentPort!.postMessage({ kind: 'failed', target: message.target, message: error instanceof Error ? error.message : String(error) } satisfies CopyReply);
    }
  } else {
    // the main thread gave up this file (its stored offsets did not fit): nothing of it is kept
    const f = file;
    file = undefined;
    gatheredLength = 0;
    if (f) {
      closeFds(f);
      rmSync(f.fresh, { force: true });
    }
  }
});
