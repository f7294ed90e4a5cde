import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/ingest/formats.ts';
import { parseMedline } from '../../src/ingest/medline.ts';
import { workIdentities } from '../../src/ingest/ids.ts';
import { mergeRecords } from '../../src/ingest/merge.ts';
import { parseRis, risFormat } from '../../src/ingest/ris.ts';
import { ingestOne } from '../../src/ingest/index.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/formats/ris/${name}`, import.meta.url), 'utf8');
const read = (name: string) => parseRis(fixture(name), name);

describe('RIS', () => {
  it('Scopus, CRLF: the record without a title is rejected by the line of its TY', () => {
    const result = read('scopus-crlf.ris');
    expect(fixture('scopus-crlf.ris')).toContain('\r\n');
    expect(result.records).toHaveLength(1);
    expect(result.records[0]).toEqual({
      title: 'Using focus groups to adapt ethnically appropriate, information-seeking and recruitment messages for a prostate cancer screening program for men at high risk',
      abstract: '',
      authors: ['C.J. Bryan', 'L. Wetmore-Arkader', 'T. Calvano', 'J.A. Deatrick', 'V.N. Giri', 'D.W. Bruner'],
      tags: [],
      sources: [{ file: 'scopus-crlf.ris', line: 1, record: 0 }],
      date: '2008',
      year: 2008,
      doi: '10.1016/s0027-9684(15)31340-7',
      venue: 'Journal of the National Medical Association',
      volume: '100',
    });
    expect(result.rejections).toEqual([{ file: 'scopus-crlf.ris', line: 20, record: 1, message: 'record has no title (TI or T1)' }]);
    expect(result.warnings).toEqual([]);
  });

  it('Reference Manager: A1/T1/Y1/N2/JO, "Baldwin,S.A." without a space, a title continued on the next line', () => {
    const [paper] = read('endnote-refman.ris').records;
    expect(paper).toMatchObject({
      title: 'Blood-brain barrier breach following cortical contusion in the rat',
      authors: ['S.A. Baldwin', 'I. Fugaccia', 'D.R. Brown', 'L.V. Brown', 'S.W. Scheff'],
      date: '1996',
      year: 1996,
      venue: 'J.Neurosurg.',
    });
    expect(paper!.abstract.startsWith('Adult Fisher 344 rats were subjected to a unilateral impact to the dorsal cortex')).toBe(true);
  });

  it('EndNote: one space before the dash, authors as written (upper case, particle), the DOI only in N1/UR', () => {
    const result = read('endnote-single-space-tags.ris');
    expect(result.rejections).toEqual([]);
    expect(result.records[0]).toMatchObject({
      title: 'Rapid identification of thousands of copperhead snake (Agkistrodon contortrix) microsatellite loci from modest amounts of 454 shotgun genome sequence',
      authors: ['TODD A. CASTOE', 'ALEXANDER W. POOLE', 'WANJUN GU', 'A. P. JASON de KONING', 'JUAN M. DAZA', 'ERIC N. SMITH', 'DAVID D. POLLOCK'],
      doi: '10.1111/j.1755-0998.2009.02750.x',
      date: '2009',
      venue: 'Molecular Ecology Resources',
    });
  });

  it('Zotero: DA dates as precise as given (with a time, or a month only), a ligature folded', () => {
    const result = read('zotero-export.ris');
    expect(result.records.map((record) => [record.title, record.date, record.doi ?? null, record.authors])).toEqual([
      ['Animal Agency', '2009-05-21', '10.1080/00201740902917119', ['Helen Steward']],
      ['Why do humans reason? Arguments for an argumentative theory', '2011-04', '10.1017/s0140525x10000968', ['Hugo Mercier', 'Dan Sperber']],
      ['3 global health issues to watch in 2021', '2020-12-29', null, ['Helen Branswell']],
    ]);
    expect(result.records[1]!.abstract).toContain('fi');
    expect(result.records[1]!.abstract).not.toMatch(/[\ufb00-\ufb06]/);
    expect(result.records.map((record) => record.sources[0]!.line)).toEqual([1, 21, 43]);
  });

  it('arXiv papers from Zotero: the arXiv DOI, the abs URL, "arXiv:…" in a note', () => {
    const text = [
      'TY  - PREP',
      'TI  - LLaMA: Open and Efficient Foundation Language Models',
      'AU  - Touvron, Hugo',
      'AU  - Lavril, Thibaut',
      'DA  - 2023/02/27/',
      'DO  - 10.48550/arXiv.2302.13971',
      'UR  - http://arxiv.org/abs/2302.13971',
      'ER  - ',
      '',
      'TY  - JOUR',
      'TI  - Attention Is All You Need',
      'AU  - Vaswani, Ashish',
      'N1  - arXiv:1706.03762 [cs]',
      'ER  - ',
    ].join('\n');
    expect(parseRis(text, 'zotero.ris').records.map((record) => [record.arxivId, record.doi ?? null, record.date ?? null])).toEqual([
      ['2302.13971', '10.48550/arxiv.2302.13971', '2023-02-27'],
      ['1706.03762', null, '2017-06'],
    ]);
  });

  it('IEEE Xplore: records separated by CRLF, LF, then a CR before the next TY (`\\rTY  - CONF`) are all read', () => {
    const text = fixture('ieee-xplore-litstudy.ris');
    expect(text).toContain('ER  - \r\n\n\rTY  - CONF\r\n');
    const { records, rejections, warnings } = parseRis(text, 'ieee.ris');
    expect(rejections).toEqual([]);
    expect(warnings).toEqual([]);
    expect(records.map((record) => [record.sources[0]!.line, record.title, record.date, record.doi])).toEqual([
      [1, 'The European Approach to the Exascale Challenge', '2019', '10.1109/mcse.2018.2884139'],
      [26, 'Reference Exascale Architecture', '2019-09-24', '10.1109/escience.2019.00063'], // `Y1  - 24-27 Sept. 2019`
      [61, 'Brief introduction of TianHe exascale prototype system', '2021-06', '10.26599/tst.2020.9010009'], // `June 2021`
      [99, 'Challenges for Benchmarking, profiling and performance evaluation in the era of Exascale', '2014-07-21', '10.1109/hpcsim.2014.6903809'], // `21-25 July 2014`
    ]);
    expect(records[1]!.authors.slice(0, 3)).toEqual(['M. Bobák', 'L. Hluchy', 'A. S. Z. Belloum']);
  });

  it('records not closed, text outside records: read, with a warning by line', () => {
    const text = 'Exported by X\nTY  - JOUR\nTI  - One\nTY  - JOUR\nTI  - Two\nER  - \nTY  - JOUR\nTI  - Three\n';
    const result = parseRis(text, 'open.ris');
    expect(result.records.map((record) => [record.title, record.sources[0]!.line])).toEqual([
      ['One', 2],
      ['Two', 4],
      ['Three', 7],
    ]);
    expect(result.warnings).toEqual([
      { file: 'open.ris', line: 2, message: 'record not closed by ER before the next TY (line 4): read up to there' },
      { file: 'open.ris', line: 1, message: 'text outside a TY … ER record: ignored' },
      { file: 'open.ris', line: 7, message: 'the last record is not closed by ER (the file may be cut short): read as it is' },
    ]);
  });

  it('a byte order mark; sniffing by the first TY line', () => {
    expect(parseRis('\ufeffTY  - JOUR\r\nTI  - With BOM\r\nER  - \r\n', 'bom.ris').records.map((record) => record.title)).toEqual(['With BOM']);
    expect(risFormat.sniff(fixture('endnote-single-space-tags.ris'))).toBe(1);
    expect(risFormat.sniff('\ufeff\nTY  - JOUR\n')).toBe(1);
    expect(risFormat.sniff('TI  - no type first\n')).toBe(0);
    expect(risFormat.sniff('@article{a, title={T}}')).toBe(0);
  });
});

