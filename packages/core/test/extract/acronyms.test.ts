import { describe, expect, it } from 'vitest';
import { bestLongForm, findAcronyms } from '../../src/extract/acronyms.ts';
import { extractPaper, resolveCorpus } from '../../src/extract/index.ts';

const pairs = (t: string) => findAcronyms(t).map((d) => [d.long, d.short]);

describe('Schwartz–Hearst acronyms', () => {
  it('finds long form (SF) and SF (long form)', () => {
    expect(pairs('alignment techniques such as Reinforcement Learning from Human Feedback (RLHF) (Christiano et al., 2017)')).toEqual([
      ['Reinforcement Learning from Human Feedback', 'RLHF'],
    ]);
    expect(pairs('We propose OPUS (Optimizer-induced Projected Utility Selection), a dynamic framework.')).toEqual([
      ['Optimizer-induced Projected Utility Selection', 'OPUS'],
    ]);
    expect(pairs('while post-training quantization (PTQ) makes deployment practical')).toEqual([['post-training quantization', 'PTQ']]);
  });

  it('prefers the words whose initials spell the acronym', () => {
    expect(bestLongForm('CCPO', 'we propose Conformal Constrained Policy Optimization')).toBe('Conformal Constrained Policy Optimization');
    expect(bestLongForm('PI', 'combining RoPE position interpolation')).toBe('position interpolation');
  });

  it('ignores enumerations and numbers in parentheses', () => {
    expect(pairs('two types: (i) concept heads and (ii) token heads; accuracy (80%) vs (47%)')).toEqual([]);
  });
});

describe('acronyms across papers', () => {
  const doc = (key: string, abstract: string) => ({ key, title: 'A study', abstract });
  it('never merges two different long forms of one acronym', () => {
    const a = doc('paper:a', 'We combine RoPE position interpolation (PI) with quantization.');
    const b = doc('paper:b', 'We use policy iteration (PI) to solve the MDP.');
    const res = resolveCorpus([a, b].map((d) => ({ doc: d, mentions: extractPaper(d) })));
    const slugs = res.map((r) => r.mentions.filter((m) => m.aliases.includes('PI')).map((m) => m.slug));
    expect(slugs).toEqual([['position-interpolation'], ['policy-iteration']]);
  });

  it('links a bare acronym to the long form another paper defines', () => {
    const a = doc('paper:a', 'We study Sparse Sinkhorn Routing (SSR) for experts.');
    const b = doc('paper:b', 'Our results hold with SSR as well.');
    const res = resolveCorpus([a, b].map((d) => ({ doc: d, mentions: extractPaper(d) })));
    expect(res[1]!.mentions.map((m) => [m.slug, m.relation])).toEqual([['sparse-sinkhorn-routing', 'uses']]);
  });
});
