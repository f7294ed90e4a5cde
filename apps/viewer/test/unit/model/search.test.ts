import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { normalizeGraph } from '../../../src/graph/normalize.ts';
import { buildSearchIndex, normalizeForSearch, search } from '../../../src/model/search.ts';
import { smallGraph } from '../fixture.ts';

describe('search', () => {
  const index = buildSearchIndex(smallGraph());

  it('normalises punctuation, case and spacing', () => {
    expect(normalizeForSearch('Llama-2-7B')).toBe('llama 2 7b');
    expect(normalizeForSearch('  LLaMA_2   7b ')).toBe('llama 2 7b');
  });

  it('finds Llama-2-7B from "llama 2 7b" and "llama27b", first', () => {
    expect(search(index, 'llama 2 7b')[0]?.label).toBe('Llama-2-7B');
    expect(search(index, 'llama27b')[0]?.label).toBe('Llama-2-7B');
  });

  it('ranks the Mistral model first for "mistral"', () => {
    const results = search(index, 'mistral');
    expect(results[0]?.key).toBe('model:mistral-7b');
  });

  it('matches aliases and says which alias matched', () => {
    const [first] = search(index, 'low-rank adaptation');
    expect(first?.key).toBe('method:lora');
    expect(first?.matchedText).toBe('Low-Rank Adaptation');
  });

  it('prefers an exact label over a prefix and entities over papers for equal matches', () => {
    const results = search(index, 'kron-lora');
    expect(results[0]?.key).toBe('method:kron-lora');
    expect(results.map((r) => r.key)).toContain('paper:kron-lora');
  });

  it('finds words in any order and returns nothing for an empty query', () => {
    expect(search(index, 'subspaces vector')[0]?.key).toBe('paper:vector-arithmetic');
    expect(search(index, '  ')).toEqual([]);
    expect(search(index, 'zzzz')).toEqual([]);
  });

  it('finds a node by a name the lexicons give it (core knownEntityKeys), just below its own spellings', () => {
    // (an invented lexicon entry: a spelling the fixture's LoRA does not carry; the real look-up is tested in core)
    const known = (name: string) => (name === 'low rank adapters' ? ['method:lora'] : []);
    expect(search(index, 'low rank adapters', 10)).toEqual([]);
    const [first] = search(index, '  low rank adapters ', 10, known);
    expect(first).toMatchObject({ key: 'method:lora', label: 'LoRA', matchedText: 'low rank adapters' });
    // A key the graph does not have finds nothing; a name the graph spells keeps its own score.
    expect(search(index, 'x', 10, () => ['method:not-in-graph']).some((r) => r.key === 'method:not-in-graph')).toBe(false);
    expect(search(index, 'LoRA', 10, () => ['method:lora'])[0]).toEqual(search(index, 'LoRA', 10)[0]);
  });

  describe('by identifier', () => {
    // Invented papers with identifiers of the shapes records carry (a Wiley DOI, new- and old-style arXiv ids, a PMID).
    const graph = new MultiDirectedGraph();
    const paper = (key: string, attributes: Record<string, unknown>) => graph.addNode(key, { kind: 'paper', label: key.slice(6), community: 0, ...attributes });
    paper('paper:wiley', { title: 'In situ scattering study', doi: '10.1002/polb.24346' });
    paper('paper:wiley-too', { title: 'Another Wiley paper', doi: '10.1002/polb.24400' });
    paper('paper:new-style', { title: 'A new-style arXiv paper', arxivId: '2503.11731' });
    paper('paper:old-style', { title: 'An old-style arXiv paper', arxivId: 'hep-th/9901001', pmid: '31452104' });
    paper('paper:numbers', { title: '10 1002 reasons' });
    const byId = buildSearchIndex(normalizeGraph(graph));

    it('finds a paper by its DOI, whole or by its start, however it is pasted, and says which id matched', () => {
      for (const typed of ['10.1002/polb.24346', '10.1002/POLB.24346', 'doi:10.1002/polb.24346', 'https://doi.org/10.1002/polb.24346']) {
        const [first] = search(byId, typed);
        expect(first?.key, typed).toBe('paper:wiley');
        expect(first?.matchedText).toBe('DOI 10.1002/polb.24346');
      }
      expect(search(byId, '10.1002/polb.243').map((r) => r.key)).toEqual(['paper:wiley']);
      expect(search(byId, '10.1002/polb.24').map((r) => r.key).sort()).toEqual(['paper:wiley', 'paper:wiley-too']);
    });

    it('finds a paper by its arXiv id (new or old style, with a scheme or a version) and its PubMed id', () => {
      for (const typed of ['2503.11731', 'arXiv:2503.11731', '2503.11731v2', 'https://arxiv.org/abs/2503.11731v1', '2503.117']) expect(search(byId, typed)[0]?.key, typed).toBe('paper:new-style');
      expect(search(byId, 'hep-th/9901001')[0]).toMatchObject({ key: 'paper:old-style', matchedText: 'arXiv hep-th/9901001' });
      expect(search(byId, 'PMID: 31452104')[0]).toMatchObject({ key: 'paper:old-style', matchedText: 'PMID 31452104' });
    });

    it('never matches inside an id, nor by a start too short to mean one (`10` is every DOI)', () => {
      expect(search(byId, 'polb.24346')).toEqual([]);
      expect(search(byId, '11731')).toEqual([]);
      expect(search(byId, '2503')).toEqual([]);
      // `10` and `10 1002` find the title that has those words, not every DOI.
      expect(search(byId, '10').map((r) => r.key)).toEqual(['paper:numbers']);
      expect(search(byId, '10 1002').map((r) => r.key)).toEqual(['paper:numbers']);
    });
  });
});
