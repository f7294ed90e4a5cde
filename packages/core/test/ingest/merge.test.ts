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

  it('the same arXiv id under a title told a little apart: the first kept whole, the other left out and reported with both sources', () => {
    const first = paper('Attention Is All You Need', 'a.jsonl', { arxivId: '1706.03762', abstract: 'short', authors: ['A'] });
    const other = paper('Attention Is All You Need (Extended Version)', 'b.jsonl', { arxivId: '1706.03762', abstract: 'a much longer abstract that must not leak', authors: ['X', 'Y'], sources: [{ file: 'b.jsonl', line: 7, record: 6 }] });
    const { records, conflicts, warnings } = mergeRecords([first, other]);
    expect(records).toEqual([{ ...first }]);
    expect(warnings).toEqual([]);
    expect(conflicts).toEqual([
      {
        file: 'b.jsonl',
        line: 7,
        record: 6,
        message: expect.stringMatching(/^arXiv id 1706\.03762 is already "Attention Is All You Need" \(a\.jsonl:1\); this record's title "Attention Is All You Need \(Extended Version\)" differs/),
      },
    ]);
  });

  it('the same arXiv id under a wholly different title (a library that copied one id onto another paper): two papers, the later without the id', () => {
    const first = paper('Attention Is All You Need', 'library.bib', { arxivId: '1706.03762' });
    const other = paper('BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding', 'library.bib', { arxivId: '1706.03762', doi: '10.18653/v1/N19-1423', sources: [{ file: 'library.bib', line: 12 }] });
    const { records, conflicts, warnings } = mergeRecords([first, other]);
    expect(conflicts).toEqual([]);
    expect(records.map((r) => [r.title, r.arxivId, r.doi])).toEqual([
      ['Attention Is All You Need', '1706.03762', undefined],
      ['BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding', undefined, '10.18653/v1/N19-1423'],
    ]);
    expect(warnings).toEqual([
      {
        file: 'library.bib',
        line: 12,
        message:
          'arXiv id 1706.03762 is also "Attention Is All You Need" (library.bib:1), a different work: "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding" is read as a paper of its own, without that arXiv id',
      },
    ]);
    // Its other ids still merge it: the same BERT read again by its DOI joins it.
    const again = mergeRecords([first, other, paper('BERT: Pre-Training of Deep Bidirectional Transformers for Language Understanding', 'acl.bib', { doi: '10.18653/v1/n19-1423' })]);
    expect(again.records.map((r) => r.sources.map((source) => source.file))).toEqual([['library.bib'], ['library.bib', 'acl.bib']]);
    // The records given are not changed.
    expect(other.arxivId).toBe('1706.03762');
  });

  it('the same title under two arXiv ids stays two papers', () => {
    const { records, conflicts } = mergeRecords([paper('Survey', 'a', { arxivId: '2401.00001' }), paper('Survey', 'b', { arxivId: '2401.00002' })]);
    expect(records).toHaveLength(2);
    expect(conflicts).toEqual([]);
  });

  it('by DOI (any case), an arXiv DOI as the arXiv id, else by OpenAlex or Semantic Scholar id', () => {
    const { records, conflicts } = mergeRecords([
      paper('GloVe: Global Vectors for Word Representation', 'openalex.json', { doi: '10.3115/v1/d14-1162', ids: { openalex: 'W2250539671' } }),
      paper('GloVe: Global vectors for word representation.', 'refs.bib', { doi: '10.3115/V1/D14-1162' }),
      paper('Google’s Neural Machine Translation System', 'a.json', { arxivId: '1609.08144' }),
      paper("Google's Neural Machine Translation System", 'b.json', { doi: '10.48550/arxiv.1609.08144', ids: { openalex: 'W2525778437' } }),
      paper('Computing Machinery and Intelligence', 's2.json', { ids: { s2: '2d5673caa9e6af3a7b82a43f19ee920992db07ad' } }),
      paper('Computing machinery and intelligence', 'more.json', { ids: { s2: '2d5673caa9e6af3a7b82a43f19ee920992db07ad', corpusId: '14636783' } }),
      paper('GloVe', 'x.json', { ids: { openalex: 'W2250539671' } }),
    ]);
    expect(records.map((r) => [r.title, r.sources.map((s) => s.file)])).toEqual([
      ['GloVe: Global Vectors for Word Representation', ['openalex.json', 'refs.bib']],
      ['Google’s Neural Machine Translation System', ['a.json', 'b.json']],
      ['Computing Machinery and Intelligence', ['s2.json', 'more.json']],
    ]);
    expect(records[1]).toMatchObject({ arxivId: '1609.08144', doi: '10.48550/arxiv.1609.08144', ids: { openalex: 'W2525778437' } });
    expect(records[2]!.ids).toEqual({ s2: '2d5673caa9e6af3a7b82a43f19ee920992db07ad', corpusId: '14636783' });
    // The same OpenAlex id under another title: a conflict naming both sources.
    expect(conflicts).toEqual([
      { file: 'x.json', line: 1, message: expect.stringMatching(/^OpenAlex id W2250539671 is already "GloVe: Global Vectors for Word Representation" \(openalex\.json:1\); this record's title "GloVe" differs/) },
    ]);
  });

  it('a record with an arXiv DOI only gets the arXiv id (its key), and joins a record with that id', () => {
    const { records } = mergeRecords([paper('Measuring prominence', 'oa.json', { doi: '10.48550/arxiv.2007.14454' }), paper('Measuring Prominence', 'arxiv.json', { arxivId: '2007.14454', categories: ['cs.DL'] })]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ arxivId: '2007.14454', categories: ['cs.DL'] });
  });

  it('the same DOI under two titles alike is a conflict, under two other titles two works (chapters with their book\'s DOI); the same title under two DOIs stays two papers', () => {
    const same = mergeRecords([paper('Deep Residual Learning', 'a', { doi: '10.1109/cvpr.2016.90' }), paper('Deep Residual Learning for Image Recognition', 'b', { doi: '10.1109/CVPR.2016.90' })]);
    expect(same.records).toHaveLength(1);
    expect(same.conflicts.map((c) => c.message)).toEqual([expect.stringMatching(/^DOI 10\.1109\/cvpr\.2016\.90 is already "Deep Residual Learning" \(a:1\)/)]);
    const chapters = mergeRecords([
      paper('Word Embeddings', 'book.bib', { doi: '10.1007/978-3-031-02165-7' }),
      paper('Recurrent Neural Networks', 'book.bib', { doi: '10.1007/978-3-031-02165-7' }),
    ]);
    expect(chapters.conflicts).toEqual([]);
    expect(chapters.records.map((r) => [r.title, r.doi])).toEqual([
      ['Word Embeddings', '10.1007/978-3-031-02165-7'],
      ['Recurrent Neural Networks', undefined],
    ]);
    expect(chapters.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^DOI 10\.1007\/978-3-031-02165-7 is also "Word Embeddings" \(book\.bib:1\), a different work/)]);
    const two = mergeRecords([paper('Introduction', 'a', { doi: '10.1/one' }), paper('Introduction', 'b', { doi: '10.1/two' }), paper('Introduction', 'c')]);
    // A record without ids joins the last paper read under its title.
    expect(two.records.map((r) => r.sources.map((s) => s.file))).toEqual([['a'], ['b', 'c']]);
  });

  it('keeps the most precise date, the first year, DOI and ids, the authors\' ids by name, and the union of references', () => {
    const { records } = mergeRecords([
      paper('Glove', 'bib', { year: 2014, date: '2014', authors: ['Jeffrey Pennington', 'Richard Socher'], references: [{ openalex: 'W1' }, { doi: '10.1/a' }] }),
      paper('GloVe', 'oa', {
        year: 2015,
        date: '2014-10-25',
        doi: '10.3115/v1/d14-1162',
        ids: { openalex: 'W2250539671' },
        authors: ['Jeffrey Pennington', 'Richard Socher', 'Christopher D. Manning'],
        authorIds: [{ openalex: 'A5010225522' }, undefined, { orcid: '0000-0001-6155-649X' }],
        references: [{ openalex: 'W2' }, { openalex: 'W1' }],
      }),
      paper('GLOVE', 's2', { authors: ['Richard Socher'], authorIds: [{ s2: '2166511' }], references: [{ doi: '10.1/A', s2: 'abc', title: 'A' }], citedBy: [{ s2: 'def' }] }),
    ]);
    expect(records).toHaveLength(1);
    const merged = records[0]!;
    expect(merged).toMatchObject({ year: 2014, date: '2014-10-25', doi: '10.3115/v1/d14-1162', ids: { openalex: 'W2250539671' } });
    expect(merged.authors).toEqual(['Jeffrey Pennington', 'Richard Socher', 'Christopher D. Manning']);
    expect(merged.authorIds).toEqual([{ openalex: 'A5010225522' }, { s2: '2166511' }, { orcid: '0000-0001-6155-649X' }]);
    expect(merged.references).toEqual([{ openalex: 'W1' }, { doi: '10.1/a', s2: 'abc', title: 'A' }, { openalex: 'W2' }]);
    expect(merged.citedBy).toEqual([{ s2: 'def' }]);
  });

  it('a record without a title waits for one of the same work; never given one, it is rejected for each of its sources', () => {
    const untitled = paper('', 'oa.json', { doi: '10.18653/v1/n19-1423', ids: { openalex: 'W2963341956' }, authors: ['Jacob Devlin'], sources: [{ file: 'oa.json', record: 1 }] });
    const named = mergeRecords([untitled, paper('BERT: Pre-training of Deep Bidirectional Transformers', 's2.json', { doi: '10.18653/V1/N19-1423', arxivId: '1810.04805' })]);
    expect(named.conflicts).toEqual([]);
    expect(named.records).toEqual([expect.objectContaining({ title: 'BERT: Pre-training of Deep Bidirectional Transformers', arxivId: '1810.04805', authors: ['Jacob Devlin'] })]);
    // Once titled, it is found by its title too.
    expect(mergeRecords([untitled, paper('BERT', 'a', { doi: '10.18653/v1/n19-1423' }), paper('bert', 'b')]).records.map((r) => r.sources.length)).toEqual([3]);
    const alone = mergeRecords([untitled, { ...untitled, sources: [{ file: 'again.jsonl', line: 4, record: 3 }] }, paper('Other', 'c')]);
    expect(alone.records.map((r) => r.title)).toEqual(['Other']);
    expect(alone.conflicts).toEqual([
      { file: 'oa.json', record: 1, message: 'no title (DOI 10.18653/v1/n19-1423, OpenAlex id W2963341956), and no other input names this work with one' },
      { file: 'again.jsonl', line: 4, record: 3, message: 'no title (DOI 10.18653/v1/n19-1423, OpenAlex id W2963341956), and no other input names this work with one' },
    ]);
  });

  it('a record naming two works read before by different ids joins them: the same paper from three sources', () => {
    const bibtex = paper('{BERT}: Pre-training of Deep Bidirectional Transformers', 'refs.bib', { arxivId: '1810.04805' });
    const openalex = paper('', 'openalex.json', { doi: '10.18653/v1/n19-1423', ids: { openalex: 'W2963341956' }, references: [{ openalex: 'W2250539671' }] });
    const s2 = paper('BERT: Pre-training of Deep Bidirectional Transformers', 's2.json', { arxivId: '1810.04805', doi: '10.18653/v1/n19-1423', ids: { s2: 'df2b' } });
    const { records, conflicts } = mergeRecords([bibtex, openalex, s2, paper('bert pre-training of deep bidirectional transformers', 'later.json', { ids: { openalex: 'W2963341956' } })]);
    expect(conflicts).toEqual([]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ title: bibtex.title, arxivId: '1810.04805', doi: '10.18653/v1/n19-1423', ids: { s2: 'df2b', openalex: 'W2963341956' }, references: [{ openalex: 'W2250539671' }] });
    expect(records[0]!.sources.map((s) => s.file)).toEqual(['refs.bib', 's2.json', 'openalex.json', 'later.json']);
    // Two works under different titles stay apart, whatever a third record claims of both.
    const apart = mergeRecords([paper('One Paper', 'a', { arxivId: '2501.00001' }), paper('Another Paper', 'b', { doi: '10.1000/b' }), paper('One Paper', 'c', { arxivId: '2501.00001', doi: '10.1000/b' })]);
    expect(apart.records.map((r) => r.sources.map((s) => s.file))).toEqual([['a', 'c'], ['b']]);
  });

  it('leaves the records it was given unchanged', () => {
    const first = paper('A', 'a', { references: [{ openalex: 'W1' }], ids: { openalex: 'W9' } });
    const copy = structuredClone(first);
    mergeRecords([first, paper('A', 'b', { references: [{ openalex: 'W2' }], ids: { openalex: 'W9', s2: 'x' } })]);
    expect(first).toEqual(copy);
  });
});
