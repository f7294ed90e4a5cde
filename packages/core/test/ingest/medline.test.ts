import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/ingest/formats.ts';
import { parseMedline } from '../../src/ingest/medline.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/formats/medline/${name}`, import.meta.url), 'utf8');
const read = (name: string) => parseMedline(fixture(name), name);

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
    // A record of a group alone has it as its author, as in PubMed XML.
    const groupOnly = parseMedline('PMID- 34843274\nTI  - Summary of the clinical practice guideline.\nCN  - Guideline Development Panel for the Treatment of\n      Depressive Disorders\n', 'group.nbib');
    expect(groupOnly.records[0]!.authors).toEqual(['Guideline Development Panel for the Treatment of Depressive Disorders']);
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

describe("JabRef's MEDLINE test file: tag lines without a space after the dash, records without a title", () => {
  it('`PMID-22664220` and `PMC -22664230` are tag lines; every block after a blank line is a record, a paper or a rejection by its line', () => {
    const name = 'jabref-MedlinePlainImporterTestMultipleEntries.txt';
    expect(detectFormat('export.txt', fixture(name))?.name).toBe('medline');
    const { records, rejections, warnings } = read(name);
    expect(records.map((record) => [record.sources[0]!.line, record.title, record.authors])).toEqual([
      [1, 'From danger and motherhood to health and beauty: health advice for the factory girl in early twentieth-century Britain', ['Vicky Long', 'Hilary Marland']],
      // Five `TI` lines are one title, joined as JabRef's test expects them.
      [77, 'This is a Testtitle: This title should be appended: This title should also be appended. Another append to the Title? LastTitle', []],
    ]);
    // The first record keeps its own fields: the untitled block after it (`AB  - Old Abstract`) is not read into it.
    expect(records[0]!.abstract).toBe('Lorem ipsum abstract');
    // Before, the `PMID-…` blocks and the `PMC -…` block were no records: their fields went to the record above, silently.
    expect(rejections).toEqual([55, 87, 91, 95, 99].map((line, index) => ({ file: name, line, record: [1, 3, 4, 5, 6][index], message: 'record has no title (TI)' })));
    expect(warnings).toEqual([
      { file: name, line: 53, message: 'text outside a MEDLINE record: ignored' },
      { file: name, line: 56, message: '"TI-" (in the MEDLINE record of line 55) is neither a tag line (a tag padded to four columns, then a dash: `TI  - Title`) nor a continuation line: not read' },
    ]);
  });

  it('a tag line without a space after the dash opens and fills a record like any other', () => {
    const result = parseMedline('PMID-1\nTI  -A title\nDP  -2016\nFAU -Doe, Jane\n\nPMID-2\nTI  - Another\n', 'x.nbib');
    expect(result.records.map((record) => [record.ids, record.title, record.year, record.authors])).toEqual([
      [{ pmid: '1' }, 'A title', 2016, ['Jane Doe']],
      [{ pmid: '2' }, 'Another', undefined, []],
    ]);
    expect([result.rejections, result.warnings]).toEqual([[], []]);
  });

  it('a line of text starting with a hyphenated word in capitals (`AIDS-related`) is no tag line without its space', () => {
    const result = parseMedline('PMID- 1\nTI  - A title\nAB  - First line of the abstract\nAIDS-related illness, left unindented\nDP  - 2016\n', 'x.nbib');
    expect(result.records.map((record) => [record.title, record.abstract, record.year])).toEqual([['A title', 'First line of the abstract', 2016]]);
    expect(result.warnings.map((warning) => [warning.line, warning.message.slice(0, 40)])).toEqual([[4, '"AIDS-related illness, left unindented" ']]);
  });

  it('text between records does not join the next block to the record before it', () => {
    const result = parseMedline('PMID- 1\nTI  - First\n\nstray text\nPMC - PMC2\nTI  - Second\n', 'x.nbib');
    expect(result.records.map((record) => [record.sources[0]!.line, record.title])).toEqual([[1, 'First'], [5, 'Second']]);
    expect(result.warnings).toEqual([{ file: 'x.nbib', line: 4, message: 'text outside a MEDLINE record: ignored' }]);
  });
});