describe('database short forms of names in RIS (ASReview test files)', () => {
  it("Web of Science's RIS: `Luke, TJ` → `T. J. Luke`, spelt as its plain-text export spells them", () => {
    const { records, rejections } = read('web-of-science-ris-asreview.txt');
    expect(rejections).toEqual([]);
    expect(records.map((record) => [record.sources[0]!.line, record.authors, record.date, record.doi])).toEqual([
      // `DA  - SEP` (the month alone) with `PY  - 2018`.
      [1, ['F. Alceste', 'T. J. Luke', 'S. M. Kassin'], '2018-09', '10.1016/j.jarmac.2018.03.001'],
      [48, ['S. C. Appleby', 'S. M. Kassin'], '2016-05', '10.1037/law0000080'],
      [90, ['L. Brimbal', 'R. E. Dianiska', 'J. K. Swanner', 'C. A. Meissner'], '2019-05', '10.1037/law0000193'],
    ]);
    expect(records[0]!.venue).toBe('JOURNAL OF APPLIED RESEARCH IN MEMORY AND COGNITION');
  });

  it('Embase (Elsevier) RIS: a byte order mark, `A1  - Adler D.G.` (surname, then initials) → `D.G. Adler`; names in capitals keep a given name that reads as one', () => {
    const { records, rejections } = read('embase-asreview.ris');
    expect(rejections).toEqual([]);
    expect(records.map((record) => record.authors)).toEqual([
      ['R. Liu', 'D.G. Adler'],
      ['M.A. Eloubeidi', 'M. Cohn', 'R.J. Cerfolio', 'D.C. Chhieng', 'N. Jhala', 'D. Jhala', 'I.A. Eltoum'],
      ['S. Nakashima', 'T. Yamada', 'G. Sato', 'T. Sakai', 'Y. Chinen', 'H. Itakura', 'R. Kato', 'M. Ueda', 'Y. Tsuda', 'K. Ohta', 'J. Matsuyama', 'M. Ikenaga'],
      ['L. Quintanilla-Dieck', 'E.B. Penn'],
    ]);
    // The full name (`JF`) before the abbreviation (`JO`).
    expect(records.map((record) => record.venue)).toEqual(['Endoscopic Ultrasound', 'Cancer', 'International Journal of Surgery Case Reports', 'Clinics in Perinatology']);
    // In a name all in capitals, a given name that reads as one (a vowel among three or four letters) is kept; one or
    // two letters, or letters without a vowel, are initials.
    expect(parseRis('TY  - JOUR\nTI  - T\nAU  - DE LA CRUZ, JOSE\nAU  - SMITH, JA\nAU  - LIM, RCH\nER  - \n', 'caps.ris').records[0]!.authors).toEqual(['JOSE DE LA CRUZ', 'J. A. SMITH', 'R. C. H. LIM']);
  });
});

