import { readdirSync, readFileSync } from 'node:fs';
import { runPipeline, toGraphJSON } from '@papergraph/core';
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { normalizeGraph } from '../../../src/graph/normalize.ts';
import type { ViewerGraph } from '../../../src/graph/types.ts';
import { countByKind } from '../../../src/model/filters.ts';
import { citationContext, highlightEntities, nodeDetails, type PaperDetails } from '../../../src/model/details.ts';
import { smallGraph } from '../fixture.ts';

const OPENALEX = new URL('../../../../../packages/core/test/fixtures/formats/openalex/', import.meta.url);

/** The OpenAlex fixtures (works that cite each other) built by core and opened as the viewer opens graph.json. */
function citationGraph(references?: 'all'): ViewerGraph {
  const texts = readdirSync(OPENALEX)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, text: readFileSync(new URL(name, OPENALEX), 'utf8') }));
  const { graph } = runPipeline(texts, references ? { references } : {});
  return normalizeGraph(MultiDirectedGraph.from(JSON.parse(toGraphJSON(graph)) as SerializedGraph));
}

function paper(graph: ViewerGraph, key: string): PaperDetails {
  const details = nodeDetails(graph, key, citationContext(graph));
  if (details?.type !== 'paper') throw new Error(`expected a paper: ${key}`);
  return details;
}

const GLOVE = 'paper:glove-global-vectors-for-word-representation';
const WORD2VEC = 'paper:1310.4546';
const NEWS = 'paper:2007.14454';

describe('node details', () => {
  const graph = smallGraph();

  it('paper: authors in order, abstract with linked entities highlighted, links grouped by relation', () => {
    const details = nodeDetails(graph, 'paper:vector-arithmetic');
    if (details?.type !== 'paper') throw new Error('expected a paper');
    expect(details.authors.map((a) => a.label)).toEqual(['Sheridan Feucht', 'David Bau']);
    const highlighted = details.abstract.filter((s) => s.entityKey !== undefined);
    expect(highlighted).toEqual([{ text: 'Llama-2-7b', entityKey: 'model:llama-2-7b' }]);
    expect(details.abstract.map((s) => s.text).join('')).toBe(graph.getNodeAttribute('paper:vector-arithmetic', 'abstract'));
    expect(details.linksByRelation.map((g) => g.relation)).toEqual(['uses', 'tagged']);
  });

  it('paper: its date as core reads it, from the arXiv id before the year; none when nothing dates it', () => {
    const dates = graph.filterNodes((_key, attributes) => attributes.kind === 'paper').map((key) => {
      const details = nodeDetails(graph, key);
      return details?.type === 'paper' ? [graph.getNodeAttribute(key, 'arxivId') ?? null, details.year ?? null, details.date ?? null] : null;
    });
    expect(dates).toContainEqual(['2508.01961', 2025, '2025-08']);
    expect(dates).toContainEqual([null, 2025, '2025']);
    expect(dates).toContainEqual([null, null, null]);
  });

  it('paper: its venue, DOI and PubMed id as the records give them (a PubMed-only paper has no other id)', () => {
    const medline = readFileSync(new URL('../../../../../packages/core/test/fixtures/formats/medline/medline-test-metaknowledge.medline', import.meta.url), 'utf8');
    const { graph: built } = runPipeline([{ name: 'pubmed.medline', text: medline }], { layout: false });
    const opened = normalizeGraph(MultiDirectedGraph.from(JSON.parse(toGraphJSON(built)) as SerializedGraph));
    const first = opened.findNode((_key, attributes) => attributes.title === 'Bioinformatic survey of ABC transporters in dermatophytes')!;
    const details = paper(opened, first);
    expect(details.venue).toBe(opened.getNodeAttribute(first, 'venue'));
    expect(details.pmid).toMatch(/^\d+$/);
    expect(details.doi).toMatch(/^10\./);
    expect(paper(graph, 'paper:vector-arithmetic').pmid).toBeUndefined();
  });

  it('entity: aliases, facts and papers with evidence', () => {
    const details = nodeDetails(graph, 'model:mistral-7b');
    if (details?.type !== 'entity') throw new Error('expected an entity');
    expect(details.facts).toContainEqual({ name: 'size', value: '7B' });
    const uses = details.papersByRelation.find((g) => g.relation === 'uses');
    expect(uses?.nodes).toHaveLength(2);
    expect(uses?.nodes[0]?.evidence).toContain('Mistral-7B');
  });

  it('evidence that is the title of the link’s paper is not repeated under it: the link says it is in the title', () => {
    const seed = readFileSync(new URL('../../../../../seeds/llama-2-7b.txt', import.meta.url), 'utf8');
    const { graph: built } = runPipeline([{ name: 'llama-2-7b.txt', text: seed }], { layout: false });
    const real = normalizeGraph(MultiDirectedGraph.from(JSON.parse(toGraphJSON(built)) as SerializedGraph));
    // The seed's links whose sentence is their paper's title (a name in the title), and the others.
    const inTitle = real.filterEdges((_edge, attributes, source) => attributes.evidence !== undefined && attributes.evidence === real.getNodeAttribute(source, 'title'));
    expect(inTitle.length).toBeGreaterThan(0);
    for (const edge of inTitle) {
      const [source, target] = real.extremities(edge);
      const fromEntity = nodeDetails(real, target);
      const fromPaper = nodeDetails(real, source);
      if (fromEntity?.type !== 'entity' || fromPaper?.type !== 'paper') throw new Error('expected an entity and a paper');
      const row = fromEntity.papersByRelation.flatMap((group) => group.nodes).find((node) => node.key === source);
      expect(row).toMatchObject({ inTitle: true });
      expect(row?.evidence).toBeUndefined();
      const back = fromPaper.linksByRelation.flatMap((group) => group.nodes).find((node) => node.key === target);
      expect(back).toMatchObject({ inTitle: true });
    }
    const inAbstract = real.findEdge((_edge, attributes, source) => attributes.evidence !== undefined && attributes.evidence !== real.getNodeAttribute(source, 'title'));
    const [source, target] = real.extremities(inAbstract!);
    const entity = nodeDetails(real, target);
    if (entity?.type !== 'entity') throw new Error('expected an entity');
    const row = entity.papersByRelation.flatMap((group) => group.nodes).find((node) => node.key === source);
    expect(row?.evidence).toBe(real.getEdgeAttribute(inAbstract!, 'evidence'));
    expect(row?.inTitle).toBeUndefined();
  });

  it('author: papers and co-authors', () => {
    const details = nodeDetails(graph, 'author:sheridan feucht');
    if (details?.type !== 'author') throw new Error('expected an author');
    expect(details.coauthors.map((c) => c.label)).toEqual(['David Bau']);
    expect(details.aliases).toEqual([]);
    expect(nodeDetails(graph, 'nope')).toBeNull();
  });

  it('author: the spellings a thesaurus merged into it, as its entity panel shows aliases', () => {
    const merged = smallGraph();
    merged.mergeNodeAttributes('author:sheridan feucht', { aliases: ['S. Feucht', 'Sheridan Feucht', 'S. Feucht'] });
    const details = nodeDetails(merged, 'author:sheridan feucht');
    if (details?.type !== 'author') throw new Error('expected an author');
    expect(details.aliases).toEqual(['S. Feucht']);
  });

  it('highlights the longest name on word boundaries and leaves markup as plain text', () => {
    const segments = highlightEntities('Llama-2-7B beats Llama <b>x</b>; xLoRA is not LoRA.', [
      { name: 'Llama', entityKey: 'a' },
      { name: 'Llama-2-7B', entityKey: 'b' },
      { name: 'LoRA', entityKey: 'c' },
    ]);
    expect(segments.filter((s) => s.entityKey).map((s) => [s.text, s.entityKey])).toEqual([
      ['Llama-2-7B', 'b'],
      ['Llama', 'a'],
      ['LoRA', 'c'],
    ]);
    expect(segments.map((s) => s.text).join('')).toContain('<b>x</b>');
  });
});

