import { describe, expect, it } from 'vitest';
import { replaceMath } from '../../src/text/latex.ts';
import { seededRandom } from '../../src/cluster/random.ts';

/** The regex replaceMath stands for (quadratic when many "\(" have no "\)" after them), as the oracle. */
const byRegex = (text: string) => text.replace(/\$\$([^$]*)\$\$|\$([^$]*)\$|\\\(([^]*?)\\\)/g, (_m, a?: string, b?: string, c?: string) => `<${a ?? b ?? c ?? ''}>`);
const marked = (text: string) => replaceMath(text, (math) => `<${math}>`);

describe('replaceMath', () => {
  it('flattens inline and display math', () => {
    expect(replaceMath('E$^3$-Pruner and $\\alpha$-LoRA, $$x_{1}$$ and \\(\\beta\\) here')).toBe('E3-Pruner and α-LoRA, x1 and β here');
  });

  it('matches where the regex it replaces matches, on random mixes of $, \\(, \\) and text', () => {
    const rng = seededRandom(5);
    const pieces = ['$', '$$', '$$$', '\\(', '\\)', '\\', '(', ')', 'a', ' b '];
    for (let n = 0; n < 20_000; n++) {
      let s = '';
      const length = Math.floor(rng() * 12);
      for (let i = 0; i < length; i++) s += pieces[Math.floor(rng() * pieces.length)];
      expect(marked(s), JSON.stringify(s)).toBe(byRegex(s));
    }
  });

  it('reads a text with many unclosed "\\(" once', () => {
    const text = 'We study \\(x '.repeat(100_000) + 'end.';
    expect(replaceMath(text)).toBe(text);
  }, 5_000);
});