describe("an author with the corresponding author's e-mail (Scopus's RIS, python-bibx's example)", () => {
  it('`AU  - Nguyen, C.D., chi.nguyendinh@…` is the author `C.D. Nguyen`', () => {
    const { records, rejections, warnings } = read('scopus-2020-email-author-bibx.ris');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records.map((record) => [record.title.slice(0, 40), record.authors, record.doi])).toEqual([
      ['Design of an advanced soft-output Viterb', ['C.D. Nguyen'], '10.1049/iet-com.2020.0245'],
    ]);
  });

  it("Scopus: the source's full name in `C3` (a conference's, an article's without `T2`) over the abbreviation in `J2`", () => {
    const { records, rejections, warnings } = read('scopus-c3-proceedings-bibx.ris');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records.map((record) => record.venue)).toEqual(['2018 IEEE International Magnetic Conference, INTERMAG 2018', 'IEEE Transactions on Magnetics']);
    // Invented records: a conference paper's one `C3` is its proceedings; Web of Science's `C3` lines (affiliations)
    // and another exporter's `C3` of an article are not venues.
    const venue = (lines: string) => parseRis(`TY  - ${lines}\nTI  - A title\nER  - \n`, 'x.ris').records[0]!.venue;
    expect(venue('CONF\nC3  - Proceedings of the 40th ACM SIGIR Conference\nJ2  - Proc. SIGIR')).toBe('Proceedings of the 40th ACM SIGIR Conference');
    expect(venue('CONF\nC3  - University of Namur\nC3  - Goethe University Frankfurt\nJ2  - Proc. SIGIR')).toBe('Proc. SIGIR');
    expect(venue('JOUR\nC3  -  PUBMED 21314913\nJ2  - J. Things')).toBe('J. Things');
  });
});

describe("authors under two tags (Zotero's RIS test case)", () => {
  it('`A1` for the first author, then `AU` for the others: one list in the order of the file', () => {
    const { records, rejections, warnings } = read('mixed-a1-au-zotero-translators.ris');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records.map((record) => [record.title, record.authors])).toEqual([['Mixed author tags', ['Danko Georgiev', 'Leon Bello', 'Avishy Carmi', 'Eliahu Cohen']]]);
    // Interleaved, and with a value continued on the next line.
    const mixed = parseRis('TY  - JOUR\nTI  - T\nAU  - Ann Lee\nA1  - Bob\n  Ray\nAU  - Cy Young\nER  - \n', 'm.ris').records[0]!;
    expect(mixed.authors).toEqual(['Ann Lee', 'Bob Ray', 'Cy Young']);
  });
});

describe('RIS without TI or T1 (rispy test file)', () => {
  it('the short title `ST` names the work when nothing else does: a byte order mark, `TY  - Journal Article`, Cyrillic', () => {
    const { records, rejections } = read('rispy-utf-chars-short-title.ris');
    expect(rejections).toEqual([]);
    expect(records.map((record) => [record.title.slice(0, 45), record.authors, record.date, record.venue])).toEqual([
      ['Состояние рецепторного аппарата эндометрия и ', ['Yu E. Dobrokhotova', 'R. O. Yusupova', 'R. I. Ozerova', 'L. Z. Fayzullin', 'V. N. Karnaukhov'], '2009', 'Gynecology, Obstetrics and Perinatology'],
    ]);
    expect(records[0]!.abstract).toMatch(/^Состояние рецепторного аппарата/);
  });
});

