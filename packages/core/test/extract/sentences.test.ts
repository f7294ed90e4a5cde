import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.ts';

describe('splitSentences', () => {
  it('keeps abbreviations, citations, decimals and version numbers inside sentences', () => {
    const text =
      'Previous work identified two types of attention heads (Feucht et al., 2025). We perform parallelogram arithmetic (Mikolov et al. 2013) on hidden states, e.g., showing that "Athens" - "Greece" + "China" = "Beijing". ' +
      'It reaches 96.8% on MATH-500 with Llama-3.1-8B-Instruct, i.e. a 0.8% drop. We compare to GPT-4o vs. Claude 3.5 Sonnet.';
    expect(splitSentences(text)).toEqual([
      'Previous work identified two types of attention heads (Feucht et al., 2025).',
      'We perform parallelogram arithmetic (Mikolov et al. 2013) on hidden states, e.g., showing that "Athens" - "Greece" + "China" = "Beijing".',
      'It reaches 96.8% on MATH-500 with Llama-3.1-8B-Instruct, i.e. a 0.8% drop.',
      'We compare to GPT-4o vs. Claude 3.5 Sonnet.',
    ]);
  });

  it('treats hard line breaks as spaces and splits after a model name ending a sentence', () => {
    const text = 'We evaluate on\nLLaMA-2 7B and GPT-4.\nResults show gains of 2.5 points! Do they hold? Yes.';
    expect(splitSentences(text)).toEqual(['We evaluate on LLaMA-2 7B and GPT-4.', 'Results show gains of 2.5 points!', 'Do they hold?', 'Yes.']);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('  \n ')).toEqual([]);
  });
});
