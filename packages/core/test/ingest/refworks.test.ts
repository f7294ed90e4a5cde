import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/ingest/formats.ts';
import { parseRefworks, refworksFormat } from '../../src/ingest/refworks.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/formats/refworks/${name}`, import.meta.url), 'utf8');
const read = (name: string) => parseRefworks(fixture(name), name);

describe('RefWorks tagged (zotero/translators test inputs)', () => {
  it('a journal article: `A1 Allan,Steven`, `JF`, `YR 2002` + `FD Feb`, the abstract; detected by content under any name', () => {
    const text = fixture('journal-article-psycinfo-zotero-translators.txt');
    for (const name of ['export.txt', 'refs.ris', 'refs']) expect(detectFormat(name, text)?.name).toBe('refworks');
    const { records, rejections, warnings } = read('journal-article-psycinfo-zotero-translators.txt');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      title: 'Anger and anger expression in relation to perceptions of social rank, entrapment and depressive symptoms',
      authors: ['Steven Allan', 'Paul Gilbert'],
      date: '2002-02',
      year: 2002,
      venue: 'Personality & Individual Differences',
      sources: [{ file: 'journal-article-psycinfo-zotero-translators.txt', line: 1, record: 0 }],
    });
    expect(records[0]!.abstract).toMatch(/^Explored the relationship between self-report measures of anger/);
  });

  it('a book section: the editor (`A2`) is not an author, the book (`T2`) is the venue; a dissertation without venue', () => {
    expect(read('book-section-psycinfo-zotero-translators.txt').records.map((record) => [record.title, record.authors, record.date, record.venue])).toEqual([
      ['Depression and coronary heart disease', ['Stephen Stansfeld', 'Rebecca Fuhrer'], '2002', 'Stress and the heart: Psychosocial pathways to coronary heart disease'],
    ]);
    expect(read('dissertation-cinahl-zotero-translators.txt').records.map((record) => [record.title, record.authors, record.date, record.venue ?? null])).toEqual([
      ['Effect of a case management intervention on symptoms of asthma in high risk children', ['C.D. Catrambone'], '2000', null],
    ]);
  });

  it("RefWorks' own download: the tag legend before `BEGIN EXPORTED REFERENCES` is no record and no warning; `FD 01/01`; the DOI in `NO doi: …`", () => {
    const text = fixture('refworks-download-with-legend-zotero-translators.txt');
    expect(refworksFormat.sniff(text)).toBe(1);
    const { records, rejections, warnings } = read('refworks-download-with-legend-zotero-translators.txt');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records.map((record) => [record.sources[0]!.line, record.title, record.authors, record.date, record.doi, record.venue])).toEqual([
      [94, "The Empire's New Clothes", ['Timothy Brennan'], '2003-01-01', '10.1086/374030', 'Critical Inquiry'],
    ]);
  });

  it('`VO` is the volume: a journal article\'s, a book section\'s (its book\'s volume); none for a dissertation', () => {
    const volumes = (name: string) => read(name).records.map((record) => record.volume ?? null);
    expect(volumes('journal-article-psycinfo-zotero-translators.txt')).toEqual(['32']);
    expect(volumes('book-section-psycinfo-zotero-translators.txt')).toEqual(['1']);
    expect(volumes('refworks-download-with-legend-zotero-translators.txt')).toEqual(['29']);
    expect(volumes('dissertation-cinahl-zotero-translators.txt')).toEqual([null]);
  });

  it('records follow one another after blank lines; one without T1 is rejected by the line of its RT; RIS is not RefWorks', () => {
    const text = 'RT Journal Article\nSR Electronic(1)\nA1 Lars G. Willighagen\nJF PeerJ Computer Science\nYR 2019\nFD august 12\nT1 Citation.js: a format-independent, modular bibliography tool for the browser and command line\n\nRT Journal Article\nA1 Nobody\nYR 2020\n';
    const result = parseRefworks(text, 'two.txt');
    expect(result.records.map((record) => [record.title.slice(0, 11), record.authors, record.date])).toEqual([['Citation.js', ['Lars G. Willighagen'], '2019-08-12']]);
    expect(result.rejections).toEqual([{ file: 'two.txt', line: 9, record: 1, message: 'record has no title (T1)' }]);
    expect(refworksFormat.sniff('TY  - JOUR\nTI  - T\nER  - \n')).toBe(0);
    expect(refworksFormat.sniff('RT is a word that starts this sentence.\nAnd nothing else.\n')).toBe(0);
  });
});

describe("CNKI's RefWorks export", () => {
  it('one `A1` line holding all the authors between semicolons (`A1 郝国强;包蕾`) is several authors', () => {
    const text = 'RT Journal Article\nSR 1\nA1 郝国强;包蕾\nAD 广西民族大学民族学与社会学学院;\nT1 共生型现代化\nJF 广西民族研究\nYR 2026\nIS 01\nDS CNKI\n\nRT Journal Article\nA1 宋天琢;郝国强;\nT1 新时代\nYR 2026\n';
    const { records } = parseRefworks(text, 'cnki.txt');
    expect(records.map((record) => record.authors)).toEqual([['郝国强', '包蕾'], ['宋天琢', '郝国强']]);
  });
});
