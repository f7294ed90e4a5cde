import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asForeignGraph } from '../../src/contract/graph.ts';
import { authorKey, bibliographicCoupling, runPipeline, type PaperGraph } from '../../src/index.ts';
import type { InputText } from '../../src/types.ts';

const fixture = (path: string): InputText => ({ name: path, text: readFileSync(new URL(`../fixtures/formats/${path}`, import.meta.url), 'utf8') });
const OPENALEX = ['openalex/work-single.json', 'openalex/page-two-works.json', 'openalex/page-referenced-works-trimmed.json', 'openalex/page-citing-works-trimmed.json'].map(fixture);
/** One work (DOI 10.1063/1.4938384) as OpenAlex lists its references (58 W ids) and as Crossref does (57, 55 by DOI). */
const COPPER = [fixture('openalex/title-search-copper-oxide-paperqa.json'), fixture('crossref/work-copper-oxide-paperqa.json')];
/** A journal article from OpenAlex and Crossref, and its bioRxiv preprint from Crossref (46 references in common by DOI). */
const PRIME_EDITING = [fixture('openalex/work-prime-editing-paperqa.json'), fixture('crossref/work-prime-editing-paperqa.json'), fixture('crossref/work-prime-editing-preprint-paperqa.json')];
const TURING = [fixture('semantic-scholar/paper-single-refs-citations.json'), fixture('semantic-scholar/search-page-trimmed.json')];

const build = (inputs: InputText[], references?: 'inside' | 'all') => runPipeline(inputs, { layout: false, ...(references ? { references } : {}) }).graph;

function cites(graph: PaperGraph): string[] {
  return graph.filterEdges((_edge, attributes) => attributes.relation === 'cites').map((edge) => `${graph.source(edge)} -> ${graph.target(edge)}`);
}

const STATE_OF_OA = 'paper:the-state-of-oa-a-large-scale-analysis-of-the-prevalence-and';
const TRENDS = 'paper:trends-of-publications-citations-and-altmetrics-based-on-ope';
const PROMINENCE = 'paper:2007.14454';
const GLOVE = 'paper:glove-global-vectors-for-word-representation';
const PAGERANK = 'paper:the-pagerank-citation-ranking-bringing-order-to-the-web';
const WORD2VEC = 'paper:1310.4546';
const GNMT = 'paper:1609.08144';

