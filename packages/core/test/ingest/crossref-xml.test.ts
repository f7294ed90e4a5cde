import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCrossrefXml } from '../../src/ingest/crossref-xml.ts';
import { detectFormat } from '../../src/ingest/formats.ts';
import { ingestOne } from '../../src/ingest/index.ts';

const folder = new URL('../fixtures/formats/crossref-xml/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, folder), 'utf8');
const read = (name: string) => parseCrossrefXml(fixture(name), name);

describe('Crossref XML: UNIXREF and UNIXSD answers, deposits (zotero/translators, Crossref, eLife)', () => {
  it('every fixture is detected by its root (<doi_records>, <crossref_result>, <doi_batch>, <crossref>), whatever its name', () => {
    const names = readdirSync(folder).filter((name) => !name.endsWith('.md'));
    expect(names.length).toBe(13);
    for (const name of names) {
      for (const fileName of [name, 'crossref.xml', 'crossref.txt', 'answer']) expect(detectFormat(fileName, fixture(name))?.name, `${name} as ${fileName}`).toBe('crossref-xml');
    }
  });

  it('a UNIXREF answer saved as .txt is read (before: refused as "not an input format"), its title\'s pretty-printed CO⏎<sub>2</sub> as CO2', () => {
    const result = ingestOne({ name: 'crossref.txt', text: fixture('unixref-saved-as-txt-zotero-translators.txt') });
    expect(result.rejections).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.records).toHaveLength(1);
    const [paper] = result.records;
    expect(paper).toMatchObject({
      title: 'Investigation of CO2 Reduction to Formate in an Industrial-Scale Electrochemical Cell through Transient Numerical Modeling',
      authors: ['Mohammad Bahreini', 'Martin Désilets', 'Ergys Pahija', 'Ulrich Legrand', 'Jiaxun Guo', 'Arthur G. Fink'],
      authorIds: [{ orcid: '0009-0006-7234-5157' }, undefined, { orcid: '0000-0003-0859-6489' }, undefined, undefined, undefined],
      date: '2024-10-14',
      venue: 'Industrial & Engineering Chemistry Research',
      doi: '10.1021/acs.iecr.4c03239',
      sources: [{ file: 'crossref.txt', line: 12, record: 0 }],
    });
    // 58 citations: those with a DOI or an article title are kept (not a patent cited by its text alone); the
    // supplement in <component_list> is no paper.
    expect(paper!.references).toHaveLength(53);
    expect(paper!.references!.slice(0, 2)).toEqual([{ doi: '10.1021/acs.iecr.1c01316' }, { doi: '10.1016/b978-0-12-819657-1.00001-3' }]);
    expect(read('unixref-subscript-title-zotero-translators.xml').records[0]!.title).toBe(
      'Microbial community changes at a terrestrial volcanic CO2 vent induced by soil acidification and anaerobic microhabitats within the soil column',
    );
  });

  it('the date is the earliest of the print and online dates, as precise as given: the article online before its print issue', () => {
    // Issue: print 2013-04; article: online 2012-12-10.
    expect(read('unixref-subscript-title-zotero-translators.xml').records[0]).toMatchObject({ date: '2012-12-10', year: 2012, venue: 'FEMS Microbiology Ecology', doi: '10.1111/1574-6941.12040' });
    // Online 2008-08-13, print 2008-08-14.
    expect(read('deposit-orcid-cayenne.xml').records[0]).toMatchObject({ date: '2008-08-13', authors: ['Josiah Carberry'], authorIds: [{ orcid: '0000-0002-1825-0097' }], venue: 'Journal of Psychoceramics' });
  });

  it('UNIXSD: the <query> holds the record; the journal article is read as in UNIXREF', () => {
    const { records, rejections } = read('unixsd-journal-article-cayenne.xml');
    expect(rejections).toEqual([]);
    expect(records.map((paper) => [paper.title, paper.authors.length, paper.date, paper.venue, paper.doi, paper.sources[0]])).toEqual([
      [
        'Effects of mineralocorticoid-receptor stimulation on risk taking behavior in young healthy men and women',
        6,
        '2017-01',
        'Psychoneuroendocrinology',
        '10.1016/j.psyneuen.2016.10.018',
        { file: 'unixsd-journal-article-cayenne.xml', line: 38, record: 0 },
      ],
    ]);
  });

  it('each work type: conference paper, book chapter, dissertation, preprint, report, standard', () => {
    const summary = (name: string) => read(name).records.map((paper) => [paper.title, paper.authors, paper.date, paper.venue, paper.doi]);
    expect(summary('unixref-conference-paper-zotero-translators.xml')).toEqual([
      ['6.1 A 56Gb/s PAM-4/NRZ transceiver in 40nm CMOS', ['Pen-Jui Peng', 'Jeng-Feng Li', 'Li-Yang Chen', 'Jri Lee'], '2017-02', '2017 IEEE International Solid-State Circuits Conference (ISSCC)', '10.1109/isscc.2017.7870285'],
    ]);
    // The chapter is the paper, the book its venue; the book's editor is not the chapter's author.
    expect(summary('unixref-book-chapter-zotero-translators.xml')).toEqual([
      ['Appreciation and Eudaimonic Reactions to Media', ['Allison Eden'], '2020-09-09', 'The International Encyclopedia of Media Psychology', '10.1002/9781119011071.iemp0172'],
    ]);
    // The author straight in <dissertation>, dated by its approval, the university its venue.
    expect(summary('unixref-dissertation-zotero-translators.xml')).toEqual([['Contributions to geomagnetic theory', ['Joseph Emil Kasper'], '1958-01', 'State University of Iowa', '10.17077/etd.xnw0xnau']]);
    expect(summary('unixref-posted-content-zotero-translators.xml')).toEqual([['Open Practices in Visualization Research', ['Steve Haroz'], '2018-07-03', undefined, '10.31219/osf.io/8ag3w']]);
    expect(read('unixref-posted-content-zotero-translators.xml').records[0]!.abstract).toMatch(/^Two fundamental tenants of scientific research are that it can be scrutinized and built-upon\. .* are available at https:\/\/osf\.io\/qf9na\/$/);
    expect(summary('crossref-alone-report-cayenne.xml')).toEqual([['The Simple Economics of Labor Standards and the GATT', ['Kyle Bagwell', 'Robert Staiger'], '1998-06', 'National Bureau of Economic Research', '10.3386/w6604']]);
    // A standard by a committee: the organisation is the author when no person is.
    expect(summary('crossref-alone-standard-cayenne.xml')).toEqual([
      ['Guide for Safety, Access Rights, Construction, Liability, and Risk Management for Optical Fiber Networks in Existing Sewers', ['F36 Committee'], '1900-02-10', 'ASTM International', '10.1520/f2233'],
    ]);
  });

  it("an eLife deposit: <role type=\"author\">, organisations beside persons left out, the first JATS abstract (not the digest), MathML as text, citations with DOIs and an arXiv URL", () => {
    const { records, rejections } = read('deposit-jats-abstract-citations-elife.xml');
    expect(rejections).toEqual([]);
    expect(records).toHaveLength(1);
    const [paper] = records;
    expect(paper).toMatchObject({
      title: 'The eLife research article',
      authors: ['Melissa Harrison Jnr', 'James F Gilbert'],
      authorIds: [{ orcid: '0000-0003-3523-4408' }, undefined],
      date: '2016-04-25',
      venue: 'eLife',
      doi: '10.7554/elife.00666',
      sources: [{ file: 'deposit-jats-abstract-citations-elife.xml', line: 28, record: 0 }],
    });
    expect(paper!.abstract).toMatch(/^This is the abstract\. This article will describe the eLife article and the process\. .* I have added an unmatched > bracket as this has been an issue for PubMed deposits in the past\. .* Clinical trial Registration: EudraCT2004-000446-20\.$/);
    expect(paper!.abstract).not.toMatch(/digest/);
    expect(paper!.references).toHaveLength(43);
    expect(paper!.references).toContainEqual({ doi: '10.1101/029983', title: 'A prospective randomized trial examining health care utilization in individuals using multiple smartphone-enabled biosensors' });
    expect(paper!.references).toContainEqual({ arxivId: '1608.03074', title: 'The Venus Hypothesis' });
  });

  it("the volume: a journal article's from its issue's `journal_volume/volume`, a book's from its metadata (a set's volume 1); not a citation's", () => {
    const volumes = ['deposit-orcid-cayenne.xml', 'unixsd-journal-article-cayenne.xml', 'unixref-subscript-title-zotero-translators.xml', 'deposit-jats-abstract-citations-elife.xml', 'unixref-book-chapter-zotero-translators.xml'].map((name) =>
      read(name).records.map((record) => record.volume ?? null),
    );
    // (eLife's citations name volumes 173, 54, 36…: the article's is 5; the chapter's book names none)
    expect(volumes).toEqual([['5'], ['75'], ['84'], ['5'], [null]]);
    const set = read('unixsd-book-set-volume-cayenne.xml');
    expect(set.records.map((record) => [record.title, record.venue, record.volume, record.doi])).toEqual([['Sample Volume Title', 'Sample Set Title', '1', '10.5555/test2']]);
  });

  it('a peer review is a rejection naming the record, not a paper', () => {
    expect(read('unixref-peer-review-zotero-translators.xml')).toEqual({
      records: [],
      rejections: [
        {
          file: 'unixref-peer-review-zotero-translators.xml',
          line: 3,
          record: 0,
          message: 'a Crossref <peer_review> record (DOI 10.21468/scipost.report.10) is a peer review of another work (a referee report, a decision letter, an author response), not a paper',
        },
      ],
      warnings: [],
    });
  });
});

