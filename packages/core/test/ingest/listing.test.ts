import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { detectFormat, ingest, parseJson, parseJsonLines, parseListing } from '../src/ingest/index.ts';

const seedPath = new URL('../../../seeds/llama-2-7b.txt', import.meta.url);
const seed = readFileSync(seedPath, 'utf8');

describe('listing format (the seed)', () => {
  const result = parseListing(seed, 'seeds/llama-2-7b.txt');

  it('reads all 10 entries, no rejections or warnings', () => {
    expect(result.records).toHaveLength(10);
    expect(result.rejections).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('keeps the nbsp-padded tag line as the tag of every paper', () => {
    for (const record of result.records) expect(record.tags).toEqual(['llama-2-7b']);
  });

  it('pairs "Last, First" authors into "First Last", with multi-word given names and hyphenated surnames', () => {
    const byTitle = new Map(result.records.map((r) => [r.title, r]));
    expect(byTitle.get('Vector Arithmetic in Concept and Token Subspaces')?.authors).toEqual([
      'Sheridan Feucht',
      'Byron Wallace',
      'David Bau',
    ]);
    const equitable = result.records.find((r) => r.title.startsWith('Advancing Equitable AI'));
    expect(equitable?.authors).toEqual(['Brigitte A. Mora-Reyes', 'Jennifer A. Drewyor', 'Abel A. Reyes-Angulo']);
    const kron = result.records.find((r) => r.title.startsWith('Kron-LoRA'));
    expect(kron?.authors).toEqual(['Yixin Shen']);
    const too = result.records.find((r) => r.title.startsWith('Too Helpful'));
    expect(too?.authors).toEqual(['Gautam Siddharth Kashyap', 'Mark Dras', 'Usman Naseem']);
    expect(result.records.reduce((n, r) => n + r.authors.length, 0)).toBe(41);
  });

  it('keeps multi-paragraph abstracts whole and records venue and source line', () => {
    const patching = result.records.find((r) => r.title.startsWith('Patching LLM'))!;
    expect(patching.abstract).toContain('We propose patching for large language models');
    expect(patching.abstract).toContain('once or twice a year.');
    expect(patching.venue).toBe('arXiv.org Artificial Intelligence');
    expect(patching.sources[0]).toEqual({ file: 'seeds/llama-2-7b.txt', line: expect.any(Number) });
    const line = seed.split('\n')[patching.sources[0]!.line! - 1];
    expect(line).toContain('Patching LLM Like Software');
  });

  it('does not depend on the number of blank lines', () => {
    const squeezed = parseListing(seed.replace(/\n\s*\n/g, '\n'), 'x');
    const spread = parseListing(seed.replace(/\n/g, '\n\n\n'), 'x');
    const titles = (r: typeof result) => r.records.map((p) => [p.title, p.authors.length, p.abstract.length]);
    expect(titles(squeezed)).toEqual(titles(result));
    expect(titles(spread)).toEqual(titles(result));
  });

  it('reports an author line it cannot pair, with its line number, and keeps the paper', () => {
    const text = ['Goto', '', ' tag-x', '', 'A Title About Things', '', 'Doe, Jane, Smith', '', 'Some Venue', '', 'An abstract sentence.'].join('\n');
    const odd = parseListing(text, 'odd.txt');
    expect(odd.records).toHaveLength(1);
    expect(odd.records[0]!.authors).toEqual(['Doe', 'Jane', 'Smith']);
    expect(odd.warnings).toEqual([{ file: 'odd.txt', line: 7, message: expect.stringContaining('cannot pair') }]);
  });
});

describe('JSON and JSON Lines', () => {
  it('accepts the field variants of common dumps', () => {
    const text = JSON.stringify([
      { title: 'A', summary: 'S.', authors: [{ name: 'Ada Lovelace' }], arxivId: 'arXiv:2401.00001v3', published: '2024-01-02T00:00:00Z' },
      { title: 'B', abstract: 'T.', authors: 'Alan Turing, Grace Hopper and Edsger Dijkstra', arxiv_id: '2402.00002', year: 2023 },
      { title: 'C', abstract: 'U.', authors: ['Lovelace, Ada'], id: 'https://arxiv.org/abs/2403.00003v1', date: '2022' },
      { abstract: 'no title here' },
    ]);
    const result = parseJson(text, 'dump.json');
    expect(result.records.map((r) => [r.title, r.abstract, r.authors, r.arxivId, r.year])).toEqual([
      ['A', 'S.', ['Ada Lovelace'], '2401.00001', 2024],
      ['B', 'T.', ['Alan Turing', 'Grace Hopper', 'Edsger Dijkstra'], '2402.00002', 2023],
      ['C', 'U.', ['Ada Lovelace'], '2403.00003', 2022],
    ]);
    expect(result.rejections).toEqual([{ file: 'dump.json', record: 3, message: 'record has no "title"' }]);
  });

  it('reads the dev corpus JSONL and reports a broken line by number without losing the others', () => {
    const dev = readFileSync(new URL('./fixtures/dev-papers-head.jsonl', import.meta.url), 'utf8');
    const broken = dev.split('\n').slice(0, 3).join('\n') + '\n{"title": "broken\n' + dev.split('\n').slice(3).join('\n');
    const result = parseJsonLines(broken, 'dev.jsonl');
    expect(result.records.length).toBe(dev.trim().split('\n').length);
    expect(result.rejections).toHaveLength(1);
    expect(result.rejections[0]).toMatchObject({ file: 'dev.jsonl', line: 4 });
  });

  it('reads gzipped JSONL of the big-corpus shape (summary, authors list, abs URL)', () => {
    const gz = readFileSync(new URL('./fixtures/arxiv-sample.jsonl.gz', import.meta.url));
    const text = gunzipSync(gz).toString('utf8');
    expect(detectFormat('arxiv-sample.jsonl.gz', text)).toBe('jsonl');
    const result = ingest([{ name: 'arxiv-sample.jsonl', text }]);
    expect(result.rejections).toEqual([]);
    expect(result.records.length).toBe(text.trim().split('\n').length);
    for (const record of result.records) {
      expect(record.arxivId).toMatch(/^\d{4}\.\d{4,5}$/);
      expect(record.abstract.length).toBeGreaterThan(100);
      expect(record.authors.length).toBeGreaterThan(0);
    }
  });

  it('detects formats from name and content', () => {
    expect(detectFormat('x.txt', seed)).toBe('listing');
    expect(detectFormat('x.json', '[{"title":"a"}]')).toBe('json');
    expect(detectFormat('x.json', '{"title":"a"}\n{"title":"b"}\n')).toBe('jsonl');
    expect(detectFormat('x.data', '{"title":"a"}\n{"title":"b"}\n')).toBe('jsonl');
    expect(detectFormat('notes.md', '# just some notes\n\nnothing here')).toBeUndefined();
  });
});

describe('merging inputs', () => {
  it('one paper in two inputs is one record with both sources (by arXiv id, else title)', () => {
    const listing = parseListing(seed, 'seeds/llama-2-7b.txt').records;
    const kron = listing.find((r) => r.title.startsWith('Kron-LoRA'))!;
    const json = JSON.stringify([
      { title: kron.title.toUpperCase(), abstract: 'short', authors: ['Yixin Shen'], id: '2508.01961', categories: ['cs.LG'] },
      { title: 'Other', abstract: 'x', authors: [], id: '2508.01961v2' },
    ]);
    const result = ingest([
      { name: 'seeds/llama-2-7b.txt', text: seed },
      { name: 'more.json', text: json },
    ]);
    expect(result.records).toHaveLength(10);
    const merged = result.records.find((r) => r.title.startsWith('Kron-LoRA'))!;
    expect(merged.sources.map((s) => s.file)).toEqual(['seeds/llama-2-7b.txt', 'more.json', 'more.json']);
    expect(merged.arxivId).toBe('2508.01961');
    expect(merged.abstract).toBe(kron.abstract);
    expect(merged.tags).toEqual(['llama-2-7b']);
  });

  it('an unrecognised file is one rejection naming it', () => {
    const result = ingest([{ name: 'notes.md', text: '# notes' }]);
    expect(result.records).toEqual([]);
    expect(result.rejections).toEqual([{ file: 'notes.md', line: 1, message: expect.stringContaining('unrecognised format') }]);
  });
});
