import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest, ingestOne } from '../../src/ingest/index.ts';
import { mergeRecords, sameTitleSpelt, titleKey } from '../../src/ingest/merge.ts';
import type { PaperRecord } from '../../src/types.ts';

const fixture = (path: string): PaperRecord[] => {
  const name = `test/fixtures/formats/${path}`;
  return ingestOne({ name, text: readFileSync(new URL(`../fixtures/formats/${path}`, import.meta.url), 'utf8') }).records;
};

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

  it('real exports: one DOI under titles two databases spell apart (a lost θ, `(invited)`, `15 × 15nm 2`) is one work with both sources, and a warning saying what differed', () => {
    const read = (path: string) => ({ name: path, text: readFileSync(new URL(`../fixtures/formats/${path}`, import.meta.url), 'utf8') });
    const { records, rejections, warnings } = ingest([read('ris/scopus-same-doi-titles-bibx.ris'), read('web-of-science/savedrecs-same-doi-titles-bibx.txt')]);
    expect(rejections).toEqual([]);
    expect(records.map((record) => [record.doi, record.sources.map((source) => `${source.file}:${source.line}`)])).toEqual([
      ['10.7567/jjap.55.06gm03', ['ris/scopus-same-doi-titles-bibx.ris:1', 'web-of-science/savedrecs-same-doi-titles-bibx.txt:3']],
      ['10.1063/1.4914051', ['ris/scopus-same-doi-titles-bibx.ris:53', 'web-of-science/savedrecs-same-doi-titles-bibx.txt:87']],
      ['10.1143/jjap.51.06fb02', ['ris/scopus-same-doi-titles-bibx.ris:97', 'web-of-science/savedrecs-same-doi-titles-bibx.txt:167']],
    ]);
    // The first title read is kept.
    expect(records[1]!.title).toBe('Spinstand demonstration of areal density enhancement using two-dimensional magnetic recording (invited)');
    expect(warnings.map((warning) => [warning.line, warning.message.replace(/^.*the titles differing only in /, '')])).toEqual([
      [3, 'the word "theta" in one title only'],
      [87, 'the note "(invited)" after one title'],
      [167, 'punctuation, spacing or symbols'],
    ]);
    expect(warnings[0]!.message).toMatch(/^DOI 10\.7567\/jjap\.55\.06gm03 is also "Nanohole and dot patterning processes on quartz substrate by R-electron beam lithography and nanoimprinting" \(ris\/scopus-same-doi-titles-bibx\.ris:1\): "Nanohole and dot patterning processes on quartz substrate by R-theta electron beam lithography and nanoimprinting" is read as the same work/);
  });

  it('titles spelt apart (invented pairs): symbols, a bracketed note, a lost Greek letter or small word are one title; a subtitle, a part, a changed word are not', () => {
    expect(sameTitleSpelt('Effects of α-Fe₂O₃ on growth', 'Effects of -Fe2O3 on growth')).toBe('the word "alpha" in one title only');
    expect(sameTitleSpelt('Magnetic recording at 1 Tb/in²', 'Magnetic recording at 1 Tb/in(2)')).toBe('punctuation, spacing or symbols');
    expect(sameTitleSpelt('A study of the things [Eine Studie der Dinge]', 'A study of the things')).toBe('the note "[Eine Studie der Dinge]" after one title');
    expect(sameTitleSpelt('Heat-assisted magnetic recording (Invited Paper)', 'Heat assisted magnetic recording')).toBe('the note "(Invited Paper)" after one title');
    expect(sameTitleSpelt('Review of patterned media', 'A review of patterned media')).toBe('the word "a" in one title only');
    for (const [a, b] of [
      ['Attention Is All You Need', 'Attention Is All You Need (Extended Version)'],
      ['Deep Residual Learning', 'Deep Residual Learning for Image Recognition'],
      ['Handbook of magnetism, Part I', 'Handbook of magnetism, Part II'],
      ['Handbook of magnetism', 'Handbook of magnetism (Part 2)'],
      ['Handbook of magnetism', 'Handbook of magnetism 2'],
      ['Patterned media for recording', 'Patterned media for writing'],
      ['Editorial', 'The editorial'],
    ]) expect(sameTitleSpelt(a!, b!)).toBeUndefined();
  });

  it('keeps the most precise date and its year, the first DOI and ids, the authors\' ids by name, each source\'s reference list and the union of citers', () => {
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
    // Each source's list apart, the first read first: a DOI and an OpenAlex id of one work cannot be matched here.
    expect(merged.references).toEqual([{ openalex: 'W1' }, { doi: '10.1/a' }]);
    expect(merged.moreReferences).toEqual([[{ openalex: 'W2' }, { openalex: 'W1' }], [{ doi: '10.1/A', s2: 'abc', title: 'A' }]]);
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
    // The DOI the third record gave stays the other paper's: no two papers share an id.
    expect(apart.records.map((r) => [r.arxivId, r.doi])).toEqual([
      ['2501.00001', undefined],
      [undefined, '10.1000/b'],
    ]);
    expect(apart.warnings.map((w) => [w.file, w.message])).toEqual([
      ['c', 'DOI 10.1000/b is also "Another Paper" (b:1), a paper of a title told apart: "One Paper" joins "One Paper" (a:1) by its arXiv id 2501.00001 and title, and the DOI stays the other\'s'],
    ]);
  });

  it('a source read twice (the same list again) adds no list; a record merged again keeps its lists', () => {
    const list = [{ openalex: 'W1' }, { doi: '10.1/a' }];
    const twice = mergeRecords([paper('A', 'a', { references: list, ids: { openalex: 'W9' } }), paper('A', 'a2', { references: [{ openalex: 'W1' }, { doi: '10.1/A' }], ids: { openalex: 'W9' } })]).records[0]!;
    expect(twice.references).toEqual(list);
    expect(twice.moreReferences).toBeUndefined();
    // An update merges the build's records (lists apart already) with new ones.
    const built = mergeRecords([paper('A', 'a', { references: list, ids: { openalex: 'W9' } }), paper('A', 'b', { references: [{ doi: '10.1/b' }], ids: { openalex: 'W9' } })]).records;
    const again = mergeRecords([...built, paper('A', 'c', { references: [{ s2: 'x' }], ids: { openalex: 'W9' } })], built.length).records[0]!;
    expect([again.references, ...(again.moreReferences ?? [])]).toEqual([list, [{ doi: '10.1/b' }], [{ s2: 'x' }]]);
  });

  it('leaves the records it was given unchanged', () => {
    const first = paper('A', 'a', { references: [{ openalex: 'W1' }], ids: { openalex: 'W9' } });
    const copy = structuredClone(first);
    mergeRecords([first, paper('A', 'b', { references: [{ openalex: 'W2' }], ids: { openalex: 'W9', s2: 'x' } })]);
    expect(first).toEqual(copy);
  });

  it('one title, two works: authors with no family name in common keep them apart, with a warning naming both', () => {
    const a = paper('Editorial', 'ed.bib', { authors: ['John Smith'], venue: 'Journal of A', year: 2019 });
    const b = paper('Editorial', 'ed.bib', { authors: ['Jane Doe'], venue: 'Journal of B', year: 2021, sources: [{ file: 'ed.bib', line: 2 }] });
    const { records, conflicts, warnings } = mergeRecords([a, b]);
    expect(conflicts).toEqual([]);
    expect(records.map((r) => [r.authors, r.sources.map(({ line }) => line)])).toEqual([[['John Smith'], [1]], [['Jane Doe'], [2]]]);
    expect(warnings).toEqual([{ file: 'ed.bib', line: 2, message: 'the title "Editorial" is also that of "Editorial" (ed.bib:1), a different work (no author in common): read as a paper of its own' }]);
    // A third record of the first work joins it, not the second: "J. Smith" is John Smith; nothing else is told.
    const c = paper('EDITORIAL', 'more.bib', { authors: ['J. Smith'], year: 2020 });
    const three = mergeRecords([a, b, c, paper('Editorial', 'bare.json')]);
    expect(three.records.map((r) => r.sources.map((source) => source.file))).toEqual([['ed.bib', 'more.bib'], ['ed.bib', 'bare.json']]);
    expect(three.warnings).toHaveLength(1);
    // A fourth work apart from both: one warning, naming the first paper of the title.
    const d = mergeRecords([a, b, paper('Editorial', 'd.bib', { authors: ['Richard Roe'] })]);
    expect(d.records).toHaveLength(3);
    expect(d.warnings.map((w) => w.message)).toEqual([expect.stringContaining('(ed.bib:1)'), expect.stringContaining('(ed.bib:1)')]);
    // "Introduction" with a DOI and one without: the DOI does not decide, the authors do.
    const intro = mergeRecords([paper('Introduction', 'x', { doi: '10.1000/intro', authors: ['Richard Roe'] }), paper('Introduction', 'y', { authors: ['Edgar Poe'] })]);
    expect(intro.records).toHaveLength(2);
    // Years tell nothing (a conference paper and its journal version, a preprint and its publication), nor do
    // placeholders or names in another script (a transliteration shares no letter): one paper each time.
    expect(mergeRecords([paper('Editorial', 'p', { authors: ['John Smith'], year: 2019 }), paper('Editorial', 'q', { authors: ['John Smith'], year: 2022 })]).records).toHaveLength(1);
    expect(mergeRecords([paper('Editorial', 'p', { authors: ['John Smith'] }), paper('Editorial', 'q', { authors: ['others'] })]).records).toHaveLength(1);
    expect(mergeRecords([paper('Editorial', 'p', { authors: ['Anonymous'] }), paper('Editorial', 'q', { authors: ['Jane Doe'] })]).records).toHaveLength(1);
    expect(mergeRecords([paper('T', 'p', { authors: ['Иван Петров'] }), paper('T', 'q', { authors: ['Ivan Petrov'] })]).records).toHaveLength(1);
    expect(mergeRecords([paper('T', 'p', { authors: ['王 伟', '李 娜'] }), paper('T', 'q', { authors: ['王 伟', '李 娜'] })]).records).toHaveLength(1);
    expect(mergeRecords([paper('T', 'p', { authors: ['He K', 'Sun J'] }), paper('T', 'q', { authors: ['He K', 'Sun J'] })]).records).toHaveLength(1);
    // Letters NFKD keeps whole and umlauts written out are the same names.
    expect(mergeRecords([paper('T', 'p', { authors: ['Łukasz Kaiser'] }), paper('T', 'q', { authors: ['Lukasz Kaiser'] })]).records).toHaveLength(1);
    expect(mergeRecords([paper('T', 'p', { authors: ['Jürgen Müller'] }), paper('T', 'q', { authors: ['Juergen Mueller'] })]).records).toHaveLength(1);
  });

  it('records of one title that agree still merge: a family name in common, adjacent years, fields missing', () => {
    const { records, warnings } = mergeRecords([
      paper('Attention Is All You Need', 'listing.txt', { arxivId: '1706.03762', authors: ['Ashish Vaswani', 'Noam Shazeer'], year: 2017 }),
      paper('Attention is all you need', 'refs.bib', { authors: ['A. Vaswani', 'N. Shazeer', 'N. Parmar'], year: 2018 }),
      paper('Attention Is All You Need', 'scholar.csv', { authors: ['Vaswani'] }),
      paper('Attention is All you Need', 'notes.json', { year: 2017 }),
    ]);
    expect(warnings).toEqual([]);
    expect(records).toHaveLength(1);
    expect(records[0]!.authors).toEqual(['Ashish Vaswani', 'Noam Shazeer', 'N. Parmar']);
    // Real records (fixtures): Google Scholar's garbled author lists of one paper share a family name; so do
    // Better BibTeX's "Yuanhao Wang*" and "Yuanhao Wang".
    const scholar = mergeRecords(fixture('csv/publish-or-perish-google-scholar.csv').filter((r) => /^A Nested Matrix-Tensor/.test(r.title)));
    expect(scholar.records).toHaveLength(1);
    // Its initials run together ("HGM Debbah", "M Debbah") are one person each: four authors, none twice.
    expect(scholar.records[0]!.authors.map((name) => name.split(' ').pop())).toEqual(['Seddik', 'Achab', 'Goulart', 'Debbah']);
    const zotero = mergeRecords(fixture('zotero-json/better-bibtex-openreview-arxiv.json').filter((r) => /^On Solving Minimax/.test(r.title)));
    expect(zotero.records).toHaveLength(1);
  });

  it('real exports: two records titled "Primary Title" (APA PsycInfo 2020, JSTOR 2014) without their DOIs, authors sharing a word, are one paper', () => {
    // ("Author-One" and "First-Author" share the word "author"; years tell nothing.)
    const records = [...fixture('ris/apa-psycinfo-colrev.ris'), ...fixture('ris/jstor-colrev.ris')].filter((r) => r.title === 'Primary Title').map(({ doi: _doi, ...rest }) => rest);
    expect(records.map((r) => r.year)).toEqual([2020, 2014]);
    const { records: merged, warnings } = mergeRecords(records);
    expect(merged).toHaveLength(1);
    expect(warnings).toEqual([]);
  });

  it('one library, one title in eight years, no ids: the volumes of collected works stay eight works, each with a warning (ArmEnBib, Zotero RDF)', () => {
    const volumes = fixture('zotero-rdf/armenian-collected-works-volumes-armenbib-trimmed.rdf');
    expect(volumes.filter((r) => r.title === 'Երկեր [Works]').map((r) => r.year)).toEqual([1985, 1968, 1974, 1971, 1970, 1967, 1975, 1966]);
    const { records, warnings } = mergeRecords(volumes);
    expect(records).toHaveLength(9);
    expect(warnings).toHaveLength(7);
    expect(warnings[0]!.message).toMatch(/a different work \(1968 and 1985 in one file, neither with an id: volumes or editions\): read as a paper of its own$/);
    // Across files, years still tell nothing (a preprint and its publication); nor in one file when a record has an id.
    const [first, second] = volumes;
    expect(mergeRecords([first!, { ...second!, sources: [{ file: 'other.rdf', record: 0 }] }]).records).toHaveLength(1);
    const { volume: _volume, ...unnumbered } = second!;
    expect(mergeRecords([first!, { ...unnumbered, doi: '10.1/x' }]).records).toHaveLength(1);
    // (that second record names its volume, 3, as the first does, 8: different volumes stay apart, id or not)
    expect([first!.volume, second!.volume]).toEqual(['8', '3']);
    expect(mergeRecords([first!, { ...second!, doi: '10.1/x' }]).records).toHaveLength(2);
  });

  it('one library, one title, one year, different volumes: volumes 22, 23, 24 (2007) and 6, 7 (2012) stay five works (ArmEnBib, Zotero RDF)', () => {
    const volumes = fixture('zotero-rdf/armenian-same-year-volumes-armenbib-trimmed.rdf');
    expect(volumes.map((r) => [r.year, r.volume])).toEqual([[2012, '6'], [2007, '22'], [2007, '23'], [2007, '24'], [2012, '7']]);
    const { records, warnings } = mergeRecords(volumes);
    expect(records.map((r) => r.volume)).toEqual(['6', '22', '23', '24', '7']);
    expect(warnings.map((w) => w.message.replace(/^.*a different work \((.*)\): read as a paper of its own$/, '$1'))).toEqual([
      'volumes 22 and 23 in one file',
      'volumes 22 and 24 in one file',
      'volumes 6 and 7 in one file',
    ]);
    // A record without a volume merges as before (invented: volume 23 without its volume), and volumes across files
    // tell nothing (a series volume in one library, a journal volume in another).
    const [, v22, v23] = volumes;
    const { volume: _volume, ...unnumbered } = v23!;
    expect(mergeRecords([v22!, unnumbered]).records).toHaveLength(1);
    expect(mergeRecords([v22!, { ...v23!, sources: [{ file: 'other.rdf', record: 0 }] }]).records).toHaveLength(1);
    // `Vol. 22` and `22` are one volume, and so are `022` and `22` (JHEP writes its volumes `03`).
    expect(mergeRecords([v22!, { ...v23!, volume: 'Vol. 22' }]).records).toHaveLength(1);
    expect(mergeRecords([v22!, { ...v23!, volume: '022' }]).records).toHaveLength(1);
  });

  it('authors of two records of one paper: the union, each person once under the fuller spelling, ids aligned', () => {
    const full = paper('Shared', 'a.bib', { doi: '10.1000/shared', authors: ['John Smith', 'Jane Doe'], authorIds: [undefined, { orcid: '0000-0002-1825-0097' }] });
    const short = paper('Shared', 'b.ris', { doi: '10.1000/SHARED', authors: ['J. Smith', 'J. Doe', 'Richard Roe'], authorIds: [{ openalex: 'A1' }, { openalex: 'A2' }, undefined] });
    for (const order of [[full, short], [short, full]]) {
      const [merged] = mergeRecords(order).records;
      expect(merged!.authors).toEqual(['John Smith', 'Jane Doe', 'Richard Roe']);
      expect(merged!.authorIds).toEqual([{ openalex: 'A1' }, { orcid: '0000-0002-1825-0097', openalex: 'A2' }, undefined]);
    }
    // The longer list's order (the first on a tie); a name of the other that matches no one is not added (another
    // spelling of someone listed far more often than a missing author: no one is listed twice).
    const [both] = mergeRecords([
      paper('T', 'a', { authors: ['John A. Smith', 'Ann Lee', 'Bo Chen'] }),
      paper('T', 'b', { authors: ['A. Smith', 'Bo Chen', 'J. A. Smith'] }),
    ]).records;
    // "J. A." is John A. Smith, surer than "A. Smith" (perhaps him by his middle name, perhaps not): that one stays.
    expect(both!.authors).toEqual(['John A. Smith', 'Ann Lee', 'Bo Chen']);
    const [kaiser] = mergeRecords([
      paper('Attention', 'dblp.bib', { authors: ['Ashish Vaswani', 'Łukasz Kaiser', 'Illia Polosukhin'] }),
      paper('Attention', 'arxiv.json', { authors: ['Ashish Vaswani', 'Lukasz Kaiser', 'Illia Polosukhin'] }),
    ]).records;
    expect(kaiser!.authors).toEqual(['Ashish Vaswani', 'Łukasz Kaiser', 'Illia Polosukhin']);
    // Real records: EPPI-Reviewer's RIS split "Dos Santos, H.B." into "Dos Santos" and "H B"; Rayyan's has the name.
    const eppi = fixture('ris/eppi-reviewer-asreview.ris').filter((r) => r.title.startsWith('Erratum'));
    const rayyan = fixture('ris/rayyan-asreview.ris').filter((r) => r.title.startsWith('Erratum'));
    const [erratum] = mergeRecords([...eppi, ...rayyan]).records;
    expect(erratum!.authors).toEqual(['L. P. Troiano', 'H.B. Dos Santos', 'H B', 'T. Aureliano', 'A. M. Ghilardi']);
    expect(mergeRecords([...rayyan, ...eppi]).records[0]!.authors).toEqual(erratum!.authors);
  });

  it('papers already merged (the first `settled` records) are not joined to one another by title, later records are', () => {
    const a = paper('Editorial', 'a', { authors: ['John Smith'] });
    const b = paper('Editorial', 'b', { authors: ['Jane Doe', 'John Smith'] });
    expect(mergeRecords([a, b]).records).toHaveLength(1);
    expect(mergeRecords([a, b], 2).records).toHaveLength(2);
    expect(mergeRecords([a, b, paper('Editorial', 'c', { authors: ['J. Doe'] })], 2).records.map((r) => r.sources.length)).toEqual([1, 2]);
  });
});

