import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listLiteral, parseCsv } from '../../src/ingest/csv.ts';
import { ingestOne } from '../../src/ingest/index.ts';
import { doiInLink } from '../../src/ingest/reference-ids.ts';
import { decodeText } from '../../src/ingest/encoding.ts';
import { detectFormat } from '../../src/ingest/formats.ts';
import { authorSlug } from '../../src/contract/keys.ts';
import { runPipeline } from '../../src/pipeline/run.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/formats/csv/${name}`, import.meta.url), 'utf8');
const read = (name: string) => parseCsv(fixture(name), name);

describe('CSV exports of Scopus, IEEE Xplore and Springer Link (litstudy test files)', () => {
  it('Scopus: one paper a row, by the line it starts on (a quoted cell holds a line break); "Authors" as `Last I.` → `I. Last`', () => {
    const { records, rejections, warnings } = read('scopus-litstudy.csv');
    expect(rejections).toEqual([]);
    expect(warnings).toEqual([]);
    expect(records.map((record) => record.sources[0]!.line)).toEqual([2, 3, 4, 6, 7, 8]);
    expect(records[0]).toMatchObject({
      title: 'Scalable molecular dynamics with NAMD',
      date: '2005',
      doi: '10.1002/jcc.20289',
      venue: 'Journal of Computational Chemistry',
    });
    expect(records[0]!.authors).toEqual(['J.C. Phillips', 'R. Braun', 'W. Wang', 'J. Gumbart', 'E. Tajkhorshid', 'E. Villa', 'C. Chipot', 'R.D. Skeel', 'L. Kalé', 'K. Schulten']);
    expect(records[0]!.abstract).toMatch(/^NAMD is a parallel molecular dynamics code designed/);
    // The same person as other sources write him.
    expect(authorSlug(records[0]!.authors[0]!)).toBe(authorSlug('J. C. Phillips'));
  });

  it('IEEE Xplore: "Document Title", authors separated by `;`, "Publication Year", doubled quotes inside a title', () => {
    const { records, rejections } = read('ieee-xplore-litstudy.csv');
    expect(rejections).toEqual([]);
    expect(records).toHaveLength(10);
    expect(records[0]).toMatchObject({ title: 'Exascale Computing Trends: Adjusting to the "New Normal"\' for Computer Architecture', authors: ['P. Kogge', 'J. Shalf'], date: '2013', doi: '10.1109/mcse.2013.95', venue: 'Computing in Science & Engineering' });
    expect(records[1]!.authors).toContain('J. -P. Nominé');
  });

  it('Springer Link: "Item Title", "Item DOI", and authors glued together (`Araz R. AlievNigar T. Ismayilova`, `Prof. Dr.`) taken apart', () => {
    const { records, rejections } = read('springer-link-litstudy.csv');
    expect(rejections).toEqual([]);
    expect(records).toHaveLength(18);
    expect(records[0]).toMatchObject({ title: 'Graph-Based Load Balancing Model for Exascale Computing Systems', authors: ['Araz R. Aliev', 'Nigar T. Ismayilova'], doi: '10.1007/978-3-030-92127-9_33', date: '2022' });
    expect(records[1]!.authors).toEqual(['Rafik A. Aliev', 'Janusz Kacprzyk', 'Witold Pedrycz', 'Mo Jamshidi', 'Mustafa Babanli', 'Fahreddin M. Sadikoglu']);
    expect(records[2]!.authors).toEqual(['Barnabás Bede', 'Martine Ceberio', 'Martine De Cock', 'Vladik Kreinovich']);
  });

  it('detected by the header row whatever the name; the thesaurus-like or unrelated tables are not claimed', () => {
    expect(detectFormat('scopus.csv', fixture('scopus-litstudy.csv'))?.name).toBe('csv');
    expect(detectFormat('export.txt', fixture('ieee-xplore-litstudy.csv'))?.name).toBe('csv');
    expect(detectFormat('results', fixture('springer-link-litstudy.csv'))?.name).toBe('csv');
    expect(detectFormat('x.txt', 'name,age,city\nAda,36,London\n')?.name).not.toBe('csv');
    expect(detectFormat('t.tsv', 'label\treplace by\tkind\nGPT4\tGPT-4\tmodel\n')?.name).not.toBe('csv');
  });

  it('tab-separated with Web of Science tags as headers; a row without title, a row the parser cannot read: rejected by line', () => {
    const text = 'PT\tAU\tAF\tTI\tSO\tPY\tDI\tAB\nJ\tDoe, J\tDoe, Jane\tA paper\tNATURE\t2020\t10.1038/nature123\tSome abstract.\nJ\tRoe, R\tRoe, Rick\t\tSCIENCE\t2021\t\t\n';
    const { records, rejections } = parseCsv(text, 'savedrecs.txt');
    expect(records.map((record) => [record.title, record.authors, record.date, record.doi, record.venue])).toEqual([['A paper', ['Jane Doe'], '2020', '10.1038/nature123', 'NATURE']]);
    expect(rejections).toEqual([{ file: 'savedrecs.txt', line: 3, record: 1, message: 'row has no title' }]);
    const broken = parseCsv('Title,Year\n"Cut off,2020\n', 'cut.csv');
    expect(broken.records).toEqual([]);
    expect(broken.rejections[0]).toMatchObject({ file: 'cut.csv', line: 2, message: expect.stringMatching(/^row cannot be read: .*quot/i) });
  });

  it('OpenAlex CSV (`authorships.author.display_name`, `|` between names) and Dimensions (a note above the header row)', () => {
    const openalex = 'id,doi,title,display_name,publication_year,publication_date,authorships.author.display_name\n' +
      'https://openalex.org/W2741809807,https://doi.org/10.7717/peerj.4375,The state of OA,The state of OA,2018,2018-02-13,Heather Piwowar|Jason Priem|Richard Orr\n';
    const [work] = parseCsv(openalex, 'works.csv').records;
    expect(work).toMatchObject({ title: 'The state of OA', authors: ['Heather Piwowar', 'Jason Priem', 'Richard Orr'], date: '2018-02-13', doi: '10.7717/peerj.4375' });
    const dimensions = '"About the data: Exported on Dec 01, 2026. Criteria: ..."\n"Rank","Publication ID","DOI","Title","Abstract","Source title","PubYear","Authors"\n"1","pub.1","10.1038/s41586-020-2649-2","Array programming with NumPy","Array programming …","Nature","2020","Harris, Charles R.; Millman, K. Jarrod"\n';
    expect(detectFormat('dimensions.csv', dimensions)?.name).toBe('csv');
    const result = parseCsv(dimensions, 'dimensions.csv');
    expect(result.records.map((record) => [record.sources[0]!.line, record.title, record.authors, record.date])).toEqual([[3, 'Array programming with NumPy', ['Charles R. Harris', 'K. Jarrod Millman'], '2020']]);
    expect(result.warnings).toEqual([{ file: 'dimensions.csv', line: 1, message: 'the line above the header row is not read: About the data: Exported on Dec 01, 2026. Criteria: ...' }]);
  });
});

