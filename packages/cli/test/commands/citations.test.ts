import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { citationSources, decodeText, detectFormat, ingest, loadInputFormats, readGraphJSON, runPipeline, toGraphJSON, type PaperGraph } from '@papergraph/core';
import { runCommand } from '../../src/program.ts';
import { REPO } from '../run-cli.ts';

const FORMATS = join(REPO, 'packages/core/test/fixtures/formats');
const OPENALEX = ['work-single.json', 'page-two-works.json', 'page-referenced-works-trimmed.json', 'page-citing-works-trimmed.json'].map((name) => join(FORMATS, 'openalex', name));
/** Every real fixture of every input format (the SOURCES/README notes left out). */
const ALL_FIXTURES = readdirSync(FORMATS)
  .filter((folder) => !folder.endsWith('.md'))
  .flatMap((folder) => readdirSync(join(FORMATS, folder)).filter((name) => !name.endsWith('.md')).map((name) => join(FORMATS, folder, name)))
  .sort();

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `papergraph …` in this process, through the program's own parser and error handler. */
async function papergraph(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    const code = await runCommand(args, { write: (text: string) => (stderr += text) });
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

let dir: string;
let graphJson: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'papergraph-citations-'));
  const { graph } = runPipeline(OPENALEX.map((file) => ({ name: file, text: readFileSync(file, 'utf8') })), { layout: false });
  graphJson = join(dir, 'graph.json');
  writeFileSync(graphJson, toGraphJSON(graph));
});

afterEach(() => vi.restoreAllMocks());

