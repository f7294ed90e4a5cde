import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArxivOai } from '../../src/ingest/arxiv-oai.ts';
import { detectFormat } from '../../src/ingest/formats.ts';
import { ingestOne } from '../../src/ingest/index.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/formats/arxiv-oai/${name}`, import.meta.url), 'utf8');
const read = (name: string) => parseArxivOai(fixture(name), name);

describe('arXiv OAI-PMH', () => {
  it('is detected by its <OAI-PMH> root, whatever the file is called, and not as an Atom feed', () => {
    for (const name of ['arxivraw-listrecords-2015.xml', 'oai-dc-listrecords-2024-no-namespaces.xml', 'error-id-does-not-exist-2015.xml']) {
      expect(detectFormat('harvest.xml', fixture(name))?.name).toBe('arxiv-oai');
      expect(detectFormat('harvest.txt', fixture(name))?.name).toBe('arxiv-oai');
    }
  });

  it('arXivRaw ListRecords: authors string split (", and"), v1 date, first of two DOIs, wrapped title, paging warning', () => {
    const result = read('arxivraw-listrecords-2015.xml');
    expect(result.rejections).toEqual([]);
    expect(result.warnings).toEqual([
      {
        file: 'arxivraw-listrecords-2015.xml',
        line: 133,
        message: "the response holds 6 of the list's 58011 records (OAI-PMH answers in pages: ask again with resumptionToken=726959|1001 for more)",
      },
    ]);
    expect(result.records.map((record) => [record.arxivId, record.date, record.authors])).toEqual([
      ['0704.0471', '2007-04-03', ['D.V. Shetty', 'S.J. Yennello', 'G.A. Souliotis']],
      ['0704.0716', '2007-04-05', ['Christoph Richard']],
      ['0704.0874', '2007-04-06', ['Gavril Farkas']],
      ['0704.1109', '2007-04-09', ['Valeria M. Rosa', 'Patricio S. letelier']],
      ['0704.1114', '2007-04-09', ['T. S. Barman']],
      ['0704.1586', '2007-04-12', ['N.C. Summers', 'F.M. Nunes']],
    ]);
    const [first, second] = result.records;
    expect(first).toMatchObject({
      title: 'Density dependence of the symmetry energy and the nuclear equation of state: A Dynamical and Statistical model perspective',
      year: 2007,
      doi: '10.1103/physrevc.76.024606',
      venue: 'Phys.Rev.C76:024606,2007; Erratum-ibid.C76:039902,2007',
      categories: ['nucl-ex', 'nucl-th'],
      sources: [{ file: 'arxivraw-listrecords-2015.xml', line: 6, record: 0 }],
    });
    expect(first!.abstract.startsWith('The density dependence of the symmetry energy in the equation of state of isospin asymmetric')).toBe(true);
    expect(first!.abstract).toContain('an extremely " stiff " and " soft " form');
    // v4 is the newest version; the paper is dated by v1.
    expect(second).toMatchObject({ title: 'Limit distributions and scaling functions', venue: 'Polygons, polyominoes and polycubes, 247-299, Lecture Notes in Phys., 775, Springer, Dordrecht, 2009' });
    expect(second!.doi).toBeUndefined();
  });

  it("TeX umlauts in an arXivRaw authors string (`J\\&quot;org`) are letters, not quotes that split the list", () => {
    const result = read('arxivraw-listrecords-2014-tex-umlauts.xml');
    expect(result.rejections).toEqual([]);
    expect(result.records.map((record) => [record.arxivId, record.authors])).toEqual([
      ['0801.3920', ['J. Dobnikar', 'M. Brunner', 'Jörg Baumgartl', 'H.H. von Grünberg', 'C. Bechinger']],
      ['0801.3932', ['Thomas Kaltenbrunner', 'Meinulf Göckeler', 'Andreas Schäfer']],
    ]);
  });

  it('arXivRaw authors strings cut (`et al`) or written for a collaboration: no author node "et al" or "for the JLQCD Collaboration"', () => {
    const { records, rejections } = read('arxivraw-listrecords-2014-collaborations.xml');
    expect(rejections).toEqual([]);
    expect(records.map((record) => [record.arxivId, record.authors])).toEqual([
      // `CDF Collaboration: T. Aaltonen, et al`: the collaboration and its member, the cut dropped.
      ['0801.3877', ['CDF Collaboration', 'T. Aaltonen']],
      // `…, and J. M. Zanotti, for the RBC and UKQCD Collaborations`: two collaborations after the people.
      ['0801.4016', ['T. Yamazaki', 'Y. Aoki', 'T. Blum', 'H. W. Lin', 'M. F. Lin', 'S. Ohta', 'S. Sasaki', 'R. J. Tweedie', 'J. M. Zanotti', 'RBC Collaboration', 'UKQCD Collaboration']],
      ['0801.4020', ['PHENIX Collaboration', 'A. Adare']],
      // `…, C. Baixeras, et al. (MAGIC collaboration: 136 additional authors not shown, …)`
      ['0801.4029', ['G. Tagliaferri', 'L. Foschini', 'G. Ghisellini', 'L. Maraschi', 'G. Tosti', 'J. Albert', 'E. Aliu', 'H. Anderhub', 'P. Antoranz', 'C. Baixeras']],
      ['0801.4186', ['S. Aoki', 'H. Fukaya', 'S. Hashimoto', 'J. Noaki', 'T. Kaneko', 'H. Matsufuru', 'T. Onogi', 'N. Yamada', 'JLQCD Collaboration']],
      // `CDF Collaboration: T. Aaltonen et al` (no comma before the cut)
      ['0801.4375', ['CDF Collaboration', 'T. Aaltonen']],
    ]);
  });

  it("the volume of a journal-ref whose shape names it (arXivRaw's `Phys.Rev.Lett.100:161803,2008`, `J. London Math. Soc. 78(2008) 418-440`); none of `Proceedings of SPIE 5514 p.340-351 (2004)`", () => {
    const volumes = (name: string) => read(name).records.map((record) => [record.venue ?? null, record.volume ?? null]);
    expect(volumes('arxivraw-listrecords-2014-collaborations.xml').map(([, volume]) => volume)).toEqual(['100', '100', '101', '679', '77', '77']);
    expect(volumes('arxivraw-listrecords-2014-tex-umlauts.xml')).toEqual([
      ['Proceedings of SPIE 5514 p.340-351 (2004)', null],
      ['Eur.Phys.J.C55:387-401,2008', '55'],
    ]);
    expect(volumes('arxivraw-listrecords-2015.xml').map(([, volume]) => volume)).toEqual(['76', null, '78', '49', '661', '76']);
    // oai_dc: the journal reference among the identifiers (`J. of Math. Psychology, 53:5 (2009)`, `Intelligent Data Analysis, 11(5):437-455, 2007`).
    expect(volumes('oai-dc-listrecords-2024-no-namespaces.xml').map(([, volume]) => volume)).toEqual(['53', '11']);
  });

  it('arXiv format: keyname/forenames in order, created date, journal-ref unwrapped, DOI', () => {
    const result = read('arxiv-format-listrecords-2013.xml');
    expect(result.rejections).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.records).toHaveLength(1);
    expect(result.records[0]).toMatchObject({
      title: 'Dynamical study of 2D and 3D barred galaxy models',
      authors: ['T. Manos', 'E. Athanassoula'],
      arxivId: '0801.3931',
      date: '2008-01-25',
      year: 2008,
      doi: '10.1007/978-3-540-75826-6_11',
      venue: 'Chaos in Astronomy Astrophysics and Space Science Proceedings 2009, pp 115-122',
      categories: ['astro-ph'],
    });
    expect(result.records[0]!.abstract).toMatch(/^We study the dynamics of 2D and 3D barred galaxy .* a Poincar\\'\{e\} \$\(y,p_y\)\$ surface .* distances from it\.$/);
  });

  it('oai_dc without namespace declarations: "Last, First" creators, abstract without the Comment description, doi: and journal identifiers', () => {
    const result = read('oai-dc-listrecords-2024-no-namespaces.xml');
    expect(result.rejections).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.records.map(({ title, authors, arxivId, date, doi, venue }) => ({ title, authors, arxivId, date, doi, venue }))).toEqual([
      { title: 'Projective Expected Utility', authors: ['Pierfrancesco La Mura'], arxivId: '0802.3300', date: '2008-02-22', doi: '10.1016/j.jmp.2009.02.001', venue: 'J. of Math. Psychology, 53:5 (2009)' },
      {
        title: 'New probabilistic interest measures for association rules',
        authors: ['Michael Hahsler', 'Kurt Hornik'],
        arxivId: '0803.0966',
        date: '2008-03-06',
        doi: '10.3233/ida-2007-11502',
        venue: 'Intelligent Data Analysis, 11(5):437-455, 2007',
      },
    ]);
    expect(result.records[0]!.abstract).toMatch(/^Motivated by several classic decision-theoretic paradoxes.* still has an equilibrium\.$/);
    expect(result.records[0]!.abstract).not.toContain('Comment:');
  });

  it('an OAI-PMH error is the file\'s rejection; noRecordsMatch is an empty answer (a warning)', () => {
    expect(read('error-id-does-not-exist-2015.xml')).toEqual({
      records: [],
      rejections: [
        {
          file: 'error-id-does-not-exist-2015.xml',
          line: 5,
          message: "OAI-PMH error idDoesNotExist: Identifier 'oai:arXiv.org:0813.2274' has correct form but does not correspond to an item in this repository",
        },
      ],
      warnings: [],
    });
    expect(read('error-no-records-match-2015.xml')).toEqual({
      records: [],
      rejections: [],
      warnings: [{ file: 'error-no-records-match-2015.xml', line: 5, message: "no records: OAI-PMH error noRecordsMatch: Set argument doesn't match any sets. The setSpec was 'moo'" }],
    });
  });

  it('a ListIdentifiers page (sickle): its identifiers named in a warning, the paging counted in identifiers', () => {
    expect(read('list-identifiers-page-sickle.xml')).toEqual({
      records: [],
      rejections: [],
      warnings: [
        {
          file: 'list-identifiers-page-sickle.xml',
          line: 7,
          message: 'no records: 2 identifiers without metadata (oai:test.example.com::1585310, oai:test.example.com::1585576): a ListIdentifiers answer names records without holding them; harvest with ListRecords',
        },
        { file: 'list-identifiers-page-sickle.xml', line: 15, message: "the response holds 2 of the list's 4 identifiers (OAI-PMH answers in pages: ask again with resumptionToken=ListIdentifiers2.xml for more)" },
      ],
    });
  });

  it('harvests glued together: a <ListRecords> root without the response around it, and two responses in one file', () => {
    const page = fixture('arxivraw-listrecords-2015.xml');
    const listRecords = page.slice(page.indexOf('<ListRecords>'), page.indexOf('</ListRecords>') + '</ListRecords>'.length);
    expect(detectFormat('harvest.xml', listRecords)?.name).toBe('arxiv-oai');
    expect(parseArxivOai(listRecords, 'harvest.xml').records).toHaveLength(6);
    const two = parseArxivOai(`${page}\n${fixture('arxiv-format-listrecords-2013.xml')}`, 'two.xml');
    expect(two.rejections).toEqual([]);
    expect(two.records.map((record) => record.arxivId)).toEqual(['0704.0471', '0704.0716', '0704.0874', '0704.1109', '0704.1114', '0704.1586', '0801.3931']);
  });

  it('a deleted record (header status="deleted", no metadata) and a header-only record are rejected by line, the others kept', () => {
    // The real ListRecords answer with its 2nd record's metadata dropped and marked deleted, its 3rd's metadata dropped.
    const text = fixture('arxivraw-listrecords-2015.xml')
      .replace(/<header>(\s*<identifier>oai:arXiv.org:0704.0716)/, '<header status="deleted">$1')
      .replace(/(oai:arXiv.org:0704.0716[^]*?<\/header>)\s*<metadata>[^]*?<\/metadata>/, '$1')
      .replace(/(oai:arXiv.org:0704.0874[^]*?<\/header>)\s*<metadata>[^]*?<\/metadata>/, '$1');
    const result = parseArxivOai(text, 'harvest.xml');
    expect(result.records.map((record) => record.arxivId)).toEqual(['0704.0471', '0704.1109', '0704.1114', '0704.1586']);
    expect(result.rejections).toEqual([
      { file: 'harvest.xml', line: 32, record: 1, message: 'deleted record oai:arXiv.org:0704.0716 (OAI-PMH header status="deleted": the repository keeps no metadata for it)' },
      { file: 'harvest.xml', line: 40, record: 2, message: 'record oai:arXiv.org:0704.0874 has no <metadata> (a ListIdentifiers answer gives headers only: harvest with ListRecords)' },
    ]);
  });
});