describe('OpenAlex web export and Lens (bibliometrix test files)', () => {
  it('OpenAlex: the title in `display_name` (no `title` column), the venue in `primary_location.source.display_name`, PubMed ids as URLs', () => {
    const name = 'openalex-web-export-bibliometrix.csv';
    expect(detectFormat(name, fixture(name))?.name).toBe('csv');
    const { records, rejections, warnings } = read(name);
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records).toHaveLength(8);
    expect(records[0]).toMatchObject({
      title: 'bibliometrix : An R-tool for comprehensive science mapping analysis',
      authors: ['Massimo Aria', 'Corrado Cuccurullo'],
      date: '2017-09-12',
      doi: '10.1016/j.joi.2017.08.007',
      venue: 'Journal of Informetrics',
      abstract: '',
    });
    expect(records.map((record) => record.ids?.pmid ?? null)).toEqual([null, null, null, null, null, '35434524', '33957813', null]);
    expect(records[7]).toMatchObject({ authors: ['Serap BÜYÜKKIDIK'], venue: 'Eğitimde ve Psikolojide Ölçme ve Değerlendirme Dergisi', date: '2022-09-26' });
    expect(records[1]!.abstract).toMatch(/^This study aims to explore the usage of Open-source software in bibliometric analysis\./);
  });

  it('Lens: `Author/s` separated by `;`, "Date Published", "Source Title", and abstracts without the JATS markup Crossref passes on', () => {
    const { records, rejections } = read('lens-export-bibliometrix.csv');
    expect(rejections).toEqual([]);
    expect(records.map((record) => [record.sources[0]!.line, record.date, record.doi])).toEqual([
      [2, '2020-11-22', '10.1007/s10669-020-09792-x'],
      [3, '2020-11-24', '10.5539/ibr.v13n12p27'],
      [4, '2021-06-30', '10.56109/aup-sna.v11i1.29'],
      [5, '2021-07-08', '10.1007/s10639-021-10630-z'],
      [6, '2020-10-10', '10.3390/app10207030'],
      [7, '2021-05-05', '10.1007/s10668-021-01481-2'],
      [8, '2021-04-13', '10.1016/j.scs.2021.102916'],
      [9, '2019-11-13', '10.46661/revmetodoscuanteconempresa.3298'],
    ]);
    expect(records[0]!.authors).toHaveLength(10);
    expect(records[0]!.authors.slice(-2)).toEqual(['Rafael Mantilla Montalvo', 'La’Treall Maddox']);
    expect(records[2]!.abstract).toMatch(/^Worldwide scientific publications on the remarkably diverse Orchidaceae family/);
    expect(records.some((record) => record.abstract.includes('jats'))).toBe(false);
    expect(records[0]).toMatchObject({ venue: 'Environment systems & decisions', ids: { pmid: '33251087' } });
  });
});

describe("Zotero's CSV export and Publish or Perish (Google Scholar, Semantic Scholar)", () => {
  it('Zotero: `Author` as `Last, First; …` (one author alone is one person), arXiv ids from Extra and "arXiv preprint" publication titles, TeX accents in titles', () => {
    const { records, rejections, warnings } = read('zotero-export-semantic-bibtool.csv');
    expect(rejections).toEqual([]);
    expect(warnings).toEqual([]);
    expect(records).toHaveLength(24);
    expect(records[0]).toMatchObject({
      title: 'Multivariate Quantile Function Forecaster',
      authors: ['Kelvin Kan', 'François-Xavier Aubet', 'Tim Januschowski', 'Youngsuk Park', 'Konstantinos Benidis', 'Lars Ruthotto', 'Jan Gasthaus'],
      arxivId: '2202.11316',
      date: '2022-02-23',
      sources: [{ file: 'zotero-export-semantic-bibtool.csv', line: 2, record: 0 }],
    });
    const byTitle = new Map(records.map((record) => [record.title, record]));
    // `Telgarsky, Matus` alone: one author, not two.
    expect(byTitle.get('Stochastic linear optimization never overfits with quadratically-bounded losses on general data')).toMatchObject({ authors: ['Matus Telgarsky'], arxivId: '2202.06915', date: '2022' });
    // Google Scholar's "journal" `arXiv preprint arXiv:2202.04985`: the arXiv id, no venue.
    const bounds = byTitle.get('Generalization Bounds via Convex Analysis')!;
    expect(bounds).toMatchObject({ authors: ['Gergely Neu', 'Gábor Lugosi'], arxivId: '2202.04985' });
    expect(bounds.venue).toBeUndefined();
    expect(byTitle.get('A Comprehensive Survey of Neural Architecture Search: Challenges and Solutions')).toMatchObject({ doi: '10.1145/3447582', venue: 'ACM Computing Surveys', date: '2022-05-31' });
    expect(byTitle.get('Nys-Newton: Nyström-Approximated Curvature for Stochastic Optimization')).toMatchObject({ arxivId: '2110.08577', authors: ['Dinesh Singh', 'Hardik Tankaria', 'Makoto Yamada'] });
    expect(records.filter((record) => record.arxivId !== undefined)).toHaveLength(20);
  });

  it('Zotero: single-author rows in a file without any `;` are still one person each', () => {
    const { records } = read('zotero-export-single-authors-pleiades.csv');
    expect(records.map((record) => [record.title, record.authors, record.date, record.venue ?? null])).toEqual([
      ["Discoverability .. a report that's worth a look", ['Lorcan Dempsey'], '2009-10-07', "Lorcan Dempsey's weblog"],
      ['Tarsus kılavuzu', ['Afif Erzen'], '1943', null],
    ]);
  });

  it('Zotero: notes and attachments rows are counted, not read; a trailing `;` after a DOI; dates as a spreadsheet rewrote them', () => {
    const header = '"Key","Item Type","Publication Year","Author","Title","Publication Title","DOI","Url","Abstract Note","Date","Extra"\n';
    const rows = [
      '"A","journalArticle","2012","Mancone, Conor L.; Gonzalez, Anthony H.","EzGal","PASP","10.1086/666502;","","","2012-06-01",""',
      '"B","note","","","Reading notes","","","","","",""',
      '"C","attachment","","","Full Text PDF","","","https://example.org/x.pdf","","",""',
      '"D","preprint","2023","Nguyen, Khai-Nguyen","Like a bilingual baby","","","http://arxiv.org/abs/2210.05487","","2/13/2023","arXiv:2210.05487 [cs]"',
    ];
    const result = parseCsv(header + rows.join('\n') + '\n', 'zotero.csv');
    expect(result.records.map((record) => [record.title, record.authors, record.doi ?? null, record.arxivId ?? null, record.date])).toEqual([
      ['EzGal', ['Conor L. Mancone', 'Anthony H. Gonzalez'], '10.1086/666502', null, '2012-06-01'],
      ['Like a bilingual baby', ['Khai-Nguyen Nguyen'], null, '2210.05487', '2023-02-13'],
    ]);
    expect(result.rejections).toEqual([]);
    expect(result.warnings).toEqual([{ file: 'zotero.csv', line: 3, message: 'not papers, not read: 1 note, 1 attachment' }]);
  });

  it("Zotero: a DOI and PubMed id kept on Extra's lines; rich text in a title read as text", () => {
    const header = '"Key","Item Type","Publication Year","Author","Title","DOI","Extra"\n';
    const row = '"E","conferencePaper","2002","Minock, Michael","Reduction of <i>Phoenix</i> queries","","Citation Key: minock-02\nDOI: 10.1007/3-540-45757-7\nPMID: 20664272"\n';
    const [paper] = parseCsv(header + row, 'zotero.csv').records;
    expect(paper).toMatchObject({ title: 'Reduction of Phoenix queries', authors: ['Michael Minock'], doi: '10.1007/3-540-45757-7', ids: { pmid: '20664272' } });
  });

  it('Publish or Perish from Google Scholar: `A Smith, B Jones` lists, lists cut with `…` (reported), a lone `…` is no venue', () => {
    const { records, rejections, warnings } = read('publish-or-perish-google-scholar.csv');
    expect(rejections).toEqual([]);
    expect(records).toHaveLength(38);
    expect(records[0]).toMatchObject({
      title: 'A multi-view latent variable model reveals cellular heterogeneity in complex tissues for paired multimodal single-cell data',
      authors: ['Y Wang', 'B Lian', 'H Zhang', 'Y Zhong', 'J He', 'F Wu'],
      date: '2023',
    });
    expect(records[0]!.venue).toBeUndefined();
    expect(records[6]).toMatchObject({ title: 'Traceable Multi-view Model Integration: A Transformation Pipeline for Agile Production Systems Engineering', authors: ['F Rinker', 'L Waltersdorfer', 'K Meixner', 'D Winkler'], doi: '10.1007/s42979-022-01572-5' });
    expect(records[7]).toMatchObject({ title: 'DrivingDiffusion: Layout-Guided multi-view driving scene video generation with latent diffusion model', authors: ['X Li', 'Y Zhang', 'X Ye'], arxivId: '2310.07771' });
    // The arXiv id from Scholar's links when the source is cut (`arXiv preprint arXiv …`), or from the full-text link.
    expect(records.filter((record) => record.arxivId).map((record) => [record.title.slice(0, 30), record.arxivId, record.venue ?? null])).toEqual([
      ['Dmv3d: Denoising multi-view di', '2311.09217', null],
      ['DrivingDiffusion: Layout-Guide', '2310.07771', null],
      ['Multi-view Fuzzy Representatio', '2309.11473', 'IEEE Transactions on …'],
      ['A Nested Matrix-Tensor Model f', '2305.19992', null],
      ['License Plate Recognition Base', '2309.12972', null],
    ]);
    expect(records.flatMap((record) => record.authors).filter((name) => /…|\.\.\./.test(name))).toEqual([]);
    expect(warnings).toEqual([{ file: 'publish-or-perish-google-scholar.csv', line: 2, message: '18 author lists cut short with "…" by the source (lines 2, 3, 4, 8, 10, …): only the authors before it are read' }]);
  });

  it('Publish or Perish from Semantic Scholar: full names separated by commas, DOIs, no venue', () => {
    const { records, rejections, warnings } = read('publish-or-perish-semantic-scholar-trimmed.csv');
    expect(rejections).toEqual([]);
    expect(warnings).toEqual([]);
    expect(records).toHaveLength(20);
    expect(records[0]).toMatchObject({ title: 'BRAD V3.0: an upgraded Brassicaceae database', date: '2021', doi: '10.1093/nar/gkab1057' });
    expect(records[0]!.authors).toEqual(['Haixu Chen', 'Tianpeng Wang', 'Xiaoning He', 'Xu Cai', 'Runmao Lin', 'Jianli Liang', 'Jian Wu', 'G. King', 'Xiaowu Wang']);
    expect(records[9]!.authors).toEqual(['A. Daoudi', 'Ghizlane El-Boussaidi', 'Naouel Moha', 'Sègla Kpodjedo']);
    expect(records[2]!.authors).toEqual(['Raffaele Garofalo']);
  });
});

