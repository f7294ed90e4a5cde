import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bibliographicCoupling,
  citationCounts,
  citationIndex,
  citationSummary,
  coCited,
  findPapers,
  mostCited,
  paperCitations,
} from '../../src/analysis/citations.ts';
import { asForeignGraph, runPipeline } from '../../src/index.ts';
import type { InputText } from '../../src/types.ts';

const fixture = (path: string): InputText => ({ name: path, text: readFileSync(new URL(`../fixtures/formats/${path}`, import.meta.url), 'utf8') });
const OPENALEX = ['openalex/work-single.json', 'openalex/page-two-works.json', 'openalex/page-referenced-works-trimmed.json', 'openalex/page-citing-works-trimmed.json'].map(fixture);
const graphOf = (inputs: InputText[], references?: 'all') => asForeignGraph(runPipeline(inputs, { layout: false, ...(references ? { references } : {}) }).graph);

const STATE_OF_OA = 'paper:the-state-of-oa-a-large-scale-analysis-of-the-prevalence-and';
const TRENDS = 'paper:trends-of-publications-citations-and-altmetrics-based-on-ope';
const GLOVE = 'paper:glove-global-vectors-for-word-representation';
const PAGERANK = 'paper:the-pagerank-citation-ranking-bringing-order-to-the-web';

/** Semantic Scholar papers citing each other and works outside (by DOI), for exact co-citation and coupling counts. */
function s2Graph(references?: 'all') {
  const id = (n: number) => String(n).repeat(40).slice(0, 40);
  const paper = (n: number, title: string, references: object[]) => ({ paperId: id(n), title, year: 2020 + n, references });
  const outside = (doi: string) => ({ externalIds: { DOI: doi }, title: `Outside ${doi}` });
  const ref = (n: number) => ({ paperId: id(n) });
  const papers = [
    paper(1, 'Alpha', [ref(4), ref(5), outside('10.1000/x'), outside('10.1000/y')]),
    paper(2, 'Beta', [ref(4), ref(5), outside('10.1000/x'), outside('10.1000/y')]),
    paper(3, 'Gamma', [ref(4), outside('10.1000/y')]),
    paper(4, 'Delta', []),
    paper(5, 'Epsilon', [ref(4)]),
  ];
  return graphOf([{ name: 's2.json', text: JSON.stringify(papers) }], references);
}