describe('oai_dc of another repository (DSpace, Erasmus University, 2003; recorded by pyoai)', () => {
  const text = readFileSync(new URL('../fixtures/formats/arxiv-oai/dspace-erasmus-oai-dc-2003-trimmed-pyoai.xml', import.meta.url), 'utf8');

  it('its identifiers (an ISBN, a handle URL) are no venue: only arXiv records carry a journal reference there', () => {
    const { records, rejections } = parseArxivOai(text, 'erasmus.xml');
    expect(rejections).toEqual([]);
    expect(records.map((record) => [record.title, record.date, record.venue, record.arxivId])).toEqual([
      ['Kijken in het brein: Over de mogelijkheden van neuromarketing', '2003-04-15', undefined, undefined],
      ['Moeilijk doen als het ook makkelijk kan', '2003-04-15', undefined, undefined],
    ]);
  });

  it('a record without dc:creator names its author as dc:contributor: read as the author', () => {
    expect(parseArxivOai(text, 'erasmus.xml').records.map((record) => record.authors)).toEqual([['A. Smidts'], ['A.P.M. Wagelmans']]);
  });

  it('a bare DOI among the identifiers is the DOI', () => {
    const page = text.replace('<dc:identifier>90 - 5892 - 032 - 1</dc:identifier>', '<dc:identifier>10.1016/j.ejor.2003.01.001</dc:identifier>');
    expect(parseArxivOai(page, 'erasmus.xml').records[1]!.doi).toBe('10.1016/j.ejor.2003.01.001');
  });
});