describe('RIS dates as databases spell them (ASReview and CoLRev test files)', () => {
  it('EndNote from PubMed: `DA  - Jun` with `PY  - 2011`; keywords and notes continued on untagged lines', () => {
    const { records, rejections, warnings } = read('endnote-from-pubmed-asreview.txt');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records.map((record) => [record.sources[0]!.line, record.date, record.doi, record.venue])).toEqual([
      [2, '2011-06', '10.2165/11586800-000000000-00000', 'Clin Pharmacokinet'],
      // `DA  - Mar 1` with `PY  - 2018`.
      [43, '2018-03-01', '10.5650/jos.ess17184', 'J Oleo Sci'],
    ]);
    expect(records[0]!.authors).toEqual(['M. Abdel-Tawab', 'O. Werz', 'M. Schubert-Zsilavecz']);
  });

  it("EndNote 20 (RefLib's library): `DA  - Jul 3`, `Mar-Apr`, `Nov` beside `PY` give month and day with PY's year", () => {
    const text = fixture('endnote20-month-day-reflib.ris');
    expect(text.startsWith('\ufeffTY  - JOUR\r\n')).toBe(true);
    const { records, rejections, warnings } = read('endnote20-month-day-reflib.ris');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records.map((record) => [record.sources[0]!.line, record.date, record.year])).toEqual([
      [1, '2017-03', 2017],
      [34, '2005-11', 2005],
      [77, '2020-07-03', 2020],
    ]);
    // Without a year anywhere in the record the month is no date.
    expect(parseRis('TY  - JOUR\nTI  - T\nDA  - Jul 3\nER  - \n', 'd.ris').records[0]!.date).toBeUndefined();
  });

  it('IEEE Xplore: `Y1  - 4-8 Aug. 2020` (a day range) and `Y1  - Mar. 2017`', () => {
    const { records } = read('ieee-xplore-colrev.ris');
    expect(records.map((record) => [record.date, record.doi])).toEqual([
      ['2020-08-04', '10.1234/random-name55555.2020.00050'],
      ['2017-03', '10.1111/mc.2017.66'],
    ]);
    const spelt = (date: string) => parseRis(`TY  - JOUR\nTI  - T\nY1  - ${date}\nER  - \n`, 'd.ris').records[0]!.date;
    expect(['2015/october', '2019 Mar 15', '2019 Mar', 'Jun', '2019///'].map(spelt)).toEqual(['2015-10', '2019-03-15', '2019-03', undefined, '2019']);
  });
});

