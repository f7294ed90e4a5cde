import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/extract/lexicon.ts';
import { FIRST_TOKEN_BITS } from '../../src/extract/first-token-bits.ts';
import { DATASETS, METHODS } from '../../src/extract/known.ts';
import { tokenize } from '../../src/extract/tokens.ts';
import { devSentence, seedDoc } from './real-text.ts';

/** Labels and surfaces a lexicon scan finds in a text, left to right. */
function scan(lexicon: Lexicon, text: string, taken?: (tk: ReturnType<typeof tokenize>) => Uint8Array) {
  const tk = tokenize(text);
  return lexicon.scan(text, tk, taken?.(tk)).map((m) => [m.entry.label, text.slice(m.start, m.end)]);
}

describe('Lexicon.lookup', () => {
  it('finds an entry whatever its separators and case', () => {
    for (const name of ['MATH-500', 'MATH500', 'MATH 500', 'math-500']) expect(DATASETS.lookup(name)?.label, name).toBe('MATH-500');
    for (const name of ['Low-Rank Adaptation', 'low-rank adaptation', 'low rank adaptation']) expect(METHODS.lookup(name)?.label, name).toBe('LoRA');
    expect(METHODS.lookup('Graph RAG')?.label).toBe('GraphRAG');
  });

  it('asks case-sensitive entries for their exact letters', () => {
    // "MATH", "ARC", "LoRA" are also ordinary words or other names when written otherwise
    expect(DATASETS.lookup('MATH')?.label).toBe('MATH');
    expect(DATASETS.lookup('math')).toBeUndefined();
    expect(DATASETS.lookup('Arc')).toBeUndefined();
    expect(METHODS.lookup('LoRA')?.label).toBe('LoRA');
    expect(METHODS.lookup('lora')).toBeUndefined();
  });

  it('knows a name that is in no lexicon from one that is', () => {
    expect(DATASETS.lookup('TrinityX')).toBeUndefined();
    expect(METHODS.lookup('Kron-LoRA')).toBeUndefined();
  });
});

describe('Lexicon.scan', () => {
  it('finds the longest entries of a real sentence, left to right', () => {
    // dev 2601.04055: "We evaluate MPO on two reasoning benchmarks, ARC-Challenge and MMLU, using …"
    const sentence = devSentence('2601.04055', 'ARC-Challenge and MMLU');
    expect(scan(DATASETS, sentence)).toEqual([
      ['ARC-Challenge', 'ARC-Challenge'],
      ['MMLU', 'MMLU'],
    ]);
  });

  it('matches at word boundaries only, and the longest key at each start', () => {
    expect(scan(DATASETS, 'We test on HumanEval+ and HumanEval-X, not HumanEvalFoo.')).toEqual([
      ['HumanEval+', 'HumanEval+'],
      ['HumanEval-X', 'HumanEval-X'],
    ]);
    expect(scan(METHODS, 'FlashAttention-2 and grouped query attention')).toEqual([
      ['FlashAttention', 'FlashAttention-2'],
      ['grouped-query attention', 'grouped query attention'],
    ]);
  });

  it('skips tokens another matcher has taken', () => {
    const text = seedDoc('E3-Pruner').abstract;
    const all = scan(DATASETS, text);
    expect(all.map(([label]) => label)).toContain('MATH-500');
    const takenMath = (tk: ReturnType<typeof tokenize>) => {
      const taken = new Uint8Array(tk.n);
      const at = text.indexOf('MATH-500');
      for (let i = 0; i < tk.n; i++) if (tk.start[i]! >= at && tk.end[i]! <= at + 8) taken[i] = 1;
      return taken;
    };
    expect(scan(DATASETS, text, takenMath).map(([label]) => label)).not.toContain('MATH-500');
  });
});

describe('Lexicon', () => {
  it('refuses a bit another lexicon holds', () => {
    expect(() => new Lexicon(FIRST_TOKEN_BITS.datasetLexicon)).toThrow(/already belongs to another lexicon/);
  });
});