describe("ERIC's MEDLINE-style export (CoLRev's test file)", () => {
  it('records without PMID, opened by `OWN - ERIC` after a blank line; `ISSN - ` padded; the DOI as a doi.org URL in AID', () => {
    const text = fixture('eric-colrev.nbib');
    expect(detectFormat('eric-colrev.nbib', text)?.name).toBe('medline');
    expect(detectFormat('export.txt', text)?.name).toBe('medline');
    const { records, rejections, warnings } = read('eric-colrev.nbib');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records.map((record) => [record.sources[0]!.line, record.title, record.authors, record.date, record.doi, record.venue, record.abstract, record.ids ?? null])).toEqual([
      [2, 'Paper title', ['Tom Smith', 'Shawn Hunter'], '2000', '10.1000/123456789', 'Journal Name', 'Abstract ...', null],
    ]);
    // Two records, each after a blank line: two papers (before, the file gave none and one warning).
    const two = parseMedline(`${text}\n${text.replace('Paper title', 'Second paper')}`, 'two.nbib');
    expect(two.records.map((record) => [record.sources[0]!.line, record.title])).toEqual([[2, 'Paper title'], [25, 'Second paper']]);
  });

  it("a real ERIC export (CRLF, a blank first line): `DP  - Apr 1990` and `DP  - Article 10 2019` are dates, the year last", () => {
    const text = fixture('eric-crlf-zotero-translators.nbib');
    expect(text.startsWith('\r\nOWN - ERIC\r\n')).toBe(true);
    const { records, rejections, warnings } = read('eric-crlf-zotero-translators.nbib');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records.map((record) => [record.sources[0]!.line, record.title.slice(0, 40), record.date ?? null, record.doi ?? null, record.venue])).toEqual([
      // Reports (ERIC numbers ED…): `JT` is the publisher or institution, no venue.
      [2, 'Findings from the PISA for Development F', '2017', null, undefined],
      [24, 'From Here to There! Elementary: A Game-B', '2019-04', '10.1007/s11423-019-09653-8', 'Educational Technology Research and Development'],
      [60, 'International Comparative Assessments: B', '2013', null, undefined],
      [104, 'A Test of the Test of Problem Solving (T', '1990-04', null, 'Language, Speech, and Hearing Services in Schools'],
    ]);
    expect(records[1]!.authors).toEqual(['Taylyn Hulse', 'Maria Daigle', 'Daniel Manzo', 'Lindsay Braith', 'Avery Harrison', 'Erin Ottmar']);
    // Another ERIC record of the same translator's tests writes an article number before the year.
    expect(parseMedline('OWN - ERIC\nTI  - T\nSO  - v9 Article 10 2019\nDP  - Article 10 2019\n', 'e.nbib').records[0]!.date).toBe('2019');
  });
});

describe("Zotero's MEDLINE/nbib test cases: an article and an NCBI Bookshelf chapter; ERIC's dissertation and book", () => {
  it("the article's closing full stop goes after a single letter too (`aurovertin B.`); its FAU initials are spelt (`van Raaij, M J` → `M. J. van Raaij`)", () => {
    const { records, rejections, warnings } = read('article-and-bookshelf-chapter-zotero-translators.nbib');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records[0]).toMatchObject({
      title: 'The structure of bovine F1-ATPase complexed with the antibiotic inhibitor aurovertin B',
      authors: ['M. J. van Raaij', 'J. P. Abrahams', 'A. G. Leslie', 'J. E. Walker'],
      date: '1996-07-09',
      venue: 'Proceedings of the National Academy of Sciences of the United States of America',
      ids: { pmid: '8692918' },
    });
  });

  it("a Bookshelf chapter (`TI` and the book's `BTI`, no journal) has the book as its venue; its editors (FED) are not authors", () => {
    const { records } = read('article-and-bookshelf-chapter-zotero-translators.nbib');
    expect(records[1]).toMatchObject({ title: 'Peutz-Jeghers Syndrome', venue: 'Cancer Syndromes', date: '2009', ids: { pmid: '21249755' } });
    expect(records[1]!.sources[0]!.line).toBe(81);
    expect(records[1]!.authors).toEqual(['Douglas Riegert-Johnson', 'Ferga C. Gleeson', 'Wytske Westra', 'Timothy Hefferon', 'Louis M. Wong Kee Song', 'Lauren Spurck', 'Lisa A. Boardman']);
    // A whole book (only `BTI`) is titled by it, not its own venue.
    const book = parseMedline('PMID- 1\nBTI - A Book\nDP  - 2009\n', 'b.nbib').records[0]!;
    expect([book.title, book.venue]).toEqual(['A Book', undefined]);
  });

  it("ERIC: `JT` is the journal of an article (`EJ…`, `PT  - Journal Articles`) but the publisher of any other document (`ED…`: `ProQuest LLC`, a book's publisher): no venue", () => {
    const text = fixture('eric-thesis-and-book-zotero-translators.nbib');
    expect(text).toContain('JT  - ProQuest LLC\r\n');
    const { records, rejections, warnings } = read('eric-thesis-and-book-zotero-translators.nbib');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records.map((record) => [record.sources[0]!.line, record.title.slice(0, 34), record.authors, record.date, record.venue])).toEqual([
      [1, 'Tests of Robustness in Peer Review', ['Jeremy Leipzig'], '2021', undefined],
      [24, 'Evidence-Based Instructional Strat', ['David W. Test'], '2012', undefined],
    ]);
    // Without FAU, AU's short forms: initials after the family name.
    expect(parseMedline('PMID- 1\nTI  - T\nAU  - Smith JA\nAU  - Gadzalski M\nAU  - van Raaij MJ\n', 'a.nbib').records[0]!.authors).toEqual(['J. A. Smith', 'M. Gadzalski', 'M. J. van Raaij']);
    const article = parseMedline('OWN - ERIC\nTI  - T\nJT  - Journal of Things\nOID - EJ1\nPT  - Reports - Research\n', 'e.nbib').records[0]!;
    expect(article.venue).toBe('Journal of Things');
  });
});