describe('RIS of more exporters (ASReview citation-file-formatting, CoLRev)', () => {
  it('Cochrane Library (CENTRAL): `Record #3 of 18` + Provider/Content header before every record, `TY  -  JOUR` (two spaces after the dash)', () => {
    const text = fixture('cochrane-central-asreview.ris');
    expect(text.startsWith('Record #3 of 18\nProvider: John Wiley & Sons, Ltd.')).toBe(true);
    expect(risFormat.sniff(text)).toBe(1);
    expect(detectFormat('citation-export.txt', text)?.name).toBe('ris');
    const { records, rejections, warnings } = read('cochrane-central-asreview.ris');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records.map((record) => [record.sources[0]!.line, record.title.slice(0, 50), record.authors, record.date, record.doi, record.venue])).toEqual([
      [5, 'The Incredible Years Therapeutic Dinosaur Programm', ['T. Bywater', 'J. Hutchings', 'C. Whitaker', 'C. Evans', 'L. Parry'], '2011', '10.1186/1745-6215-12-39', 'Trials'],
      [79, 'Time to transfer: long-term effects of a sustained', ['J. S. Kim', 'J. B. Gilbert', 'J. E. Relyea', 'P. Rich', 'E. Scherer', 'M. A. Burkhauser', 'J. N. Tvedt'], '2024', '10.1037/dev0001710', 'Developmental psychology'],
      [131, 'The Incredible Years Parenting and Child Treatment', ['I. Arruabarrena', 'G. R. Rivas', 'M. Cañas', 'J. Paúl'], '2022', '10.5093/pi2022a2', 'Psychosocial intervention = intervencion psicosocial'],
    ]);
    expect(records[0]!.abstract).toMatch(/^BACKGROUND: School interventions such as the Incredible Years/);
  });

  it('JSTOR: the Provider/Database/Content header before each record is no text lost; APA PsycINFO: `PMID  - ` is a tag', () => {
    const jstor = read('jstor-colrev.ris');
    expect(fixture('jstor-colrev.ris').startsWith('Provider: JSTOR http://www.jstor.org')).toBe(true);
    expect(detectFormat('jstor.txt', fixture('jstor-colrev.ris'))?.name).toBe('ris');
    expect([jstor.rejections, jstor.warnings]).toEqual([[], []]);
    // `C1  - Full publication date: July-August 2016` makes `PY  - 2016` a month; `Winter 2014` stays the year.
    expect(jstor.records.map((record) => [record.sources[0]!.line, record.title, record.date, record.doi ?? null])).toEqual([
      [6, 'This is the title - charset UTF-8 used', '2016-07', null],
      [32, 'Primary Title', '2014', '10.1111/something.2014.3.4.56'],
      [60, 'This title is of type CHAP', '2019', null],
      [86, 'This title is of type RPRT', '2018', null],
    ]);
    const jstorDate = (full: string, year: string) => parseRis(`TY  - JOUR\nTI  - T\nPY  - ${year}\nC1  - Full publication date: ${full}\nER  - \n`, 'j.ris').records[0]!.date;
    expect([jstorDate('Mar. 15, 1990', '1990'), jstorDate('Jun., 2001', '2001'), jstorDate('May 2003', '2004')]).toEqual(['1990-03-15', '2001', '2004']);
    const apa = read('apa-psycinfo-colrev.ris');
    expect(apa.warnings).toEqual([]);
    expect(apa.records[0]).toMatchObject({ ids: { pmid: '33355555' }, doi: '10.1011/hea0004444', venue: 'Journal/Periodical name: full format' });
    expect(apa.records[0]!.authors).toEqual(['Matthias Author-One', 'Martin Author-Two', 'Hans E. Author-Three', 'Bob Author-Four', 'David B. Author-Five']);
  });

  it("Ovid's RIS (PsycINFO): records numbered `1.` / `2.` on lines of their own, the DOI as a dx.doi.org URL in DO", () => {
    const { records, rejections, warnings } = read('ovid-psycinfo-asreview.ris');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records.map((record) => [record.sources[0]!.line, record.title, record.authors, record.date, record.doi, record.venue])).toEqual([
      [2, 'DINOSAUR: An integrated cognitive-behavioral treatment for anxiety in young children with ASD.', ['Amy Keefer', 'Roma A Vasa'], '2021', '10.1186/s11689-021-09396-9', 'Journal of Neurodevelopmental Disorders'],
      [87, 'Learning to code via tablet applications: An evaluation of Daisy the Dinosaur and Kodable as learning tools for young children.', ['Sarah Pila', 'Fashina Alade', 'Kelly J Sheehan', 'Alexis R Lauricella', 'Ellen A Wartella'], '2019', '10.1016/j.compedu.2018.09.006', 'Computers & Education'],
    ]);
  });

  it('EBSCOhost (CINAHL): the DOI only in `L3`; the second `AB` (a copyright notice) is not the abstract', () => {
    const { records, rejections } = read('ebscohost-cinahl-asreview.ris');
    expect(rejections).toEqual([]);
    expect(records.map((record) => [record.doi, record.date, record.authors[0]])).toEqual([
      ['10.1371/journal.pone.0298242', '2024-04-03', 'Kristina Curry Rogers'],
      ['10.1371/journal.pone.0298957', '2024-03-06', 'Nathan P. Myhrvold'],
    ]);
    expect(records[0]!.abstract).toMatch(/^Dinosauria debuted on Earth's stage/);
    expect(records[0]!.abstract).not.toContain('Copyright of PLoS ONE');
  });

  it('Rayyan: the next field run into the DO line (`DO  - 10.1038/… LK  - https://…`) leaves the DOI readable', () => {
    const { records, rejections } = read('rayyan-asreview.ris');
    expect(rejections).toEqual([]);
    expect(records.map((record) => [record.doi, record.venue])).toEqual([
      ['10.1038/s41467-024-48400-3', 'Nat. Commun.'],
      ['10.1038/s41598-024-65283-y', 'Sci Rep'],
      ['10.1111/cla.12583', 'Cladistics'],
    ]);
    expect(records[2]!.authors).toEqual(['D. Pol', 'M.A. Baiano', 'D. Černý', 'F.E. Novas', 'I.A. Cerda', 'M. Pittman']);
  });

  it('EPPI-Reviewer: `A1  - Brownstein C D` (surname, initials without full stops) → `C. D. Brownstein`', () => {
    const { records, rejections } = read('eppi-reviewer-asreview.ris');
    expect(rejections).toEqual([]);
    expect(records.map((record) => record.authors)).toEqual([
      ['C. D. Brownstein'],
      ['D. A. Eberth'],
      // EPPI-Reviewer itself split `Dos Santos, H B` over two A1 lines: kept as written, not guessed back together.
      ['L. P. Troiano', 'Dos Santos', 'H B', 'T. Aureliano', 'A. M. Ghilardi'],
    ]);
    expect(records.map((record) => record.doi)).toEqual(['10.1186/s12862-024-02210-9', '10.1371/journal.pone.0292318', '10.1038/s41598-024-65283-y']);
  });

  it("a conference paper's proceedings in `BT` (beside its own `TI`) is its venue; a book's `BT` repeating its title is not", () => {
    const venue = (lines: string) => parseRis(`TY  - CONF\nTI  - Graph attention networks\n${lines}ER  - \n`, 'acm.ris').records[0]!.venue ?? null;
    expect(venue('BT  - Proceedings of the 25th ACM SIGKDD International Conference\nSE  - KDD \'19\n')).toBe('Proceedings of the 25th ACM SIGKDD International Conference');
    expect(venue('BT  - Graph attention networks\n')).toBe(null);
    expect(venue('T2  - ICLR\nBT  - Some book\n')).toBe('ICLR');
  });

  it('Taylor & Francis: a U+2028 line separator inside the title no longer hides the T1 line; the full journal name (JF) before the abbreviation (JO)', () => {
    expect(fixture('taylor-francis-line-separator-zotero-translators.ris')).toContain('Communication: \u2028Potential');
    const { records, rejections } = read('taylor-francis-line-separator-zotero-translators.ris');
    expect(rejections).toEqual([]);
    expect(records.map((record) => [record.title, record.authors, record.date, record.doi, record.venue])).toEqual([
      [
        'From Basic to Applied Research to Improve Outcomes for Individuals Who Require Augmentative and Alternative Communication: Potential Contributions of Eye Tracking Research Methods',
        ['Janice Light', 'David McNaughton'],
        '2014-06-01',
        '10.3109/07434618.2014.906498',
        'Augmentative and Alternative Communication',
      ],
    ]);
  });

  it("HTML left in titles and abstracts is read as text: Web of Science's `<i>…</i>` in a title, Scopus's `p &lt; .001`", () => {
    const wos = read('web-of-science-italic-title-asreview.ris').records[0]!;
    expect(fixture('web-of-science-italic-title-asreview.ris')).toContain('<i>Kulindadromeus zabaikalicus</i>');
    expect(wos.title).toBe("The rise of feathered dinosaurs: Kulindadromeus zabaikalicus, the oldest dinosaur with 'feather-like' structures");
    expect([wos.doi, wos.authors[0], wos.venue, wos.date]).toEqual(['10.7717/peerj.6239', 'A. Cincotta', 'PEERJ', '2019-02-01']);
    const scopus = read('scopus-escaped-lt-asreview.ris').records[0]!;
    expect(fixture('scopus-escaped-lt-asreview.ris')).toContain('(p &lt; .001, η2 = 0.069)');
    expect(scopus.abstract).toContain('(p < .001, η2 = 0.069)');
    expect(scopus.abstract).not.toContain('&lt;');
    // A bare `<` or `&` is text, not markup.
    const bare = parseRis('TY  - JOUR\nTI  - Research & development when p < 0.05\nER  - \n', 'b.ris').records[0]!;
    expect(bare.title).toBe('Research & development when p < 0.05');
  });
});