describe("ASReview's test files: Embase without a year column, rispy's column names", () => {
  it('Embase: the year (and date) from the citation in `Source`, which gives the venue before it', () => {
    const { records, rejections, warnings } = read('asreview-embase.csv');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records.map((record) => [record.year, record.date, record.venue])).toEqual([
      [2014, '2014', 'Endoscopic Ultrasound'],
      [2004, '2004-08-25', 'Cancer'],
      [2019, '2019-01-01', 'International Journal of Surgery Case Reports'],
      [2018, '2018-12-01', 'Clinics in Perinatology'],
      [2011, '2011-01-07', 'World Journal of Gastroenterology'],
      [2017, '2017-03-01', 'Journal of Endourology Case Reports'],
    ]);
    expect(records[0]!.authors).toEqual(['R. Liu', 'D.G. Adler']);
    // No DOI column: the DOI of Embase's `Open URL Link` query (`…&id=doi:10.1002%2Fcncr.20369&…`), percent-decoded.
    expect(records.map((record) => record.doi)).toEqual([
      '10.4103/2303-9027.138783',
      '10.1002/cncr.20369',
      '10.1016/j.ijscr.2018.11.060',
      '10.1016/j.clp.2018.07.012',
      '10.3748/wjg.v17.i1.130',
      '10.1089/cren.2017.0016',
    ]);
  });

  it('doiInLink: a DOI URL, or an OpenURL query parameter (`id=doi:`, `rft_id=info:doi/`, `doi=`); other links give none', () => {
    expect(doiInLink('https://doi.org/10.1000/ABC')).toBe('10.1000/abc');
    expect(doiInLink('http://sfx.example.org/x?sid=EMBASE&issn=1&id=doi:10.1002%2Fcncr.20369&atitle=A+b')).toBe('10.1002/cncr.20369');
    expect(doiInLink('https://resolver.example.org/?rft_id=info:doi/10.1000%2Fxyz&rft.atitle=T')).toBe('10.1000/xyz');
    expect(doiInLink('https://www.scopus.com/inward/record.uri?eid=2-s2.0-1&doi=10.3390%2fAPP10175738&partnerID=40')).toBe('10.3390/app10175738');
    for (const link of ['https://example.org/?id=12345', 'http://sfx.example.org/x?id=pmid:123', 'not a link', '', undefined]) expect(doiInLink(link)).toBeUndefined();
  });

  it('a year column wins over the citation; a citation column gives the year when nothing else does; a year outside brackets is not read', () => {
    const csv = 'Title,Year,Source,Citation\nA,2020,Journal A (2019) 1:2,\nB,,Journal B 12(3),Journal B (2001) 12\nC,,Journal C 2003 12(3),\n';
    expect(parseCsv(csv, 'x.csv').records.map((record) => [record.title, record.date ?? null, record.venue])).toEqual([
      ['A', '2020', 'Journal A (2019) 1:2'],
      ['B', '2001', 'Journal B 12(3)'],
      ['C', null, 'Journal C 2003 12(3)'],
    ]);
  });

  it('`first_authors` as a Python list string, one person an item; `publication_year` written as RIS writes dates (`2014//`)', () => {
    const { records, rejections, warnings } = read('asreview-generic_semicolon.csv');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records.map((record) => [record.title, record.authors, record.year])).toEqual([
      ['Title of reference', ['Karl Marx', 'Astrid Lindgren'], 2014],
      ['The title of the reference', ['Karlus Marxus', 'Astrid Lindgren'], 2006],
    ]);
  });

  it('a year cell that starts with a year: `2012///`, `2019/05/21/`, `2016 Spring`', () => {
    const csv = 'title;authors;year\nA;["Doe, Jane"];2012///\nB;[];2019/05/21/\nC;;2016 Spring\nD;;circa 2016\n';
    expect(parseCsv(csv, 'x.csv').records.map((record) => [record.title, record.authors, record.date ?? null])).toEqual([
      ['A', ['Jane Doe'], '2012'],
      ['B', [], '2019-05-21'],
      ['C', [], '2016'],
      ['D', [], null],
    ]);
  });

  it('listLiteral: Python and JSON lists of strings, with their escapes; anything else is no list', () => {
    expect(listLiteral(`['Marx, Karl', "O'Brien, Pat", 'D\\'Arcy, Jo', "Ren\\xe9e", "Jos\\u00e9"]`)).toEqual(['Marx, Karl', "O'Brien, Pat", "D'Arcy, Jo", 'Renée', 'José']);
    expect(listLiteral('[]')).toEqual([]);
    expect(listLiteral(' ["A"] ')).toEqual(['A']);
    for (const text of ['[A, B]', "['A', 'B'", "['A'] and more", '[1, 2]', 'Smith, J.']) expect(listLiteral(text)).toBeUndefined();
  });
});

