import { describe, expect, it } from 'vitest';
import { mergeRecords, titleKey } from '../../src/ingest/merge.ts';
import type { PaperRecord } from '../../src/types.ts';

const paper = (title: string, file: string, extra: Partial<PaperRecord> = {}): PaperRecord => ({
  title,
  abstract: '',
  authors: [],
  tags: [],
  sources: [{ file, line: 1 }],
  ...extra,
});

describe('merging records', () => {
  it('title keys ignore case, accents, punctuation and LaTeX', () => {
    expect(titleKey('E$^3$-Pruner: Towards Efficiency')).toBe(titleKey('e3 pruner — towards efficiency'));
    expect(titleKey('Café Models')).toBe(titleKey('CAFE MODELS'));
  });

  it('by arXiv id, else by title; fields fill in, sources add up', () => {
    const { records, conflicts } = mergeRecords([
      paper('Kron-LoRA: Adapters', 'a.txt', { abstract: 'long abstract here', tags: ['llama-2-7b'] }),
      paper('KRON-LORA: ADAPTERS', 'b.json', { arxivId: '2508.01961', abstract: 'short', categories: ['cs.LG'] }),
      paper('Kron-LoRA: Adapters', 'c.json', { arxivId: '2508.01961' }),
      paper('Other', 'd.json', { arxivId: '2601.00001' }),
    ]);
    expect(conflicts).toEqual([]);
    expect(records.map((r) => [r.title, r.arxivId, r.abstract, r.tags, r.categories, r.sources.map((s) => s.file)])).toEqual([
      ['Kron-LoRA: Adapters', '2508.01961', 'long abstract here', ['llama-2-7b'], ['cs.LG'], ['a.txt', 'b.json', 'c.json']],
      ['Other', '2601.00001', '', [], undefined, ['d.json']],
    ]);
  });

  it('the same arXiv id under two titles: the first kept whole, the other left out and reported with both sources', () => {
    const first = paper('Attention Is All You Need', 'a.jsonl', { arxivId: '1706.03762', abstract: 'short', authors: ['A'] });
    const other = paper('A Different Paper Entirely', 'b.jsonl', { arxivId: '1706.03762', abstract: 'a much longer abstract that must not leak', authors: ['X', 'Y'], sources: [{ file: 'b.jsonl', line: 7, record: 6 }] });
    const { records, conflicts } = mergeRecords([first, other]);
    expect(records).toEqual([{ ...first }]);
    expect(conflicts).toEqual([
      {
        file: 'b.jsonl',
        line: 7,
        record: 6,
        message: expect.stringMatching(/^arXiv id 1706\.03762 is already "Attention Is All You Need" \(a\.jsonl:1\); this record's title "A Different Paper Entirely" differs/),
      },
    ]);
  });

  it('the same title under two arXiv ids stays two papers', () => {
    const { records, conflicts } = mergeRecords([paper('Survey', 'a', { arxivId: '2401.00001' }), paper('Survey', 'b', { arxivId: '2401.00002' })]);
    expect(records).toHaveLength(2);
    expect(conflicts).toEqual([]);
  });
});