describe('cites: references and citers resolved against every paper of the graph', () => {
  it('OpenAlex: referenced_works resolved across files by OpenAlex id, each link once, after the other edges', () => {
    const graph = build(OPENALEX);
    expect(cites(graph).sort()).toEqual(
      [
        `${TRENDS} -> ${STATE_OF_OA}`,
        `${PROMINENCE} -> ${STATE_OF_OA}`,
        `${PROMINENCE} -> ${GLOVE}`,
        `${PROMINENCE} -> ${GNMT}`,
        `${PROMINENCE} -> ${PAGERANK}`,
        `${PROMINENCE} -> ${WORD2VEC}`,
        // Inside the referenced page: GloVe cites word2vec (BERT, untitled in OpenAlex, is rejected).
        `${GLOVE} -> ${WORD2VEC}`,
        // The three citing works cite the Trends paper.
        `paper:online-and-distance-learning-research-in-the-last-30-years-r -> ${TRENDS}`,
        `paper:digital-learning-research-in-the-last-30-years-important-rol -> ${TRENDS}`,
        `paper:bibliometric-data-fusion-for-biomedical-information-retrieva -> ${TRENDS}`,
      ].sort(),
    );
    graph.forEachEdge((edge, attributes) => {
      if (attributes.relation === 'cites') expect(attributes).toMatchObject({ relation: 'cites', weight: 0.5 });
    });
    const last = graph.edges().slice(-cites(graph).length);
    expect(last.every((edge) => graph.getEdgeAttribute(edge, 'relation') === 'cites')).toBe(true);
  });

  it('counts the works outside the graph on the citing paper, with their ids; no nodes for them by default', () => {
    const graph = build(OPENALEX);
    // 2007.14454 lists 37 works: 5 are papers of the graph, BERT and 31 others are not.
    expect(graph.getNodeAttribute(PROMINENCE, 'referencesOutside')).toBe(32);
    const ids = graph.getNodeAttribute(PROMINENCE, 'referencesOutsideIds') as string[];
    expect(ids).toHaveLength(32);
    expect(ids).toContain('openalex:W2963341956');
    expect(ids.every((id) => /^openalex:W\d+$/.test(id))).toBe(true);
    expect(graph.getNodeAttribute(PAGERANK, 'referencesOutside')).toBe(0);
    expect(graph.getNodeAttribute(PAGERANK, 'referencesOutsideIds')).toBeUndefined();
    expect(graph.filterNodes((_key, attributes) => attributes.stub === true)).toEqual([]);
    expect(graph.getNodeAttributes(PROMINENCE)).toMatchObject({ arxivId: '2007.14454', date: '2020-07-28', doi: '10.48550/arxiv.2007.14454', openalexId: 'W3045921891', paperCount: 1 });
  });

  it('references all: outside works become stub paper nodes, one per work, counting the papers that cite them', () => {
    const inside = build(OPENALEX);
    const graph = build(OPENALEX, 'all');
    const stubs = graph.filterNodes((_key, attributes) => attributes.stub === true);
    const outsideIds = new Set(inside.filterNodes((_key, attributes) => attributes.kind === 'paper').flatMap((key) => (inside.getNodeAttribute(key, 'referencesOutsideIds') as string[] | undefined) ?? []));
    expect(stubs).toHaveLength(outsideIds.size);
    expect(graph.getNodeAttributes('paper:openalex-w2963341956')).toEqual(
      expect.objectContaining({ kind: 'paper', label: 'OpenAlex id W2963341956', stub: true, openalexId: 'W2963341956', paperCount: 1 }),
    );
    for (const stub of stubs) {
      const citers = graph.inNeighbors(stub);
      expect(citers.length, stub).toBeGreaterThan(0);
      expect(graph.getNodeAttribute(stub, 'paperCount')).toBe(citers.length);
      expect(graph.outDegree(stub)).toBe(0);
    }
    // The papers themselves and their counts are those of the default build; the ids list gives way to the stubs.
    expect(graph.getNodeAttribute(PROMINENCE, 'referencesOutside')).toBe(32);
    expect(graph.getNodeAttribute(PROMINENCE, 'referencesOutsideIds')).toBeUndefined();
    expect(graph.outNeighbors(PROMINENCE)).toHaveLength(37 + graph.outNeighbors(PROMINENCE).filter((n) => graph.getNodeAttribute(n, 'kind') !== 'paper').length);
    expect(graph.filterNodes((_key, attributes) => attributes.kind === 'paper' && attributes.stub !== true)).toEqual(inside.filterNodes((_key, attributes) => attributes.kind === 'paper'));
  });

  it('Semantic Scholar: citations resolve by paperId (citer -> paper); references and other citers become titled stubs', () => {
    const graph = build(TURING);
    const turing = 'paper:computing-machinery-and-intelligence';
    expect(cites(graph).sort()).toEqual(
      ['paper:does-gpt-4-pass-the-turing-test', 'paper:how-gpt-realizes-leibniz-s-dream-and-passes-the-turing-test', 'paper:human-or-not-a-gamified-approach-to-the-turing-test'].map((citer) => `${citer} -> ${turing}`).sort(),
    );
    expect(graph.getNodeAttributes(turing)).toMatchObject({ referencesOutside: 5, s2Id: '2d5673caa9e6af3a7b82a43f19ee920992db07ad', doi: '10.1093/mind/lix.236.433', date: '1950-10-01' });
    expect(graph.getNodeAttribute(turing, 'referencesOutsideIds')).toEqual([
      'doi:10.2307/3610576',
      'doi:10.1136/bmj.1.4616.1105',
      'doi:10.2307/2268801',
      'doi:10.2307/2371045',
      'doi:10.1007/s00605-006-0423-7',
    ]);
    const all = build(TURING, 'all');
    expect(all.getNodeAttributes('paper:2405.19561')).toEqual(
      expect.objectContaining({ label: 'Quo Vadis ChatGPT? From Large Language Models to Large Knowledge Models', stub: true, arxivId: '2405.19561', s2Id: '207d6ce83f82c0e2afa2a572dc96b05f85635217' }),
    );
    expect(all.outNeighbors('paper:2405.19561')).toEqual([turing]);
    expect(all.getNodeAttributes('paper:doi-10.2307-3610576')).toMatchObject({ label: 'Calculating Instruments and Machines', doi: '10.2307/3610576', stub: true });
    expect(all.filterNodes((_key, attributes) => attributes.stub === true)).toHaveLength(5 + 3);
  });

  it('resolves by title when a reference has no id of a paper, unless their ids of one kind differ; a self-citation is no link', () => {
    const records = [
      { paperId: '1'.repeat(40), title: 'Citing Paper', references: [{ title: 'A Cited Paper!' }, { title: 'Homonym', externalIds: { DOI: '10.1000/other' } }, { paperId: '1'.repeat(40) }] },
      { paperId: '2'.repeat(40), title: 'A cited paper', externalIds: { DOI: '10.1000/cited' } },
      { paperId: '3'.repeat(40), title: 'Homonym', externalIds: { DOI: '10.1000/homonym' } },
    ];
    const graph = build([{ name: 's2.json', text: JSON.stringify(records) }]);
    expect(cites(graph)).toEqual(['paper:citing-paper -> paper:a-cited-paper']);
    expect(graph.getNodeAttribute('paper:citing-paper', 'referencesOutside')).toBe(1);
    expect(graph.getNodeAttribute('paper:citing-paper', 'referencesOutsideIds')).toEqual(['doi:10.1000/other']);
  });

  it('inputs without references or citations get no cites links and none of the citation attributes (the date and year come from the arXiv id)', () => {
    const graph = build([{ name: 'x.json', text: JSON.stringify([{ title: 'Plain Paper', abstract: 'We use Llama-2-7B.', authors: ['Ada Lovelace'], id: '2501.00001' }]) }], 'all');
    expect(cites(graph)).toEqual([]);
    expect(Object.keys(graph.getNodeAttributes('paper:2501.00001')).sort()).toEqual(
      ['abstract', 'arxivId', 'authors', 'color', 'community', 'date', 'kind', 'label', 'paperCount', 'source', 'sources', 'tags', 'title', 'year'].sort(),
    );
  });
});

