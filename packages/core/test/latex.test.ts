import { describe, expect, it } from 'vitest';
import { normalizeLatex, titleOwnName } from '../src/text/latex.ts';

describe('LaTeX normalisation', () => {
  it('flattens math and formatting the way a reader sees it', () => {
    expect(normalizeLatex('E$^3$-Pruner: Towards Efficient Layer Pruning')).toBe('E3-Pruner: Towards Efficient Layer Pruning');
    expect(normalizeLatex('We introduce \\textbf{Kron-LoRA}, a hybrid adapter')).toBe('We introduce Kron-LoRA, a hybrid adapter');
    expect(normalizeLatex('a task-\\underline{E}ffective, training-\\underline{E}conomical')).toBe('a task-Effective, training-Economical');
    expect(normalizeLatex('up to 4$\\times$ fewer parameters and 96\\% accuracy')).toBe('up to 4× fewer parameters and 96% accuracy');
    expect(normalizeLatex('hard\nline\nbreaks\n\nnew paragraph')).toBe('hard line breaks\n\nnew paragraph');
    expect(normalizeLatex('as shown~\\cite{foo2020} before')).toBe('as shown before');
  });

  it('resolves own-name macros to the name the title gives', () => {
    const name = titleOwnName(normalizeLatex('E$^3$-Pruner: Towards Efficient, Economical, and Effective Layer Pruning'));
    expect(name).toBe('E3-Pruner');
    expect(normalizeLatex('we propose \\name, a framework. \\namespace introduces two innovations. \\ours{} wins.', name)).toBe(
      'we propose E3-Pruner, a framework. E3-Pruner introduces two innovations. E3-Pruner wins.',
    );
  });

  it('takes no own name from a long title prefix or a title without colon', () => {
    expect(titleOwnName('Vector Arithmetic in Concept and Token Subspaces')).toBeUndefined();
    expect(titleOwnName('A Very Long Descriptive Prefix Of Many Words: Subtitle')).toBeUndefined();
  });

  it('line-broken plain text takes the quick path with the same result: whitespace runs of any kind collapse', () => {
    expect(normalizeLatex('a\u00a0\u00a0b\tc\r\nd  e\u2009f\n \n\n g')).toBe('a b c d e f\n\ng');
    expect(normalizeLatex("two ''quotes''\nhere")).toBe('two "quotes" here');
    // every single whitespace character other than a space becomes one space, as /\s+/ would make it
    for (const space of ['\t', '\v', '\f', '\u00a0', '\u2003', '\u3000', '\ufeff'])
      expect(normalizeLatex(`left${space}right\nnext`)).toBe('left right next');
  });
});