describe('Scopus CSV layouts', () => {
  it('the older layout (tethne): `Authors` as `Pan, Y., Yu, C., …` is family name and initials in pairs, not one person a comma', () => {
    const { records, rejections, warnings } = read('scopus-old-layout-tethne.csv');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records.map((record) => [record.sources[0]!.line, record.authors])).toEqual([
      [2, ['Y. Pan', 'C. Yu', 'X. Zhang', 'B. Chen', 'J. Wu', 'Y. Tu', 'Y. Miao', 'L. Luo']],
      [3, ['B. Wang', 'J.R. Seiler', 'C. Mei']],
      [4, ["C. O'Driscoll", "M. O'Connor", 'Z.-U.-Z. Asam', 'E. de Eyto', 'L.E. Brown', 'L. Xiao']],
      [5, ['P.J. García Nieto', 'E. García-Gonzalo', 'J.R. Alonso Fernández', 'C. Díaz Muñiz']],
    ]);
    expect(records.map((record) => record.year)).toEqual([2015, 2016, 2016, 2016]);
  });

  it('pairs only where every second piece is initials alone: one author, the newer `Last I.` form and other lists as before', () => {
    const authors = (cell: string) => parseCsv(`Title,Authors\nT,"${cell}"\n`, 'x.csv').records[0]!.authors;
    expect(authors('Pan, Y.')).toEqual(['Y. Pan']);
    expect(authors('Phillips J.C., Braun R., Kalé L.')).toEqual(['J.C. Phillips', 'R. Braun', 'L. Kalé']);
    expect(authors('Smith, J., World Health Organization')).toEqual(['J. Smith', 'World Health Organization']);
    expect(authors('Ann Lee, Bob Ray')).toEqual(['Ann Lee', 'Bob Ray']);
  });

  it('Scopus author ids: `Author full names`\' `(23013514800)`, else `Author(s) ID` by position; one author node per id', () => {
    const { records, rejections, warnings } = read('scopus-author-ids-bibx.csv');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records[0]).toMatchObject({
      authors: ["M. d'Aquino", 'S. Perna', 'C. Serpico'],
      authorIds: [{ scopus: '9732823500' }, { scopus: '56439259300' }, { scopus: '23013514800' }],
    });
    expect(records[3]).toMatchObject({
      authors: ['Claudio Serpico', "Massimiliano D'Aquino", 'Giorgio Bertotti', 'Isaak D. Mayergoyz'],
      authorIds: [{ scopus: '23013514800' }, { scopus: '9732823500' }, { scopus: '7005370974' }, { scopus: '35495971500' }],
    });
    // Without `Author full names` (older exports), `Author(s) ID`'s list (ending with `;`) beside `Authors`.
    const [roach] = read('scopus-suffix-litsearchr.csv').records.slice(1);
    expect(roach).toMatchObject({ authors: ['M.C. Roach', 'F.R. Thompson III', 'T. Jones-Farrand'], authorIds: [{ scopus: '57202399895' }, { scopus: '7202217448' }, { scopus: '57202402248' }] });
    // `[No author id available]` beside `[No author name available]`: no ids, and no author.
    expect(read('scopus-no-author-litsearchr.csv').records[1]).not.toHaveProperty('authorIds');

    // "Serpico, C." and "Serpico, Claudio" (one Scopus id) are one node, with both spellings' papers.
    const { graph } = runPipeline([{ name: 'scopus.csv', text: fixture('scopus-author-ids-bibx.csv') }], { layout: false });
    const authors = (family: RegExp) => graph.filterNodes((key, attributes) => attributes.kind === 'author' && family.test(key));
    expect(authors(/serpico|bertotti|mayergoyz|aquino/)).toEqual(['author:c-serpico', 'author:g-bertotti', 'author:i-d-mayergoyz', 'author:m-d-aquino']);
    // keyed by the spelling read first, named by the fullest, the other kept as an alias
    expect(graph.getNodeAttributes('author:c-serpico')).toMatchObject({ label: 'Claudio Serpico', name: 'Claudio Serpico', aliases: ['C. Serpico'], scopusId: '23013514800', paperCount: 4 });
    expect(graph.getNodeAttributes('author:i-d-mayergoyz')).toMatchObject({ scopusId: '35495971500', paperCount: 2 });
  });

  it("a title's original-language version in brackets is taken off (`Title; [原文]`), in Scopus's files only", () => {
    const { records, rejections, warnings } = read('scopus-2026-translated-title-bibliometrix.csv');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records.map((record) => record.title)).toEqual([
      'Role of microRNAs in hematological malignancies research: A bibliometric analysis',
      'FROM ALGORITHMS TO ACOUSTICS: A SCIENTIFIC MAPPING OF AI-BASED APPROACHES IN MUSIC AND ARCHITECTURAL DESIGN INTERSECTION',
    ]);
    const titles = (header: string, ...cells: string[]) => parseCsv(`${header}\n${cells.map((cell) => `"${cell}",x`).join('\n')}\n`, 'x.csv').records.map((record) => record.title);
    expect(
      titles(
        'Title,EID',
        'Simulation research on pulse steepening; [基于铁氧体传输线的脉冲陡化技术仿真研究*]',
        'A study of things [Étude des choses]',
        // Brackets of English or numbers, or a title all in brackets, are the title's own.
        'Erratum: Quantum criticality [Phys. Rev. Lett. 119, 116802 (2017)]',
        '[Light, laser and PDT therapy for acne]',
      ),
    ).toEqual(['Simulation research on pulse steepening', 'A study of things', 'Erratum: Quantum criticality [Phys. Rev. Lett. 119, 116802 (2017)]', '[Light, laser and PDT therapy for acne]']);
    // Not a Scopus export (no EID column): kept as written.
    expect(titles('Title,Year', 'A title; [Un titre]')).toEqual(['A title; [Un titre]']);
  });
});

