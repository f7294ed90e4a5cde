import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readGraphJSON, type PaperGraph } from '@papergraph/core';
import { REPO, runInProcess, type CliRun } from './run-cli.ts';

const FIXTURES = join(REPO, 'packages/core/test/fixtures/formats');
/** The bibliographic formats (issue 14's, Web of Science, PubMed, CSV), with the papers each folder of fixtures holds once merged and the records it rejects. */
const FORMATS = [
  { folder: 'arxiv-atom', papers: 18, rejected: 3 },
  { folder: 'arxiv-oai', papers: 24, rejected: 1 },
  { folder: 'arxiv-snapshot', papers: 8, rejected: 0 },
  { folder: 'arxiv-mail', papers: 22, rejected: 0 },
  { folder: 'bibtex', papers: 114, rejected: 8 },
  { folder: 'ris', papers: 68, rejected: 1 },
  { folder: 'csl-json', papers: 14, rejected: 0 },
  { folder: 'web-of-science', papers: 45, rejected: 0 },
  { folder: 'medline', papers: 19, rejected: 5 },
  { folder: 'pubmed-text', papers: 13, rejected: 0 },
  { folder: 'ovid', papers: 18, rejected: 0 },
  { folder: 'refworks', papers: 4, rejected: 0 },
  { folder: 'endnote-tagged', papers: 14, rejected: 0 },
  { folder: 'pubmed-xml', papers: 9, rejected: 0 },
  { folder: 'crossref', papers: 24, rejected: 5 },
  { folder: 'crossref-xml', papers: 12, rejected: 1 },
  { folder: 'csv', papers: 214, rejected: 1 },
  { folder: 'endnote-xml', papers: 37, rejected: 1 },
  { folder: 'zotero-rdf', papers: 39, rejected: 0 },
  { folder: 'zotero-json', papers: 32, rejected: 15 },
  { folder: 'json', papers: 15, rejected: 0 },
  { folder: 'zbmath', papers: 3, rejected: 1 },
  { folder: 'datacite', papers: 6, rejected: 0 },
];

/** Copies the fixture folders (without their SOURCES.md) into a fresh input folder. */
function inputFolder(folders: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'papergraph-formats-'));
  for (const folder of folders) cpSync(join(FIXTURES, folder), join(dir, folder), { recursive: true, filter: (source) => !source.endsWith('.md') });
  return dir;
}

async function build(input: string): Promise<{ run: CliRun; graph: PaperGraph }> {
  const out = mkdtempSync(join(tmpdir(), 'papergraph-formats-out-'));
  const run = await runInProcess(['build', input, '--out', out, '--formats', 'json']);
  const graph = readGraphJSON(readFileSync(join(out, 'graph.json'), 'utf8'));
  rmSync(out, { recursive: true, force: true });
  return { run, graph };
}

const paperNodes = (graph: PaperGraph) => graph.filterNodes((_key, attributes) => attributes.kind === 'paper');