describe("EBSCOhost's RIS and an EndNote library's (synthesisr and ASySD test files)", () => {
  it("EBSCOhost (`DP  - EBSCOhost`): the full stop it closes every title with and its `[ABSTRACT FROM AUTHOR]` mark go; the copyright notice in a second `AB` is not read", () => {
    const { records, rejections } = parseRis(fixture('ebscohost-academic-search-synthesisr.ris'), 'asp.ris');
    expect(rejections).toEqual([]);
    expect(records.map((record) => record.title)).toEqual([
      '“Living on the edge”: The role of field margins for common vole (Microtus arvalis) populations in recently colonised Mediterranean farmland',
      '£330,000 Welsh farmer scheme helps reduce flooding',
      '£50,000 silage conveyor helps keeps mud off road',
      '2ZGK-6 型可调宽窄行高速水稻插秧机设计与试验',
    ]);
    expect(records[0]!.abstract).toMatch(/integrated control schemes of crop-damaging common vole outbreaks\.$/);
    expect(records[0]).toMatchObject({ authors: ['Ruth Rodríguez-Pastor', 'Juan José Luque-Larena', 'Xavier Lambin', 'François Mougeot'], date: '2016-09', doi: '10.1016/j.agee.2016.06.041', venue: 'Agriculture, Ecosystems & Environment' });
  });

  it('several people in one `AU` line, each `Family I. I.` between commas, are several authors', () => {
    const { records } = parseRis(fixture('endnote-library-asysd.ris'), 'lib.ris');
    expect(records[1]).toMatchObject({ title: "Alzheimer's disease: The right drug the right time", authors: ['T. E. Golde', 'S. T. DeKosky', 'D. Galasko'], doi: '10.1126/science.aau0437' });
  });
});

describe("ProQuest's RIS (Social Services Abstracts, a meta-analysis's search, alfrossi/Meta_Analysis)", () => {
  it('degrees written after the names (`Moore, Ami, PhD, MPH, CPH`, `Gan, Daniel Rong Yao, M Arch`) are no part of them', () => {
    const { records, rejections } = read('proquest-degrees-after-names-alfrossi.ris');
    expect(rejections).toEqual([]);
    expect(records.map((record) => record.authors)).toEqual([
      ['Chenchen Yang', 'Ami Moore', 'Elias Mpofu', 'Diana Dorstyn', 'Qiwei Li', 'Cheng Yin'],
      ['Vivian J Miller'],
      ['Daniel Rong Yao Gan', 'John Chye Fung', 'Im Sik Cho'],
    ]);
    expect(records[0]).toMatchObject({ doi: '10.1093/geront/gnz149', venue: 'The Gerontologist', date: '2020-12' });
  });
});