describe("Web of Science's tab-delimited export for Mac, Scopus's suffixes, sheets written from BibTeX (litsearchr, synthesisr, ASySD test files)", () => {
  it('lines ended by a lone CR: recognised as a spreadsheet, each row by its own line; `AF` in the short form read as initials', () => {
    const name = 'wos-current-contents-tab-mac-litsearchr.txt';
    expect(detectFormat(name, fixture(name))?.name).toBe('csv');
    const { records, rejections } = read(name);
    expect(rejections).toEqual([]);
    expect(records.map((record) => record.sources[0]!.line)).toEqual([2, 3, 4, 5]);
    expect(records[0]).toMatchObject({ title: 'Effects of pine-oak woodland restoration on breeding bird densities in the Ozark-Ouachita Interior Highlands', authors: ['Melissa C. Roach', 'Frank R. Thompson III', 'Todd Jones-Farrand'], date: '2019', venue: 'FOREST ECOLOGY AND MANAGEMENT' });
    expect(records[3]!.authors).toEqual(['C. G. Parks', 'D. A. Conklin', 'L. Bednar', 'H. Maffei']);
  });

  it('tab-separated cells are not quoted: an abstract opening with a quote mark does not run the rows after it together', () => {
    const { records, rejections } = read('wos-biosis-tab-mac-litsearchr.txt');
    expect(rejections).toEqual([]);
    expect(records).toHaveLength(5);
    expect(records[2]!.title).toBe('Species-centered environmental analysis: Indirect effects of fire history on Red-Cockaded Woodpeckers');
    expect(records[2]!.abstract).toMatch(/^"Species-centered Environmental Analysis" \(SCEA\) is a/);
    expect(records[4]).toMatchObject({ title: 'The breeding birds of a beechwood in Abruzzo (Central Italy)', authors: ['Roberto Papi'], date: '1996' });
  });

  it("Scopus's `Thompson F.R., III`: the suffix goes with the name before it, not a person of its own", () => {
    const { records } = read('scopus-suffix-litsearchr.csv');
    expect(records[1]!.authors).toEqual(['M.C. Roach', 'F.R. Thompson III', 'T. Jones-Farrand']);
  });

  it('an author cell in BibTeX\'s form (`Haddaway, Neal R. and Feierman, Andrew`) is one person between `and`s', () => {
    const { records } = read('bibtex-fields-synthesisr.csv');
    expect(records[0]!.authors).toEqual(['Neal R. Haddaway', 'Andrew Feierman', 'Matthew J. Grainger', 'Charles T. Gray', 'Ezgi Tanriver-Ayder', 'Sanita Dhaubanjar', 'Martin J. Westgate']);
  });

  it("Zotero's CSV of PubMed items: the suffix typed after the initials goes last (`Sack, G. H. Jr` → `G. H. Sack Jr`)", () => {
    const { records } = read('zotero-suffixes-asysd.csv');
    expect(records.map((record) => record.authors)).toEqual([
      ['J. T. Richtsmeier', 'G. H. Sack Jr', 'H. M. Grausz', 'L. C. Cork'],
      ['P. L. Cooley', 'P. F. Dice 2nd'],
      ['G. H. Sack Jr', 'L. C. Cork', 'J. M. Morris', 'J. W. Griffin', 'D. L. Price'],
    ]);
  });
});

describe("Web of Science's tab-delimited export in UTF-16 (egouldo/EcolModellingQRPs)", () => {
  it('UTF-16 with a byte order mark, lines ended by CR: each row by its line; `AF` full names kept as names (`Bergstrom, Ulf` is Ulf, not U. L. F.)', () => {
    const name = 'wos-tab-win-utf16-egouldo.txt';
    const { text } = decodeText(new Uint8Array(readFileSync(new URL(`../fixtures/formats/csv/${name}`, import.meta.url))));
    expect(detectFormat(name, text)?.name).toBe('csv');
    const { records, rejections } = parseCsv(text, name);
    expect(rejections).toEqual([]);
    expect(records.map((record) => record.sources[0]!.line)).toEqual([2, 3]);
    expect(records[0]).toMatchObject({ title: 'Essential coastal habitats for fish in the Baltic Sea', date: '2018', doi: '10.1016/j.ecss.2018.02.014' });
    expect(records[0]!.authors.slice(0, 4)).toEqual(['Patrik Kraufvelin', 'Zeynep Pekcan-Hekim', 'Ulf Bergstrom', 'Ann-Britt Florin']);
  });
});

describe("PubMed's CSV and a reference manager's CSV of short forms (p1m-ortho, magneaharalds/PhishingDetection)", () => {
  it("PubMed: `Authors` as short forms between commas (`Hill MK, Patel RR.`), a group after `;`; the venue from `Journal/Book`", () => {
    const { records, rejections } = read('pubmed-csv-group-author-p1m.csv');
    expect(rejections).toEqual([]);
    expect(records.map((record) => record.authors.length)).toEqual([4, 11, 1, 4, 10]);
    expect(records[0]).toMatchObject({ authors: ['M. K. Hill', 'R. R. Patel', 'P. Anand', 'R. P. Dellavalle'], venue: 'Dermatol Online J', year: 2018, ids: { pmid: '29906016' } });
    expect(records[2]!.authors).toEqual(['K. Khan']);
    expect(records[4]!.authors.slice(-2)).toEqual(['B. L. Lopez', 'Delaware Valley EM Residency Program Directors Group']);
    expect(records[4]!.doi).toBe('10.1016/j.jemermed.2012.09.032');
  });

  it('short forms between commas without spaces (`Torroledo I,Camacho LD,Bahnsen AC`); a conference paper\'s venue from `Proceedings title`', () => {
    const { records } = read('paperpile-layout-short-forms-magnea.csv');
    expect(records.map((record) => record.authors)).toEqual([
      ['I. Torroledo', 'L. D. Camacho', 'A. C. Bahnsen'],
      ['H. Kato', 'S. Haruta', 'I. Sasase'],
      ['M. R. Jarang', 'M. V. Nimbalkar'],
      ['H. Birge-Lee', 'Y. Sun', 'A. Edmundson', 'J. Rexford', 'P. Mittal'],
    ]);
    expect(records[0]!.venue).toBe('Proceedings of the 11th ACM Workshop on Artificial Intelligence and Security');
  });

  it("people between `;` that look like short forms stay as written (IEEE Xplore's `Mrinalini K; Vijayalakshmi P`)", () => {
    const { records } = parseCsv('"Document Title",Authors,"Publication Year"\n"A study of speech",Mrinalini K; Vijayalakshmi P,2020\n', 'ieee.csv');
    expect(records[0]!.authors).toEqual(['Mrinalini K', 'Vijayalakshmi P']);
  });
});

