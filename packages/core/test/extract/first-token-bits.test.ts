import { describe, expect, it } from 'vitest';
import { BitRegistry, FIRST_TOKEN_BITS, firstTokenRegistry } from '../../src/extract/first-token-bits.ts';
import { registerFirst, registerKey, tokenize, tokLower } from '../../src/extract/tokens.ts';
import '../../src/extract/index.ts'; // every matcher registers its words

describe('first-token bit registry', () => {
  it('gives every matcher its own single bit, listed in claim order', () => {
    const bits = Object.values(FIRST_TOKEN_BITS);
    expect(new Set(bits).size).toBe(bits.length);
    for (const b of bits) expect(b & (b - 1)).toBe(0);
    expect(firstTokenRegistry.claims().map((c) => c.bit)).toEqual([...bits].sort((a, b) => a - b));
    expect(firstTokenRegistry.claims().map((c) => c.name)).toContain('dataset head nouns');
  });

  it('allocates bits in order and refuses a claim when the byte is full, naming the holders', () => {
    const registry = new BitRegistry(3, 'test table');
    expect([registry.claim('a'), registry.claim('b'), registry.claim('c')]).toEqual([1, 2, 4]);
    expect(() => registry.claim('d')).toThrow(/test table: no bit left for "d"; all 3 are claimed \(a, b, c\)/);
  });

  it('refuses a second claim under the same name', () => {
    const registry = new BitRegistry(8, 'test table');
    registry.claim('lexicon');
    expect(() => registry.claim('lexicon')).toThrow(/"lexicon" already holds bit 1/);
  });

  it('refuses to register words under a bit nobody claimed', () => {
    const free = 1 << firstTokenRegistry.claims().length;
    expect(() => registerFirst('word', free)).toThrow(/bit \d+ is not one bit claimed/);
    expect(() => registerFirst('word', FIRST_TOKEN_BITS.datasetHeads | FIRST_TOKEN_BITS.evaluationWords)).toThrow(/not one bit claimed/);
    expect(() => registerKey(['word'], 0)).toThrow(/not one bit claimed/);
  });

  it('marks the words of each matcher in a real sentence', () => {
    // dev set, 2601.04055
    const text = 'We evaluate MPO on two reasoning benchmarks, ARC-Challenge and MMLU, using LLaMA-3 8B-Instruct and Mistral-7B-Instruct as solver models.';
    const tk = tokenize(text);
    const bitsOf = (word: string) => {
      for (let i = 0; i < tk.n; i++) if (tokLower(tk, i) === word) return tk.bits[i]!;
      throw new Error(`no token ${word}`);
    };
    expect(bitsOf('we') & FIRST_TOKEN_BITS.proposalCues).not.toBe(0);
    expect(bitsOf('benchmarks') & FIRST_TOKEN_BITS.datasetHeads).not.toBe(0);
    expect(bitsOf('llama') & FIRST_TOKEN_BITS.modelFamilies).not.toBe(0);
    expect(bitsOf('mistral') & FIRST_TOKEN_BITS.modelFamilies).not.toBe(0);
    expect(bitsOf('mmlu') & FIRST_TOKEN_BITS.datasetLexicon).not.toBe(0);
    expect(bitsOf('mmlu') & FIRST_TOKEN_BITS.modelFamilies).toBe(0);
    expect(bitsOf('solver')).toBe(0);
  });
});