describe("a DSpace repository's dates (oai_dc, Erasmus University 2004; recorded by pyoai)", () => {
  it("the work's own date, not the deposit's timestamps written before it", () => {
    const text = readFileSync(new URL('../fixtures/formats/arxiv-oai/dspace-erasmus-oai-dc-2004-dates-trimmed-pyoai.xml', import.meta.url), 'utf8');
    const { records } = parseArxivOai(text, 'erasmus-2004.xml');
    expect(records.map((record) => [record.authors, record.date])).toEqual([
      [['G. de Jong', 'B. Nooteboom'], '2001-01-04'],
      [['A.J. Steijn', 'E. Snel', 'L. van der Laan'], '2000'],
      [['A.J. Steijn'], '2001'],
    ]);
  });
});

describe('one OAI-PMH record saved on its own (a <record> root with header and metadata)', () => {
  it("an arXiv record so saved is read, and Crossref's (cayenne's test data: <crossref> metadata) as Crossref XML, not refused as \"MARCXML\"", () => {
    const page = readFileSync(new URL('../fixtures/formats/arxiv-oai/arxivraw-listrecords-2015.xml', import.meta.url), 'utf8');
    const alone = `<?xml version="1.0" encoding="UTF-8"?>\n${/<record>[^]*?<\/record>/.exec(page)![0]}\n`;
    expect(detectFormat('0704.0471.xml', alone)?.name).toBe('arxiv-oai');
    expect(parseArxivOai(alone, '0704.0471.xml').records.map((record) => record.arxivId)).toEqual(['0704.0471']);
    const name = 'record-alone-crossref-unixsd-cayenne.xml';
    const crossref = readFileSync(new URL(`../fixtures/formats/arxiv-oai/${name}`, import.meta.url), 'utf8');
    const read = ingestOne({ name, text: crossref });
    expect(read.rejections).toEqual([]);
    // Before: rejected, "metadata format <crossref> is not read (arXiv, arXivRaw or oai_dc are)".
    expect(read.records.map((record) => [record.title, record.authors.length, record.date, record.venue, record.doi, record.sources])).toEqual([
      ['Juvenile drug court: Enhancing outcomes by integrating evidence-based treatments', 6, '2006', 'Journal of Consulting and Clinical Psychology', '10.1037/0022-006x.74.1.42', [{ file: name, line: 24, record: 0 }]],
    ]);
    expect(read.records[0]!.authors.slice(0, 2)).toEqual(['Scott W. Henggeler', 'Colleen A. Halliday-Boykins']);
    // `metadataPrefix=cr_unixsd`: the record's metadata a UNIXSD `<crossref_result>` whose answer is a `<crossref_metadata>`.
    const unixsdName = 'record-alone-crossref-cr-unixsd-cayenne.xml';
    const unixsd = ingestOne({ name: unixsdName, text: readFileSync(new URL(`../fixtures/formats/arxiv-oai/${unixsdName}`, import.meta.url), 'utf8') });
    expect(unixsd.rejections).toEqual([]);
    expect(unixsd.records.map((record) => [record.title, record.authors, record.date, record.venue, record.doi, record.sources])).toEqual([
      [
        'Synthesis and Reactivity of anα-Stannylβ-Silyl Enamide',
        ['Laurianne Timbart', 'Jean-Christophe Cintrat'],
        '2002-04-02',
        'Chemistry - A European Journal',
        '10.1002/1521-3765(20020402)8:7<1637::aid-chem1637>3.0.co;2-7',
        [{ file: unixsdName, line: 2, record: 0 }],
      ],
    ]);
    // Another metadata format is still named.
    const other = crossref.replace(/<crossref>[^]*<\/crossref>/, '<mods><titleInfo><title>T</title></titleInfo></mods>');
    expect(parseArxivOai(other, 'o.xml').rejections.map((issue) => issue.message)).toEqual(["record info:doi/10.1037/0022-006x.74.1.42: metadata format <mods> is not read (arXiv, arXivRaw, oai_dc or Crossref's are)"]);
    // MARCXML's <record> (a leader and fields, no header) is still named as what it is.
    expect(ingestOne({ name: 'm.xml', text: '<?xml version="1.0"?>\n<record><leader>00000nam</leader><controlfield tag="001">1</controlfield></record>\n' }).rejections[0]!.message).toMatch(/^MARCXML/);
  });
});
