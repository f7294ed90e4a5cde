/** Worker thread: extracts mentions for slices of paper docs (see ./extract.ts). */
import { parentPort } from 'node:worker_threads';
import { extractDocs, type PaperDoc } from '@papergraph/core';

export interface ExtractTask {
  index: number;
  docs: PaperDoc[];
}

parentPort!.on('message', (task: ExtractTask) => {
  // Only the mentions travel back: the main thread already holds the docs.
  const mentions = extractDocs(task.docs).map((extraction) => extraction.mentions);
  parentPort!.postMessage({ index: task.index, mentions });
});