describe('the volume column, whatever the source calls it', () => {
  it('`Volume` (Scopus, IEEE Xplore, Lens, Zotero), `Journal Volume` (Springer Link), `VL` (Web of Science, a sheet of RIS tags), `volume` (rispy); empty cells give none', () => {
    const volumes = (name: string) => read(name).records.map((record) => record.volume ?? null);
    expect(volumes('scopus-old-layout-tethne.csv')).toEqual(['60', '122', '166', '291']);
    expect(volumes('ieee-xplore-litstudy.csv')).toEqual(['15', null, null, null, '9', null, '64', null, '13', null]);
    expect(volumes('lens-export-bibliometrix.csv')).toEqual(['41', '13', '11', '27', '10', '24', '70', '28']);
    expect(volumes('zotero-suffixes-asysd.csv')).toEqual(['31', '20', '15']);
    expect(volumes('springer-link-litstudy.csv')).toEqual([null, null, null, null, null, null, null, '9', '78', null, null, null, null, null, null, null, '54', null]);
    expect(volumes('wos-current-contents-tab-mac-litsearchr.txt')).toEqual(['437', '181', '87', null]);
    expect(volumes('bibtex-fields-synthesisr.csv')).toEqual(['8']);
    expect(volumes('asreview-generic_semicolon.csv')).toEqual(['9', '6']);
  });

  it('an arXiv id in the volume column is no volume (invented rows: dblp\'s `abs/…` and an `arXiv:` id, as a Zotero library keeps them)', () => {
    const text = 'Title,Author,Publication Year,Volume,Journal\nAttention Is All You Need,Ashish Vaswani,2017,abs/1706.03762,CoRR\nBERT,Jacob Devlin,2018,arXiv:1810.04805,ArXiv\nA journal paper,Jane Doe,2019,Vol. 12,Journal of X\n';
    expect(parseCsv(text, 'x.csv').records.map((record) => record.volume ?? null)).toEqual([null, null, 'Vol. 12']);
  });
});

describe("Springer Link's CSV (danillocelino/slr_churn_unlearning_uid)", () => {
  it('glued names taken apart before an initial too (`Feng XuH. M. N. Dilum Bandara`, `N. I. YusupovaM. R. Bogdanov`); `&#xa0;` in a title read', () => {
    const { records, rejections } = read('springer-link-glued-initials-danillo.csv');
    expect(rejections).toEqual([]);
    expect(records.map((record) => record.authors)).toEqual([
      ['Muhammad Rizwan', 'Aamir Wali', 'Muhammad Saif ul Islam', 'Sana Fatima'],
      ['Guanqin Zhang', 'Feng Xu', 'H. M. N. Dilum Bandara', 'Shiping Chen', 'Yulei Sui'],
      ['N. I. Yusupova', 'M. R. Bogdanov', 'O. N. Smetanina'],
      ['T. Manonmani', 'N. Umakanth', 'S. N. Kumar', 'S. Kannadhasan', 'S. K. Hareni', 'P. Shree Suha Tharishana'],
    ]);
    expect(records[1]!.title).toBe('Understanding the Robustness of Machine-Unlearning Models');
  });

  it('`Yu.`/`Md.` initials and the titles `Assoc. Prof.`, `Assist. Prof.` before a glued name', () => {
    const header = 'Item Title,Publication Title,Item DOI,Authors,Publication Year,Content Type\n';
    const { records } = parseCsv(`${header}A,B,,N. S. KulyasovYu. P. TikhonovR. HossainMd. T. Islam,2020,Article\nC,D,,Paul PocatiluAssoc. Prof. Mihai DoineaAssist. Prof. Bahaaeddin Alareeni,2021,Chapter\n`, 'springer.csv');
    expect(records.map((record) => record.authors)).toEqual([
      ['N. S. Kulyasov', 'Yu. P. Tikhonov', 'R. Hossain', 'Md. T. Islam'],
      ['Paul Pocatilu', 'Mihai Doinea', 'Bahaaeddin Alareeni'],
    ]);
  });
});

describe("Springer Link's glued names with capitals inside a word (danillocelino/slr_churn_unlearning_uid)", () => {
  it('`HongBin ZhuYuXiao XiaYunZhao Li…`, `AlAnoud Bindayel…`: a given name with an inner capital stays whole; `DeMarcoInma` is cut after the family name', () => {
    const { records, rejections } = read('springer-link-camel-case-names-danillo.csv');
    expect(rejections).toEqual([]);
    expect(records.map((record) => record.authors)).toEqual([
      ['HongBin Zhu', 'YuXiao Xia', 'YunZhao Li', 'Wei Li', 'Kang Liu', 'Xianzhou Gao'],
      ['AlAnoud Bindayel', 'Hoda Elsayed', 'Muhammad Umair Khan'],
      ['Marcin Skowron', 'Gerhard Backfried', 'Eva Navas', 'Aivars Bērziņš', 'Joachim Van den Bogaert', 'Franciska de Jong', 'Andrea DeMarco', 'Inma Hernáez', 'Marek Kováč', 'Peter Polák', 'Johan Rohdin', 'Michael Rosner', 'Jon Sanchez', 'Ibon Saratxaga', 'Petr Schwarz'],
    ]);
  });

  it('a particle is a cut place only when the word has no other (invented rows: `Jian DuWei Li`, `John McDonaldJoAnn Smith`)', () => {
    const header = 'Item Title,Publication Title,Item DOI,Authors,Publication Year,Content Type\n';
    const { records } = parseCsv(`${header}A,B,,Jian DuWei Li,2020,Article\nC,D,,John McDonaldJoAnn Smith,2021,Article\n`, 'springer.csv');
    expect(records.map((record) => record.authors)).toEqual([
      ['Jian Du', 'Wei Li'],
      ['John McDonald', 'JoAnn Smith'],
    ]);
  });

  it('HongBin Zhu and Hongbin Zhu are one author: the author key is case-insensitive (`author:hongbin-zhu`), the name first read is shown', () => {
    expect(authorSlug('HongBin Zhu')).toBe(authorSlug('Hongbin Zhu'));
    // Invented for this test: another source spelling the same person with a small b.
    const jsonl = `${JSON.stringify({ title: 'Another paper on forgetting', abstract: 'x', authors: ['Hongbin Zhu'], year: 2024 })}\n`;
    const { graph } = runPipeline([{ name: 'springer.csv', text: fixture('springer-link-camel-case-names-danillo.csv') }, { name: 'more.jsonl', text: jsonl }], { layout: false });
    const zhu = graph.filterNodes((_key, attributes) => attributes.kind === 'author' && /zhu/i.test(String(attributes.name)));
    expect(zhu.map((key) => [key, graph.getNodeAttribute(key, 'name')])).toEqual([['author:hongbin-zhu', 'HongBin Zhu']]);
    expect(graph.filterNodes((_key, attributes) => attributes.kind === 'author' && /^(?:Hong|Bin Zhu|Al)$/.test(String(attributes.name)))).toEqual([]);
  });
});

