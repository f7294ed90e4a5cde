import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RELATION_WEIGHTS, runPipeline } from '../../src/index.ts';
import { gexfChunks } from '../../src/export/gexf.ts';
import { toGraphML } from '../../src/export/graphml.ts';

const seed = readFileSync(new URL('../../../../seeds/llama-2-7b.txt', import.meta.url), 'utf8');

describe('buildGraph', () => {
  it("dates a paper as precisely as known, its year always the date's", () => {
    const records = [
      { title: 'Fields that disagree', published: '2023-05-02', year: 2021 },
      { title: 'A journal year after its preprint', year: 2024, arxiv_id: '2203.01234' },
      { title: 'A year the arXiv id refines', year: 2025, arxiv_id: '2503.11731' },
      { title: 'The arXiv id alone', arxiv_id: '2508.00017' },
      { title: 'A year alone', year: 2019 },
      { title: 'Nothing to date it by' },
    ];
    const { graph } = runPipeline([{ name: 'x.json', text: JSON.stringify(records) }], { layout: false });
    const dated = graph
      .filterNodes((_key, attributes) => attributes.kind === 'paper')
      .map((key) => [graph.getNodeAttribute(key, 'title'), graph.getNodeAttribute(key, 'date'), graph.getNodeAttribute(key, 'year')]);
    expect(dated).toEqual([
      ['Fields that disagree', '2023-05-02', 2023],
      ['A journal year after its preprint', '2024', 2024],
      ['A year the arXiv id refines', '2025-03', 2025],
      ['The arXiv id alone', '2025-08', 2025],
      ['A year alone', '2019', 2019],
      ['Nothing to date it by', undefined, undefined],
    ]);
  });

  it("reads a January 1 in the year of an arXiv id of another month as the year alone, which the id makes precise (OpenAlex's placeholder)", () => {
    const records = [
      { title: 'January 1 of a December preprint', published: '2023-01-01', arxiv_id: '2312.00001' },
      { title: 'January 1 of a January preprint', published: '2023-01-01', arxiv_id: '2301.00001' },
      { title: 'January 1 without an arXiv id', published: '2023-01-01' },
      { title: 'January 1 of a preprint of the year before', published: '2023-01-01', arxiv_id: '2212.00001' },
    ];
    const { graph } = runPipeline([{ name: 'x.json', text: JSON.stringify(records) }], { layout: false });
    expect(graph.filterNodes((_key, attributes) => attributes.kind === 'paper').map((key) => graph.getNodeAttribute(key, 'date'))).toEqual(['2023-12', '2023-01-01', '2023-01-01', '2023-01-01']);
    // A real OpenAlex work alone: PaperQA, W4389761608, `publication_date` 2023-01-01, arXiv 2312.07559.
    const text = readFileSync(new URL('../fixtures/formats/openalex/search-paperqa-january-first-paper-qa.json', import.meta.url), 'utf8');
    const alone = runPipeline([{ name: 'openalex.json', text }], { layout: false }).graph;
    expect(alone.getNodeAttributes('paper:2312.07559')).toMatchObject({ date: '2023-12', year: 2023, openalexId: 'W4389761608' });
  });

  it('gives a paper its PubMed id (`pmid`), so a paper known only to PubMed has an identifier in graph.json, GraphML and GEXF', () => {
    const medline = 'PMID- 26568896\nTI  - Titanium Dioxide Nanoparticles are not Cytotoxic or Clastogenic in Human Skin Cells.\nDP  - 2014 Nov\n';
    const { graph } = runPipeline([{ name: 'pubmed.nbib', text: medline }], { layout: false });
    const [paper] = graph.filterNodes((_key, attributes) => attributes.kind === 'paper');
    expect(graph.getNodeAttributes(paper!)).toMatchObject({ title: 'Titanium Dioxide Nanoparticles are not Cytotoxic or Clastogenic in Human Skin Cells', pmid: '26568896' });
    expect(graph.getNodeAttributes(paper!).doi).toBeUndefined();
    expect(toGraphML(graph)).toMatch(/<key id="[^"]+" for="node" attr\.name="pmid" attr\.type="string"\/>[^]*>26568896</);
    expect([...gexfChunks(graph)].join('')).toMatch(/<attribute id="[^"]+" title="pmid" type="string"\/>[^]*value="26568896"/);
  });

  it('gives every edge its relation weight and every node its paper count', () => {
    const { graph } = runPipeline([{ name: 'seed.txt', text: seed }], { layout: false });
    graph.forEachEdge((_e, attributes) => expect(attributes.weight).toBe(RELATION_WEIGHTS[attributes.relation]));
    graph.forEachNode((key, attributes) => {
      if (attributes.kind === 'paper') return expect(attributes.paperCount).toBe(1);
      const papers = new Set(graph.neighbors(key).filter((n) => graph.getNodeAttribute(n, 'kind') === 'paper'));
      expect(attributes.paperCount, key).toBe(papers.size);
    });
  });
});

describe('variant_of', () => {
  it('links each model to the nearest more general model some paper named', () => {
    const records = [
      { title: 'Paper A', abstract: 'We fine-tune Llama-2-7B-Chat on our data.', authors: ['A B'] },
      { title: 'Paper B', abstract: 'We evaluate Llama-2-7B and Llama-2-13B.', authors: ['C D'] },
      { title: 'Paper C', abstract: 'We study the Llama 2 family of models.', authors: ['E F'] },
    ];
    const { graph } = runPipeline([{ name: 'x.json', text: JSON.stringify(records) }], { layout: false });
    const parents = (key: string) =>
      graph.outEdges(key).filter((e) => graph.getEdgeAttribute(e, 'relation') === 'variant_of').map((e) => graph.target(e));
    expect(parents('model:llama-2-7b-chat')).toEqual(['model:llama-2-7b']);
    expect(parents('model:llama-2-7b')).toEqual(['model:llama-2']);
    expect(parents('model:llama-2-13b')).toEqual(['model:llama-2']);
    expect(parents('model:llama-2')).toEqual([]);
  });
});
