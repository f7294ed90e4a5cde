import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/ingest/formats.ts';
import { ovidFormat, parseOvid } from '../../src/ingest/ovid.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/formats/ovid/${name}`, import.meta.url), 'utf8');
const read = (name: string) => parseOvid(fixture(name), name);
const summary = (name: string) => read(name).records.map((record) => [record.sources[0]!.line, record.title, record.authors, record.date ?? null, record.doi ?? null, record.venue ?? null]);

describe('Ovid tagged export (zotero/translators test inputs)', () => {
  it('BIOSIS Previews, CRLF: `<1. >` numbers, roles and e-mails in brackets after names, the date and venue from the citation `SO`', () => {
    const text = fixture('biosis-zotero-translators.txt');
    expect(text).toContain('\r\n');
    expect(detectFormat('ovidweb.cgi', text)?.name).toBe('ovid');
    const { rejections, warnings } = read('biosis-zotero-translators.txt');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(summary('biosis-zotero-translators.txt')).toEqual([
      [2, 'Dietary supplements containing ultradense calcium citrate and carbonyl iron', ['Neill B. Walsdorf', 'Cindy L. Wabner', 'George Alexandrides'], '2004-11-16', null, 'Official Gazette of the United States Patent & Trademark Office Patents'],
      [45, 'Comparison of methods for sampling Thysanoptera on basswood (Tilia americana L.) trees in mixed northern hardwood deciduous forests', ['S. M. Werner', 'E. V. Nordheim', 'K. F. Raffa'], '2004-11-15', null, 'Forest Ecology & Management'],
      // A book chapter: its `SO` lists the book's editors (`[Editor]`), no journal; the series note on an unindented line.
      [96, 'Increasing throughput and data quality for proteomics', ['Alfred L. Gaertner', 'Nicole L. Chow', 'Beth G. Fryksdale', 'Paul Jedrzejewski', 'Brian S. Miller', 'Sigrid Paech', 'David L. Wong'], '2004', null, null],
      [131, 'Peak Erazor: A Windows-based program for improving peptide mass searches', ['Karin Hjerno', 'Peter Hojrup'], '2004', null, null],
    ]);
    expect(read('biosis-zotero-translators.txt').records[1]!.abstract).toMatch(/^Canopy arthropods play integral roles/);
  });

  it('Journals@Ovid: `[Article]` after the title, degrees and affiliation marks after names (`Lefkowitz, Rafael Y. MD, MPH 1`), `DI`, the month from `SO`', () => {
    expect(summary('journals-at-ovid-zotero-translators.txt')).toEqual([
      [2, 'Take Ten: Need-to-Know Facts About Breast Cancer', ['James A. Peterson'], '2010-01', '10.1249/fit.0b013e3181c6723d', "ACSM'S Health & Fitness Journal"],
      [18, 'Up-regulation of breast cancer resistance protein plays a role in HER2-mediated chemoresistance through PI3K/Akt and nuclear factor-kappa B signaling pathways in MCF7 breast cancer cells', ['Weijia Zhang', 'Wei Ding', 'Ye Chen', 'Meilin Feng', 'Yongmei Ouyang', 'Yanhui Yu', 'Zhimin He'], '2011-08', '10.1093/abbs/gmr050', 'Acta Biochimica et Biophysica Sinica'],
      // `AU  - Dept, S. 1` is how the database lists this author.
      [42, 'Brain Metastasis after Breast Cancer and Hysterectomy for a Benign Leiomyoma', ['Ph. Simon', 'S. Dept', 'F. Lefranc', 'J. C. Noel'], '2010-11', null, 'Acta Chirurgica Belgica'],
      [60, 'Lobular Breast Carcinoma Metastasis to a Superficial Plexiform Schwannoma as the First Evidence of an Occult Breast Cancer', ['Barbara Gazic', 'Joze Pizem'], '2011-12', '10.1097/dad.0b013e31820d9c0e', 'American Journal of Dermatopathology'],
    ]);
  });

  it('PsycINFO with every line indented one space: `[References].` after the title, `DP  - Sep 2015`, `JN`, the PubMed id `PM`, unindented continuation lines', () => {
    const { records, rejections, warnings } = read('psycinfo-indented-zotero-translators.txt');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(summary('psycinfo-indented-zotero-translators.txt')).toEqual([
      [2, 'A comparison of manifestations and impact of reassurance seeking among Japanese individuals with OCD and depression', ['Osamu Kobori', 'Yoko Sawamiya', 'Masaomi Iyo', 'Eiji Shimizu'], '2015-09', '10.1017/s1352465814000277', 'Behavioural and Cognitive Psychotherapy'],
      [111, 'A meta-analysis of transdiagnostic cognitive behavioural therapy in the treatment of child and young person anxiety disorders', ['Donna L Ewing', 'Jeremy J Monsen', 'Ellen J Thompson', 'Sam Cartwright-Hatton', 'Andy Field'], '2015-09', '10.1017/s1352465813001094', 'Behavioural and Cognitive Psychotherapy'],
    ]);
    expect(records.map((record) => record.ids)).toEqual([{ pmid: '24892981' }, { pmid: '24331028' }]);
    expect(records[0]!.abstract).toMatch(/^Background: One of the most common interpersonal reactions/);
  });

  it('PsycINFO with one space before the dash (`TI - `): a dissertation and a book chapter', () => {
    expect(summary('psycinfo-one-space-zotero-translators.txt')).toEqual([
      [2, 'Academic procrastination as mediated by executive functioning, perfectionism, and frustration intolerance in college students', ['Eric L Sudler'], '2014', null, 'Dissertation Abstracts International Section A: Humanities and Social Sciences'],
      [42, 'Understanding and tackling procrastination', ['Michael Neenan'], '2012', null, null],
    ]);
  });

  it('Books@Ovid: editors (`ED`) are not authors; a `SCORE` tag of five letters', () => {
    expect(fixture('books-at-ovid-zotero-translators.txt')).toContain('SCORE  - *****');
    expect(summary('books-at-ovid-zotero-translators.txt')).toEqual([
      [2, 'Colour Atlas of Companion Animal Parasites, A: Life Cycles and Morphological Identification', [], '2024', null, null],
      [17, 'Review of Natural Products, The', [], '2016', null, null],
    ]);
  });

  it("the volume: PsycINFO's `VO`, else the one the citation `SO` names by its shape; a book's citation and a date's numbers give none", () => {
    const volumes = (name: string) => read(name).records.map((record) => record.volume ?? null);
    // `Patents. 1288(3), Nov. 16, 2004.`, `Forest Ecology & Management. 201(2-3):327-334, …`; two chapters whose `SO` names the book's editors.
    expect(volumes('biosis-zotero-translators.txt')).toEqual(['1288', '201', null, null]);
    // `January/February 2010;14(1):56`, `August 2011;43(8):647-653`, `November/December 2010;6:611-613`, `December 2011;33(8):845-849`.
    expect(volumes('journals-at-ovid-zotero-translators.txt')).toEqual(['14', '43', '6', '33']);
    // `VO  - 43` (the citation's `Vol.43(5)` agrees); `VO - 75` of a dissertation; a chapter (`[Ed]`) has none.
    expect(volumes('psycinfo-indented-zotero-translators.txt')).toEqual(['43', '43']);
    expect(volumes('psycinfo-one-space-zotero-translators.txt')).toEqual(['75', null]);
    expect(volumes('books-at-ovid-zotero-translators.txt')).toEqual([null, null]);
    // Invented, in the shapes of the IPSA and Zoological Record citations of Zotero's tests: no number there says it is the volume.
    const other = parseOvid('<1. >\nVN  - Ovid Technologies\nTI  - A.\nSO  - Journal of Political Studies 12, Winter 2007: 7-14.\n\n<2. >\nVN  - Ovid Technologies\nTI  - B.\nSO  - Hydrobiologia. 2007 15 June; 433-441.\n', 'x.ovd');
    expect(other.records.map((record) => record.volume ?? null)).toEqual([null, null]);
  });

  it('a record without a title is rejected by the line of its VN; RIS and MEDLINE files are not taken for Ovid', () => {
    const result = parseOvid('<1. >\nVN  - Ovid Technologies\nDB  - Embase\nAU  - Behan L.\n\n<2. >\nVN  - Ovid Technologies\nTI  - Kept.\nAU  - Lucas J.S.\nYR  - 2018\n', 'x.ovd');
    expect(result.rejections).toEqual([{ file: 'x.ovd', line: 2, record: 0, message: 'record has no title (TI)' }]);
    expect(result.records.map((record) => [record.title, record.authors, record.date])).toEqual([['Kept', ['J.S. Lucas'], '2018']]);
    expect(ovidFormat.sniff('TY  - JOUR\nTI  - T\nER  - \n')).toBe(0);
    expect(ovidFormat.sniff('PMID- 1\nTI  - T\n')).toBe(0);
    expect(ovidFormat.sniff('\n<6. >\nVN  - Ovid Technologies\n')).toBe(1);
    expect(ovidFormat.sniff(' <7. >\n VN  - Ovid Technologies\n')).toBe(1);
  });

  it('a U+2028 line separator inside a value is a space, not the end of the tag line', () => {
    const result = parseOvid('<1. >\nVN  - Ovid Technologies\nTI  - Eye tracking:\u2028 a review.\nYR  - 2014\n', 'x.ovd');
    expect(result.records.map((record) => [record.title, record.date])).toEqual([['Eye tracking: a review', '2014']]);
  });

  it('an export with the search history before the first record: detected, the history one warning, the records read', () => {
    const text = `Database: Embase <1974 to 2019 Week 02>\nSearch Strategy:\n--------------------------------------------------------------------------------\n1     (bmc or plos).jx. (262115)\n\n***************************\n\n${fixture('journals-at-ovid-zotero-translators.txt')}`;
    expect(ovidFormat.sniff(text)).toBe(1);
    expect(detectFormat('embase.txt', text)?.name).toBe('ovid');
    const result = parseOvid(text, 'embase.txt');
    expect(result.records).toHaveLength(4);
    expect(result.warnings).toEqual([{ file: 'embase.txt', line: 1, message: 'text outside a VN record: ignored' }]);
  });
});