describe('a paper read from several sources: each reference list apart, the works outside counted on one', () => {
  const COPPER_KEY = 'paper:effect-of-native-oxide-layers-on-copper-thin-film-tensile-pr';
  const outsideOf = (graph: PaperGraph, key: string) => graph.getNodeAttribute(key, 'referencesOutside');

  it('OpenAlex and Crossref: the works outside the inputs counted once, on the list naming the most by DOI', () => {
    // Each source alone, then both: 58 OpenAlex ids, 55 Crossref references (the two without a DOI or title are
    // not read), and the two together the 55 of Crossref's list, not 113.
    expect(outsideOf(build([COPPER[0]!]), COPPER_KEY)).toBe(58);
    expect(outsideOf(build([COPPER[1]!]), COPPER_KEY)).toBe(55);
    const both = build(COPPER);
    expect(both.filterNodes((_key, attributes) => attributes.kind === 'paper')).toEqual([COPPER_KEY]);
    expect(outsideOf(both, COPPER_KEY)).toBe(55);
    const ids = both.getNodeAttribute(COPPER_KEY, 'referencesOutsideIds') as string[];
    expect(ids).toHaveLength(55);
    expect(ids.every((id) => id.startsWith('doi:'))).toBe(true);
    // One stub per work of that list, not one per source's id.
    const all = build(COPPER, 'all');
    expect(all.filterNodes((_key, attributes) => attributes.stub === true)).toHaveLength(55);
    expect(all.outNeighbors(COPPER_KEY).filter((key) => all.getNodeAttribute(key, 'stub') === true)).toHaveLength(55);
  });

  it('the journal version (OpenAlex and Crossref) and its preprint (Crossref) are coupled by the 46 works both cite', () => {
    const graph = build(PRIME_EDITING);
    const [preprint, journal] = ['paper:high-throughput-screening-of-human-genetic-variants-by-poole-2', 'paper:high-throughput-screening-of-human-genetic-variants-by-poole'].map((key) => {
      const found = graph.filterNodes((k, attributes) => k === key && attributes.kind === 'paper');
      expect(found).toEqual([key]);
      return key;
    });
    expect(graph.getNodeAttribute(journal!, 'doi')).toBe('10.1016/j.xgen.2025.100814');
    expect(graph.getNodeAttribute(preprint!, 'doi')).toBe('10.1101/2024.04.01.587366');
    // Crossref's 60 (53 by DOI) counted, not OpenAlex's 59 W ids beside them.
    expect(outsideOf(graph, journal!)).toBe(60);
    expect(outsideOf(graph, preprint!)).toBe(50);
    expect(bibliographicCoupling(asForeignGraph(graph), journal!)).toEqual([expect.objectContaining({ key: preprint, shared: 46 })]);
    // References all: one stub per work, the 46 shared ones once.
    expect(build(PRIME_EDITING, 'all').filterNodes((_key, attributes) => attributes.stub === true)).toHaveLength(60 + 50 - 46);
  });

  // Invented records (Semantic Scholar's shape), to show the rules on works of the inputs and joined ids.
  const s2 = (name: string, records: object[]) => ({ name, text: JSON.stringify(records) });
  const id = (n: number) => String(n).repeat(40);

  it('a list not counted still links the paper to the papers of the inputs it names', () => {
    const graph = build([
      // Two sources of one paper (one S2 id): a list by S2 ids naming a paper of the inputs, and a longer one by DOIs.
      s2('a.json', [{ paperId: id(1), title: 'Citing Paper', references: [{ paperId: id(2) }, { paperId: id(3) }] }]),
      s2('b.json', [{ paperId: id(1), title: 'Citing Paper', references: [{ externalIds: { DOI: '10.1000/x' } }, { externalIds: { DOI: '10.1000/y' } }, { externalIds: { DOI: '10.1000/z' } }] }]),
      s2('c.json', [{ paperId: id(2), title: 'Cited Paper' }]),
    ]);
    expect(cites(graph)).toEqual(['paper:citing-paper -> paper:cited-paper']);
    expect(graph.getNodeAttribute('paper:citing-paper', 'referencesOutsideIds')).toEqual(['doi:10.1000/x', 'doi:10.1000/y', 'doi:10.1000/z']);
  });

  it('a work named by a DOI in one list and by another id in another is one work when some entry gives both', () => {
    const records = [
      { paperId: id(1), title: 'First', references: [{ externalIds: { DOI: '10.1000/x' } }] },
      { paperId: id(2), title: 'Second', references: [{ paperId: 'a'.repeat(40) }] },
      // This entry names the work by both ids: the two above cite one work.
      { paperId: id(3), title: 'Third', references: [{ paperId: 'a'.repeat(40), externalIds: { DOI: '10.1000/X' }, title: 'The Cited Work' }] },
      { paperId: id(4), title: 'Fourth', references: [{ externalIds: { DOI: '10.1000/y' } }] },
    ];
    const graph = build([s2('s2.json', records)]);
    for (const key of ['paper:first', 'paper:second', 'paper:third']) expect(graph.getNodeAttribute(key, 'referencesOutsideIds'), key).toEqual(['doi:10.1000/x']);
    expect(bibliographicCoupling(asForeignGraph(graph), 'paper:first').map((row) => row.key)).toEqual(['paper:second', 'paper:third']);
    const all = build([s2('s2.json', records)], 'all');
    expect(all.getNodeAttributes('paper:doi-10.1000-x')).toMatchObject({ stub: true, doi: '10.1000/x', s2Id: 'a'.repeat(40), title: 'The Cited Work', paperCount: 3 });
    expect(all.filterNodes((_key, attributes) => attributes.stub === true).sort()).toEqual(['paper:doi-10.1000-x', 'paper:doi-10.1000-y']);
  });
});

