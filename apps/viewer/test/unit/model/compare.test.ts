import { describe, expect, it } from 'vitest';
import { comparePapers, pairAt } from '../../../src/model/compare.ts';
import { smallGraph } from '../fixture.ts';

describe('comparing papers pair by pair', () => {
  const graph = smallGraph();
  const keys = ['paper:kron-lora', 'paper:equitable-ai', 'paper:vector-arithmetic'];

  it('lists every pair with what it shares, most shared first, though nothing is shared by all three', () => {
    const result = comparePapers(graph, keys);
    expect(result.sharedByAll).toEqual([]);
    expect(result.pairs.map((p) => [keys[p.a], keys[p.b], p.entities.map((e) => e.label), p.authors.map((a) => a.label), p.overlap])).toEqual([
      ['paper:kron-lora', 'paper:equitable-ai', ['Mistral-7B'], ['Jane Doe'], 2],
      ['paper:kron-lora', 'paper:vector-arithmetic', ['Llama-2-7B'], [], 1],
      ['paper:equitable-ai', 'paper:vector-arithmetic', [], [], 0],
    ]);
    expect(result.sharedBySome).toEqual(['author:jane doe', 'model:llama-2-7b', 'model:mistral-7b']);
  });

  it('gives each paper what no other compared paper has', () => {
    const result = comparePapers(graph, keys);
    expect(result.papers[0]?.own.map((e) => e.label)).toEqual(['MATH-500', 'Kron-LoRA', 'LoRA']);
    expect(result.papers[1]?.own.map((e) => e.label)).toEqual(['TruthfulQA']);
    expect(result.papers[2]?.own).toEqual([]);
  });

  it('reads the matrix symmetrically; tags count when asked; citations between the pair are named', () => {
    const result = comparePapers(graph, keys, { includeTagged: true });
    expect(pairAt(result, 2, 1)).toBe(pairAt(result, 1, 2));
    expect(pairAt(result, 1, 1)).toBeNull();
    expect(pairAt(result, 1, 2)?.entities.map((e) => e.label)).toEqual(['Llama-2-7B']);
    expect(result.sharedByAll.map((e) => e.label)).toEqual(['Llama-2-7B']);

    const cited = smallGraph();
    cited.addDirectedEdge('paper:equitable-ai', 'paper:kron-lora', { relation: 'cites' });
    const pair = pairAt(comparePapers(cited, keys), 0, 1);
    expect(pair?.cites).toBe('b-cites-a');
    expect(pairAt(comparePapers(graph, keys), 0, 1)?.cites).toBeNull();
  });

  it('keeps only papers the graph has, once each', () => {
    const result = comparePapers(graph, ['paper:kron-lora', 'paper:nope', 'paper:kron-lora']);
    expect(result.papers.map((p) => p.key)).toEqual(['paper:kron-lora']);
    expect(result.pairs).toEqual([]);
  });
});
