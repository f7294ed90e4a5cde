import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractDocs, type Mention, type PaperDoc, type PaperExtraction } from '@papergraph/core';

/** Inputs with fewer papers are extracted on the main thread: starting workers costs more than it saves. */
export const PARALLEL_MIN_PAPERS = 10_000;
/** Papers per message: small enough to balance the load and report progress, large enough to amortise messages. */
export const SLICE = 1_000;

export interface ParallelOptions {
  /** Worker threads; 0 or 1 extracts on the main thread. Default: one per core when the input is large. */
  workers?: number;
  onProgress?: (done: number) => void;
}

/** Worker count for an input of `papers` papers: one per core (at most 8) at or above PARALLEL_MIN_PAPERS. */
export function defaultWorkers(papers: number): number {
  return papers >= PARALLEL_MIN_PAPERS ? Math.min(8, availableParallelism()) : 0;
}

function extractHere(docs: PaperDoc[], onProgress?: (done: number) => void): PaperExtraction[] {
  const out: PaperExtraction[] = [];
  for (let start = 0; start < docs.length; start += SLICE) {
    for (const extraction of extractDocs(docs.slice(start, start + SLICE))) out.push(extraction);
    onProgress?.(Math.min(start + SLICE, docs.length));
  }
  return out;
}

/**
 * `extractDocs(docs)`, across worker threads: slices of SLICE docs go to whichever worker is free, the mentions
 * come back and are put in input order next to the main thread's own docs — the same array, element for element,
 * as the single-threaded call, so everything built from it is byte-identical.
 */
export async function extractParallel(docs: PaperDoc[], options: ParallelOptions = {}): Promise<PaperExtraction[]> {
  const count = Math.min(options.workers ?? defaultWorkers(docs.length), Math.ceil(docs.length / SLICE));
  if (count <= 1) return extractHere(docs, options.onProgress);

  const slices = Math.ceil(docs.length / SLICE);
  const results: Mention[][][] = new Array(slices);
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let finished = 0;
      const feed = (worker: Worker) => {
        if (next >= slices) {
          if (++finished === count) resolve();
          return;
        }
        const index = next++;
        worker.postMessage({ index, docs: docs.slice(index * SLICE, (index + 1) * SLICE) });
      };
      for (let i = 0; i < count; i++) {
        const worker = new Worker(new URL('./ts-worker.mjs', import.meta.url), {
          workerData: { entry: new URL('./extract-worker.ts', import.meta.url).href },
        });
        workers.push(worker);
        worker.on('message', (message: { index: number; mentions: Mention[][] }) => {
          results[message.index] = message.mentions;
          done += message.mentions.length;
          options.onProgress?.(done);
          feed(worker);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (code !== 0) reject(new Error(`extraction worker stopped with exit code ${code}`));
        });
        feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  const out: PaperExtraction[] = new Array(docs.length);
  for (let s = 0; s < slices; s++) {
    const mentions = results[s]!;
    for (let i = 0; i < mentions.length; i++) out[s * SLICE + i] = { doc: docs[s * SLICE + i]!, mentions: mentions[i]! };
  }
  return out;
}
