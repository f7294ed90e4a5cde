import { describe, expect, it } from 'vitest';
import { sentenceStarts, splitSentences } from '../../src/text/sentences.ts';

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

  it('ends a sentence after the whole run of closing marks, reading a long run once', () => {
    expect(splitSentences('Is it? !) Really... (yes). Done.')).toEqual(['Is it? !)', 'Really...', '(yes).', 'Done.']);
    expect(splitSentences('It works?!?! Yes.')).toEqual(['It works?!?!', 'Yes.']);
    // every mark of a long run ends at the same place: a run of 200,000 is read once, not once per mark
    const n = 200_000;
    expect(sentenceStarts('Hm' + '.'.repeat(n) + ' and so on. Next.')).toEqual([0, n + 14]);
    expect(sentenceStarts('Wait' + '?'.repeat(n) + 'no. Next one.')).toEqual([0]); // "no." is an abbreviation
  }, 5_000);
});

describe('sentenceStarts', () => {
  it('gives the offset of each sentence in the text itself', () => {
    const text = '  We study Llama-3.1-8B.  It uses RLHF (Ouyang et al., 2022).\nResults improve.';
    const starts = sentenceStarts(text);
    expect(starts.map((s) => text.slice(s, s + 6))).toEqual(['We stu', 'It use', 'Result']);
  });
});
