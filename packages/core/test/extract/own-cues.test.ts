import { describe, expect, it } from 'vitest';
import { PAPER_MAKES, PAPER_MAKES_LAST } from '../../src/extract/own-cues.ts';

describe('the sentences in which a paper makes something', () => {
  it('reads the paper as the subject and a verb of making in the same clause', () => {
    for (const s of [
      'We introduce a benchmark of 2,000 questions',
      'In this work, our team curated the corpus',
      'This article presents a dataset',
      'Here, a new corpus is compiled and we call it X',
      'This report describes how we collected the data',
    ])
      expect(PAPER_MAKES.test(s), s).toBe(true);
    for (const s of ['They introduced a benchmark', 'We evaluate on it. A benchmark was built by others', 'We rely on the data; others curated it'])
      expect(PAPER_MAKES.test(s), s).toBe(false);
  });

  it('finds the last verb of making after the subject, with its whole word', () => {
    expect(PAPER_MAKES_LAST.exec('we first collect images and then build a ')?.[0]).toBe('we first collect images and then build');
    expect(PAPER_MAKES_LAST.exec('This study presents a new dataset called ')?.[0]).toBe('This study presents a new dataset called');
  });
});
