import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/cluster/random.ts';
import { slugify, slugifyGeneral } from '../../src/extract/tokens.ts';

describe('slugify', () => {
  it('gives the slugs the graph keys use', () => {
    expect(slugify('Llama 2 7B')).toBe('llama-2-7b');
    expect(slugify('Llama-3.1-8B-Instruct')).toBe('llama-3.1-8b-instruct');
    expect(slugify('  -Kron--LoRA- ')).toBe('kron-lora');
    expect(slugify('C++ and C#')).toBe('c-plus-plus-and-c-sharp');
    expect(slugify('τ-bench')).toBe('tau-bench');
    expect(slugify('Café Müller')).toBe('cafe-muller');
    expect(slugify('v1. Done.')).toBe('v1-done');
  });

  it('takes the plain-name shortcut only where the general path gives the same slug', () => {
    const rng = seededRandom(11);
    const alphabet = 'aZ09 -x-Q  b7-';
    for (let n = 0; n < 5000; n++) {
      let s = '';
      const length = Math.floor(rng() * 14);
      for (let i = 0; i < length; i++) s += alphabet[Math.floor(rng() * alphabet.length)];
      expect(slugify(s), JSON.stringify(s)).toBe(slugifyGeneral(s));
    }
  });
});