describe("Springer Link's glued names: mononyms and hyphenated given names (CBurgardt/TASD-mestrado, negiiirah/Literature-Review-On-Conveyor-Belt-Digitalization-)", () => {
  it('a name of one word is an author of its own, first, between two names or last; a hyphenated given name starts a name; `AbuBakar` is one family name', () => {
    const { records, rejections } = read('springer-link-mononyms-hyphens-cburgardt.csv');
    expect(rejections).toEqual([]);
    expect(records.map((record) => record.authors)).toEqual([
      ['Omid Rajabi Shishvan', 'Daphney-Stavroula Zois', 'Tolga Soyata'],
      ['Manik Sharma', 'Samriti', 'Gurvinder Singh'],
      ['Omid Dehzangi', 'Mojtaba Taherisadr', 'Raghvendar Changal', 'Vala', 'Priyanka Asnani'],
      ['Pamir', 'Nadeem Javaid', 'Attiq ullah Khan', 'Syed Muhammad Mohsin', 'Yasir Khan Jadoon', 'Orooj Nazeer'],
      ['Sandhya', 'Udayan Ghose', 'Upasana Bisht'],
      ['Mahboubeh Afzali', 'Kamalrulnizam AbuBakar', 'Jaime Lloret'],
    ]);
    expect(records[5]!.volume).toBe('107');
    const last = read('springer-link-mononym-last-negiiirah.csv').records;
    expect(last.map((record) => [record.authors, record.volume])).toEqual([[['Chetan Sharma', 'Shamneesh Sharma', 'Sakshi'], '81']]);
  });

  it('what stays one name (real author cells of Springer Link exports in sandinojardim/sysrev-sdn-bm, CBurgardt/TASD-mestrado, NLeSC/litstudy, put in invented rows): compound given names, initials and one word last, a particle last; initials without a full stop start a name', () => {
    const header = 'Item Title,Publication Title,Item DOI,Authors,Publication Year,Content Type\n';
    const cells = [
      'AmirHossein Jafari PozvehHadi Shahriar Shahhoseini',
      'Afsaneh Banitalebi DehkordiMohammadReza SoltanaghaeiFarsad Zamani Boroujeni',
      'A. VishnuPriya',
      'Ellen A. A. JaatunWendy MacCaull',
      'Suguna ParamasivamR Leela Velusamy',
      'Shuen-Chih TsaiI-Hsien LiuChien-Tung LuChan-Hua ChangJung-Shian Li',
      'JaWone A KennedyDaniel L Noneaker',
    ];
    const { records } = parseCsv(header + cells.map((cell, at) => `T${at},V,,${cell},2020,Article\n`).join(''), 'springer.csv');
    expect(records.map((record) => record.authors)).toEqual([
      ['AmirHossein Jafari Pozveh', 'Hadi Shahriar Shahhoseini'],
      ['Afsaneh Banitalebi Dehkordi', 'MohammadReza Soltanaghaei', 'Farsad Zamani Boroujeni'],
      ['A. VishnuPriya'],
      ['Ellen A. A. Jaatun', 'Wendy MacCaull'],
      ['Suguna Paramasivam', 'R Leela Velusamy'],
      ['Shuen-Chih Tsai', 'I-Hsien Liu', 'Chien-Tung Lu', 'Chan-Hua Chang', 'Jung-Shian Li'],
      ['JaWone A Kennedy', 'Daniel L Noneaker'],
    ]);
  });
});

describe('a sheet written from ACM reference strings (danillocelino/slr_churn_unlearning_uid)', () => {
  it('authors as a sentence (`A, B, and C`) and with TeX accents (`Tam\\\'{a}s Tak\\\'{a}cs and …`): every person, as letters', () => {
    const { records, rejections } = read('acm-references-sheet-danillo.csv');
    expect(rejections).toEqual([]);
    expect(records[0]!.authors).toEqual(['Thanh Tam Nguyen', 'Thanh Trung Huynh', 'Zhao Ren', 'Phi Le Nguyen', 'Alan Wee-Chung Liew', 'Hongzhi Yin', 'Quoc Viet Hung Nguyen']);
    expect(records[2]!.authors).toEqual(['Tamás Takács', 'László Gulyás']);
  });
});

