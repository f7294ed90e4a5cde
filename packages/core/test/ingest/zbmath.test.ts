import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/ingest/formats.ts';
import { ingestOne } from '../../src/ingest/index.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/formats/zbmath/${name}`, import.meta.url), 'utf8');

describe('zbMATH Open API answers', () => {
  const name = 'search-author-documents-bibliographer-trimmed.json';

  it('is detected by its documents\' zbmath_url (before: the whole answer one rejection, "record has no title")', () => {
    expect(detectFormat(name, fixture(name))?.name).toBe('zbmath');
  });

  it('each document: title, authors `Family, Given`, year, DOI and arXiv id of its links, the journal, its own summary (not a review), references by DOI', () => {
    const { records, rejections, warnings } = ingestOne({ name, text: fixture(name) });
    expect(records.map((record) => [record.title, record.authors, record.year, record.doi, record.arxivId, record.venue])).toEqual([
      ['The Donovan-Wemyss conjecture via the derived Auslander-Iyama correspondence', ['Gustavo Jasso', 'Bernhard Keller', 'Fernando Muro'], 2024, '10.1007/978-3-031-57789-5_4', '2301.11593', undefined],
      ['The Derived Auslander-Iyama Correspondence', ['Gustavo Jasso', 'Bernhard Keller', 'Fernando Muro'], 2026, undefined, '2208.14413', undefined],
      ['Triangulated categories without models', ['Fernando Muro', 'Stefan Schwede', 'Neil Strickland'], 2007, '10.1007/s00222-007-0061-2', '0704.1378', 'Inventiones Mathematicae'],
    ]);
    // The withheld-licence placeholder is no abstract; a "Summary:" is the paper's, a review is not.
    expect(records[0]!.abstract).toBe('');
    expect(records[1]!.abstract).toMatch(/^We work over a perfect field\./);
    expect(records[2]!.abstract).toBe('');
    expect(records[0]!.references).toHaveLength(28);
    expect(records[0]!.references![0]).toEqual({ doi: '10.24033/bsmf.2542' });
    expect(rejections).toEqual([{ file: name, record: 3, message: 'zbMATH document 1166.18006 has no title (zbMATH withholds it: "contents unavailable due to conflicting licenses")' }]);
    expect(warnings).toEqual([{ file: name, record: 0, message: "the answer holds 4 of the search's 49 documents (zbMATH answers in pages: ask again with the next page for more)" }]);
  });

  it("the volume of the journal in `source.series` (Inventiones 170); a book chapter (no series) and a preprint give none, whatever the `source` citation says", () => {
    const { records } = ingestOne({ name, text: fixture(name) });
    expect(records.map((record) => record.volume ?? null)).toEqual([null, null, '170']);
  });

  it('a single document answer ({result: {…}}) is one paper', () => {
    const one = JSON.parse(fixture(name)) as { result: unknown[]; status: unknown };
    const { records } = ingestOne({ name: 'doc.json', text: JSON.stringify({ result: one.result[2], status: { nr_total_results: 1 } }) });
    expect(records.map((record) => record.title)).toEqual(['Triangulated categories without models']);
  });
});