describe('Crossref XML built from the schema documentation (invented examples)', () => {
  // Invented: a UNIXREF answer for a DOI Crossref does not know, beside a record it knows.
  const unixref = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<doi_records>',
    '  <doi_record key="key1" owner="10.5555"><crossref><error>DOI not found in Crossref</error></crossref></doi_record>',
    '  <doi_record owner="10.5555"><crossref><posted_content type="preprint">',
    '    <contributors><person_name contributor_role="author" sequence="additional"><given_name>B.</given_name><surname>Second</surname></person_name>',
    '      <person_name contributor_role="author" sequence="first"><given_name>A.</given_name><surname>First</surname><ORCID>https://orcid.org/0000-0002-1825-0097</ORCID></person_name>',
    '      <person_name contributor_role="editor" sequence="additional"><given_name>E.</given_name><surname>Editor</surname></person_name></contributors>',
    '    <titles><title>A <i>Title</i></title><subtitle>and its subtitle</subtitle></titles>',
    '    <posted_date><month>3</month><day>9</day><year>2021</year></posted_date>',
    '    <institution><institution_name>bioRxiv</institution_name></institution>',
    '    <program xmlns="http://www.crossref.org/relations.xsd"><related_item><intra_work_relation relationship-type="hasPreprint" identifier-type="doi">10.48550/arXiv.2103.01234</intra_work_relation></related_item></program>',
    '    <doi_data><doi>10.1101/2021.03.09.434567</doi></doi_data>',
    '    <citation_list><citation key="r1"><unstructured_citation>Smith J. 2019. Attention. arXiv:1706.03762.</unstructured_citation></citation>',
    '      <citation key="r2"><journal_title>Nature</journal_title><cYear>2020</cYear></citation></citation_list>',
    '  </posted_content></crossref></doi_record>',
    '</doi_records>',
    '',
  ].join('\n');

  it("an <error> record is a rejection quoting Crossref; the preprint's first author put first, its arXiv preprint and an arXiv citation read", () => {
    const { records, rejections } = parseCrossrefXml(unixref, 'answer.xml');
    expect(rejections).toEqual([{ file: 'answer.xml', line: 3, record: 0, message: 'Crossref answered an error instead of a record: "DOI not found in Crossref"' }]);
    expect(records).toEqual([
      {
        title: 'A Title: and its subtitle',
        abstract: '',
        authors: ['A. First', 'B. Second'],
        authorIds: [{ orcid: '0000-0002-1825-0097' }, undefined],
        tags: [],
        arxivId: '2103.01234',
        date: '2021-03-09',
        year: 2021,
        venue: 'bioRxiv',
        doi: '10.1101/2021.03.09.434567',
        references: [{ arxivId: '1706.03762' }],
        sources: [{ file: 'answer.xml', line: 4, record: 1 }],
      },
    ]);
  });

  // Invented: a deposit with an issue of two articles, an issue's own record, a database of datasets, a database
  // without any, a book without chapters, a book series' own record, a pending publication and a broken record.
  const deposit = [
    '<doi_batch version="5.3.1" xmlns="http://www.crossref.org/schema/5.3.1" xmlns:jats="http://www.ncbi.nlm.nih.gov/JATS1">',
    '<head><doi_batch_id>b1</doi_batch_id></head>',
    '<body>',
    '<journal><journal_metadata><full_title>Journal of Examples</full_title></journal_metadata>',
    '<journal_issue><publication_date media_type="print"><year>2019</year></publication_date><issue>2</issue></journal_issue>',
    '<journal_article><titles><title>First Article</title></titles>',
    '<contributors><organization contributor_role="author" sequence="first">The Example Consortium</organization></contributors>',
    '<jats:abstract><jats:title>Abstract</jats:title><jats:p>We show <jats:italic>x</jats:italic>.</jats:p></jats:abstract>',
    '<doi_data><doi>10.5555/ex.1</doi></doi_data></journal_article>',
    '<journal_article><titles><title>Second Article</title></titles>',
    '<publication_date media_type="online"><month>02</month><day>30</day><year>2019</year></publication_date>',
    '<doi_data><doi>10.5555/ex.2</doi></doi_data></journal_article>',
    '</journal>',
    '<journal><journal_metadata><full_title>Journal of Examples</full_title></journal_metadata>',
    '<journal_issue><issue>3</issue><doi_data><doi>10.5555/ex.issue3</doi></doi_data></journal_issue></journal>',
    '<database><database_metadata><titles><title>Example Data Archive</title></titles></database_metadata>',
    '<dataset><contributors><person_name contributor_role="author" sequence="first"><surname>Ng</surname></person_name></contributors>',
    '<titles><title>Survey Responses</title></titles><database_date><creation_date><year>2017</year></creation_date><publication_date><month>05</month><year>2018</year></publication_date></database_date>',
    '<description>Answers of 300 people.</description><doi_data><doi>10.5555/data.1</doi></doi_data></dataset>',
    '</database>',
    '<database><database_metadata><titles><title>Empty Archive</title></titles><doi_data><doi>10.5555/data</doi></doi_data></database_metadata></database>',
    '<book book_type="monograph"><book_series_metadata><series_metadata><titles><title>Lecture Notes in Examples</title></titles></series_metadata>',
    '<titles><title>A Monograph</title></titles><publication_date><year>2015</year></publication_date><doi_data><doi>10.5555/book.1</doi></doi_data></book_series_metadata></book>',
    '<book book_type="monograph"><book_series_metadata><series_metadata><titles><title>Lecture Notes in Examples</title></titles><doi_data><doi>10.5555/series</doi></doi_data></series_metadata></book_series_metadata></book>',
    '<pending_publication><titles><title>Accepted</title></titles><doi>10.5555/pending.1</doi></pending_publication>',
    '<posted_content><titles><title>Broken <i>markup</title></titles></posted_content>',
    '<posted_content><titles><title>10.5555/untitled</title></titles><doi_data><doi>10.5555/untitled</doi></doi_data></posted_content>',
    '<posted_content><group_title>Nothing</group_title></posted_content>',
    '</body>',
    '</doi_batch>',
  ].join('\n');

  it('a deposit: each work one paper on its own line, the containers without works and unknown records rejections naming them', () => {
    const { records, rejections, warnings } = parseCrossrefXml(deposit, 'deposit.xml');
    expect(warnings).toEqual([]);
    expect(records.map((paper) => [paper.title, paper.authors, paper.date, paper.venue, paper.doi, paper.abstract, paper.sources[0]!.line, paper.sources[0]!.record])).toEqual([
      // The issue's year for the article that gives no date; the consortium is the author when no person is.
      ['First Article', ['The Example Consortium'], '2019', 'Journal of Examples', '10.5555/ex.1', 'We show x.', 6, 0],
      // February has no 30th: the year alone (as dateOfParts reads every format's dates).
      ['Second Article', [], '2019', 'Journal of Examples', '10.5555/ex.2', '', 10, 1],
      // A dataset dated by its publication (not its creation), its description the abstract, the database its venue.
      ['Survey Responses', ['Ng'], '2018-05', 'Example Data Archive', '10.5555/data.1', 'Answers of 300 people.', 17, 3],
      // A book without chapters is the paper, its series the venue.
      ['A Monograph', [], '2015', 'Lecture Notes in Examples', '10.5555/book.1', '', 22, 5],
      // No title (only its DOI written as one), but a DOI another input can name it by (as the REST API's reader keeps it).
      ['', [], undefined, undefined, '10.5555/untitled', '', 27, 9],
    ]);
    expect(rejections).toEqual([
      { file: 'deposit.xml', line: 14, record: 2, message: 'a Crossref <journal> record with no <journal_article> (DOI 10.5555/ex.issue3) is a journal issue, not a paper' },
      { file: 'deposit.xml', line: 21, record: 4, message: 'a Crossref <database> record with no <dataset> (DOI 10.5555/data) is a database (a collection of datasets), not a paper' },
      { file: 'deposit.xml', line: 24, record: 6, message: 'a Crossref <book> record with no <content_item> (DOI 10.5555/series) is a book series, not a paper' },
      {
        file: 'deposit.xml',
        line: 25,
        record: 7,
        message: expect.stringMatching(/^a Crossref <pending_publication> record is not read \(the records read: <journal>, <conference>, <book>, .*<posted_content>, .*\)$/),
      },
      { file: 'deposit.xml', line: 26, record: 8, message: expect.stringMatching(/^invalid XML: /) },
      { file: 'deposit.xml', line: 28, record: 10, message: '<posted_content> has no title (<titles><title>) and no DOI another input could name it by' },
    ]);
  });

  it('UNIXSD: a query Crossref could not resolve is a rejection naming the DOI asked for', () => {
    // Invented, after the query output schema (crossref_query_output3.0.xsd).
    const text = [
      '<crossref_result xmlns="http://www.crossref.org/qrschema/3.0" version="3.0"><query_result><head><doi_batch_id>none</doi_batch_id></head><body>',
      '<query status="unresolved"><doi>10.5555/missing</doi><msg>DOI not found</msg></query>',
      '</body></query_result></crossref_result>',
    ].join('\n');
    expect(parseCrossrefXml(text, 'sd.xml').rejections).toEqual([{ file: 'sd.xml', line: 2, record: 0, message: 'query for 10.5555/missing: Crossref answered no record (status "unresolved"): DOI not found' }]);
  });

  it('an envelope without records is a warning; a record cut short is rejected by its line; a DOCTYPE is refused', () => {
    expect(parseCrossrefXml('<doi_records>\n</doi_records>\n', 'empty.xml')).toEqual({ records: [], rejections: [], warnings: [{ file: 'empty.xml', line: 1, message: 'no records: the <doi_records> holds no <doi_record>' }] });
    const cut = unixref.slice(0, unixref.indexOf('<doi_data>'));
    const result = parseCrossrefXml(cut, 'cut.xml');
    expect(result.records).toEqual([]);
    expect(result.rejections.map((issue) => [issue.line, issue.message])).toEqual([
      [3, 'Crossref answered an error instead of a record: "DOI not found in Crossref"'],
      [4, '<doi_record> is not closed before the end of the file (cut short?)'],
    ]);
    expect(parseCrossrefXml('<!DOCTYPE doi_records [<!ENTITY a "b">]>\n<doi_records/>', 'd.xml').rejections[0]!.message).toMatch(/^XML with a DOCTYPE is not read/);
  });
});