describe('citation analysis', () => {
  it('most cited inside the graph: citers and references among the papers of the inputs, ties by title', () => {
    const graph = graphOf(OPENALEX);
    expect(mostCited(graph).map((row) => [row.title, row.citedBy, row.references, row.referencesOutside])).toEqual([
      ["Trends of Publications' Citations and Altmetrics Based on Open Access Types", 3, 1, 5],
      ['Distributed representations of words and phrases and their compositionality', 2, 0, 19],
      ['The state of OA: a large-scale analysis of the prevalence and impact of Open Access articles', 2, 0, 54],
      ['Glove: Global Vectors for Word Representation', 1, 1, 27],
      ["Google's Neural Machine Translation System: Bridging the Gap between Human and Machine Translation", 1, 0, 4],
      ['The PageRank Citation Ranking : Bringing Order to the Web', 1, 0, 0],
    ]);
    expect(mostCited(graph, { top: 2 })).toHaveLength(2);
    expect(mostCited(graph)[0]).toMatchObject({ key: TRENDS, year: 2020 });
    expect(citationSummary(graph)).toEqual({ papers: 10, links: 10, citing: 6, cited: 6, referencesOutside: 300, stubs: 0, stubsCited: 0, stubsCiting: 0 });
    const counts = citationCounts(graph);
    expect(counts.size).toBe(10);
    expect(counts.get(TRENDS)).toBe(3);
    expect(counts.get('paper:2007.14454')).toBe(0);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(10);
  });

  it('stubs are neither ranked nor counted as papers', () => {
    const graph = graphOf(OPENALEX, 'all');
    expect(mostCited(graph).map((row) => row.key)).toEqual(mostCited(graphOf(OPENALEX)).map((row) => row.key));
    const summary = citationSummary(graph);
    expect(summary).toMatchObject({ papers: 10, links: 10, citing: 6, cited: 6 });
    expect(citationCounts(graph)).toEqual(citationCounts(graphOf(OPENALEX)));
    expect(summary.stubs).toBeGreaterThan(200);
    // Every stub is a work the inputs cite: OpenAlex lists no citers.
    expect(summary).toMatchObject({ stubsCited: summary.stubs, stubsCiting: 0 });
  });

  it("one paper: its references and citers inside the graph (papers first, then stubs), and its nearest papers", () => {
    const report = paperCitations(graphOf(OPENALEX), 'paper:2007.14454');
    expect(report.paper).toEqual({ key: 'paper:2007.14454', title: 'Measuring prominence of scientific work in online news as a proxy for impact', year: 2020 });
    expect(report.references.map((paper) => paper.key)).toEqual(['paper:1310.4546', GLOVE, 'paper:1609.08144', PAGERANK, STATE_OF_OA]);
    expect(report.referencesOutside).toBe(32);
    expect(report.citedBy).toEqual([]);
    expect(report.coCited).toEqual([]);
    // GloVe shares word2vec with it; the Trends paper "The state of OA".
    expect(report.coupled.map((row) => [row.key, row.shared])).toEqual([
      [GLOVE, 1],
      [TRENDS, 1],
    ]);
    const all = paperCitations(graphOf(OPENALEX, 'all'), 'paper:2007.14454');
    expect(all.references.slice(0, 5).map((paper) => paper.key)).toEqual(report.references.map((paper) => paper.key));
    expect(all.references).toHaveLength(37);
    expect(all.references.slice(5).every((paper) => paper.stub === true)).toBe(true);
  });

  it('co-citation: papers cited together by the same works, most shared citers first', () => {
    const graph = s2Graph();
    // Delta is cited by Alpha, Beta, Gamma and Epsilon; Epsilon by Alpha and Beta.
    expect(coCited(graph, 'paper:delta').map((row) => [row.title, row.shared])).toEqual([['Epsilon', 2]]);
    expect(coCited(graph, 'paper:epsilon').map((row) => [row.title, row.shared])).toEqual([['Delta', 2]]);
    expect(coCited(graph, 'paper:alpha')).toEqual([]);
  });

  it('bibliographic coupling: shared references inside the graph and outside it, the same with or without stubs', () => {
    for (const graph of [s2Graph(), s2Graph('all')]) {
      expect(bibliographicCoupling(graph, 'paper:alpha').map((row) => [row.title, row.shared])).toEqual([
        ['Beta', 4],
        ['Gamma', 2],
        ['Epsilon', 1],
      ]);
      expect(bibliographicCoupling(graph, 'paper:gamma', { top: 2, index: citationIndex(graph) }).map((row) => [row.title, row.shared])).toEqual([
        ['Alpha', 2],
        ['Beta', 2],
      ]);
    }
  });

  it('finds a paper by key, arXiv id, DOI, OpenAlex id, title, or words of its title', () => {
    const graph = graphOf(OPENALEX);
    expect(findPapers(graph, GLOVE)).toEqual([GLOVE]);
    expect(findPapers(graph, '2007.14454')).toEqual(['paper:2007.14454']);
    expect(findPapers(graph, 'arXiv:1609.08144')).toEqual(['paper:1609.08144']);
    expect(findPapers(graph, 'https://doi.org/10.3115/v1/D14-1162')).toEqual([GLOVE]);
    expect(findPapers(graph, 'w2250539671')).toEqual([GLOVE]);
    expect(findPapers(graph, 'GloVe: global vectors for word representation')).toEqual([GLOVE]);
    expect(findPapers(graph, 'Learning Research in')).toEqual([
      'paper:online-and-distance-learning-research-in-the-last-30-years-r',
      'paper:digital-learning-research-in-the-last-30-years-important-rol',
    ]);
    expect(findPapers(graph, 'no such paper')).toEqual([]);
    expect(findPapers(graph, '   ')).toEqual([]);
  });

  it('finds a paper by its PubMed id, bare or written `PMID: …`', () => {
    const graph = graphOf([fixture('pubmed-xml/efetch-suffix-pmc-references-metapub.xml')]);
    const [paper] = graph.filterNodes((_key, attributes) => attributes.kind === 'paper' && attributes['stub'] !== true);
    expect(findPapers(graph, '26568896')).toEqual([paper]);
    expect(findPapers(graph, 'PMID: 26568896')).toEqual([paper]);
    expect(findPapers(graph, '26568897')).toEqual([]);
  });
});