describe('authors with ids', () => {
  it('names sharing an ORCID, OpenAlex or Semantic Scholar id are one node, keyed by the first name seen and named by the fullest', () => {
    const records = [
      { paperId: 'a'.repeat(40), title: 'One', authors: [{ authorId: '2259683', name: 'E. Duflo' }, { authorId: '1', name: 'A. Banerjee' }] },
      { paperId: 'b'.repeat(40), title: 'Two', authors: [{ authorId: '2259683', name: 'Esther Duflo' }, { authorId: '2', name: 'A. Banerjee' }] },
      { paperId: 'c'.repeat(40), title: 'Three', authors: [{ name: 'Esther Duflo' }, { authorId: '3', name: 'Michael Kremer', externalIds: { ORCID: '0000-0001-2345-6789' } }] },
    ];
    const graph = build([{ name: 'batch.json', text: JSON.stringify(records) }]);
    const authors = graph.filterNodes((_key, attributes) => attributes.kind === 'author');
    // A. Banerjee under two authorIds stays one node: a name is one node, as before ids.
    expect(authors).toEqual(['author:a-banerjee', 'author:e-duflo', 'author:michael-kremer']);
    expect(graph.getNodeAttributes('author:e-duflo')).toMatchObject({ label: 'Esther Duflo', name: 'Esther Duflo', aliases: ['E. Duflo'], s2Id: '2259683', paperCount: 3 });
    // one spelling only: no aliases
    expect(graph.getNodeAttributes('author:michael-kremer')).not.toHaveProperty('aliases');
    expect(graph.getNodeAttributes('author:michael-kremer')).toMatchObject({ orcid: '0000-0001-2345-6789', s2Id: '3' });
    expect(graph.inNeighbors('paper:three')).toContain('author:e-duflo');
    expect(graph.getEdgeAttributes('wrote:author:e-duflo->paper:two')).toMatchObject({ position: 0 });
  });

  it('OpenAlex authorships keep ORCID and OpenAlex author ids on the author nodes', () => {
    const graph = build(OPENALEX);
    expect(graph.getNodeAttributes('author:heather-piwowar')).toMatchObject({ orcid: '0000-0003-1613-5981', openalexId: 'A5048491430', paperCount: 1 });
    // Two citing works by one author (same ORCID and OpenAlex id): one node with both papers.
    expect(graph.getNodeAttributes(authorKey('Binar Kurnia Prahanı'))).toMatchObject({ orcid: '0000-0002-5606-6629', openalexId: 'A5056946018', paperCount: 2 });
  });
});

describe('works cited by PubMed id alone', () => {
  it('references all: a stub named by its PMID carries it as `pmid`', () => {
    const graph = build([fixture('pubmed-xml/efetch-suffix-pmc-references-metapub.xml')], 'all');
    const stubs = graph.filterNodes((_key, attributes) => attributes.stub === true);
    expect(stubs.length).toBeGreaterThan(0);
    for (const key of stubs.filter((key) => key.startsWith('paper:pmid-'))) expect(graph.getNodeAttribute(key, 'pmid'), key).toBe(key.slice('paper:pmid-'.length));
    expect(stubs.some((key) => key.startsWith('paper:pmid-'))).toBe(true);
  });
});
