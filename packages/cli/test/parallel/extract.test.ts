import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocs, paperDocs, parseJsonLines } from '@papergraph/core';
import { extractParallel } from '../src/parallel/extract.ts';
import { REPO } from './run-cli.ts';

// 97 real arXiv abstracts (eval/data), in slices of 7 so every thread gets many slices and they finish out of order.
const records = parseJsonLines(readFileSync(`${REPO}/eval/data/papers.jsonl`, 'utf8'), 'papers.jsonl').records;
const docs = paperDocs(records);

describe('extractParallel', () => {
  it('gives exactly the single-threaded extraction, in input order, with worker threads', async () => {
    const single = extractDocs(docs);
    const progress: number[] = [];
    const parallel = await extractParallel(docs, { workers: 2, slice: 7, onProgress: (done) => progress.push(done) });
    expect(parallel.length).toBe(docs.length);
    expect(parallel.map((e) => e.doc)).toEqual(docs);
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(single));
    expect(single.some((e) => e.mentions.length > 0)).toBe(true);
    expect(progress.at(-1)).toBe(docs.length);
  }, 60_000);

  it('extracts on the main thread alone with workers: 0', async () => {
    const parallel = await extractParallel(docs.slice(0, 20), { workers: 0, slice: 3 });
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(extractDocs(docs.slice(0, 20))));
  });
});
