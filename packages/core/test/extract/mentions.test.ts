import { describe, expect, it } from 'vitest';
import { compareMentions, mostFrequentLabel, usedRelation } from '../../src/extract/mentions.ts';
import { extractPaper } from '../../src/extract/paper.ts';
import type { Mention } from '../../src/types.ts';
import { seedDocs } from './real-text.ts';

const m = (kind: Mention['kind'], slug: string, relation: Mention['relation']): Mention => ({ kind, slug, label: slug, relation, evidence: '', aliases: [] });

describe('compareMentions', () => {
  it('orders by kind, then slug, then relation', () => {
    const unsorted = [m('model', 'llama-2-7b', 'uses'), m('dataset', 'mmlu', 'evaluates_on'), m('method', 'lora', 'uses'), m('method', 'lora', 'proposes'), m('dataset', 'gsm8k', 'evaluates_on')];
    expect(unsorted.sort(compareMentions).map((x) => `${x.kind} ${x.slug} ${x.relation}`)).toEqual([
      'dataset gsm8k evaluates_on',
      'dataset mmlu evaluates_on',
      'method lora proposes',
      'method lora uses',
      'model llama-2-7b uses',
    ]);
    expect(compareMentions(m('model', 'a', 'uses'), m('model', 'a', 'uses'))).toBe(0);
  });

  it('is the order of every paper of the seed', () => {
    for (const doc of seedDocs) {
      const ms = extractPaper(doc);
      for (let i = 1; i < ms.length; i++) expect(compareMentions(ms[i - 1]!, ms[i]!)).toBeLessThan(0);
    }
  });
});

describe('mostFrequentLabel', () => {
  const vote = (entries: [string, number][]) => mostFrequentLabel(new Map(entries));

  it('gives the label most mentions carry, ties to the smallest string', () => {
    expect(vote([['Qwen2.5-7B', 10], ['Qwen-2.5-7B', 3]])).toBe('Qwen2.5-7B');
    expect(vote([['b', 2], ['a', 2]])).toBe('a');
  });

  it('writes a common name of several words as running text does, not in the title case of titles and definitions', () => {
    // the papers' labels for spiking-neural-networks on the 74,538 corpus papers (2025-26 arXiv)
    expect(vote([['Spiking Neural Networks', 40], ['spiking neural networks', 21], ['Spiking neural networks', 10]])).toBe('spiking neural networks');
    expect(vote([['Natural Language Inference', 41], ['natural language inference', 32]])).toBe('natural language inference');
    // a proper word the lower-case spelling keeps stays capitalised (invented counts)
    expect(vote([['Lattice Boltzmann Method', 2], ['lattice Boltzmann method', 1]])).toBe('lattice Boltzmann method');
  });

  it('keeps title case when few papers write the name in lower case', () => {
    // corpus counts: 43 title case against 8 + 2
    expect(vote([['Composed Image Retrieval', 43], ['Composed image retrieval', 8], ['composed image retrieval', 2]])).toBe('Composed Image Retrieval');
  });

  it('never changes the case inside a word, nor a one-word name (acronyms and coined names keep their spelling)', () => {
    // corpus counts
    expect(vote([['LoRA', 1239], ['LoRa', 3], ['LORA', 2]])).toBe('LoRA');
    expect(vote([['QLoRA', 90], ['qLoRA', 1], ['QLoRa', 1]])).toBe('QLoRA');
    // invented counts
    expect(vote([['QLoRA', 3], ['qLoRA', 2]])).toBe('QLoRA');
    expect(vote([['Spec-Bench', 2], ['Spec-bench', 1]])).toBe('Spec-Bench');
    expect(vote([['Transformer', 5], ['transformer', 4]])).toBe('Transformer');
    expect(vote([['Mobile Embodied AI Network', 1], ['mobile embodied AI network', 1]])).toBe('mobile embodied AI network');
  });
});

describe('usedRelation', () => {
  it('links a paper to a data set it does not propose by evaluating on it, to anything else by using it', () => {
    expect(usedRelation('dataset')).toBe('evaluates_on');
    expect(usedRelation('model')).toBe('uses');
    expect(usedRelation('method')).toBe('uses');
  });
});