describe('papergraph citations', () => {
  it('lists the most-cited papers inside the graph, after a summary line', async () => {
    const run = await papergraph('citations', graphJson, '--top', '3');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')).toEqual([
      '10 papers of the inputs, 10 citations between them (6 citing, 6 cited); 300 references to works outside the inputs',
      'most cited by papers of the inputs (citing papers, title):',
      "     3  Trends of Publications' Citations and Altmetrics Based on Open Access Types (2020)  paper:trends-of-publications-citations-and-altmetrics-based-on-ope",
      '     2  Distributed representations of words and phrases and their compositionality (2025)  paper:1310.4546',
      '     2  The state of OA: a large-scale analysis of the prevalence and impact of Open Access articles (2018)  paper:the-state-of-oa-a-large-scale-analysis-of-the-prevalence-and',
      '',
    ]);
  });

  it('--json: the summary and the ranked rows', async () => {
    const run = await papergraph('citations', graphJson, '--json');
    const report = JSON.parse(run.stdout) as { papers: number; links: number; mostCited: Array<{ key: string; citedBy: number; references: number; referencesOutside?: number }> };
    expect(report).toMatchObject({ papers: 10, links: 10, citing: 6, cited: 6, referencesOutside: 300, stubs: 0, stubsCited: 0, stubsCiting: 0 });
    expect(report.mostCited).toHaveLength(6);
    expect(report.mostCited[0]).toMatchObject({ key: 'paper:trends-of-publications-citations-and-altmetrics-based-on-ope', citedBy: 3, references: 1, referencesOutside: 5, year: 2020 });
  });

  it('--paper: its references and citers inside the graph, and its nearest papers by co-citation and coupling', async () => {
    const run = await papergraph('citations', graphJson, '--paper', 'GloVe');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'Glove: Global Vectors for Word Representation (2014)  paper:glove-global-vectors-for-word-representation',
        'cites 1 paper of the inputs and 27 works outside them (counted, not kept: see build --references all):',
        '  → Distributed representations of words and phrases and their compositionality (2025)  paper:1310.4546',
        'cited by 1 paper of the inputs:',
        '  ← Measuring prominence of scientific work in online news as a proxy for impact (2020)  paper:2007.14454',
        'similar by co-citation (cited together by the same works):',
        "     1  Distributed representations of words and phrases and their compositionality (2025)  paper:1310.4546  (1 shared citer)",
        "     1  Google's Neural Machine Translation System: Bridging the Gap between Human and Machine Translation (2016)  paper:1609.08144  (1 shared citer)",
        '     1  The PageRank Citation Ranking : Bringing Order to the Web (1999)  paper:the-pagerank-citation-ranking-bringing-order-to-the-web  (1 shared citer)',
        '     1  The state of OA: a large-scale analysis of the prevalence and impact of Open Access articles (2018)  paper:the-state-of-oa-a-large-scale-analysis-of-the-prevalence-and  (1 shared citer)',
        'similar by bibliographic coupling (citing the same works):',
        // Four works outside the graph that both GloVe and word2vec cite (by their OpenAlex ids).
        '     4  Distributed representations of words and phrases and their compositionality (2025)  paper:1310.4546  (4 shared references)',
        '     1  Measuring prominence of scientific work in online news as a proxy for impact (2020)  paper:2007.14454  (1 shared reference)',
        '',
      ].join('\n'),
    );
    const json = JSON.parse((await papergraph('citations', graphJson, '--paper', 'paper:2007.14454', '--json')).stdout) as { paper: { key: string }; references: unknown[]; referencesOutside: number; coupled: unknown[] };
    expect(json.paper.key).toBe('paper:2007.14454');
    expect(json.references).toHaveLength(5);
    expect(json.referencesOutside).toBe(32);
    expect(json.coupled).toHaveLength(2);
  });

  it('--paper that matches several papers or none: one line naming them, exit 1', async () => {
    const several = await papergraph('citations', graphJson, '--paper', 'learning research');
    expect(several.code).toBe(1);
    expect(several.stdout).toBe('');
    expect(several.stderr.split('\n')).toEqual([
      'papergraph: "learning research" matches 2 papers; give one key:',
      expect.stringMatching(/^ {2}paper:online-and-distance-learning-research-in-the-last-30-years-r {2}Online and Distance Learning Research in The Last 30 Years: Real Contribution in Physics Learning \(\d{4}, [^,]+, DOI 10\.[^)]+\)$/),
      expect.stringMatching(/^ {2}paper:digital-learning-research-in-the-last-30-years-important-rol {2}Digital Learning Research .* \(\d{4}, [^,]+, DOI 10\.[^)]+\)$/),
      '',
    ]);
    const none = await papergraph('citations', graphJson, '--paper', 'no such paper');
    expect(none.code).toBe(1);
    expect(none.stderr).toBe('papergraph: no paper matches "no such paper" (give its key, an id, or words of its title)\n');
  });

  it('--paper matching a preprint and its journal version (one title): each shown with its year, venue and DOI', async () => {
    const files = ['openalex/work-prime-editing-paperqa.json', 'crossref/work-prime-editing-paperqa.json', 'crossref/work-prime-editing-preprint-paperqa.json'].map((name) => join(FORMATS, name));
    const run = await papergraph('citations', ...files, '--paper', 'high-throughput screening');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      [
        'papergraph: "high-throughput screening" matches 2 papers; give one key:',
        '  paper:high-throughput-screening-of-human-genetic-variants-by-poole  High-throughput screening of human genetic variants by pooled prime editing (2025, Cell Genomics, DOI 10.1016/j.xgen.2025.100814)',
        '  paper:high-throughput-screening-of-human-genetic-variants-by-poole-2  High-throughput screening of human genetic variants by pooled prime editing (2024, bioRxiv, DOI 10.1101/2024.04.01.587366)',
        '',
      ].join('\n'),
    );
  }, 30_000);

  it('a graph without citations says so, naming every format whose references are read', async () => {
    const run = await papergraph('citations', join(REPO, 'seeds'));
    expect(run.code).toBe(0);
    const [summary, none, ...sources] = run.stdout.split('\n');
    expect([summary, none]).toEqual(['10 papers of the inputs, 0 citations between them (0 citing, 0 cited)', 'no paper of the inputs is cited by another; citations are read from:']);
    expect(sources).toEqual([
      '  OpenAlex works: referenced_works',
      '  Semantic Scholar papers: references, citations, outCitations, inCitations',
      '  zbMATH Open documents: references',
      '  DataCite metadata JSON: relatedIdentifiers of type Cites or References',
      '  an OAI-PMH response (arXiv, arXivRaw, Dublin Core or Crossref records): citation_list of its Crossref records',
      '  Web of Science plain text: CR, those giving a DOI',
      '  PubMed XML: ReferenceList',
      '  Crossref XML (UNIXREF, UNIXSD, deposits): citation_list',
      '  Crossref works: reference',
      '',
    ]);
  }, 30_000);

  it('the formats named are those whose fixtures give references, and the docs name each of them', async () => {
    await loadInputFormats();
    // Every real fixture read alone: each format that gave a paper references or citers is named.
    const named = new Set(citationSources().map((source) => source.format));
    const giving = new Set<string>();
    for (const file of ALL_FIXTURES) {
      const text = decodeText(readFileSync(file)).text;
      const format = detectFormat(file, text);
      if (format && ingest([{ name: file, text }]).records.some((record) => (record.references?.length ?? 0) + (record.citedBy?.length ?? 0) > 0)) giving.add(format.name);
    }
    expect([...giving].filter((format) => !named.has(format))).toEqual([]);
    // Crossref's OAI-PMH records read as Crossref XML: the one named format without a fixture giving a reference.
    expect([...named].filter((format) => !giving.has(format))).toEqual(['arxiv-oai']);
    expect(named.size).toBeGreaterThan(0);
    for (const doc of ['docs/inputs.md', 'docs/cli.md']) {
      const text = readFileSync(join(REPO, doc), 'utf8');
      const section = text.slice(text.search(/^## `?citations`?$/im));
      const end = section.indexOf('\n## ', 4);
      for (const source of citationSources()) expect(section.slice(0, end < 0 ? undefined : end), `${doc}: ${source.label}`).toContain(source.label.replace(/ \(.*\)$/, ''));
    }
  }, 60_000);
});