describe('paper details with citations', () => {
  const graph = citationGraph();

  it('what it cites and what cites it are two groups, cites before cited by', () => {
    const details = paper(graph, GLOVE);
    const citations = details.linksByRelation.filter((group) => group.relation === 'cites');
    expect(citations.map((group) => [group.inverse, group.nodes.map((node) => node.key)])).toEqual([
      [false, [WORD2VEC]],
      [true, [NEWS]],
    ]);
    // Every group is the node's real edges of that relation and direction.
    expect(citations[0]!.nodes.length).toBe(graph.filterOutEdges(GLOVE, (_e, a) => a.relation === 'cites').length);
    expect(citations[1]!.nodes.length).toBe(graph.filterInEdges(GLOVE, (_e, a) => a.relation === 'cites').length);
  });

  it('similar papers by co-citation and by coupling, with the count shared, at most five each', () => {
    const glove = paper(graph, GLOVE).similar!;
    // The news paper cites GloVe with four others: each is co-cited with it once.
    expect(glove.coCited).toHaveLength(4);
    expect(glove.coCited.every((link) => link.shared === 1)).toBe(true);
    expect(glove.coCited.map((link) => link.key)).toContain(WORD2VEC);
    // word2vec shares four references with GloVe, the news paper one.
    expect(glove.coupled.map((link) => [link.key, link.shared])).toEqual([
      [WORD2VEC, 4],
      [NEWS, 1],
    ]);
    expect(glove.coupled[0]!.label).toBe(graph.getNodeAttribute(WORD2VEC, 'title'));
    const anyPaper = graph.filterNodes((_key, attributes) => attributes.kind === 'paper');
    for (const key of anyPaper) {
      const similar = paper(graph, key).similar!;
      expect(similar.coCited.length).toBeLessThanOrEqual(5);
      expect(similar.coupled.length).toBeLessThanOrEqual(5);
    }
  });

  it('no similar papers without a citation context, nor in a graph without cites', () => {
    expect((nodeDetails(graph, GLOVE) as PaperDetails).similar).toBeUndefined();
    const plain = smallGraph();
    expect(citationContext(plain)).toBeNull();
    expect((nodeDetails(plain, 'paper:vector-arithmetic', citationContext(plain)) as PaperDetails).similar).toBeUndefined();
  });

  it('stubs (works known only as references) are marked, listed after the inputs, and not counted as papers', () => {
    const withStubs = citationGraph('all');
    const details = paper(withStubs, NEWS);
    const cites = details.linksByRelation.find((group) => group.relation === 'cites' && !group.inverse)!;
    const stubs = cites.nodes.filter((node) => node.stub);
    expect(stubs.length).toBeGreaterThan(0);
    expect(stubs.every((node) => withStubs.getNodeAttribute(node.key, 'stub') === true)).toBe(true);
    expect(cites.nodes.findIndex((node) => node.stub)).toBe(cites.nodes.length - stubs.length);
    const stubKey = stubs[0]!.key;
    expect(paper(withStubs, stubKey).stub).toBe(true);
    expect(details.stub).toBeUndefined();
    const inputPapers = withStubs.filterNodes((_key, attributes) => attributes.kind === 'paper' && attributes['stub'] !== true).length;
    expect(countByKind(withStubs).get('paper')).toBe(inputPapers);
    expect(inputPapers).toBe(graph.filterNodes((_key, attributes) => attributes.kind === 'paper').length);
  });
});

