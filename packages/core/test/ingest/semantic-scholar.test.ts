import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/ingest/formats.ts';
import { ingest, ingestOne } from '../../src/ingest/index.ts';
import { semanticScholarFormat, sniffSemanticScholar } from '../../src/ingest/semantic-scholar.ts';

const folder = new URL('../fixtures/formats/semantic-scholar/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, folder), 'utf8');
const SINGLE = read('paper-single-refs-citations.json');
const BATCH = read('batch-with-null.json');
const SEARCH = read('search-page-trimmed.json');
const REFERENCES = read('references-page-trimmed.json');
const DATASET = read('dataset-papers-sample.jsonl');

const TURING_S2 = '2d5673caa9e6af3a7b82a43f19ee920992db07ad';

describe('Semantic Scholar papers', () => {
  it('a /paper/batch answer cut off inside its last paper keeps the papers before it, and rejects the rest at its line', () => {
    const cut = BATCH.slice(0, BATCH.lastIndexOf('{"paperId"') + 200);
    const result = semanticScholarFormat.parse(cut, 'batch.json');
    expect(result.records.map((record) => record.title)).toEqual(['How Much Should We Trust Differences-in-Differences Estimates?', 'The Miracle of Microfinance? Evidence from a Randomized Evaluation']);
    expect(result.rejections).toEqual([{ file: 'batch.json', line: 1, message: expect.stringMatching(/^invalid JSON \(.*\): the 3 items before this line were read, nothing from here to the end of the file$/) }]);
  });

  it('a single paper: ids, authors with authorId, dates, venue, abstract, and its references and citations by their own ids', () => {
    const result = semanticScholarFormat.parse(SINGLE, 'turing.json');
    expect(result.rejections).toEqual([]);
    expect(result.records).toHaveLength(1);
    const paper = result.records[0]!;
    expect(paper).toMatchObject({
      title: 'Computing Machinery and Intelligence',
      authors: ['A. Turing'],
      authorIds: [{ s2: '2262347' }],
      year: 1950,
      date: '1950-10-01',
      doi: '10.1093/mind/lix.236.433',
      ids: { s2: TURING_S2, corpusId: '14636783' },
      venue: 'The Philosophy of Artificial Intelligence',
    });
    expect(paper.arxivId).toBeUndefined();
    expect(paper.abstract.startsWith('I propose to consider the question, “Can machines think?”♣ This should begin')).toBe(true);
    expect(paper.abstract).toHaveLength(554);
    expect(paper.references).toHaveLength(5);
    expect(paper.references![0]).toEqual({ doi: '10.2307/3610576', s2: '348f436fd9a3965f5ff17db031a9f43426f89b8e', title: 'Calculating Instruments and Machines' });
    expect(paper.citedBy).toHaveLength(6);
    expect(paper.citedBy![0]).toEqual({ arxivId: '2310.20216', doi: '10.48550/arxiv.2310.20216', s2: '682918c9c1705907ca1fe3f1207561f403f6ea0e', title: 'Does GPT-4 Pass the Turing Test?' });
    expect(paper.citedBy!.map((ref) => ref.arxivId)).toEqual(['2310.20216', undefined, '2305.20010', '2405.19561', '2405.13352', '2405.13203']);
  });

  it('a batch array: a null (an id the batch did not find) is a warning, the papers are kept in order', () => {
    const result = semanticScholarFormat.parse(BATCH, 'batch.json');
    expect(result.warnings).toEqual([{ file: 'batch.json', record: 0, message: 'null: Semantic Scholar found no paper for the id asked at this position' }]);
    expect(result.rejections).toEqual([]);
    expect(result.records.map((record) => [record.title, record.authors, record.doi, record.ids?.s2, record.sources[0]])).toEqual([
      ['How Much Should We Trust Differences-in-Differences Estimates?', ['Marianne Bertrand', 'E. Duflo', 'S. Mullainathan'], '10.2139/ssrn.288970', 'c31c87c591a25c64fbaa82e8ac6a81831b6ac7ce', { file: 'batch.json', record: 1 }],
      ['The Miracle of Microfinance? Evidence from a Randomized Evaluation', ['E. Duflo', 'A. Banerjee', 'R. Glennerster', 'Cynthia Kinnan'], '10.2139/ssrn.2250500', 'cb1ebd913c3724c599f6b276b14b5c6253da68f3', { file: 'batch.json', record: 2 }],
      ['Improving Third-Party Audits and Regulatory Compliance in India', ['E. Duflo', 'M. Greenstone', 'Nick Ryan'], '10.1257/rct.1355', '0f40b1f08821e22e859c6050916cec3667778613', { file: 'batch.json', record: 3 }],
    ]);
    // No publicationDate and no journal: only the year.
    expect(result.records[2]).toMatchObject({ year: 2023 });
    expect(result.records[2]!.date).toBeUndefined();
    expect(result.records[2]!.venue).toBeUndefined();
    expect(result.records[0]!.abstract.startsWith('Most Difference-in-Difference (DD) papers rely on many years of data')).toBe(true);
  });

  it('{data: […]} pages: search results, and a references page whose items wrap the paper as citedPaper', () => {
    const search = semanticScholarFormat.parse(SEARCH, 'search.json');
    expect(search.records.map((record) => record.title)).toEqual([
      'Human or Not? A Gamified Approach to the Turing Test',
      'Does GPT-4 pass the Turing test?',
      'How GPT Realizes Leibniz’s Dream and Passes the Turing Test without Being Conscious',
      'Putting ChatGPT’s Medical Advice to the (Turing) Test: Survey Study',
      "Putting ChatGPT's Medical Advice to the (Turing) Test",
    ]);
    expect(search.records[0]!.ids).toEqual({ s2: '79bae31ed966a7a97dbea7292e17fa6274122100' });
    const references = semanticScholarFormat.parse(REFERENCES, 'refs.json');
    expect(references.records.map((record) => [record.title, record.ids?.s2])).toEqual([
      ['Group lending or individual lending? Evidence from a randomised field experiment in Mongolia', 'e945ca4fdcf45b1a118f1462db7afa12629a131f'],
      ['Microcredit in Theory and Practice: Using Randomized Credit Scoring for Impact Evaluation', '0109da9aff1014c55e95e3a59f9936b7462486f7'],
      ['The effects of financial development in the short and long run', '2b9e1f7a33b9ec05120e7e284c2b21bd6f35ee0d'],
      ['Impact of microcredit in rural areas of Morocco: Evidence from a Randomized Evaluation', 'f38eb627c9b036798694d0fd479d178a13321cb8'],
      ['Contract Structure, Risk Sharing and Investment Choice', '613396871adab8a8a47673e4ecafb95b9a11e3d8'],
    ]);
    expect(semanticScholarFormat.parse('{"total": 0, "offset": 0, "data": []}', 'empty.json').warnings).toEqual([
      { file: 'empty.json', line: 1, message: 'no records: the page\'s "data" list is empty' },
    ]);
  });

  it('the papers dataset (JSON Lines, lower-case fields): paperId from the url, CorpusId, DOI, PubMed, dates', () => {
    const result = semanticScholarFormat.parse(DATASET, 'papers.jsonl');
    expect(result.rejections).toEqual([]);
    expect(result.records.map((record) => [record.title, record.authors, record.date, record.sources[0]!.line])).toEqual([
      ['Attaching Importance to Mental Quality Education in Clinical Practice', ['粟毅', '吴亚梅'], '2006-02-28', 1],
      ['BEQ volume 20 issue 4 Back matter', ['L. Hartman'], '2010-10-01', 2],
      ['Der Trust als Kläger im deutschen Zivilprozess', ['Stephan Wilske', 'S. Meyer'], undefined, 3],
      ['Duncan Starr Johnson', [], '1937-07-09', 4],
      ['Healthcare security staffing for smaller facilities: where science meets art.', ['Bryan Warren'], undefined, 5],
      ['Knowledge Graph Post-Processing for QA Systems', ['X. Lin', 'Yuzhi Zhang'], '2021-04-23', 6],
    ]);
    expect(result.records[0]).toMatchObject({
      year: 2006,
      doi: '10.3760/cma.j.issn.2095-1485.2006.01.019',
      ids: { s2: '061be346f7c4bcfe3d0123d0783e965ebccd5540', corpusId: '223588394' },
      authorIds: [{ s2: '101039255' }, { s2: '2096896523' }],
    });
    expect(result.records[0]!.venue).toBeUndefined();
    expect(result.records[4]!.ids).toEqual({ s2: '578e4fbd63f3b35643ff9ee46c5925807ab6ce12', corpusId: '30747166', pmid: '23513707' });
    expect(result.records[5]!.venue).toBe('ICCAI');
  });

  it("the volume of `journal.volume` as written (a Roman LIX; a PubMed volume and issue run together, `29 1`); a journal without one gives none", () => {
    expect(semanticScholarFormat.parse(SINGLE, 'turing.json').records[0]!.volume).toBe('LIX');
    expect(semanticScholarFormat.parse(DATASET, 'papers.jsonl').records.map((paper) => paper.volume ?? null)).toEqual(['5', '20', '33', null, '29 1', null]);
    const author = semanticScholarFormat.parse(read('author-with-papers-trimmed.json'), 'author.json').records;
    expect(author.map((paper) => paper.volume ?? null)).toEqual([null, null, '44']);
  });

  it('an author with fields=papers stands for their papers; author lists (search, batch, a paper\'s authors) are rejected one by one, never papers named after people', () => {
    const author = ingestOne({ name: 'turing-author.json', text: read('author-with-papers-trimmed.json') });
    expect(author.rejections).toEqual([]);
    expect(author.records.map((record) => [record.title, record.authors, record.year, record.doi])).toEqual([
      ['Dystopian or Utopian? Two Images of Alan Turing', ['A. Turing'], 2022, undefined],
      ['Systems of Logic Based on Ordinals', ['A. Turing'], 2012, '10.1016/b978-044450423-4/50007-3'],
      ['Review of two collections of essays about Alan Turing', ['A. Turing', 'Jonathan P. Bowen', 'Mark D. Sprevak', 'Robin J. Wilson', 'A. Bokulich'], 2020, '10.1080/01611194.2019.1650846'],
    ]);
    expect(author.records[2]!.ids).toEqual({ s2: '6b7b392d5f3284a78fd559439bc735f3f0b08bae', corpusId: '212727442' });

    const search = ingestOne({ name: 'author-search.json', text: read('author-search-page.json') });
    expect(search.records).toEqual([]);
    expect(search.rejections).toHaveLength(59);
    expect(search.rejections[0]).toEqual({ file: 'author-search.json', record: 0, message: 'a Semantic Scholar author ("A. Turing", authorId 2262347), not a paper: ask /author/2262347/papers (or fields=papers) for their papers' });

    // Before: four "papers" titled E. Duflo, A. Banerjee… with arXiv id `author/2259683` taken from the profile URL.
    const paperAuthors = ingestOne({ name: 'paper-authors.json', text: read('paper-authors-page.json') });
    expect(paperAuthors.records).toEqual([]);
    expect(paperAuthors.rejections.map((issue) => /^a Semantic Scholar author \("([^"]+)", authorId (\d+)\), not a paper/.exec(issue.message)?.slice(1))).toEqual([
      ['E. Duflo', '2259683'],
      ['A. Banerjee', '2237651454'],
      ['R. Glennerster', '4249203'],
      ['Cynthia Kinnan', '31549526'],
    ]);
  });

  it('lines of the datasets without papers (authors, publication-venues, citations, tldrs, paper-ids) are rejected by line and kind, never papers named after people or journals', () => {
    const rejected = (name: string) => {
      const text = read(name);
      expect(detectFormat(name, text)?.name, name).toBe('semantic-scholar');
      const result = ingestOne({ name, text });
      expect(result.records, name).toEqual([]);
      expect(result.warnings, name).toEqual([]);
      return result.rejections.map((issue) => `${issue.line}: ${issue.message}`);
    };
    // Before: 3 "papers" titled Christina Cottiero, Gabriela Maria Pereira Floro Arcoverde, 罗伯·冯贝伦.
    expect(rejected('dataset-authors-sample-head.jsonl')).toEqual([
      '1: a Semantic Scholar author ("Christina Cottiero", authorId 119387837), not a paper: ask /author/119387837/papers (or fields=papers) for their papers',
      '2: a Semantic Scholar author ("Gabriela Maria Pereira Floro Arcoverde", authorId 2131463788), not a paper: ask /author/2131463788/papers (or fields=papers) for their papers',
      '3: a Semantic Scholar author ("罗伯·冯贝伦", authorId 1414049486), not a paper: ask /author/1414049486/papers (or fields=papers) for their papers',
    ]);
    // Before: 3 "papers" titled after the journals.
    expect(rejected('dataset-publication-venues-sample-head.jsonl')).toEqual([
      '1: a publication venue of the Semantic Scholar publication-venues dataset ("Revista Estilos de Aprendizaje"), not a paper',
      '2: a publication venue of the Semantic Scholar publication-venues dataset ("Málting"), not a paper',
      '3: a publication venue of the Semantic Scholar publication-venues dataset ("Japanese Journal of Sport Psychology"), not a paper',
    ]);
    expect(rejected('dataset-citations-sample-head.jsonl')).toEqual([
      '1: a citation of the Semantic Scholar citations dataset (CorpusId 74265463 cites a paper it could not match), not a paper',
      '2: a citation of the Semantic Scholar citations dataset (CorpusId 21057399 cites a paper it could not match), not a paper',
      '3: a citation of the Semantic Scholar citations dataset (CorpusId 45302901 cites CorpusId 1624374), not a paper',
    ]);
    expect(rejected('dataset-tldrs-sample-head.jsonl')).toEqual([
      '1: a TLDR of the Semantic Scholar tldrs dataset (a one-sentence summary of CorpusId 2833), not a paper',
      '2: a TLDR of the Semantic Scholar tldrs dataset (a one-sentence summary of CorpusId 5447), not a paper',
    ]);
    expect(rejected('dataset-paper-ids-sample-head.jsonl')).toEqual([
      '1: a line of the Semantic Scholar paper-ids dataset (PDF e84e227a7e4f95a264c48ada0590cb7d3cbab5b0 → CorpusId 17548486), not a paper',
      '2: a line of the Semantic Scholar paper-ids dataset (PDF 7c8f9072ab2ec82cd18c6da7ffa67432e5582424 → CorpusId 21104110), not a paper',
    ]);
  });

  it("S2ORC lines (full text with annotations): title, abstract and authors from the annotated spans, each once; DOI from the lower-case externalids", () => {
    const text = read('dataset-s2orc-sample-lines-3-4.jsonl');
    expect(detectFormat('s2orc.jsonl', text)?.name).toBe('semantic-scholar');
    const result = ingestOne({ name: 's2orc.jsonl', text });
    // Before: both rejected as "no title (Semantic Scholar CorpusId …)".
    expect(result.rejections).toEqual([]);
    expect(result.records.map((record) => [record.title, record.authors, record.doi, record.ids, record.sources[0]])).toEqual([
      ['Erratum to: MINE: Module Identification in Networks', ['Kahn Rhrissorrakrai', 'Kristin C Gunsalus'], '10.1186/s12859-016-0929-5', { corpusId: '255785057' }, { file: 's2orc.jsonl', line: 1, record: 0 }],
      // GROBID's letter-spaced banner `P R O C E E D I N G S Open Access` is not part of the title.
      ['Multiple genome comparison based on overlap regions of pairwise local alignments', ['Katharina Jahn', 'Henner Sudek', 'Jens Stoye'], '10.1186/1471-2105-13-s19-s7', { corpusId: '255785252' }, { file: 's2orc.jsonl', line: 2, record: 1 }],
    ]);
    const [erratum, genomes] = result.records;
    // The author spans run on into the affiliation; GROBID's repeated header spans are read once.
    expect(erratum!.abstract.startsWith('ErratumIt was brought to our attention that there was a discrepancy')).toBe(true);
    expect(genomes!.abstract.startsWith('Background: Mancheron, Uricaru and Rivals (Nucleic Acids Res. 39:e101, 2011) recently introduced')).toBe(true);
    expect(genomes!.abstract.indexOf('Background: Mancheron')).toBe(genomes!.abstract.lastIndexOf('Background: Mancheron'));
  });

  it('one page of a longer search says how to ask for the rest: bulk search by its token, search by offset', () => {
    const bulk = ingestOne({ name: 'bulk.json', text: read('bulk-search-token-trimmed.json') });
    expect(bulk.records.map((record) => record.title)).toEqual([
      'Kubernetes Cluster for Automating Software Production Environment',
      'Storage events: distributed users, federation and beyond',
      'Security',
      'Design and Implementation an OpenMCP distributed collaborative container platform for flexible scaling and service delivery',
      'New software applications for system identification',
    ]);
    expect(bulk.warnings).toEqual([{ file: 'bulk.json', line: 1, message: expect.stringMatching(/^the page holds 5 of the search's 2674 results \(ask again with token=PCOKWVSKJJGM4TWNJNI3EUSQJIWVNUSR\w+ for more\)$/) }]);
    expect(ingestOne({ name: 'search.json', text: SEARCH }).warnings).toEqual([{ file: 'search.json', line: 1, message: "the page holds 5 of the search's 2576 results (ask again with offset=100 for more)" }]);
    // A single paper and a batch are no pages.
    expect(ingestOne({ name: 'turing.json', text: SINGLE }).warnings).toEqual([]);
  });

  it('an API error body is the file\'s rejection with its message; an empty search page (no `data` at all) a warning', () => {
    expect(ingestOne({ name: 'paper-0.json', text: read('error-paper-not-found.json') })).toEqual({
      records: [],
      rejections: [{ file: 'paper-0.json', record: 0, message: 'an API error answer, not records: Paper with id 0 not found' }],
      warnings: [],
    });
    expect(ingestOne({ name: 'search.json', text: read('search-page-empty.json') })).toEqual({
      records: [],
      rejections: [],
      warnings: [{ file: 'search.json', record: 0, message: 'no records: a result page without records (total 0)' }],
    });
  });

  it('Datasets API answers (a dataset\'s download links, the diffs between releases) are one rejection saying what to download, never a paper named after the dataset', () => {
    // Before: the download links were one paper titled "papers" (the generic JSON's `name`), the diffs "record has no title".
    expect(detectFormat('papers.json', read('datasets-api-download-links.json'))?.name).toBe('semantic-scholar');
    expect(ingestOne({ name: 'links.json', text: read('datasets-api-download-links.json') })).toEqual({
      records: [],
      rejections: [{ file: 'links.json', line: 1, record: 0, message: 'a Semantic Scholar Datasets API answer (the download links of the "papers" dataset, 30 files), not papers: download the files it lists and read them' }],
      warnings: [],
    });
    expect(ingestOne({ name: 'diffs.json', text: read('datasets-api-diffs.json') }).rejections).toEqual([
      { file: 'diffs.json', line: 1, record: 0, message: 'a Semantic Scholar Datasets API answer (the diffs of the "papers" dataset from 2024-10-08 to 2025-08-19), not papers: download the update files it lists and read them' },
    ]);
    // A release's list of its datasets (shape of /datasets/v1/release/{id}, its README and list cut short here).
    const release = JSON.stringify({ release_id: '2025-08-19', README: 'Semantic Scholar Academic Graph Datasets\n\n…', datasets: [{ name: 'papers', description: 'The core attributes of a paper', README: '…' }] });
    expect(ingestOne({ name: 'release.json', text: release }).rejections.map((issue) => issue.message)).toEqual([
      "a Semantic Scholar Datasets API answer (release 2025-08-19: the 1 datasets it holds, described), not papers: download a dataset's files (/release/2025-08-19/dataset/{name}) and read them",
    ]);
  });

  it('the Datasets API\'s list of releases (156 date strings) is one rejection saying what it is, not 156', () => {
    // Before: 156 rejections "not a JSON object", one per release date.
    const releases = read('datasets-api-release-list.json');
    expect(detectFormat('releases.json', releases)?.name).toBe('json');
    expect(ingestOne({ name: 'releases.json', text: releases })).toEqual({
      records: [],
      rejections: [{ file: 'releases.json', record: 0, message: 'a JSON list of 156 strings ("2022-05-10", "2022-05-17", "2022-05-24", …), not paper records: nothing in it is read' }],
      warnings: [],
    });
  });

  it("claims none of the other formats' fixtures", () => {
    const root = new URL('../fixtures/formats/', import.meta.url);
    for (const format of readdirSync(root).filter((name) => name !== 'semantic-scholar' && !name.endsWith('.md'))) {
      for (const name of readdirSync(new URL(`${format}/`, root)).filter((file) => !file.endsWith('.md'))) {
        const head = readFileSync(new URL(`${format}/${name}`, root), 'utf8').slice(0, 64 * 1024);
        expect(sniffSemanticScholar(head), `${format}/${name}`).toBe(0);
      }
    }
  });

  it('is recognised by content under any name, and claims no generic JSON', () => {
    for (const text of [SINGLE, BATCH, SEARCH, REFERENCES, DATASET]) {
      for (const name of ['papers.json', 'papers.jsonl', 'papers.txt', 'papers']) expect(detectFormat(name, text)?.name, name).toBe('semantic-scholar');
    }
    expect(sniffSemanticScholar('[{"title": "A paper", "paperId": "not-a-sha", "authors": ["Ada Lovelace"]}]')).toBe(0);
    expect(sniffSemanticScholar('{"corpusid": 1, "title": "no external ids"}')).toBe(0);
  });

  it('read together: the Turing paper cited by three papers of a search page (resolved by paperId when the graph is built)', () => {
    const result = ingest([
      { name: 'turing.json', text: SINGLE },
      { name: 'search.json', text: SEARCH },
    ]);
    expect(result.records).toHaveLength(6);
    const citers = new Set(result.records[0]!.citedBy!.map((ref) => ref.s2));
    expect(result.records.slice(1).filter((record) => citers.has(record.ids!.s2)).map((record) => record.title)).toEqual([
      'Human or Not? A Gamified Approach to the Turing Test',
      'Does GPT-4 pass the Turing test?',
      'How GPT Realizes Leibniz’s Dream and Passes the Turing Test without Being Conscious',
    ]);
  });

  it('records it cannot read are rejected one by one, the rest kept', () => {
    const text = ['{"paperId": "2d5673caa9e6af3a7b82a43f19ee920992db07ad", "title": "Kept"}', '"just a string"', '{"paperId": broken}', '{"year": 2020}', 'null'].join('\n');
    const result = ingestOne({ name: 'dump.jsonl', text }, 'semantic-scholar');
    expect(result.records.map((record) => record.title)).toEqual(['Kept']);
    expect(result.rejections).toEqual([
      { file: 'dump.jsonl', line: 2, record: 1, message: 'not a Semantic Scholar paper (string)' },
      { file: 'dump.jsonl', line: 3, record: 2, message: expect.stringMatching(/^invalid JSON/) },
      { file: 'dump.jsonl', line: 4, record: 3, message: 'paper has no "title" (and no id another input could name it by)' },
    ]);
    expect(result.warnings).toEqual([{ file: 'dump.jsonl', line: 5, record: 4, message: expect.stringMatching(/^null/) }]);
  });
});

describe('Semantic Scholar Open Research Corpus lines (2019–2021 s2-corpus dumps)', () => {
  const text = read('open-corpus-2020-head-go-semanticscholar.jsonl');

  it('are recognised by their s2Url, whatever the file is called', () => {
    expect(detectFormat('s2-corpus-000.jsonl', text)).toBe(semanticScholarFormat);
    expect(detectFormat('corpus.json', text)).toBe(semanticScholarFormat);
  });

  it('the volume of `journalVolume` (an empty string is none)', () => {
    expect(semanticScholarFormat.parse(text, 's2-corpus-000.jsonl').records.map((paper) => paper.volume ?? null)).toEqual(['37', '3', '92', null, null, '87', '24', '31']);
  });

  it('paperAbstract, journalName, the top-level doi, the authors\' ids and the outCitations/inCitations paperIds are read', () => {
    const { records, rejections, warnings } = ingestOne({ name: 'corpus.jsonl', text });
    expect([records.length, rejections, warnings]).toEqual([8, [], []]);
    const saccades = records[1]!;
    expect(saccades).toMatchObject({
      title: 'Systematic diagonal and vertical errors in antisaccades and memory-guided saccades',
      authors: ['Mathias H Abegg', 'Hyung Dae Lee', 'Jason J. S. Barton'],
      authorIds: [{ s2: '4692562' }, { s2: '144562200' }, { s2: '145018635' }],
      year: 2010,
      venue: 'Journal of Eye Movement Research',
      doi: '10.16910/jemr.3.3.5',
      ids: { s2: '41022c482c77f26a330f3b584fc99d904b5ba8b2' },
    });
    expect(saccades.abstract).toMatch(/^Studies of memory-guided saccades in monkeys show an upward bias, .* a property specific to memory-guided saccades\.$/);
    expect(saccades.references).toHaveLength(24);
    expect(saccades.references![0]).toEqual({ s2: 'ed39ed7a61fb75dcb46d06beb0e18ed4cdfc4df7' });
    expect(saccades.citedBy).toEqual([{ s2: '9b50a99a863f12df2297d27fc6b31fdd14b559a3' }, { s2: '3d7bbf4e3a07cb82f06a47cfc7edfe3a6ec3dc5d' }]);
    // An empty `doi`, `venue` or `paperAbstract` is none; a paper without authors is kept.
    expect(records[0]).toMatchObject({ abstract: '', ids: { s2: '5bd3e1fe913dea18eb5d485b3c481e491d3afd04' } });
    expect(records[0]!.doi).toBeUndefined();
    expect(records[2]).toMatchObject({ title: 'Societies and Academies', authors: [], venue: 'Nature', doi: '10.1038/092123a0' });
  });
});
