import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isShortForm } from '../../src/extract/acronyms.ts';
import { shortFormWords } from '../../src/extract/resolve.ts';

/** The words the cross-paper pass once found with a regex over every word, filtered to possible short forms. */
function byRegex(text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  const re = /[A-Za-z0-9][A-Za-z0-9+-]*[A-Za-z0-9+]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) if (m[0].length <= 12 && /[A-Z]/.test(m[0])) out.push([m.index, m[0]]);
  return out;
}

describe('shortFormWords', () => {
  it('finds exactly the words of the word regex that have a capital and at most 12 characters', () => {
    const tricky = [
      'RLHF, DPO+ and C++ beat -LoRA- and --QLoRA-- on GSM8K-- (x-Y) a-B-c. ++X+ +-+Z- é-RAG ΔPO-ML Qwen2.5-7B-Instruct',
      'A single A, an a, AB- -AB VeryLongAcronymXYZ ABCDEFGHIJKL ABCDEFGHIJKLM end.',
    ];
    const dev = readFileSync(new URL('../../../../eval/data/papers.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const record = JSON.parse(line) as { title: string; abstract?: string; summary?: string };
        return `${record.title}\n${record.abstract ?? record.summary ?? ''}`;
      });
    let words = 0;
    for (const text of [...tricky, ...dev]) {
      expect(shortFormWords(text)).toEqual(byRegex(text));
      words += byRegex(text).length;
    }
    expect(words).toBeGreaterThan(1000);
  });

  it('misses no short form: every string isShortForm accepts has a capital and 2–12 characters', () => {
    for (const word of ['RLHF', 'LoRA', 'xLSTM', 'GPT-4o', 'C++', 'Q-ROAR', 'E3-Pruner', 'RAG2', 'mPLUG'])
      if (isShortForm(word)) expect(shortFormWords(` ${word} `)).toEqual([[1, word]]);
  });
});