describe("Ovid's display layout (a field's name on its own line, its value indented below; JabRef's test files)", () => {
  it('is detected as Ovid, not as a listing, whatever the file is called', () => {
    for (const name of ['display-references-jabref.txt', 'display-degrees-jabref.txt', 'display-unnumbered-jabref.txt']) {
      expect(ovidFormat.sniff(fixture(name)), name).toBe(0.9);
      expect(detectFormat('ovid.txt', fixture(name))?.name, name).toBe('ovid');
      expect(detectFormat('export', fixture(name))?.name, name).toBe('ovid');
    }
  });

  it('`<8>` then Title, Author, Source, Abstract, DOI Number: read as the tagged fields are; the 100 cited works are not papers', () => {
    const result = read('display-references-jabref.txt');
    expect(result.rejections).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.records).toEqual([
      {
        title: 'Cloud water interception and element deposition differ largely between Norway spruce stands along an elevation transect in Harz Mountains, Germany',
        abstract: 'Lorem ipsum abstract',
        authors: ['Lars Kohler', 'Christoph Leuschner', 'Markus Hauck', 'Dietrich Hertel'],
        tags: [],
        sources: [{ file: 'display-references-jabref.txt', line: 1, record: 0 }],
        doi: '10.1002/eco.1563',
        date: '2015-09',
        year: 2015,
        venue: 'Ecohydrology',
        volume: '8',
      },
    ]);
  });

  it('a single author with degrees parted by `;` (`Bunkers, Sandra Schmidt RN; PhD; FAAN 1`) is one person', () => {
    expect(summary('display-degrees-jabref.txt')).toEqual([[1, 'Listening: Important to the Stuff of a Life', ['Sandra Schmidt Bunkers'], '2015-04', '10.1177/0894318415571606', 'Nursing Science Quarterly']]);
  });

  it('records without `<N>` numbers open at the file\'s first field (`Score`); a citation without a date dated by `Status`', () => {
    expect(summary('display-unnumbered-jabref.txt')).toEqual([
      [
        2,
        'Correct positioning of percutaneous iliosacral screws with computer-navigated versus fluoroscopically guided surgery in traumatic pelvic ring fractures',
        ['Jan Verbeek', 'Erik Hermans', 'Arie van Vugt', 'Jan Paul Frolke'],
        '2015-11',
        '10.1097/bot.0000000000000502',
        'Journal of Orthopaedic Trauma',
      ],
      [37, 'Comparing Computer Adaptive and Curriculum-Based Measures of Math in Progress Monitoring', ['Edward S. Shapiro', 'Minyi Shih Dennis', 'Qiong Fu'], '2015-03', '10.1037/spq0000116', 'School Psychology Quarterly'],
    ]);
  });

  it('the volume of the citation under `Source` (`Nursing Science Quarterly.   28(2):103-106, April 2015.`); a citation that names only the journal gives none', () => {
    expect(['display-degrees-jabref.txt', 'display-references-jabref.txt', 'display-unnumbered-jabref.txt'].map((name) => read(name).records.map((record) => record.volume ?? null))).toEqual([['28'], ['8'], [null, null]]);
  });

  it('a chapter: its own title, the book as venue; editors (`[Ed]`) are not authors; a record without a title is rejected by its number\'s line', () => {
    const text = '<1>\nAuthor\n  Smith, Anna 1;  Max, Moritz [Ed]\nTitle\n  The Book of Chapters.[Book]\nChapter Title\n  A chapter\nSource\n  Publisher, 2015.\n\n<2>\nAuthor\n  Doe, Jane\nSource\n  A Journal.   3(1):1-2, May 2014.\n';
    const result = parseOvid(text, 'x.txt');
    expect(result.records.map((record) => [record.title, record.authors, record.venue, record.date])).toEqual([['A chapter', ['Anna Smith'], 'The Book of Chapters', '2015']]);
    expect(result.rejections).toEqual([{ file: 'x.txt', line: 11, record: 1, message: 'record has no title (Title)' }]);
  });
});
