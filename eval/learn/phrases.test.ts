import { describe, expect, it } from 'vitest';
import { minePhrases, phraseKey, phraseQueue } from './phrases.ts';
import { acceptedRows } from './queue.ts';

// Invented abstracts in the shape of real ones: a technique phrase written in three papers (once opening a sentence),
// its shorter tail, an English use of "attention", the tail of a capitalised name, and a technique the lexicons know.
const papers = [
  { id: 'p1', title: 'Retrieval', abstract: 'We train the retriever with tangled negative mining. It helps.' },
  { id: 'p2', title: 'Tangled', abstract: 'Tangled negative mining selects confusable pairs; knowledge distillation follows.' },
  { id: 'p3', title: 'Mining', abstract: 'Our encoder uses tangled negative mining and has gained significant attention.' },
  { id: 'p4', title: 'Names', abstract: 'We apply Group Relative Harbor Optimization and knowledge distillation; this gained significant attention.' },
  { id: 'p5', title: 'Names', abstract: 'Proximal Harbor Optimization and knowledge distillation; the field gained significant attention.' },
  { id: 'p6', title: 'Names', abstract: 'Direct Harbor Optimization is used with knowledge distillation.' },
];

describe('pnpm mine --phrases', () => {
  it('lists a phrase ending in a technique noun written in enough papers, as most papers write it', () => {
    expect(minePhrases(papers, 3)).toEqual([
      { phrase: 'tangled negative mining', papers: 3, examples: ['p1', 'p2', 'p3'], context: 'We train the retriever with tangled negative mining.' },
    ]);
  });

  it('leaves out a tail written inside the longer phrase, the English word, the tail of capitalised names and known techniques', () => {
    const names = minePhrases(papers, 3).map((row) => row.phrase);
    // "negative mining" is always "tangled negative mining"; "significant attention" opens with a rating word;
    // "Harbor Optimization" follows another capital in every paper; knowledge distillation is in the lexicon
    expect(names).not.toContain('negative mining');
    expect(names.some((name) => /attention/.test(name))).toBe(false);
    expect(names).not.toContain('Harbor Optimization');
    expect(names).not.toContain('knowledge distillation');
    // nor a phrase written as often as the tail of a hyphenated word ("few-step distillation"), where the lexicon
    // would read it too
    const hyphenated = [
      ...['h1', 'h2', 'h3'].map((id) => ({ id, title: 'One', abstract: 'We use harbor distillation here.' })),
      ...['h4', 'h5', 'h6'].map((id) => ({ id, title: 'Few', abstract: 'We use few-harbor distillation here.' })),
    ];
    expect(minePhrases(hyphenated, 3).map((row) => row.phrase)).toEqual(['few-harbor distillation']);
    // nor a phrase that would hide a known technique it ends in
    expect(minePhrases([...papers, ...['q1', 'q2', 'q3'].map((id) => ({ id, title: 'KD', abstract: 'We apply harbor knowledge distillation to students.' }))], 3).map((row) => row.phrase)).not.toContain('harbor knowledge distillation');
    expect(minePhrases(papers, 4)).toEqual([]);
  });

  it('keys spellings that differ in case, hyphens and spaces alike', () => {
    expect(phraseKey('Cross-Encoder  reranking')).toBe(phraseKey('cross encoder reranking'));
  });

  it('writes a names queue of methods that --accept reads', () => {
    const queue = phraseQueue(minePhrases(papers, 3)).split('\n');
    expect(queue[0]).toBe('accept\tkind\tname\tpapers\tscore\trules\texamples\tcontext');
    expect(queue[1]).toBe('\tmethod\ttangled negative mining\t3\t\twritten in 3\tp1 p2 p3\tWe train the retriever with tangled negative mining.');
    const marked = queue.map((line, i) => (i === 1 ? `y${line}` : line)).join('\n');
    expect(acceptedRows(marked).map((row) => [row.kind, row.name])).toEqual([['method', 'tangled negative mining']]);
  });
});
