import { describe, expect, it } from 'vitest';
import { mergeRecords } from '../../src/ingest/merge.ts';
import type { PaperRecord } from '../../src/types.ts';
import { mergeUpdate } from '../../src/update/merge.ts';

const record = (fields: Partial<PaperRecord> & { title: string }, file = 'a.jsonl', line = 1): PaperRecord => ({
  abstract: '',
  authors: [],
  tags: [],
  sources: [{ file, line }],
  ...fields,
});

const built = mergeRecords([
  record({ title: 'Sparse Attention at Scale', arxivId: '2501.00001', abstract: 'We study sparse attention.' }),
  record({ title: 'A Survey of Retrieval', doi: '10.1/xyz', abstract: 'A survey.' }, 'a.jsonl', 2),
]).records;
const none = { rejections: [], warnings: [] };

describe('mergeUpdate', () => {
  it('passes over a paper read again where the build read it, with nothing new, and keeps the build first', () => {
    const again = record({ title: 'Sparse attention at scale', arxivId: '2501.00001', abstract: 'We study sparse attention.' }, 'a.jsonl');
    const fresh = record({ title: 'Dense Retrieval Revisited', arxivId: '2502.00002', abstract: 'Dense retrieval.' }, 'b.jsonl', 2);
    const merged = mergeUpdate(built, { records: [again, fresh], rejections: [], warnings: [] }, none);
    expect(merged).toMatchObject({ contributing: 1, alreadyPresent: 1, previousUnchanged: true });
    expect(merged.ingested.records.map((r) => r.title)).toEqual(['Sparse Attention at Scale', 'A Survey of Retrieval', 'Dense Retrieval Revisited']);
    expect(merged.ingested.records[0]!.sources).toEqual([{ file: 'a.jsonl', line: 1 }]);
  });

  it('adds the source of a paper given again by another file (a full build lists every place it read it)', () => {
    const elsewhere = record({ title: 'Sparse attention at scale', arxivId: '2501.00001', abstract: 'We study sparse attention.' }, 'b.jsonl', 4);
    // Read from both the build's file (again) and a new one: only the new place is added.
    const both = { ...elsewhere, sources: [{ file: 'a.jsonl', line: 1 }, { file: 'b.jsonl', line: 4 }] };
    const merged = mergeUpdate(built, { records: [both], rejections: [], warnings: [] }, none);
    expect(merged).toMatchObject({ contributing: 1, alreadyPresent: 1, previousUnchanged: false, newRejections: 0 });
    expect(merged.ingested.records[0]!.sources).toEqual([{ file: 'a.jsonl', line: 1 }, { file: 'b.jsonl', line: 4 }]);
    expect(merged.ingested.records).toHaveLength(2);
  });

  it('merges a record that adds to a built paper as a full build would, sources and all', () => {
    const longer = record({ title: 'A Survey of Retrieval', doi: '10.1/XYZ', abstract: 'A survey of retrieval for language models.', year: 2024 }, 'b.jsonl');
    const merged = mergeUpdate(built, { records: [longer], rejections: [], warnings: [] }, none);
    expect(merged).toMatchObject({ contributing: 1, alreadyPresent: 1, previousUnchanged: false });
    expect(merged.ingested.records).toHaveLength(2);
    expect(merged.ingested.records[1]).toMatchObject({ abstract: longer.abstract, year: 2024, sources: [{ file: 'a.jsonl', line: 2 }, { file: 'b.jsonl', line: 1 }] });
  });

  it("reports a record that contradicts a built paper as a full build would, after the build's own issues", () => {
    // (a title told a little apart: a wholly different one would be another work, kept without the id, as next)
    const clash = record({ title: 'Sparse Attention at Scale: Extended Version', arxivId: '2501.00001' }, 'b.jsonl', 7);
    const earlier = { rejections: [{ file: 'a.jsonl', line: 9, message: 'bad line' }], warnings: [{ file: 'a.jsonl', message: 'w' }] };
    const merged = mergeUpdate(built, { records: [clash], rejections: [{ file: 'b.jsonl', line: 3, message: 'bad' }], warnings: [] }, earlier);
    expect(merged.ingested.records).toHaveLength(2);
    expect(merged.ingested.rejections.map((r) => `${r.file}:${r.line}`)).toEqual(['a.jsonl:9', 'b.jsonl:3', 'b.jsonl:7']);
    expect(merged.ingested.warnings).toEqual(earlier.warnings);
  });

  it('keeps a record of a wholly different title under a built paper\'s id as a paper of its own, with a warning, as a full build would', () => {
    const other = record({ title: 'Protein Folding with Diffusion', arxivId: '2501.00001' }, 'b.jsonl', 5);
    const merged = mergeUpdate(built, { records: [other], rejections: [], warnings: [] }, none);
    const full = mergeRecords([...built, other]);
    expect(merged.ingested.records).toEqual(full.records);
    expect(merged.ingested.records.map((r) => [r.title, r.arxivId])).toEqual([
      ['Sparse Attention at Scale', '2501.00001'],
      ['A Survey of Retrieval', undefined],
      ['Protein Folding with Diffusion', undefined],
    ]);
    expect(merged.ingested.rejections).toEqual([]);
    expect(merged.ingested.warnings).toEqual(full.warnings);
    expect(merged.ingested.warnings.map((w) => `${w.file}:${w.line}`)).toEqual(['b.jsonl:5']);
  });

  it('two works of one title in the build: a new record joins the one it agrees with, as a full build would, and a later update keeps them apart', () => {
    const smith = record({ title: 'Editorial', authors: ['John Smith'], doi: '10.1000/ed.a' }, 'ed.bib', 1);
    const doe = record({ title: 'Editorial', authors: ['Jane Doe'] }, 'ed.bib', 2);
    const build = mergeRecords([smith, doe]);
    expect(build.records).toHaveLength(2);
    const issues = { rejections: [], warnings: build.warnings };
    // Jane Doe's editorial again, with a co-author who shares John Smith's name.
    const again = record({ title: 'EDITORIAL', authors: ['J. Doe', 'John Smith'] }, 'more.bib', 1);
    const first = mergeUpdate(build.records, { records: [again], rejections: [], warnings: [] }, issues);
    const full = mergeRecords([smith, doe, again]);
    expect(first).toMatchObject({ alreadyPresent: 1, newRejections: 0 });
    expect(first.ingested.records).toEqual(full.records);
    expect(first.ingested.records.map((r) => r.sources.map((source) => source.file))).toEqual([['ed.bib'], ['ed.bib', 'more.bib']]);
    expect(first.ingested.warnings).toEqual(build.warnings);
    // The build's two papers now share a name (John Smith): merged again with an update's record, they stay apart.
    const longer = record({ title: 'Editorial', doi: '10.1000/ED.A', abstract: 'On the journal.' }, 'abstracts.json', 1);
    const second = mergeUpdate(first.ingested.records, { records: [longer], rejections: [], warnings: [] }, { rejections: [], warnings: first.ingested.warnings });
    expect(second.ingested.records.map((r) => r.sources.map((source) => source.file))).toEqual([['ed.bib', 'abstracts.json'], ['ed.bib', 'more.bib']]);
    expect(second.ingested.records).toEqual(mergeRecords([smith, doe, again, longer]).records);
  });
});
