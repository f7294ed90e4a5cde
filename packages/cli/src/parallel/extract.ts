import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractDocs, plural, type Mention, type PaperDoc, type PaperExtraction } from '@papergraph/core';

/** Inputs with fewer papers are extracted on the main thread: starting workers costs more than it saves. */
export const PARALLEL_MIN_PAPERS = 10_000;
/** Papers per slice: small enough to balance the load and report progress, large enough to amortise messages. */
export const SLICE = 1_000;

export interface ParallelOptions {
  /**
   * Worker threads besides the main thread, which extracts slices too; 0 extracts on the main thread only.
   * Default: one per extra core (at most 7) when the input is large. Never more than the cores allow (workerCount).
   */
  workers?: number;
  /** Papers per slice (default SLICE). */
  slice?: number;
  onProgress?: (done: number) => void;
  /** The machine's cores (default os.availableParallelism()); tests set it to check the cap. */
  cores?: number;
  /**
   * The main thread takes slices only once this settles (the workers start at once): `papergraph update` starts its
   * new papers' extraction before it reads the build, and joins it when its extract stage needs the mentions.
   */
  mainJoins?: Promise<void>;
  /** Stops the extraction: the workers end and the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /**
   * Told when more workers were asked for than the cores allow, with the count used instead. Default: one warning
   * on stderr per process (warnCapped).
   */
  onCapped?: (asked: number, used: number, cores: number) => void;
}

/** Worker count for an input of `papers` papers: one per core beyond the main thread's (at most 7), from PARALLEL_MIN_PAPERS. */
export function defaultWorkers(papers: number): number {
  return papers >= PARALLEL_MIN_PAPERS ? Math.min(7, availableParallelism() - 1) : 0;
}

/**
 * Workers to start: the ones asked for, but no more than there are slices beside the main thread's first one, and
 * no more than one per core beside the main thread (which extracts too). More threads than cores only compete for
 * them: 50 workers on 2 cores ran 12x slower and took 2 GB. `capped` says the cores were what limited the count.
 */
export function workerCount(asked: number, slices: number, cores: number): { workers: number; capped: boolean } {
  const wanted = Math.max(0, Math.min(asked, slices - 1));
  const limit = Math.max(0, cores - 1);
  return wanted > limit ? { workers: limit, capped: true } : { workers: wanted, capped: false };
}

let warnedCapped = false;

/** The default onCapped: one line on stderr, once per process however many extractions run. */
export function warnCapped(asked: number, used: number, cores: number): void {
  if (warnedCapped) return;
  warnedCapped = true;
  process.stderr.write(
    `papergraph: warning: ${asked} extraction workers asked for, but this machine has ${plural(cores, 'core')}: using ${used} (one per core beside the main thread)\n`,
  );
}

const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * `extractDocs(docs)`, across worker threads and the main thread: slices of SLICE docs go to whichever thread is
 * free (the main thread takes one between handling the workers' messages), the mentions come back and are put in
 * input order next to the docs — the same array, element for element, as the single-threaded call, so everything
 * built from it is byte-identical.
 */
export async function extractParallel(docs: PaperDoc[], options: ParallelOptions = {}): Promise<PaperExtraction[]> {
  const size = Math.max(1, options.slice ?? SLICE);
  const slices = Math.ceil(docs.length / size);
  const asked = options.workers ?? defaultWorkers(docs.length);
  const cores = options.cores ?? availableParallelism();
  const { workers: count, capped } = workerCount(asked, slices, cores);
  if (capped) (options.onCapped ?? warnCapped)(asked, count, cores);
  const results: Mention[][][] = new Array(slices);
  let next = 0;
  let done = 0;
  const finish = (index: number, mentions: Mention[][]) => {
    results[index] = mentions;
    done += mentions.length;
    options.onProgress?.(done);
  };
  const sliceOf = (index: number) => docs.slice(index * size, (index + 1) * size);

  const workers: Worker[] = [];
  let failure: Error | undefined;
  let pending = 0;
  // Settles once the workers have nothing left in hand (or one failed); checked after every message.
  let wake: (() => void) | undefined;
  const idle = () => new Promise<void>((resolve) => (wake = resolve));
  // Settles when a worker fails (or the extraction is stopped) before the main thread joins.
  let failed: (() => void) | undefined;
  const idleOrFailed = () => new Promise<void>((resolve) => (failed = resolve));
  const check = () => {
    if ((pending === 0 || failure) && wake) wake();
    if (failure) failed?.();
  };
  const fail = (error: Error) => {
    failure ??= error;
    check();
  };
  const abort = () => fail(options.signal?.reason instanceof Error ? options.signal.reason : new Error('extraction stopped'));
  if (options.signal?.aborted) abort();
  options.signal?.addEventListener('abort', abort, { once: true });
  const feed = (worker: Worker) => {
    if (next >= slices || failure) return;
    const index = next++;
    pending++;
    worker.postMessage({ index, docs: sliceOf(index) });
  };
  try {
    for (let i = 0; i < count; i++) {
      const worker = new Worker(new URL('./ts-worker.mjs', import.meta.url), {
        workerData: { entry: new URL('./extract-worker.ts', import.meta.url).href },
      });
      workers.push(worker);
      worker.on('message', (message: { index: number; mentions: Mention[][] }) => {
        pending--;
        finish(message.index, message.mentions);
        feed(worker);
        check();
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (code !== 0) fail(new Error(`extraction worker stopped with exit code ${code}`));
      });
      feed(worker);
    }
    if (options.mainJoins) {
      // (a failure, the abort included, is not left waiting for the main thread to join)
      await Promise.race([options.mainJoins, idleOrFailed()]);
    }
    // The main thread works through the queue too, yielding between slices so workers get their next slice.
    while (next < slices && !failure) {
      const index = next++;
      finish(
        index,
        extractDocs(sliceOf(index)).map((extraction) => extraction.mentions),
      );
      if (workers.length > 0) await yieldToEvents();
    }
    if (pending > 0 && !failure) await idle();
    if (failure) throw failure;
  } finally {
    options.signal?.removeEventListener('abort', abort);
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  const out: PaperExtraction[] = new Array(docs.length);
  for (let s = 0; s < slices; s++) {
    const mentions = results[s]!;
    for (let i = 0; i < mentions.length; i++) out[s * size + i] = { doc: docs[s * size + i]!, mentions: mentions[i]! };
  }
  return out;
}