/**
 * Every fixture of every format built together, plus one Semantic Scholar answer (written here) that names BERT by
 * its arXiv id and DOI — the BibTeX entry has the arXiv id, OpenAlex's untitled work the DOI — and cites two
 * BibTeX papers (by arXiv id, and by title alone).
 */
describe('papergraph build on every format together', () => {
  let out: string;
  let run: Run;
  let graph: PaperGraph;
  const bridge = [
    {
      paperId: 'df2b0e26d0599ce3e70df8a9da02e51594e0e992',
      externalIds: { ArXiv: '1810.04805', DOI: '10.18653/v1/N19-1423', CorpusId: 52967399 },
      title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
      year: 2019,
      authors: [{ authorId: '39172707', name: 'Jacob Devlin' }],
      references: [
        { paperId: '1eb09fecd75eb27825dce4f964b97f4f5cc399d7', externalIds: { ArXiv: '1409.1259' }, title: 'On the Properties of Neural Machine Translation: Encoder-Decoder Approaches' },
        { paperId: '204e3073870fae3d05bcbc2f6a8e263d9b72e776', title: 'Attention is All you Need' },
      ],
    },
  ];

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'papergraph-formats-'));
    const bridgeFile = join(out, 'bert-s2.json');
    writeFileSync(bridgeFile, JSON.stringify(bridge));
    run = await papergraph('build', ...ALL_FIXTURES, bridgeFile, '--out', join(out, 'graph'), '--json', '--no-progress');
    graph = readGraphJSON(readFileSync(join(out, 'graph', 'graph.json'), 'utf8'));
  }, 120_000);

  it('one node per paper: no two paper nodes share an id or a title', () => {
    expect(run.code).toBe(0);
    const papers = graph.filterNodes((_key, attributes) => attributes.kind === 'paper');
    for (const field of ['arxivId', 'doi', 'openalexId', 's2Id']) {
      const values = papers.map((key) => graph.getNodeAttribute(key, field)).filter((value) => value !== undefined);
      expect(new Set(values).size, field).toBe(values.length);
    }
    // One title, one paper — but for works whose DOIs differ: a preprint and the article it became are two works
    // (Crossref's page holds a bioRxiv preprint and its journal version); and for the volumes of one work, listed by
    // one library in different years without ids (zotero-rdf/armenian-collected-works-volumes-armenbib-trimmed.rdf),
    // or under different volumes in one year (zotero-rdf/armenian-same-year-volumes-armenbib-trimmed.rdf): papers of
    // one file each (the graph has no volumes; the merge keeps volumes apart only within one file).
    const byTitle = new Map<string, string[]>();
    for (const key of papers) {
      // Letters of any script: a Chinese and a Russian title are not both the empty string.
      const title = graph.getNodeAttribute(key, 'title')!.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
      byTitle.set(title, [...(byTitle.get(title) ?? []), key]);
    }
    for (const keys of byTitle.values()) {
      if (keys.length === 1) continue;
      const dois = keys.map((key) => graph.getNodeAttribute(key, 'doi'));
      const years = keys.map((key) => graph.getNodeAttribute(key, 'year'));
      const apart = (values: unknown[]) => values.every((value) => value !== undefined) && new Set(values).size === keys.length;
      const files = new Set(keys.flatMap((key) => graph.getNodeAttribute(key, 'sources')!.map((source) => source.replace(/[:#]\d+$/, ''))));
      expect(apart(dois) || (dois.every((doi) => doi === undefined) && (apart(years) || files.size === 1)), keys.join(', ')).toBe(true);
    }
  });

  it('BERT from BibTeX, OpenAlex (untitled) and Semantic Scholar is one paper, citing across files', () => {
    const bert = graph.getNodeAttributes('paper:1810.04805');
    expect(bert).toMatchObject({ title: 'BERT: Pre-training of deep bidirectional transformers for language understanding', doi: '10.18653/v1/n19-1423', openalexId: 'W2963341956', s2Id: 'df2b0e26d0599ce3e70df8a9da02e51594e0e992' });
    // The S2 record joins the BibTeX entry by arXiv id and brings OpenAlex's untitled work with it by DOI.
    expect(bert.sources!.map((source) => source.replace(/^.*\//, ''))).toEqual(['google-scholar-d2l.bib:40', 'bert-s2.json#0', 'page-referenced-works-trimmed.json#1']);
    const cited = graph.outNeighbors('paper:1810.04805').filter((key) => graph.getNodeAttribute(key, 'kind') === 'paper').sort();
    // GloVe and word2vec by OpenAlex id (OpenAlex's references), Cho et al. by arXiv id and Attention by title (S2's).
    expect(cited).toEqual(['paper:1310.4546', 'paper:1409.1259', 'paper:attention-is-all-you-need', 'paper:glove-global-vectors-for-word-representation']);
    expect(graph.inNeighbors('paper:1810.04805')).toContain('paper:2007.14454');
  });

  it('reports what could not be read, the untitled work no more among it', () => {
    const report = JSON.parse(run.stdout) as { kinds: { paper: number }; relations: { cites: number }; rejections: Array<{ file: string; message: string }> };
    const counts = new Map<string, number>();
    for (const issue of report.rejections) counts.set(issue.file.replace(/^.*\//, ''), (counts.get(issue.file.replace(/^.*\//, '')) ?? 0) + 1);
    // The broken BibTeX entry and the untitled RIS record; then the answers that hold no paper (API and OAI-PMH
    // errors, OpenAlex entities and Semantic Scholar authors given instead of works).
    expect(Object.fromEntries(counts)).toEqual({
      'api-error-entry-2026.xml': 1,
      'error-id-does-not-exist-2015.xml': 1,
      'broken-entry-d2l.bib': 1,
      'author-entity.json': 1,
      'keyword-entity.json': 1,
      'lens-jats-pubmed-markup-amgonzalezvargas.csv': 1,
      'scopus-crlf.ris': 1,
      'author-search-page.json': 59,
      'error-paper-not-found.json': 1,
      'paper-authors-page.json': 4,
      // A biblatex @set and the collection its entries crossref, BibDesk's books its chapters crossref (no papers), an
      // entry the parser cannot read and one without a title; Crossref's journal issue and peer reviews (no papers).
      'biblatex-examples-trimmed.bib': 2,
      'bibdesk-crossref-bbt.bib': 3,
      'colrev-loader-mixed.bib': 2,
      'works-cursor-page-habanero.json': 1,
      'works-peer-reviews-trimmed-rcrossref.json': 4,
      // Semantic Scholar dataset lines that are no papers (authors, citations, paper ids, venues, tldrs); an OpenAlex
      // group_by answer; a select=ids page's work that no other input names.
      'dataset-authors-sample-head.jsonl': 3,
      'dataset-citations-sample-head.jsonl': 3,
      'dataset-paper-ids-sample-head.jsonl': 2,
      'dataset-publication-venues-sample-head.jsonl': 3,
      'dataset-tldrs-sample-head.jsonl': 2,
      'group-by-type-openalexpro.json': 1,
      'select-ids-page-openalexpro.json': 1,
      // Semantic Scholar Datasets API answers (a dataset's download links, the diffs between releases).
      'datasets-api-download-links.json': 1,
      'datasets-api-diffs.json': 1,
      // Its list of releases (156 dates): one rejection for the file.
      'datasets-api-release-list.json': 1,
      // JabRef's MEDLINE test records without a title (`PMID-22664220`, `PMC -22664230` blocks)
      'jabref-MedlinePlainImporterTestMultipleEntries.txt': 5,
      // The Zotero web API's collections (no items).
      'web-api-collections-pyzotero.json': 15,
      // XML of formats that are not read (MODS, a GROBID TEI reference), each refused whole.
      'mods-zotero.xml': 1,
      'grobid-biblstruct-biblio-glutton.xml': 1,
      // A peer review in Crossref XML (no paper).
      'unixref-peer-review-zotero-translators.xml': 1,
      // News feeds (BBC News, InfoQ): no item is a paper, each feed refused whole.
      'news-rss2-bbc-world-2017.xml': 1,
      'news-rss2-infoq-2022-trimmed.xml': 1,
      // An EndNote X8 personal communication without a title.
      'endnote-x8-pdf-name-titles-thesis-trimmed.xml': 1,
      // A zbMATH document whose title zbMATH withholds (a publisher's licence).
      'search-author-documents-bibliographer-trimmed.json': 1,
    });
    expect(report.rejections.find((issue) => issue.file.endsWith('broken-entry-d2l.bib'))!.message).toMatch(/Devlin/);
    // (+ 4: Web of Science's savedrecs records cite each other by DOI)
    expect(report.relations.cites).toBe(13 + 4 + 1 + 4);
    expect(report.kinds.paper).toBe(graph.filterNodes((_key, attributes) => attributes.kind === 'paper').length);
  });

  it('--references all keeps the works outside as stubs, counted apart from the papers', async () => {
    const all = await papergraph('build', ...OPENALEX, '--references', 'all', '--out', join(out, 'all'), '--no-progress');
    expect(all.code).toBe(0);
    const stubbed = readGraphJSON(readFileSync(join(out, 'all', 'graph.json'), 'utf8'));
    const stubs = stubbed.filterNodes((_key, attributes) => attributes.stub === true).length;
    expect(stubs).toBeGreaterThan(200);
    // Every stub here is a work the inputs cite (OpenAlex lists no citers).
    expect(all.stdout).toMatch(new RegExp(`^papers {4}10 \\(and ${stubs} works outside the inputs, as stubs: ${stubs} cited by papers of the inputs, 0 citing them\\)$`, 'm'));
    const stats = JSON.parse((await papergraph('stats', join(out, 'all', 'graph.json'), '--json')).stdout) as { kinds: { paper: number }; stubs: number; nodes: number };
    expect(stats).toMatchObject({ kinds: { paper: 10 }, stubs, stubsCited: stubs, stubsCiting: 0 });
    // GraphML and GEXF carry the cites edges and the stub flag.
    const graphml = readFileSync(join(out, 'all', 'graph.graphml'), 'utf8');
    expect(graphml).toContain('>cites</data>');
    expect(graphml).toMatch(/<key id="[^"]+" for="node" attr.name="stub" attr.type="boolean"/);
    expect(readFileSync(join(out, 'all', 'graph.gexf'), 'utf8')).toContain('value="cites"');
    const bad = await papergraph('build', ...OPENALEX, '--references', 'some', '--out', join(out, 'bad'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--references <which>' argument 'some' is invalid. Allowed choices are inside, all/);
  }, 120_000);

  it('--references all with citers: the build summary, the summary line and a paper name papers of the inputs and works outside them apart', async () => {
    // Turing 1950 from Semantic Scholar: 5 references and 6 citers, 3 of them papers of the search page read with it.
    const turing = ['paper-single-refs-citations.json', 'search-page-trimmed.json'].map((name) => join(FORMATS, 'semantic-scholar', name));
    const built = await papergraph('build', ...turing, '--references', 'all', '--out', join(out, 'turing'), '--no-progress');
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(/^papers {4}6 \(and 8 works outside the inputs, as stubs: 5 cited by papers of the inputs, 3 citing them\)$/m);
    const graphFile = join(out, 'turing', 'graph.json');
    expect((await papergraph('citations', graphFile)).stdout.split('\n')[0]).toBe(
      '6 papers of the inputs, 3 citations between them (3 citing, 1 cited); 5 references to works outside the inputs (8 works outside the inputs kept as stubs: 5 cited by papers of the inputs, 3 citing them)',
    );
    const lines = (await papergraph('citations', graphFile, '--paper', 'Computing Machinery and Intelligence')).stdout.split('\n');
    expect(lines.filter((line) => !line.startsWith('  '))).toEqual([
      'Computing Machinery and Intelligence (1950)  paper:computing-machinery-and-intelligence',
      'cites 0 papers of the inputs and 5 works outside them (stubs):',
      'cited by 3 papers of the inputs and 3 works outside them (stubs):',
      'similar by co-citation (cited together by the same works): none',
      'similar by bibliographic coupling (citing the same works): none',
      '',
    ]);
    // The papers of the inputs first, each stub tagged.
    const citers = lines.filter((line) => line.startsWith('  ← '));
    expect(citers.map((line) => line.includes('[outside the inputs]'))).toEqual([false, false, false, true, true, true]);
  }, 60_000);

  it('the Neo4j export has a CITES relationship file', async () => {
    const neo4j = join(out, 'neo4j');
    const run = await papergraph('export', '--neo4j', neo4j, join(out, 'graph', 'graph.json'), '--json');
    expect(run.code).toBe(0);
    const cites = readFileSync(join(neo4j, 'relationships-cites.csv'), 'utf8').split('\n');
    expect(cites[0]).toMatch(/:START_ID.*:END_ID.*:TYPE/);
    expect(cites[1]).toMatch(/,CITES(,|$)/);
    expect(cites.filter((line) => line !== '')).toHaveLength(1 + 22);
  });
});
