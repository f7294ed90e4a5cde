import { describe, expect, it } from 'vitest';
import { compareMentions } from '../../src/extract/mentions.ts';
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
