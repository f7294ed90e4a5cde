import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/encoding.ts';
import { ingest, ingestOne } from '../../src/ingest/index.ts';
import { parseListing } from '../../src/ingest/listing.ts';
import type { InputText } from '../../src/types.ts';
import { BAD_INPUTS, expectEveryRecordAccountedFor, expectedIssues, issueShape } from './bad-inputs.ts';

const seed = readFileSync(new URL('../../../../seeds/llama-2-7b.txt', import.meta.url), 'utf8');

/** What the I/O edge hands the core for a file's bytes. */
function decoded(name: string, content: string | Uint8Array): InputText {
  const { text, linesWithBadBytes } = decodeText(typeof content === 'string' ? new TextEncoder().encode(content) : content);
  return linesWithBadBytes.length > 0 ? { name, text, linesWithBadBytes } : { name, text };
}

describe('bad inputs, one row per class: records kept, rejections and warnings with file and line', () => {
  for (const row of BAD_INPUTS) {
    it(row.name, () => {
      const result = ingest(row.files.map((file) => decoded(file.name, file.content)));
      expect(result.records.map((record) => record.title)).toEqual(row.titles);
      expect(result.rejections.map((issue) => issueShape(issue))).toEqual(expectedIssues(row.rejections));
      expect(result.warnings.map((issue) => issueShape(issue))).toEqual(expectedIssues(row.warnings));
      expectEveryRecordAccountedFor(row, result);
      row.check?.(result);
    });
  }
});

describe('ingest', () => {
  it('one paper in two inputs is one record with both sources (by arXiv id, else title)', () => {
    const listing = parseListing(seed, 'seeds/llama-2-7b.txt').records;
    const kron = listing.find((r) => r.title.startsWith('Kron-LoRA'))!;
    const json = JSON.stringify([
      { title: kron.title.toUpperCase(), abstract: 'short', authors: ['Yixin Shen'], id: '2508.01961', categories: ['cs.LG'] },
      { title: 'Kron-LoRA: hybrid Kronecker-LoRA adapters for scalable, sustainable fine-tuning', abstract: 'x', authors: [], id: '2508.01961v2' },
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

  it('a format can be forced by name, and lines with bad bytes are reported for whole-text formats', () => {
    expect(ingestOne({ name: 'x.data', text: '{"title":"A"}\n' }, 'jsonl').records[0]!.sources).toEqual([{ file: 'x.data', line: 1, record: 0 }]);
    const many = ingestOne({ name: 'l.json', text: '[{"title":"A"}]', linesWithBadBytes: Array.from({ length: 30 }, (_, n) => n + 1) });
    expect(many.warnings).toHaveLength(21);
    expect(many.warnings[20]!.message).toMatch(/^10 more lines with bytes that are not UTF-8 \(lines 21–30\)/);
  });
});