describe('markup and character references in the cells (Lens, IEEE Xplore exports)', () => {
  const ingested = (name: string) => ingestOne({ name, text: decodeText(new Uint8Array(readFileSync(new URL(`../fixtures/formats/csv/${name}`, import.meta.url)))).text });

  it("Lens: the publishers' markup in an abstract is read as text — JATS, PubMed's AbstractText, escaped HTML — and its `;` line breaks are spaces", () => {
    const { records, rejections } = ingested('lens-jats-pubmed-markup-amgonzalezvargas.csv');
    expect(rejections).toEqual([{ file: 'lens-jats-pubmed-markup-amgonzalezvargas.csv', line: 7, record: 5, message: 'row has no title' }]);
    const [fuzzy, qr, cems, vision, vis4ion] = records;
    expect(fuzzy!.abstract).toMatch(/^In this study, to overcome navigation concerns of visually impaired people,/);
    expect(qr!.abstract).toContain('deep learning and computer vision. QR codes can be used to inform some familiarized locations');
    expect(cems!.abstract).toMatch(/^Despite promising SLAM research in both vision and robotics communities,/);
    expect(vision!.abstract).toMatch(/^According to the World Health Organization \(WHO\), a minimum of 2\.2 billion individuals/);
    expect(vis4ion!.abstract).toMatch(/^Blind\/low vision \(BLV\) severely limits information about our three-dimensional world,/);
    for (const { abstract } of records) {
      expect(abstract).not.toMatch(/<\/?[A-Za-z][^>]*>|&lt;|&gt;|&#x0D;/);
      expect(abstract).not.toMatch(/;\s{2,}|\.;/);
    }
  });

  it('Lens: a formula its JATS gives as TeX and as MathML (`<jats:alternatives>`) is read once', () => {
    const { records, rejections } = ingested('lens-jats-tex-and-mathml-amgonzalezvargas.csv');
    expect(rejections).toEqual([]);
    const [chess, walker, glasses] = records;
    expect(chess!.title).toBe('A Robotic Assistant for Disabled Chess Players in Competitive Games');
    expect(chess!.abstract).toContain('without the need of operator intervention in the 91.6% of the performed moves.');
    expect(walker!.abstract).toContain('higher linear velocity (Volunteer 1, 0.18±0.026m/s; Volunteer 2, 0.22±0.0283m/s) than the first one');
    expect(glasses!.abstract).toContain('across five groups suffering from various visual pathologies (N=50)');
    for (const { abstract } of records) expect(abstract).not.toMatch(/\$|\\|varvec|(\d+(?:\.\d+)?) ?%? \1/);
  });

  it('Lens: a name part written `null` (a Crossref author without a given name) is no part of the name', () => {
    const [, qr, , vision] = ingested('lens-jats-pubmed-markup-amgonzalezvargas.csv').records;
    expect(qr!.authors).toEqual(['Neetha Das', 'Prajwal V', 'Pranav K Bharadwaj', 'Punith Kumar J', 'Rahul V']);
    expect(vision!.authors).toEqual(['Roopa G.M.', 'Chetana Prakash', 'Pradeep N.']);
    expect(qr).toMatchObject({ title: 'Smart Visual Assistance for Visually Impaired', date: '2022-03-01', doi: '10.34293/acsjse.v2i1.27', venue: 'ACS Journal for Science and Engineering' });
  });

  it("IEEE Xplore: an author's character reference (`B. B&#x00E9;atrix-May; S. I. &#x015E;tefan`) is its letter, its `;` no separator", () => {
    const [, cps] = ingested('ieee-xplore-character-references-muthemule.csv').records;
    expect(cps!.authors).toEqual(['B. Béatrix-May', 'S. I. Ştefan', 'P. -N. Alina-Claudia', 'P. Florin', 'U. Andreea']);
    expect(cps).toMatchObject({ title: 'A Cyber-Physical Systems Approach for Health Care Prediction', year: 2021, doi: '10.1109/ehb52898.2021.9657667' });
  });

  it("IEEE Xplore: its note `Summary form only given` is no text of the abstract; `NA` is no abstract", () => {
    const [keynote] = ingested('ieee-xplore-character-references-muthemule.csv').records;
    expect(keynote!.abstract).toMatch(/^Most of today,s machines, e\.g\., automotive engines,/);
    const [trends, vietnamese] = ingested('ieee-xplore-summary-note-na-marielanina.csv').records;
    expect(trends!.abstract).toMatch(/^Language models play an important role in large vocabulary continuous speech recognition/);
    expect(vietnamese).toMatchObject({ title: 'An Approach to Word Sense Disambiguation in English-Vietnamese-English Statistical Machine Translation', abstract: '', authors: ['Q. Nguyen', 'A. Nguyen', 'D. Dinh'] });
  });
});

describe("IEEE Xplore's TeX math in titles and abstracts (an export of 2025)", () => {
  const ingested = (name: string) => ingestOne({ name, text: readFileSync(new URL(`../fixtures/formats/csv/${name}`, import.meta.url), 'utf8') });
  it('a formula written as TeX and then as the text it prints (`Fed$n$nP`, `$3\\times$3×`) is that text once', () => {
    const [, felemn, gan, fednp] = ingested('ieee-xplore-tex-then-text-danillo.csv').records;
    expect(fednp!.title).toBe('FednP: Federated Unlearning With Multiple Client Set Partitions');
    expect(fednp!.abstract).toContain('a new federated unlearning algorithm called FednP. Our approach');
    expect(felemn!.abstract).toContain('with up to 3× speedup for each MU execution');
    expect(gan!.abstract).toContain('reducing the required time by up to 185× and 284× for the MNIST');
  });
  it('other math is flattened to the text it prints (`$111 \\times$ improvement` → `111 × improvement`); the rest of the row as usual', () => {
    const [emmu, , , fednp] = ingested('ieee-xplore-tex-then-text-danillo.csv').records;
    expect(emmu!.abstract).toContain('our method obtains an average of 111 × improvement');
    expect(emmu).toMatchObject({ title: 'EMMU: Efficient Information-Level Multimodal Machine Unlearning with High Model Fidelity', authors: ['J. Zhang', 'J. Hou', 'T. Xiao', 'Y. Huang', 'X. -Y. Li'], year: 2025, doi: '10.1109/iwqos65803.2025.11143267' });
    expect(fednp).toMatchObject({ authors: ['J. Jia', 'W. Zhu', 'B. Luo', 'X. Lin', 'L. Ma'], venue: 'IEEE Transactions on Mobile Computing', volume: '24' });
    for (const { title, abstract } of ingested('ieee-xplore-tex-then-text-danillo.csv').records) expect(`${title} ${abstract}`).not.toContain('$');
  });
});

describe('venue and date columns of other sheets; author lists written as prose', () => {
  it("a row's venue in `booktitle` where its `journal` is empty (CoLRev's sheet of BibTeX fields)", () => {
    const { records } = read('colrev-loader-booktitle.csv');
    expect(records.map((record) => record.venue)).toEqual(['MISQ', 'ICIS']);
    expect(records.map((record) => record.ids?.pmid)).toEqual(['11223344', '11223345']);
  });

  it("Covidence's `Published Year` and `Published Month`; `&` before the last author, a suffix between commas", () => {
    const text = 'Title,Authors,Abstract,Published Year,Published Month,Journal,Volume,Issue,Pages,Accession Number,DOI,Ref,Covidence #,Study,Notes,Tags\n' +
      '"A trial","Smith, J., Jones, B., & Lee, K.","Background.",2019,Mar,BMJ,10,2,1-9,,10.1136/x,,#12,Smith 2019,,\n' +
      '"B trial","John Smith, Jr., Jane Doe & Ann Lee","",2020,,Lancet,,,,,,,#13,Smith 2020,,\n';
    const [a, b] = parseCsv(text, 'covidence.csv').records;
    expect(a).toMatchObject({ date: '2019-03', year: 2019, authors: ['J. Smith', 'B. Jones', 'K. Lee'], venue: 'BMJ', doi: '10.1136/x' });
    expect(b).toMatchObject({ date: '2020', authors: ['John Smith Jr.', 'Jane Doe', 'Ann Lee'] });
  });
});

describe("Dimensions' CSV export of 2026 (mandyw14/chatbot-EE)", () => {
  it('the note line above the header is a warning; authors `Last, First; …`, the publication date, a structured abstract over several lines', () => {
    const { records, rejections, warnings } = read('dimensions-2026-about-line-mandyw14.csv');
    expect(rejections).toEqual([]);
    expect(warnings.map((warning) => warning.line)).toEqual([1]);
    const [n100, apnea] = records;
    expect(n100).toMatchObject({ title: 'N100 as a response prediction biomarker for accelerated 1 Hz right DLPFC-rTMS in major depression', date: '2024-07-19', doi: '10.1016/j.jad.2024.07.131', venue: 'Journal of Affective Disorders', volume: '363', ids: { pmid: '39033822' } });
    expect(n100!.authors.slice(0, 3)).toEqual(['Jack Z Sheen', 'Frank Mazza', 'Davide Momi']);
    expect(n100!.authors).toHaveLength(15);
    expect(n100!.abstract).toMatch(/^BACKGROUND AND OBJECTIVE: Repetitive transcranial .* MDD\. METHODS: Baseline TMS-EEG .* biomarker of rTMS treatment in MDD\.$/);
    expect(apnea).toMatchObject({ date: '2026-04-02', year: 2026, authors: ['Rajbir Singh', 'Sarah Berger', 'Mehreen Siddiqui', 'Mark Rapoport', 'Nathan Herrmann', 'Krista L Lanctot', 'Mark I Boulos', 'Damien Gallagher'] });
  });
});