describe('papergraph build on the issue-14 format fixtures', () => {
  for (const { folder, papers, rejected } of FORMATS) {
    it(`${folder} alone: ${papers} papers, ${rejected} rejected`, async () => {
      const input = inputFolder([folder]);
      const { run, graph } = await build(input);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^papers\\s+${papers}$`, 'm'));
      expect(run.stdout).toMatch(new RegExp(`^rejected\\s+${rejected}$`, 'm'));
      expect(paperNodes(graph)).toHaveLength(papers);
      rmSync(input, { recursive: true, force: true });
    }, 60_000);
  }

  describe('all together, with the same papers again in other formats', () => {
    let run: CliRun;
    let graph: PaperGraph;
    beforeAll(async () => {
      const input = inputFolder(FORMATS.map((format) => format.folder));
      writeFileSync(
        join(input, 'overlap.bib'),
        '@misc{yan2025rdd,\n  title={{RDD}: Retrieval-Based Demonstration Decomposer for Planner Alignment in Long-Horizon Tasks},\n  author={Mingxuan Yan and Yuping Wang and Zechun Liu and Jiachen Li},\n  year={2025},\n  eprint={2510.14968},\n  archivePrefix={arXiv},\n  primaryClass={cs.RO},\n}\n',
      );
      writeFileSync(join(input, 'overlap.ris'), 'TY  - PREP\r\nTI  - REST: stress testing large reasoning models by asking multiple problems at once\r\nAU  - Pan, Zhuoshi\r\nDO  - 10.48550/arXiv.2507.10541\r\nER  - \r\n');
      ({ run, graph } = await build(input));
      rmSync(input, { recursive: true, force: true });
    }, 60_000);

    it('one node per paper: the sum of the folders, nothing doubled by the overlapping files', () => {
      expect(run.status).toBe(0);
      // Embase's CSV and RIS exports of ASReview's test data share 4 papers (csv/asreview-embase.csv, ris/embase-asreview.ris);
      // RefLib's RIS and JSON of one EndNote library share 1 (ris/endnote20-month-day-reflib.ris, json/reflib-blue-light-month-day.json);
      // arXiv's monthly e-mail listing and its API answer share astro-ph/0601001 (arxiv-mail/, arxiv-atom/api-old-style-id-2026.xml);
      // one author's zbMATH documents and arXiv author feed share 2208.14413 (zbmath/, json/arxiv-author-feed-feedparser-bibliographer-trimmed.json),
      // the feed and the same author's Zotero library 2509.22625 (zotero-json/web-api-arxiv-preprints-latest-version-date-bibliographer-trimmed.json);
      // Better BibTeX's JSON and BibLaTeX of one item share GPT-3, 2005.14165 (zotero-json/better-bibtex-preprint-gpt3.json, bibtex/better-biblatex-preprint-gpt3.bib).
      // Scopus's RIS and Web of Science share 3 works whose titles they spell apart (ris/scopus-same-doi-titles-bibx.ris, web-of-science/savedrecs-same-doi-titles-bibx.txt).
      // Web of Science's plain text and BibTeX exports of one search share 1 (web-of-science/genai-italic-titles-milensys.txt,
      // bibtex/wos-html-titles-wrapped-escape-milensys.bib).
      const shared = 4 + 1 + 1 + 1 + 1 + 1 + 3 + 1;
      const total = FORMATS.reduce((sum, format) => sum + format.papers, 0) - shared;
      expect(run.stdout).toMatch(new RegExp(`^papers\\s+${total}$`, 'm'));
      expect(paperNodes(graph)).toHaveLength(total);
    });

    it('the rejected records are listed with their file and line', () => {
      expect(run.stdout).toMatch(new RegExp(`^rejected\\s+${FORMATS.reduce((sum, format) => sum + format.rejected, 0)}$`, 'm'));
      // (listed on stderr: stdout is the summary)
      expect(run.stderr).toMatch(/^rejected: .*bibtex\/broken-entry-d2l\.bib:40: entry Devlin\.Chang\.Lee\.ea\.2018 cannot be read/m);
      expect(run.stderr).toMatch(/^rejected: .*ris\/scopus-crlf\.ris:20: record has no title/m);
      expect(run.stderr).toMatch(/^rejected: .*crossref\/works-cursor-page-habanero\.json record 5: a Crossref "journal-issue" record/m);
      expect(run.stderr).toMatch(/^rejected: .*bibtex\/biblatex-examples-trimmed\.bib:26: entry set is a biblatex @set of herrmann,aksin,yoon/m);
      expect(run.stderr).toMatch(/^rejected: .*bibtex\/colrev-loader-mixed\.bib:19: entry articlewriter_firstrandomword_2020 cannot be read/m);
      expect(run.stderr).toMatch(/^rejected: .*bibtex\/colrev-loader-mixed\.bib:47: entry ICRC2015 has no title/m);
      expect(run.stderr).toMatch(/^rejected: .*medline\/jabref-MedlinePlainImporterTestMultipleEntries\.txt:87: record has no title \(TI\)$/m);
    });

    it('a paper read from the API feed, the listing feed and a .bib file is one node with the three sources', () => {
      const [rdd] = paperNodes(graph).filter((key) => graph.getNodeAttribute(key, 'title') === 'RDD: Retrieval-Based Demonstration Decomposer for Planner Alignment in Long-Horizon Tasks');
      expect(rdd).toBeDefined();
      const sources = graph.getNodeAttribute(rdd!, 'sources') as string[];
      expect(sources.map((source) => source.replace(/^.*papergraph-formats-[^/]+\//, ''))).toEqual(['arxiv-atom/api-search-2025-wrapped.xml:10', 'arxiv-atom/listing-atom-from-spec.xml:24', 'overlap.bib:1']);
      expect(graph.getNodeAttribute(rdd!, 'authors')).toEqual(['Mingxuan Yan', 'Yuping Wang', 'Zechun Liu', 'Jiachen Li']);
    });

    it("a paper in Embase's CSV and in its RIS is one node with both sources, dated by the year in the CSV's Source", () => {
      const [cysts] = paperNodes(graph).filter((key) => graph.getNodeAttribute(key, 'title') === 'Duplication cysts: Diagnosis, management, and the role of endoscopic ultrasound');
      expect((graph.getNodeAttribute(cysts!, 'sources') as string[]).map((source) => source.replace(/^.*papergraph-formats-[^/]+\//, ''))).toEqual(['csv/asreview-embase.csv:2', 'ris/embase-asreview.ris:1']);
      expect(graph.getNodeAttribute(cysts!, 'year')).toBe(2014);
    });

    it('authors with LaTeX accents in the .bib files are one Unicode name each', () => {
      const names = graph.filterNodes((_key, attributes) => attributes.kind === 'author').map((key) => graph.getNodeAttribute(key, 'name') as string);
      expect(names).toEqual(expect.arrayContaining(['Martín Abadi', 'Łukasz Kaiser', 'Stanisław Jastrzębski', 'Jörn-Henrik Jacobsen']));
      expect(names.filter((name) => name === 'Ashish Vaswani')).toHaveLength(1);
    });
  });
});

describe('papergraph build on Zotero JSON: notes and attachments are no papers, and are reported', () => {
  it('the warning counts them by file and record; the items are papers', async () => {
    const input = inputFolder(['zotero-json']);
    const { run, graph } = await build(input);
    rmSync(input, { recursive: true, force: true });
    expect(run.stderr).toMatch(/^warning: .*zotero-json\/better-bibtex-standalone-note\.json record 1: not papers, not read: 1 note$/m);
    expect(run.stderr).toMatch(/^warning: .*zotero-json\/web-api-attachment-pyzotero\.json record 1: not papers, not read: 1 attachment$/m);
    const titles = paperNodes(graph).map((key) => graph.getNodeAttribute(key, 'title') as string);
    expect(titles).not.toContain('1641 Depositions');
    expect(titles).toContain('Language Models are Few-Shot Learners');
  }, 60_000);
});

describe('papergraph build on Zotero RDF: attachments and notes are no papers, and are reported', () => {
  it('the warning counts them by file and line; the items are papers with their DOIs', async () => {
    const input = inputFolder(['zotero-rdf']);
    const { run, graph } = await build(input);
    rmSync(input, { recursive: true, force: true });
    expect(run.stderr).toMatch(/^warning: .*zotero-rdf\/accord-semantic-bim-trimmed\.rdf:92: 2 attachments \(2 links\) and 2 notes: not papers, not read/m);
    expect(run.stderr).toMatch(/^warning: .*zotero-rdf\/zotero7-joss-pachadotdev\.rdf:45: 5 attachments \(5 files\): not papers, not read/m);
    const titles = paperNodes(graph).map((key) => graph.getNodeAttribute(key, 'title') as string);
    expect(titles).not.toContain('Full Text PDF');
    expect(titles).not.toContain('Semantic Scholar Link');
    const [gravity] = paperNodes(graph).filter((key) => graph.getNodeAttribute(key, 'title') === 'Gravity: Estimation Methods for Gravity Models in R');
    expect(graph.getNodeAttribute(gravity!, 'doi')).toBe('10.21105/joss.01038');
  }, 60_000);
});

describe('papergraph build on arXiv listing pages saved as text', () => {
  it('each entry a paper dated by its arXiv id; the old-style paper also in an API answer is one node with both sources', async () => {
    const input = inputFolder(['arxiv-list']);
    cpSync(join(FIXTURES, 'arxiv-atom/api-old-style-id-2026.xml'), join(input, 'api-old-style-id-2026.xml'));
    const { run, graph } = await build(input);
    rmSync(input, { recursive: true, force: true });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^papers\s+10$/m);
    expect(run.stdout).toMatch(/^rejected\s+0$/m);
    expect(paperNodes(graph)).toHaveLength(10);
    const attributes = (id: string) => graph.getNodeAttributes(paperNodes(graph).find((key) => graph.getNodeAttribute(key, 'arxivId') === id)!);
    expect(attributes('2503.11692')).toMatchObject({ title: 'FloPE: Flower Pose Estimation for Precision Pollination', date: '2025-03', categories: ['cs.RO', 'cs.CV'] });
    const old = attributes('astro-ph/0601001');
    expect((old.sources as string[]).map((source) => source.replace(/^.*papergraph-formats-[^/]+\//, ''))).toEqual(['api-old-style-id-2026.xml:10', 'arxiv-list/astro-ph-2006-01-old-layout.txt:6']);
    expect(old).toMatchObject({ venue: 'ActaAstron.56:1-50,2006', authors: ['Andrew Gould', 'Susan Dorsher', 'B. Scott Gaudi', 'Andrzej Udalski'] });
  }, 60_000);
});