/** Every order of `items` (the records of a work from several sources, read in any order). */
function orders<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, at) => orders([...items.slice(0, at), ...items.slice(at + 1)]).map((rest) => [item, ...rest]));
}

describe("merging real API answers of one work (paper-qa's recorded OpenAlex, Crossref and Semantic Scholar answers)", () => {
  const read = (path: string) => fixture(path);
  const paperqaOpenAlex = read('openalex/search-paperqa-january-first-paper-qa.json');
  const paperqaS2 = read('semantic-scholar/paper-paperqa-arxiv-paper-qa.json');
  const chemcrowOpenAlex = read('openalex/search-chemcrow-preprint-and-article-paper-qa.json');
  const chemcrowS2 = read('semantic-scholar/paper-chemcrow-doi-and-arxiv-paper-qa.json');
  const hrpOpenAlex = read('openalex/work-bandyopadhyay-1999-paper-qa.json');
  const hrpCrossref = read('crossref/work-bandyopadhyay-1999-paper-qa.json');
  const hrpS2 = read('semantic-scholar/paper-bandyopadhyay-1999-paper-qa.json');

  it("the date whatever the order: OpenAlex's January 1 placeholder gives way to the month the others and the arXiv id agree on", () => {
    // OpenAlex W4389761608 dates PaperQA (arXiv 2312.07559) 2023-01-01; Semantic Scholar 2023-12-08.
    expect(paperqaOpenAlex.map((r) => r.date)).toEqual(['2023-01-01']);
    expect(paperqaS2.map((r) => r.date)).toEqual(['2023-12-08']);
    for (const order of orders([...paperqaOpenAlex, ...paperqaS2])) {
      const { records } = mergeRecords(order);
      expect(records.map((r) => [r.arxivId, r.date, r.year])).toEqual([['2312.07559', '2023-12-08', 2023]]);
    }
    // OpenAlex 2001-01-01, Crossref 2001-02 (issued), Semantic Scholar 2001-02-01: February, whoever comes first.
    expect([hrpOpenAlex, hrpCrossref, hrpS2].map((records) => records[0]!.date)).toEqual(['2001-01-01', '2001-02', '2001-02-01']);
    for (const order of orders([...hrpOpenAlex, ...hrpCrossref, ...hrpS2])) expect(mergeRecords(order).records.map((r) => r.date)).toEqual(['2001-02-01']);
  });

  it('a Semantic Scholar record with the journal DOI and the preprint\'s arXiv id joins the journal article whatever the order; the preprint stays apart, nothing is lost', () => {
    // OpenAlex's page holds the Nature Machine Intelligence article (10.1038/s42256-024-00832-8) and the arXiv
    // preprint 2304.05376, retitled "ChemCrow: …"; Semantic Scholar's record of the article carries both ids.
    expect(chemcrowOpenAlex.map((r) => [r.title, r.doi, r.arxivId])).toEqual([
      ['Augmenting large language models with chemistry tools', '10.1038/s42256-024-00832-8', undefined],
      ['ChemCrow: Augmenting large-language models with chemistry tools', '10.48550/arxiv.2304.05376', '2304.05376'],
    ]);
    expect(chemcrowS2.map((r) => [r.title, r.doi, r.arxivId])).toEqual([['Augmenting large language models with chemistry tools', '10.1038/s42256-024-00832-8', '2304.05376']]);
    // The article is dated by its publication (OpenAlex 2024-05-08), not by Semantic Scholar's date of the preprint
    // whose arXiv id its record carries (2023-04-11, the month of 2304.05376).
    const expected = [
      ['Augmenting large language models with chemistry tools', '10.1038/s42256-024-00832-8', undefined, 'W4396723768', '354dcdebf3f8b5feeed5c62090e0bc1f0c28db06', '2024-05-08', 2],
      ['ChemCrow: Augmenting large-language models with chemistry tools', '10.48550/arxiv.2304.05376', '2304.05376', 'W4365597205', undefined, '2023-01-01', 1],
    ];
    const article = chemcrowOpenAlex[0]!;
    const preprint = chemcrowOpenAlex[1]!;
    const s2 = chemcrowS2[0]!;
    for (const order of orders([article, preprint, s2])) {
      const { records, conflicts, warnings } = mergeRecords(order);
      expect(conflicts).toEqual([]);
      expect(records.map((r) => [r.title, r.doi, r.arxivId, r.ids?.openalex, r.ids?.s2, r.date, r.sources.length]).sort()).toEqual(expected);
      expect(warnings).toHaveLength(1);
      // The message names the arXiv id's paper and says which one the record joined: never that its title "differs".
      expect(warnings[0]!.message).toMatch(/^arXiv id 2304\.05376 (is also|came with) "/);
      expect(warnings[0]!.message).not.toMatch(/differs/);
    }
    // The record joins the article by its DOI and title.
    expect(mergeRecords([article, preprint, s2]).warnings[0]!.message).toBe(
      'arXiv id 2304.05376 is also "ChemCrow: Augmenting large-language models with chemistry tools" (test/fixtures/formats/openalex/search-chemcrow-preprint-and-article-paper-qa.json record 2), a paper of a title told apart: "Augmenting large language models with chemistry tools" joins "Augmenting large language models with chemistry tools" (test/fixtures/formats/openalex/search-chemcrow-preprint-and-article-paper-qa.json record 1) by its DOI 10.1038/s42256-024-00832-8 and title, and the arXiv id stays the other\'s',
    );
    // Read first, it is the article; the preprint read after takes its arXiv id back.
    expect(mergeRecords([s2, preprint]).warnings.map((w) => [w.file, w.record, w.message])).toEqual([
      [
        'test/fixtures/formats/openalex/search-chemcrow-preprint-and-article-paper-qa.json',
        1,
        'arXiv id 2304.05376 came with "Augmenting large language models with chemistry tools" (test/fixtures/formats/semantic-scholar/paper-chemcrow-doi-and-arxiv-paper-qa.json:1, DOI 10.1038/s42256-024-00832-8), a title told a little apart: "ChemCrow: Augmenting large-language models with chemistry tools" is the preprint, read as a paper of its own with that arXiv id, and "Augmenting large language models with chemistry tools" as its publication without it',
      ],
    ]);
    // Without the article: the preprint and the Semantic Scholar record are two papers in either order.
    for (const order of [
      [preprint, s2],
      [s2, preprint],
    ]) {
      const { records, conflicts } = mergeRecords(order);
      expect(conflicts).toEqual([]);
      expect(records.map((r) => [r.doi, r.arxivId, r.date]).sort()).toEqual([
        ['10.1038/s42256-024-00832-8', undefined, '2023-04-11'],
        ['10.48550/arxiv.2304.05376', '2304.05376', '2023-01-01'],
      ]);
    }
  });

  it("an author's ids are kept when sources spell the given name apart at one position: Debasish (OpenAlex), Debashis (Crossref), D. (Semantic Scholar) Bandyopadhyay", () => {
    expect(hrpOpenAlex[0]!.authors[1]).toBe('Debasish Bandyopadhyay');
    expect(hrpCrossref[0]!.authors[1]).toBe('Debashis Bandyopadhyay');
    expect(hrpS2[0]!.authors[1]).toBe('D. Bandyopadhyay');
    for (const order of orders([...hrpOpenAlex, ...hrpCrossref, ...hrpS2])) {
      const { records, warnings } = mergeRecords(order);
      expect(warnings).toEqual([]);
      const [merged] = records;
      expect(merged!.authors).toHaveLength(4);
      expect(merged!.authors[1]).toMatch(/^Debas(?:ish|his) Bandyopadhyay$/);
      expect(merged!.authorIds![1]).toEqual({ openalex: 'A5053039237', orcid: '0000-0001-7993-0777', s2: '1701389' });
      // Uday, third, is not taken for him.
      expect(merged!.authorIds![2]).toMatchObject({ openalex: 'A5012898753', s2: '5343877' });
    }
  });

  it('one family name at one position but different ids of one kind (invented): two people, a warning, no ids mixed', () => {
    const first = paper('Horseradish peroxidase', 'oa.json', { doi: '10.1/x', authors: ['Subrata Adak', 'Debasish Bandyopadhyay'], authorIds: [undefined, { openalex: 'A1' }] });
    const other = paper('Horseradish peroxidase', 'cr.json', { doi: '10.1/x', authors: ['Subrata Adak', 'Debashis Bandyopadhyay'], authorIds: [undefined, { openalex: 'A2', orcid: '0000-0001-0000-0001' }] });
    const { records, warnings } = mergeRecords([first, other]);
    expect(records[0]!.authors).toEqual(['Subrata Adak', 'Debasish Bandyopadhyay']);
    expect(records[0]!.authorIds).toEqual([undefined, { openalex: 'A1' }]);
    expect(warnings.map((w) => [w.file, w.message])).toEqual([
      ['cr.json', 'author 2 is "Debashis Bandyopadhyay" (OpenAlex A2, ORCID 0000-0001-0000-0001) here and "Debasish Bandyopadhyay" (OpenAlex A1) in oa.json:1: one family name at one position but different ids, so two people; "Debashis Bandyopadhyay" is not added to the paper\'s authors'],
    ]);
    // Lists of different lengths are not aligned by position.
    const longer = mergeRecords([first, { ...other, authors: [...other.authors, 'Uday Bandyopadhyay'], authorIds: [undefined, { openalex: 'A2' }, undefined] }]);
    expect(longer.records[0]!.authors).toEqual(['Subrata Adak', 'Debashis Bandyopadhyay', 'Uday Bandyopadhyay']);
    expect(longer.records[0]!.authorIds).toEqual([undefined, { openalex: 'A2' }, undefined]);
  });

  it('an abstract escaped twice (Crossref JATS `&amp;lt;75`, OpenAlex word `(&amp;lt;75`) reads `(<75 K)` from either source', () => {
    const crossref = read('crossref/work-copper-oxide-paperqa.json')[0]!;
    const openalex = read('openalex/title-search-copper-oxide-paperqa.json')[0]!;
    for (const record of [crossref, openalex]) {
      expect(record.doi).toBe('10.1063/1.4938384');
      expect(record.abstract).toContain('stiffened modulii at low temperatures (<75 K) and low strain values (<5%)');
      expect(record.abstract).not.toMatch(/&(?:lt|gt|amp);/);
    }
    expect(mergeRecords([openalex, crossref]).records[0]!.abstract).toContain('(<75 K)');
  });
});