describe("Ovid's MEDLINE records in RIS: the PubMed id from Ovid's link (CiteSource test files)", () => {
  it('Ovid\'s own RIS: `L2  - …ovidweb.cgi?…D=medp…&AN=30439442` (MEDLINE Epub Ahead of Print) gives the PMID', () => {
    const { records, rejections, warnings } = read('ovid-medline-citesource.ris');
    expect(rejections).toEqual([]);
    // The "Link to the Ovid Full Text…" lines Ovid writes after each `ER` are no part of a record.
    expect(warnings.map((warning) => [warning.line, warning.message])).toEqual([[34, 'text outside a TY … ER record: ignored']]);
    expect(records.map((record) => [record.ids, record.doi, record.title])).toEqual([
      [{ pmid: '30439442' }, '10.1016/j.toxicon.2018.11.007', 'Mushroom poisoning: A proposed new clinical classification.'],
      [{ pmid: '30484626' }, '10.1021/acschembio.8b00821', 'Monoamine biosynthesis via a noncanonical calcium-activatable aromatic amino acid decarboxylase in psilocybin mushroom.'],
    ]);
  });

  it("Zotero's RIS of records saved from Ovid MEDLINE (`DB  - Ovid MEDLINE(R) Epub Ahead of Print`, the link in L2)", () => {
    const { records, rejections } = read('zotero-from-ovid-medline-citesource.ris');
    expect(rejections).toEqual([]);
    expect(records.map((record) => [record.ids, record.doi])).toEqual([
      [{ pmid: '39012781' }, '10.2337/dc24-0703'],
      [{ pmid: '38865135' }, '10.1001/jamacardio.2024.1321'],
    ]);
  });

  it("another Ovid database's accession number is no PubMed id: PsycINFO's `D=psyc20&…&AN=2021-94054-001`", () => {
    expect(read('ovid-psycinfo-asreview.ris').records.map((record) => record.ids)).toEqual([undefined, undefined]);
  });

  it("without the L2 link: the accession number (`ID`, Ovid's `UI`; `AN`) of a record whose `DB` names MEDLINE is the PMID, a 7-9 digit number only", () => {
    // The real records of Ovid's MEDLINE RIS, whose `ID` is the PMID its link names, saved without their `L2` (and
    // with the `DB` line Ovid's RIS writes, as in its PsycINFO RIS): changed for this test, marked so.
    const real = fixture('ovid-medline-citesource.ris');
    const unlinked = real.replace(/^L2 {2}- .*\r?\n/gm, '');
    expect(unlinked).not.toMatch(/^L2/m);
    const withDatabase = unlinked.replace(/^(ID {2}- \d+)$/gm, 'DB  - Ovid MEDLINE(R) Epub Ahead of Print <November 29, 2018>\n$1');
    const ids = (text: string) => parseRis(text, 'ovid.ris').records.map((record) => record.ids?.pmid ?? null);
    expect(ids(withDatabase)).toEqual(['30439442', '30484626']);
    // Nothing in the record names its database: its `ID` may be any database's number, or a library's own.
    expect(ids(unlinked)).toEqual([null, null]);
    // Ovid's PsycINFO RIS (real): `DB  - APA PsycInfo <2021>`, `ID  - 2021-94054-001`, its own accession number.
    expect(ids(fixture('ovid-psycinfo-asreview.ris').replace(/^L2 {2}- .*\r?\n/gm, ''))).toEqual([null, null]);
    // Invented: the NLM journal id in `M1` (`101282906`) is no PMID; Embase's number (also in MEDLINE: Embase.com's
    // two `DB`), EndNote's short record number in `ID`, and two different numbers in `AN` and `ID` are none either;
    // EndNote's RIS of a MEDLINE record gives the PMID in `AN`.
    const record = (lines: string) => `TY  - JOUR\nT1  - A trial\n${lines}\nER  - \n`;
    expect(
      [
        'DB  - Ovid MEDLINE(R)\nM1  - 101282906',
        'DB  - Embase\nID  - 2001234567',
        'DB  - Embase\nDB  - Medline\nID  - 31234567',
        'DB  - MEDLINE\nID  - 245',
        'DB  - MEDLINE\nID  - 1234567\nAN  - 31234567',
        'DB  - MEDLINE\nID  - 245\nAN  - 31234567',
      ].map((lines) => ids(record(lines))[0]),
    ).toEqual([null, null, null, null, null, '31234567']);
  });

  it('an Ovid record and the PubMed record of the same PMID share that identity and are one paper', () => {
    const [ovid] = read('ovid-medline-citesource.ris').records;
    // Invented for this test: PubMed's MEDLINE record of the same article (no DOI, the authors' short forms).
    const pubmed = parseMedline('PMID- 30439442\nTI  - Mushroom poisoning: A proposed new clinical classification.\nAU  - White J\nDP  - 2019 Jan\n', 'pubmed.nbib').records[0]!;
    expect(workIdentities(ovid!).map((identity) => identity.key)).toContain(workIdentities(pubmed)[0]!.key);
    const { records, warnings } = mergeRecords([ovid!, pubmed]);
    expect(warnings).toEqual([]);
    expect(records.map((record) => record.sources.map((source) => source.file))).toEqual([['ovid-medline-citesource.ris', 'pubmed.nbib']]);
  });
});