describe('PubMed format (MEDLINE): arXiv preprints PubMed indexes', () => {
  // The shape of PubMed's record of an arXiv preprint (PMID 37064529, journal "ArXiv"), as PubMed's MEDLINE export writes it.
  const preprint = (lid: string, journal = 'ArXiv') =>
    `PMID- 37064529\nTI  - A preprint indexed by PubMed.\nFAU - Doe, Jane\nAU  - Doe J\nDP  - 2023 Apr 5\nLID - ${lid}\nJT  - ${journal}\n`;

  it('an arXiv: pii (LID/AID) is the arXiv id, without its version, so the record merges with arXiv\'s', () => {
    expect(parseMedline(preprint('arXiv:2304.02112v2 [pii]'), 'p.nbib').records[0]!.arxivId).toBe('2304.02112');
    expect(parseMedline(preprint('arXiv:2304.02112v2 [pii]', 'Nature'), 'p.nbib').records[0]!.arxivId).toBe('2304.02112');
  });

  it('a bare pii of arXiv shape only in the journal ArXiv (elsewhere it is the publisher\'s own number)', () => {
    expect(parseMedline(preprint('2304.02112 [pii]'), 'p.nbib').records[0]!.arxivId).toBe('2304.02112');
    expect(parseMedline(preprint('2304.02112 [pii]', 'Cell Rep'), 'p.nbib').records[0]!.arxivId).toBeUndefined();
  });
});

describe("synthesisr's PubMed test file: initials PubMed writes as a word in a full name", () => {
  it('`FAU  - Higgins, Julian Pt` → `Julian P. T. Higgins` (a given-name word of a capital and small letters without a vowel is initials)', () => {
    const { records, rejections } = read('robvis-revtools-synthesisr.txt');
    expect(rejections).toEqual([]);
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({ title: 'Risk-Of-Bias VISualization (robvis): an R package and Shiny web app for visualizing risk-of-bias assessments', authors: ['Luke A McGuinness', 'Julian P. T. Higgins'], date: '2020-04-26', doi: '10.1002/jrsm.1411', ids: { pmid: '32336025' } });
    expect(records[1]!.authors).toEqual(['Martin J Westgate']);
  });

  it('an abstract written over several `AB` lines (instead of indented continuations) is one text, its lines joined', () => {
    const text = ['PMID- 1', 'TI  - A title.', 'AB  - First half,', 'AB  - second half.', 'FAU - Smith, John', ''].join('\n');
    const { records } = parseMedline(text, 'two-ab.nbib');
    expect(records[0]).toMatchObject({ title: 'A title', abstract: 'First half, second half.' });
  });
});

describe('the volume (`VI`)', () => {
  it("is read from `VI` (PubMed's and ERIC's MEDLINE format); a book chapter or a record without one has none", () => {
    const volumes = (name: string) => read(name).records.map((record) => record.volume ?? null);
    expect(volumes('medline-test-metaknowledge.medline')).toEqual(['576', '18', null, '22', '408', '49']);
    expect(volumes('article-and-bookshelf-chapter-zotero-translators.nbib')).toEqual(['93', null]);
    expect(volumes('eric-colrev.nbib')).toEqual(['10']);
  });
});
