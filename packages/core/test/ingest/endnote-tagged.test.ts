import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/ingest/formats.ts';
import { endnoteTaggedFormat, parseEndnoteTagged } from '../../src/ingest/endnote-tagged.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/formats/endnote-tagged/${name}`, import.meta.url), 'utf8');
const read = (name: string) => parseEndnoteTagged(fixture(name), name);

describe('EndNote tagged (.enw)', () => {
  it('AIS eLibrary (CoLRev): records that open with `%T` before `%0`, two blank lines between them, `%B` as the venue, `%8 September  1, 2021`', () => {
    const text = fixture('ais-elibrary-colrev.txt');
    expect(text.startsWith('%T How Trust Leads to Commitment')).toBe(true);
    expect(detectFormat('ais_enl.txt', text)?.name).toBe('endnote-tagged');
    const { records, rejections, warnings } = read('ais-elibrary-colrev.txt');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records.map((record) => [record.sources[0]!.line, record.title.slice(0, 40), record.authors, record.date, record.venue])).toEqual([
      [1, 'How Trust Leads to Commitment on Microso', ['Wenbo Guo', 'Detmar W. Straub', 'Pengzhu Zhang', 'Zhao Cai'], '2021-09-01', 'Management Information Systems Quarterly'],
      [17, 'MISQ Volume 45, Issue 3 Table of Content', [], '2021-09-01', 'Management Information Systems Quarterly'],
      [27, 'Subject Index for Volume 45', [], '2021-12-02', 'Management Information Systems Quarterly'],
      [37, 'Decentralized Multi-Agent System Applied', ['Ebrahim Rokrok', 'Miadreza Shafie-khah', 'Gerardo Osório', 'João P. P. Carvalho', 'Joao Catalao'], '2019-01-08', 'Hawaii International Conference on System Sciences 2019 (HICSS-52)'],
      [50, 'A Thematic Analysis of Software Develope', ['Rabby Q. Lavilles', 'Raymund C. Sison'], '2017-07-01', 'PACIS 2017 Proceedings'],
      [61, 'IT INNOVATIONS AND ENTREPRENEURSHIP IN E', ['Rania El-Gazzar', 'Helle Henriksen', 'Fathul Wahid'], '2017-06-10', 'Research Papers'],
    ]);
    expect(records[0]!.abstract).toMatch(/^IS research has extensively examined the role of trust/);
  });

  it('Wiley and HAL (citation-js test inputs): `%R https://doi.org/…`, `%J`, `%8 2022-06-21`; a one-word author kept', () => {
    expect(read('wiley-citation-js.enw').records.map((record) => [record.title, record.authors, record.date, record.doi, record.venue])).toEqual([
      ['Impact of heat shock protein 60KD in combination with outer membrane proteins on immune response against Brucella melitensis', ['Tooba Abbassi-Daloii', 'Soheil Yousefi', 'Mohammad Hadi Sekhavati', 'Mojtaba Tahmoorespur'], '2018', '10.1111/apm.12778', 'APMIS'],
    ]);
    expect(read('hal-citation-js.enw').records.map((record) => [record.title, record.authors, record.date])).toEqual([
      ['Can GPT-3 write an academic paper on itself, with minimal human input?', ['GPT', 'Almira Osmanovic Thunström', 'Steinn Steingrimsson'], '2022-06-21'],
    ]);
  });

  it('Wanfang (zotero/translators): Chinese names, `%H` translated names not read as more authors, a bare DOI in `%R`, the first of two `%J`', () => {
    expect(read('wanfang-zotero-translators.enw').records.map((record) => [record.title, record.authors, record.date, record.doi, record.venue])).toEqual([
      ['参考文献管理工具研究', ['余敏', '朱江', '丁照蕾'], '2009', '10.3969/j.issn.1008-0821.2009.02.027', '现代情报'],
    ]);
  });

  it('`%V` is the volume (AIS eLibrary, Google Scholar, Wanfang, Wiley); a record without `%V` has none', () => {
    const volumes = (name: string) => read(name).records.map((record) => record.volume ?? null);
    expect(volumes('ais-elibrary-colrev.txt')).toEqual(['45', '45', '45', null, null, null]);
    expect(volumes('google-scholar-elizeu.enw')).toEqual([null, '11', null]);
    expect(volumes('wanfang-zotero-translators.enw')).toEqual(['29']);
    expect(volumes('wiley-citation-js.enw')).toEqual(['126']);
  });

  it('library catalogues (zotero/translators): no `%0` at all; two `%0` in a row are one record', () => {
    expect(read('catalogue-title-first-zotero-translators.enw').records.map((record) => [record.title, record.authors, record.date])).toEqual([['Corn', ['W. H. Newman'], '1891']]);
    const two = read('catalogue-two-types-zotero-translators.enw');
    expect(two.rejections).toEqual([]);
    expect(two.records.map((record) => [record.sources[0]!.line, record.title, record.date])).toEqual([[1, 'Diesseits von Eden: der Podcast der katholischen Fakultäten Österreichs & Südtirols', '2021']]);
  });

  it('records without a blank line between them split at the next `%0`; one without `%T` is rejected by its first line; Google Scholar arXiv ids', () => {
    const text = '%0 Journal Article\n%T BERT: Pre-training of deep bidirectional transformers for language understanding\n%A Devlin, Jacob\n%J arXiv preprint arXiv:1810.04805\n%D 2018\n%0 Book\n%A Nobody\n\n%0 Journal Article\n%T Second\n%D 2020\n';
    const result = parseEndnoteTagged(text, 'scholar.enw');
    expect(result.records.map((record) => [record.sources[0]!.line, record.title.slice(0, 4), record.authors, record.arxivId ?? null, record.date])).toEqual([
      [1, 'BERT', ['Jacob Devlin'], '1810.04805', '2018'],
      [9, 'Seco', [], null, '2020'],
    ]);
    expect(result.rejections).toEqual([{ file: 'scholar.enw', line: 6, record: 1, message: 'record has no title (%T)' }]);
  });

  it('text before the first record is a warning that names the record by its `%0` tag', () => {
    const result = parseEndnoteTagged('Exported from a library\n\n%0 Journal Article\n%T A title\n', 'x.enw');
    expect(result.records.map((record) => record.title)).toEqual(['A title']);
    expect(result.warnings).toEqual([{ file: 'x.enw', line: 1, message: 'text outside a %0 record: ignored' }]);
  });

  it('sniffing: tag lines only, with a type, title or author — not BibTeX or LaTeX opening with `%` comments, not RIS', () => {
    expect(endnoteTaggedFormat.sniff(fixture('wiley-citation-js.enw'))).toBe(1);
    expect(endnoteTaggedFormat.sniff('% Encoding: UTF-8\n@article{a, title={T}}\n')).toBe(0);
    expect(endnoteTaggedFormat.sniff('%% LaTeX\n\\documentclass{article}\n')).toBe(0);
    expect(endnoteTaggedFormat.sniff('TY  - JOUR\nTI  - T\n')).toBe(0);
    // A title wrapped onto an untagged line near the top does not hide the format.
    expect(endnoteTaggedFormat.sniff('%0 Journal Article\n%T A title wrapped\nover two lines\n%A Doe, Jane\n%D 2020\n')).toBe(1);
  });
});