describe('RIS dates of arXiv preprints (the rule of records.ts preprintDate)', () => {
  it("a preprint dated by its latest version (Zotero's `DA  - 2023/08/02/`, `PY  - 2023`) is dated by its id's month; a journal's record keeps its date", () => {
    // Invented, in the layout Zotero's RIS export gives a preprint (no real Zotero RIS of an arXiv paper was found).
    const text = [
      'TY  - GEN\nTI  - Attention Is All You Need\nAU  - Vaswani, Ashish\nAB  - The dominant sequence transduction models …\nDA  - 2023/08/02/\nPY  - 2023\nDO  - 10.48550/arXiv.1706.03762\nDP  - arXiv.org\nPB  - arXiv\nUR  - http://arxiv.org/abs/1706.03762\nN1  - arXiv:1706.03762 [cs]\nER  - ',
      'TY  - GEN\nTI  - Same month\nDA  - 2017/06/30/\nUR  - http://arxiv.org/abs/1706.03762\nER  - ',
      'TY  - JOUR\nTI  - A journal version\nDA  - 2023/08/02/\nT2  - Some Journal\nUR  - http://arxiv.org/abs/1706.03762\nER  - ',
      'TY  - GEN\nTI  - Undated\nUR  - http://arxiv.org/abs/1706.03762\nER  - ',
    ].join('\n\n');
    expect(parseRis(text, 'zotero.ris').records.map((record) => [record.title, record.date])).toEqual([
      ['Attention Is All You Need', '2017-06'],
      ['Same month', '2017-06-30'],
      ['A journal version', '2023-08-02'],
      ['Undated', '2017-06'],
    ]);
  });
});

describe("ScienceDirect's RIS whose abstract is its heading alone (JabRef's test file)", () => {
  it('`AB  - Abstract` is no abstract; the rest as usual: `T1`, `JO`, a DOI URL in `DO`, `PY  - 2016/12//`', () => {
    const name = 'sciencedirect-abstract-heading-only-jabref.ris';
    const [record] = ingestOne({ name, text: fixture(name) }).records;
    expect(record).toMatchObject({
      title: 'Phase separation and ω transformation in binary V-Ti and ternary V-Ti-Cr alloys',
      abstract: '',
      authors: ['Chanchal Ghosh', 'Joysurya Basu', 'Divakar Ramachandran', 'E. Mohandas'],
      date: '2016-12',
      doi: '10.1016/j.actamat.2016.09.028',
      venue: 'Acta Materialia',
      volume: '121',
    });
  });
});

describe('TeX accents kept by a RIS written from a .bib', () => {
  it('are read as letters in titles, abstracts and names (`Schr\\"odinger`, `{\\aa}`, `\\L ukasz`)', () => {
    const text = 'TY  - JOUR\nTI  - The Schr\\"odinger equation on {\\AA}ngstr\\"om scales\nAU  - Kaiser, \\L ukasz\nAU  - Erd\\H{o}s, P.\nAB  - After Stra\\ss e and Bj\\o rn.\nPY  - 2001\nER  - \n';
    const [record] = parseRis(text, 'tex.ris').records;
    expect(record).toMatchObject({ title: 'The Schrödinger equation on Ångström scales', authors: ['Łukasz Kaiser', 'P. Erdős'], abstract: 'After Straße and Bjørn.' });
  });
});

describe("Web of Science's RIS whose fields a lone CR separates (milensys' export)", () => {
  it('a lone CR before a tag inside a line ends that line: the affiliations are no part of the abstract', () => {
    const [ingold, pottier] = read('web-of-science-cr-separated-fields-milensys.ris').records;
    expect(ingold).toMatchObject({ authors: ['T. Ingold'], date: '2016-09', doi: '10.1080/00664677.2016.1212532', venue: 'ANTHROPOLOGICAL FORUM' });
    expect(pottier).toMatchObject({ title: 'Moving beyond naturalism and toward a new humanism', authors: ['R. Pottier'], date: '2007-10', doi: '10.3917/rfs.484.0781', volume: '48' });
    expect(pottier!.abstract).toMatch(/^There is nothing universal in the nature\/culture opposition .* anthropology of nature >>\.$/);
    expect(pottier!.abstract).not.toContain('Univ Paris 05');
  });
});
