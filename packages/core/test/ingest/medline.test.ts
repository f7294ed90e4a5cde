import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/ingest/formats.ts';
import { parseMedline } from '../../src/ingest/medline.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/formats/medline/${name}`, import.meta.url), 'utf8');

describe('PubMed format (MEDLINE), metaknowledge test file', () => {
  const { records, rejections, warnings } = parseMedline(fixture('medline-test-metaknowledge.medline'), 'pubmed.medline');

  it('one record per PMID, by its line; titles and abstracts unwrapped, the closing full stop and translation brackets gone', () => {
    expect(rejections).toEqual([]);
    expect(warnings).toEqual([]);
    expect(records.map((record) => record.sources[0]!.line)).toEqual([2, 76, 159, 254, 354, 391]);
    expect(records[0]!.title).toBe('Bioinformatic survey of ABC transporters in dermatophytes');
    expect(records[5]!.title).toMatch(/^Aging Brain Care Program from Indianapolis : Transferability to the German/);
    expect(records[5]!.title).not.toMatch(/[[\]]|\.$/);
    expect(records[0]!.abstract).toMatch(/^ATP binding cassette \(ABC\) transporters constitute a very large and ubiquitous superfamily/);
    expect(records[0]!.abstract).not.toContain('\n');
  });

  it('authors from FAU ("Gadzalski, Marek" → "Marek Gadzalski"), a group author (CN) not a person', () => {
    expect(records[0]!.authors).toEqual(['Marek Gadzalski', 'Anita Ciesielska', 'Pawel Staczek']);
    expect(records[3]!.authors).not.toContain('Pelvic Floor Disorders Network');
    expect(records[3]!.authors[0]).toBe('Anthony G Visco');
  });

  it('date from DP (`2016 Jan 15`, `2016 Jan`, `2016 Jan-Feb`), DOI from LID/AID `[doi]`, journal title, PubMed id', () => {
    expect(records.map((record) => record.date)).toEqual(['2016-01-15', '2016-01', '2016-01-20', '2016-01', '2016-01', '2016-01']);
    expect(records[0]).toMatchObject({ doi: '10.1016/j.gene.2015.10.064', venue: 'Gene', ids: { pmid: '26524502' }, year: 2016 });
  });

  it('detected by its first line whatever the file is called; a record without title is rejected by its line', () => {
    expect(detectFormat('pubmed-abc-set.txt', fixture('medline-test-metaknowledge.medline'))?.name).toBe('medline');
    const result = parseMedline('PMID- 1\nOWN - NLM\nDP  - 2016\n\nPMID- 2\nTI  - A title that\n      wraps.\n', 'x.nbib');
    expect(result.records.map((record) => [record.title, record.ids])).toEqual([['A title that wraps', { pmid: '2' }]]);
    expect(result.rejections).toEqual([{ file: 'x.nbib', line: 1, record: 0, message: 'record has no title (TI)' }]);
  });
});
