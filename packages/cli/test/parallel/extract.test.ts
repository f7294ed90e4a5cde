import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractDocs, paperDocs, parseJsonLines } from '@papergraph/core';
import { extractParallel, warnCapped, workerCount } from '../../src/parallel/extract.ts';
import { REPO } from '../run-cli.ts';

// 97 real arXiv abstracts (eval/data), in slices of 7 so every thread gets many slices and they finish out of order.
const records = parseJsonLines(readFileSync(`${REPO}/eval/data/papers.jsonl`, 'utf8'), 'papers.jsonl').records;
const docs = paperDocs(records);

describe('extractParallel', () => {
  it('gives exactly the single-threaded extraction, in input order, with worker threads', async () => {
    const single = extractDocs(docs);
    const progress: number[] = [];
    // cores: 3 lets two workers run even on a smaller machine, so the slices really interleave
    const parallel = await extractParallel(docs, { workers: 2, slice: 7, cores: 3, onProgress: (done) => progress.push(done) });
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

  it('caps the workers by the cores, tells it once, and still gives the same extraction', async () => {
    const capped: Array<[number, number, number]> = [];
    const parallel = await extractParallel(docs, { workers: 50, slice: 7, cores: 2, onCapped: (...args) => capped.push(args) });
    expect(capped).toEqual([[50, 1, 2]]);
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(extractDocs(docs)));
  }, 60_000);
});

describe('workerCount', () => {
  it.each([
    // asked, slices, cores → workers, capped
    { asked: 50, slices: 100, cores: 2, workers: 1, capped: true },
    { asked: 50, slices: 100, cores: 8, workers: 7, capped: true },
    { asked: 3, slices: 100, cores: 8, workers: 3, capped: false },
    { asked: 7, slices: 100, cores: 8, workers: 7, capped: false },
    { asked: 8, slices: 100, cores: 8, workers: 7, capped: true },
    { asked: 4, slices: 1, cores: 2, workers: 0, capped: false }, // one slice: the main thread takes it
    { asked: 50, slices: 3, cores: 16, workers: 2, capped: false }, // fewer slices than workers
    { asked: 50, slices: 3, cores: 2, workers: 1, capped: true },
    { asked: 2, slices: 100, cores: 1, workers: 0, capped: true }, // one core: the main thread alone
    { asked: 0, slices: 100, cores: 1, workers: 0, capped: false },
  ])('$asked asked, $slices slices, $cores cores → $workers', ({ asked, slices, cores, workers, capped }) => {
    expect(workerCount(asked, slices, cores)).toEqual({ workers, capped });
  });
});

describe('warnCapped', () => {
  afterEach(() => void vi.restoreAllMocks());

  it('warns on stderr once per process, however many extractions are capped', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    warnCapped(50, 1, 2);
    warnCapped(50, 1, 2);
    warnCapped(9, 3, 4);
    expect(write).toHaveBeenCalledTimes(1);
    expect(String(write.mock.calls[0]![0])).toBe(
      'papergraph: warning: 50 extraction workers asked for, but this machine has 2 cores: using 1 (one per core beside the main thread)\n',
    );
  });
});
