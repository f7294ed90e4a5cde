/**
 * Worker thread: assembles a rewritten output file from new bytes and byte ranges of the previous file (see
 * ./background-copy.ts). The main thread sends one file's pieces in order; this thread writes them, copies the
 * ranges block by block, and renames the finished file over the previous one. Copying is most of what an update's
 * rewrite of a whole field's files costs (about 1.3 GB through the kernel twice); here it runs beside the main thread.
 */
import { closeSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';

/** One piece of a file, in order: new bytes, or bytes [from, to) of the previous file. */
export type CopyPiece = { bytes: Uint8Array } | { from: number; to: number };

export type CopyMessage =
  | { kind: 'open'; fresh: string; previous: string }
  | { kind: 'pieces'; pieces: CopyPiece[] }
  | { kind: 'close'; target: string }
  | { kind: 'abort' };

export type CopyReply = { kind: 'closed'; target: string } | { kind: 'failed'; target: string; message: string };

/** Bytes read from the previous file per read. */
const BLOCK = 1 << 23;
const block = Buffer.allocUnsafe(BLOCK);

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

function copyRange(f: OpenFile, from: number, to: number): void {
  for (let at = from; at < to; ) {
    const read = readSync(f.previous, block, 0, Math.min(BLOCK, to - at), at);
    if (read === 0) throw new Error(`the previous file ends at byte ${at}, before ${to}`);
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
        if ('bytes' in piece) writeAll(f.out, piece.bytes);
        else copyRange(f, piece.from, piece.to);
      }
    } catch (error) {
      f.failure = error instanceof Error ? error.message : String(error);
    }
  } else if (message.kind === 'close') {
    const f = file!;
    file = undefined;
    try {
      closeFds(f);
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
    if (f) {
      closeFds(f);
      rmSync(f.fresh, { force: true });
    }
  }
});
