/**
 * The copy thread of an update's rewrite (./copy-worker.ts): the main thread makes each file's new bytes and says which
 * byte ranges of the previous file go where; the copy thread writes them while the main thread goes on to the next
 * file. Pieces travel in batches, new bytes copied out of the caller's buffer (which it reuses) into the batch's.
 */
import { Worker } from 'node:worker_threads';
import type { CopyMessage, CopyPiece, CopyReply } from './copy-worker.ts';

/** New bytes gathered in one buffer before a batch is sent (a write this large or larger travels on its own). */
const BATCH_BYTES = 1 << 22;
/** Pieces gathered before a batch is sent (most are ranges, a few bytes of message each). */
const BATCH_PIECES = 4096;

/** One file being written by the copy thread. */
export interface BackgroundFile {
  write(bytes: Uint8Array): void;
  /** Bytes [start, end) of the previous file, next in this one. */
  place(start: number, end: number): void;
  /** Ends the file; it is renamed over `target` once written. Settles when the copy thread is done with it. */
  close(target: string): Promise<void>;
  /** Drops the file (its fresh path is removed). */
  abort(): void;
}

export class CopyThread {
  private worker: Worker | undefined;
  private readonly waiting = new Map<string, { resolve: () => void; reject: (error: Error) => void }>();
  /** Why the thread stopped, once it has: a file closed after that fails at once instead of waiting forever. */
  private stopped: Error | undefined;

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('../parallel/ts-worker.mjs', import.meta.url), {
      workerData: { entry: new URL('./copy-worker.ts', import.meta.url).href },
    });
    worker.on('message', (reply: CopyReply) => {
      const waiting = this.waiting.get(reply.target);
      this.waiting.delete(reply.target);
      if (reply.kind === 'closed') waiting?.resolve();
      else waiting?.reject(new Error(`${reply.target}: ${reply.message}`));
    });
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', (code) => this.failAll(new Error(`the copy thread stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    this.stopped ??= error;
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }

  open(fresh: string, previous: string): BackgroundFile {
    const worker = this.start();
    const post = (message: CopyMessage, transfer: ArrayBuffer[] = []) => worker.postMessage(message, transfer);
    post({ kind: 'open', fresh, previous });
    // The batch: new bytes copied into one buffer of its own (the caller reuses its buffers), handed over whole with
    // the pieces that say where they go between the ranges.
    let batch = new Uint8Array(BATCH_BYTES);
    let used = 0;
    let pieces: CopyPiece[] = [];
    const send = () => {
      if (pieces.length === 0) return;
      post({ kind: 'pieces', bytes: batch, pieces }, [batch.buffer]);
      batch = new Uint8Array(BATCH_BYTES);
      used = 0;
      pieces = [];
    };
    return {
      write: (chunk) => {
        if (chunk.length > BATCH_BYTES - used) send();
        if (chunk.length >= BATCH_BYTES) {
          const own = new Uint8Array(chunk);
          post({ kind: 'pieces', bytes: own, pieces: [{ at: 0, length: own.length }] }, [own.buffer]);
          return;
        }
        batch.set(chunk, used);
        pieces.push({ at: used, length: chunk.length });
        used += chunk.length;
        if (pieces.length >= BATCH_PIECES) send();
      },
      place: (start, end) => {
        pieces.push({ from: start, to: end });
        if (pieces.length >= BATCH_PIECES) send();
      },
      close: (target) => {
        if (this.stopped) return Promise.reject(new Error(`${target}: ${this.stopped.message}`));
        send();
        const done = new Promise<void>((resolve, reject) => this.waiting.set(target, { resolve, reject }));
        post({ kind: 'close', target });
        return done;
      },
      abort: () => {
        pieces = [];
        used = 0;
        post({ kind: 'abort' });
      },
    };
  }

  /** Stops the thread (after the files it was given are settled: it keeps the process alive until then). */
  async stop(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.stopped ??= new Error('the copy thread was stopped');
    await worker.terminate();
  }
}