describe("CNKI's EndNote export", () => {
  it('one `%A` line holding several authors between semicolons is several authors', () => {
    const { records } = parseEndnoteTagged('%0 Journal Article\n%A 郝国强;黄惠群;\n%+ 广西民族大学民族学与社会学学院;\n%T 何以共生\n%J 广西民族研究\n%D 2025\n%W CNKI\n', 'cnki.enw');
    expect(records[0]!.authors).toEqual(['郝国强', '黄惠群']);
  });
});

describe("Google Scholar's EndNote export (Elizeu-lucio's systematic-review extractor)", () => {
  it('the initials Scholar runs together after a given name are spelt (`Beebe, Nelson HF` → `Nelson H. F. Beebe`), as other sources write them', () => {
    const { records, rejections } = parseEndnoteTagged(readFileSync(new URL('../fixtures/formats/endnote-tagged/google-scholar-elizeu.enw', import.meta.url), 'utf8'), 'citations.enw');
    expect(rejections).toEqual([]);
    expect(records.map((record) => [record.title, record.authors, record.date, record.venue ?? null])).toEqual([
      ['A Bibliography of Publications about Virtual Machines', ['Nelson H. F. Beebe'], '2026', null],
      ['The evolving relationship between general and specific computer self-efficacy—An empirical assessment', ['Ritu Agarwal', 'Vallabh Sambamurthy', 'Ralph M Stair'], '2000', 'Information systems research'],
      ['Introduction to Software Engineering Perspectives in Computer Game Development', ['Kendra M. L. Cooper'], '2020', 'Software Engineering Perspectives in Computer Game Development'],
    ]);
  });
});
