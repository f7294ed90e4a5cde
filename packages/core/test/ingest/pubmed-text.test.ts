import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/ingest/formats.ts';
import { parsePubmedText } from '../../src/ingest/pubmed-text.ts';

const name = 'pubmed-abstract-text-2019-literature-networks.txt';
const text = readFileSync(new URL(`../fixtures/formats/pubmed-text/${name}`, import.meta.url), 'utf8');

describe("PubMed's Abstract (text) export (a 2019 IBD search, OliverCardiff/Literature_networks)", () => {
  it('is detected by its numbered citation and PMID lines, not taken for a paper listing', () => {
    expect(detectFormat('pubmed_result.txt', text)?.name).toBe('pubmed-text');
    expect(detectFormat('notes.txt', '1. Something. 2019\n\nno ids here\n')?.name).not.toBe('pubmed-text');
  });

  it('one paper per numbered record, by the line of its number, every record read', () => {
    const { records, rejections, warnings } = parsePubmedText(text, name);
    expect(rejections).toEqual([]);
    expect(warnings).toEqual([]);
    expect(records.map((record) => record.ids?.pmid)).toEqual(['30831485', '30801026', '30700240', '30584701', '30228239', '26490195', '25886032']);
    expect(records.map((record) => record.sources[0]!.line)).toEqual([2, 60, 128, 220, 271, 344, 530]);
  });

  it('title without its closing full stop or translation brackets; journal, date, volume and DOI from the citation and the ids', () => {
    const [rice, msystems, german] = parsePubmedText(text, name).records;
    expect(rice).toMatchObject({
      title: 'Anti-inflammatory and immune-modulating effects of rice callus suspension culture (RCSC) and bioactive fractions in an in vitro inflammatory bowel disease model',
      venue: 'Phytomedicine',
      date: '2018-12-31',
      volume: '57',
      doi: '10.1016/j.phymed.2018.12.034',
    });
    expect(rice!.abstract).toMatch(/^BACKGROUND: Rice callus suspension culture \(RCSC\) has been shown to exhibit potent antiproliferative activity/);
    expect(rice!.abstract).not.toMatch(/Copyright|Author information|PMID/);
    expect(msystems).toMatchObject({ venue: 'mSystems', date: '2019-02-12', volume: '4', doi: '10.1128/msystems.00337-18' });
    expect(german).toMatchObject({ title: 'Insights into the Pathogenesis of Inflammatory Bowel Diseases: Genetics and Microbiota', venue: 'Ther Umsch', date: '2019-01', authors: ['D. Marchukov', 'B. Misselwitz'] });
    expect(german!.abstract).not.toMatch(/^\[Article in German/);
    expect(german!.abstract).toMatch(/Interventionsmöglichkeiten könnten hier neue therapeutische Optionen eröffnen\.$/);
  });

  it("authors as PubMed's short forms, affiliation numbers and marks dropped, a suffix kept, a group as written", () => {
    const [rice, msystems, , chinese, amoeba, crohn, correction] = parsePubmedText(text, name).records;
    expect(rice!.authors).toEqual(['K. Driscoll', 'A. Deshpande', 'A. Chapp', 'K. Li', 'R. Datta', 'W. Ramakrishna']);
    expect(msystems!.authors.slice(0, 2)).toEqual(['R. H. Mills', 'Y. Vázquez-Baeza']);
    expect(chinese!.authors).toEqual(['W. Guo', 'B. Li', 'H. Zhou', 'C. Zhang', 'X. Wang', 'C. Ni']);
    expect(amoeba!.authors).toContain('W. A. Petri Jr');
    expect(crohn!.authors).toContain('International Inflammatory Bowel Disease Genetics Consortium');
    expect(correction).toMatchObject({ authors: ['PLOS Genetics Staff'], abstract: '', doi: '10.1371/journal.pgen.1005172' });
  });
});

describe("PubMed's Abstract (text) export, part of a longer one (a 2018 veterinary search, TMax66/PUBMEDshiny)", () => {
  const other = 'pubmed-abstract-text-2018-veterinary-groups-tmax66.txt';
  const records = parsePubmedText(readFileSync(new URL(`../fixtures/formats/pubmed-text/${other}`, import.meta.url), 'utf8'), other).records;

  it('opening with any record number; a group after `;`, people after it again; an initial outside ASCII (`Breum SØ`)', () => {
    expect(detectFormat(other, readFileSync(new URL(`../fixtures/formats/pubmed-text/${other}`, import.meta.url), 'utf8'))?.name).toBe('pubmed-text');
    const [hepatitis, , swine] = records;
    expect(hepatitis!.authors.slice(-2)).toEqual(['A. R. Ciccaglione', 'Italian National Task Force on Hepatitis A']);
    expect(swine!.authors.slice(16, 23)).toEqual(['S. Ø. Breum', 'C. Chiapponi', 'K. Urbaniak', 'C. S. Kyriakis', 'ESNIP3 consortium', 'I. H. Brown', 'W. Loeffen']);
  });

  it('a title opening `Comment on:` is the title, not the note that links a comment', () => {
    const [, comment] = records;
    expect(comment).toMatchObject({
      title: 'Comment on: Retrospective study of human cystic echinococcosis in Italy based on the analysis of hospital discharge records between 2001 and 2012',
      authors: ['F. Tamarozzi', 'M. Mariconti', 'A. Casulli', 'S. Magnino', 'E. Brunetti'],
      date: '2015-04',
      venue: 'Acta Trop',
      ids: { pmid: '25600342' },
    });
  });
});

describe("PubMed's Abstract (text) export: degrees after a name, initials that spell a numeral (OliverCardiff/Literature_networks)", () => {
  const name = 'pubmed-abstract-text-2019-degrees-initials-literature-networks.txt';
  const { records, rejections } = parsePubmedText(readFileSync(new URL(`../fixtures/formats/pubmed-text/${name}`, import.meta.url), 'utf8'), name);

  it('degrees a publisher wrote after the initials (`Johari S MPharm PhD(1)`) are no part of the name, and the list is the authors, not the abstract', () => {
    expect(rejections).toEqual([]);
    const [, cyperus] = records;
    expect(cyperus!.authors).toEqual(['S. Johari', 'C. Joshi', 'T. Gandhi']);
    expect(cyperus!.abstract).toMatch(/^BACKGROUND: The protective effect of the chloroform extract of Cyperus rotundus/);
    expect(cyperus).toMatchObject({ title: 'Effect of Cyperus Rotundus on Cytokine Gene Expression in Experimental Inflammatory Bowel Disease', venue: 'Iran J Med Sci', ids: { pmid: '27582588' } });
  });

  it('initials `IV` or `II` alone after the family name are initials (I. V.), not a generational suffix', () => {
    const [colitis, , serbian] = records;
    expect(colitis!.authors).toEqual(['H. Taman', 'C. G. Fenton', 'I. V. Hensel', 'E. Anderssen', 'J. Florholmen', 'R. H. Paulssen']);
    expect(serbian!.authors.slice(0, 3)).toEqual(['D. Mijac', 'I. V. Petrovic', 'S. Djuranovic']);
  });

  it('invented cases: degrees set apart by commas go with the person before them; initials that spell a degree (`Cobanogullari MD`) stay initials', () => {
    const record = (authors: string) => `1. J Test. 2019 Jan;1(1):1-2.\n\nA title.\n\n${authors}\n\nAn abstract.\n\nPMID: 1\n`;
    const read = (authors: string) => parsePubmedText(record(authors), 'x.txt').records[0]!.authors;
    expect(read('Smith J MD, PhD(1), Doe JA MPH, MSc, RN(2), Petri WA Jr MD(3).')).toEqual(['J. Smith', 'J. A. Doe', 'W. A. Petri Jr']);
    expect(read('Sarigecili E(1), Cobanogullari MD(2), Komur M(3).')).toEqual(['E. Sarigecili', 'M. D. Cobanogullari', 'M. Komur']);
    expect(read('Mitroff II.')).toEqual(['I. I. Mitroff']);
    expect(read('Strauss JF 3rd, Lee K.')).toEqual(['J. F. Strauss 3rd', 'K. Lee']);
  });
});
