import { describe, expect, it } from 'vitest';
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
});
